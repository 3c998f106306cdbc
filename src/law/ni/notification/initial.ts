/**
 * What starts an order's initial 3 days in Northern Ireland (PfS(NI)A 2022 s.14(1)): the date the order comes
 * into force — not service, which the Act never mentions. The Act does not say when an order comes into force:
 * the library takes the day it is made unless the record gives a later `comesIntoForceOn` (convention, stated in
 * a finding for each order). An order that had already ceased to have effect when it came into force (an interim
 * order whose main application was determined first) brings no duty; one in force for any part of its first day
 * does, for the full 3 days (reading of s.14(1): the duty is fixed when the order comes into force).
 */
import { inform, joinPath, type Finding } from "../../../core/assessment";
import { parseWhen, startOfLondonDay, type LocalDate, type ParsedWhen } from "../../../core/calendar";
import { withFields } from "../../../core/objects";
import { pfs } from "../../../core/citation";
import type { Verdict } from "../../../core/verdict";
import type { Order } from "../../../model/schemas";
import type { OrderEntry } from "../../history";
import { orderId, type InitialStart } from "../../notification/initial";
import { obligation, type DutyWording } from "../../notification/obligation";
import { comesIntoForceOn } from "../duration";

/** The finding saying which day the order comes into force, and that the 3 days begin with it. */
function comingIntoForceNote(order: Order, day: LocalDate): Finding {
  const which = { kind: order.kind, id: order.id ?? "", on: day };
  const cite = [pfs("s.14(1)")];
  if (order.comesIntoForceOn === undefined) return inform("notification.coming-into-force", "made-day", which, cite);
  return inform("notification.coming-into-force", "recorded", withFields(which, { madeOn: order.madeOn }), cite);
}

/**
 * Whether the order was still in effect when it came into force at the start of a day after it was made: an
 * order ceasing at some time on that day was (convention: an event on a day falls after its start).
 */
function inEffectWhenInForce(entry: OrderEntry, day: LocalDate): Verdict {
  const start = startOfLondonDay(day);
  if (entry.span.maybeTo <= start) return "no";
  if (entry.span.sureTo >= start) return "yes";
  return "unknown";
}

/**
 * The inputs that would say when an interim order ceased, where its cessation cannot be told (s.11(9)–(10)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function cessationMissing(entry: OrderEntry): string[] {
  const { order, path } = entry;
  const out: string[] = [];
  if (order.kind === "interim") {
    const determined = order.mainApplicationDeterminedOn ?? order.mainApplicationDeterminedAt;
    if (order.mainApplicationOutcome === undefined) out.push(joinPath(path, "mainApplicationOutcome"));
    else if (order.mainApplicationOutcome === "dismissed" && order.appealConditionsMetOn === undefined) out.push(joinPath(path, "appealConditionsMetOn"));
    else if (determined === undefined) out.push(joinPath(path, "mainApplicationDeterminedOn"));
  }
  return out.length > 0 ? out : [joinPath(path, "comesIntoForceOn")];
}

/**
 * The initial 3 days of a Northern Ireland order begin with the date it comes into force (s.14(1)); pending
 * while that day is after `asOf`.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function niInitialStart(entry: OrderEntry, asOf: ParsedWhen, w: DutyWording): InitialStart {
  const { order } = entry;
  const key = orderId(entry);
  const day = comesIntoForceOn(order);
  const notes = [comingIntoForceNote(order, day)];
  if (day > asOf.date) return { decided: obligation(w, "initial", key, { status: "pending", variant: "ni-not-in-force", params: { inForceOn: day } }), notes };
  if (day === order.madeOn) return { trigger: day, dutyFrom: entry.made, notes };
  const subject = inEffectWhenInForce(entry, day);
  if (subject === "no") {
    return { decided: obligation(w, "initial", key, { status: "not-required", variant: "ni-ceased-before-in-force", params: { interim: order.kind === "interim", inForceOn: day } }), notes };
  }
  if (subject === "unknown") {
    return { decided: obligation(w, "initial", key, { status: "unknown", variant: "ni-ceased-unknown", params: { inForceOn: day }, missing: cessationMissing(entry) }), notes, maybeTrigger: day };
  }
  return { trigger: day, dutyFrom: parseWhen(day), notes };
}
