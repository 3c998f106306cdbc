// Northern Ireland orders as recorded (PfS(NI)A 2022 s.7(1), s.8, s.9, s.12(1), s.14(1)): each rule by example,
// every date rule at the boundary day and the days either side, and the citations of every answer. The interim
// order's own rules (s.11) are in interim.test.ts.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { order as orderArb } from "../../../src/arbitraries";
import type { Finding } from "../../../src/core/assessment";
import { addDays, minimumFixedPeriodLastDay } from "../../../src/core/calendar";
import { evaluateCase } from "../../../src/case";
import { assessOrder } from "../../../src/law/order";
import type { Order } from "../../../src/model/schemas";
import { fullOrder } from "../../support/builders";
import { issuesOf, rule } from "../../support/findings";
import { expectNiCitations, NI_FORCE, niFullOrder, niInterimOrder } from "../../support/ni-builders";

const labels = (f: Finding | undefined) => f?.citations.map((c) => c.label);

describe("a lawful Northern Ireland order", () => {
  it("a full order with two terms for 2 years is lawful, citing only the Northern Ireland Act and rules", () => {
    const a = assessOrder(niFullOrder());
    expect(a.verdict).toBe("yes");
    expectNiCitations(a.findings);
    expect(a.findings.map((f) => f.rule)).not.toContain("court.hearing");
    expect(a.findings.map((f) => f.rule)).not.toContain("order.locality");
  });

  it("an interim order for a short fixed period is lawful", () => {
    const a = assessOrder(niInterimOrder({ duration: { type: "fixed", lastDay: "2026-03-02" } }));
    expect(a.verdict).toBe("yes");
    expectNiCitations(a.findings);
  });
});

describe("commencement (S.R. 2023/174 art.2)", () => {
  it.each([
    ["2023-10-18", "no"],
    ["2023-10-19", "yes"],
    ["2023-10-20", "yes"],
  ] as const)("a full order made %s: %s, citing s.8(2)", (madeOn, verdict) => {
    const f = rule(assessOrder(niFullOrder({ madeOn, duration: { type: "until-further-order" } })), "order.commencement");
    expect(f?.verdict).toBe(verdict);
    expect(labels(f)).toEqual(["S.R. 2023/174 art.2", "PfS(NI)A 2022 s.8(2)"]);
  });

  it.each([
    ["2023-10-18", "no"],
    ["2023-10-19", "yes"],
    ["2023-10-20", "yes"],
  ] as const)("an interim order made %s: %s, citing s.11(3)", (madeOn, verdict) => {
    const f = rule(assessOrder(niInterimOrder({ madeOn, duration: { type: "fixed", lastDay: "2023-12-31" } })), "order.commencement");
    expect(f?.verdict).toBe(verdict);
    expect(labels(f)).toEqual(["S.R. 2023/174 art.2", "PfS(NI)A 2022 s.11(3)"]);
  });
});

describe("terms and content (s.7(1), s.11(1), s.12(1))", () => {
  it("an order with no terms is unlawful (s.7(1); interim s.11(1)), and no period is checked", () => {
    const full = assessOrder(niFullOrder({ terms: [] }));
    expect(full.verdict).toBe("no");
    expect(labels(rule(full, "order.terms"))).toEqual(["PfS(NI)A 2022 s.7(1)"]);
    expect(rule(full, "order.duration")).toMatchObject({ variant: "ni-no-terms", informative: true });
    expect(labels(rule(assessOrder(niInterimOrder({ terms: [] })), "order.terms"))).toEqual(["PfS(NI)A 2022 s.11(1)"]);
  });

  it("a blank term or locality fails the content rule (s.12(1)(b), (c)); a complete order cites s.12(1)", () => {
    const blank = rule(assessOrder(niFullOrder({ terms: [{ id: "T1", type: "prohibition", text: "  " }] })), "order.content");
    expect(blank).toMatchObject({ verdict: "no", variant: "blank-term", citations: [{ label: "PfS(NI)A 2022 s.12(1)(b)" }] });
    const locality = rule(assessOrder(niFullOrder({ terms: [{ id: "T1", type: "prohibition", text: "No entry.", locality: " " }] })), "order.content");
    expect(locality).toMatchObject({ verdict: "no", variant: "blank-locality", citations: [{ label: "PfS(NI)A 2022 s.12(1)(c)" }] });
    expect(rule(assessOrder(niFullOrder()), "order.content")).toMatchObject({ verdict: "yes", variant: "ni-complete", citations: [{ label: "PfS(NI)A 2022 s.12(1)" }] });
  });

  it("term ids must be unique (s.12(1)(b))", () => {
    const t = { id: "T1", type: "prohibition" as const, text: "No contact." };
    const f = rule(assessOrder(niFullOrder({ terms: [t, t] })), "order.term-ids");
    expect(f).toMatchObject({ verdict: "no", params: { ids: ["T1"] }, citations: [{ label: "PfS(NI)A 2022 s.12(1)(b)" }] });
  });
});

describe("each term's period (s.9)", () => {
  const cases = [
    ["2026-03-15", "2028-03-14"],
    ["2026-03-01", "2028-02-29"],
    ["2027-03-01", "2029-02-28"],
    ["2028-02-29", "2030-02-28"],
    ["2028-03-01", "2030-02-28"],
  ] as const;

  it.each(cases)("made %s: a term's own period to %s is lawful, a day less is not (s.9(1)(a)), a day more is", (madeOn, minimum) => {
    expect(minimumFixedPeriodLastDay(madeOn)).toBe(minimum);
    const withTerm = (lastDay: string) =>
      assessOrder(niFullOrder({ madeOn, duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "No contact.", lastDay }] }));
    expect(rule(withTerm(minimum), "order.duration")?.verdict).toBe("yes");
    expect(rule(withTerm(addDays(minimum, 1)), "order.duration")?.verdict).toBe("yes");
    const short = withTerm(addDays(minimum, -1));
    expect(short.verdict).toBe("no");
    expect(rule(short, "order.duration")).toMatchObject({
      variant: "ni-term-short",
      params: { terms: ["T1"], lastDays: [addDays(minimum, -1)], minimum },
      citations: [{ label: "PfS(NI)A 2022 s.9(1)(a)" }],
    });
  });

  it.each(cases)("made %s: the record's duration is the period of each term without its own (minimum %s)", (madeOn, minimum) => {
    const verdict = (lastDay: string) => rule(assessOrder(niFullOrder({ madeOn, duration: { type: "fixed", lastDay } })), "order.duration")?.verdict;
    expect(verdict(addDays(minimum, -1))).toBe("no");
    expect(verdict(minimum)).toBe("yes");
    expect(verdict(addDays(minimum, 1))).toBe("yes");
  });

  it("terms may mix until further order with fixed periods of different lengths (s.9(2))", () => {
    const a = assessOrder(
      niFullOrder({
        duration: { type: "until-further-order" },
        terms: [
          { id: "T1", type: "prohibition", text: "No contact." },
          { id: "T2", type: "requirement", text: "Attend a course.", lastDay: "2028-03-01" },
          { id: "T3", type: "prohibition", text: "No entry.", locality: "Belfast", lastDay: "2031-01-01" },
        ],
      }),
    );
    expect(a.verdict).toBe("yes");
    expect(rule(a, "order.duration")).toMatchObject({
      variant: "ni-terms",
      params: { fixed: ["T2", "T3"], lastDays: ["2028-03-01", "2031-01-01"], untilFurtherOrder: ["T1"], minimum: "2028-03-01" },
      citations: [{ label: "PfS(NI)A 2022 s.9(1)" }, { label: "PfS(NI)A 2022 s.9(2)" }],
    });
  });

  it("a term may run longer than the record's duration: there is no period of the order as such", () => {
    const a = assessOrder(niFullOrder({ terms: [{ id: "T1", type: "prohibition", text: "No contact.", lastDay: "2030-01-01" }] }));
    expect(a.verdict).toBe("yes");
    expect(rule(a, "order.term-periods")).toBeUndefined();
  });

  test.prop([fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 3 })])("a term is short exactly when it ends before the minimum", (offset, terms) => {
    const minimum = minimumFixedPeriodLastDay("2026-03-02");
    const list = Array.from({ length: terms + 1 }, (_, i) => ({ id: `T${i}`, type: "prohibition" as const, text: "No contact.", lastDay: i === 0 ? addDays(minimum, offset) : minimum }));
    expect(assessOrder(niFullOrder({ terms: list })).verdict).toBe(offset < 0 ? "no" : "yes");
  });
});

describe("service and coming into force (S.R. 2023/175 r.4(3); s.14(1))", () => {
  it("service is informative only, whatever the record says", () => {
    for (const servedAt of [undefined, "2026-03-03", "2026-03-01"]) {
      const a = assessOrder(niFullOrder(servedAt === undefined ? {} : { servedAt }));
      const f = rule(a, "order.service");
      expect(f?.informative).toBe(true);
      expect(labels(f)).toEqual(["S.R. 2023/175 r.4(3)", "PfS(NI)A 2022 s.14(1)"]);
      expect(f?.missing).toBeUndefined();
      expect(a.verdict).toBe("yes");
    }
    expect(rule(assessOrder(niFullOrder({ servedAt: "2026-03-01" })), "order.service")).toMatchObject({ variant: "ni-before-made", verdict: "no" });
  });

  it("states the convention: the day made, unless the record gives a later day", () => {
    expect(rule(assessOrder(niFullOrder()), "order.comes-into-force")).toMatchObject({ variant: "ni-made", params: { on: "2026-03-02" }, informative: true });
    expect(rule(assessOrder(niFullOrder({ comesIntoForceOn: "2026-03-02" })), "order.comes-into-force")?.variant).toBe("ni-made");
    const later = rule(assessOrder(niFullOrder({ comesIntoForceOn: "2026-03-03" })), "order.comes-into-force");
    expect(later).toMatchObject({ variant: "ni-later", params: { madeOn: "2026-03-02", on: "2026-03-03" }, citations: [{ label: "PfS(NI)A 2022 s.14(1)" }] });
    expect(later?.reason).toContain("convention");
  });
});

describe("a discharge recorded before the order was made (s.10(2); interim s.11(8))", () => {
  it.each([
    ["2026-03-01", "no"],
    ["2026-03-02", undefined],
    ["2026-03-03", undefined],
  ] as const)("discharged %s: %s", (dischargedOn, verdict) => {
    expect(rule(assessOrder(niFullOrder({ dischargedOn })), "order.discharge-record")?.verdict).toBe(verdict);
  });

  it("cites s.11(8) for an interim order", () => {
    expect(labels(rule(assessOrder(niInterimOrder({ dischargedOn: "2026-03-01" })), "order.discharge-record"))).toEqual(["PfS(NI)A 2022 s.11(8)"]);
  });
});

describe("replacing an interim order, territorial reach and the court's judgements", () => {
  it("a full order replacing an interim order brings no new initial notification (s.14(1)(a))", () => {
    expect(rule(assessOrder(niFullOrder({ replacesInterimOrder: true })), "order.replaces-interim")).toMatchObject({ citations: [{ label: "PfS(NI)A 2022 s.14(1)(a)" }] });
  });

  it("says where each term reaches, and that the facts deciding the reach outside the UK are not in the record (s.8(6), s.11(5))", () => {
    const a = assessOrder(niFullOrder());
    const reach = a.findings.filter((f) => f.rule === "order.territorial-reach");
    expect(reach.map((f) => [f.variant, f.params.terms])).toEqual([
      ["ni-not-limited", ["T1"]],
      ["ni-limited", ["T2"]],
    ]);
    expect(labels(reach[0])).toEqual(["PfS(NI)A 2022 s.8(6)", "PfS(NI)A 2022 s.21"]);
    expect(reach[0]?.reason).toContain("was resident there when the application for the order was made");
    const interim = rule(assessOrder(niInterimOrder()), "order.territorial-reach");
    expect(interim).toMatchObject({ variant: "ni-interim-not-limited", citations: [{ label: "PfS(NI)A 2022 s.11(5)" }, { label: "PfS(NI)A 2022 s.21" }] });
    expect(interim?.reason).toContain("when the main application was made");
  });

  it("reminds of the judgements on terms: s.8(3)–(4) for a full order, s.11(3)–(4) for an interim one", () => {
    expect(labels(rule(assessOrder(niFullOrder()), "order.term-judgements"))).toEqual(["PfS(NI)A 2022 s.8(3)", "PfS(NI)A 2022 s.8(4)"]);
    expect(labels(rule(assessOrder(niInterimOrder()), "order.term-judgements"))).toEqual(["PfS(NI)A 2022 s.11(3)", "PfS(NI)A 2022 s.11(4)"]);
  });
});

describe("earlier orders the defendant is already subject to (s.8(5))", () => {
  const earlier = niFullOrder({ id: "SPO-0", madeOn: "2025-01-06", duration: { type: "until-further-order" } });
  const later = niFullOrder({ madeOn: "2026-03-02" });

  it("lists the earlier full order still in force and stays unknown until compatibility is judged", () => {
    const a = assessOrder(later, { earlierOrders: [earlier] });
    expect(rule(a, "order.compatible-with-earlier")).toMatchObject({ verdict: "unknown", missing: ["earlierOrdersCompatible"], params: { orders: ["SPO-0"] }, citations: [{ label: "PfS(NI)A 2022 s.8(5)" }] });
    expect(rule(a, "order.earlier-orders")).toMatchObject({ variant: "ni-scope", informative: true });
    expect(assessOrder(later, { earlierOrders: [earlier], earlierOrdersCompatible: true }).verdict).toBe("yes");
    expect(assessOrder(later, { earlierOrders: [earlier], earlierOrdersCompatible: false }).verdict).toBe("no");
  });

  it("an interim order or an order no longer in effect is not compared", () => {
    const a = assessOrder(later, { earlierOrders: [niInterimOrder({ madeOn: "2026-02-01", duration: { type: "fixed", lastDay: "2026-05-01" } }), { ...earlier, dischargedOn: "2025-06-01" }] });
    const notLive = a.findings.find((f) => f.rule === "order.earlier-orders" && f.variant === "not-live");
    expect(notLive).toMatchObject({ params: { count: 2 }, citations: [{ label: "PfS(NI)A 2022 s.8(5)" }] });
    expect(rule(a, "order.compatible-with-earlier")).toBeUndefined();
  });

  it("an England and Wales earlier order is an input error: a case is in one jurisdiction", () => {
    expect(issuesOf(() => assessOrder(later, { earlierOrders: [earlier, fullOrder()] })).map((i) => i.path)).toEqual(["options.earlierOrders[1].applicantForce"]);
  });
});

describe("in a case file", () => {
  it("an interim order replaced by a full order is inferred determined by it, and every order cites only the Northern Ireland law", () => {
    const r = evaluateCase({
      asOf: "2026-06-01",
      orders: [
        niInterimOrder({ id: "ISPO-1", madeOn: "2026-03-02" }),
        niFullOrder({ id: "SPO-1", madeOn: "2026-04-20", duration: { type: "fixed", lastDay: "2028-04-19" }, replacesInterimOrder: "ISPO-1" }),
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [interim, full] = r.report.orders;
    expect(rule(interim!.lawful, "order.interim-determination")).toMatchObject({ variant: "ni-inferred", params: { on: "2026-04-20", by: "SPO-1" } });
    expect(interim!.inForce.verdict).toBe("no");
    expect(full!.lawful.verdict).toBe("yes");
    for (const o of r.report.orders) expectNiCitations([...o.lawful.findings, ...o.inForce.findings]);
  });
});

/** Any order the arbitraries make, as a Northern Ireland one. */
const niOrder = orderArb().map((o): Order => ({ ...o, applicantForce: NI_FORCE }));

describe("properties", () => {
  test.prop([niOrder], { numRuns: 300 })("every citation of a Northern Ireland order's assessment is Northern Ireland law", (o) => {
    expectNiCitations(assessOrder(o).findings);
  });

  test.prop([niOrder], { numRuns: 300 })("service never decides a Northern Ireland order", (o) => {
    const { servedAt: _, ...unserved } = o;
    expect(assessOrder(o).verdict).toBe(assessOrder(unserved).verdict);
  });
});
