// The case file's structural cross-checks (contract v2): ids that name nothing, two orders with one id, a
// replacement that cannot be, both `order` and `orders`. Each is an input error with its path; what the law
// forbids but a record can contain is a verdict instead.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/case";
import type { Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";

function issues(file: unknown): { path: string; message: string }[] {
  const r = evaluateCase(file);
  return r.ok ? [] : r.issues;
}

const interim: Order = interimOrder({ id: "ISPO-1", madeOn: "2026-03-02" });
const full: Order = fullOrder({ id: "SPO-1", madeOn: "2026-04-20", replacesInterimOrder: "ISPO-1" });

describe("orders and their ids", () => {
  it("both order and orders: an issue at orders", () => {
    expect(issues({ asOf: "2026-05-01", order: { ...full, replacesInterimOrder: true }, orders: [interim] })).toEqual([{ path: "orders", message: expect.stringContaining("cannot be given with order") }]);
  });

  it("with more than one order every id is required", () => {
    expect(issues({ asOf: "2026-05-01", orders: [{ ...interim, id: undefined }, { ...full, replacesInterimOrder: true }] })).toEqual([
      { path: "orders[0].id", message: "is required when the case has more than one order" },
    ]);
  });

  it("a single order may have no id", () => {
    expect(evaluateCase({ asOf: "2026-05-01", orders: [{ ...full, id: undefined, replacesInterimOrder: true }] }).ok).toBe(true);
  });

  it("two orders with one id", () => {
    const own = { ...full, replacesInterimOrder: true };
    expect(issues({ asOf: "2026-05-01", orders: [own, own] })).toEqual([
      { path: "orders[1].id", message: "is also the id of orders[0]; every order needs its own id" },
    ]);
  });
});

describe("replacesInterimOrder names the interim order it replaces", () => {
  it("an id not in orders", () => {
    expect(issues({ asOf: "2026-05-01", orders: [interim, { ...full, replacesInterimOrder: "ISPO-9" }] }).map((i) => i.path)).toEqual(["orders[1].replacesInterimOrder"]);
  });

  it("under the order shorthand a string cannot name anything", () => {
    expect(issues({ asOf: "2026-05-01", order: full }).map((i) => i.path)).toEqual(["order.replacesInterimOrder"]);
  });

  it("a full order", () => {
    const other = fullOrder({ id: "SPO-0", madeOn: "2026-01-01" });
    expect(issues({ asOf: "2026-05-01", orders: [other, { ...full, replacesInterimOrder: "SPO-0" }] })).toEqual([
      { path: "orders[1].replacesInterimOrder", message: "names orders[0], a full order: only an interim order can be replaced" },
    ]);
  });

  it("a later interim order", () => {
    const later = { ...interim, madeOn: "2026-04-21", duration: { type: "fixed" as const, lastDay: "2026-05-30" } };
    expect(issues({ asOf: "2026-05-01", orders: [later, full] })).toEqual([{ path: "orders[1].replacesInterimOrder", message: "names orders[0], an interim order made after this order" }]);
  });

  it("an interim order made the same day, times unknown, is accepted", () => {
    expect(evaluateCase({ asOf: "2026-05-01", orders: [{ ...interim, madeOn: "2026-04-20" }, full] }).ok).toBe(true);
  });
});

describe("incidents and the discharge name their order", () => {
  const orders = [interim, full];
  it("an orderId not in orders", () => {
    expect(issues({ asOf: "2026-05-01", orders, incidents: [{ type: "false-information", at: "2026-04-01", knewFalse: true, orderId: "SPO-9" }] })).toEqual([
      { path: "incidents[0].orderId", message: "is not the id of an order in orders" },
    ]);
  });

  it("a term breach naming an order that lacks the term, or a term no order has", () => {
    expect(issues({ asOf: "2026-05-01", orders, incidents: [{ type: "term-breached", termId: "T9", at: "2026-04-01", orderId: "ISPO-1" }] })).toEqual([
      { path: "incidents[0].termId", message: "is not the id of a term of orders[0]" },
    ]);
    expect(issues({ asOf: "2026-05-01", orders, incidents: [{ type: "term-breached", termId: "T9", at: "2026-04-01" }] })).toEqual([
      { path: "incidents[0].termId", message: "is not the id of a term of any order" },
    ]);
  });

  it("a term id used twice in an order cannot be named", () => {
    const twice = { ...full, replacesInterimOrder: true, terms: [{ id: "T1", type: "prohibition" as const, text: "a" }, { id: "T1", type: "prohibition" as const, text: "b" }] };
    expect(issues({ asOf: "2026-05-01", orders: [twice], incidents: [{ type: "term-breached", termId: "T1", at: "2026-04-25" }] })[0]?.message).toContain("names more than one term of orders[0]");
  });

  it("a discharge needs orderId when the history has several orders, naming one of them", () => {
    const discharge = { on: "2026-04-25", appliedBy: { role: "defendant" }, consents: {} };
    expect(issues({ asOf: "2026-05-01", orders, discharge })).toEqual([{ path: "discharge.orderId", message: "is required when the case has more than one order" }]);
    expect(issues({ asOf: "2026-05-01", orders, discharge: { ...discharge, orderId: "X" } })).toEqual([{ path: "discharge.orderId", message: "is not the id of an order in orders" }]);
    expect(issues({ asOf: "2026-05-01", orders, discharge: { ...discharge, orderId: "SPO-1", on: "2026-04-19" } })).toEqual([{ path: "discharge.on", message: "is before the order was made (2026-04-20)" }]);
    expect(evaluateCase({ asOf: "2026-05-01", orders, discharge: { ...discharge, orderId: "SPO-1" } }).ok).toBe(true);
  });

  it("a conviction before its incident: the incident's own date, or the case's", () => {
    const breach = { type: "term-breached", termId: "T1", at: "2026-04-25", reasonableExcuse: false };
    expect(issues({ asOf: "2026-05-01", orders, incidents: [{ ...breach, convictedOn: "2026-04-24" }] })).toEqual([{ path: "incidents[0].convictedOn", message: "is before incidents[0] (at 2026-04-25)" }]);
    expect(issues({ asOf: "2026-05-01", orders, convictedOn: "2026-04-24", incidents: [breach] })).toEqual([{ path: "convictedOn", message: "is before incidents[0] (at 2026-04-25)" }]);
    // An incident's own conviction date overrides the case's.
    expect(evaluateCase({ asOf: "2026-05-01", orders, convictedOn: "2026-04-24", incidents: [{ ...breach, convictedOn: "2026-04-30" }] }).ok).toBe(true);
  });
});

describe("as at a date: what comes after asOf is kept and not assessed, never an error", () => {
  it("an incident after asOf keeps its slot: verdict no, value null, one informative finding", () => {
    const r = evaluateCase({ asOf: "2026-05-01", orders: [interim, full], incidents: [{ type: "term-breached", termId: "T1", at: "2026-05-02", reasonableExcuse: false }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.incidents[0]).toMatchObject({ verdict: "no", value: null, findings: [{ rule: "incident.after-as-of", informative: true }] });
    expect(r.report.keyDates.some((k) => k.kind === "incident")).toBe(false);
  });

  it("a record the law forbids is a verdict, not an error: an interim order without a main application, no terms", () => {
    const r = evaluateCase({ asOf: "2026-05-01", orders: [{ ...interim, terms: [] }] });
    expect(r.ok && r.report.orders[0]?.lawful.verdict).toBe("no");
  });
});
