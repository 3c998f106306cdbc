/**
 * When a person in Northern Ireland is under the requirements to notify a new name or home address
 * (PfS(NI)A 2022 s.14(3)–(4)): only while subject to an order in force. An order made on one day and coming into force on
 * a later one (s.14(1)) leaves a gap: a name used or a move made in it is for the initial notification, which
 * must give every name and the home address when it is given. A full order replacing an interim order has no
 * initial notification (s.14(1)(a)): if it comes into force after it is made (and the interim order ceased), a
 * name used or a move made in between raises no duty (the Act is silent; nothing is invented).
 */
import { joinPath } from "../../../core/assessment";
import { compareWhen, parseWhen, startOfLondonDay, type LocalDate, type ParsedWhen } from "../../../core/calendar";
import { momentOf } from "../../../core/span";
import { replacesInterim, type NotificationEvent } from "../../../model/schemas";
import type { History, OrderEntry } from "../../history";
import { notSubjectVariant } from "../../notification/events";
import type { Dated } from "../../notification/record";
import { comesIntoForceOn } from "../duration";

/**
 * The orders of each history made before the day they come into force, with that day's start — except one
 * replacing an interim order, which brings no initial notification (s.14(1)(a)).
 */
const GAPS = new WeakMap<History, { entry: OrderEntry; inForce: number }[]>();

function gaps(history: History): { entry: OrderEntry; inForce: number }[] {
  let list = GAPS.get(history);
  if (list === undefined) {
    list = history.entries.filter((e) => comesIntoForceOn(e.order) > e.order.madeOn && !replacesInterim(e.order)).map((entry) => ({ entry, inForce: startOfLondonDay(comesIntoForceOn(entry.order)) }));
    GAPS.set(history, list);
  }
  return list;
}

/**
 * Why an event outside every order's requirements raised no duty: one between an order's making and its coming
 * into force is covered by that order's initial notification; otherwise as in England and Wales.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function niNotSubjectVariant(history: History, when: ParsedWhen): "covered" | "before-order" | "not-subject" {
  const at = momentOf(when);
  for (const { entry, inForce } of gaps(history)) if (compareWhen(when, entry.made) !== -1 && at.hi <= inForce) return "covered";
  return notSubjectVariant(history, when);
}

/** The London day of a recorded day or time. */
function dayOf(on: LocalDate | undefined, at: string | undefined): LocalDate | undefined {
  return on ?? (at === undefined ? undefined : parseWhen(at).date);
}

/**
 * What would settle whether the person was under the requirements at an event on the day an order ceased (or
 * after a cessation the record leaves open): the time of the ending event and of the event, or the cessation
 * inputs of s.11(9)–(10).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function niEdgeMissing(history: History, e: Dated<NotificationEvent>, eventPath: string): string[] {
  const out: string[] = [];
  const day = e.when.date;
  const sameDay = (on: LocalDate | undefined, at: string | undefined, field: string, path: string): void => {
    if (on === undefined || on !== day) return;
    if (at === undefined) out.push(joinPath(path, field));
    if (e.when.ms === null) out.push(eventPath);
  };
  for (const { item: entry } of history.mayBeInEffect(momentOf(e.when))) {
    const { order, path } = entry;
    sameDay(dayOf(order.dischargedOn, order.dischargedAt), order.dischargedAt, "dischargedAt", path);
    if (order.kind === "interim") {
      const determined = dayOf(order.mainApplicationDeterminedOn, order.mainApplicationDeterminedAt);
      const outcome = order.mainApplicationOutcome;
      const met = order.appealConditionsMetOn;
      if (outcome === "order-made" || outcome === "withdrawn") {
        if (determined === undefined) out.push(joinPath(path, "mainApplicationDeterminedOn"));
        else sameDay(determined, order.mainApplicationDeterminedAt, "mainApplicationDeterminedAt", path);
      } else if (outcome === "dismissed") {
        // The first occasion after the dismissal when no appeal can follow (s.11(10)): a day, with no time input.
        if (met === undefined) out.push(joinPath(path, "appealConditionsMetOn"));
        else if (met === day && e.when.ms === null) out.push(eventPath);
      } else if (determined !== undefined && determined <= day) out.push(joinPath(path, "mainApplicationOutcome"));
    }
    if (out.length >= 4) break;
  }
  return out.length > 0 ? out : [eventPath];
}

/**
 * From when a full order replacing an interim order keeps the person under the requirements: its making, or
 * the later day it comes into force.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function niReplacingFrom(entry: OrderEntry): ParsedWhen {
  const day = comesIntoForceOn(entry.order);
  return day > entry.made.date ? parseWhen(day) : entry.made;
}
