// Classification edges: which input each unknown names, the boundaries of the dates an incident may have,
// and the knowledge note's answer in each case.
import { describe, expect, it } from "vitest";
import { classifyBreach, classifyNotificationFailures } from "../../src/law/offences";
import type { Incident, Order } from "../../src/model/schemas";
import { fullOrder } from "../support/builders";
import { issuesOf, rule } from "../support/findings";

const order: Order = fullOrder({ madeOn: "2026-03-02", madeAt: "2026-03-02T10:00:00Z", servedAt: "2026-03-02T16:00:00Z", duration: { type: "fixed", lastDay: "2026-12-31" } });
const classify = (incident: Incident, o: Order = order, asOf = "2027-06-01", convictedOn?: string) =>
  classifyBreach(incident, { order: o, asOf, ...(convictedOn === undefined ? {} : { convictedOn }) });

describe("knowledge of the order", () => {
  it.each([
    ["not recorded as served", { ...order, servedAt: undefined }, "2026-05-01", "unknown"],
    ["served that day, no time for the act", order, "2026-03-02", "unknown"],
    ["the act before service", order, "2026-03-02T12:00:00Z", "no"],
  ] as const)("%s: the note answers %s", (_, o, at, verdict) => {
    expect(rule(classify({ type: "term-breached", termId: "T1", at, reasonableExcuse: false }, o), "breach.knowledge")).toMatchObject({ informative: true, verdict });
  });

  it("no note after service", () => {
    expect(rule(classify({ type: "term-breached", termId: "T1", at: "2026-03-02T16:00:00Z", reasonableExcuse: false }), "breach.knowledge")).toBeUndefined();
  });
});

describe("unknowns name the input that would settle them", () => {
  it.each([
    [{ type: "term-breached", termId: "T1", at: "2026-03-02", reasonableExcuse: false }, ["incident.at"]],
    [{ type: "refused-fingerprints-or-photographs", at: "2026-03-02", reasonableExcuse: false }, ["incident.at"]],
    [{ type: "false-information", at: "2026-03-02", knewFalse: true }, ["incident.at"]],
    [{ type: "false-information", at: "2026-04-02" }, ["incident.knewFalse"]],
    [{ type: "refused-fingerprints-or-photographs", at: "2026-04-02" }, ["incident.reasonableExcuse"]],
    // Without the name-used event, the duty the failure is of cannot be checked (it is read from the events).
    [{ type: "notification-failure", obligation: "new-name", firstFailedOn: "2026-04-02" }, ["options.events", "incident.reasonableExcuse"]],
  ] as [Incident, string[]][])("%j", (incident, missing) => {
    const a = classify(incident);
    expect(a.verdict).toBe("unknown");
    expect(a.findings.filter((f) => f.verdict === "unknown" && f.informative !== true).flatMap((f) => f.missing)).toEqual(missing);
  });

  it("a decided judgement names nothing", () => {
    expect(rule(classify({ type: "false-information", at: "2026-04-02", knewFalse: true }), "false-information.knowledge")).not.toHaveProperty("missing");
  });
});

describe("same-day unknowns name the order's times too", () => {
  const untimed: Order = { ...order, madeAt: undefined, servedAt: "2026-03-03" };
  it.each([
    [{ type: "term-breached", termId: "T1", at: "2026-03-02", reasonableExcuse: false }, ["order.madeAt", "incident.at"]],
    [{ type: "refused-fingerprints-or-photographs", at: "2026-03-02", reasonableExcuse: false }, ["order.madeAt", "incident.at"]],
    [{ type: "false-information", at: "2026-03-02", knewFalse: true }, ["order.madeAt", "incident.at"]],
  ] as [Incident, string[]][])("%j", (incident, missing) => {
    const a = classify(incident, untimed);
    expect(rule(a, "in-force.made")).toMatchObject({ verdict: "unknown", missing });
  });

  it("a notification failure on the day the order was discharged", () => {
    const discharged: Order = { ...order, dischargedOn: "2026-06-10" };
    const a = classify({ type: "notification-failure", obligation: "new-address", firstFailedOn: "2026-06-10", reasonableExcuse: false }, discharged);
    expect(rule(a, "in-force.discharge")).toMatchObject({ verdict: "unknown", missing: ["order.dischargedAt", "incident.firstFailedOn"] });
  });
});

describe("dates an incident may have", () => {
  it("an incident at asOf itself is fine; after it, an input error naming the field", () => {
    expect(classify({ type: "false-information", at: "2026-05-01T10:00:00Z", knewFalse: true }, order, "2026-05-01T10:00:00Z").verdict).toBe("yes");
    expect(issuesOf(() => classify({ type: "false-information", at: "2026-05-01T10:00:01Z", knewFalse: true }, order, "2026-05-01T10:00:00Z"))).toEqual([
      { path: "incident.at", message: "is after asOf (2026-05-01)" },
    ]);
    expect(issuesOf(() => classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-05-02" }, order, "2026-05-01"))).toEqual([
      { path: "incident.firstFailedOn", message: "is after asOf (2026-05-01)" },
    ]);
  });

  it("a conviction on the day of the incident is fine; before it, an input error", () => {
    expect(classify({ type: "false-information", at: "2026-05-01", knewFalse: true }, order, "2027-01-01", "2026-05-01").verdict).toBe("yes");
    expect(issuesOf(() => classify({ type: "false-information", at: "2026-05-01", knewFalse: true }, order, "2027-01-01", "2026-04-30"))).toEqual([
      { path: "options.convictedOn", message: "is before the incident" },
    ]);
  });

  it("20 January 2020 is the first day an offence can be committed", () => {
    const early = fullOrder({ madeOn: "2020-01-19", duration: { type: "until-further-order" } });
    expect(classify({ type: "false-information", at: "2020-01-20", knewFalse: true }, early).verdict).toBe("yes");
    expect(classify({ type: "false-information", at: "2020-01-19T23:00:00Z", knewFalse: true }, early).verdict).toBe("no");
  });

  it("no notification offence before the order was made", () => {
    const a = classify({ type: "notification-failure", obligation: "new-name", firstFailedOn: "2026-03-01", reasonableExcuse: false });
    expect(a.verdict).toBe("no");
    expect(rule(a, "in-force.made")?.verdict).toBe("no");
  });

  it("no notification offence once the order has ended", () => {
    const a = classify({ type: "notification-failure", obligation: "new-address", firstFailedOn: "2027-01-05", reasonableExcuse: false });
    expect(a.verdict).toBe("no");
    expect(rule(a, "in-force.period")?.verdict).toBe("no");
  });
});

describe("the penalty notes are informative", () => {
  it("never decide the verdict", () => {
    const a = classify({ type: "term-breached", termId: "T1", at: "2026-05-01", reasonableExcuse: false });
    expect(rule(a, "penalty.summary-custody")?.informative).toBe(true);
    expect(rule(a, "penalty.depends-on-conviction")?.informative).toBe(true);
  });
});

describe("malformed input names the argument", () => {
  it("classifyBreach", () => {
    expect(issuesOf(() => classifyBreach({ type: "nope" } as unknown as Incident, { order, asOf: "2027-01-01" }))[0]?.path).toBe("incident.type");
    expect(issuesOf(() => classifyBreach({ type: "false-information", at: "2026-05-01" }, { order, asOf: "2027-02-30" }))).toEqual([
      { path: "options.asOf", message: "is not a real calendar day" },
    ]);
  });

  it("classifyNotificationFailures takes a conviction date", () => {
    const served: Order = { ...order, duration: { type: "until-further-order" } };
    const [failure] = classifyNotificationFailures({ order: served, asOf: "2026-06-01", events: [], notifications: [] }, { convictedOn: "2026-07-01" });
    expect(failure?.classification.value?.maximum.summary.custodyMonths).toBe(12);
    expect(rule(failure?.classification ?? { findings: [] }, "penalty.depends-on-conviction")).toBeUndefined();
  });

  it("classifyNotificationFailures", () => {
    expect(issuesOf(() => classifyNotificationFailures({ order, asOf: "2027-01-01", events: [], notifications: [] }, { convictedOn: "x" }))[0]?.path).toBe("options.convictedOn");
    expect(issuesOf(() => classifyNotificationFailures({ order, asOf: "2027-01-01", events: [], notifications: [] }, { extra: 1 } as never))[0]?.path).toBe("options.extra");
  });
});
