/**
 * Earlier orders (SPA 2019 s.2(6)–(7); PfS(NI)A 2022 s.8(5)): no term of a new full order may be incompatible with a
 * term of a full order the defendant is already subject to, and the earlier order does not end. Compatibility is a
 * judgement: the library lists the terms to compare and stays unknown until it is recorded. Each Act's order module
 * gives the citations.
 */
import { decide, inform, type Finding } from "../core/assessment";
import { spa, type Citation } from "../core/citation";
import { verdictOf } from "../core/verdict";
import type { Order } from "../model/schemas";

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

/** The provisions the earlier-orders findings cite: for those not in effect, and for the compatibility rule. */
export interface EarlierOrdersCitations {
  readonly notLive: readonly Citation[];
  readonly compatible: readonly Citation[];
}

const SPA_EARLIER_CITATIONS: EarlierOrdersCitations = Object.freeze({ notLive: [spa("s.2(6)")], compatible: [spa("s.2(6)"), spa("s.2(7)")] });

/**
 * The findings on the earlier full orders an order must not conflict with (SPA 2019 s.2(6)–(7) by default; the
 * Northern Ireland rules pass their own citations): how many given were not in effect, and the compatibility
 * judgement, `unknown` until it is recorded.
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/2
 */
export function earlierOrderFindings(order: Order, earlier: EarlierOrders | undefined, citations: EarlierOrdersCitations = SPA_EARLIER_CITATIONS): Finding[] {
  if (earlier === undefined || order.kind !== "full") return [];
  const findings: Finding[] = [];
  const { notLive, live } = earlier;
  if (notLive > 0) findings.push(inform("order.earlier-orders", "not-live", { count: notLive }, [...citations.notLive]));
  if (live.length === 0) return findings;
  const listed = live.slice(0, LISTED_EARLIER_ORDERS);
  const params = {
    orders: listed.map((e) => e.id ?? ""),
    terms: listed.map((e) => termSummary(e)),
    more: earlier.more || live.length > LISTED_EARLIER_ORDERS,
  };
  const verdict = verdictOf(earlier.judged);
  const cite = [...citations.compatible];
  findings.push(
    verdict === "unknown"
      ? decide("order.compatible-with-earlier", "unknown", "undecided", params, cite, [earlier.judgementPath])
      : decide("order.compatible-with-earlier", verdict, verdict === "yes" ? "compatible" : "incompatible", params, cite),
  );
  return findings;
}

/** At most this many terms of an earlier order are quoted, each at most this long: the record has the rest. */
const QUOTED_TERMS = 20;
const QUOTED_LENGTH = 200;

/** An earlier order's terms to compare, quoted from the record: "T1: text; T2: text". */
function termSummary(order: Order): string {
  const quoted = order.terms.slice(0, QUOTED_TERMS).map((t) => `${t.id}: ${t.text.length > QUOTED_LENGTH ? `${t.text.slice(0, QUOTED_LENGTH)}…` : t.text}`);
  return quoted.join("; ") + (order.terms.length > QUOTED_TERMS ? "; …" : "");
}

