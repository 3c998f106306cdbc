// Notification duties as at a date: served on Friday 23 October 2026, due by the end of Sunday 25 October —
// the night the clocks go back — and notified at 00:30 on the Monday: overdue, and an offence may be in issue.
import assert from "node:assert/strict";
import { assessNotification, classifyNotificationFailures, type NotificationInput } from "stalking-protection-orders";

const input: NotificationInput = {
  order: {
    kind: "full",
    madeOn: "2026-10-22",
    servedAt: "2026-10-23T16:00:00+01:00",
    applicantForce: "south-wales",
    duration: { type: "until-further-order" },
    terms: [{ id: "T1", type: "prohibition", text: "Must not contact V-9." }],
  },
  asOf: "2026-11-27",
  events: [],
  notifications: [{ at: "2026-10-26T00:30:00Z", names: ["Rhys Morgan"], homeAddress: "9 Bute Street, Cardiff" }],
};

const [initial] = assessNotification(input).value;
assert.equal(initial?.lastDay, "2026-10-25");
assert.equal(initial?.endsAt, "2026-10-26T00:00:00+00:00");
assert.equal(initial?.status, "overdue");
assert.equal(initial?.metAt, "2026-10-26T00:30:00Z"); // the late notification

const [failure] = classifyNotificationFailures(input);
assert.equal(failure?.classification.value?.cjsCode, "ST19002");
assert.equal(failure?.classification.verdict, "unknown"); // reasonable excuse not yet decided
