// Key dates and the agenda: every order's dates, deadlines ending at the next London midnight (with the offset in
// force then), nothing from the record in a label, and what needs action as at asOf.
import { describe, expect, it } from "vitest";
import { agenda, evaluateCase, type CaseReport } from "../../src/case";
import { fullOrder, interimOrder } from "../support/builders";

function report(file: unknown): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const interim = interimOrder({ id: "ISPO-1", madeOn: "2026-10-20", servedAt: "2026-10-22", courtArea: "kent", duration: { type: "fixed", lastDay: "2026-11-30" } });
const full = fullOrder({ id: "SPO-1", madeOn: "2026-11-10", servedAt: "2026-11-10", courtArea: "kent", replacesInterimOrder: "ISPO-1", duration: { type: "fixed", lastDay: "2028-11-09" }, terms: [{ id: "T1", type: "prohibition", text: "Must not contact Jane Doe.", lastDay: "2027-03-27" }] });

describe("key dates", () => {
  const r = report({ asOf: "2026-11-12", orders: [interim, full], notification: { notifications: [] }, incidents: [{ type: "term-breached", termId: "T1", at: "2026-11-11", reasonableExcuse: false }] });

  it("every order's dates, each with its order id", () => {
    expect(r.keyDates.map((k) => [k.date, k.kind, k.orderId])).toEqual([
      ["2026-10-20", "order-made", "ISPO-1"],
      ["2026-10-22", "order-served", "ISPO-1"],
      ["2026-10-24", "notification-due", "ISPO-1"],
      ["2026-11-10", "interim-ceases", "ISPO-1"],
      ["2026-11-10", "order-made", "SPO-1"],
      ["2026-11-10", "order-served", "SPO-1"],
      ["2026-11-11", "incident", "SPO-1"],
      ["2027-03-27", "term-ends", "SPO-1"],
      ["2028-11-09", "discharge-lock-ends", "SPO-1"],
      ["2028-11-09", "order-ends", "SPO-1"],
    ]);
  });

  it("a deadline ends at the next London midnight, with the offset then in force", () => {
    // The initial period's last day is the Saturday before the clocks go back: it ends at midnight BST.
    expect(r.keyDates.find((k) => k.kind === "notification-due")).toMatchObject({ duty: "initial", endsAt: "2026-10-25T00:00:00+01:00" });
    // A term's own period ending on 27 March 2027 ends at midnight GMT, hours before the clocks go forward.
    expect(r.keyDates.find((k) => k.kind === "term-ends")).toMatchObject({ termId: "T1", endsAt: "2027-03-28T00:00:00+00:00" });
    expect(r.keyDates.find((k) => k.kind === "order-made")).not.toHaveProperty("endsAt");
  });

  it("an interim order's fixed period end after it ceased is not a key date", () => {
    expect(r.keyDates.some((k) => k.kind === "order-ends" && k.orderId === "ISPO-1")).toBe(false);
  });

  it("labels say what the date is, with nothing from the record", () => {
    for (const k of r.keyDates) {
      expect(k.label).not.toMatch(/Jane|Doe|contact/);
      expect(k.label).toMatch(/^[A-Z][a-z]/);
    }
  });
});

describe("the agenda", () => {
  it("overdue duties first, then what falls due after asOf, with London days left", () => {
    const r = report({ asOf: "2026-11-12", orders: [interim, full], notification: { notifications: [] } });
    expect(r.agenda.map((a) => [a.due, a.kind, a.status, a.daysLeft])).toEqual([
      ["2026-10-24", "notification-due", "overdue", -19],
      ["2027-03-27", "term-ends", "due", 135],
      ["2028-11-09", "discharge-lock-ends", "due", 728],
      ["2028-11-09", "order-ends", "due", 728],
    ]);
    expect(agenda(r)).toEqual(r.agenda);
  });

  it("a duty whose last day is asOf is due today (0 days left); the next day it is overdue", () => {
    const order = fullOrder({ id: "SPO-2", madeOn: "2026-11-01", servedAt: "2026-11-01", courtArea: "kent", duration: { type: "until-further-order" } });
    const today = report({ asOf: "2026-11-03", order, notification: { notifications: [] } });
    expect(today.agenda[0]).toMatchObject({ kind: "notification-due", status: "due", daysLeft: 0, endsAt: "2026-11-04T00:00:00+00:00" });
    const late = report({ asOf: "2026-11-04T00:00:00Z", order, notification: { notifications: [] } });
    expect(late.agenda[0]).toMatchObject({ status: "overdue", daysLeft: -1 });
  });

  it("an instant near midnight UTC on the next London day counts from that London day", () => {
    const order = fullOrder({ id: "SPO-3", madeOn: "2026-07-01", servedAt: "2026-07-01", courtArea: "kent", duration: { type: "until-further-order" } });
    // 23:30 UTC on 2 July is 00:30 on 3 July in London: the last day, so 0 days left.
    expect(report({ asOf: "2026-07-02T23:30:00Z", order, notification: { notifications: [] } }).agenda[0]).toMatchObject({ due: "2026-07-03", daysLeft: 0 });
  });

  it("a met duty needs no action; a report with nothing due has an empty agenda", () => {
    const order = fullOrder({ id: "SPO-4", madeOn: "2020-02-01", servedAt: "2020-02-01", courtArea: "kent", duration: { type: "fixed", lastDay: "2022-01-31" } });
    const r = report({ asOf: "2026-11-12", order, notification: { notifications: [{ at: "2020-02-02", names: ["A"], homeAddress: "B", homeAddressPoliceArea: "kent" }] } });
    expect(r.agenda).toEqual([]);
  });
});
