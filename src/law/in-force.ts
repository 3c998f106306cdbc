/**
 * Whether an order, or one of its terms, has effect at a moment (SPA 2019 s.3, s.4, s.5(6)); a Northern Ireland
 * order is answered under its own Act by `ni/in-force.ts`.
 *
 * An order has effect from when it is made to the end of its last day; a discharge ends it, and an interim
 * order also ceases when the main application is determined. When only dates are known and the moment falls
 * on the day of one of those events, the order of the two cannot be known: the answer is `unknown`, and the
 * times that would settle it are named (law page §4).
 */
import { assess, decide, joinPath, type Assessment, type Finding } from "../core/assessment";
import { compareWhen, parseWhen, type ParsedWhen, type When } from "../core/calendar";
import { WhenSchema } from "../core/date-schemas";
import { spa, type Citation } from "../core/citation";
import { inputError, parseInput } from "../core/errors";
import { jurisdictionOf } from "../model/forces";
import { OrderSchema, type Order, type Term } from "../model/schemas";
import { orderParams } from "./order-params";
import { niInForceFindings, niTermInForceFindings } from "./ni/in-force";

/** Input paths used to name what would settle an `unknown` (re-rooted by callers such as `evaluateCase`). */
export interface InForcePaths {
  order: string;
  at: string;
}

const DEFAULT_PATHS: InForcePaths = { order: "order", at: "at" };

/** What the sentences say of an order: its kind and id ("" without one). */
/** The parsed instant or day of an event recorded as a day plus an optional time. */
function eventWhen(on: string, at: string | undefined): ParsedWhen {
  return parseWhen(at ?? on);
}

/** Which of `at`'s missing times would settle a same-day comparison with an event. */
function timesNeeded(at: ParsedWhen, event: ParsedWhen, eventPath: string, paths: InForcePaths): string[] {
  const out: string[] = [];
  if (event.ms === null) out.push(eventPath);
  if (at.ms === null) out.push(paths.at);
  return out;
}

function madeFinding(order: Order, at: ParsedWhen, paths: InForcePaths, cite: Citation[]): Finding {
  const made = eventWhen(order.madeOn, order.madeAt);
  const cmp = compareWhen(at, made);
  const params = orderParams(order, { on: order.madeOn, at: at.date });
  if (cmp === null) return decide("in-force.made", "unknown", "same-day", params, cite, timesNeeded(at, made, joinPath(paths.order, "madeAt"), paths));
  if (cmp < 0) return decide("in-force.made", "no", "before", params, cite);
  return decide("in-force.made", "yes", "after", params, cite);
}

function periodFinding(order: Order, at: ParsedWhen): Finding {
  if (order.duration.type === "until-further-order") return decide("in-force.period", "yes", "until-further-order", orderParams(order, {}), [spa("s.3(1)(b)")]);
  const cite = [spa(order.kind === "interim" ? "s.5(6)(a)" : "s.3(1)(a)")];
  const lastDay = order.duration.lastDay;
  const params = orderParams(order, { at: at.date, lastDay });
  return at.date <= lastDay ? decide("in-force.period", "yes", "within", params, cite) : decide("in-force.period", "no", "after", params, cite);
}

/** An event that ends the order (a discharge; the determination of the main application for an interim order). */
function endingFinding(
  rule: "in-force.discharge" | "in-force.determination",
  order: Order,
  event: { on: string; at: string | undefined; atPath: string },
  at: ParsedWhen,
  paths: InForcePaths,
  cite: Citation[],
): Finding {
  const when = eventWhen(event.on, event.at);
  const cmp = compareWhen(at, when);
  const params = orderParams(order, { on: event.on, at: at.date });
  if (cmp === null) return decide(rule, "unknown", "same-day", params, cite, timesNeeded(at, when, event.atPath, paths));
  return cmp < 0 ? decide(rule, "yes", "before", params, cite) : decide(rule, "no", "after", params, cite);
}

/** The findings on whether `order` has effect at `at`, for inputs already validated. */
export function inForceFindings(order: Order, at: ParsedWhen, paths: InForcePaths = DEFAULT_PATHS): Finding[] {
  if (jurisdictionOf(order.applicantForce) === "northern-ireland") return niInForceFindings(order, at, paths);
  const startCite = [spa(order.kind === "interim" ? "s.5(2)" : "s.2(1)")];
  const findings = [madeFinding(order, at, paths, startCite), periodFinding(order, at)];
  const dischargedOn = order.dischargedOn ?? (order.dischargedAt === undefined ? undefined : parseWhen(order.dischargedAt).date);
  if (dischargedOn !== undefined) {
    findings.push(
      endingFinding(
        "in-force.discharge",
        order,
        { on: dischargedOn, at: order.dischargedAt, atPath: joinPath(paths.order, "dischargedAt") },
        at,
        paths,
        [spa(order.kind === "interim" ? "s.5(8)" : "s.4")],
      ),
    );
  }
  const determinedOn =
    order.mainApplicationDeterminedOn ??
    (order.mainApplicationDeterminedAt === undefined ? undefined : parseWhen(order.mainApplicationDeterminedAt).date);
  if (order.kind === "interim" && determinedOn !== undefined) {
    findings.push(
      endingFinding(
        "in-force.determination",
        order,
        { on: determinedOn, at: order.mainApplicationDeterminedAt, atPath: joinPath(paths.order, "mainApplicationDeterminedAt") },
        at,
        paths,
        [spa("s.5(6)(b)")],
      ),
    );
  }
  return findings;
}

/** Finds a term by id; an unknown or repeated id is an input error at `path`. */
export function findTerm(order: Order, termId: string, path = "termId"): Term {
  const matches = order.terms.filter((t) => t.id === termId);
  if (matches.length === 0) return inputError(path, `is not the id of a term of the order (${order.terms.map((t) => t.id).join(", ") || "it has no terms"})`);
  if (matches.length > 1) return inputError(path, "names more than one term of the order, so the term meant cannot be told");
  return matches[0] as Term;
}

/** The findings on whether a term has effect at `at`: the order's findings, then the term's own period. */
export function termInForceFindings(order: Order, term: Term, at: ParsedWhen, paths: InForcePaths = DEFAULT_PATHS): Finding[] {
  if (jurisdictionOf(order.applicantForce) === "northern-ireland") return niTermInForceFindings(order, term, at, paths);
  const findings = inForceFindings(order, at, paths);
  if (term.lastDay !== undefined) {
    findings.push(
      at.date <= term.lastDay
        ? decide("in-force.term-period", "yes", "within", { at: at.date, term: term.id, lastDay: term.lastDay }, [spa("s.3(3)")])
        : decide("in-force.term-period", "no", "after", { at: at.date, term: term.id, lastDay: term.lastDay }, [spa("s.3(3)")]),
    );
  }
  return findings;
}

/**
 * Whether the order has effect at `at` (a day or an instant): from when it was made to the end of its last
 * day, unless discharged earlier; an interim order also ceases when the main application is determined
 * (s.5(6)(b)). On the day of any of those events, without both times, the answer is `unknown` and `missing`
 * names the times that would settle it (`order.madeAt`, `at`). A Northern Ireland order (applied for by the PSNI)
 * has effect from when it comes into force — the day made unless `comesIntoForceOn` is later (convention) — while
 * any of its terms does (PfS(NI)A 2022 s.9), and an interim one ceases as s.11(9)–(10) say.
 * @example orderInForce(order, "2026-03-02").verdict // "unknown" when the order was made that day and no times are given
 * @throws SpoInputError for a malformed order or `at`
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/5
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 */
export function orderInForce(order: Order, at: When): Assessment {
  const parsed = parseInput(OrderSchema, order, "order");
  const when = parseWhen(parseInput(WhenSchema, at, "at"));
  return assess(inForceFindings(parsed, when), undefined);
}

/**
 * Whether a term has effect at `at`: the order has effect, and the term's own period (if shorter, s.3(3))
 * has not ended. A `termId` not in the order is an input error. `termInForce` is never `yes` when
 * `orderInForce` is not. In Northern Ireland a term's period is its own last day, else the record's `duration`
 * (PfS(NI)A 2022 s.9).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 */
export function termInForce(order: Order, termId: string, at: When): Assessment {
  const parsed = parseInput(OrderSchema, order, "order");
  const when = parseWhen(parseInput(WhenSchema, at, "at"));
  return assess(termInForceFindings(parsed, findTerm(parsed, termId), when), undefined);
}
