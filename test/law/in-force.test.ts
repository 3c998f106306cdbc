import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { orderInForce, termInForce } from "../../src/law/in-force";
import type { Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";

describe("orderInForce: from when made to the end of the last day", () => {
  const order = fullOrder({ madeOn: "2026-03-02", duration: { type: "fixed", lastDay: "2028-03-01" } });

  it.each([
    ["2026-03-01", "no"],
    ["2026-03-01T23:59:59Z", "no"],
    ["2026-03-02", "unknown"],
    ["2026-03-03", "yes"],
    ["2028-02-29", "yes"],
    ["2028-03-01", "yes"],
    ["2028-03-01T23:59:59Z", "yes"],
    ["2028-03-02T00:00:00Z", "no"],
    ["2028-03-02", "no"],
  ])("at %s: %s", (at, verdict) => {
    expect(orderInForce(order, at).verdict).toBe(verdict);
  });

  it("on the day made, the times settle it; without them the finding names them", () => {
    expect(orderInForce(order, "2026-03-02").findings[0]).toMatchObject({ verdict: "unknown", missing: ["order.madeAt", "at"] });
    const timed = { ...order, madeAt: "2026-03-02T11:00:00Z" };
    expect(orderInForce(timed, "2026-03-02T10:59:59Z").verdict).toBe("no");
    expect(orderInForce(timed, "2026-03-02T11:00:00Z").verdict).toBe("yes");
    expect(orderInForce(timed, "2026-03-02").findings[0]?.missing).toEqual(["at"]);
  });

  it("ends at London midnight in summer (BST): 23:30 UTC on the last day is already the next day", () => {
    const summer = fullOrder({ madeOn: "2026-07-01", duration: { type: "fixed", lastDay: "2028-06-30" } });
    expect(orderInForce(summer, "2028-06-30T22:59:59Z").verdict).toBe("yes");
    expect(orderInForce(summer, "2028-06-30T23:00:00Z").verdict).toBe("no");
    expect(orderInForce(summer, "2028-06-30T23:30:00Z").verdict).toBe("no");
    expect(orderInForce(summer, "2028-07-01T00:30:00+01:00").verdict).toBe("no");
    expect(orderInForce(summer, "2026-06-30T23:30:00Z").verdict).toBe("unknown");
    expect(orderInForce(summer, "2026-06-30T22:59:00Z").verdict).toBe("no");
  });

  it("ends at London midnight in winter (GMT): 23:30 UTC is still the last day", () => {
    const winter = fullOrder({ madeOn: "2026-12-01", duration: { type: "fixed", lastDay: "2028-11-30" } });
    expect(orderInForce(winter, "2028-11-30T23:30:00Z").verdict).toBe("yes");
    expect(orderInForce(winter, "2028-11-30T23:59:59.999Z").verdict).toBe("yes");
    expect(orderInForce(winter, "2028-12-01T00:00:00Z").verdict).toBe("no");
  });

  it("until further order has no last day", () => {
    expect(orderInForce(fullOrder({ duration: { type: "until-further-order" } }), "2040-01-01").verdict).toBe("yes");
  });

  it("stops at discharge, with the same-day rule", () => {
    const discharged = { ...order, dischargedOn: "2027-05-10" };
    expect(orderInForce(discharged, "2027-05-09").verdict).toBe("yes");
    expect(orderInForce(discharged, "2027-05-10").verdict).toBe("unknown");
    expect(orderInForce(discharged, "2027-05-11").verdict).toBe("no");
    const timed = { ...order, dischargedOn: "2027-05-10", dischargedAt: "2027-05-10T14:00:00+01:00" };
    expect(orderInForce(timed, "2027-05-10T12:59:00Z").verdict).toBe("yes");
    expect(orderInForce(timed, "2027-05-10T13:00:00Z").verdict).toBe("no");
  });
});

describe("interim orders cease on determination (s.5(6)(b))", () => {
  const interim = interimOrder({ madeOn: "2026-03-02", duration: { type: "fixed", lastDay: "2026-04-30" }, mainApplicationDeterminedOn: "2026-04-10" });

  it("in force before determination, unknown on the day, not after", () => {
    expect(orderInForce(interim, "2026-04-09").verdict).toBe("yes");
    expect(orderInForce(interim, "2026-04-10").verdict).toBe("unknown");
    expect(orderInForce(interim, "2026-04-10").findings.find((f) => f.rule === "in-force.determination")?.missing).toEqual([
      "order.mainApplicationDeterminedAt",
      "at",
    ]);
    expect(orderInForce(interim, "2026-04-11").verdict).toBe("no");
  });

  it("the determination time settles the day", () => {
    const timed = { ...interim, mainApplicationDeterminedAt: "2026-04-10T11:00:00+01:00" };
    expect(orderInForce(timed, "2026-04-10T09:59:00Z").verdict).toBe("yes");
    expect(orderInForce(timed, "2026-04-10T10:00:00Z").verdict).toBe("no");
  });

  it("ends at the end of its fixed period even if undetermined", () => {
    const undetermined = interimOrder({ madeOn: "2026-03-02", duration: { type: "fixed", lastDay: "2026-04-30" } });
    expect(orderInForce(undetermined, "2026-04-30").verdict).toBe("yes");
    expect(orderInForce(undetermined, "2026-05-01").verdict).toBe("no");
  });
});

describe("termInForce", () => {
  const order = fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2026-09-01" }, { id: "T2", type: "prohibition", text: "y" }] });

  it("stops at the term's own last day", () => {
    expect(termInForce(order, "T1", "2026-09-01").verdict).toBe("yes");
    expect(termInForce(order, "T1", "2026-09-02").verdict).toBe("no");
    expect(termInForce(order, "T2", "2026-09-02").verdict).toBe("yes");
  });

  it("an unknown term id is an input error", () => {
    expect(() => termInForce(order, "T9", "2026-09-02")).toThrow(/termId: is not the id of a term/);
    const dup = { ...order, terms: [order.terms[1]!, order.terms[1]!] };
    expect(() => termInForce(dup, "T2", "2026-09-02")).toThrow(/termId: names more than one term/);
  });

  it("validates at", () => {
    expect(() => termInForce(order, "T1", "2026-02-30")).toThrow(/^Invalid input: at:/);
  });
});

describe("properties", () => {
  const orderArb = fc
    .record({
      start: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 0, max: 2000 }),
      kind: fc.constantFrom("full" as const, "interim" as const),
      termLength: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: undefined }),
    })
    .map(({ start, length, kind, termLength }): Order => {
      const madeOn = addDays("2020-01-20", start);
      const base = kind === "full" ? fullOrder() : interimOrder();
      return {
        ...base,
        madeOn,
        duration: { type: "fixed", lastDay: addDays(madeOn, length) },
        terms: [{ id: "T1", type: "prohibition", text: "x", ...(termLength === undefined ? {} : { lastDay: addDays(madeOn, termLength) }) }],
      };
    });
  const offset = fc.integer({ min: -400, max: 3000 });

  test.prop([orderArb, offset])("no before the day made and after the last day", (order, days) => {
    const at = addDays(order.madeOn, days);
    const last = order.duration.type === "fixed" ? order.duration.lastDay : "9999-12-31";
    const v = orderInForce(order, at).verdict;
    if (at < order.madeOn || at > last) expect(v).toBe("no");
    else if (at === order.madeOn) expect(v).toBe("unknown");
    else expect(v).toBe("yes");
  });

  test.prop([orderArb, offset, fc.integer({ min: 0, max: 86_399 })])("termInForce implies orderInForce", (order, days, seconds) => {
    const at = `${addDays(order.madeOn, days)}T${String(Math.floor(seconds / 3600)).padStart(2, "0")}:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:00Z`;
    const term = termInForce(order, "T1", at).verdict;
    const whole = orderInForce(order, at).verdict;
    if (term === "yes") expect(whole).toBe("yes");
    if (whole === "no") expect(term).toBe("no");
  });
});
