/**
 * The key dates of a case: what happened when, and every deadline, for every order of the history. Labels say
 * what the date is and nothing from the record; the ids say which order, term, event or incident.
 */
import { daysBeginningWith, minimumFixedPeriodLastDay, parseWhen, type LocalDate } from "../core/calendar";
import { spa, type Citation } from "../core/citation";
import type { History } from "../law/history";
import type { Obligation } from "../law/notification";
import { OFFENCES, offenceFor } from "../law/offences";
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
}

/** Every key date, sorted by date, then kind, then order id. */
export function keyDates(sources: KeyDateSources): KeyDate[] {
  const dates: KeyDate[] = [];
  const add = (date: LocalDate, kind: KeyDateKind, citation: Citation, extra: Partial<KeyDate> & { orderKind?: string; incidentType?: string } = {}): void => {
    const label = keyDateLabel({ kind, duty: extra.duty ?? "", orderKind: extra.orderKind ?? "full", incidentType: extra.incidentType ?? "" });
    const keyDate: KeyDate = { date, kind, label, citation };
    if (extra.duty !== undefined) keyDate.duty = extra.duty;
    if (extra.orderId !== undefined) keyDate.orderId = extra.orderId;
    if (extra.termId !== undefined) keyDate.termId = extra.termId;
    if (extra.event !== undefined) keyDate.event = extra.event;
    if (extra.incident !== undefined) keyDate.incident = extra.incident;
    if (extra.endsAt !== undefined) keyDate.endsAt = extra.endsAt;
    dates.push(keyDate);
  };
  if (sources.application !== undefined) add(sources.application.madeOn, "application-made", spa("s.1(1)"));
  for (const entry of sources.history.entries) {
    const { order } = entry;
    const orderId = order.id;
    const interim = order.kind === "interim";
    // A deadline after the order ceased (a discharge, or an interim order's determination) no longer arises.
    const ceased = ceasedOn(order);
    const live = (day: LocalDate): boolean => ceased === undefined || day <= ceased;
    const orderKind = order.kind;
    add(order.madeOn, "order-made", spa(interim ? "s.5(2)" : "s.2(1)"), { orderId, orderKind });
    if (order.servedAt !== undefined) add(parseWhen(order.servedAt).date, "order-served", spa("s.9(1)"), { orderId, orderKind });
    const lock = interim ? undefined : minimumFixedPeriodLastDay(order.madeOn);
    if (lock !== undefined && live(lock)) {
      add(lock, "discharge-lock-ends", spa("s.4(4)(b)"), { orderId, endsAt: dayPeriodEnd(lock) });
    }
    for (const t of order.terms) {
      if (t.lastDay !== undefined && live(t.lastDay)) add(t.lastDay, "term-ends", spa("s.3(3)"), { orderId, termId: t.id, endsAt: dayPeriodEnd(t.lastDay) });
    }
    if (order.duration.type === "fixed" && live(order.duration.lastDay)) {
      add(order.duration.lastDay, "order-ends", spa(interim ? "s.5(6)(a)" : "s.3(1)(a)"), { orderId, orderKind, endsAt: dayPeriodEnd(order.duration.lastDay) });
    }
    const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
    if (interim && determined !== undefined) {
      add(parseWhen(determined).date, "interim-ceases", spa("s.5(6)(b)"), { orderId });
    }
    const discharged = order.dischargedAt ?? order.dischargedOn;
    if (discharged !== undefined) add(parseWhen(discharged).date, "order-discharged", spa(interim ? "s.5(8)" : "s.4(3)"), { orderId, orderKind });
  }
  for (const o of sources.obligations ?? []) {
    if (o.lastDay === null) continue;
    add(o.lastDay, "notification-due", o.citations[0] as Citation, { duty: o.kind, orderId: o.orderId, event: o.event, endsAt: o.endsAt ?? undefined });
  }
  for (const { incident, index, orderId } of sources.incidents) {
    const offence = OFFENCES.find((x) => x.offence === offenceFor(incident));
    add(parseWhen(incidentWhen(incident)).date, "incident", (offence?.provisions[0] ?? spa("s.8(1)")) as Citation, { incident: index, orderId, incidentType: incident.type });
  }
  return dates.sort(
    (a, b) =>
      compare(a.date, b.date) || compare(a.kind, b.kind) || compare(a.orderId ?? "", b.orderId ?? "") || (a.incident ?? 0) - (b.incident ?? 0) || (a.event ?? 0) - (b.event ?? 0),
  );
}

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
