// A whole case file, evaluated as at a date, never throwing.
import assert from "node:assert/strict";
import { evaluateCase, explain } from "stalking-protection-orders";

const result = evaluateCase({
  asOf: "2026-11-27",
  order: {
    kind: "full",
    madeOn: "2026-02-09",
    servedAt: "2026-02-09",
    applicantForce: "thames-valley",
    duration: { type: "fixed", lastDay: "2029-02-08" },
    terms: [{ id: "T1", type: "prohibition", text: "Must not contact V-4." }],
  },
  incidents: [{ type: "term-breached", termId: "T1", at: "2026-09-14T19:45:00+01:00", reasonableExcuse: null }],
});

assert.ok(result.ok);
assert.equal(result.report.incidents[0]?.verdict, "unknown");
assert.equal(result.report.incidents[0]?.value?.offence, "breach-of-order");
assert.match(explain(result), /Incident 1 \(offence\?\): unknown/);

const invalid = evaluateCase({ asOf: "2026-02-30" });
assert.deepEqual(invalid, { ok: false, issues: [{ path: "asOf", message: "is not a real calendar day" }] });
