import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { SpoInputError } from "../../src/core/errors";
import { assessOrder, minimumFixedPeriodLastDay } from "../../src/law/order";
import type { Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";
import { rule } from "../support/findings";


describe("duration of a full order (s.3(1)–(2))", () => {
  const cases = [
    ["2026-03-15", "2028-03-14"],
    ["2026-02-28", "2028-02-27"],
    ["2026-03-01", "2028-02-29"],
    ["2027-02-28", "2029-02-27"],
    ["2027-03-01", "2029-02-28"],
    ["2028-02-28", "2030-02-27"],
    ["2028-02-29", "2030-02-28"],
    ["2028-03-01", "2030-02-28"],
  ] as const;

  it.each(cases)("made %s: the minimum last day is %s; a day less is unlawful, a day more is lawful", (madeOn, minimum) => {
    expect(minimumFixedPeriodLastDay(madeOn)).toBe(minimum);
    const verdict = (lastDay: string) => rule(assessOrder(fullOrder({ madeOn, duration: { type: "fixed", lastDay } })), "order.duration")?.verdict;
    expect(verdict(minimum)).toBe("yes");
    expect(verdict(addDays(minimum, -1))).toBe("no");
    expect(verdict(addDays(minimum, 1))).toBe("yes");
  });

  it("cites s.3(1)(a) and s.3(2), and says why a short period fails", () => {
    const f = rule(assessOrder(fullOrder({ duration: { type: "fixed", lastDay: "2028-02-29" } })), "order.duration");
    expect(f?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.3(1)(a)", "SPA 2019 s.3(2)"]);
    expect(f?.reason).toContain("at least 2 years beginning with the day the order is made");
  });

  it("until a further order is lawful for a full order", () => {
    expect(rule(assessOrder(fullOrder({ duration: { type: "until-further-order" } })), "order.duration")).toMatchObject({
      verdict: "yes",
      citations: [{ label: "SPA 2019 s.3(1)(b)" }],
    });
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })])(
    "a longer fixed period never makes a lawful order unlawful",
    (a, b) => {
      const [short, long] = a <= b ? [a, b] : [b, a];
      const at = (days: number) => assessOrder(fullOrder({ duration: { type: "fixed", lastDay: addDays("2026-03-02", days) } })).verdict;
      if (at(short) === "yes") expect(at(long)).toBe("yes");
    },
  );
});

describe("interim orders (s.5(6))", () => {
  it("have a fixed period with no minimum", () => {
    expect(assessOrder(interimOrder({ duration: { type: "fixed", lastDay: "2026-03-02" } })).verdict).toBe("yes");
  });

  it("may not run until further order", () => {
    const a = assessOrder(interimOrder({ duration: { type: "until-further-order" } }));
    expect(a.verdict).toBe("no");
    expect(rule(a, "order.duration")?.citations[0]?.label).toBe("SPA 2019 s.5(6)(a)");
  });

  it("may not end before they are made, nor be determined before they are made", () => {
    expect(assessOrder(interimOrder({ duration: { type: "fixed", lastDay: "2026-03-01" } })).verdict).toBe("no");
    expect(rule(assessOrder(interimOrder({ mainApplicationDeterminedOn: "2026-03-01" })), "order.interim-determination")?.verdict).toBe("no");
    expect(rule(assessOrder(interimOrder({ mainApplicationDeterminedOn: "2026-04-01" })), "order.interim-determination")?.informative).toBe(true);
  });

  it("only a full order can replace an interim order", () => {
    expect(() => assessOrder(interimOrder({ replacesInterimOrder: true }))).toThrow(/order.replacesInterimOrder/);
    expect(() => assessOrder(fullOrder({ mainApplicationDeterminedOn: "2026-04-01" }))).toThrow(/order.mainApplicationDeterminedOn/);
  });
});

describe("terms and content (s.1(2), s.3(3), s.6)", () => {
  it("an order with no terms is unlawful, not an input error", () => {
    const a = assessOrder(fullOrder({ terms: [] }));
    expect(a.verdict).toBe("no");
    expect(rule(a, "order.terms")).toMatchObject({ verdict: "no", citations: [{ label: "SPA 2019 s.1(2)" }] });
  });

  it("a term without text fails s.6", () => {
    const a = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "  " }] }));
    expect(rule(a, "order.content")).toMatchObject({ verdict: "no", citations: [{ label: "SPA 2019 s.6" }] });
  });

  it.each([
    ["2028-03-01", "yes"],
    ["2028-03-02", "no"],
    ["2026-09-01", "yes"],
    ["2026-03-01", "no"],
  ])("a term ending %s within an order ending 2028-03-01: %s", (lastDay, verdict) => {
    const a = assessOrder(fullOrder({ terms: [{ id: "T1", type: "requirement", text: "Attend a course.", lastDay }] }));
    expect(rule(a, "order.term-periods")?.verdict).toBe(verdict);
    expect(rule(a, "order.term-periods")?.reason).toMatch(/convention|before the order was made/);
  });

  it("a term may have its own period under an order until further order", () => {
    const a = assessOrder(fullOrder({ duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2027-01-01" }] }));
    expect(rule(a, "order.term-periods")?.verdict).toBe("yes");
  });

  it("term ids must be unique", () => {
    const a = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "a" }, { id: "T1", type: "requirement", text: "b" }] }));
    expect(rule(a, "order.term-ids")?.verdict).toBe("no");
  });

  it("notes the UK-wide effect of terms without a locality", () => {
    expect(rule(assessOrder(fullOrder()), "order.locality")?.reason).toContain("Term T1 is not limited to a locality");
  });
});

describe("commencement, service and records", () => {
  it.each([
    ["2020-01-19", "no"],
    ["2020-01-20", "yes"],
  ])("an order made %s: %s", (madeOn, verdict) => {
    const a = assessOrder(fullOrder({ madeOn, duration: { type: "until-further-order" } }));
    expect(rule(a, "order.commencement")?.verdict).toBe(verdict);
    expect(a.verdict).toBe(verdict);
  });

  it("served before it was made is a no; same day without times is fine", () => {
    expect(rule(assessOrder(fullOrder({ servedAt: "2026-03-01T12:00:00Z" })), "order.service")?.verdict).toBe("no");
    expect(rule(assessOrder(fullOrder({ madeAt: "2026-03-02T15:00:00Z", servedAt: "2026-03-02T14:00:00Z" })), "order.service")?.verdict).toBe("no");
    expect(rule(assessOrder(fullOrder({ servedAt: "2026-03-02T09:00:00Z" })), "order.service")?.verdict).toBe("yes");
    expect(rule(assessOrder(fullOrder()), "order.service")).toMatchObject({ informative: true, missing: ["order.servedAt"] });
  });

  it("a time that contradicts its date is an input error", () => {
    expect(() => assessOrder(fullOrder({ madeAt: "2026-03-03T10:00:00Z" }))).toThrow(/order.madeAt: falls on 2026-03-03/);
    // 23:30 UTC on 1 July is 2 July in London
    expect(() => assessOrder(fullOrder({ madeOn: "2026-07-01", madeAt: "2026-07-01T23:30:00Z", duration: { type: "until-further-order" } }))).toThrow(SpoInputError);
  });

  it("discharged before it was made is a no", () => {
    expect(rule(assessOrder(fullOrder({ dischargedOn: "2026-03-01" })), "order.discharge-record")?.verdict).toBe("no");
  });
});

describe("earlier orders still in force (s.2(6)–(7))", () => {
  const earlier: Order = fullOrder({ id: "SPO-0", madeOn: "2025-01-10", duration: { type: "fixed", lastDay: "2027-01-09" }, terms: [{ id: "E1", type: "prohibition", text: "Must not enter Ashford." }] });

  it("lists the earlier terms to compare and stays unknown until compatibility is judged", () => {
    const a = assessOrder(fullOrder(), { earlierOrders: [earlier] });
    const f = rule(a, "order.compatible-with-earlier");
    expect(f).toMatchObject({ verdict: "unknown", missing: ["earlierOrdersCompatible"] });
    expect(f?.reason).toContain("SPO-0 (E1: Must not enter Ashford.)");
    expect(f?.reason).toContain("The earlier order does not end");
    expect(a.verdict).toBe("unknown");
    expect(assessOrder(fullOrder(), { earlierOrders: [earlier], earlierOrdersCompatible: true }).verdict).toBe("yes");
    expect(assessOrder(fullOrder(), { earlierOrders: [earlier], earlierOrdersCompatible: false }).verdict).toBe("no");
  });

  it("ignores earlier orders no longer in force, and interim ones", () => {
    const ended = { ...earlier, duration: { type: "fixed" as const, lastDay: "2026-03-01" } };
    const a = assessOrder(fullOrder(), { earlierOrders: [ended, interimOrder({ madeOn: "2026-02-01" })] });
    expect(rule(a, "order.compatible-with-earlier")).toBeUndefined();
    expect(rule(a, "order.earlier-orders")?.informative).toBe(true);
    expect(a.verdict).toBe("yes");
  });

  it("an earlier order ending on the day this one is made is still in force that day", () => {
    const endsToday = { ...earlier, duration: { type: "fixed" as const, lastDay: "2026-03-02" } };
    expect(rule(assessOrder(fullOrder(), { earlierOrders: [endsToday] }), "order.compatible-with-earlier")?.verdict).toBe("unknown");
  });

  it("validates the earlier orders", () => {
    expect(() => assessOrder(fullOrder(), { earlierOrders: [{ ...earlier, madeOn: "2025-02-30" }] })).toThrow(/options.earlierOrders\[0\].madeOn/);
  });
});
