// Whole histories, one test per finding of the audit that a single-order model got wrong, each named for the
// provision that gives the answer.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseReport } from "../../src/case";
import { assessDischarge, assessVariation } from "../../src/law/discharge";
import { assessIdentificationRequest } from "../../src/law/notification";
import { assessApplication } from "../../src/law/application";
import type { Order } from "../../src/model/schemas";
import { applicationInput, fullOrder, interimOrder } from "../support/builders";
import { rule } from "../support/findings";

function report(file: unknown): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const interim: Order = interimOrder({
  id: "ISPO-1",
  madeOn: "2026-03-02",
  servedAt: "2026-03-02T16:00:00Z",
  courtArea: "kent",
  duration: { type: "fixed", lastDay: "2026-06-30" },
  terms: [{ id: "I1", type: "prohibition", text: "Must not contact V1." }],
});
const replacing: Order = fullOrder({
  id: "SPO-1",
  madeOn: "2026-04-20",
  madeAt: "2026-04-20T11:00:00+01:00",
  servedAt: "2026-04-20T12:00:00+01:00",
  courtArea: "kent",
  replacesInterimOrder: "ISPO-1",
  duration: { type: "fixed", lastDay: "2028-04-19" },
  terms: [{ id: "F1", type: "prohibition", text: "Must not contact V1 by any means." }],
});
const names = { names: ["John Smith"], homeAddress: "1 Old Street", homeAddressPoliceArea: "kent" as const };

describe("s.8(1): a breach of an interim order committed while it was in force is an offence", () => {
  it("resolved to the interim order, not reported as no offence", () => {
    const r = report({ asOf: "2026-05-01", orders: [interim, replacing], incidents: [{ type: "term-breached", termId: "I1", at: "2026-03-20T21:00:00Z", reasonableExcuse: false }] });
    const [a] = r.incidents;
    expect(a?.verdict).toBe("yes");
    expect(a?.value?.offence).toBe("breach-of-order");
    expect(a?.findings.every((f) => f.verdict !== "no")).toBe(true);
    expect(r.keyDates.find((k) => k.kind === "incident")?.orderId).toBe("ISPO-1");
  });

  it("after the replacing full order was made, the interim order's term no longer has effect (s.5(6)(b), inferred determination)", () => {
    const r = report({ asOf: "2026-05-01", orders: [interim, replacing], incidents: [{ type: "term-breached", termId: "I1", at: "2026-04-25T10:00:00+01:00", reasonableExcuse: false }] });
    expect(r.incidents[0]?.verdict).toBe("no");
    expect(r.incidents[0]?.value).toBeNull();
    expect(rule(r.incidents[0]!, "in-force.determination")?.verdict).toBe("no");
    expect(rule(r.orders[0]!.lawful, "order.interim-determination")?.reason).toContain("taken as determined on 2026-04-20");
  });

  it("on the day of the handover without times, which order had effect cannot be told", () => {
    const noTimes = { ...replacing, madeAt: undefined, servedAt: "2026-04-20" };
    const both = [interim, { ...noTimes, terms: [{ id: "I1", type: "prohibition", text: "Must not contact V1." }] }];
    const r = report({ asOf: "2026-05-01", orders: both, incidents: [{ type: "term-breached", termId: "I1", at: "2026-04-20", reasonableExcuse: false }] });
    expect(r.incidents[0]?.verdict).toBe("unknown");
    expect(rule(r.incidents[0]!, "breach.order")?.missing).toEqual(["incidents[0].orderId"]);
  });
});

describe("s.9(1)(b): the notification duties under an interim order are checked", () => {
  it("the interim order's initial duty is in the person's duties and can be overdue", () => {
    const r = report({ asOf: "2026-05-01", orders: [interim, replacing], notification: { notifications: [] } });
    expect(r.notification?.value.map((o) => [o.kind, o.orderId, o.status])).toEqual([
      ["initial", "ISPO-1", "overdue"],
      ["initial", "SPO-1", "not-required"],
    ]);
    expect(r.notificationFailures?.map((f) => f.incident)).toEqual([{ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-05", reasonableExcuse: null, orderId: "ISPO-1" }]);
  });
});

describe("s.9(5): an exempt person commits no notification offence", () => {
  const exempt = { sexOffenderNotification: { subjectWhenOrderMade: true }, notifications: [] };
  it("the incident reads the same duties as the notification answer", () => {
    const r = report({
      asOf: "2026-05-01",
      orders: [interim, replacing],
      notification: exempt,
      incidents: [{ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-06", reasonableExcuse: false, orderId: "ISPO-1" }],
    });
    expect(r.notification?.value.map((o) => o.status)).toEqual(["not-required", "not-required"]);
    expect(r.incidents[0]?.verdict).toBe("no");
    expect(r.notificationFailures).toEqual([]);
  });
});

describe("s.9(6)–(7): the final-day rule applies to incidents too", () => {
  const order = fullOrder({ id: "SPO-7", madeOn: "2026-03-02", servedAt: "2026-03-10", courtArea: "kent", duration: { type: "until-further-order" } });
  const son = { subjectWhenOrderMade: true, endedOn: "2026-03-05" };

  it("when the final day falls before service, the initial period runs from the final day and its failure is an offence", () => {
    const r = report({
      asOf: "2026-04-01",
      order,
      notification: { sexOffenderNotification: son, notifications: [] },
      incidents: [{ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-08", reasonableExcuse: false }],
    });
    expect(r.notification?.value[0]).toMatchObject({ trigger: "2026-03-05", lastDay: "2026-03-07", status: "overdue" });
    // The failure began on 8 March, before service on 10 March: counted from the final day, not from service.
    expect(r.incidents[0]?.verdict).toBe("yes");
    expect(r.notificationFailures?.[0]?.classification.verdict).toBe("unknown");
    expect(r.notificationFailures?.[0]?.classification.value?.offence).toBe("failure-to-notify-initial");
  });

  it("a failure dated before the final day's period ended is no offence", () => {
    const r = report({ asOf: "2026-04-01", order, notification: { sexOffenderNotification: son, notifications: [] }, incidents: [{ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-07", reasonableExcuse: false }] });
    expect(r.incidents[0]?.verdict).toBe("no");
  });
});

describe("s.9(1), s.5(6)(b): an interim order that ceased before it was served brings no initial duty", () => {
  it("determined before service", () => {
    const unservedInterim = { ...interim, servedAt: "2026-04-21", mainApplicationDeterminedOn: "2026-04-20" };
    const r = report({ asOf: "2026-05-01", orders: [unservedInterim, replacing], notification: { notifications: [] } });
    expect(r.notification?.value[0]).toMatchObject({ kind: "initial", orderId: "ISPO-1", status: "not-required" });
    expect(r.notification?.value[0]?.reason).toContain("ceased to have effect before it was served");
    expect(r.notificationFailures).toEqual([]);
  });

  it("served on the day it ceased, without both times: unknown", () => {
    const sameDay = { ...interim, servedAt: "2026-04-20", mainApplicationDeterminedOn: "2026-04-20" };
    const r = report({ asOf: "2026-05-01", orders: [sameDay], notification: { notifications: [] } });
    expect(r.notification?.value[0]).toMatchObject({ status: "unknown", missing: ["orders[0].mainApplicationDeterminedAt", "orders[0].servedAt"] });
  });
});

describe("s.9(1): the initial period is whole London days", () => {
  it("a notification earlier on the day of service counts with an instant servedAt, as with a date-only one", () => {
    const served = fullOrder({ madeOn: "2026-03-01", servedAt: "2026-03-02T18:00:00Z", courtArea: "kent" });
    const early = [{ at: "2026-03-02T09:00:00Z", ...names, station: { force: "kent" as const } }];
    const timed = report({ asOf: "2026-03-20", order: served, notification: { notifications: early } });
    const dated = report({ asOf: "2026-03-20", order: { ...served, servedAt: "2026-03-02" }, notification: { notifications: early } });
    expect(timed.notification?.value[0]?.status).toBe("met");
    expect(dated.notification?.value[0]?.status).toBe("met");
  });
});

describe("s.10(1): a notification at a station outside the local police area is not a notification under s.9", () => {
  it("does not meet the duty, and says why", () => {
    const order = fullOrder({ servedAt: "2026-03-02", courtArea: "kent" });
    const r = report({ asOf: "2026-03-20", order, notification: { notifications: [{ at: "2026-03-03", ...names, station: { force: "essex" } }] } });
    expect(r.notification?.value[0]?.status).toBe("overdue");
    expect(r.notification?.value[0]?.reason).toContain("outside the person's local police area");
    expect(rule(r.notification!, "notification.method")?.verdict).toBe("no");
  });

  it("at a station in the area it does", () => {
    const order = fullOrder({ servedAt: "2026-03-02", courtArea: "kent" });
    const r = report({ asOf: "2026-03-20", order, notification: { notifications: [{ at: "2026-03-03", ...names, station: { force: "kent" } }] } });
    expect(r.notification?.value[0]?.status).toBe("met");
  });
});

describe("s.5(6)(b): an interim order that has ceased cannot be varied, renewed or discharged", () => {
  const ceased = { ...interim, mainApplicationDeterminedOn: "2026-04-20" };
  it("discharge", () => {
    const a = assessDischarge({ order: ceased, on: "2026-04-22", appliedBy: { role: "defendant" }, consents: {} });
    expect(a.verdict).toBe("no");
    expect(rule(a, "discharge.in-force")).toMatchObject({ verdict: "no", citations: [{ label: "SPA 2019 s.5(6)(b)" }] });
  });

  it("variation", () => {
    expect(rule(assessVariation({ order: ceased, on: "2026-04-22", appliedBy: { role: "defendant" } }), "variation.in-force")?.verdict).toBe("no");
  });

  it("in a case file, an interim order replaced by a later full order has ceased though no determination is recorded", () => {
    const r = report({ asOf: "2026-05-01", orders: [interim, replacing], discharge: { orderId: "ISPO-1", on: "2026-04-22", appliedBy: { role: "defendant" }, consents: {} } });
    expect(r.discharge?.verdict).toBe("no");
  });

  it("the day before it ceased, it can still be discharged", () => {
    expect(rule(assessDischarge({ order: ceased, on: "2026-04-19", appliedBy: { role: "defendant" }, consents: {} }), "discharge.in-force")?.verdict).toBe("yes");
    expect(rule(assessDischarge({ order: ceased, on: "2026-04-20", appliedBy: { role: "defendant" }, consents: {} }), "discharge.in-force")?.verdict).toBe("yes");
  });
});

describe("s.5(1)–(2): an interim order is made on the application of the chief officer who made the main application, with it or after", () => {
  const application = applicationInput({ madeOn: "2026-03-01" });
  it("same chief officer, on or after the main application: yes", () => {
    const r = report({ asOf: "2026-05-01", application, orders: [interim] });
    expect(rule(r.orders[0]!.lawful, "order.interim-applicant")?.verdict).toBe("yes");
    expect(rule(r.orders[0]!.lawful, "order.interim-timing")?.verdict).toBe("yes");
    expect(report({ asOf: "2026-05-01", application: { ...application, madeOn: "2026-03-02" }, orders: [interim] }).orders[0]?.lawful.verdict).toBe("yes");
  });

  it("a different chief officer: no", () => {
    const r = report({ asOf: "2026-05-01", application, orders: [{ ...interim, applicantForce: "essex" }] });
    expect(r.orders[0]?.lawful.verdict).toBe("no");
    expect(rule(r.orders[0]!.lawful, "order.interim-applicant")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.5(2)"]);
  });

  it("before the main application was made: no", () => {
    const r = report({ asOf: "2026-05-01", application: { ...application, madeOn: "2026-03-03" }, orders: [interim] });
    expect(rule(r.orders[0]!.lawful, "order.interim-timing")?.verdict).toBe("no");
  });

  it("without the main application the check is not made, and a note says so", () => {
    const r = report({ asOf: "2026-05-01", orders: [interim] });
    expect(rule(r.orders[0]!.lawful, "order.interim-application")).toMatchObject({ informative: true, missing: ["application"] });
    expect(r.orders[0]?.lawful.verdict).toBe("yes");
  });
});

describe("s.4(4)(a) and s.5(8): added terms of an interim order are for what the court considers appropriate", () => {
  it("no necessity test for an interim order", () => {
    const a = assessVariation({ order: interim, on: "2026-03-10", appliedBy: { role: "defendant" }, addedTerms: [{ id: "I2", type: "requirement", text: "x" }], necessary: false });
    expect(a.verdict).toBe("yes");
    expect(rule(a, "variation.necessity")).toMatchObject({ informative: true, citations: [{ label: "SPA 2019 s.5(8)" }] });
  });

  it("the necessity test still applies to a full order", () => {
    const a = assessVariation({ order: replacing, on: "2026-05-10", appliedBy: { role: "defendant" }, addedTerms: [{ id: "F2", type: "requirement", text: "x" }], necessary: false });
    expect(rule(a, "variation.necessity")?.verdict).toBe("no");
  });
});

describe("s.4(2): the court must hear the defendant and any relevant chief officer", () => {
  it("stated for a full order's discharge or variation, not a condition of the answer", () => {
    const a = assessDischarge({ order: replacing, on: "2030-05-01", appliedBy: { role: "defendant" }, consents: {} });
    expect(rule(a, "court.hearing")).toMatchObject({ informative: true, citations: [{ label: "SPA 2019 s.4(2)" }] });
    expect(rule(assessVariation({ order: replacing, on: "2026-05-10", appliedBy: { role: "defendant" } }), "court.hearing")?.informative).toBe(true);
  });

  it("not for an interim order (s.5(7)–(8) has no such duty)", () => {
    expect(rule(assessDischarge({ order: interim, on: "2026-03-10", appliedBy: { role: "defendant" }, consents: {} }), "court.hearing")).toBeUndefined();
  });
});

describe("s.11(6): where proceedings for a notification offence may be brought", () => {
  it("stated for s.11 offences, not for breach of an order", () => {
    const order = fullOrder({ servedAt: "2026-03-02", courtArea: "kent" });
    const r = report({ asOf: "2026-04-01", order, incidents: [{ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-05", reasonableExcuse: false }, { type: "term-breached", termId: "T1", at: "2026-03-20", reasonableExcuse: false }] });
    expect(rule(r.incidents[0]!, "offence.venue")).toMatchObject({ informative: true, citations: [{ label: "SPA 2019 s.11(6)" }] });
    expect(rule(r.incidents[1]!, "offence.venue")).toBeUndefined();
  });
});

describe("s.14(1): definitions", () => {
  it("the youth court is cited from the definition of magistrates' court", () => {
    const a = assessApplication({ ...applicationInput(), defendant: { id: "D1", dateOfBirth: "2010-01-01", residesIn: { force: "kent", bcu: "North" } } });
    expect(a.value.court).toBe("youth-court");
    expect(rule(a, "application.venue")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.14(1)"]);
  });

  it("a digital image is a photograph", () => {
    for (const kind of ["digital image", "digital-image", "image", "Photograph"]) {
      const a = assessIdentificationRequest({ kinds: [kind] });
      expect(a.verdict, kind).toBe("yes");
      expect(rule(a, "identification.photograph")?.citations.map((c) => c.label)).toContain("SPA 2019 s.10(5)(b)");
    }
    expect(rule(assessIdentificationRequest({ kinds: ["digital image"] }), "identification.photograph")?.citations.map((c) => c.label)).toContain("SPA 2019 s.14(1)");
  });

  it("a lookup by name finds only real kinds (no inherited names)", () => {
    for (const kind of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const a = assessIdentificationRequest({ kinds: [kind] });
      expect(a.verdict, kind).toBe("no");
      expect(a.findings[0]?.citations.every((c) => c.provision !== undefined && !c.label.includes("undefined"))).toBe(true);
    }
  });
});

describe("the person's duties: one set of new-name and new-address duties across orders", () => {
  it("a move while only the interim order is in effect, and one under the full order, are both the person's duties", () => {
    const r = report({
      asOf: "2026-06-01",
      orders: [interim, replacing],
      notification: {
        events: [
          { type: "address-changed", on: "2026-03-20", address: "2 New Road", policeArea: "kent" },
          { type: "address-changed", on: "2026-05-10", address: "3 Mill Lane", policeArea: "kent" },
        ],
        notifications: [{ at: "2026-03-03", ...names }, { at: "2026-03-21", homeAddress: "2 New Road" }],
      },
    });
    expect(r.notification?.value.filter((o) => o.kind === "new-address").map((o) => [o.subject, o.status])).toEqual([
      ["2 New Road", "met"],
      ["3 Mill Lane", "overdue"],
    ]);
  });

  it("one notification meets every initial duty whose period it falls in; one given before a period began does not meet it", () => {
    const a = fullOrder({ id: "SPO-A", madeOn: "2026-03-01", servedAt: "2026-03-02", courtArea: "kent" });
    const b = fullOrder({ id: "SPO-B", madeOn: "2026-03-03", servedAt: "2026-03-04", courtArea: "kent", compatibleWithEarlierOrders: true });
    const both = report({ asOf: "2026-04-01", orders: [a, b], notification: { notifications: [{ at: "2026-03-04", ...names }] } });
    expect(both.notification?.value.map((o) => [o.orderId, o.status])).toEqual([
      ["SPO-A", "met"],
      ["SPO-B", "met"],
    ]);
    const early = report({ asOf: "2026-04-01", orders: [a, b], notification: { notifications: [{ at: "2026-03-03", ...names }] } });
    expect(early.notification?.value.map((o) => [o.orderId, o.status])).toEqual([
      ["SPO-A", "met"],
      ["SPO-B", "overdue"],
    ]);
  });
});

describe("s.2(6)–(7): the earlier orders of an order are found in the history", () => {
  const first = fullOrder({ id: "SPO-A", madeOn: "2025-01-10", duration: { type: "fixed", lastDay: "2027-01-09" } });
  it("a full order in effect when the new one is made must be compatible; the judgement is per order", () => {
    const second = fullOrder({ id: "SPO-B", madeOn: "2026-03-02" });
    const r = report({ asOf: "2026-04-01", orders: [first, second] });
    expect(rule(r.orders[1]!.lawful, "order.compatible-with-earlier")).toMatchObject({ verdict: "unknown", missing: ["orders[1].compatibleWithEarlierOrders"] });
    expect(rule(r.orders[0]!.lawful, "order.compatible-with-earlier")).toBeUndefined();
    const judged = report({ asOf: "2026-04-01", orders: [first, { ...second, compatibleWithEarlierOrders: false }] });
    expect(judged.orders[1]?.lawful.verdict).toBe("no");
  });

  it("an earlier order no longer in effect, or an interim one, is not compared", () => {
    const ended = { ...first, duration: { type: "fixed" as const, lastDay: "2027-01-09" }, dischargedOn: "2026-01-01" };
    const r = report({ asOf: "2026-04-01", orders: [ended, interimOrder({ id: "ISPO-9", madeOn: "2026-02-01" }), fullOrder({ id: "SPO-B", madeOn: "2026-03-02" })] });
    expect(rule(r.orders[2]!.lawful, "order.compatible-with-earlier")).toBeUndefined();
  });
});
