/**
 * Whether a Northern Ireland order, or one of its terms, has effect at a moment (PfS(NI)A 2022 s.9, s.10(2),
 * s.11(6), (8)–(10), s.14(1)).
 *
 * An order has effect from when it comes into force — when it is made, unless the record gives a later day (the
 * Act does not say; convention) — while any of its terms does (each term has its own period, s.9); a discharge
 * ends it, and an interim order also ceases on the making of an order on the main application or its withdrawal
 * (s.11(9)) or, after a dismissal, on the recorded day no appeal can follow (s.11(10)). Each finding compares the
 * moment with the same edge as the order's span in `duration.ts`, so the two always agree; on the day of an event
 * recorded without a time the answer is `unknown`, as in England and Wales.
 */
import { decide, joinPath, type Finding } from "../../core/assessment";
import { parseWhen, startOfLondonDay, type ParsedWhen } from "../../core/calendar";
import { withFields } from "../../core/objects";
import { pfs, type Citation } from "../../core/citation";
import { edgeOf, endOfDayEdge, momentOf, NEVER_AFTER, type Edge } from "../../core/span";
import type { Order, Term } from "../../model/schemas";
import type { InForcePaths } from "../in-force";
import { lastDayOfEffect, termLastDay } from "./duration";
import { orderParams } from "../order-params";

type Position = "before" | "after" | "unknown";

/** Where a moment is against an edge: wholly before it, wholly after it, or either. */
function position(at: ParsedWhen, edge: Edge): Position {
  const m = momentOf(at);
  if (m.hi <= edge.lo) return "before";
  if (m.lo >= edge.hi) return "after";
  return "unknown";
}

/** Which of the missing times would settle a same-day comparison with an event. */
function timesNeeded(at: ParsedWhen, event: ParsedWhen, eventPath: string, paths: InForcePaths): string[] {
  const out: string[] = [];
  if (event.ms === null) out.push(eventPath);
  if (at.ms === null) out.push(paths.at);
  return out;
}

function madeOf(order: Order): ParsedWhen {
  return parseWhen(order.madeAt ?? order.madeOn);
}

/** From when the order has effect: its coming into force (s.14(1); the day made unless the record gives a later day). */
function startFinding(order: Order, at: ParsedWhen, paths: InForcePaths): Finding {
  const cite = [pfs(order.kind === "interim" ? "s.11(3)" : "s.8(2)"), pfs("s.14(1)")];
  const made = madeOf(order);
  const later = order.comesIntoForceOn;
  if (later !== undefined && later > made.date) {
    const params = orderParams(order, { on: later, at: at.date, madeOn: order.madeOn });
    // It comes into force at the start of that day, an exact edge: the moment is before it or not.
    const ms = startOfLondonDay(later);
    return position(at, { lo: ms, hi: ms }) === "before" ? decide("in-force.made", "no", "ni-not-yet", params, cite) : decide("in-force.made", "yes", "ni-came-into-force", params, cite);
  }
  const params = orderParams(order, { on: order.madeOn, at: at.date });
  const where = position(at, edgeOf(made));
  if (where === "unknown") return decide("in-force.made", "unknown", "ni-same-day", params, cite, timesNeeded(at, made, joinPath(paths.order, "madeAt"), paths));
  return where === "before" ? decide("in-force.made", "no", "ni-before", params, cite) : decide("in-force.made", "yes", "ni-after", params, cite);
}

/** Until when the order has effect by its periods: while any term does (s.9); an interim order's fixed period (s.11(6)). */
function periodFinding(order: Order, at: ParsedWhen): Finding {
  const last = lastDayOfEffect(order);
  const interim = order.kind === "interim";
  const withTerms = !interim && order.terms.length > 0;
  if (last === null) {
    if (interim) return decide("in-force.period", "yes", "ni-interim-no-fixed-period", orderParams(order, {}), [pfs("s.11(6)")]);
    if (!withTerms) return decide("in-force.period", "yes", "until-further-order", orderParams(order, {}), [pfs("s.9(1)(b)")]);
    const terms = order.terms.filter((t) => termLastDay(order, t) === null).map((t) => t.id);
    return decide("in-force.period", "yes", "ni-until-further-order", orderParams(order, { terms }), [pfs("s.9(1)(b)")]);
  }
  const params = orderParams(order, { at: at.date, lastDay: last });
  const ended = position(at, endOfDayEdge(last)) !== "before";
  if (!withTerms) {
    const cite = [pfs(interim ? "s.11(6)" : "s.9(1)(a)")];
    return ended ? decide("in-force.period", "no", "after", params, cite) : decide("in-force.period", "yes", "within", params, cite);
  }
  const cite = [pfs("s.9(1)(a)"), pfs("s.9(2)")];
  return ended ? decide("in-force.period", "no", "ni-after", params, cite) : decide("in-force.period", "yes", "ni-within", params, cite);
}

/** A discharge ends the order (s.10(2); interim s.11(8)). */
function dischargeFinding(order: Order, at: ParsedWhen, paths: InForcePaths): Finding | null {
  const recorded = order.dischargedAt ?? order.dischargedOn;
  if (recorded === undefined) return null;
  const when = parseWhen(recorded);
  const cite = [pfs(order.kind === "interim" ? "s.11(8)" : "s.10(2)")];
  const params = orderParams(order, { on: order.dischargedOn ?? when.date, at: at.date });
  const where = position(at, edgeOf(when));
  if (where === "unknown") return decide("in-force.discharge", "unknown", "same-day", params, cite, timesNeeded(at, when, joinPath(paths.order, "dischargedAt"), paths));
  return where === "before" ? decide("in-force.discharge", "yes", "before", params, cite) : decide("in-force.discharge", "no", "after", params, cite);
}

/** An edge that has begun but never surely passes: from `lo` on, whether the order still has effect cannot be told. */
function openFrom(lo: number): Edge {
  return { lo, hi: NEVER_AFTER };
}

/** The interim order's cessation on the determination of the main application (s.11(9)–(10)). */
function cessationFinding(order: Order, at: ParsedWhen, paths: InForcePaths): Finding | null {
  const recorded = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const determined = recorded === undefined ? undefined : parseWhen(recorded);
  const outcome = order.mainApplicationOutcome;
  if (outcome === undefined && determined === undefined) return null;
  const base = orderParams(order, { at: at.date });
  if (outcome === "order-made" || outcome === "withdrawn") {
    const cite = [pfs("s.11(9)")];
    if (determined === undefined) {
      // It ceased at some moment after it was made, on a day not recorded.
      if (position(at, openFrom(edgeOf(madeOf(order)).hi)) === "before") return decide("in-force.determination", "yes", "ni-undated-before", base, cite);
      return decide("in-force.determination", "unknown", "ni-undated", withFields(base, { outcome }), cite, [joinPath(paths.order, "mainApplicationDeterminedOn")]);
    }
    const params = withFields(base, { on: determined.date, outcome });
    const where = position(at, edgeOf(determined));
    if (where === "unknown") {
      return decide("in-force.determination", "unknown", "ni-same-day", params, cite, timesNeeded(at, determined, joinPath(paths.order, "mainApplicationDeterminedAt"), paths));
    }
    return where === "before" ? decide("in-force.determination", "yes", "ni-before", params, cite) : decide("in-force.determination", "no", "ni-after", params, cite);
  }
  const met = order.appealConditionsMetOn;
  if (outcome === "dismissed" && met !== undefined) {
    const cite = [pfs("s.11(10)")];
    const params = withFields(base, { on: met });
    const where = position(at, edgeOf(parseWhen(met)));
    // Only the day is recorded, and no input gives the time of that occasion: nothing would settle the day itself.
    if (where === "unknown") return decide("in-force.determination", "unknown", "ni-met-same-day", params, cite);
    return where === "before" ? decide("in-force.determination", "yes", "ni-met-before", params, cite) : decide("in-force.determination", "no", "ni-met-after", params, cite);
  }
  // Dismissed with no day on which an appeal stopped being possible, or determined with no outcome: from the
  // determination (or, undated, from when it was made) on, whether it still has effect is unknown.
  const from = edgeOf(determined ?? madeOf(order)).lo;
  const cite: Citation[] = outcome === "dismissed" ? [pfs("s.11(10)")] : [pfs("s.11(9)"), pfs("s.11(10)")];
  if (position(at, openFrom(from)) === "before") return decide("in-force.determination", "yes", "ni-open-before", base, cite);
  return outcome === "dismissed"
    ? decide("in-force.determination", "unknown", "ni-dismissed-open", base, cite, [joinPath(paths.order, "appealConditionsMetOn")])
    : decide("in-force.determination", "unknown", "ni-no-outcome-open", base, cite, [joinPath(paths.order, "mainApplicationOutcome")]);
}

/**
 * The findings on whether a Northern Ireland order has effect at `at`, for inputs already validated.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function niInForceFindings(order: Order, at: ParsedWhen, paths: InForcePaths): Finding[] {
  const findings = [startFinding(order, at, paths), periodFinding(order, at)];
  const discharge = dischargeFinding(order, at, paths);
  if (discharge !== null) findings.push(discharge);
  if (order.kind === "interim") {
    const ceased = cessationFinding(order, at, paths);
    if (ceased !== null) findings.push(ceased);
  }
  return findings;
}

/**
 * The findings on whether a term of a Northern Ireland order has effect at `at`: the order's findings, then the
 * term's own period — its own last day, else the record's `duration` (s.9(1)–(2)); for an interim order, only a
 * term's own shorter period is a further question (s.11(6)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 */
export function niTermInForceFindings(order: Order, term: Term, at: ParsedWhen, paths: InForcePaths): Finding[] {
  const findings = niInForceFindings(order, at, paths);
  const interim = order.kind === "interim";
  if (interim && term.lastDay === undefined) return findings;
  const last = termLastDay(order, term);
  if (last === null) {
    // An interim order's term without a period of its own was handled above: here the order is a full one.
    findings.push(decide("in-force.term-period", "yes", "ni-until-further-order", { term: term.id }, [pfs("s.9(1)(b)")]));
    return findings;
  }
  const cite = [pfs(interim ? "s.11(6)" : "s.9(1)(a)")];
  const params = { at: at.date, term: term.id, lastDay: last };
  findings.push(
    position(at, endOfDayEdge(last)) === "before" ? decide("in-force.term-period", "yes", "ni-within", params, cite) : decide("in-force.term-period", "no", "ni-after", params, cite),
  );
  return findings;
}
