/**
 * The dated events and deadlines of a Northern Ireland order (PfS(NI)A 2022 s.7–s.11, s.15(5)–(6)): made, served
 * (S.R. 2023/175 r.4(3)), the two-year discharge lock (s.10(3)(b)), each term's and the order's end (s.9, s.11(6)),
 * an interim order ceasing (s.11(9)–(10)), a discharge (s.10(2), s.11(8)), and the day by which fingerprints and
 * photographs taken under s.15 must be destroyed.
 */
import { minimumFixedPeriodLastDay, parseWhen, type LocalDate } from "../../core/calendar";
import { pfs, statutoryRule, type Citation } from "../../core/citation";
import type { Order } from "../../model/schemas";
import type { History, OrderEntry } from "../history";
import { lastDayOfEffect } from "./duration";

/** A key date as the case's key-date list takes it (the label is added there). */
export interface OrderKeyDate {
  date: LocalDate;
  kind: "order-made" | "order-served" | "discharge-lock-ends" | "term-ends" | "order-ends" | "interim-ceases" | "order-discharged";
  citation: Citation;
  termId?: string;
  /** Whether it is a deadline (it then ends at the end of its day). */
  deadline: boolean;
}

/** The day an interim order ceased on the determination of its main application, when that can be told (s.11(9)–(10)). */
function interimCeased(order: Order): { day: LocalDate; citation: Citation } | undefined {
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const outcome = order.mainApplicationOutcome;
  if ((outcome === "order-made" || outcome === "withdrawn") && determined !== undefined) return { day: parseWhen(determined).date, citation: pfs("s.11(9)") };
  if (outcome === "dismissed" && order.appealConditionsMetOn !== undefined) return { day: order.appealConditionsMetOn, citation: pfs("s.11(10)") };
  return undefined;
}

/** The London day an order ceased before its periods ran out (discharged, or an interim order ceased), if it did. */
function ceasedEarly(order: Order): LocalDate | undefined {
  const days: LocalDate[] = [];
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) days.push(parseWhen(discharged).date);
  if (order.kind === "interim") {
    const ceased = interimCeased(order);
    if (ceased !== undefined) days.push(ceased.day);
  }
  return days.sort()[0];
}

/**
 * The key dates of one Northern Ireland order. Deadlines after the order ceased early no longer arise.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 */
export function niOrderKeyDates(order: Order): OrderKeyDate[] {
  const out: OrderKeyDate[] = [];
  const interim = order.kind === "interim";
  const ceased = ceasedEarly(order);
  const live = (day: LocalDate): boolean => ceased === undefined || day <= ceased;
  out.push({ date: order.madeOn, kind: "order-made", citation: pfs(interim ? "s.11(3)" : "s.8(2)"), deadline: false });
  // Service is not in the Act: the court rules have the clerk serve the order.
  if (order.servedAt !== undefined) out.push({ date: parseWhen(order.servedAt).date, kind: "order-served", citation: statutoryRule(2023, 175, "r.4(3)"), deadline: false });
  if (!interim) {
    const lock = minimumFixedPeriodLastDay(order.madeOn);
    if (live(lock)) out.push({ date: lock, kind: "discharge-lock-ends", citation: pfs("s.10(3)(b)"), deadline: true });
    for (const t of order.terms) {
      if (t.lastDay !== undefined && live(t.lastDay)) out.push({ date: t.lastDay, kind: "term-ends", citation: pfs("s.9(1)(a)"), termId: t.id, deadline: true });
    }
  }
  const last = lastDayOfEffect(order);
  if (last !== null && live(last)) out.push({ date: last, kind: "order-ends", citation: pfs(interim ? "s.11(6)" : "s.9(1)(a)"), deadline: true });
  const ceasedOn = interim ? interimCeased(order) : undefined;
  if (ceasedOn !== undefined) out.push({ date: ceasedOn.day, kind: "interim-ceases", citation: ceasedOn.citation, deadline: false });
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) out.push({ date: parseWhen(discharged).date, kind: "order-discharged", citation: pfs(interim ? "s.11(8)" : "s.10(2)"), deadline: false });
  return out;
}

/** The last day an order has effect, if it can be told: its periods' end or the day it ceased early. */
function endOf(entry: OrderEntry): LocalDate | null {
  const { order } = entry;
  const early = ceasedEarly(order);
  const last = lastDayOfEffect(order);
  if (early !== undefined && (last === null || early <= last)) return early;
  // An interim order determined with an outcome that leaves its end open cannot be given a day.
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  if (order.kind === "interim" && (determined !== undefined || order.mainApplicationOutcome !== undefined) && interimCeased(order) === undefined) return null;
  return last;
}

/**
 * The day by which fingerprints and photographs taken under s.15 must be destroyed: no later than the day the
 * person ceases to be subject to the order (s.15(5)–(6)). Conventions: a fixed period's last day is that day; a
 * discharge or a ceased interim order, the day it ceased; while another order of the history is still in effect,
 * the day the last of them ends — so `null` when any order has no end that can be told (until further order, or
 * an interim order whose end after its main application's determination is not recorded). Material is taken only
 * when the person notifies (s.15(3)), so there is no such day for a person with no notification recorded.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/15
 */
export function identificationDestructionDue(history: History, notified: boolean): { date: LocalDate; citation: Citation } | null {
  if (!notified || history.entries.length === 0) return null;
  let latest: LocalDate | null = null;
  for (const entry of history.entries) {
    const end = endOf(entry);
    if (end === null) return null;
    if (latest === null || end > latest) latest = end;
  }
  return latest === null ? null : { date: latest, citation: pfs("s.15(5)") };
}
