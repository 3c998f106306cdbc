// The demo: the public API, from the built package, on a sample date.
import { minimumFixedPeriodLastDay, notificationPeriod } from "../dist/index.js";

const servedAt = "2026-10-24T23:30:00Z";
const period = notificationPeriod(servedAt);
console.log(`Order served at ${servedAt} (London day ${period.startsOn}).`);
console.log(`Initial notification (SPA 2019 s.9(1)): last day ${period.lastDay}, ends at ${period.endsAt}.`);
const madeOn = "2028-02-29";
console.log(`A full order made on ${madeOn} must run at least to ${minimumFixedPeriodLastDay(madeOn)} (SPA 2019 s.3(2)).`);
