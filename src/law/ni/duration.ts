/**
 * How long a Northern Ireland order has effect (PfS(NI)A 2022 s.9, s.11(6), (9), (10)): there is no period of
 * the order as such — each prohibition or requirement has its own fixed period, or lasts until further order —
 * so the order has effect while any term does. An interim order has a fixed period only and ceases earlier on
 * the making of an order on the main application, its withdrawal, or (after a dismissal) once no appeal can
 * follow.
 *
 * The record's `duration` is the period of every term that gives none of its own (`term.lastDay`).
 */
import { parseWhen, startOfLondonDay, type LocalDate, type ParsedWhen } from "../../core/calendar";
import { edgeOf, endOfDayEdge, NEVER_AFTER, type Edge } from "../../core/span";
import type { Order, Term } from "../../model/schemas";

/**
 * The day the order comes into force: the record's `comesIntoForceOn`, or else the day it was made (the Act says
 * nothing of a later start; convention, stated in the finding).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function comesIntoForceOn(order: Pick<Order, "madeOn" | "comesIntoForceOn">): LocalDate {
  return order.comesIntoForceOn ?? order.madeOn;
}

/** A term's last day (`null`: until further order): its own, else the record's duration (s.9(1)–(2)). */
export function termLastDay(order: Pick<Order, "duration">, term: Pick<Term, "lastDay">): LocalDate | null {
  if (term.lastDay !== undefined) return term.lastDay;
  return order.duration.type === "fixed" ? order.duration.lastDay : null;
}

/**
 * The last day the order has effect by its periods (`null`: no end): for a full order the latest of its terms'
 * periods (s.9), for an interim order its fixed period (s.11(6)). An order with no terms ends with its duration.
 */
export function lastDayOfEffect(order: Pick<Order, "kind" | "duration" | "terms">): LocalDate | null {
  if (order.kind === "interim" || order.terms.length === 0) return order.duration.type === "fixed" ? order.duration.lastDay : null;
  let last: LocalDate | null = null;
  for (const term of order.terms) {
    const day = termLastDay(order, term);
    if (day === null) return null;
    if (last === null || day > last) last = day;
  }
  return last;
}

/** Where the order starts to have effect: when made, or from the start of a later day it comes into force. */
export function startEdge(order: Order): Edge {
  const made = parseWhen(order.madeAt ?? order.madeOn);
  if (order.comesIntoForceOn !== undefined && order.comesIntoForceOn > made.date) {
    const ms = startOfLondonDay(order.comesIntoForceOn);
    return { lo: ms, hi: ms };
  }
  return edgeOf(made);
}

/** When the main application's determination ended an interim order, as an edge (wide when it cannot be told). */
function cessationEdge(order: Order, made: ParsedWhen): Edge | null {
  const recorded = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const determined = recorded === undefined ? null : edgeOf(parseWhen(recorded));
  const outcome = order.mainApplicationOutcome;
  if (outcome === undefined && determined === null) return null;
  if (outcome === "order-made" || outcome === "withdrawn") {
    // It ceased at the determination (s.11(9)); with no date recorded, at some moment after it was made.
    return determined ?? { lo: edgeOf(made).hi, hi: NEVER_AFTER };
  }
  if (outcome === "dismissed" && order.appealConditionsMetOn !== undefined) return edgeOf(parseWhen(order.appealConditionsMetOn));
  // Dismissed with no day on which an appeal stopped being possible, or determined with no outcome recorded: it
  // ceased at the determination or later (s.11(10)), so from then on whether it has effect is unknown.
  const from = determined ?? edgeOf(made);
  return { lo: from.lo, hi: NEVER_AFTER };
}

/** The edges at which a Northern Ireland order stops having effect (s.9, s.10(2), s.11(6), (7)–(10)). */
export function endEdges(order: Order): Edge[] {
  const ends: Edge[] = [];
  const last = lastDayOfEffect(order);
  if (last !== null) ends.push(endOfDayEdge(last));
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) ends.push(edgeOf(parseWhen(discharged)));
  if (order.kind === "interim") {
    const ceased = cessationEdge(order, parseWhen(order.madeAt ?? order.madeOn));
    if (ceased !== null) ends.push(ceased);
  }
  return ends;
}
