// Northern Ireland notification over a whole history (evaluateCase): the engine chooses the Northern Ireland
// rules once, from the case's jurisdiction.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseReport } from "../../../src/case";

const PSNI = "police-service-of-northern-ireland";
const terms = [{ id: "T1", type: "prohibition", text: "Must not contact V1." }];
const station = { force: PSNI, prescribed: true };

function report(file: unknown): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

describe("an interim order, then a full order on the main application coming into force later", () => {
  const orders = [
    { id: "ISPO-NI-1", kind: "interim", madeOn: "2026-03-02", applicantForce: PSNI, duration: { type: "fixed", lastDay: "2026-05-31" }, terms },
    { id: "SPO-NI-1", kind: "full", madeOn: "2026-03-20", comesIntoForceOn: "2026-03-25", applicantForce: PSNI, replacesInterimOrder: "ISPO-NI-1", duration: { type: "until-further-order" }, terms },
  ];

  it("the interim order's initial 3 days run from its making; the replacing order brings none (s.14(1)(a))", () => {
    const r = report({ asOf: "2026-04-10", orders, notification: { notifications: [{ at: "2026-03-04", names: ["Sam Reeve"], homeAddress: "1 Lisburn Road", station }] } });
    expect(r.notification?.value.map((o) => [o.orderId, o.status, o.variant])).toEqual([
      ["ISPO-NI-1", "met", "met"],
      ["SPO-NI-1", "not-required", "replaces-interim"],
    ]);
    expect(r.notification?.findings.filter((f) => f.rule === "notification.coming-into-force").map((f) => f.params.id)).toEqual(["ISPO-NI-1"]);
  });

  it("a move while the interim order is in effect is a duty; one after it ceased and before the full order came into force is not", () => {
    const events = [
      { type: "address-changed", on: "2026-03-10", address: "2 Malone Road" },
      { type: "address-changed", on: "2026-03-22", address: "3 Ormeau Road" },
      { type: "address-changed", on: "2026-03-30", address: "4 Antrim Road" },
    ];
    const notifications = [{ at: "2026-03-04", names: ["Sam Reeve"], homeAddress: "1 Lisburn Road", station }];
    const r = report({ asOf: "2026-04-10", orders, notification: { events, notifications } });
    expect(r.notification?.value.slice(2).map((o) => [o.subject, o.status, o.variant])).toEqual([
      ["2 Malone Road", "overdue", "ni-not-notified"],
      ["3 Ormeau Road", "not-required", "not-subject"],
      ["4 Antrim Road", "overdue", "ni-not-notified"],
    ]);
    expect(r.notification?.verdict).toBe("no");
  });
});

describe("two full orders, the exemption ending while both are in effect", () => {
  const orders = [
    { id: "SPO-NI-1", kind: "full", madeOn: "2026-03-02", applicantForce: PSNI, duration: { type: "until-further-order" }, terms },
    { id: "SPO-NI-2", kind: "full", madeOn: "2026-04-01", applicantForce: PSNI, duration: { type: "until-further-order" }, compatibleWithEarlierOrders: true, terms },
  ];

  it("both initial duties run from the final day, met by one notification", () => {
    const r = report({
      asOf: "2026-06-20",
      orders,
      notification: {
        sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-06-10", scheme: "human-trafficking-ni-2015-sch-3" },
        notifications: [{ at: "2026-06-12", names: ["Sam Reeve"], homeAddress: "1 Lisburn Road", station }],
      },
    });
    expect(r.notification?.value.map((o) => [o.trigger, o.status])).toEqual([
      ["2026-06-10", "met"],
      ["2026-06-10", "met"],
    ]);
    expect(r.notification?.findings.filter((f) => f.rule === "notification.final-day")).toHaveLength(2);
    for (const f of r.notification?.findings ?? []) for (const c of f.citations) expect(c.source).not.toBe("SPA 2019");
  });
});
