import { describe, expect, it } from "vitest";
import { assessDischarge, assessVariation, dischargeLockLastDay } from "../../src/law/discharge";
import { interimVariationApplicants } from "../../src/law/interim";
import type { DischargeRequest } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";
import { rule } from "../support/findings";

const order = fullOrder({ madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "until-further-order" } });
const LOCK_LAST = "2028-03-01";

describe("dischargeLockLastDay (s.4(4)(b))", () => {
  it.each([
    ["2026-03-02", "2028-03-01"],
    ["2028-02-29", "2030-02-28"],
    ["2027-03-01", "2029-02-28"],
    ["2026-03-01", "2028-02-29"],
  ])("an order made %s is locked to the end of %s", (madeOn, last) => {
    expect(dischargeLockLastDay(fullOrder({ madeOn, duration: { type: "until-further-order" } }))).toBe(last);
  });

  it("interim orders have no lock", () => {
    expect(dischargeLockLastDay(interimOrder())).toBeNull();
  });
});

describe("the consents s.4(4)(b) requires inside the lock", () => {
  // A chief officer applies: the defendant's consent is needed (that chief officer's is given by applying).
  it.each([
    [true, "yes"],
    [false, "no"],
    [undefined, "unknown"],
    [null, "unknown"],
  ] as const)("chief officer's application, defendant consent %s → %s", (defendant, verdict) => {
    const request: DischargeRequest = {
      order,
      on: LOCK_LAST,
      appliedBy: { role: "chief-officer", force: "kent" },
      consents: defendant === undefined ? {} : { defendant },
    };
    const f = rule(assessDischarge(request), "discharge.lock");
    expect(f?.verdict).toBe(verdict);
    if (verdict === "unknown") expect(f?.missing).toEqual(["consents.defendant"]);
  });

  // The defendant applies: the applying chief officer's consent and, if different and in England and
  // Wales, the consent of the chief officer for the area where the defendant resides.
  const residences = [
    ["the same area (kent)", "kent", "not needed"],
    ["another area (essex), consenting", "essex", "listed"],
    ["another area (essex), not consenting", "essex", "not listed"],
    ["outside England and Wales", "outside-england-and-wales", "not needed"],
    ["an unrecorded area", undefined, "unknown"],
  ] as const;
  const rows = [true, false].flatMap((kentConsents) =>
    residences.map(([label, residesIn, second]) => {
      const secondVerdict = second === "listed" || second === "not needed" ? "yes" : second === "unknown" ? "unknown" : "no";
      const expected = !kentConsents ? "no" : secondVerdict;
      return { kentConsents, label, residesIn, second, expected };
    }),
  );

  it.each(rows)("defendant's application, Kent consents: $kentConsents, defendant resides in $label → $expected", ({ kentConsents, residesIn, second, expected }) => {
    const chiefOfficers = [...(kentConsents ? (["kent"] as const) : []), ...(second === "listed" ? (["essex"] as const) : [])];
    const request: DischargeRequest = {
      order,
      on: "2027-01-01",
      appliedBy: { role: "defendant" },
      consents: { chiefOfficers },
      ...(residesIn === undefined ? {} : { defendantResidesIn: residesIn }),
    };
    const f = rule(assessDischarge(request), "discharge.lock");
    expect(f?.verdict).toBe(expected);
    if (expected === "unknown") expect(f?.missing).toEqual(["defendantResidesIn"]);
  });

  it("the last day of the lock still needs consents; the day after does not", () => {
    const base: DischargeRequest = { order, on: LOCK_LAST, appliedBy: { role: "defendant" }, consents: {}, defendantResidesIn: "kent" };
    expect(rule(assessDischarge(base), "discharge.lock")?.verdict).toBe("no");
    const after = assessDischarge({ ...base, on: "2028-03-02" });
    expect(rule(after, "discharge.lock")?.verdict).toBe("yes");
    expect(rule(after, "discharge.lock")?.reason).toContain("no consents are needed");
    expect(after.verdict).toBe("yes");
  });
});

describe("who may apply", () => {
  const request = (appliedBy: DischargeRequest["appliedBy"], extra: Partial<DischargeRequest> = {}): DischargeRequest => ({
    order,
    on: "2028-06-01",
    appliedBy,
    consents: {},
    ...extra,
  });

  it("the defendant and the chief officer who applied for the order", () => {
    expect(rule(assessDischarge(request({ role: "defendant" })), "discharge.applicant")?.verdict).toBe("yes");
    expect(rule(assessDischarge(request({ role: "chief-officer", force: "kent" })), "discharge.applicant")?.verdict).toBe("yes");
  });

  it("the chief officer for where the defendant resides", () => {
    expect(rule(assessDischarge(request({ role: "chief-officer", force: "essex" }, { defendantResidesIn: "essex" })), "discharge.applicant")?.verdict).toBe("yes");
  });

  it("another chief officer only with a belief that the defendant is in or coming to their area", () => {
    const f = rule(assessDischarge(request({ role: "chief-officer", force: "sussex" }, { defendantResidesIn: "essex" })), "discharge.applicant");
    expect(f).toMatchObject({ verdict: "unknown", missing: ["appliedBy.believesDefendantInArea"] });
    expect(rule(assessDischarge(request({ role: "chief-officer", force: "sussex", believesDefendantInArea: true })), "discharge.applicant")?.verdict).toBe("yes");
    expect(rule(assessDischarge(request({ role: "chief-officer", force: "sussex", believesDefendantInArea: false }, { defendantResidesIn: "essex" })), "discharge.applicant")?.verdict).toBe("no");
  });

  it("a chief officer with no belief may still be the one for where the defendant resides, when that is unrecorded (s.4(1), s.14(1))", () => {
    const f = rule(assessDischarge(request({ role: "chief-officer", force: "sussex", believesDefendantInArea: false })), "discharge.applicant");
    expect(f).toMatchObject({ verdict: "unknown", missing: ["defendantResidesIn"], citations: [{ label: "SPA 2019 s.4(1)" }, { label: "SPA 2019 s.14(1)" }] });
  });

  it("BTP and MDP chief constables are relevant chief officers only as the applicant for the order (s.14(1): no police area)", () => {
    for (const force of ["british-transport-police", "ministry-of-defence-police"] as const) {
      const f = rule(assessDischarge(request({ role: "chief-officer", force, believesDefendantInArea: true })), "discharge.applicant");
      expect(f?.verdict).toBe("no");
      expect(f?.reason).toContain("has no police area");
      expect(f).not.toHaveProperty("missing");
    }
  });

  it("interim orders: only the defendant or the chief officer who applied, and no lock (s.5(7))", () => {
    const interim = interimOrder({ madeOn: "2026-03-02", applicantForce: "kent" });
    expect(interimVariationApplicants(interim)).toEqual({ defendant: true, chiefOfficer: "kent" });
    const byEssex = assessDischarge({ order: interim, on: "2026-03-10", appliedBy: { role: "chief-officer", force: "essex" }, consents: {}, defendantResidesIn: "essex" });
    expect(rule(byEssex, "discharge.applicant")).toMatchObject({ verdict: "no", citations: [{ label: "SPA 2019 s.5(7)" }] });
    const byKent = assessDischarge({ order: interim, on: "2026-03-10", appliedBy: { role: "chief-officer", force: "kent" }, consents: {} });
    expect(byKent.verdict).toBe("yes");
    expect(rule(byKent, "discharge.lock")?.informative).toBe(true);
  });

  it("an order that has already ended cannot be discharged; a date before it was made is an input error", () => {
    const ended = fullOrder({ duration: { type: "fixed", lastDay: "2028-03-01" } });
    expect(assessDischarge({ order: ended, on: "2028-03-02", appliedBy: { role: "defendant" }, consents: {} }).verdict).toBe("no");
    expect(() => assessDischarge({ order, on: "2026-03-01", appliedBy: { role: "defendant" }, consents: {} })).toThrow(/^Invalid input: on:/);
  });
});

describe("assessVariation (s.4(4)(a))", () => {
  const added = [{ id: "T3", type: "prohibition" as const, text: "Must not attend V1's gym." }];

  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("adding a term judged necessary %s → %s", (necessary, verdict) => {
    const a = assessVariation({ order, on: "2026-06-01", appliedBy: { role: "chief-officer", force: "kent" }, addedTerms: added, necessary });
    expect(a.verdict).toBe(verdict);
    expect(rule(a, "variation.necessity")?.citations[0]?.label).toBe("SPA 2019 s.4(4)(a)");
  });

  it("no lock and no necessity test when nothing is added", () => {
    const a = assessVariation({ order, on: "2026-06-01", appliedBy: { role: "defendant" } });
    expect(a.verdict).toBe("yes");
    expect(rule(a, "variation.necessity")?.informative).toBe(true);
  });
});
