// Invariants of a whole report, over the multi-order histories the arbitraries generate.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { caseFile } from "../../src/arbitraries";
import { verdictOfFindings, type Assessment } from "../../src/core/assessment";
import { daysBetween, parseWhen } from "../../src/core/calendar";
import { evaluateCase, KEY_DATE_KINDS, type CaseReport } from "../../src/case";
import type { CaseFile } from "../../src/model/schemas";

function report(file: CaseFile): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

/** A case file that records the person's notifications (so the duties are reported). */
const withNotification = caseFile().filter((f) => f.notification !== undefined);

/** Every text in the record that a label must not repeat: names, addresses, term texts, descriptions. */
function recordTexts(file: CaseFile): string[] {
  const out: string[] = [];
  for (const o of file.orders ?? (file.order === undefined ? [] : [file.order])) for (const t of o.terms) out.push(t.text);
  for (const e of file.notification?.events ?? []) out.push(e.type === "name-used" ? e.name : e.address);
  for (const n of file.notification?.notifications ?? []) out.push(...(n.names ?? []), ...(n.homeAddress === undefined ? [] : [n.homeAddress]));
  for (const i of file.incidents ?? []) if (i.description !== undefined) out.push(i.description);
  return out.filter((t) => t.trim().length > 3);
}

describe("a whole report", () => {
  test.prop([withNotification], { numRuns: 150 })("a notification failure is an offence only if the same case's duty is overdue", (file) => {
    const r = report(file);
    const obligations = r.notification?.value ?? [];
    (file.incidents ?? []).forEach((incident, i) => {
      const a = r.incidents[i] as Assessment<unknown>;
      if (incident.type !== "notification-failure" || a.verdict !== "yes") return;
      const overdue = obligations.filter((o) => o.kind === incident.obligation && o.status === "overdue" && o.lastDay !== null && o.lastDay < incident.firstFailedOn);
      expect(overdue.length, JSON.stringify(incident)).toBeGreaterThan(0);
    });
    // And every overdue duty, and only those, is classified as a failure.
    expect(r.notificationFailures?.map((f) => f.obligation)).toEqual(obligations.filter((o) => o.status === "overdue"));
  });

  test.prop([caseFile()], { numRuns: 150 })("every order is reported, in the order given, and each brings one initial duty", (file) => {
    const r = report(file);
    const orders = file.orders ?? (file.order === undefined ? [] : [file.order]);
    expect(r.orders.map((o) => [o.id, o.kind])).toEqual(orders.map((o) => [o.id ?? null, o.kind]));
    const initial = (r.notification?.value ?? []).filter((o) => o.kind === "initial");
    if (r.notification !== undefined) expect(initial.map((o) => o.orderId)).toEqual(orders.map((o) => o.id));
  });

  test.prop([caseFile()], { numRuns: 150 })("each verdict is the Kleene and of its deciding findings; an incident's value is null exactly when it is no", (file) => {
    const r = report(file);
    const parts: Assessment<unknown>[] = [...r.orders.flatMap((o) => [o.lawful, o.inForce]), ...(r.notification === undefined ? [] : [r.notification]), ...(r.discharge === undefined ? [] : [r.discharge])];
    if (r.application !== undefined) parts.push(r.application);
    for (const a of parts) expect(a.verdict).toBe(verdictOfFindings(a.findings));
    const asOf = parseWhen(r.asOf);
    (file.incidents ?? []).forEach((incident, i) => {
      const a = r.incidents[i] as Assessment<unknown>;
      expect(a.value === null).toBe(a.verdict === "no");
      const at = parseWhen(incident.type === "notification-failure" ? incident.firstFailedOn : incident.at);
      const after = at.date > asOf.date || (at.date === asOf.date && at.ms !== null && asOf.ms !== null && at.ms > asOf.ms);
      if (after) expect(a.findings.map((f) => f.rule)).toEqual(["incident.after-as-of"]);
      else expect(a.verdict).toBe(verdictOfFindings(a.findings));
    });
  });

  test.prop([caseFile()], { numRuns: 150 })("key dates: a closed kind, sorted by date, kind and order, labels with nothing from the record", (file) => {
    const r = report(file);
    const keys = r.keyDates.map((k) => [k.date, k.kind, k.orderId ?? ""].join(" "));
    expect(keys).toEqual([...keys].sort());
    const texts = recordTexts(file);
    for (const k of r.keyDates) {
      expect(KEY_DATE_KINDS).toContain(k.kind);
      for (const t of texts) expect(k.label).not.toContain(t);
      if (k.kind === "notification-due") expect(k.duty).toBeDefined();
    }
  });

  test.prop([caseFile()], { numRuns: 150 })("the agenda: overdue first, then by the day due, with London days left from asOf; each running duty once", (file) => {
    const r = report(file);
    const today = parseWhen(r.asOf).date;
    const ranks = r.agenda.map((a) => (a.status === "overdue" ? 0 : 1));
    expect(ranks).toEqual([...ranks].sort());
    for (const status of ["overdue", "due"] as const) {
      const due = r.agenda.filter((a) => a.status === status).map((a) => a.due);
      expect(due).toEqual([...due].sort());
    }
    for (const a of r.agenda) {
      expect(a.daysLeft).toBe(daysBetween(today, a.due));
      if (a.status === "overdue") expect(a.daysLeft).toBeLessThan(0);
      else expect(a.daysLeft).toBeGreaterThanOrEqual(0);
    }
    const duties = (r.notification?.value ?? []).filter((o) => o.lastDay !== null && (o.status === "overdue" || o.status === "pending"));
    expect(r.agenda.filter((a) => a.kind === "notification-due")).toHaveLength(duties.length);
  });

  test.prop([caseFile()], { numRuns: 100 })("evaluating twice gives the same JSON", (file) => {
    expect(JSON.stringify(evaluateCase(file))).toBe(JSON.stringify(evaluateCase(structuredClone(file))));
  });

  test.prop([caseFile().filter((f) => (f.orders?.length ?? 0) > 1), fc.integer({ min: 0, max: 2 })], { numRuns: 100 })(
    "the order of the orders in the file changes nothing but the order of report.orders",
    (file, shift) => {
      const orders = file.orders ?? [];
      const k = shift % orders.length;
      const rotated = { ...file, orders: [...orders.slice(k), ...orders.slice(0, k)] };
      const a = report(file);
      const b = report(rotated);
      const byId = (rep: CaseReport) => Object.fromEntries(rep.orders.map((o) => [o.id, [o.lawful.verdict, o.inForce.verdict]]));
      expect(byId(b)).toEqual(byId(a));
      expect(b.incidents.map((x) => x.verdict)).toEqual(a.incidents.map((x) => x.verdict));
      expect(b.keyDates).toEqual(a.keyDates);
    },
  );
});
