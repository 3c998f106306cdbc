// Northern Ireland interim orders (PfS(NI)A 2022 s.11): a fixed period only, with no minimum (s.11(6)); cessation
// on the determination of the main application (s.11(9)–(10)); made with or after the main application, on the
// Chief Constable's application (s.11(2)–(3)). Whether one has effect at a moment is in in-force.test.ts.
import { describe, expect, it } from "vitest";
import { mainApplicationFindings } from "../../../src/law/interim";
import { assessOrder } from "../../../src/law/order";
import type { Order } from "../../../src/model/schemas";
import { rule } from "../../support/findings";
import { expectNiCitations, NI_FORCE, niFullOrder, niInterimOrder } from "../../support/ni-builders";

describe("interim orders' periods (s.11(6))", () => {
  it("may not run until further order, nor end before made; no minimum applies", () => {
    expect(rule(assessOrder(niInterimOrder({ duration: { type: "until-further-order" } })), "order.duration")).toMatchObject({
      verdict: "no",
      citations: [{ label: "PfS(NI)A 2022 s.11(6)" }],
    });
    expect(rule(assessOrder(niInterimOrder({ duration: { type: "fixed", lastDay: "2026-03-01" } })), "order.duration")?.verdict).toBe("no");
    expect(rule(assessOrder(niInterimOrder({ duration: { type: "fixed", lastDay: "2026-03-02" } })), "order.duration")?.verdict).toBe("yes");
    expect(rule(assessOrder(niInterimOrder({ duration: { type: "fixed", lastDay: "2026-03-03" } })), "order.duration")?.verdict).toBe("yes");
  });

  it.each([
    ["2026-04-29", "yes", "ni-interim-within"],
    ["2026-04-30", "yes", "ni-interim-within"],
    ["2026-05-01", "no", "ni-interim-outlasting"],
    ["2026-03-01", "no", "before-made"],
  ] as const)("a term's own period to %s: %s (%s)", (lastDay, verdict, variant) => {
    const f = rule(assessOrder(niInterimOrder({ terms: [{ id: "T1", type: "prohibition", text: "No contact.", lastDay }] })), "order.term-periods");
    expect(f).toMatchObject({ verdict, variant, citations: [{ label: "PfS(NI)A 2022 s.11(6)" }] });
  });
});

describe("the interim order's cessation on the determination of the main application (s.11(9)–(10))", () => {
  const determination = (o: Partial<Order>) => rule(assessOrder(niInterimOrder(o)), "order.interim-determination");

  it("undetermined: pending, informative", () => {
    expect(determination({})).toMatchObject({ variant: "ni-pending", informative: true, verdict: "yes" });
  });

  it("an order made on it or its withdrawal ends the interim order that day (s.11(9))", () => {
    expect(determination({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-04-01" })).toMatchObject({
      variant: "ni-ceased",
      params: { on: "2026-04-01", outcome: "order-made" },
      citations: [{ label: "PfS(NI)A 2022 s.11(9)" }],
    });
    expect(determination({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-04-01" })?.params).toEqual({ on: "2026-04-01", outcome: "withdrawn" });
  });

  it("an outcome without its day is unknown, naming the day", () => {
    expect(determination({ mainApplicationOutcome: "withdrawn" })).toMatchObject({ variant: "ni-undated", verdict: "unknown", missing: ["order.mainApplicationDeterminedOn"] });
  });

  it("a dismissal without the day no appeal can follow is unknown, naming appealConditionsMetOn (s.11(10))", () => {
    const f = determination({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" });
    expect(f).toMatchObject({ variant: "ni-dismissed-open", verdict: "unknown", informative: true, missing: ["order.appealConditionsMetOn"], citations: [{ label: "PfS(NI)A 2022 s.11(10)" }] });
    const a = assessOrder(niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" }));
    expect(a.verdict).toBe("yes");
  });

  it("a dismissal with that day states it and the reading that the earlier of it and the fixed period ends the order", () => {
    const f = determination({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01", appealConditionsMetOn: "2026-04-22" });
    expect(f).toMatchObject({ variant: "ni-dismissed", params: { on: "2026-04-01", met: "2026-04-22" } });
    expect(f?.reason).toContain("earlier of the two");
  });

  it("a dismissal after the fixed period ended does not engage s.11(10)", () => {
    const f = determination({ duration: { type: "fixed", lastDay: "2026-03-31" }, mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" });
    expect(f).toMatchObject({ variant: "ni-dismissed-after-end", params: { on: "2026-04-01", lastDay: "2026-03-31" } });
    // The boundary: a fixed period ending on the day of the dismissal was in force immediately before it.
    const sameDay = determination({ duration: { type: "fixed", lastDay: "2026-04-01" }, mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-01" });
    expect(sameDay?.variant).toBe("ni-dismissed-open");
  });

  it("a determination with no outcome is unknown, naming the outcome", () => {
    expect(determination({ mainApplicationDeterminedOn: "2026-04-01" })).toMatchObject({ variant: "ni-no-outcome", verdict: "unknown", missing: ["order.mainApplicationOutcome"] });
  });

  it("a determination before the interim order was made is unlawful (s.11(2)–(3))", () => {
    expect(determination({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-03-01" })).toMatchObject({
      verdict: "no",
      variant: "before-made",
      citations: [{ label: "PfS(NI)A 2022 s.11(2)" }, { label: "PfS(NI)A 2022 s.11(3)" }],
    });
    expect(determination({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-03-02" })?.verdict).toBe("yes");
  });
});

describe("the interim order against the main application (s.11(2)–(3))", () => {
  const application = { madeOn: "2026-03-02", applicant: { force: NI_FORCE } };

  it.each([
    ["2026-03-01", "yes"],
    ["2026-03-02", "yes"],
    ["2026-03-03", "no"],
  ] as const)("the main application made %s, the interim order on 2026-03-02: %s", (madeOn, verdict) => {
    const findings = mainApplicationFindings(niInterimOrder(), { ...application, madeOn });
    expect(findings.find((f) => f.rule === "order.interim-timing")?.verdict).toBe(verdict);
    expect(findings.find((f) => f.rule === "order.interim-applicant")).toMatchObject({ verdict: "yes", variant: "ni-chief-constable" });
    expectNiCitations(findings);
  });

  it("with no main application recorded, says what is not checked", () => {
    expect(mainApplicationFindings(niInterimOrder(), undefined)).toMatchObject([{ variant: "ni-not-recorded", verdict: "unknown", missing: ["application"] }]);
    expect(mainApplicationFindings(niFullOrder(), application)).toEqual([]);
  });
});
