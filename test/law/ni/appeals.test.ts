// Appeals in Northern Ireland: the Act has no appeal section, and the county court route s.11(10)(a) refers to is
// not modelled, so appealRights answers unknown and never gives the England and Wales Crown Court rights.
import { describe, expect, it } from "vitest";
import { appealRights, type AppealDecision } from "../../../src/law/appeals";
import { expectNiCitations, NI_FORCE } from "../../support/ni-builders";

const decisions: AppealDecision[] = [
  { decision: "order-made" },
  { decision: "order-refused" },
  { decision: "interim-order-made" },
  { decision: "interim-order-refused" },
  { decision: "section-4-order-made", onApplicationOf: "chief-officer" },
  { decision: "section-4-order-made", onApplicationOf: "defendant" },
  { decision: "section-4-order-refused", onApplicationOf: "defendant" },
  { decision: "section-4-order-refused", onApplicationOf: "chief-officer" },
];

describe("appealRights for a Northern Ireland order", () => {
  it.each(decisions)("%j: unknown, no rights, the route not modelled", (decision) => {
    const a = appealRights({ ...decision, applicantForce: NI_FORCE });
    expect(a.verdict).toBe("unknown");
    expect(a.value).toEqual([]);
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ rule: "appeal.route", variant: "ni-not-modelled", citations: [{ label: "PfS(NI)A 2022 s.11(10)(a)" }] });
    expect(a.findings[0]?.reason).toContain("county court");
    expect(a.findings[0]?.reason).not.toContain("Crown Court");
    expectNiCitations(a.findings);
  });

  it.each([
    [decisions[0] as AppealDecision, "order-made", "the making of the stalking protection order"],
    [decisions[1] as AppealDecision, "order-refused", "the refusal to make a stalking protection order"],
    [decisions[2] as AppealDecision, "interim-order-made", "the making of the interim stalking protection order"],
    [decisions[3] as AppealDecision, "interim-order-refused", "the refusal to make an interim stalking protection order"],
    [decisions[4] as AppealDecision, "section-4-made-on-chief-officer-application", "made on a chief officer's application"],
    [decisions[5] as AppealDecision, "section-4-made-on-defendant-application", "made on the defendant's application"],
    [decisions[6] as AppealDecision, "section-4-refused-defendant-application", "the refusal of the defendant's application"],
    [decisions[7] as AppealDecision, "section-4-refused-chief-officer-application", "the refusal of the chief officer's application"],
  ] as [AppealDecision, string, string][])("%j is named as %s", (decision, against, words) => {
    const f = appealRights({ ...decision, applicantForce: NI_FORCE }).findings[0];
    expect(f?.params).toEqual({ against });
    expect(f?.reason).toContain(words);
  });

  it("names the decision in its sentence", () => {
    expect(appealRights({ decision: "order-refused", applicantForce: NI_FORCE }).findings[0]?.reason).toContain("the refusal to make a stalking protection order");
  });

  it("an England and Wales force, or none, keeps the Crown Court rights (SPA 2019 s.7)", () => {
    for (const d of [{ decision: "order-made" as const }, { decision: "order-made" as const, applicantForce: "kent" as const }]) {
      const a = appealRights(d);
      expect(a.verdict).toBe("yes");
      expect(a.value[0]).toMatchObject({ appellant: "defendant", court: "crown-court", citations: [{ label: "SPA 2019 s.7" }] });
    }
  });

  it("an unknown force is an input error", () => {
    expect(() => appealRights({ decision: "order-made", applicantForce: "atlantis" } as unknown as AppealDecision)).toThrow(/decision.applicantForce/);
  });
});
