/**
 * Each order of a history as the report gives it: lawful as recorded (with the earlier full orders it must not
 * conflict with, found in the history, s.2(6)–(7), and for an interim order the main application, s.5(1)–(2)),
 * and in force at `asOf`.
 */
import { assess, type Finding } from "../core/assessment";
import { compareWhen, parseWhen } from "../core/calendar";
import { momentOf } from "../core/span";
import type { History, OrderEntry } from "../law/history";
import { inForceFindings } from "../law/in-force";
import { mainApplicationFindings } from "../law/interim";
import { LISTED_EARLIER_ORDERS, orderFindings, type EarlierOrders } from "../law/order";
import type { ApplicationInput, Order } from "../model/schemas";
import type { OrderReport } from "./report";

/** The full orders of the history made before `entry` (or the same day, times unknown) and in effect when it was made. */
function earlierInHistory(history: History, entry: OrderEntry): EarlierOrders | undefined {
  if (entry.order.kind !== "full") return undefined;
  const live: Order[] = [];
  let more = false;
  for (const { item } of history.mayBeInEffect(momentOf(entry.made))) {
    if (item === entry || item.order.kind !== "full" || compareWhen(item.made, entry.made) === 1) continue;
    if (live.length === LISTED_EARLIER_ORDERS) {
      more = true;
      break;
    }
    live.push(item.order);
  }
  if (live.length === 0) return undefined;
  // Listed earliest first, as a reader expects a history.
  live.reverse();
  return { live, more, notLive: 0, judged: entry.order.compatibleWithEarlierOrders, judgementPath: `${entry.path}.compatibleWithEarlierOrders` };
}

/** Every order of the history, reported in the order given. */
export function orderReports(history: History, application: ApplicationInput | undefined, asOf: string): OrderReport[] {
  const at = parseWhen(asOf);
  return history.entries.map((entry) => {
    const { order } = entry;
    const findings: Finding[] = orderFindings(order, earlierInHistory(history, entry), entry.path, entry.determinationFrom?.order);
    findings.push(...mainApplicationFindings(order, application));
    return {
      id: order.id ?? null,
      kind: order.kind,
      lawful: assess(findings, undefined),
      inForce: assess(inForceFindings(order, at, { order: entry.path, at: "asOf" }), undefined),
    };
  });
}
