// One jurisdiction per case, and the inputs that exist in only one of them: input errors with paths.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/case";
import { PSNI } from "../../src/model/forces";
import { caseJurisdiction } from "../../src/model/schemas";

const niOrder = { id: "SPO-NI-1", kind: "full", madeOn: "2026-03-02", applicantForce: PSNI, duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "No contact with V1." }] };
const ewOrder = { id: "SPO-1", kind: "full", madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "No contact with V1." }] };
const issues = (input: unknown) => {
  const r = evaluateCase(input);
  return r.ok ? [] : r.issues;
};

describe("a case is in one jurisdiction", () => {
  it("the applying force decides: the PSNI's orders are Northern Ireland's, the report says so", () => {
    const r = evaluateCase({ asOf: "2026-04-01", order: niOrder });
    expect(r.ok && r.report.jurisdiction).toBe("northern-ireland");
    const e = evaluateCase({ asOf: "2026-04-01", order: ewOrder });
    expect(e.ok && e.report.jurisdiction).toBe("england-and-wales");
    expect(caseJurisdiction({})).toBe("england-and-wales");
  });

  it("mixing an England and Wales order with a Northern Ireland one is an input error at the second", () => {
    expect(issues({ asOf: "2026-04-01", orders: [ewOrder, { ...niOrder, id: "SPO-NI-1" }] })).toEqual([
      { path: "orders[1].applicantForce", message: "is a force in Northern Ireland, but orders[0].applicantForce is in England and Wales: a case is in one jurisdiction" },
    ]);
    const application = { madeOn: "2026-02-01", applicant: { force: PSNI, rank: "inspector" }, defendant: { id: "D1" }, grounds: { acts: [], risk: { judged: null }, necessity: { judged: null } } };
    expect(issues({ asOf: "2026-04-01", application, order: ewOrder })).toEqual([
      { path: "order.applicantForce", message: "is a force in England and Wales, but application.applicant.force is in Northern Ireland: a case is in one jurisdiction" },
    ]);
  });
});

describe("inputs of one jurisdiction only", () => {
  it("Northern Ireland order fields in an England and Wales order are input errors", () => {
    expect(issues({ asOf: "2026-04-01", order: { ...ewOrder, comesIntoForceOn: "2026-03-03" } })).toEqual([
      { path: "order.comesIntoForceOn", message: "applies to Northern Ireland orders only (the applying force is in England and Wales)" },
    ]);
  });

  it("a Northern Ireland order with an England and Wales court area is an input error", () => {
    expect(issues({ asOf: "2026-04-01", order: { ...niOrder, courtArea: "kent" } })).toEqual([
      { path: "order.courtArea", message: "must be absent for a Northern Ireland order: it names a police area in England and Wales" },
    ]);
  });

  it("comesIntoForceOn before madeOn; an interim's outcome on a full order; appealConditionsMetOn without a dismissal or before it", () => {
    expect(issues({ asOf: "2026-04-01", order: { ...niOrder, comesIntoForceOn: "2026-03-01" } })).toEqual([{ path: "order.comesIntoForceOn", message: "is before madeOn (2026-03-02)" }]);
    expect(issues({ asOf: "2026-04-01", order: { ...niOrder, mainApplicationOutcome: "withdrawn" } })).toEqual([
      { path: "order.mainApplicationOutcome", message: "applies to interim orders only (a full order is itself the determination)" },
    ]);
    const interim = { ...niOrder, kind: "interim", duration: { type: "fixed", lastDay: "2026-09-01" } };
    expect(issues({ asOf: "2026-04-01", order: { ...interim, mainApplicationOutcome: "withdrawn", appealConditionsMetOn: "2026-03-20" } })).toEqual([
      { path: "order.appealConditionsMetOn", message: 'applies only when mainApplicationOutcome is "dismissed"' },
    ]);
    expect(issues({ asOf: "2026-04-01", order: { ...interim, mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-10", appealConditionsMetOn: "2026-03-09" } })).toEqual([
      { path: "order.appealConditionsMetOn", message: "is before the dismissal (mainApplicationDeterminedOn 2026-03-10)" },
    ]);
  });

  it("a Northern Ireland exemption scheme in an England and Wales case is an input error; SOA 2003 Part 2 is accepted in both", () => {
    const son = (scheme: string) => ({ sexOffenderNotification: { subjectWhenOrderMade: true, scheme } });
    expect(issues({ asOf: "2026-04-01", order: ewOrder, notification: son("justice-ni-2015-part-8") })).toEqual([
      { path: "notification.sexOffenderNotification.scheme", message: 'is a Northern Ireland scheme; in England and Wales only "soa-2003-part-2" suspends notification (SPA 2019 s.9(5))' },
    ]);
    expect(issues({ asOf: "2026-04-01", order: ewOrder, notification: son("soa-2003-part-2") })).toEqual([]);
    expect(issues({ asOf: "2026-04-01", order: niOrder, notification: son("human-trafficking-ni-2015-sch-3") })).toEqual([]);
  });

  it("a BCU policy in a Northern Ireland case is an input error at the policy", () => {
    expect(issues({ asOf: "2026-04-01", order: niOrder, policy: "superintendent-in-bcu" })).toEqual([
      { path: "policy", message: 'is a BCU policy, which does not apply in Northern Ireland: use "statutory" or a policy with requireSameBcu false' },
    ]);
    expect(issues({ asOf: "2026-04-01", order: niOrder, policy: { name: "x", requireSameBcu: true } })).toEqual([
      { path: "policy.requireSameBcu", message: "must be false in Northern Ireland: the PSNI has no BCU rule for applications" },
    ]);
  });

  it("a BCU policy passed in the options for a Northern Ireland application is reported at options.policy", () => {
    const application = { madeOn: "2026-02-01", applicant: { force: PSNI, rank: "inspector" }, defendant: { id: "D1", residesIn: { force: PSNI } }, grounds: { acts: [], risk: { judged: null }, necessity: { judged: null } } };
    const r = evaluateCase({ asOf: "2026-04-01", application }, { policy: "superintendent-in-bcu" });
    expect(r).toEqual({ ok: false, issues: [{ path: "options.policy.requireSameBcu", message: "must be false for a Northern Ireland applicant: the PSNI has no BCU rule for applications" }] });
  });

  it("a policy's minimum rank the force lacks is reported at the policy, not under application", () => {
    const application = { madeOn: "2026-02-01", applicant: { force: "kent", rank: "superintendent" }, defendant: { id: "D1", residesIn: { force: "kent" } }, grounds: { acts: [], risk: { judged: null }, necessity: { judged: null } } };
    const r = evaluateCase({ asOf: "2026-04-01", application, policy: { name: "x", minimumRank: "commander", requireSameBcu: false } });
    expect(r).toEqual({ ok: false, issues: [{ path: "policy.minimumRank", message: "is not a rank in Kent Police, so the policy cannot be applied to it" }] });
  });
});
