// Variation, renewal and discharge of Northern Ireland orders (PfS(NI)A 2022 s.10; interim s.11(7)–(8)): who may
// apply, the two-year lock at its boundary, the consents of both the defendant and the Chief Constable, and nothing
// of the England and Wales hearing duty or relevant chief officers.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/calendar";
import { assessDischarge, assessVariation, dischargeLockLastDay } from "../../../src/law/discharge";
import { interimVariationApplicants } from "../../../src/law/interim";
import type { DischargeRequest, VariationRequest } from "../../../src/model/schemas";
import { rule } from "../../support/findings";
import { expectNiCitations, NI_FORCE, niFullOrder, niInterimOrder } from "../../support/ni-builders";

const order = niFullOrder({ madeOn: "2026-03-02", duration: { type: "until-further-order" } });
const LOCK_LAST = "2028-03-01";

const discharge = (extra: Partial<DischargeRequest> = {}): DischargeRequest => ({ order, on: "2027-01-04", appliedBy: { role: "defendant" }, consents: {}, ...extra });

describe("dischargeLockLastDay (s.10(3)(b))", () => {
  it.each([
    ["2026-03-02", "2028-03-01"],
    ["2028-02-29", "2030-02-28"],
    ["2027-03-01", "2029-02-28"],
  ])("an order made %s is locked to the end of %s", (madeOn, last) => {
    expect(dischargeLockLastDay(niFullOrder({ madeOn, duration: { type: "until-further-order" } }))).toBe(last);
  });

  it("interim orders have no lock (s.11(7)–(8))", () => {
    expect(dischargeLockLastDay(niInterimOrder())).toBeNull();
  });
});

describe("who may apply (s.10(1); interim s.11(7))", () => {
  it("the defendant or the Chief Constable; any other chief officer may not", () => {
    expect(rule(assessDischarge(discharge()), "discharge.applicant")).toMatchObject({ verdict: "yes", variant: "defendant", citations: [{ label: "PfS(NI)A 2022 s.10(1)" }] });
    expect(rule(assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: NI_FORCE } })), "discharge.applicant")).toMatchObject({ verdict: "yes", variant: "ni-chief-constable" });
    const kent = assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "kent" } }));
    expect(rule(kent, "discharge.applicant")).toMatchObject({ verdict: "no", variant: "ni-not-chief-constable" });
    expect(kent.verdict).toBe("no");
  });

  it("interim orders: the Chief Constable or the defendant (s.11(7))", () => {
    const interim = niInterimOrder();
    expect(interimVariationApplicants(interim)).toEqual({ defendant: true, chiefOfficer: NI_FORCE });
    const request = { order: interim, on: "2026-03-10", consents: {} };
    expect(rule(assessDischarge({ ...request, appliedBy: { role: "chief-officer", force: "essex" } }), "discharge.applicant")).toMatchObject({ verdict: "no", citations: [{ label: "PfS(NI)A 2022 s.11(7)" }] });
    const byChief = assessDischarge({ ...request, appliedBy: { role: "chief-officer", force: NI_FORCE } });
    expect(byChief.verdict).toBe("yes");
    expect(rule(byChief, "discharge.lock")).toMatchObject({ variant: "interim", informative: true, citations: [{ label: "PfS(NI)A 2022 s.11(7)" }, { label: "PfS(NI)A 2022 s.11(8)" }] });
    expect(rule(byChief, "discharge.court")?.citations[0]?.label).toBe("PfS(NI)A 2022 s.11(8)");
  });

  it("the defendant's area and a chief officer's belief about it play no part: ignored, with a note", () => {
    const a = assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: NI_FORCE, believesDefendantInArea: false }, defendantResidesIn: "kent", consents: { defendant: true } }));
    expect(rule(a, "discharge.ignored")).toMatchObject({ informative: true, params: { fields: ["appliedBy.believesDefendantInArea", "defendantResidesIn"] } });
    expect(a.verdict).toBe("yes");
    expect(rule(assessDischarge(discharge()), "discharge.ignored")).toBeUndefined();
  });

  it("says nothing of a duty to hear anyone or of relevant chief officers", () => {
    const a = assessDischarge(discharge());
    expect(a.findings.map((f) => f.rule)).not.toContain("court.hearing");
    expect(JSON.stringify(a)).not.toContain("relevant chief officer");
    expectNiCitations(a.findings);
  });
});

describe("the two-year lock (s.10(3)(b)): both the defendant and the Chief Constable must consent", () => {
  it.each([
    [addDays(LOCK_LAST, -1), "locked"],
    [LOCK_LAST, "locked"],
    [addDays(LOCK_LAST, 1), "free"],
  ] as const)("a discharge on %s is %s", (on, state) => {
    const f = rule(assessDischarge(discharge({ on })), "discharge.lock");
    if (state === "free") expect(f).toMatchObject({ verdict: "yes", variant: "ended", params: { last: LOCK_LAST, on } });
    else expect(f).toMatchObject({ verdict: "no", variant: "ni-refused", params: { roles: ["chief-constable"] } });
  });

  it.each([
    [true, "yes"],
    [false, "no"],
    [undefined, "unknown"],
    [null, "unknown"],
  ] as const)("the Chief Constable applies; the defendant's consent %s → %s", (defendant, verdict) => {
    const f = rule(assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: NI_FORCE }, consents: defendant === undefined ? {} : { defendant } })), "discharge.lock");
    expect(f?.verdict).toBe(verdict);
    expect(f?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.10(3)(b)"]);
    if (verdict === "unknown") expect(f?.missing).toEqual(["consents.defendant"]);
    if (verdict === "yes") expect(f?.params.roles).toEqual(["defendant", "chief-constable-by-applying"]);
  });

  it.each([
    [[NI_FORCE], "yes"],
    [[], "no"],
    [["kent"], "no"],
  ] as const)("the defendant applies; chief officers consenting %j → %s", (chiefOfficers, verdict) => {
    const f = rule(assessDischarge(discharge({ consents: { chiefOfficers: [...chiefOfficers] } })), "discharge.lock");
    expect(f?.verdict).toBe(verdict);
  });

  it("another chief officer's application implies neither consent", () => {
    const f = rule(assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "kent" }, consents: { defendant: true } })), "discharge.lock");
    expect(f).toMatchObject({ verdict: "no", params: { roles: ["chief-constable"] } });
  });

  test.prop([fc.integer({ min: -400, max: 400 }), fc.boolean(), fc.boolean()])("consents matter exactly inside the lock", (offset, defendantConsents, chiefConsents) => {
    const on = addDays(LOCK_LAST, offset);
    const a = assessDischarge(discharge({ on, appliedBy: { role: "chief-officer", force: NI_FORCE }, consents: { defendant: defendantConsents, chiefOfficers: chiefConsents ? [NI_FORCE] : [] } }));
    expect(rule(a, "discharge.lock")?.verdict).toBe(offset > 0 || defendantConsents ? "yes" : "no");
  });
});

describe("the order must still have effect", () => {
  it("a full order has ended when every term has", () => {
    const o = niFullOrder({ terms: [{ id: "T1", type: "prohibition", text: "No contact." }, { id: "T2", type: "prohibition", text: "No entry.", lastDay: "2029-01-01" }] });
    expect(rule(assessDischarge({ ...discharge(), order: o, on: "2029-01-01", consents: { chiefOfficers: [NI_FORCE] } }), "discharge.in-force")?.verdict).toBe("yes");
    expect(rule(assessDischarge({ ...discharge(), order: o, on: "2029-01-02" }), "discharge.in-force")).toMatchObject({ verdict: "no", variant: "ni-ended", params: { lastDay: "2029-01-01" } });
  });

  it("an interim order that ceased on an order made on the main application, or on its withdrawal, cannot be discharged", () => {
    const ceased = niInterimOrder({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-03-20" });
    const at = (on: string) => rule(assessDischarge({ order: ceased, on, appliedBy: { role: "defendant" }, consents: {} }), "discharge.in-force");
    expect(at("2026-03-20")?.verdict).toBe("yes");
    expect(at("2026-03-21")).toMatchObject({ verdict: "no", variant: "ni-ceased", params: { on: "2026-03-20", outcome: "withdrawn" } });
  });

  it("after a dismissal: ceased from the day after the day no appeal can follow; without that day, unknown", () => {
    const dismissed = niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-20", appealConditionsMetOn: "2026-04-10" });
    const at = (o: typeof dismissed, on: string) => rule(assessDischarge({ order: o, on, appliedBy: { role: "defendant" }, consents: {} }), "discharge.in-force");
    expect(at(dismissed, "2026-04-10")?.verdict).toBe("yes");
    expect(at(dismissed, "2026-04-11")).toMatchObject({ verdict: "no", citations: [{ label: "PfS(NI)A 2022 s.11(10)" }] });
    const { appealConditionsMetOn: _, ...open } = dismissed;
    expect(at(open, "2026-03-20")?.verdict).toBe("yes");
    expect(at(open, "2026-03-21")).toMatchObject({ verdict: "unknown", missing: ["order.appealConditionsMetOn"] });
    const noOutcome = niInterimOrder({ mainApplicationDeterminedOn: "2026-03-20" });
    expect(at(noOutcome, "2026-03-21")).toMatchObject({ verdict: "unknown", missing: ["order.mainApplicationOutcome"] });
  });
});

describe("variation (s.10(3)(a), s.9)", () => {
  const variation = (extra: Partial<VariationRequest> = {}): VariationRequest => ({ order, on: "2027-01-04", appliedBy: { role: "chief-officer", force: NI_FORCE }, ...extra });
  const added = (lastDay?: string) => [{ id: "T9", type: "prohibition" as const, text: "No contact with V2.", ...(lastDay === undefined ? {} : { lastDay }) }];

  it("an added term must be necessary (s.10(3)(a))", () => {
    expect(rule(assessVariation(variation({ addedTerms: added(), necessary: true })), "variation.necessity")).toMatchObject({ verdict: "yes", citations: [{ label: "PfS(NI)A 2022 s.10(3)(a)" }] });
    expect(assessVariation(variation({ addedTerms: added(), necessary: false })).verdict).toBe("no");
    expect(rule(assessVariation(variation({ addedTerms: added() })), "variation.necessity")).toMatchObject({ verdict: "unknown", missing: ["necessary"] });
    expect(rule(assessVariation(variation()), "variation.necessity")).toMatchObject({ variant: "nothing-added", informative: true });
  });

  it.each([
    [addDays(LOCK_LAST, -1), "no"],
    [LOCK_LAST, "yes"],
    [addDays(LOCK_LAST, 1), "yes"],
  ] as const)("an added term with a fixed period to %s: %s (at least 2 years from the day the order was made)", (lastDay, verdict) => {
    const f = rule(assessVariation(variation({ addedTerms: added(lastDay), necessary: true })), "variation.term-period");
    expect(f).toMatchObject({ verdict, citations: [{ label: "PfS(NI)A 2022 s.9(1)(a)" }, { label: "PfS(NI)A 2022 s.10(3)" }] });
  });

  it("an added term without its own period takes the order's (here until further order)", () => {
    expect(rule(assessVariation(variation({ addedTerms: added(), necessary: true })), "variation.term-period")).toMatchObject({ verdict: "yes", params: { untilFurtherOrder: ["T9"] } });
  });

  it("interim orders: the court varies as it considers appropriate (s.11(8)), no lock, no necessity test", () => {
    const a = assessVariation({ order: niInterimOrder(), on: "2026-03-10", appliedBy: { role: "defendant" }, addedTerms: added() });
    expect(a.verdict).toBe("yes");
    expect(rule(a, "variation.necessity")).toMatchObject({ variant: "interim", citations: [{ label: "PfS(NI)A 2022 s.11(8)" }] });
    expect(rule(a, "variation.term-period")).toBeUndefined();
  });

  it("the same applicants as for a discharge, and NI citations throughout", () => {
    const a = assessVariation(variation({ appliedBy: { role: "chief-officer", force: "essex", believesDefendantInArea: true }, addedTerms: added(), necessary: true }));
    expect(rule(a, "variation.applicant")?.verdict).toBe("no");
    expect(rule(a, "variation.ignored")?.params.fields).toEqual(["appliedBy.believesDefendantInArea"]);
    expect(a.findings.map((f) => f.rule)).not.toContain("court.hearing");
    expectNiCitations(a.findings);
  });

  it("a date before the order was made is an input error", () => {
    expect(() => assessVariation(variation({ on: "2026-03-01" }))).toThrow(/^Invalid input: on:/);
    expect(() => assessDischarge(discharge({ on: "2026-03-01" }))).toThrow(/^Invalid input: on:/);
  });
});
