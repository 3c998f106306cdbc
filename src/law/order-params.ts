/**
 * The params every finding about one order carries, whichever Act: its kind and id ("" for an order recorded
 * without one), so a message can name "the interim order SPO-1" (SPA 2019 s.2, s.5; PfS(NI)A 2022 s.7, s.11).
 */
import type { Order } from "../model/schemas";

/** The order's `kind` and `id`, followed by `extra` (built directly: see `src/core/objects.ts` on spreads). */
export function orderParams<B extends object>(order: Order, extra: B): { kind: Order["kind"]; id: string } & B {
  return Object.assign({ kind: order.kind, id: order.id ?? "" }, extra);
}
