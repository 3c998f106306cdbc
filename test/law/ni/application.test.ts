// Northern Ireland applications (PfS(NI)A 2022 s.7(2)–(4), s.12(2)–(7)): the Chief Constable alone, the
// territorial condition, the venue by the Act, no time limit, commencement on 19 October 2023, no BCU rule.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isSpoInputError } from "../../../src/core/errors";
import { assessApplicant, assessApplication, defaultPolicy, isEligibleApplicant, policies } from "../../../src/law/application";
import { PSNI, getForce } from "../../../src/model/forces";
import type { ApplicantInput, ApplicationInput, Place } from "../../../src/model/schemas";
import { rule } from "../../support/findings";

const NI: Place = { force: PSNI };

function applicant(defendant: ApplicantInput["defendant"], rank: ApplicantInput["applicant"]["rank"] = "inspector"): ApplicantInput {
  return { applicant: { force: PSNI, rank }, defendant };
}

function application(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    madeOn: "2026-03-02",
    applicant: { force: PSNI, rank: "inspector" },
    defendant: { id: "D1", dateOfBirth: "1990-06-15", residesIn: NI },
    grounds: { acts: [{ kind: "entering-premises", on: "2026-01-05", against: "V1" }], risk: { to: ["V1"], judged: true }, necessity: { toProtect: ["V1"], judged: true } },
    ...overrides,
  };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

const labels = (a: { findings: { citations: { label: string }[] }[] }) => a.findings.flatMap((f) => f.citations.map((c) => c.label));

describe("the applicant (s.7(2)–(3))", () => {
  it("the Chief Constable may apply against a person residing in Northern Ireland, under the Act alone by default", () => {
    const a = assessApplicant(applicant({ residesIn: NI }));
    expect(a.verdict).toBe("yes");
    expect(a.findings.map((f) => [f.rule, f.verdict])).toEqual([
      ["applicant.chief-officer", "yes"],
      ["applicant.police-area", "yes"],
    ]);
    expect(rule(a, "applicant.chief-officer")?.reason).toBe("The Chief Constable of the Police Service of Northern Ireland is the one person who may apply for a stalking protection order in Northern Ireland.");
    expect(labels(a)).toEqual(["PfS(NI)A 2022 s.7(2)", "PfS(NI)A 2022 s.7(3)(a)"]);
    expect(defaultPolicy(PSNI)).toBe(policies.statutory);
    expect(getForce(PSNI).jurisdiction).toBe("northern-ireland");
  });

  it.each([
    [{ believedToBeIn: NI }, ["believedToBeIn"], ["PfS(NI)A 2022 s.7(3)(b)"]],
    [{ intendsToComeTo: NI, residesIn: { force: "kent" } }, ["intendsToComeTo"], ["PfS(NI)A 2022 s.7(3)(b)"]],
    [{ residesIn: NI, believedToBeIn: NI }, ["residesIn", "believedToBeIn"], ["PfS(NI)A 2022 s.7(3)(a)", "PfS(NI)A 2022 s.7(3)(b)"]],
  ] as const)("a belief that the defendant is in or is coming to Northern Ireland is enough: %j", (defendant, limbs, cites) => {
    const f = rule(assessApplicant(applicant(defendant as ApplicantInput["defendant"])), "applicant.police-area");
    expect(f?.verdict).toBe("yes");
    expect(f?.params).toEqual({ limbs });
    expect(f?.citations.map((c) => c.label)).toEqual(cites);
  });

  it("a defendant residing in England and Wales, with no belief held, is outside the condition: no", () => {
    const f = rule(assessApplicant(applicant({ residesIn: { force: "kent" } })), "applicant.police-area");
    expect(f?.verdict).toBe("no");
    expect(f?.reason).toBe("The defendant does not reside in Northern Ireland and the Chief Constable holds no belief that they are in it or intend to come to it.");
  });

  it("no residence recorded is unknown, naming it; a place only 'outside England and Wales' is unknown, naming its force", () => {
    expect(rule(assessApplicant(applicant({})), "applicant.police-area")).toMatchObject({ verdict: "unknown", missing: ["defendant.residesIn"] });
    expect(rule(assessApplicant(applicant({ residesIn: { force: "outside-england-and-wales" } })), "applicant.police-area")).toMatchObject({
      verdict: "unknown",
      missing: ["defendant.residesIn.force"],
    });
  });

  it("a BCU policy is an input error for the PSNI, naming requireSameBcu; a minimum-rank policy is applied and cited as policy", () => {
    const e = thrown(() => assessApplicant(applicant({ residesIn: NI }), policies.superintendentInBcu));
    expect(isSpoInputError(e) && e.issues).toEqual([{ path: "policy.requireSameBcu", message: "must be false for a Northern Ireland applicant: the PSNI has no BCU rule for applications" }]);
    const own = { name: "psni-spo", minimumRank: "superintendent", requireSameBcu: false } as const;
    expect(assessApplicant(applicant({ residesIn: NI }, "inspector"), own).verdict).toBe("no");
    expect(isEligibleApplicant(applicant({ residesIn: NI }, "superintendent"), own)).toBe(true);
    expect(rule(assessApplicant(applicant({ residesIn: NI }, "superintendent"), own), "policy.minimum-rank")?.citations[0]?.label).toBe('Force policy "psni-spo": SPO applications');
  });

  test.prop([fc.constantFrom(...getForce(PSNI).ranks), fc.constantFrom<ApplicantInput["defendant"]>({ residesIn: NI }, { believedToBeIn: NI }, { residesIn: { force: "kent" } }, {}, { intendsToComeTo: { force: "outside-england-and-wales" } })])(
    "every finding cites the Northern Ireland Act, never SPA 2019; any rank may apply under the Act alone",
    (rank, defendant) => {
      const a = assessApplicant(applicant(defendant, rank));
      for (const label of labels(a)) expect(label).toMatch(/^PfS\(NI\)A 2022 /);
      expect(rule(a, "policy.minimum-rank")).toBeUndefined();
    },
  );
});

describe("the application (s.7, s.12)", () => {
  it("an application in Northern Ireland: commencement, applicant, grounds, venue and no time limit, all under the 2022 Act", () => {
    const a = assessApplication(application());
    expect(a.verdict).toBe("yes");
    expect(a.value).toEqual({ court: "magistrates-court" });
    expect(a.findings.map((f) => f.rule)).toEqual([
      "application.commencement",
      "applicant.chief-officer",
      "applicant.police-area",
      "ground.A",
      "ground.B",
      "ground.C",
      "application.venue",
      "application.time-limit",
    ]);
    expect(labels(a).filter((l) => !l.startsWith("PfS(NI)A 2022 "))).toEqual(["S.R. 2023/174 art.2"]);
    expect(rule(a, "application.time-limit")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.12(2)", "PfS(NI)A 2022 s.12(3)"]);
  });

  it.each([
    ["2023-10-18", "no"],
    ["2023-10-19", "yes"],
    ["2023-10-20", "yes"],
  ] as const)("an application made on %s: commencement %s (19 October 2023, S.R. 2023/174)", (madeOn, verdict) => {
    const f = rule(assessApplication(application({ madeOn, grounds: { ...application().grounds, acts: [{ kind: "following", on: "2023-10-01" }] } })), "application.commencement");
    expect(f?.verdict).toBe(verdict);
    expect(f?.citations.map((c) => c.label)).toEqual(["S.R. 2023/174 art.2", "PfS(NI)A 2022 s.7(2)"]);
  });

  it.each([
    ["2008-03-03", "youth-court", 17],
    ["2008-03-02", "magistrates-court", 18],
    ["2008-03-01", "magistrates-court", 18],
  ] as const)("born %s, applied for on 2026-03-02: %s (s.12(4), under 18 on the day the application is made)", (dateOfBirth, court, age) => {
    const a = assessApplication(application({ defendant: { id: "D1", dateOfBirth, residesIn: NI } }));
    expect(a.value.court).toBe(court);
    expect(rule(a, "application.venue")).toMatchObject({ variant: "ni-age", params: { age, court } });
    expect(rule(a, "application.venue")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.12(4)", "PfS(NI)A 2022 s.12(6)"]);
  });

  it("without a date of birth the court is not known", () => {
    const a = assessApplication(application({ defendant: { id: "D1", residesIn: NI } }));
    expect(a.value.court).toBeNull();
    expect(rule(a, "application.venue")).toMatchObject({ verdict: "unknown", missing: ["defendant.dateOfBirth"] });
  });
});
