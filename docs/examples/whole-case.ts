// A whole case file — one defendant's history of orders — evaluated as at a date, never throwing.
import assert from "node:assert/strict";
import { evaluateCase, explain } from "stalking-protection-orders";

const result = evaluateCase({
  asOf: "2026-11-27",
  orders: [
    {
      id: "ISPO-TVP-1",
      kind: "interim",
      madeOn: "2026-01-12",
      servedAt: "2026-01-12",
      applicantForce: "thames-valley",
      duration: { type: "fixed", lastDay: "2026-04-30" },
      terms: [{ id: "T1", type: "prohibition", text: "Must not contact V-4." }],
    },
    {
      id: "SPO-TVP-1",
      kind: "full",
      madeOn: "2026-02-09",
      servedAt: "2026-02-09",
      applicantForce: "thames-valley",
      replacesInterimOrder: "ISPO-TVP-1",
      duration: { type: "fixed", lastDay: "2029-02-08" },
      terms: [{ id: "T1", type: "prohibition", text: "Must not contact V-4." }],
    },
  ],
  incidents: [
    // No orderId: each breach is resolved to the order with term T1 in effect at the time.
    { type: "term-breached", termId: "T1", at: "2026-01-20T19:45:00Z", reasonableExcuse: false },
    { type: "term-breached", termId: "T1", at: "2026-09-14T19:45:00+01:00", reasonableExcuse: null },
  ],
});

assert.ok(result.ok);
const { report } = result;
assert.deepEqual(report.orders.map((o) => [o.id, o.inForce.verdict]), [["ISPO-TVP-1", "no"], ["SPO-TVP-1", "yes"]]);
assert.deepEqual(report.incidents.map((a) => a.verdict), ["yes", "unknown"]);
assert.equal(report.incidents[1]?.value?.offence, "breach-of-order");
assert.deepEqual(report.keyDates.filter((k) => k.kind === "incident").map((k) => k.orderId), ["ISPO-TVP-1", "SPO-TVP-1"]);
assert.match(explain(result), /Incident 2 \(offence\?\): unknown/);

const invalid = evaluateCase({ asOf: "2026-02-30" });
assert.deepEqual(invalid, { ok: false, issues: [{ path: "asOf", message: "is not a real calendar day" }] });
