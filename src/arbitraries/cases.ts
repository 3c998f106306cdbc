/** Notification inputs, incidents and whole case files that always pass their schemas. */
import { array, boolean, constant, constantFrom, integer, oneof, option, record, tuple, type Arbitrary } from "fast-check";
import { addDays, parseWhen, type LocalDate } from "../core/calendar";
import type { Jurisdiction } from "../core/jurisdiction";
import { PSNI, TERRITORIAL_FORCE_IDS, type ForceId, type TerritorialForceId } from "../model/forces";
import {
  EXEMPTION_SCHEMES,
  OBLIGATION_KINDS,
  type CaseFile,
  type CaseIncident,
  type Incident,
  type NotificationEvent,
  type NotificationInput,
  type NotificationRecord,
  type Order,
} from "../model/schemas";
import { instant, localDate } from "./dates";
import { groundsInput, order } from "./orders";
import { applicantInput } from "./people";

const NAMES = ["Sam Reeve", "Sam Reeves", "S. Reeve"] as const;
const ADDRESSES = ["1 Old Street", "2 New Road", "3 Mill Lane"] as const;

/** A day or an instant within `[from, from + days]`. */
function whenWithin(from: LocalDate, days: number): Arbitrary<string> {
  const to = addDays(from, days);
  return oneof(localDate({ min: from, max: to }), instant({ min: from, max: addDays(to, -1) < from ? from : addDays(to, -1) }));
}

/** Places and stations of the person's record: Northern Ireland's (the PSNI) among them in a Northern Ireland case. */
function areas(jurisdiction: Jurisdiction): (TerritorialForceId | typeof PSNI)[] {
  return jurisdiction === "northern-ireland" ? [PSNI, ...TERRITORIAL_FORCE_IDS.slice(0, 2)] : [...TERRITORIAL_FORCE_IDS];
}

function notificationParts(o: Order, asOf: LocalDate, jurisdiction: Jurisdiction = "england-and-wales") {
  const ni = jurisdiction === "northern-ireland";
  const stations: readonly ForceId[] = ni ? [PSNI, PSNI, "kent"] : TERRITORIAL_FORCE_IDS.slice(0, 4);
  const span = Math.max(1, Math.round((Date.parse(asOf) - Date.parse(o.madeOn)) / 86_400_000) + 10);
  const start = addDays(o.madeOn, -5);
  const event: Arbitrary<NotificationEvent> = oneof(
    record({ type: constant("name-used" as const), on: whenWithin(start, span), name: constantFrom(...NAMES) }),
    tuple(whenWithin(start, span), constantFrom(...ADDRESSES), option(constantFrom(...areas(jurisdiction)), { nil: undefined })).map(
      ([on, address, area]): NotificationEvent => (area === undefined ? { type: "address-changed", on, address } : { type: "address-changed", on, address, policeArea: area }),
    ),
  );
  const note: Arbitrary<NotificationRecord> = tuple(
    whenWithin(start, span),
    option(array(constantFrom(...NAMES), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    option(constantFrom(...ADDRESSES), { nil: undefined }),
    option(constantFrom(...stations), { nil: undefined }),
    constantFrom(true, false, undefined),
  ).map(([at, names, homeAddress, station, prescribed]) => {
    const n: NotificationRecord = { at };
    if (names !== undefined) n.names = names;
    if (homeAddress !== undefined) n.homeAddress = homeAddress;
    if (station !== undefined) n.station = ni && prescribed !== undefined ? { force: station, prescribed } : { force: station };
    return n;
  });
  const son = option(
    tuple(boolean(), option(integer({ min: 0, max: 200 }), { nil: undefined }), constantFrom(...(ni ? EXEMPTION_SCHEMES : [undefined]))).map(([subject, after, scheme]) => {
      const out: { subjectWhenOrderMade: boolean; endedOn?: string; scheme?: (typeof EXEMPTION_SCHEMES)[number] } =
        subject && after !== undefined ? { subjectWhenOrderMade: true, endedOn: addDays(o.madeOn, after) } : { subjectWhenOrderMade: subject };
      if (scheme !== undefined) out.scheme = scheme;
      return out;
    }),
    { nil: undefined, freq: 4 },
  );
  return record({ events: array(event, { maxLength: 4 }), notifications: array(note, { maxLength: 4 }), son });
}

/**
 * Input for `assessNotification`: a lawful order (served or not), an `asOf` up to about four months after it was
 * made, and name and address events and notifications around it; sometimes sex-offender notification.
 * @example fc.assert(fc.property(notificationInput(), (i) => assessNotification(i).value.length >= 1))
 */
export function notificationInput(options: { jurisdiction?: Jurisdiction } = {}): Arbitrary<NotificationInput> {
  const jurisdiction = options.jurisdiction ?? "england-and-wales";
  return order({ valid: true, jurisdiction }).chain((o) =>
    integer({ min: 0, max: 120 }).chain((after) => {
      const asOf = addDays(o.madeOn, after);
      return tuple(notificationParts(o, asOf, jurisdiction), boolean()).map(([parts, asInstant]): NotificationInput => {
        const input: NotificationInput = { order: o, asOf: asInstant ? `${asOf}T12:00:00Z` : asOf, events: parts.events, notifications: parts.notifications };
        if (parts.son !== undefined) input.sexOffenderNotification = parts.son;
        return input;
      });
    }),
  );
}

/**
 * An incident dated on or after `from` and on or before `to` (default: 2020-01-20 to 2032-12-31), of any type,
 * naming one of `termIds` when it is a term breach (default `["T1"]`).
 * @example fc.sample(incident({ termIds: ["T1", "T2"], from: "2026-01-01", to: "2026-06-30" }), 3)
 */
export function incident(options: { termIds?: readonly string[]; from?: LocalDate; to?: LocalDate } = {}): Arbitrary<Incident> {
  const from = options.from ?? "2020-01-20";
  const to = options.to ?? "2032-12-31";
  const ids = options.termIds ?? ["T1"];
  const excuse = constantFrom(true, false, null, undefined);
  const at = oneof(localDate({ min: from, max: to }), instant({ min: from, max: addDays(to, -1) < from ? from : addDays(to, -1) })).filter((w) => parseWhen(w).date <= to);
  const kinds: Arbitrary<Incident>[] = [
    record({ type: constant("notification-failure" as const), obligation: constantFrom(...OBLIGATION_KINDS), firstFailedOn: localDate({ min: from, max: to }), reasonableExcuse: excuse }),
    record({ type: constant("refused-fingerprints-or-photographs" as const), at, reasonableExcuse: excuse }),
    record({ type: constant("false-information" as const), at, knewFalse: excuse }),
  ];
  if (ids.length > 0) kinds.push(record({ type: constant("term-breached" as const), termId: constantFrom(...ids), at, reasonableExcuse: excuse }));
  return oneof(...kinds).map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)) as Incident);
}

/** The term ids that name exactly one term of the order (an incident cannot name a repeated one). */
function uniqueTermIds(o: Order): string[] {
  const counts = new Map<string, number>();
  for (const t of o.terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  return o.terms.map((t) => t.id).filter((id) => counts.get(id) === 1);
}

/**
 * A history of orders against one defendant: a first order (full or interim, lawful or not), then perhaps a
 * full order replacing an interim first order (its determination recorded or left to be inferred), and perhaps
 * a second full order alongside, each with its own id. Term ids repeat across orders, as they do in practice.
 * @example fc.sample(history(), 3)
 */
export function history(options: { jurisdiction?: Jurisdiction } = {}): Arbitrary<Order[]> {
  const jurisdiction = options.jurisdiction ?? "england-and-wales";
  const ni = jurisdiction === "northern-ireland";
  return tuple(order({ jurisdiction }), boolean(), boolean(), boolean(), constantFrom(true, false, null, undefined), integer({ min: 0, max: 3 }), integer({ min: 0, max: 60 })).chain(([first, replaced, alongside, recordDetermination, compatible, outcome, later]) => {
    const head: Order = { ...first, id: first.kind === "interim" ? "ISPO-1" : "SPO-1" };
    // Northern Ireland: an interim order not replaced may record how its main application ended (s.11(9)–(10)).
    if (ni && head.kind === "interim" && !replaced && outcome > 0) {
      const on = addDays(head.madeOn, later);
      head.mainApplicationDeterminedOn = on;
      delete head.mainApplicationDeterminedAt;
      head.mainApplicationOutcome = outcome === 1 ? "withdrawn" : "dismissed";
      if (outcome === 3) head.appealConditionsMetOn = addDays(on, 22);
    }
    const replacing =
      head.kind === "interim" && replaced
        ? order({ kind: "full", valid: true, jurisdiction, madeBetween: { min: head.madeOn, max: addDays(head.madeOn, 120) } }).map((o): Order => ({ ...o, id: "SPO-R", replacesInterimOrder: "ISPO-1" }))
        : constant(undefined);
    const second = alongside
      ? order({ kind: "full", valid: true, jurisdiction, madeBetween: { min: head.madeOn, max: addDays(head.madeOn, 900) } }).map((o): Order => {
          const out: Order = { ...o, id: "SPO-2" };
          if (compatible !== undefined) out.compatibleWithEarlierOrders = compatible;
          return out;
        })
      : constant(undefined);
    return tuple(replacing, second).map(([r, a]) => {
      const orders: Order[] = [head];
      if (r !== undefined) {
        if (recordDetermination) {
          head.mainApplicationDeterminedOn = r.madeOn;
          if (r.madeAt !== undefined) head.mainApplicationDeterminedAt = r.madeAt;
          else delete head.mainApplicationDeterminedAt;
          if (ni) head.mainApplicationOutcome = "order-made";
        }
        orders.push(r);
      }
      if (a !== undefined) orders.push(a);
      return orders;
    });
  });
}

/**
 * A whole case file that `evaluateCase` always accepts (`ok: true`): an `asOf`, and any of an application, a
 * history of orders (one to three; a single order sometimes given with the `order` shorthand), the person's
 * notification record, a discharge request naming its order, and incidents — some naming their order, some left
 * to be resolved, some dated after `asOf` (kept, not assessed) — every cross-field rule respected.
 * `jurisdiction` (default England and Wales) chooses the Act: `"northern-ireland"` gives the PSNI's cases, with
 * their own inputs (coming into force, the main application's outcome, the exemption schemes, prescribed stations).
 * @example fc.assert(fc.property(caseFile(), (file) => evaluateCase(file).ok))
 */
export function caseFile(options: { jurisdiction?: Jurisdiction } = {}): Arbitrary<CaseFile> {
  const jurisdiction = options.jurisdiction ?? "england-and-wales";
  const ni = jurisdiction === "northern-ireland";
  const consenters: readonly ForceId[] = ni ? [PSNI] : TERRITORIAL_FORCE_IDS.slice(0, 6);
  return tuple(history({ jurisdiction }), integer({ min: 0, max: 1500 }), boolean(), boolean(), boolean(), boolean(), boolean(), boolean()).chain(
    ([orders, after, withOrders, withApplication, withNotification, withDischarge, withIncidents, shorthand]) => {
      const first = orders[0] as Order;
      const asOf = addDays(first.madeOn, after);
      // A term id repeated within any order cannot be named by an incident (which of the two is meant?).
      const repeated = new Set(orders.flatMap((o) => o.terms.map((t) => t.id).filter((id) => !uniqueTermIds(o).includes(id))));
      const pairs = orders.flatMap((o) => uniqueTermIds(o).filter((id) => !repeated.has(id)).map((termId) => ({ orderId: o.id as string, termId })));
      const termIds = [...new Set(pairs.map((p) => p.termId))];
      return tuple(
        withApplication ? option(tuple(applicantInput({ jurisdiction }), groundsInput({ stage: "application" }), integer({ min: 0, max: 60 })), { nil: undefined, freq: 1 }) : constant(undefined),
        withOrders && withNotification ? notificationParts(first, asOf, jurisdiction) : constant(undefined),
        withOrders && withIncidents
          ? array(tuple(incident({ termIds, from: first.madeOn < "2020-01-20" ? first.madeOn : addDays(first.madeOn, -10), to: addDays(asOf, 30) }), boolean(), boolean()), { maxLength: 3 })
          : constant<[Incident, boolean, boolean][]>([]),
        withOrders && withDischarge
          ? tuple(integer({ min: 0, max: orders.length - 1 }), integer({ min: 0, max: Math.max(0, after) }), boolean(), array(constantFrom(...consenters), { maxLength: ni ? 1 : 2 }))
          : constant(undefined),
        boolean(),
      ).map(([application, notification, incidents, discharge, withConviction]): CaseFile => {
        const file: CaseFile = { asOf };
        if (application !== undefined) {
          const [applicant, grounds, before] = application;
          const madeOn = addDays(asOf, -before);
          const acts = grounds.acts.map((a) => ({ ...a, on: addDays(madeOn, -((Number(a.on?.slice(8, 10)) || 1) % 28)) }));
          file.application = {
            madeOn,
            applicant: applicant.applicant,
            defendant: { id: "D-1", dateOfBirth: addDays(madeOn, -6000 - before * 40), ...applicant.defendant },
            grounds: { acts, risk: grounds.risk, necessity: grounds.necessity },
          };
        }
        if (!withOrders) return file;
        if (orders.length === 1 && shorthand) file.order = first;
        else file.orders = orders;
        if (notification !== undefined) {
          file.notification = { events: notification.events, notifications: notification.notifications };
          if (notification.son !== undefined) file.notification.sexOffenderNotification = notification.son;
        }
        if (discharge !== undefined) {
          const [which, days, byDefendant, consenting] = discharge;
          const target = orders[which] as Order;
          file.discharge = {
            on: addDays(target.madeOn, days),
            appliedBy: byDefendant ? { role: "defendant" } : { role: "chief-officer", force: target.applicantForce },
            consents: { chiefOfficers: consenting },
          };
          if (orders.length > 1 || which > 0) file.discharge.orderId = target.id as string;
        }
        if (incidents.length > 0) {
          file.incidents = incidents.map(([i, name, ownConviction]) => {
            const out: CaseIncident = { ...i };
            if (name && i.type === "term-breached") {
              const holder = pairs.find((p) => p.termId === i.termId);
              if (holder !== undefined) out.orderId = holder.orderId;
            } else if (name && i.type !== "notification-failure") out.orderId = first.id as string;
            if (ownConviction && withConviction) out.convictedOn = addDays(parseWhen(asOf).date, 1);
            return out;
          });
          if (withConviction) file.convictedOn = asOf;
        }
        return file;
      });
    },
  );
}
