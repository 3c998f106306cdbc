/**
 * A Northern Ireland order as recorded (PfS(NI)A 2022 s.7(1), s.8, s.9, s.11, s.12(1)): its terms and content,
 * each term's own period, when it comes into force, where its terms reach, and the earlier orders it must not
 * conflict with. An interim order's own rules are in `interim.ts`; whether an order has effect at a moment is in
 * `in-force.ts`.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import { compareWhen, minimumFixedPeriodLastDay, parseWhen } from "../../core/calendar";
import { pfs, statutoryRule, type Citation } from "../../core/citation";
import { inputError } from "../../core/errors";
import { jurisdictionOf } from "../../model/forces";
import { replacesInterim, type Order } from "../../model/schemas";
import { earlierOrderFindings, type EarlierOrders } from "../earlier-orders";
import { niCommencementFinding } from "./commencement";
import { termLastDay } from "./duration";
import { interimDeterminationFindings, interimDurationFinding, interimTermPeriodFinding } from "./interim";

/** The clerk of petty sessions serves an order (S.R. 2023/175 r.4(3)): the Act itself says nothing of service. */
const SERVICE_RULE: Citation = Object.freeze(statutoryRule(2023, 175, "r.4(3)"));

function isInterim(order: Order): boolean {
  return order.kind === "interim";
}

function termsFinding(order: Order): Finding {
  const cite = [pfs(isInterim(order) ? "s.11(1)" : "s.7(1)")];
  if (order.terms.length === 0) return decide("order.terms", "no", "none", {}, cite);
  const prohibitions = order.terms.filter((t) => t.type === "prohibition").length;
  return decide("order.terms", "yes", "counts", { prohibitions, requirements: order.terms.length - prohibitions }, cite);
}

/** The content s.12(1) requires: the date made (always in the record), each term, any locality. */
function contentFinding(order: Order): Finding {
  const blank = order.terms.filter((t) => t.text.trim() === "").map((t) => t.id);
  if (blank.length > 0) return decide("order.content", "no", "blank-term", { terms: blank }, [pfs("s.12(1)(b)")]);
  const blankLocality = order.terms.filter((t) => t.locality !== undefined && t.locality.trim() === "").map((t) => t.id);
  if (blankLocality.length > 0) return decide("order.content", "no", "blank-locality", { terms: blankLocality }, [pfs("s.12(1)(c)")]);
  return decide("order.content", "yes", "ni-complete", {}, [pfs("s.12(1)")]);
}

/**
 * Each term's period (s.9): a fixed period of at least 2 years beginning with the day the order is made, or until a
 * further order; terms may differ (s.9(2)). There is no period of the order as such, so a term may run longer than
 * the record's `duration`, which is only the period of the terms that give none of their own.
 */
function termDurationFinding(order: Order): Finding {
  if (order.terms.length === 0) return inform("order.duration", "ni-no-terms", {}, [pfs("s.9(1)")]);
  const minimum = minimumFixedPeriodLastDay(order.madeOn);
  const fixed: { id: string; lastDay: string }[] = [];
  const untilFurtherOrder: string[] = [];
  for (const term of order.terms) {
    const lastDay = termLastDay(order, term);
    if (lastDay === null) untilFurtherOrder.push(term.id);
    else fixed.push({ id: term.id, lastDay });
  }
  const short = fixed.filter((t) => t.lastDay < minimum);
  if (short.length > 0) {
    return decide("order.duration", "no", "ni-term-short", { terms: short.map((t) => t.id), lastDays: short.map((t) => t.lastDay), minimum }, [pfs("s.9(1)(a)")]);
  }
  const cite = [pfs("s.9(1)"), pfs("s.9(2)")];
  return decide("order.duration", "yes", "ni-terms", { fixed: fixed.map((t) => t.id), lastDays: fixed.map((t) => t.lastDay), untilFurtherOrder, minimum }, cite);
}

function termIdsFinding(order: Order): Finding {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const t of order.terms) (seen.has(t.id) ? repeated : seen).add(t.id);
  const cite = [pfs("s.12(1)(b)")];
  return repeated.size === 0 ? decide("order.term-ids", "yes", "unique", {}, cite) : decide("order.term-ids", "no", "repeated", { ids: [...repeated] }, cite);
}

/** Service is a clerk's duty under the court rules, not a condition of the order: informative only. */
function serviceFinding(order: Order): Finding {
  const cite = [SERVICE_RULE, pfs("s.14(1)")];
  if (order.servedAt === undefined) return inform("order.service", "ni-unserved", {}, cite);
  const made = order.madeAt ?? order.madeOn;
  const cmp = compareWhen(parseWhen(order.servedAt), parseWhen(made));
  if (cmp !== null && cmp < 0) return inform("order.service", "ni-before-made", { servedAt: order.servedAt, made }, cite, "no");
  return inform("order.service", "ni-served", { on: parseWhen(order.servedAt).date }, cite);
}

/** When the order comes into force: the Act does not say; the day made unless the record gives a later day (convention). */
function comesIntoForceFinding(order: Order): Finding {
  const cite = [pfs("s.14(1)")];
  const later = order.comesIntoForceOn;
  return later !== undefined && later > order.madeOn
    ? inform("order.comes-into-force", "ni-later", { madeOn: order.madeOn, on: later }, cite)
    : inform("order.comes-into-force", "ni-made", { on: order.madeOn }, cite);
}

function dischargeRecordFinding(order: Order): Finding | null {
  const on = order.dischargedAt ?? order.dischargedOn;
  if (on === undefined) return null;
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeAt ?? order.madeOn));
  return cmp !== null && cmp < 0 ? decide("order.discharge-record", "no", "before-made", { on }, [pfs(isInterim(order) ? "s.11(8)" : "s.10(2)")]) : null;
}

/** A full order replacing an interim order brings no new initial notification (s.14(1)(a)). */
function replacesFinding(order: Order): Finding | null {
  if (!replacesInterim(order)) return null;
  const cite = [pfs("s.14(1)(a)")];
  const named = order.replacesInterimOrder;
  return typeof named === "string" ? inform("order.replaces-interim", "named", { interim: named }, cite) : inform("order.replaces-interim", "unnamed", {}, cite);
}

/**
 * Where the terms must be complied with (s.8(6); interim s.11(5)): a term not limited to a locality throughout the
 * United Kingdom, and outside it for the persons the Act lists, facts the record does not hold.
 */
function reachFindings(order: Order): Finding[] {
  const cite = [pfs(isInterim(order) ? "s.11(5)" : "s.8(6)"), pfs("s.21")];
  const findings: Finding[] = [];
  const national = order.terms.filter((t) => t.locality === undefined).map((t) => t.id);
  const local = order.terms.filter((t) => t.locality !== undefined).map((t) => t.id);
  if (national.length > 0) findings.push(inform("order.territorial-reach", isInterim(order) ? "ni-interim-not-limited" : "ni-not-limited", { terms: national }, cite));
  if (local.length > 0) findings.push(inform("order.territorial-reach", "ni-limited", { terms: local }, [cite[0] as Citation]));
  return findings;
}

/** Reminders of the court's judgements on terms, which the library takes as given (s.8(3)–(4); interim s.11(3)–(4)). */
function judgementsFinding(order: Order): Finding | null {
  if (order.terms.length === 0) return null;
  return isInterim(order)
    ? inform("order.term-judgements", "ni-interim-court", {}, [pfs("s.11(3)"), pfs("s.11(4)")])
    : inform("order.term-judgements", "ni-court", {}, [pfs("s.8(3)"), pfs("s.8(4)")]);
}

const EARLIER_CITATIONS = Object.freeze({ notLive: [pfs("s.8(5)")], compatible: [pfs("s.8(5)")] });

/** No term incompatible with one of a full order the defendant is already subject to (s.8(5)): the E&W machinery, NI citations. */
function earlierFindings(order: Order, earlier: EarlierOrders | undefined): Finding[] {
  if (earlier === undefined || isInterim(order)) return [];
  return [inform("order.earlier-orders", "ni-scope", {}, [pfs("s.8(5)")]), ...earlierOrderFindings(order, earlier, EARLIER_CITATIONS)];
}

/**
 * The findings on a Northern Ireland order, for inputs already validated; `path` is where the order is in the
 * input, and `determinationFrom` the full order whose making is taken as the determination of an interim order's
 * main application when none is recorded.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 * @see https://www.legislation.gov.uk/nia/2022/17/section/12
 */
export function niOrderFindings(order: Order, earlier: EarlierOrders | undefined, path: string, determinationFrom?: Order): Finding[] {
  const interim = isInterim(order);
  const findings: Finding[] = [
    niCommencementFinding("order.commencement", "order", order.madeOn, interim ? "s.11(3)" : "s.8(2)"),
    termsFinding(order),
    contentFinding(order),
  ];
  if (interim) {
    findings.push(interimDurationFinding(order));
    const periods = interimTermPeriodFinding(order);
    if (periods !== null) findings.push(periods);
  } else {
    findings.push(termDurationFinding(order));
  }
  findings.push(termIdsFinding(order), serviceFinding(order), comesIntoForceFinding(order));
  const discharge = dischargeRecordFinding(order);
  if (discharge !== null) findings.push(discharge);
  if (interim) findings.push(...interimDeterminationFindings(order, path, determinationFrom));
  const replaces = replacesFinding(order);
  if (replaces !== null) findings.push(replaces);
  findings.push(...reachFindings(order));
  const judgements = judgementsFinding(order);
  if (judgements !== null) findings.push(judgements);
  findings.push(...earlierFindings(order, earlier));
  return findings;
}

/**
 * The earlier orders given to the typed API for a Northern Ireland order must be Northern Ireland orders too (a
 * case is in one jurisdiction); any other is an input error at `options.earlierOrders[i].applicantForce`.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/8
 */
export function checkNiEarlierOrders(given: readonly Order[]): void {
  given.forEach((e, i) => {
    if (jurisdictionOf(e.applicantForce) !== "northern-ireland") {
      inputError(`options.earlierOrders[${i}].applicantForce`, "must be the Police Service of Northern Ireland, like the order assessed: a case is in one jurisdiction");
    }
  });
}
