import { assessApplicant, explain, minimumFixedPeriodLastDay, notificationPeriod } from "stalking-protection-orders";

console.log(notificationPeriod("2026-10-24T23:30:00Z")); // 00:30 on 25 October in London
// → { startsOn: "2026-10-25", lastDay: "2026-10-27", endsAt: "2026-10-28T00:00:00+00:00" }
console.log(minimumFixedPeriodLastDay("2028-02-29")); // → "2030-02-28" (SPA 2019 s.3(2))

const applicant = assessApplicant({
  applicant: { force: "kent", rank: "superintendent", bcu: "North" },
  defendant: { residesIn: { force: "kent", bcu: "North" } },
});
console.log(explain(applicant)); // Verdict: yes, then one line per finding with its citation
