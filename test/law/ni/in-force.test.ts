// Whether a Northern Ireland order or term has effect at a moment (PfS(NI)A 2022 s.9, s.10(2), s.11(6), (8)–(10),
// s.14(1) convention): each rule at its boundary day and the days either side. The History spans agree with these
// answers (test/law/history.test.ts).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { order as orderArb, localDate } from "../../../src/arbitraries";
import { addDays } from "../../../src/core/calendar";
import { orderInForce, termInForce } from "../../../src/law/in-force";
import type { Order } from "../../../src/model/schemas";
import { rule } from "../../support/findings";
import { expectNiCitations, NI_FORCE, niFullOrder, niInterimOrder } from "../../support/ni-builders";

const verdict = (o: Order, at: string) => orderInForce(o, at).verdict;

describe("from coming into force (s.14(1): the day made unless the record gives a later day)", () => {
  const o = niFullOrder({ madeOn: "2026-03-02" });

  it.each([
    ["2026-03-01", "no", "ni-before"],
    ["2026-03-02", "unknown", "ni-same-day"],
    ["2026-03-03", "yes", "ni-after"],
  ] as const)("made 2026-03-02, at %s: %s", (at, v, variant) => {
    const a = orderInForce(o, at);
    expect(a.verdict).toBe(v);
    expect(rule(a, "in-force.made")).toMatchObject({ variant, citations: [{ label: "PfS(NI)A 2022 s.8(2)" }, { label: "PfS(NI)A 2022 s.14(1)" }] });
  });

  it("on the day made, both times settle it, and the missing ones are named", () => {
    expect(rule(orderInForce(o, "2026-03-02"), "in-force.made")?.missing).toEqual(["order.madeAt", "at"]);
    const timed = niFullOrder({ madeOn: "2026-03-02", madeAt: "2026-03-02T10:00:00Z" });
    expect(verdict(timed, "2026-03-02T09:59:59Z")).toBe("no");
    expect(verdict(timed, "2026-03-02T10:00:00Z")).toBe("yes");
    expect(rule(orderInForce(timed, "2026-03-02"), "in-force.made")?.missing).toEqual(["at"]);
  });

  it.each([
    ["2026-03-04", "no", "ni-not-yet"],
    ["2026-03-05", "yes", "ni-came-into-force"],
    ["2026-03-06", "yes", "ni-came-into-force"],
  ] as const)("recorded as coming into force on 2026-03-05, at %s: %s (from the start of that day)", (at, v, variant) => {
    const later = niFullOrder({ madeOn: "2026-03-02", comesIntoForceOn: "2026-03-05" });
    expect(verdict(later, at)).toBe(v);
    expect(rule(orderInForce(later, at), "in-force.made")?.variant).toBe(variant);
  });

  it("the first instant of the day it comes into force is in force, the last of the day before is not", () => {
    const later = niFullOrder({ madeOn: "2026-03-02", comesIntoForceOn: "2026-03-05" });
    expect(verdict(later, "2026-03-05T00:00:00Z")).toBe("yes");
    expect(verdict(later, "2026-03-04T23:59:59Z")).toBe("no");
    // In summer London is an hour ahead: midnight in London is 23:00 the day before in UTC.
    const summer = niFullOrder({ madeOn: "2026-07-01", duration: { type: "fixed", lastDay: "2028-06-30" }, comesIntoForceOn: "2026-07-05" });
    expect(verdict(summer, "2026-07-04T23:00:00Z")).toBe("yes");
    expect(verdict(summer, "2026-07-04T22:59:59Z")).toBe("no");
  });
});

describe("while any term has effect (s.9)", () => {
  const o = niFullOrder({
    madeOn: "2026-03-02",
    duration: { type: "fixed", lastDay: "2028-03-01" },
    terms: [
      { id: "T1", type: "prohibition", text: "No contact." },
      { id: "T2", type: "prohibition", text: "No entry.", locality: "Belfast", lastDay: "2030-06-30" },
    ],
  });

  it.each([
    ["2030-06-29", "yes"],
    ["2030-06-30", "yes"],
    ["2030-07-01", "no"],
  ] as const)("the last-ending term ends 2030-06-30: at %s the order is %s", (at, v) => {
    expect(verdict(o, at)).toBe(v);
    expect(rule(orderInForce(o, at), "in-force.period")).toMatchObject({
      variant: v === "yes" ? "ni-within" : "ni-after",
      params: { lastDay: "2030-06-30" },
      citations: [{ label: "PfS(NI)A 2022 s.9(1)(a)" }, { label: "PfS(NI)A 2022 s.9(2)" }],
    });
  });

  it.each([
    ["2028-02-29", "yes"],
    ["2028-03-01", "yes"],
    ["2028-03-02", "no"],
  ] as const)("a term without its own period has the record's duration: T1 at %s is %s, while T2 still has effect", (at, v) => {
    const a = termInForce(o, "T1", at);
    expect(a.verdict).toBe(v);
    expect(rule(a, "in-force.term-period")).toMatchObject({ variant: v === "yes" ? "ni-within" : "ni-after", params: { term: "T1", lastDay: "2028-03-01" } });
    expect(termInForce(o, "T2", at).verdict).toBe("yes");
  });

  it("a term until further order keeps the order in effect", () => {
    const ufo = niFullOrder({ duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "No contact." }, { id: "T2", type: "requirement", text: "Course.", lastDay: "2028-03-01" }] });
    expect(rule(orderInForce(ufo, "2040-01-01"), "in-force.period")).toMatchObject({ verdict: "yes", variant: "ni-until-further-order", params: { terms: ["T1"] } });
    expect(rule(termInForce(ufo, "T1", "2040-01-01"), "in-force.term-period")).toMatchObject({ verdict: "yes", variant: "ni-until-further-order", citations: [{ label: "PfS(NI)A 2022 s.9(1)(b)" }] });
    expect(termInForce(ufo, "T2", "2028-03-02").verdict).toBe("no");
  });
});

describe("a discharge ends it (s.10(2); interim s.11(8))", () => {
  it.each([
    ["2027-05-09", "yes"],
    ["2027-05-10", "unknown"],
    ["2027-05-11", "no"],
  ] as const)("discharged 2027-05-10, at %s: %s", (at, v) => {
    const a = orderInForce(niFullOrder({ dischargedOn: "2027-05-10" }), at);
    expect(a.verdict).toBe(v);
    expect(rule(a, "in-force.discharge")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.10(2)"]);
    if (v === "unknown") expect(rule(a, "in-force.discharge")?.missing).toEqual(["order.dischargedAt", "at"]);
  });

  it("cites s.11(8) for an interim order", () => {
    expect(rule(orderInForce(niInterimOrder({ dischargedOn: "2026-03-10" }), "2026-03-11"), "in-force.discharge")?.citations[0]?.label).toBe("PfS(NI)A 2022 s.11(8)");
  });
});

describe("an interim order's fixed period and cessation (s.11(6), (9), (10))", () => {
  it.each([
    ["2026-04-29", "yes"],
    ["2026-04-30", "yes"],
    ["2026-05-01", "no"],
  ] as const)("fixed period to 2026-04-30, at %s: %s", (at, v) => {
    const a = orderInForce(niInterimOrder(), at);
    expect(a.verdict).toBe(v);
    expect(rule(a, "in-force.period")?.citations[0]?.label).toBe("PfS(NI)A 2022 s.11(6)");
  });

  it.each(["order-made", "withdrawn"] as const)("%s on 2026-04-01: in effect the day before, unknown that day, ended after (s.11(9))", (outcome) => {
    const o = niInterimOrder({ mainApplicationOutcome: outcome, mainApplicationDeterminedOn: "2026-04-01" });
    expect(verdict(o, "2026-03-31")).toBe("yes");
    expect(verdict(o, "2026-04-01")).toBe("unknown");
    expect(rule(orderInForce(o, "2026-04-01"), "in-force.determination")).toMatchObject({ variant: "ni-same-day", missing: ["order.mainApplicationDeterminedAt", "at"] });
    expect(verdict(o, "2026-04-02")).toBe("no");
    expect(rule(orderInForce(o, "2026-04-02"), "in-force.determination")?.citations[0]?.label).toBe("PfS(NI)A 2022 s.11(9)");
  });

  it("an outcome without its day leaves everything after the making unknown, naming the day", () => {
    const o = niInterimOrder({ mainApplicationOutcome: "order-made" });
    expect(rule(orderInForce(o, "2026-03-10"), "in-force.determination")).toMatchObject({ verdict: "unknown", variant: "ni-undated", missing: ["order.mainApplicationDeterminedOn"] });
    expect(verdict(o, "2026-03-01")).toBe("no");
    expect(verdict(o, "2026-05-01")).toBe("no");
  });

  it.each([
    ["2026-04-21", "yes", "ni-met-before"],
    ["2026-04-22", "unknown", "ni-met-same-day"],
    ["2026-04-23", "no", "ni-met-after"],
  ] as const)("dismissed 2026-04-01, no appeal possible from 2026-04-22: at %s %s (s.11(10))", (at, v, variant) => {
    const o = niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01", appealConditionsMetOn: "2026-04-22" });
    const f = rule(orderInForce(o, at), "in-force.determination");
    expect(orderInForce(o, at).verdict).toBe(v);
    expect(f).toMatchObject({ variant, citations: [{ label: "PfS(NI)A 2022 s.11(10)" }] });
    // No input gives the time of that occasion, so nothing is named as settling the day itself.
    expect(f?.missing).toBeUndefined();
  });

  it("the fixed period still ends the order first when no appeal is possible only later (the earlier of the two)", () => {
    const o = niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-25", appealConditionsMetOn: "2026-05-20" });
    expect(verdict(o, "2026-04-30")).toBe("yes");
    expect(verdict(o, "2026-05-01")).toBe("no");
  });

  it("dismissed without the day no appeal can follow: in effect before the dismissal, then unknown, naming it", () => {
    const o = niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" });
    expect(verdict(o, "2026-03-31")).toBe("yes");
    for (const at of ["2026-04-01", "2026-04-02"]) {
      expect(rule(orderInForce(o, at), "in-force.determination")).toMatchObject({ verdict: "unknown", variant: "ni-dismissed-open", missing: ["order.appealConditionsMetOn"] });
    }
    expect(verdict(o, "2026-05-01")).toBe("no");
  });

  it("determined with no outcome: unknown from the determination, naming the outcome", () => {
    const o = niInterimOrder({ mainApplicationDeterminedOn: "2026-04-01" });
    expect(verdict(o, "2026-03-31")).toBe("yes");
    expect(rule(orderInForce(o, "2026-04-02"), "in-force.determination")).toMatchObject({ verdict: "unknown", variant: "ni-no-outcome-open", missing: ["order.mainApplicationOutcome"] });
  });

  it("a term's own shorter period ends it; a term without one follows the order", () => {
    const o = niInterimOrder({ terms: [{ id: "T1", type: "prohibition", text: "No contact.", lastDay: "2026-03-31" }, { id: "T2", type: "prohibition", text: "No entry." }] });
    expect(termInForce(o, "T1", "2026-03-31").verdict).toBe("yes");
    expect(rule(termInForce(o, "T1", "2026-04-01"), "in-force.term-period")).toMatchObject({ verdict: "no", citations: [{ label: "PfS(NI)A 2022 s.11(6)" }] });
    expect(rule(termInForce(o, "T2", "2026-04-01"), "in-force.term-period")).toBeUndefined();
  });
});

describe("properties", () => {
  const niOrder = orderArb().map((o): Order => ({ ...o, applicantForce: NI_FORCE }));

  test.prop([niOrder, localDate({ min: "2019-01-01", max: "2032-12-31" })], { numRuns: 300 })("every citation is Northern Ireland law, and a term is never in force when its order is not", (o, at) => {
    const whole = orderInForce(o, at);
    expectNiCitations(whole.findings);
    // Repeated term ids (an unlawful record) cannot be asked about one by one.
    for (const t of o.terms.filter((x, _, all) => all.filter((y) => y.id === x.id).length === 1)) {
      const term = termInForce(o, t.id, at);
      expectNiCitations(term.findings);
      if (whole.verdict !== "yes") expect(term.verdict).not.toBe("yes");
    }
  });

  test.prop([fc.integer({ min: 0, max: 5 }), fc.integer({ min: -2, max: 2 })])("a later day of coming into force only delays the start", (after, offset) => {
    const o = niFullOrder({ madeOn: "2026-03-02", comesIntoForceOn: addDays("2026-03-02", after) });
    const at = addDays("2026-03-02", after + offset);
    const expected = offset < 0 ? "no" : after === 0 && offset === 0 ? "unknown" : "yes";
    expect(verdict(o, at)).toBe(expected);
  });
});
