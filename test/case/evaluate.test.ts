import { readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/case";
import { caseFile } from "../../src/arbitraries";

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(`examples/${f}`, "utf8")) as unknown] as const);

const ok = (input: unknown) => {
  const r = evaluateCase(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
};

describe("evaluateCase on the bundled examples", () => {
  it("has the examples the demo promises, three of them multi-order histories", () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    const histories = examples.filter(([, file]) => ((file as { orders?: unknown[] }).orders?.length ?? 0) > 1);
    expect(histories.map(([f]) => f)).toEqual(expect.arrayContaining(["met-interim-then-full.json", "kent-second-full-order.json", "exemption-ends.json"]));
  });

  it.each(examples)("%s evaluates, with key dates sorted by date, then kind, then order", (_, file) => {
    const report = ok(file);
    const keys = report.keyDates.map((k) => `${k.date} ${k.kind} ${k.orderId ?? ""}`);
    expect(keys).toEqual([...keys].sort());
    // Each jurisdiction's key dates cite its own Act (or, in Northern Ireland, the court rules on service).
    const ni = _.startsWith("ni-");
    for (const k of report.keyDates) expect(k.citation.label).toMatch(ni ? /^(PfS\(NI\)A 2022 s\.\d|S\.R\. 2023\/175 )/ : /^SPA 2019 s\.\d/);
    expect(report.jurisdiction).toBe(ni ? "northern-ireland" : "england-and-wales");
  });

  it("the Met history: an interim order, then a full order replacing it by id; a breach of each resolved to its order", () => {
    const [, file] = examples.find(([f]) => f.startsWith("met-"))!;
    const r = ok(file);
    expect(r.application?.verdict).toBe("yes");
    expect(r.application?.value.court).toBe("magistrates-court");
    expect(r.orders.map((o) => [o.id, o.kind, o.lawful.verdict, o.inForce.verdict])).toEqual([
      ["ISPO-MET-2026-017", "interim", "yes", "no"],
      ["SPO-MET-2026-017", "full", "yes", "yes"],
    ]);
    expect(r.notification?.value.map((o) => [o.kind, o.orderId, o.status])).toEqual([
      ["initial", "ISPO-MET-2026-017", "met"],
      ["initial", "SPO-MET-2026-017", "not-required"],
      ["new-address", undefined, "met"],
    ]);
    expect(r.incidents.map((a) => a.verdict)).toEqual(["yes", "unknown"]);
    expect(r.incidents[0]?.findings.find((f) => f.rule === "in-force.determination")?.verdict).toBe("yes");
    expect(r.keyDates.filter((k) => k.kind === "incident").map((k) => k.orderId)).toEqual(["ISPO-MET-2026-017", "SPO-MET-2026-017"]);
  });

  it("the Kent history: a second full order alongside the first; a term on both is ambiguous until the order is named", () => {
    const [, file] = examples.find(([f]) => f.startsWith("kent-second"))!;
    const r = ok(file);
    expect(r.orders.map((o) => o.inForce.verdict)).toEqual(["yes", "yes"]);
    expect(r.orders[1]?.lawful.findings.find((f) => f.rule === "order.compatible-with-earlier")?.verdict).toBe("yes");
    expect(r.incidents.map((a) => a.verdict)).toEqual(["yes", "unknown", "yes"]);
    expect(r.incidents[1]?.findings.find((f) => f.rule === "breach.order")?.missing).toEqual(["incidents[1].orderId"]);
    expect(r.incidents[1]?.value?.offence).toBe("breach-of-order");
  });

  it("the exemption that ends: both initial duties run from the final day, one notification meets both", () => {
    const [, file] = examples.find(([f]) => f.startsWith("exemption-"))!;
    const r = ok(file);
    const initial = r.notification?.value.filter((o) => o.kind === "initial");
    expect(initial?.map((o) => [o.trigger, o.status, o.metAt])).toEqual([
      ["2026-09-30", "met", "2026-10-01T11:00:00+01:00"],
      ["2026-09-30", "met", "2026-10-01T11:00:00+01:00"],
    ]);
    expect(r.notification?.value.find((o) => o.kind === "new-address")?.status).toBe("not-required");
    expect(r.notificationFailures?.map((f) => [f.obligation.kind, f.incident.firstFailedOn, f.classification.value?.cjsCode])).toEqual([["new-name", "2026-10-23", "ST19003"]]);
    expect(r.agenda[0]).toMatchObject({ kind: "notification-due", duty: "new-name", status: "overdue", due: "2026-10-22", daysLeft: -29 });
  });

  it("the Kent case: an Essex resident coming to Kent, heard by a youth court", () => {
    const [, file] = examples.find(([f]) => f.startsWith("kent-essex"))!;
    const r = ok(file);
    expect(r.application?.verdict).toBe("yes");
    expect(r.application?.value.court).toBe("youth-court");
    expect(r.application?.findings.find((f) => f.rule === "ground.C")?.reason).toContain("stalking by proxy");
  });

  it("the October case: the initial notification was due on the clock-change Sunday and is overdue", () => {
    const [, file] = examples.find(([f]) => f.startsWith("october-"))!;
    const r = ok(file);
    expect(r.notification?.verdict).toBe("no");
    expect(r.notification?.value[0]).toMatchObject({ kind: "initial", lastDay: "2026-10-25", endsAt: "2026-10-26T00:00:00+00:00", status: "overdue" });
    expect(r.notificationFailures?.[0]?.classification.value?.cjsCode).toBe("ST19002");
    expect(r.notificationFailures?.[0]?.classification.findings.find((f) => f.verdict === "unknown")?.missing).toEqual(["incidents[0].reasonableExcuse"]);
    expect(r.keyDates.find((k) => k.kind === "notification-due")).toMatchObject({ duty: "initial", date: "2026-10-25", endsAt: "2026-10-26T00:00:00+00:00", orderId: "SPO-SWP-2026-044" });
  });

  it("the leap-day order: a breach on its last day is an offence, the day after is not", () => {
    const [, file] = examples.find(([f]) => f.startsWith("leap-"))!;
    const r = ok(file);
    expect(r.incidents.map((a) => a.verdict)).toEqual(["yes", "no"]);
    expect(r.keyDates.find((k) => k.kind === "discharge-lock-ends")?.date).toBe("2026-02-28");
  });

  it("the undecided excuse: unknown, still classified", () => {
    const [, file] = examples.find(([f]) => f.startsWith("breach-"))!;
    const [a] = ok(file).incidents;
    expect(a?.verdict).toBe("unknown");
    expect(a?.value?.offence).toBe("breach-of-order");
    expect(a?.findings.find((f) => f.verdict === "unknown")?.missing).toEqual(["incidents[0].reasonableExcuse"]);
  });

  it("the BTP application and the discharged order", () => {
    expect(ok(examples.find(([f]) => f.startsWith("btp-"))![1]).application?.verdict).toBe("yes");
    const discharged = ok(examples.find(([f]) => f.startsWith("discharged-"))![1]);
    expect(discharged.discharge?.verdict).toBe("yes");
    expect(discharged.orders[0]?.inForce.verdict).toBe("no");
  });
});

describe("missing inputs are named as case-file paths", () => {
  it("roots application, notification and discharge paths", () => {
    const [, met] = examples.find(([f]) => f.startsWith("met-"))!;
    const file = structuredClone(met) as { application: { grounds: { risk: { judged: unknown } } } };
    file.application.grounds.risk.judged = null;
    expect(ok(file).application?.findings.find((f) => f.rule === "ground.B")?.missing).toEqual(["application.grounds.risk.judged"]);
    const unserved = { asOf: "2026-08-01", order: { kind: "full", madeOn: "2026-07-01", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] }, notification: {}, discharge: { on: "2026-07-20", appliedBy: { role: "chief-officer", force: "kent" }, consents: {} } };
    const r = ok(unserved);
    expect(r.notification?.value[0]?.missing).toEqual(["order.servedAt"]);
    expect(r.discharge?.findings.find((f) => f.rule === "discharge.lock")?.missing).toEqual(["discharge.consents.defendant"]);
  });
});

describe("invalid input: { ok: false, issues }, never a throw", () => {
  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "case"],
    ["a number", 42],
    ["an empty object", {}],
  ])("%s", (_, input) => {
    const r = evaluateCase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  });

  it("names every problem with a readable path", () => {
    const r = evaluateCase({
      asOf: "2026-02-30",
      order: { kind: "full", madeOn: "2026-01-01", applicantForce: "police-scotland", duration: { type: "fixed", lastDay: "2028-01-01" }, terms: [{ id: "T1", type: "prohibition", text: "x" }, { id: "T2", type: "ban", text: "y", lastDay: "2027-13-01" }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["asOf", "order.applicantForce", "order.terms[1].type", "order.terms[1].lastDay"]));
    }
  });

  it("rejects cross-field contradictions", () => {
    const order = { kind: "full", madeOn: "2026-01-01", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] };
    const r = evaluateCase({ asOf: "2026-03-01", order, incidents: [{ type: "term-breached", termId: "T9", at: "2026-02-01" }, { type: "false-information", at: "2026-03-02", knewFalse: true }] });
    expect(r.ok).toBe(false);
    // An incident after asOf is not an error: it is kept and not assessed.
    if (!r.ok) expect(r.issues).toEqual([{ path: "incidents[0].termId", message: "is not the id of a term of any order" }]);
    const noOrder = evaluateCase({ asOf: "2026-03-01", incidents: [] });
    expect(noOrder.ok).toBe(false);
  });

  it("survives 5,000-deep nesting quickly", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    let arr: unknown = [];
    for (let i = 0; i < 5000; i++) arr = [arr];
    const t0 = performance.now();
    for (const input of [deep, arr, { asOf: "2026-01-01", order: deep }, { asOf: arr }]) expect(evaluateCase(input).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("rejects __proto__ keys without polluting prototypes", () => {
    const input = JSON.parse('{"asOf":"2026-01-01","__proto__":{"polluted":true},"order":{"__proto__":{"x":1}}}') as unknown;
    const r = evaluateCase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects bad options", () => {
    expect(evaluateCase({ asOf: "2026-01-01" }, { policy: "lenient" as never }).ok).toBe(false);
    expect(evaluateCase({ asOf: "2026-01-01" }, { policy: "statutory" }).ok).toBe(true);
  });
});

describe("properties", () => {
  test.prop([fc.jsonValue()], { numRuns: 300 })("arbitrary JSON never throws and gives ok or a non-empty issue list", (value) => {
    const r = evaluateCase(value);
    expect(r.ok || r.issues.length > 0).toBe(true);
  });

  test.prop([caseFile()], { numRuns: 150 })("every generated case file evaluates", (file) => {
    const r = evaluateCase(file);
    expect(r.ok ? "ok" : JSON.stringify(r.issues)).toBe("ok");
  });
});
