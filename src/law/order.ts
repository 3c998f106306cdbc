/**
 * The order itself: its terms and content (SPA 2019 s.1(2), s.2, s.6), its duration (s.3), and the rule
 * on earlier orders still in force (s.2(6)–(7)). Whether the order or a term has effect at a moment is in
 * `in-force.ts`; interim orders' own rules are in `interim.ts`. A Northern Ireland order is assessed under its own
 * Act by `ni/order.ts`.
 */
import { assess, decide, inform, joinPath, verdictOfFindings, type Assessment, type Finding } from "../core/assessment";
import { compareWhen, minimumFixedPeriodLastDay, parseWhen } from "../core/calendar";
import { spa } from "../core/citation";
import { parseInput } from "../core/errors";
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { jurisdictionOf } from "../model/forces";
import { OrderSchema, replacesInterim, type Order } from "../model/schemas";
import { commencementFinding } from "./commencement";
import { inForceFindings } from "./in-force";
import { determinationFindings, interimDurationFinding } from "./interim";
import { checkNiEarlierOrders, niOrderFindings } from "./ni/order";
import { earlierOrderFindings, type EarlierOrders } from "./earlier-orders";

export { OrderSchema, type Order } from "../model/schemas";
export { minimumFixedPeriodLastDay } from "../core/calendar";

/** Options for {@link assessOrder}. */
export interface AssessOrderOptions {
  /** Orders already made against the same defendant. */
  earlierOrders?: Order[];
  /**
   * The court's (or the applicant's) judgement that no term is incompatible with a term of an earlier full
   * order still in force (s.2(7)). The library cannot judge compatibility: until this is recorded, the
   * finding is `unknown`.
   */
  earlierOrdersCompatible?: boolean | null;
}

const OptionsSchema = strictObject({
  earlierOrders: z.optional(z.array(OrderSchema)),
  earlierOrdersCompatible: z.optional(z.nullable(z.boolean())),
});

function termsFinding(order: Order): Finding {
  const cite = [spa(order.kind === "interim" ? "s.5(3)" : "s.1(2)")];
  if (order.terms.length === 0) {
    return decide("order.terms", "no", "none", {}, cite);
  }
  const prohibitions = order.terms.filter((t) => t.type === "prohibition").length;
  return decide("order.terms", "yes", "counts", { prohibitions, requirements: order.terms.length - prohibitions }, cite);
}

function contentFinding(order: Order): Finding {
  const cite = [spa("s.6")];
  const blank = order.terms.filter((t) => t.text.trim() === "").map((t) => t.id);
  const blankLocality = order.terms.filter((t) => t.locality !== undefined && t.locality.trim() === "").map((t) => t.id);
  if (blank.length > 0) return decide("order.content", "no", "blank-term", { terms: blank }, cite);
  if (blankLocality.length > 0) return decide("order.content", "no", "blank-locality", { terms: blankLocality }, cite);
  return decide("order.content", "yes", "complete", {}, cite);
}

function fullDurationFinding(order: Order): Finding {
  if (order.duration.type === "until-further-order") {
    return decide("order.duration", "yes", "until-further-order", {}, [spa("s.3(1)(b)")]);
  }
  const minimum = minimumFixedPeriodLastDay(order.madeOn);
  const lastDay = order.duration.lastDay;
  const cite = [spa("s.3(1)(a)"), spa("s.3(2)")];
  return lastDay >= minimum ? decide("order.duration", "yes", "long", { lastDay, minimum }, cite) : decide("order.duration", "no", "short", { lastDay, minimum }, cite);
}

function termPeriodFinding(order: Order): Finding | null {
  const own = order.terms.filter((t) => t.lastDay !== undefined);
  if (own.length === 0) return null;
  const cite = [spa("s.3(3)")];
  const orderLast = order.duration.type === "fixed" ? order.duration.lastDay : null;
  const outlasting = orderLast === null ? [] : own.filter((t) => (t.lastDay as string) > orderLast);
  if (outlasting.length > 0) {
    const params = { terms: outlasting.map((t) => t.id), lastDays: outlasting.map((t) => t.lastDay as string), orderLastDay: orderLast as string };
    return decide("order.term-periods", "no", "outlasting", params, cite);
  }
  const early = own.filter((t) => (t.lastDay as string) < order.madeOn);
  if (early.length > 0) return decide("order.term-periods", "no", "before-made", { terms: early.map((t) => t.id), madeOn: order.madeOn }, cite);
  return decide("order.term-periods", "yes", "within", { terms: own.map((t) => t.id), lastDays: own.map((t) => t.lastDay as string) }, cite);
}

function termIdsFinding(order: Order): Finding {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const t of order.terms) (seen.has(t.id) ? repeated : seen).add(t.id);
  return repeated.size === 0
    ? decide("order.term-ids", "yes", "unique", {}, [spa("s.6")])
    : decide("order.term-ids", "no", "repeated", { ids: [...repeated] }, [spa("s.6")]);
}

function serviceFinding(order: Order, path: string): Finding {
  const cite = [spa("s.9(1)")];
  if (order.servedAt === undefined) {
    return inform("order.service", "unserved", {}, cite, "unknown", [joinPath(path, "servedAt")]);
  }
  const cmp = compareWhen(parseWhen(order.servedAt), parseWhen(order.madeAt ?? order.madeOn));
  if (cmp !== null && cmp < 0) return decide("order.service", "no", "before-made", { servedAt: order.servedAt, made: order.madeAt ?? order.madeOn }, cite);
  return decide("order.service", "yes", "served", { on: parseWhen(order.servedAt).date }, cite);
}

function dischargeRecordFinding(order: Order): Finding | null {
  const on = order.dischargedAt ?? order.dischargedOn;
  if (on === undefined) return null;
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeAt ?? order.madeOn));
  return cmp !== null && cmp < 0
    ? decide("order.discharge-record", "no", "before-made", { on }, [spa(order.kind === "interim" ? "s.5(8)" : "s.4")])
    : null;
}

export { earlierOrderFindings, LISTED_EARLIER_ORDERS, type EarlierOrders, type EarlierOrdersCitations } from "./earlier-orders";

/** The earlier orders of the typed API: the given ones in effect when the order was made. */
function givenEarlierOrders(order: Order, options: AssessOrderOptions): EarlierOrders | undefined {
  const given = options.earlierOrders ?? [];
  if (given.length === 0 || order.kind !== "full") return undefined;
  const made = parseWhen(order.madeAt ?? order.madeOn);
  const live = given.filter((e) => e.kind === "full" && verdictOfFindings(inForceFindings(e, made)) !== "no");
  const judged = options.earlierOrdersCompatible !== undefined ? options.earlierOrdersCompatible : order.compatibleWithEarlierOrders;
  return {
    live,
    more: false,
    notLive: given.length - live.length,
    judged,
    judgementPath: options.earlierOrdersCompatible !== undefined || order.compatibleWithEarlierOrders === undefined ? "earlierOrdersCompatible" : "order.compatibleWithEarlierOrders",
  };
}

/** Reminders of the court's judgements on terms, which the library takes as given (s.2(2)–(4)). */
function termReminders(order: Order): Finding[] {
  const findings: Finding[] = [];
  const national = order.terms.filter((t) => t.locality === undefined).map((t) => t.id);
  if (national.length > 0) {
    findings.push(inform("order.locality", "whole-uk", { terms: national }, [spa(order.kind === "interim" ? "s.5(5)" : "s.2(4)")]));
  }
  if (order.terms.length > 0) {
    findings.push(inform("order.term-judgements", "court", {}, order.kind === "interim" ? [spa("s.5(3)"), spa("s.5(4)")] : [spa("s.2(2)"), spa("s.2(3)")]));
  }
  return findings;
}

/**
 * The findings on an order, for inputs already validated; `path` is where the order is in the input, and
 * `determinationFrom` the full order whose making is taken as the determination of an interim order's main
 * application when none is recorded.
 */
export function orderFindings(order: Order, earlier: EarlierOrders | undefined, path = "order", determinationFrom?: Order): Finding[] {
  if (jurisdictionOf(order.applicantForce) === "northern-ireland") return niOrderFindings(order, earlier, path, determinationFrom);
  const findings: Finding[] = [
    commencementFinding("order.commencement", "order", order.madeOn, order.kind === "interim" ? "s.5(2)" : "s.2(1)"),
    termsFinding(order),
    contentFinding(order),
    order.kind === "interim" ? interimDurationFinding(order) : fullDurationFinding(order),
  ];
  const periods = termPeriodFinding(order);
  if (periods !== null) findings.push(periods);
  findings.push(termIdsFinding(order), serviceFinding(order, path));
  const discharge = dischargeRecordFinding(order);
  if (discharge !== null) findings.push(discharge);
  if (order.kind === "interim") findings.push(...determinationFindings(order, determinationFrom));
  // Only a full order can replace an interim order (the schema enforces it).
  if (replacesInterim(order)) {
    const cite = [spa("s.9(1)(a)")];
    const named = order.replacesInterimOrder;
    findings.push(typeof named === "string" ? inform("order.replaces-interim", "named", { interim: named }, cite) : inform("order.replaces-interim", "unnamed", {}, cite));
  }
  findings.push(...termReminders(order), ...earlierOrderFindings(order, earlier));
  return findings;
}

/**
 * Whether an order is lawful as recorded: made on or after 20 January 2020; at least one prohibition or
 * requirement (s.1(2)); the content s.6 requires; a full order's fixed period at least 2 years beginning with
 * the day made, or until further order (s.3(1)–(2)); an interim order for a fixed period only (s.5(6)(a)); term
 * periods within the order's (s.3(3)); unique term ids; not served before it was made. With `earlierOrders`,
 * terms must not be incompatible with a full order still in force (s.2(6)–(7)) — a judgement the library
 * cannot make, so it lists the terms to compare and stays `unknown` until `earlierOrdersCompatible` (or the
 * order's own `compatibleWithEarlierOrders`) is given. A Northern Ireland order (applied for by the PSNI) is
 * assessed under PfS(NI)A 2022: each term's period at least 2 years beginning with the day made or until further
 * order (s.9), the content of s.12(1), an interim order's fixed period and cessation (s.11), earlier Northern
 * Ireland orders (s.8(5); any other given is an input error), with informative findings on coming into force,
 * service and territorial reach.
 * @example assessOrder({ kind: "full", madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "fixed", lastDay: "2028-03-01" }, terms: [{ id: "T1", type: "prohibition", text: "No contact with V1." }] }).verdict // "yes"
 * @throws SpoInputError for a malformed order (paths start with `order.`)
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 * @see https://www.legislation.gov.uk/nia/2022/17/section/9
 */
export function assessOrder(order: Order, options: AssessOrderOptions = {}): Assessment {
  const parsed = parseInput(OrderSchema, order, "order");
  const opts = parseInput(OptionsSchema, options, "options");
  if (jurisdictionOf(parsed.applicantForce) === "northern-ireland") checkNiEarlierOrders(opts.earlierOrders ?? []);
  return assess(orderFindings(parsed, givenEarlierOrders(parsed, opts)), undefined);
}
