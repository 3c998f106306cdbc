/**
 * The key dates of a case: what happened when, and every deadline, for every order of the history. Labels say
 * what the date is and nothing from the record; the ids say which order, term, event or incident.
 */
import { daysBeginningWith, minimumFixedPeriodLastDay, parseWhen, type LocalDate } from "../core/calendar";
import { pfs, spa, type Citation } from "../core/citation";
import type { Jurisdiction } from "../core/jurisdiction";
import { identificationDestructionDue, niOrderKeyDates, type OrderKeyDate } from "../law/ni/key-dates";
import type { History } from "../law/history";
import type { Obligation } from "../law/notification";
import { offenceById, offenceFor } from "../law/offences";
import type { CaseIncident, Order } from "../model/schemas";
import { incidentWhen } from "../model/schemas";
import { keyDateLabel } from "../messages/english/text";
import type { KeyDate, KeyDateKind } from "./report";

/** What the key dates are built from. */
export interface KeyDateSources {
  history: History;
  application?: { madeOn: LocalDate } | undefined;
  obligations?: readonly Obligation[] | undefined;
  incidents: readonly { incident: CaseIncident; index: number; orderId: string | undefined }[];
  /** Whether the person notified anything (fingerprints and photographs can be taken only then, PfS(NI)A 2022 s.15(3)). */
  notified?: boolean;
}

/** Every key date, sorted by date, then kind, then order id. */
export function keyDates(sources: KeyDateSources): KeyDate[] {
  const dates: KeyDate[] = [];
  const add = (date: LocalDate, kind: KeyDateKind, citation: Citation, extra: Partial<KeyDate> & { orderKind?: string; incidentType?: string } = {}): void => {
    const label = keyDateLabel({ kind, duty: extra.duty ?? "", orderKind: extra.orderKind ?? "full", incidentType: extra.incidentType ?? "", jurisdiction: sources.history.jurisdiction });
    const keyDate: KeyDate = { date, kind, label, citation };
    if (extra.duty !== undefined) keyDate.duty = extra.duty;
    if (extra.orderId !== undefined) keyDate.orderId = extra.orderId;
    if (extra.termId !== undefined) keyDate.termId = extra.termId;
    if (extra.event !== undefined) keyDate.event = extra.event;
    if (extra.incident !== undefined) keyDate.incident = extra.incident;
    if (extra.endsAt !== undefined) keyDate.endsAt = extra.endsAt;
    dates.push(keyDate);
  };
  if (sources.application !== undefined) add(sources.application.madeOn, "application-made", APPLICATION_MADE[sources.history.jurisdiction]());
  const orderDates = ORDER_KEY_DATES[sources.history.jurisdiction];
  for (const entry of sources.history.entries) {
    const { order } = entry;
    for (const k of orderDates(order)) {
      add(k.date, k.kind, k.citation, { orderId: order.id, orderKind: order.kind, termId: k.termId, endsAt: k.deadline ? dayPeriodEnd(k.date) : undefined });
    }
  }
  if (sources.history.jurisdiction === "northern-ireland") {
    const destroy = identificationDestructionDue(sources.history, sources.notified === true);
    if (destroy !== null) add(destroy.date, "identification-destruction-due", destroy.citation, { endsAt: dayPeriodEnd(destroy.date) });
  }
  for (const o of sources.obligations ?? []) {
    if (o.lastDay === null) continue;
    add(o.lastDay, "notification-due", o.citations[0] as Citation, { duty: o.kind, orderId: o.orderId, event: o.event, endsAt: o.endsAt ?? undefined });
  }
  for (const { incident, index, orderId } of sources.incidents) {
    const offence = offenceById(offenceFor(incident), sources.history.jurisdiction);
    add(parseWhen(incidentWhen(incident)).date, "incident", offence.provisions[0] as Citation, { incident: index, orderId, incidentType: incident.type });
  }
  return dates.sort(
    (a, b) =>
      compare(a.date, b.date) || compare(a.kind, b.kind) || compare(a.orderId ?? "", b.orderId ?? "") || (a.incident ?? 0) - (b.incident ?? 0) || (a.event ?? 0) - (b.event ?? 0),
  );
}

/** The key dates of one England and Wales order (SPA 2019 s.2–s.5). Deadlines after the order ceased no longer arise. */
function ewOrderKeyDates(order: Order): OrderKeyDate[] {
  const out: OrderKeyDate[] = [];
  const interim = order.kind === "interim";
  const ceased = ceasedOn(order);
  const live = (day: LocalDate): boolean => ceased === undefined || day <= ceased;
  out.push({ date: order.madeOn, kind: "order-made", citation: spa(interim ? "s.5(2)" : "s.2(1)"), deadline: false });
  if (order.servedAt !== undefined) out.push({ date: parseWhen(order.servedAt).date, kind: "order-served", citation: spa("s.9(1)"), deadline: false });
  const lock = interim ? undefined : minimumFixedPeriodLastDay(order.madeOn);
  if (lock !== undefined && live(lock)) out.push({ date: lock, kind: "discharge-lock-ends", citation: spa("s.4(4)(b)"), deadline: true });
  for (const t of order.terms) {
    if (t.lastDay !== undefined && live(t.lastDay)) out.push({ date: t.lastDay, kind: "term-ends", citation: spa("s.3(3)"), termId: t.id, deadline: true });
  }
  if (order.duration.type === "fixed" && live(order.duration.lastDay)) {
    out.push({ date: order.duration.lastDay, kind: "order-ends", citation: spa(interim ? "s.5(6)(a)" : "s.3(1)(a)"), deadline: true });
  }
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  if (interim && determined !== undefined) out.push({ date: parseWhen(determined).date, kind: "interim-ceases", citation: spa("s.5(6)(b)"), deadline: false });
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) out.push({ date: parseWhen(discharged).date, kind: "order-discharged", citation: spa(interim ? "s.5(8)" : "s.4(3)"), deadline: false });
  return out;
}

/** The provision under which each jurisdiction's chief officer applies. */
const APPLICATION_MADE: Record<Jurisdiction, () => Citation> = {
  "england-and-wales": () => spa("s.1(1)"),
  "northern-ireland": () => pfs("s.7(2)"),
};

/** Each jurisdiction's order key dates. */
const ORDER_KEY_DATES: Record<Jurisdiction, (order: Order) => OrderKeyDate[]> = {
  "england-and-wales": ewOrderKeyDates,
  "northern-ireland": niOrderKeyDates,
};

/** The London day an order ceased to have effect before its time: discharged, or (interim) its main application determined. */
function ceasedOn(order: Order): LocalDate | undefined {
  const days: LocalDate[] = [];
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) days.push(parseWhen(discharged).date);
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  if (order.kind === "interim" && determined !== undefined) days.push(parseWhen(determined).date);
  return days.sort()[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The end of a last day: the first instant of the next London day, with its offset. */
export function dayPeriodEnd(day: LocalDate): string {
  return daysBeginningWith(day, 1).endsAt;
}
