// Edges of the application, grounds, order, in-force, discharge and penalty rules: the boundary day of
// each comparison, lists of more than one item, trimmed names, and the exact paths and messages of errors.
import { describe, expect, it } from "vitest";
import { assessApplicant, policies, policyNamed } from "../../src/law/application";
import { assessDischarge, assessVariation, dischargeLockLastDay } from "../../src/law/discharge";
import { assessGrounds } from "../../src/law/grounds";
import { findTerm, orderInForce, termInForce } from "../../src/law/in-force";
import { assessOrder } from "../../src/law/order";
import { summaryCustodyLimit } from "../../src/law/penalties";
import type { Order } from "../../src/model/schemas";
import { fullOrder, groundsInput, interimOrder } from "../support/builders";
import { issuesOf, rule } from "../support/findings";


describe("applicant", () => {
  it("names built-in policies", () => {
    expect(policyNamed("statutory")).toBe(policies.statutory);
    expect(policyNamed("metropolitan")).toBe(policies.superintendentInBcu);
    expect(policyNamed("superintendent-in-bcu")).toBe(policies.superintendentInBcu);
  });

  it("joins several limbs and several BCUs, trims BCU names, and words ranks", () => {
    const two = assessApplicant({ applicant: { force: "kent", rank: "superintendent", bcu: "North" }, defendant: { residesIn: { force: "kent", bcu: " North " }, believedToBeIn: { force: "kent", bcu: "East" } } });
    expect(rule(two, "applicant.police-area")?.reason).toBe("The defendant resides in, and is believed by the chief officer to be in the Kent Police area.");
    expect(rule(two, "policy.same-bcu")?.verdict).toBe("yes");
    const other = assessApplicant({ applicant: { force: "kent", rank: "superintendent", bcu: "North" }, defendant: { residesIn: { force: "kent", bcu: "South" }, intendsToComeTo: { force: "kent", bcu: "East" } } });
    expect(rule(other, "policy.same-bcu")?.reason).toBe("The applying officer is in North, not in the BCU recorded for the defendant (South or East).");
    const ci = assessApplicant({ applicant: { force: "kent", rank: "inspector" }, defendant: { residesIn: { force: "kent" } } }, { name: "ci", minimumRank: "chief-inspector", requireSameBcu: false });
    expect(rule(ci, "policy.minimum-rank")?.reason).toBe("The applying officer's rank (inspector) is below the policy's minimum of chief inspector.");
  });

  it("names the policy in input errors", () => {
    const input = { applicant: { force: "kent" as const, rank: "superintendent" as const }, defendant: {} };
    expect(issuesOf(() => assessApplicant(input, { name: "x" } as never))).toEqual([{ path: "policy.requireSameBcu", message: "is required" }]);
    expect(issuesOf(() => assessApplicant(input, { name: "x", minimumRank: "commander", requireSameBcu: false }))).toEqual([
      { path: "policy.minimumRank", message: "is not a rank in Kent Police, so the policy cannot be applied to it" },
    ]);
  });
});

describe("grounds", () => {
  it("counts only the acts that are associated, and dates them in London", () => {
    const a = assessGrounds(groundsInput({ acts: [{ kind: "following", on: "2026-07-05T23:30:00Z" }, { kind: "contacting", associatedWithStalking: false }] }));
    expect(rule(a, "ground.A")?.reason).toBe("The defendant has carried out an act associated with stalking (following on 2026-07-06).");
  });

  it("trims names, ignores blank ones, and treats an absent judgement as undecided", () => {
    expect(rule(assessGrounds(groundsInput({ defendantId: "D1", risk: { to: [" D1 ", "  "], judged: true } })), "ground.B")?.verdict).toBe("unknown");
    expect(rule(assessGrounds(groundsInput({ risk: { to: [" V1 "], harm: [], judged: true } })), "ground.B")?.reason).toBe(
      "The defendant is judged to pose a risk associated with stalking to V1.",
    );
    expect(rule(assessGrounds(groundsInput({ risk: { to: ["V1"] } })), "ground.B")).toMatchObject({ verdict: "unknown", missing: ["risk.judged"] });
    expect(rule(assessGrounds(groundsInput({ necessity: { toProtect: ["V1"] } })), "ground.C")).toMatchObject({ verdict: "unknown", missing: ["necessity.judged"] });
  });

  it("stalking by proxy compares trimmed names and ignores blank victims", () => {
    const same = assessGrounds(groundsInput({ acts: [{ kind: "following", against: " V1 " }], necessity: { toProtect: ["V1"], judged: true } }));
    expect(rule(same, "ground.C")?.reason).not.toContain("proxy");
    const blank = assessGrounds(groundsInput({ acts: [{ kind: "following", against: "" }], necessity: { toProtect: ["V2"], judged: true } }));
    expect(rule(blank, "ground.C")?.reason).not.toContain("proxy");
  });
});

describe("orders", () => {
  it("lists every offending term", () => {
    const blank = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "" }, { id: "T2", type: "prohibition", text: " " }] }));
    expect(rule(blank, "order.content")?.reason).toBe("Term T1, T2 does not say what is prohibited or required, and the order must specify each term.");
    const locality = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", locality: " " }, { id: "T2", type: "prohibition", text: "y", locality: "" }] }));
    expect(rule(locality, "order.content")).toMatchObject({ verdict: "no", reason: "Term T1, T2 is limited to a locality that is not specified." });
    const outlasting = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2029-01-01" }, { id: "T2", type: "prohibition", text: "y", lastDay: "2030-01-01" }] }));
    expect(rule(outlasting, "order.term-periods")?.reason).toMatch(/^Term T1 \(to 2029-01-01\), T2 \(to 2030-01-01\) would outlast/);
    const early = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2026-01-01" }, { id: "T2", type: "prohibition", text: "y", lastDay: "2026-02-01" }] }));
    expect(rule(early, "order.term-periods")?.reason).toBe("Term T1, T2 would end before the order was made on 2026-03-02.");
    const shorter = assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2026-03-02" }, { id: "T2", type: "prohibition", text: "y", lastDay: "2027-01-01" }] }));
    expect(rule(shorter, "order.term-periods")?.reason).toMatch(/^Term T1 \(to 2026-03-02\), T2 \(to 2027-01-01\) has its own shorter period/);
    expect(shorter.verdict).toBe("yes");
    const dup = assessOrder(fullOrder({ terms: ["A", "A", "B", "B"].map((id) => ({ id, type: "prohibition" as const, text: "x" })) }));
    expect(rule(dup, "order.term-ids")?.reason).toBe("Term id A, B is used for more than one term, so a breach could not say which term it was.");
  });

  it("an order served or discharged at the very instant it was made is consistent", () => {
    const at = "2026-03-02T10:00:00Z";
    const o = assessOrder(fullOrder({ madeAt: at, servedAt: at, dischargedAt: at }));
    expect(rule(o, "order.service")?.verdict).toBe("yes");
    expect(rule(o, "order.discharge-record")).toBeUndefined();
    expect(rule(assessOrder(interimOrder({ madeAt: at, mainApplicationDeterminedAt: at })), "order.interim-determination")?.informative).toBe(true);
    expect(rule(assessOrder(interimOrder({ dischargedOn: "2026-03-01" })), "order.discharge-record")?.citations[0]?.label).toBe("SPA 2019 s.5(8)");
  });

  it("an interim order is not compared with earlier orders; earlier orders without terms are listed as such", () => {
    const earlier = fullOrder({ id: "E", madeOn: "2025-06-01", duration: { type: "until-further-order" }, terms: [] });
    expect(rule(assessOrder(interimOrder(), { earlierOrders: [earlier] }), "order.compatible-with-earlier")).toBeUndefined();
    expect(rule(assessOrder(fullOrder(), { earlierOrders: [earlier] }), "order.compatible-with-earlier")?.reason).toContain("compare E (no terms)");
    const two = fullOrder({ id: "F", madeOn: "2025-06-01", duration: { type: "until-further-order" } });
    expect(rule(assessOrder(fullOrder(), { earlierOrders: [two] }), "order.compatible-with-earlier")?.reason).toContain(
      "F (T1: Must not contact V1 directly or indirectly.; T2: Must not enter Elm Street, Maidstone.)",
    );
  });
});

describe("in force", () => {
  const order: Order = fullOrder({ id: undefined, madeOn: "2026-03-02" });

  it("describes orders without an id", () => {
    expect(orderInForce(order, "2026-04-01").findings[0]?.reason).toBe("The order had been made (2026-03-02) by the moment in question (2026-04-01).");
    expect(orderInForce(interimOrder({ id: undefined }), "2026-04-01").findings[0]?.reason).toMatch(/^The interim order had been made/);
  });

  it("names only the times that are missing", () => {
    expect(orderInForce(order, "2026-03-02T10:00:00Z").findings[0]?.missing).toEqual(["order.madeAt"]);
  });

  it("derives the day from a time alone", () => {
    expect(orderInForce({ ...order, dischargedAt: "2026-06-01T10:00:00+01:00" }, "2026-06-02").verdict).toBe("no");
    expect(orderInForce(interimOrder({ mainApplicationDeterminedAt: "2026-04-01T10:00:00+01:00" }), "2026-04-02").verdict).toBe("no");
    expect(orderInForce(interimOrder({ dischargedOn: "2026-04-01" }), "2026-04-01").findings.find((f) => f.rule === "in-force.discharge")?.citations[0]?.label).toBe(
      "SPA 2019 s.5(8)",
    );
  });

  it("names the argument in input errors, and the term ids that exist", () => {
    expect(issuesOf(() => orderInForce({ ...order, kind: "final" } as never, "2026-04-01"))[0]?.path).toBe("order.kind");
    expect(issuesOf(() => orderInForce(order, "2026-04-31"))).toEqual([{ path: "at", message: "is not a real calendar day" }]);
    expect(issuesOf(() => termInForce({ ...order, kind: "final" } as never, "T1", "2026-04-01"))[0]?.path).toBe("order.kind");
    expect(issuesOf(() => findTerm(order, "T9"))).toEqual([{ path: "termId", message: "is not the id of a term of the order (T1, T2)" }]);
    expect(issuesOf(() => findTerm({ ...order, terms: [] }, "T9"))).toEqual([{ path: "termId", message: "is not the id of a term of the order (it has no terms)" }]);
  });
});

describe("discharge and variation", () => {
  const order: Order = fullOrder({ madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "fixed", lastDay: "2029-03-01" } });

  it("may be sought on the day the order was made and on its last day", () => {
    expect(assessDischarge({ order, on: "2026-03-02", appliedBy: { role: "defendant" }, consents: { chiefOfficers: ["kent"] }, defendantResidesIn: "kent" }).verdict).toBe("yes");
    expect(rule(assessDischarge({ order, on: "2029-03-01", appliedBy: { role: "defendant" }, consents: {} }), "discharge.in-force")?.verdict).toBe("yes");
    expect(issuesOf(() => assessDischarge({ order, on: "2026-03-01", appliedBy: { role: "defendant" }, consents: {} }))).toEqual([
      { path: "on", message: "is before the order was made (2026-03-02)" },
    ]);
  });

  it("one consent when the defendant lives where the order was sought", () => {
    const a = assessDischarge({ order, on: "2027-01-01", appliedBy: { role: "defendant" }, consents: { chiefOfficers: ["kent"] }, defendantResidesIn: "kent" });
    expect(rule(a, "discharge.lock")?.reason).not.toContain("for the area where the defendant resides");
  });

  it("no missing input when the answer is no", () => {
    expect(rule(assessDischarge({ order, on: "2027-01-01", appliedBy: { role: "chief-officer", force: "sussex", believesDefendantInArea: false }, consents: {}, defendantResidesIn: "essex" }), "discharge.applicant")).not.toHaveProperty("missing");
  });

  it("the defendant applying to discharge an interim order", () => {
    expect(rule(assessDischarge({ order: interimOrder(), on: "2026-03-10", appliedBy: { role: "defendant" }, consents: {} }), "discharge.applicant")?.citations[0]?.label).toBe("SPA 2019 s.5(7)");
  });

  it("lists every added term", () => {
    const a = assessVariation({ order, on: "2026-06-01", appliedBy: { role: "defendant" }, addedTerms: [{ id: "T3", type: "prohibition", text: "x" }, { id: "T4", type: "requirement", text: "y" }], necessary: true });
    expect(rule(a, "variation.necessity")?.reason).toContain("The added term T3, T4 is judged necessary");
  });

  it("names the order in input errors", () => {
    expect(issuesOf(() => dischargeLockLastDay({ ...order, madeOn: "2026-02-30" }))).toEqual([{ path: "order.madeOn", message: "is not a real calendar day" }]);
  });
});

describe("penalties", () => {
  it("an offence before commencement is an input error naming offenceOn", () => {
    expect(issuesOf(() => summaryCustodyLimit({ offenceOn: "2020-01-19", asOf: "2026-01-01" }))).toEqual([
      { path: "offenceOn", message: "is before 20 January 2020, when the Act's offences came into force" },
    ]);
  });

  it("with asOf before the offence, the figure is for a conviction on the day of the offence", () => {
    expect(summaryCustodyLimit({ offenceOn: "2024-11-20", asOf: "2024-11-01" }).value).toBe(12);
    expect(summaryCustodyLimit({ offenceOn: "2024-11-17", asOf: "2024-11-01" }).value).toBe(6);
  });

  it("an offence on 2 May 2022 already depends on the conviction date", () => {
    expect(summaryCustodyLimit({ offenceOn: "2022-05-02", asOf: "2023-06-01" }).findings.map((f) => f.rule)).toEqual(["penalty.summary-custody", "penalty.depends-on-conviction"]);
    expect(summaryCustodyLimit({ offenceOn: "2022-05-01", asOf: "2023-06-01" }).findings.map((f) => f.rule)).toEqual(["penalty.summary-custody"]);
  });
});
