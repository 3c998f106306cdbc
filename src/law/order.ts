/**
 * The order itself: its terms and content (SPA 2019 s.1(2), s.2, s.6), its duration (s.3), and the rule
 * on earlier orders still in force (s.2(6)–(7)). Whether the order or a term has effect at a moment is in
 * `in-force.ts`; interim orders' own rules are in `interim.ts`.
 */
import { assess, decide, inform, joinPath, verdictOfFindings, type Assessment, type Finding } from "../core/assessment";
import { compareWhen, minimumFixedPeriodLastDay, parseWhen } from "../core/calendar";
import { spa } from "../core/citation";
import { parseInput } from "../core/errors";
import { verdictOf } from "../core/verdict";
import { z } from "zod";
import { OrderSchema, replacesInterim, type Order } from "../model/schemas";
import { commencementFinding } from "./commencement";
import { inForceFindings } from "./in-force";
import { determinationFindings, interimDurationFinding } from "./interim";

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

const OptionsSchema = z.strictObject({
  earlierOrders: z.array(OrderSchema).optional(),
  earlierOrdersCompatible: z.boolean().nullable().optional(),
});

function termsFinding(order: Order): Finding {
  const cite = [spa(order.kind === "interim" ? "s.5(3)" : "s.1(2)")];
  if (order.terms.length === 0) {
    return decide("order.terms", "no", "The order contains no prohibition or requirement, and an order must prohibit or require something.", cite);
  }
  const p = order.terms.filter((t) => t.type === "prohibition").length;
  const r = order.terms.length - p;
  const count = (n: number, what: string) => (n === 0 ? `no ${what}s` : `${n} ${what}${n === 1 ? "" : "s"}`);
  return decide("order.terms", "yes", `The order contains ${count(p, "prohibition")} and ${count(r, "requirement")}.`, cite);
}

function contentFinding(order: Order): Finding {
  const cite = [spa("s.6")];
  const blank = order.terms.filter((t) => t.text.trim() === "").map((t) => t.id);
  const blankLocality = order.terms.filter((t) => t.locality !== undefined && t.locality.trim() === "").map((t) => t.id);
  if (blank.length > 0) {
    return decide("order.content", "no", `Term ${blank.join(", ")} does not say what is prohibited or required, and the order must specify each term.`, cite);
  }
  if (blankLocality.length > 0) {
    return decide("order.content", "no", `Term ${blankLocality.join(", ")} is limited to a locality that is not specified.`, cite);
  }
  return decide(
    "order.content",
    "yes",
    "The order states the date it was made, its duration, and each term with any locality limit or shorter period.",
    cite,
  );
}

function fullDurationFinding(order: Order): Finding {
  if (order.duration.type === "until-further-order") {
    return decide("order.duration", "yes", "The order has effect until a further order.", [spa("s.3(1)(b)")]);
  }
  const minimum = minimumFixedPeriodLastDay(order.madeOn);
  const last = order.duration.lastDay;
  const cite = [spa("s.3(1)(a)"), spa("s.3(2)")];
  return last >= minimum
    ? decide("order.duration", "yes", `The fixed period ends on ${last}; the shortest lawful period, 2 years beginning with the day the order was made, ends on ${minimum}.`, cite)
    : decide(
        "order.duration",
        "no",
        `The fixed period would end on ${last}, before ${minimum}: a fixed period must be at least 2 years beginning with the day the order is made.`,
        cite,
      );
}

function termPeriodFinding(order: Order): Finding | null {
  const own = order.terms.filter((t) => t.lastDay !== undefined);
  if (own.length === 0) return null;
  const cite = [spa("s.3(3)")];
  const orderLast = order.duration.type === "fixed" ? order.duration.lastDay : null;
  const outlasting = orderLast === null ? [] : own.filter((t) => (t.lastDay as string) > orderLast);
  if (outlasting.length > 0) {
    return decide(
      "order.term-periods",
      "no",
      `Term ${outlasting.map((t) => `${t.id} (to ${t.lastDay})`).join(", ")} would outlast the order, which ends on ${orderLast}; a term may be shorter than the order but may not outlast it (convention).`,
      cite,
    );
  }
  const early = own.filter((t) => (t.lastDay as string) < order.madeOn);
  if (early.length > 0) {
    return decide("order.term-periods", "no", `Term ${early.map((t) => t.id).join(", ")} would end before the order was made on ${order.madeOn}.`, cite);
  }
  return decide(
    "order.term-periods",
    "yes",
    `Term ${own.map((t) => `${t.id} (to ${t.lastDay})`).join(", ")} has its own shorter period within the order's; a term's period may be shorter than 2 years but may not outlast the order (convention).`,
    cite,
  );
}

function termIdsFinding(order: Order): Finding {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const t of order.terms) (seen.has(t.id) ? repeated : seen).add(t.id);
  return repeated.size === 0
    ? decide("order.term-ids", "yes", "Each term has its own id, so a breach can name the term breached.", [spa("s.6")])
    : decide("order.term-ids", "no", `Term id ${[...repeated].join(", ")} is used for more than one term, so a breach could not say which term it was.`, [spa("s.6")]);
}

function serviceFinding(order: Order, path: string): Finding {
  const cite = [spa("s.9(1)")];
  if (order.servedAt === undefined) {
    return inform("order.service", "The order is not recorded as served; the initial notification period has not started.", cite, "unknown", [joinPath(path, "servedAt")]);
  }
  const cmp = compareWhen(parseWhen(order.servedAt), parseWhen(order.madeAt ?? order.madeOn));
  if (cmp !== null && cmp < 0) {
    return decide("order.service", "no", `The order is recorded as served (${order.servedAt}) before it was made (${order.madeAt ?? order.madeOn}).`, cite);
  }
  return decide("order.service", "yes", `The order was served on ${parseWhen(order.servedAt).date}, not before it was made.`, cite);
}

function dischargeRecordFinding(order: Order): Finding | null {
  const on = order.dischargedAt ?? order.dischargedOn;
  if (on === undefined) return null;
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeAt ?? order.madeOn));
  return cmp !== null && cmp < 0
    ? decide("order.discharge-record", "no", `The order is recorded as discharged (${on}) before it was made.`, [spa(order.kind === "interim" ? "s.5(8)" : "s.4")])
    : null;
}

/**
 * The earlier full orders an order is checked against (s.2(6)–(7)): those in effect when it was made (`live`,
 * at most a few listed, `more` when there are others), how many given earlier orders were not (`notLive`), the
 * compatibility judgement and where it is recorded.
 */
export interface EarlierOrders {
  live: readonly Order[];
  more: boolean;
  notLive: number;
  judged: boolean | null | undefined;
  judgementPath: string;
}

/** At most this many earlier orders are listed in the compatibility finding. */
export const LISTED_EARLIER_ORDERS = 5;

function earlierOrderFindings(order: Order, earlier: EarlierOrders | undefined): Finding[] {
  if (earlier === undefined || order.kind !== "full") return [];
  const findings: Finding[] = [];
  const { notLive, live } = earlier;
  if (notLive > 0) {
    findings.push(
      inform(
        "order.earlier-orders",
        notLive === 1
          ? "One earlier order was not a full order in force when this order was made, so the compatibility rule does not apply to it."
          : `${notLive} earlier orders were not full orders in force when this order was made, so the compatibility rule does not apply to them.`,
        [spa("s.2(6)")],
      ),
    );
  }
  if (live.length === 0) return findings;
  const list =
    live
      .slice(0, LISTED_EARLIER_ORDERS)
      .map((e, i) => `${e.id ?? `earlier order ${i + 1}`} (${e.terms.map((t) => `${t.id}: ${t.text}`).join("; ") || "no terms"})`)
      .join("; ") + (earlier.more || live.length > LISTED_EARLIER_ORDERS ? "; and others" : "");
  const verdict = verdictOf(earlier.judged);
  const cite = [spa("s.2(6)"), spa("s.2(7)")];
  const tail = "The earlier order does not end: both orders have effect together.";
  findings.push(
    verdict === "unknown"
      ? decide(
          "order.compatible-with-earlier",
          "unknown",
          `The defendant is already subject to a full order still in force; no term of this order may be incompatible with its terms, which the library cannot judge: compare ${list}. ${tail}`,
          cite,
          [earlier.judgementPath],
        )
      : decide(
          "order.compatible-with-earlier",
          verdict,
          verdict === "yes"
            ? `The terms are recorded as compatible with the earlier full order still in force (${list}). ${tail}`
            : `The terms are recorded as incompatible with the earlier full order still in force (${list}).`,
          cite,
        ),
  );
  return findings;
}

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
    findings.push(
      inform(
        "order.locality",
        `Term ${national.join(", ")} is not limited to a locality, so it has effect throughout the United Kingdom.`,
        [spa(order.kind === "interim" ? "s.5(5)" : "s.2(4)")],
      ),
    );
  }
  if (order.terms.length > 0) {
    findings.push(
      inform(
        "order.term-judgements",
        "Each term must be necessary to protect the person from a risk associated with stalking, and should so far as practicable avoid the defendant's religious beliefs and normal work or education times; these are judgements for the court.",
        order.kind === "interim" ? [spa("s.5(3)"), spa("s.5(4)")] : [spa("s.2(2)"), spa("s.2(3)")],
      ),
    );
  }
  return findings;
}

/**
 * The findings on an order, for inputs already validated; `path` is where the order is in the input, and
 * `determinationFrom` the full order whose making is taken as the determination of an interim order's main
 * application when none is recorded.
 */
export function orderFindings(order: Order, earlier: EarlierOrders | undefined, path = "order", determinationFrom?: Order): Finding[] {
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
    const which = typeof order.replacesInterimOrder === "string" ? `interim order ${order.replacesInterimOrder}` : "an interim order";
    findings.push(inform("order.replaces-interim", `This full order replaces ${which}, so no new initial notification is required.`, [spa("s.9(1)(a)")]));
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
 * order's own `compatibleWithEarlierOrders`) is given.
 * @example assessOrder({ kind: "full", madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "fixed", lastDay: "2028-03-01" }, terms: [{ id: "T1", type: "prohibition", text: "No contact with V1." }] }).verdict // "yes"
 * @throws SpoInputError for a malformed order (paths start with `order.`)
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 */
export function assessOrder(order: Order, options: AssessOrderOptions = {}): Assessment {
  const parsed = parseInput(OrderSchema, order, "order");
  const opts = parseInput(OptionsSchema, options, "options");
  return assess(orderFindings(parsed, givenEarlierOrders(parsed, opts)), undefined);
}
