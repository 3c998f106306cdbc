// The params naming an order in a finding: kind, id ("" without one), then the finding's own params, in that order.
import { describe, expect, it } from "vitest";
import { orderParams } from "../../src/law/order-params";
import type { Order } from "../../src/model/schemas";

const order = { id: "SPO-1", kind: "interim", madeOn: "2026-01-05", applicantForce: "kent", duration: { type: "fixed", lastDay: "2026-03-01" }, terms: [] } as unknown as Order;

describe("orderParams", () => {
  it("names the order first, then the finding's params", () => {
    const p = orderParams(order, { on: "2026-01-05", at: "2026-01-06" });
    expect(Object.keys(p)).toEqual(["kind", "id", "on", "at"]);
    expect(p).toEqual({ kind: "interim", id: "SPO-1", on: "2026-01-05", at: "2026-01-06" });
  });

  it("gives an empty id for an order recorded without one", () => {
    const { id: _, ...withoutId } = order;
    expect(orderParams(withoutId as Order, {})).toEqual({ kind: "interim", id: "" });
  });
});
