/**
 * Notification requirements (SPA 2019 s.9) and how notifications are given (s.10).
 *
 * A person subject to an order must notify their name(s) and home address within 3 days beginning with the
 * day the order is served (not for a full order replacing an interim order), each new name within 3 days of
 * first using it, and each new home address within 3 days of the change (it may be notified in advance).
 * None of this applies while the person is subject to sex-offender notification (SOA 2003 Part 2); if that
 * ends on a later "final day" while the order is in effect, the duties apply from then, the initial period
 * running from the final day (s.9(5)–(7)). There is no pause for custody, hospital or absence abroad, and
 * no weekend or bank-holiday exclusion.
 */
import { z } from "zod";
import { assess, decide, inform, type Assessment, type Finding } from "../core/assessment";
import {
  compareWhen,
  notificationPeriod,
  parseWhen,
  startOfLondonDay,
  type Instant,
  type LocalDate,
  type ParsedWhen,
  type Period,
  type When,
} from "../core/calendar";
import { SOA_PART_2_CITATION, spa, type Citation } from "../core/citation";
import { parseInput } from "../core/errors";
import { and, type Verdict } from "../core/verdict";
import { getForce } from "../model/forces";
import {
  NotificationInputSchema,
  type NotificationEvent,
  type NotificationInput,
  type NotificationRecord,
  type Order,
} from "../model/schemas";
import { inForceFindings } from "./in-force";

export { notificationPeriod } from "../core/calendar";

/** Where a notification duty stands at `asOf`. */
export type ObligationStatus = "met" | "overdue" | "pending" | "not-required" | "unknown";

/**
 * One notification duty. `trigger` is the London day its 3-day period begins with; `lastDay` and `endsAt`
 * are `null` when the period has not started (unserved order, exemption, duty that never arose). `metAt`
 * is the time of the notification that met it — or, for an overdue duty, of a late one.
 */
export interface Obligation {
  kind: "initial" | "new-name" | "new-address";
  trigger: LocalDate | null;
  lastDay: LocalDate | null;
  endsAt: Instant | null;
  status: ObligationStatus;
  metAt?: When;
  citations: Citation[];
  /** The name or address the duty is about (new-name, new-address). */
  subject?: string;
  /** Index of the event in `events` that started the duty (new-name, new-address). */
  event?: number;
  /** One plain sentence on why the duty has this status. */
  reason: string;
  /** Inputs that would settle an unknown status or start a pending period. */
  missing?: string[];
}

const CITES: Record<Obligation["kind"], Citation[]> = {
  initial: [spa("s.9(1)"), spa("s.9(2)")],
  "new-name": [spa("s.9(3)")],
  "new-address": [spa("s.9(4)")],
};

interface Dated<T> {
  item: T;
  index: number;
  when: ParsedWhen;
}

function sortKey(w: ParsedWhen): number {
  return w.ms ?? startOfLondonDay(w.date);
}

function dated<T extends { at: string } | { on: string }>(items: readonly T[]): Dated<T>[] {
  return items
    .map((item, index) => ({ item, index, when: parseWhen("at" in item ? item.at : item.on) }))
    .sort((a, b) => sortKey(a.when) - sortKey(b.when) || a.index - b.index);
}

/** Known by `asOf`: not after it (an item on the same day without a time counts as known). */
function knownBy(w: ParsedWhen, asOf: ParsedWhen): boolean {
  const cmp = compareWhen(w, asOf);
  return cmp === null || cmp <= 0;
}

/** `a` is not before `b` (same day without times: treated as not before). */
function notBefore(a: ParsedWhen, b: ParsedWhen): boolean {
  const cmp = compareWhen(a, b);
  return cmp === null || cmp >= 0;
}

const norm = (s: string | undefined): string => (s ?? "").trim();

/**
 * When the duties of s.9 start for this order, as at `asOf`, and why. `initial` is the initial duty's trigger
 * day, or why there is none; events on or before `coveredUntil` are covered by the initial notification;
 * events before `exemptUntil` happened while the person was exempt; notifications before `from` were not
 * given under these duties.
 */
type DutyStart =
  | { state: "exempt"; reason: string; note: Finding }
  | {
      state: "active";
      initial: { trigger: LocalDate } | "unserved" | "replaces-interim";
      from: ParsedWhen;
      coveredUntil: LocalDate | null;
      exemptUntil: LocalDate | null;
      note: Finding | null;
    };

function inEffectOn(order: Order, day: LocalDate): boolean {
  const ends = [
    order.duration.type === "fixed" ? order.duration.lastDay : null,
    order.dischargedAt === undefined ? (order.dischargedOn ?? null) : parseWhen(order.dischargedAt).date,
    order.kind === "interim"
      ? order.mainApplicationDeterminedAt === undefined
        ? (order.mainApplicationDeterminedOn ?? null)
        : parseWhen(order.mainApplicationDeterminedAt).date
      : null,
  ].filter((d): d is string => d !== null);
  return order.madeOn <= day && ends.every((end) => day <= end);
}

/** Later than every calendar day the library accepts: "covers every event". */
const ALWAYS = "9999-12-31";

function dutyStart(input: NotificationInput, asOf: ParsedWhen): DutyStart {
  const { order } = input;
  // Only a full order can replace an interim order (the schema enforces it).
  const replacesInterim = order.replacesInterimOrder === true;
  const made = parseWhen(order.madeAt ?? order.madeOn);
  const son = input.sexOffenderNotification;
  const soaCites = [spa("s.9(5)"), SOA_PART_2_CITATION];
  if (son?.subjectWhenOrderMade === true) {
    const ended = son.endedOn;
    if (ended === undefined || ended > asOf.date) {
      return {
        state: "exempt",
        reason: "The person is subject to sex-offender notification under SOA 2003 Part 2, so these requirements do not apply.",
        note: inform("notification.exemption", "The person is subject to sex-offender notification under SOA 2003 Part 2, so no SPA notification requirement applies while that lasts.", soaCites),
      };
    }
    if (ended > order.madeOn) {
      if (!inEffectOn(order, ended)) {
        return {
          state: "exempt",
          reason: `Sex-offender notification ended on ${ended}, when the order was no longer in effect, so these requirements never applied.`,
          note: inform("notification.exemption", `Sex-offender notification ended on ${ended}, but the order was not in effect that day, so SPA notification never applied.`, [spa("s.9(6)(d)"), ...soaCites]),
        };
      }
      return {
        state: "active",
        initial: replacesInterim ? "replaces-interim" : { trigger: ended },
        from: parseWhen(ended),
        coveredUntil: replacesInterim ? null : ended,
        exemptUntil: ended,
        note: inform(
          "notification.final-day",
          `Sex-offender notification ended on ${ended} (the final day) while the order was in effect, so the requirements apply from that day and the initial 3 days run from it instead of from service.`,
          [spa("s.9(6)"), spa("s.9(7)")],
        ),
      };
    }
    // Ended on the day the order was made: not a "subsequent day", so the ordinary rule from service applies.
  }
  if (replacesInterim) return { state: "active", initial: "replaces-interim", from: made, coveredUntil: null, exemptUntil: null, note: null };
  const served = order.servedAt === undefined ? null : parseWhen(order.servedAt);
  if (served === null || !knownBy(served, asOf)) {
    return { state: "active", initial: "unserved", from: made, coveredUntil: ALWAYS, exemptUntil: null, note: null };
  }
  return { state: "active", initial: { trigger: served.date }, from: served, coveredUntil: served.date, exemptUntil: null, note: null };
}

function obligation(
  kind: Obligation["kind"],
  fields: Omit<Obligation, "kind" | "citations" | "trigger" | "lastDay" | "endsAt"> & { period?: Period },
): Obligation {
  const { period } = fields;
  const out: Obligation = {
    kind,
    trigger: period?.startsOn ?? null,
    lastDay: period?.lastDay ?? null,
    endsAt: period?.endsAt ?? null,
    status: fields.status,
    citations: CITES[kind],
    reason: fields.reason,
  };
  if (fields.metAt !== undefined) out.metAt = fields.metAt;
  if (fields.subject !== undefined) out.subject = fields.subject;
  if (fields.event !== undefined) out.event = fields.event;
  if (fields.missing !== undefined && fields.missing.length > 0) out.missing = fields.missing;
  return out;
}

/** Decides met / overdue / pending for a duty whose period has started, given the matching notifications. */
function settle(
  kind: Obligation["kind"],
  trigger: LocalDate,
  matches: readonly Dated<NotificationRecord>[],
  asOf: ParsedWhen,
  what: string,
  extra: { subject?: string; event?: number } = {},
): Obligation {
  const period = notificationPeriod(trigger);
  const inTime = matches.find((m) => m.when.date <= period.lastDay);
  if (inTime !== undefined) {
    return obligation(kind, { ...extra, period, status: "met", metAt: inTime.item.at, reason: `${what} notified on ${inTime.when.date}, within the 3 days ending on ${period.lastDay}.` });
  }
  if (asOf.date > period.lastDay) {
    const late = matches[0];
    return obligation(kind, {
      ...extra,
      period,
      status: "overdue",
      ...(late === undefined ? {} : { metAt: late.item.at }),
      reason:
        late === undefined
          ? `${what} not notified by the end of ${period.lastDay}, the last of the 3 days beginning with ${trigger}.`
          : `${what} notified late, on ${late.when.date}; the 3 days beginning with ${trigger} ended at the end of ${period.lastDay}.`,
    });
  }
  return obligation(kind, { ...extra, period, status: "pending", reason: `${what} not yet notified; the 3 days beginning with ${trigger} run to the end of ${period.lastDay}.` });
}

function initialObligation(start: DutyStart, events: Dated<NotificationEvent>[], notes: Dated<NotificationRecord>[], asOf: ParsedWhen): Obligation {
  if (start.state === "exempt") return obligation("initial", { status: "not-required", reason: start.reason });
  if (start.initial === "replaces-interim") {
    return obligation("initial", { status: "not-required", reason: "This full order replaces an interim order, so no initial notification is required under it." });
  }
  if (start.initial === "unserved") {
    return obligation("initial", {
      status: "pending",
      reason: "The order is not recorded as served, so the 3 days for the initial notification have not started.",
      missing: ["order.servedAt"],
    });
  }
  const { trigger } = start.initial;
  const names = new Set(
    events.filter((e) => e.item.type === "name-used" && e.when.date <= trigger).map((e) => norm((e.item as { name: string }).name)),
  );
  const matches = notes.filter(({ item, when }) => {
    const given = new Set((item.names ?? []).map(norm).filter((n) => n !== ""));
    return notBefore(when, start.from) && given.size > 0 && norm(item.homeAddress) !== "" && [...names].every((n) => given.has(n));
  });
  return settle("initial", trigger, matches, asOf, "Name(s) and home address");
}

/** Whether the person was still subject to the order at an event, and what would settle it if unknown. */
function stillSubjectAt(order: Order, when: ParsedWhen, eventPath: string): { verdict: Verdict; missing: string[] } {
  // Only the end side matters here: events before the order was made are handled by the caller.
  const ends = inForceFindings(order, when, { order: "order", at: eventPath }).filter((f) => f.rule !== "in-force.made");
  return { verdict: and(...ends.map((f) => f.verdict)), missing: ends.flatMap((f) => (f.verdict === "unknown" ? (f.missing ?? []) : [])) };
}

function eventObligations(
  input: NotificationInput,
  start: DutyStart,
  events: Dated<NotificationEvent>[],
  notes: Dated<NotificationRecord>[],
  asOf: ParsedWhen,
): Obligation[] {
  const out: Obligation[] = [];
  const dutyOf = new Map<string, LocalDate>();
  let previousMove: ParsedWhen | null = null;
  for (const e of events) {
    const kind = e.item.type === "name-used" ? "new-name" : "new-address";
    const subject = e.item.type === "name-used" ? norm(e.item.name) : norm(e.item.address);
    const extra = { subject, event: e.index };
    const label = kind === "new-name" ? `New name "${subject}"` : `New home address "${subject}"`;
    const advanceFrom: ParsedWhen | null = previousMove;
    if (e.item.type === "address-changed") previousMove = e.when;
    if (start.state === "exempt") {
      out.push(obligation(kind, { ...extra, status: "not-required", reason: start.reason }));
      continue;
    }
    if (start.exemptUntil !== null && e.when.date < start.exemptUntil) {
      out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} dates from while the person was subject to sex-offender notification, when these requirements did not apply.` }));
      continue;
    }
    if (start.coveredUntil !== null && e.when.date <= start.coveredUntil) {
      out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} is covered by the initial notification, which must give every name used and the home address.` }));
      continue;
    }
    if (e.when.date < input.order.madeOn) {
      out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} dates from before the order was made.` }));
      continue;
    }
    const subjectToOrder = stillSubjectAt(input.order, e.when, `events[${e.index}].on`);
    if (subjectToOrder.verdict === "no") {
      out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} dates from after the order ceased to have effect.` }));
      continue;
    }
    if (subjectToOrder.verdict === "unknown") {
      out.push(
        obligation(kind, {
          ...extra,
          period: notificationPeriod(e.when.date),
          status: "unknown",
          reason: `${label} dates from the day the order ceased to have effect, and without times it cannot be said whether the person was still subject to it.`,
          missing: subjectToOrder.missing,
        }),
      );
      continue;
    }
    if (kind === "new-name") {
      const first = dutyOf.get(subject);
      if (first !== undefined) {
        out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} was first used on ${first}, when the duty to notify it arose.` }));
        continue;
      }
      const earlier = notes.find((n) => compareWhen(n.when, e.when) === -1 && (n.item.names ?? []).map(norm).includes(subject));
      if (earlier !== undefined) {
        out.push(obligation(kind, { ...extra, status: "not-required", reason: `${label} had already been notified on ${earlier.when.date}.` }));
        continue;
      }
      dutyOf.set(subject, e.when.date);
      const matches = notes.filter((n) => notBefore(n.when, e.when) && (n.item.names ?? []).map(norm).includes(subject));
      out.push(settle(kind, e.when.date, matches, asOf, label, extra));
      continue;
    }
    const from = advanceFrom !== null && notBefore(advanceFrom, start.from) ? advanceFrom : start.from;
    const matches = notes.filter((n) => notBefore(n.when, from) && norm(n.item.homeAddress) === subject);
    out.push(settle(kind, e.when.date, matches, asOf, label, extra));
  }
  return out;
}

/**
 * What the records say of the police area a notification had to be given in (s.10(1)–(3)): a force id, or
 * the input path that would settle it.
 */
type LocalArea = { area: string } | { missing: string; why: string };

/** A notification that gives, before the move, the address of a later change of home address (s.9(4)). */
function isAdvanceNotice(note: Dated<NotificationRecord>, events: Dated<NotificationEvent>[]): boolean {
  const given = norm(note.item.homeAddress);
  return (
    given !== "" &&
    events.some((e) => e.item.type === "address-changed" && norm(e.item.address) === given && compareWhen(note.when, e.when) === -1)
  );
}

/**
 * The person's local police area for a notification (s.10(1)–(3)): the area of the home address at the time —
 * for a notice given in advance of a move, the old address (s.10(3)(b)) — taken from the latest record of it
 * (a change of address, or a notification giving the address); with no home address in England and Wales
 * (none recorded, or one outside), the area of the court that made the order (s.10(2)).
 */
function localArea(input: NotificationInput, note: Dated<NotificationRecord>, notes: Dated<NotificationRecord>[], events: Dated<NotificationEvent>[]): LocalArea {
  type Fact = { when: ParsedWhen; address: string; area: string | undefined; path: string };
  // A record without its area may take it from another record of the same address (the latest that has one).
  const areaOf = new Map<string, string>();
  const facts: Fact[] = [];
  for (const e of events) {
    if (e.item.type !== "address-changed") continue;
    const address = norm(e.item.address);
    const area = e.item.policeArea;
    if (area !== undefined) areaOf.set(address, area);
    if (notBefore(note.when, e.when)) facts.push({ when: e.when, address, area, path: `events[${e.index}].policeArea` });
  }
  for (const n of notes) {
    const address = norm(n.item.homeAddress);
    if (address === "") continue;
    const area = n.item.homeAddressPoliceArea;
    if (area !== undefined) areaOf.set(address, area);
    const known = n.index === note.index || compareWhen(n.when, note.when) === -1;
    if (known && !isAdvanceNotice(n, events)) facts.push({ when: n.when, address, area, path: `notifications[${n.index}].homeAddressPoliceArea` });
  }
  // Stable sort: on equal times the notification (pushed after the move) is the later record.
  const latest = facts.sort((a, b) => sortKey(a.when) - sortKey(b.when)).pop();
  if (latest !== undefined) {
    const area = latest.area ?? areaOf.get(latest.address);
    if (area === undefined) return { missing: latest.path, why: "the police area of the person's home address is not recorded" };
    if (area !== "outside-england-and-wales") return { area };
  }
  const court = input.order.courtArea;
  if (court !== undefined) return { area: court };
  return {
    missing: "order.courtArea",
    why:
      latest === undefined
        ? "no home address is recorded, and the area of the court that made the order is not recorded either"
        : "the person has no home address in England and Wales, and the area of the court that made the order is not recorded",
  };
}

function methodFindings(input: NotificationInput, notes: Dated<NotificationRecord>[], events: Dated<NotificationEvent>[]): Finding[] {
  const findings: Finding[] = [];
  for (const n of notes) {
    const station = n.item.station;
    if (station === undefined) continue;
    const cite = [spa("s.10(1)"), spa("s.10(2)"), ...(isAdvanceNotice(n, events) ? [spa("s.10(3)(b)")] : [])];
    const force = getForce(station.force);
    if (!force.hasPoliceArea) {
      findings.push(inform("notification.method", `The notification on ${n.when.date} was given at ${article(force.name)} ${force.name} station, and which police area that station is in is not recorded.`, cite, "unknown", [`notifications[${n.index}].station.force`]));
      continue;
    }
    const local = localArea(input, n, notes, events);
    if ("missing" in local) {
      findings.push(
        inform("notification.method", `The person's local police area on ${n.when.date} cannot be told (${local.why}), so it cannot be checked that the ${force.name} station was in it.`, cite, "unknown", [
          local.missing,
        ]),
      );
      continue;
    }
    const { area } = local;
    findings.push(
      area === station.force
        ? inform("notification.method", `The notification on ${n.when.date} was given at a police station in the person's local police area (${force.name}).`, cite)
        : inform(
            "notification.method",
            `The notification on ${n.when.date} was given at ${article(force.name)} ${force.name} station, but the person's local police area was that of ${getForce(area as never).name}; a notification must be given at a station in that area.`,
            cite,
            "no",
          ),
    );
  }
  return findings;
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? "an" : "a";
}

const STATUS_VERDICT: Record<ObligationStatus, Verdict> = {
  met: "yes",
  pending: "yes",
  "not-required": "yes",
  overdue: "no",
  unknown: "unknown",
};

function obligationFinding(o: Obligation): Finding {
  return decide(`notification.${o.kind}`, STATUS_VERDICT[o.status], o.reason, o.citations, o.missing);
}

/** The obligations and findings for a notification input already validated. */
export function notificationFindings(input: NotificationInput): { findings: Finding[]; obligations: Obligation[] } {
  const asOf = parseWhen(input.asOf);
  const allEvents = dated(input.events ?? []);
  const allNotes = dated(input.notifications ?? []);
  const events = allEvents.filter((e) => knownBy(e.when, asOf));
  const notes = allNotes.filter((n) => knownBy(n.when, asOf));
  const start = dutyStart(input, asOf);
  const obligations = [initialObligation(start, events, notes, asOf), ...eventObligations(input, start, events, notes, asOf)];
  const findings: Finding[] = [];
  if (start.state === "exempt") findings.push(start.note);
  if (start.state === "active" && start.note !== null) findings.push(start.note);
  findings.push(...obligations.map(obligationFinding));
  const ignored = allEvents.length - events.length + (allNotes.length - notes.length);
  if (ignored > 0) {
    findings.push(inform("notification.after-as-of", `${ignored} event${ignored === 1 ? "" : "s"} or notification${ignored === 1 ? "" : "s"} dated after ${input.asOf} ${ignored === 1 ? "is" : "are"} ignored: the position is assessed as at that time.`, [spa("s.9")]));
  }
  findings.push(...methodFindings(input, notes, events));
  findings.push(inform("notification.no-pauses", "The 3-day periods count every calendar day in London; the Act makes no exception for weekends, bank holidays, custody, hospital or absence abroad.", [spa("s.9(1)")]));
  return { findings, obligations };
}

/**
 * The notification duties that have arisen as at `asOf`, one obligation per duty, each `met`, `overdue`,
 * `pending`, `not-required` or `unknown`, with its 3-day period and citations. The verdict answers
 * "compliant at `asOf`?": `no` if any duty is overdue, else `unknown` if any is unknown, else `yes`.
 * Events and notifications dated after `asOf` are ignored (with a note). A notification meets a duty by its
 * content (exact text after trimming): the name for a new name, the new address for a new home address, and
 * for the initial duty at least one name, every name used by the day it began, and a home address.
 * When a notification records its station's force, an informative finding checks it was in the person's local
 * police area (s.10).
 * @example assessNotification({ order, asOf: "2026-10-29", events: [], notifications: [] }).value[0].status // "overdue"
 * @throws SpoInputError for malformed input
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 */
export function assessNotification(input: NotificationInput): Assessment<Obligation[]> {
  const parsed = parseInput(NotificationInputSchema, input);
  const { findings, obligations } = notificationFindings(parsed);
  return assess(findings, obligations);
}

/** Input of {@link assessIdentificationRequest}: what the officer asked to take. */
export const IdentificationRequestSchema = z.strictObject({
  kinds: z.array(z.string().min(1, "must not be empty")).min(1, "must list at least one kind"),
});

/** Input of {@link assessIdentificationRequest}. */
export type IdentificationRequest = z.output<typeof IdentificationRequestSchema>;

const ALLOWED: Record<string, { rule: string; provision: string; taken: string }> = {
  fingerprints: { rule: "identification.fingerprints", provision: "s.10(5)(a)", taken: "their fingerprints to be taken" },
  fingerprint: { rule: "identification.fingerprints", provision: "s.10(5)(a)", taken: "their fingerprints to be taken" },
  photograph: { rule: "identification.photograph", provision: "s.10(5)(b)", taken: "photographs to be taken" },
  photographs: { rule: "identification.photograph", provision: "s.10(5)(b)", taken: "photographs to be taken" },
};

/**
 * Whether a request made when a person gives a notification is one the Act allows: fingerprints and
 * photographs may be required, only to verify identity (s.10(5)–(6)). DNA, saliva, hair or any other sample
 * is `no`: the Act gives no power to take them.
 * @example assessIdentificationRequest({ kinds: ["fingerprints", "dna"] }).verdict // "no"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 */
export function assessIdentificationRequest(request: IdentificationRequest): Assessment {
  const parsed = parseInput(IdentificationRequestSchema, request);
  const findings = [...new Set(parsed.kinds.map((k) => k.trim().toLowerCase()))].map((kind) => {
    const allowed = ALLOWED[kind];
    return allowed !== undefined
      ? decide(allowed.rule, "yes", `The person must allow ${allowed.taken} if asked when notifying, to verify their identity.`, [spa(allowed.provision), spa("s.10(6)")])
      : decide(
          "identification.not-allowed",
          "no",
          `The Act gives no power to take ${kind === "dna" ? "DNA" : kind} or any other sample: only fingerprints and photographs may be required, to verify identity.`,
          [spa("s.10(5)"), spa("s.10(6)")],
        );
  });
  findings.push(inform("identification.purpose", "Fingerprints and photographs may be taken only for the purpose of verifying the person's identity.", [spa("s.10(6)")]));
  return assess(findings, undefined);
}
