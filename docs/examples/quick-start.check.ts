// Runs the README's quick start and checks what its comments claim.
import assert from "node:assert/strict";
import { assessApplicant, minimumFixedPeriodLastDay, notificationPeriod } from "stalking-protection-orders";

assert.deepEqual(notificationPeriod("2026-10-24T23:30:00Z"), { startsOn: "2026-10-25", lastDay: "2026-10-27", endsAt: "2026-10-28T00:00:00+00:00" });
assert.equal(minimumFixedPeriodLastDay("2028-02-29"), "2030-02-28");
assert.equal(
  assessApplicant({ applicant: { force: "kent", rank: "superintendent", bcu: "North" }, defendant: { residesIn: { force: "kent", bcu: "North" } } }).verdict,
  "yes",
);
