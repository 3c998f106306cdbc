import { describe, expect, it } from "vitest";
import { appealRights, type AppealDecision } from "../../src/law/appeals";

describe("appealRights (s.7)", () => {
  it.each([
    [{ decision: "order-made" }, "defendant"],
    [{ decision: "interim-order-made" }, "defendant"],
    [{ decision: "order-refused" }, "chief-officer-who-applied"],
    [{ decision: "interim-order-refused" }, "chief-officer-who-applied"],
    [{ decision: "section-4-order-made", onApplicationOf: "chief-officer" }, "defendant"],
    [{ decision: "section-4-order-made", onApplicationOf: "defendant" }, "relevant-chief-officer"],
    [{ decision: "section-4-order-refused", onApplicationOf: "defendant" }, "defendant"],
    [{ decision: "section-4-order-refused", onApplicationOf: "chief-officer" }, "chief-officer-who-applied"],
  ] as [AppealDecision, string][])("%j → %s may appeal to the Crown Court", (decision, appellant) => {
    const a = appealRights(decision);
    expect(a.verdict).toBe("yes");
    expect(a.value).toHaveLength(1);
    expect(a.value[0]).toMatchObject({ appellant, court: "crown-court", citations: [{ label: "SPA 2019 s.7" }] });
    expect(a.findings[0]?.reason).toMatch(/may appeal to the Crown Court against/);
  });

  it("rejects an unknown decision", () => {
    expect(() => appealRights({ decision: "order-varied" } as unknown as AppealDecision)).toThrow(/decision.decision/);
  });
});
