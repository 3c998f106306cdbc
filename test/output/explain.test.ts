import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/case";
import { explain, explainAgenda } from "../../src/output/explain";
import { isSpoInputError } from "../../src/core/errors";
import { assessApplicant } from "../../src/law/application";

describe("explain", () => {
  it("renders an assessment: the verdict, then one line per finding with its citations", () => {
    const text = explain(assessApplicant({ applicant: { force: "kent", rank: "superintendent" }, defendant: { residesIn: { force: "kent", bcu: "North" } } }));
    const lines = text.split("\n");
    expect(lines[0]).toBe("Verdict: unknown");
    expect(lines).toContain("  yes     applicant.police-area: The defendant resides in the Kent Police area. [SPA 2019 s.1(3)(a)]");
    expect(text).toContain("unknown policy.same-bcu: The applying officer's BCU is not recorded. Missing: applicant.bcu. [Metropolitan Police published practice: SPO applications]");
  });

  it("renders a whole report with headings, obligations and key dates", () => {
    const r = evaluateCase({
      asOf: "2026-06-10",
      order: { id: "SPO-9", kind: "full", madeOn: "2026-06-01", servedAt: "2026-06-01", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] },
      notification: { notifications: [] },
      incidents: [{ type: "term-breached", termId: "T1", at: "2026-06-05", reasonableExcuse: null }],
    });
    const text = explain(r);
    for (const heading of ["Case as at Wed 10 Jun 2026", "Action needed: 2 items", "Order SPO-9: lawful: yes", "Order SPO-9 in force at Wed 10 Jun 2026: yes", "Notification (compliant?): no", "Incident 1 (offence?): unknown", "Key dates:"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("overdue      initial (order SPO-9): Mon 1 Jun 2026 to Wed 3 Jun 2026 (ends Thu 4 Jun 2026 00:00 (+01:00))");
    expect(text).toContain("Offence: Breach of a stalking protection order");
    expect(text).toContain("  Wed 3 Jun 2026  Initial notification: last day (order SPO-9) [SPA 2019 s.9(1)]");
    if (r.ok) expect(explain(r.report)).toBe(text);
  });

  it("renders an invalid case as its issues, one per line", () => {
    expect(explain(evaluateCase({ asOf: "2026-02-30" }))).toBe("Invalid case file:\n  asOf: is not a real calendar day");
    expect(explain(evaluateCase(null))).toBe("Invalid case file:\n  (input): must be an object");
  });
});

describe("explainAgenda", () => {
  const r = evaluateCase({
    asOf: "2026-06-10",
    order: { id: "SPO-9", kind: "full", madeOn: "2026-06-01", servedAt: "2026-06-01", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [] },
    notification: { notifications: [] },
  });

  it("is the title and the agenda: how explain starts, and nothing after", () => {
    const text = explainAgenda(r);
    expect(text.split("\n").slice(0, 3)).toEqual(["Case as at Wed 10 Jun 2026", "", "Action needed: 2 items"]);
    expect(text).toContain("overdue");
    expect(explain(r).startsWith(`${text}\n\n`)).toBe(true);
    if (r.ok) expect(explainAgenda(r.report)).toBe(text);
  });

  it("says Nothing due when the agenda is empty", () => {
    expect(explainAgenda(evaluateCase({ asOf: "2026-01-01" }))).toBe("Case as at Thu 1 Jan 2026\n\nNothing due");
  });

  it("refuses an invalid result or anything else with an input error", () => {
    for (const bad of [evaluateCase({ asOf: "x" }), null, { verdict: "yes", findings: [] }]) {
      let thrown: unknown;
      try {
        explainAgenda(bad as never);
      } catch (e) {
        thrown = e;
      }
      expect(isSpoInputError(thrown)).toBe(true);
    }
  });
});

