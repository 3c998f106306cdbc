import { assessApplicant, explain, minimumFixedPeriodLastDay, notificationPeriod } from "stalking-protection-orders";

// Served at 23:30 UTC on 24 October 2026: 00:30 on the 25th in London, so the 3 days begin on the 25th (s.9).
notificationPeriod("2026-10-24T23:30:00Z"); // → { startsOn: "2026-10-25", lastDay: "2026-10-27", endsAt: "2026-10-28T00:00:00+00:00" }
minimumFixedPeriodLastDay("2028-02-29"); // → "2030-02-28"

const applicant = assessApplicant({
  applicant: { force: "kent", rank: "superintendent", bcu: "North" },
  defendant: { residesIn: { force: "kent", bcu: "North" } },
});
applicant.verdict; // → "yes"
console.log(explain(applicant)); // the verdict, then one line per finding with its citation
