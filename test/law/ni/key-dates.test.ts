// The key dates of Northern Ireland orders, and the day fingerprints and photographs must be destroyed by
// (PfS(NI)A 2022 s.9, s.10(3)(b), s.11(6)–(10), s.15(5)–(6)).
import { describe, expect, it } from "vitest";
import { History } from "../../../src/law/history";
import { identificationDestructionDue, niOrderKeyDates } from "../../../src/law/ni/key-dates";
import type { Order } from "../../../src/model/schemas";
import { niFullOrder } from "../../support/ni-builders";

/** A full order made on 2026-03-02 for 2 years, with one term. */
const full = (overrides: Partial<Order> = {}): Order => niFullOrder({ id: "SPO-NI-1", terms: [{ id: "T1", type: "prohibition", text: "No contact with V1." }], ...overrides });

function interim(overrides: Partial<Order> = {}): Order {
  return { ...full({ id: "ISPO-NI-1", kind: "interim", duration: { type: "fixed", lastDay: "2026-06-30" } }), ...overrides };
}

const history = (...orders: Order[]) => new History(orders.map((order, i) => ({ order, path: `orders[${i}]` })));
const dates = (o: Order) => niOrderKeyDates(o).map((k) => [k.kind, k.date, k.citation.label]);

describe("niOrderKeyDates", () => {
  it("a full order: made, the discharge lock, each term's own end and the order's end — the latest term", () => {
    const o = full({
      servedAt: "2026-03-03T10:00:00Z",
      duration: { type: "until-further-order" },
      terms: [
        { id: "T1", type: "prohibition", text: "x", lastDay: "2028-03-01" },
        { id: "T2", type: "requirement", text: "y", lastDay: "2029-06-30" },
      ],
    });
    expect(dates(o)).toEqual([
      ["order-made", "2026-03-02", "PfS(NI)A 2022 s.8(2)"],
      ["order-served", "2026-03-03", "S.R. 2023/175 r.4(3)"],
      ["discharge-lock-ends", "2028-03-01", "PfS(NI)A 2022 s.10(3)(b)"],
      ["term-ends", "2028-03-01", "PfS(NI)A 2022 s.9(1)(a)"],
      ["term-ends", "2029-06-30", "PfS(NI)A 2022 s.9(1)(a)"],
      ["order-ends", "2029-06-30", "PfS(NI)A 2022 s.9(1)(a)"],
    ]);
  });

  it("a term until further order means the order has no end date", () => {
    const o = full({ duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2028-03-01" }, { id: "T2", type: "prohibition", text: "y" }] });
    expect(dates(o).map(([kind]) => kind)).not.toContain("order-ends");
  });

  it.each([
    ["2028-02-29", "2030-02-28"],
    ["2026-03-02", "2028-03-01"],
  ])("made on %s: the discharge lock's last day is %s (2 years beginning with the day made)", (madeOn, lock) => {
    expect(niOrderKeyDates(full({ madeOn, duration: { type: "until-further-order" } })).find((k) => k.kind === "discharge-lock-ends")?.date).toBe(lock);
  });

  it("an interim order: its fixed period (s.11(6)), and its cessation on an order made on the main application or its withdrawal (s.11(9))", () => {
    expect(dates(interim({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-05-01" }))).toEqual([
      ["order-made", "2026-03-02", "PfS(NI)A 2022 s.11(3)"],
      ["interim-ceases", "2026-05-01", "PfS(NI)A 2022 s.11(9)"],
    ]);
    expect(dates(interim())).toEqual([
      ["order-made", "2026-03-02", "PfS(NI)A 2022 s.11(3)"],
      ["order-ends", "2026-06-30", "PfS(NI)A 2022 s.11(6)"],
    ]);
  });

  it("after a dismissal the interim ceases on appealConditionsMetOn (s.11(10)); its fixed end after that no longer arises", () => {
    expect(dates(interim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01", appealConditionsMetOn: "2026-04-22" }))).toEqual([
      ["order-made", "2026-03-02", "PfS(NI)A 2022 s.11(3)"],
      ["interim-ceases", "2026-04-22", "PfS(NI)A 2022 s.11(10)"],
    ]);
    // Dismissed, no day recorded: when it ceased is not known, so only its fixed end is given.
    expect(dates(interim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" })).map(([kind]) => kind)).toEqual(["order-made", "order-ends"]);
  });

  it("a discharge ends the deadlines after it (s.10(2))", () => {
    expect(dates(full({ dischargedOn: "2027-01-10" }))).toEqual([
      ["order-made", "2026-03-02", "PfS(NI)A 2022 s.8(2)"],
      ["order-discharged", "2027-01-10", "PfS(NI)A 2022 s.10(2)"],
    ]);
  });
});

describe("identificationDestructionDue (s.15(5)–(6))", () => {
  it("no later than the last day the person is subject to the order; nothing to destroy if the person never notified", () => {
    expect(identificationDestructionDue(history(full()), true)).toEqual({ date: "2028-03-01", citation: expect.objectContaining({ label: "PfS(NI)A 2022 s.15(5)" }) });
    expect(identificationDestructionDue(history(full()), false)).toBeNull();
  });

  it("a discharge: the day of the discharge; an order until further order: no day can be given", () => {
    expect(identificationDestructionDue(history(full({ dischargedOn: "2027-01-10" })), true)?.date).toBe("2027-01-10");
    expect(identificationDestructionDue(history(full({ duration: { type: "until-further-order" } })), true)).toBeNull();
  });

  it("an interim order not replaced: the day it ceased; replaced by an order: that order's end (the last order to end)", () => {
    const i = interim({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-05-01" });
    expect(identificationDestructionDue(history(i), true)?.date).toBe("2026-05-01");
    const replaced = interim({ id: "ISPO-NI-1" });
    const spo = full({ id: "SPO-NI-1", madeOn: "2026-05-01", replacesInterimOrder: "ISPO-NI-1", duration: { type: "fixed", lastDay: "2028-04-30" } });
    expect(identificationDestructionDue(history(replaced, spo), true)?.date).toBe("2028-04-30");
  });

  it("an interim order dismissed with no day an appeal stopped being possible: no day can be given", () => {
    expect(identificationDestructionDue(history(interim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" })), true)).toBeNull();
    expect(identificationDestructionDue(history(interim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01", appealConditionsMetOn: "2026-04-22" })), true)?.date).toBe("2026-04-22");
  });
});
