import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SpoInputError } from "../../src/core/errors";
import { FORCES, TERRITORIAL_FORCE_IDS, type ForceId, type Rank, type TerritorialForceId } from "../../src/model/forces";
import type { ApplicantInput, Policy } from "../../src/model/schemas";
import { assessApplicant, assessApplication, isEligibleApplicant, policies } from "../../src/law/application";
import { applicationInput } from "../support/builders";
import { rule } from "../support/findings";


function applicant(force: ForceId, rank: Rank, defendant: ApplicantInput["defendant"], bcu?: string): ApplicantInput {
  return { applicant: bcu === undefined ? { force, rank } : { force, rank, bcu }, defendant };
}

/** The forces of England and Wales: the 2019 Act's applicants (Northern Ireland's are in test/law/ni/application.test.ts). */
const EW_FORCES = FORCES.filter((f) => f.jurisdiction === "england-and-wales");

describe("every rank of every ladder against the default policy", () => {
  const rows = EW_FORCES.flatMap((force) =>
    force.ranks.map((rank, i) => ({ force: force.id, rank, eligible: i >= force.ranks.indexOf("superintendent"), territorial: force.hasPoliceArea })),
  );
  it.each(rows)("$force $rank → eligible: $eligible", ({ force, rank, eligible, territorial }) => {
    const defendant = territorial ? { residesIn: { force: force as TerritorialForceId, bcu: "B1" } } : { residesIn: { force: "kent" as const, bcu: "B9" } };
    const a = assessApplicant(applicant(force, rank, defendant, "B1"));
    expect(a.verdict).toBe(eligible ? "yes" : "no");
    expect(isEligibleApplicant(applicant(force, rank, defendant, "B1"))).toBe(eligible);
    expect(rule(a, "policy.minimum-rank")?.verdict).toBe(eligible ? "yes" : "no");
  });

  it("uses the superintendent-in-BCU policy by default, also named metropolitan", () => {
    expect(policies.metropolitan).toEqual(policies.superintendentInBcu);
    const input = applicant("metropolitan", "chief-inspector", { residesIn: { force: "metropolitan", bcu: "CW" } }, "CW");
    expect(assessApplicant(input).verdict).toBe("no");
    expect(assessApplicant(input, policies.statutory).verdict).toBe("yes");
  });
});

describe("the chief officer and the police area (s.1(1), s.1(3), s.14)", () => {
  const statutory = policies.statutory;

  it("names the chief officer as one who may apply", () => {
    const a = assessApplicant(applicant("kent", "constable", { residesIn: { force: "kent" } }), statutory);
    expect(rule(a, "applicant.chief-officer")).toMatchObject({ verdict: "yes", citations: [{ label: "SPA 2019 s.1(1)" }, { label: "SPA 2019 s.14" }] });
  });

  it.each([
    ["resides in", "residesIn", "s.1(3)(a)", "no"],
    ["is believed to be in", "believedToBeIn", "s.1(3)(b)", "unknown"],
    ["intends to come to", "intendsToComeTo", "s.1(3)(b)", "unknown"],
  ] as const)("one limb alone: the defendant %s the area", (_, limb, cite, whenElsewhere) => {
    const a = assessApplicant(applicant("kent", "constable", { [limb]: { force: "kent" } }), statutory);
    const f = rule(a, "applicant.police-area");
    expect(f?.verdict).toBe("yes");
    expect(f?.citations.map((c) => c.provision)).toEqual([cite]);
    // The same limb pointing at another area: a residence elsewhere settles it; a belief elsewhere does not.
    const elsewhere = assessApplicant(applicant("kent", "constable", { [limb]: { force: "essex" } }), statutory);
    expect(rule(elsewhere, "applicant.police-area")?.verdict).toBe(whenElsewhere);
  });

  it("all limbs together", () => {
    const a = assessApplicant(
      applicant("kent", "constable", { residesIn: { force: "kent" }, believedToBeIn: { force: "kent" }, intendsToComeTo: { force: "kent" } }),
      statutory,
    );
    expect(rule(a, "applicant.police-area")?.verdict).toBe("yes");
    expect(rule(a, "applicant.police-area")?.citations.map((c) => c.provision)).toEqual(["s.1(3)(a)", "s.1(3)(b)"]);
  });

  it("an Essex resident the Kent chief officer believes is in Kent", () => {
    const a = assessApplicant(applicant("kent", "constable", { residesIn: { force: "essex" }, believedToBeIn: { force: "kent" } }), statutory);
    expect(a.verdict).toBe("yes");
  });

  it("an Essex resident with no belief about Kent: no", () => {
    const a = assessApplicant(applicant("kent", "constable", { residesIn: { force: "essex" } }), statutory);
    expect(a.verdict).toBe("no");
    expect(rule(a, "applicant.police-area")?.reason).toMatch(/does not reside in the Kent Police area/);
  });

  it("a resident outside England and Wales with no belief: no", () => {
    const a = assessApplicant(applicant("kent", "constable", { residesIn: { force: "outside-england-and-wales" } }), statutory);
    expect(a.verdict).toBe("no");
  });

  it("nothing known about where the defendant is: unknown, naming the residence", () => {
    const a = assessApplicant(applicant("kent", "constable", {}), statutory);
    expect(a.verdict).toBe("unknown");
    expect(rule(a, "applicant.police-area")?.missing).toEqual(["defendant.residesIn"]);
  });

  it.each(["british-transport-police", "ministry-of-defence-police"] as const)("%s: no police area, so s.1(3) does not apply", (force) => {
    const a = assessApplicant(applicant(force, "superintendent", {}));
    expect(a.verdict).toBe("yes");
    const area = rule(a, "applicant.police-area");
    expect(area).toMatchObject({ informative: true, citations: [{ provision: "s.1(3)" }] });
    expect(rule(a, "policy.same-bcu")).toMatchObject({ informative: true });
    expect(assessApplicant(applicant(force, "inspector", {})).verdict).toBe("no");
  });
});

describe("the same-BCU policy", () => {
  const input = (bcu: string | undefined, defendant: ApplicantInput["defendant"]) => applicant("kent", "superintendent", defendant, bcu);

  it("BCU present and the same: yes", () => {
    expect(assessApplicant(input("North", { residesIn: { force: "kent", bcu: "North" } })).verdict).toBe("yes");
    expect(assessApplicant(input(" North ", { residesIn: { force: "kent", bcu: "North" } })).verdict).toBe("yes");
  });

  it("BCU different: no", () => {
    const a = assessApplicant(input("South", { residesIn: { force: "kent", bcu: "North" } }));
    expect(a.verdict).toBe("no");
    expect(rule(a, "policy.same-bcu")?.citations[0]?.label).toBe("Metropolitan Police published practice: SPO applications");
  });

  it("the applicant's BCU absent: unknown, naming applicant.bcu", () => {
    const a = assessApplicant(input(undefined, { residesIn: { force: "kent", bcu: "North" } }));
    expect(a.verdict).toBe("unknown");
    expect(rule(a, "policy.same-bcu")?.missing).toEqual(["applicant.bcu"]);
  });

  it("both BCUs absent: unknown, naming both (a missing BCU never matches another)", () => {
    const a = assessApplicant(input(undefined, { residesIn: { force: "kent" } }));
    expect(rule(a, "policy.same-bcu")).toMatchObject({ verdict: "unknown", missing: ["applicant.bcu", "defendant.residesIn.bcu"] });
  });

  it("the defendant's BCU absent: unknown, naming its path", () => {
    const a = assessApplicant(input("North", { residesIn: { force: "kent" } }));
    expect(rule(a, "policy.same-bcu")?.missing).toEqual(["defendant.residesIn.bcu"]);
  });

  it("any limb's BCU will do: believed to be in the applicant's BCU", () => {
    const a = assessApplicant(input("North", { residesIn: { force: "kent", bcu: "South" }, believedToBeIn: { force: "kent", bcu: "North" } }));
    expect(a.verdict).toBe("yes");
    expect(rule(a, "policy.same-bcu")?.reason).toMatch(/believed to be/);
  });

  it("a force may define its own policy as plain data", () => {
    const kent: Policy = { name: "kent-ci", minimumRank: "chief-inspector", requireSameBcu: false };
    const a = assessApplicant(applicant("kent", "chief-inspector", { residesIn: { force: "kent" } }), kent);
    expect(a.verdict).toBe("yes");
    expect(rule(a, "policy.minimum-rank")?.citations[0]?.label).toBe('Force policy "kent-ci": SPO applications');
    expect(rule(a, "policy.same-bcu")).toBeUndefined();
  });
});

describe("input errors", () => {
  it("a rank the force does not have", () => {
    expect(() => assessApplicant(applicant("kent", "commander", { residesIn: { force: "kent" } }))).toThrow(SpoInputError);
    try {
      assessApplicant(applicant("kent", "commander", {}));
    } catch (e) {
      expect((e as SpoInputError).issues).toEqual([{ path: "applicant.rank", message: "is not a rank in Kent Police" }]);
    }
  });

  it("an unknown force, and a place that is not a police area", () => {
    expect(() => assessApplicant(applicant("police-scotland" as ForceId, "superintendent", {}))).toThrow(/applicant.force/);
    expect(() =>
      assessApplicant(applicant("kent", "superintendent", { residesIn: { force: "british-transport-police" as "kent" } })),
    ).toThrow(/defendant.residesIn.force/);
  });

  it("a policy minimum rank the force does not have", () => {
    const p: Policy = { name: "met-commander", minimumRank: "commander", requireSameBcu: false };
    expect(() => assessApplicant(applicant("kent", "superintendent", {}), p)).toThrow(/policy.minimumRank/);
    expect(assessApplicant(applicant("metropolitan", "commander", { residesIn: { force: "metropolitan" } }), p).verdict).toBe("yes");
  });

  it("a misspelt field", () => {
    expect(() => assessApplicant({ ...applicant("kent", "superintendent", {}), defendent: {} } as unknown as ApplicantInput)).toThrow(
      /defendent: is not a recognised field/,
    );
  });
});

describe("properties", () => {
  const scenario = fc.record({
    force: fc.constantFrom(...EW_FORCES),
    rankIndex: fc.nat(),
    raiseBy: fc.nat(),
    bcu: fc.option(fc.constantFrom("North", "South"), { nil: undefined }),
    residesIn: fc.option(fc.record({ force: fc.constantFrom(...TERRITORIAL_FORCE_IDS), bcu: fc.constantFrom("North", "South") }), { nil: undefined }),
    believedToBeIn: fc.option(fc.record({ force: fc.constantFrom(...TERRITORIAL_FORCE_IDS), bcu: fc.constantFrom("North", "South") }), { nil: undefined }),
    policy: fc.constantFrom(policies.statutory, policies.superintendentInBcu),
  });

  test.prop([scenario])("raising the applicant's rank never turns yes into no", (s) => {
    const ladder = s.force.ranks;
    const low = s.rankIndex % ladder.length;
    const high = Math.min(ladder.length - 1, low + s.raiseBy);
    const defendant = { residesIn: s.residesIn, believedToBeIn: s.believedToBeIn };
    const before = assessApplicant(applicant(s.force.id, ladder[low]!, defendant, s.bcu), s.policy);
    const after = assessApplicant(applicant(s.force.id, ladder[high]!, defendant, s.bcu), s.policy);
    if (before.verdict === "yes") expect(after.verdict).toBe("yes");
  });

  test.prop([scenario, fc.constantFrom("believedToBeIn", "intendsToComeTo") ])("adding a satisfied limb never turns yes into no", (s, limb) => {
    const rank = s.force.ranks[s.rankIndex % s.force.ranks.length]!;
    const defendant = { residesIn: s.residesIn, believedToBeIn: s.believedToBeIn };
    const before = assessApplicant(applicant(s.force.id, rank, defendant, s.bcu), s.policy);
    const satisfied = s.force.hasPoliceArea ? { force: s.force.id as "kent", bcu: s.bcu ?? "North" } : undefined;
    const after = assessApplicant(applicant(s.force.id, rank, { ...defendant, [limb]: satisfied }, s.bcu), s.policy);
    if (before.verdict === "yes") expect(after.verdict).toBe("yes");
  });

  test.prop([scenario])("every finding cites at least one provision or policy", (s) => {
    const rank = s.force.ranks[s.rankIndex % s.force.ranks.length]!;
    const a = assessApplicant(applicant(s.force.id, rank, { residesIn: s.residesIn }, s.bcu), s.policy);
    for (const f of a.findings) expect(f.citations.length).toBeGreaterThan(0);
    if (a.verdict === "unknown") expect(a.findings.some((f) => f.verdict === "unknown" && (f.missing?.length ?? 0) > 0)).toBe(true);
  });
});

describe("assessApplication", () => {
  it("an eligible application in Kent, heard by the magistrates' court", () => {
    const a = assessApplication(applicationInput());
    expect(a.verdict).toBe("yes");
    expect(a.value).toEqual({ court: "magistrates-court" });
    expect(a.findings.map((f) => f.rule)).toEqual([
      "application.commencement",
      "applicant.chief-officer",
      "applicant.police-area",
      "policy.minimum-rank",
      "policy.same-bcu",
      "ground.A",
      "ground.B",
      "ground.C",
      "application.venue",
      "application.time-limit",
    ]);
    expect(a.findings.find((f) => f.rule === "application.time-limit")).toMatchObject({ informative: true, citations: [{ label: "SPA 2019 s.13(2)" }] });
  });

  it.each([
    ["2020-01-19", "no"],
    ["2020-01-20", "yes"],
    ["2020-01-21", "yes"],
  ])("an application made on %s: commencement %s", (madeOn, verdict) => {
    const base = applicationInput();
    const a = assessApplication({ ...base, madeOn, grounds: { ...base.grounds, acts: [{ kind: "following", on: "2019-12-01" }] } });
    expect(rule(a, "application.commencement")?.verdict).toBe(verdict);
    expect(a.verdict).toBe(verdict);
    expect(rule(a, "application.commencement")?.citations[0]?.label).toBe("SI 2020/26 reg.2");
  });

  it.each([
    ["2008-03-02", "2026-03-01", "youth-court", 17],
    ["2008-03-02", "2026-03-02", "magistrates-court", 18],
    ["2008-03-02", "2026-03-03", "magistrates-court", 18],
    ["2008-02-29", "2026-02-28", "youth-court", 17],
    ["2008-02-29", "2026-03-01", "magistrates-court", 18],
    ["2008-02-29", "2028-02-28", "magistrates-court", 19],
  ])("born %s, applied %s → %s", (dateOfBirth, madeOn, court, age) => {
    const base = applicationInput();
    const a = assessApplication({ ...base, madeOn, defendant: { ...base.defendant, dateOfBirth } });
    expect(a.value.court).toBe(court);
    expect(rule(a, "application.venue")?.reason).toContain(`is ${age} on the application date`);
  });

  it("without a date of birth the venue is null, with an informative unknown", () => {
    const base = applicationInput();
    const { dateOfBirth: _, ...defendant } = base.defendant;
    const a = assessApplication({ ...base, defendant });
    expect(a.value.court).toBeNull();
    expect(a.verdict).toBe("yes");
    expect(rule(a, "application.venue")).toMatchObject({ informative: true, verdict: "unknown", missing: ["defendant.dateOfBirth"] });
  });

  it("roots the grounds' missing paths under grounds", () => {
    const base = applicationInput();
    const a = assessApplication({ ...base, grounds: { ...base.grounds, risk: { to: ["V1"], judged: null } } });
    expect(a.verdict).toBe("unknown");
    expect(rule(a, "ground.B")?.missing).toEqual(["grounds.risk.judged"]);
  });

  it("rejects an act after the application date and a birth after it", () => {
    const base = applicationInput();
    expect(() => assessApplication({ ...base, grounds: { ...base.grounds, acts: [{ kind: "following", on: "2026-03-03" }] } })).toThrow(
      /grounds.acts\[0\].on: is after the application date/,
    );
    expect(() => assessApplication({ ...base, defendant: { ...base.defendant, dateOfBirth: "2026-03-03" } })).toThrow(/defendant.dateOfBirth/);
  });
});
