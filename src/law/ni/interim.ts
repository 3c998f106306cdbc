/**
 * Northern Ireland interim orders (PfS(NI)A 2022 s.11): made on the Chief Constable's application, with or after
 * the main application and while it is undetermined; a fixed period only, with no minimum; they cease on the
 * making of an order on the main application or its withdrawal (s.11(9)) or, after a dismissal, once no appeal to
 * the county court is pending or possible (s.11(10)) — a day the record gives, never computed.
 */
import { decide, inform, joinPath, type Finding } from "../../core/assessment";
import { compareWhen, parseWhen, type LocalDate } from "../../core/calendar";
import { pfs } from "../../core/citation";
import type { ForceId } from "../../model/forces";
import type { Order } from "../../model/schemas";

/**
 * The duration of an interim order: a fixed period only, no minimum (s.11(6)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function interimDurationFinding(order: Order): Finding {
  const cite = [pfs("s.11(6)")];
  if (order.duration.type === "until-further-order") return decide("order.duration", "no", "interim-until-further-order", {}, cite);
  const lastDay = order.duration.lastDay;
  if (lastDay < order.madeOn) return decide("order.duration", "no", "interim-ends-before-made", { lastDay, madeOn: order.madeOn }, cite);
  return decide("order.duration", "yes", "interim", { lastDay }, cite);
}

/**
 * Terms of an interim order with periods of their own: the order has effect only for its one fixed period
 * (s.11(6)), so a term may not outlast it nor end before the order is made; a shorter one is allowed (convention).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function interimTermPeriodFinding(order: Order): Finding | null {
  const own = order.terms.filter((t) => t.lastDay !== undefined) as { id: string; lastDay: string }[];
  if (own.length === 0) return null;
  const cite = [pfs("s.11(6)")];
  const orderLastDay = order.duration.type === "fixed" ? order.duration.lastDay : null;
  const outlasting = orderLastDay === null ? [] : own.filter((t) => t.lastDay > orderLastDay);
  if (outlasting.length > 0) {
    const params = { terms: outlasting.map((t) => t.id), lastDays: outlasting.map((t) => t.lastDay), orderLastDay: orderLastDay as string };
    return decide("order.term-periods", "no", "ni-interim-outlasting", params, cite);
  }
  const early = own.filter((t) => t.lastDay < order.madeOn);
  if (early.length > 0) return decide("order.term-periods", "no", "before-made", { terms: early.map((t) => t.id), madeOn: order.madeOn }, cite);
  return decide("order.term-periods", "yes", "ni-interim-within", { terms: own.map((t) => t.id), lastDays: own.map((t) => t.lastDay) }, cite);
}

/** The recorded determination of the main application, if any, as a day and the text it was recorded as. */
function determination(order: Order): { text: string; on: LocalDate } | undefined {
  const text = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  return text === undefined ? undefined : { text, on: parseWhen(text).date };
}

/** After a dismissal (s.11(10)): the recorded day no appeal could follow, or `unknown` naming it. */
function dismissalFindings(order: Order, on: LocalDate | undefined, path: string): Finding[] {
  const cite = [pfs("s.11(10)")];
  const lastDay = order.duration.type === "fixed" ? order.duration.lastDay : undefined;
  if (on !== undefined && lastDay !== undefined && lastDay < on) {
    return [inform("order.interim-determination", "ni-dismissed-after-end", { on, lastDay }, [pfs("s.11(6)"), ...cite])];
  }
  const met = order.appealConditionsMetOn;
  if (met === undefined) return [inform("order.interim-determination", "ni-dismissed-open", { on: on ?? "" }, cite, "unknown", [joinPath(path, "appealConditionsMetOn")])];
  return [inform("order.interim-determination", "ni-dismissed", { on: on ?? "", met }, [pfs("s.11(6)"), ...cite])];
}

/**
 * Notes and checks on the determination of the main application (s.11(9)–(10)). `inferredFrom` is the full
 * order replacing this one when the determination is not recorded and is taken from that order's making; `path` is
 * where the order is in the input, for the inputs that would settle when it ceased.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function interimDeterminationFindings(order: Order, path: string, inferredFrom?: Order): Finding[] {
  const outcome = order.mainApplicationOutcome;
  if (inferredFrom !== undefined) {
    const by = inferredFrom.id ?? "";
    if (outcome === undefined || outcome === "order-made") return [inform("order.interim-determination", "ni-inferred", { on: inferredFrom.madeOn, by }, [pfs("s.11(9)")])];
    // A record naming a replacing order yet another outcome: the recorded outcome decides when it ceased.
    const note = inform("order.interim-determination", "ni-replaced-outcome", { outcome, by }, [pfs("s.11(9)"), pfs("s.11(10)")]);
    return [note, ...recordedFindings(order, path)];
  }
  return recordedFindings(order, path);
}

function recordedFindings(order: Order, path: string): Finding[] {
  const outcome = order.mainApplicationOutcome;
  const determined = determination(order);
  if (determined !== undefined) {
    const cmp = compareWhen(parseWhen(determined.text), parseWhen(order.madeAt ?? order.madeOn));
    if (cmp !== null && cmp < 0) return [decide("order.interim-determination", "no", "before-made", {}, [pfs("s.11(2)"), pfs("s.11(3)")])];
  }
  if (outcome === undefined) {
    if (determined === undefined) return [inform("order.interim-determination", "ni-pending", {}, [pfs("s.11(6)"), pfs("s.11(9)"), pfs("s.11(10)")])];
    return [inform("order.interim-determination", "ni-no-outcome", { on: determined.on }, [pfs("s.11(9)"), pfs("s.11(10)")], "unknown", [joinPath(path, "mainApplicationOutcome")])];
  }
  if (outcome === "dismissed") return dismissalFindings(order, determined?.on, path);
  const cite = [pfs("s.11(9)")];
  if (determined === undefined) return [inform("order.interim-determination", "ni-undated", { outcome }, cite, "unknown", [joinPath(path, "mainApplicationDeterminedOn")])];
  return [inform("order.interim-determination", "ni-ceased", { on: determined.on, outcome }, cite)];
}

/**
 * The interim order against the main application (s.11(2)–(3)): the Chief Constable alone applies, so there is no
 * "same chief officer" check; the interim order is made with or after the main application (that it was made while
 * the main application was undetermined is checked against the recorded determination). Without the main
 * application in the record the check is not made, and an informative finding says so.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function niMainApplicationFindings(order: Order, application: { madeOn: LocalDate; applicant: { force: ForceId } } | undefined): Finding[] {
  if (order.kind !== "interim") return [];
  const cite = [pfs("s.11(2)"), pfs("s.11(3)")];
  if (application === undefined) return [inform("order.interim-application", "ni-not-recorded", {}, cite, "unknown", ["application"])];
  const timing = { madeOn: order.madeOn, applicationMadeOn: application.madeOn };
  return [
    decide("order.interim-applicant", "yes", "ni-chief-constable", { force: order.applicantForce }, [pfs("s.11(3)")]),
    order.madeOn >= application.madeOn ? decide("order.interim-timing", "yes", "after", timing, cite) : decide("order.interim-timing", "no", "before", timing, cite),
  ];
}
