import { readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../src/case";
import { caseFile } from "../src/arbitraries";

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(`examples/${f}`, "utf8")) as unknown] as const);

const ok = (input: unknown) => {
  const r = evaluateCase(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
};

describe("evaluateCase on the bundled examples", () => {
  it("has the examples the demo promises", () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples)("%s evaluates, with key dates sorted by date then event", (_, file) => {
    const report = ok(file);
    const keys = report.keyDates.map((k) => `${k.date} ${k.event}`);
    expect(keys).toEqual([...keys].sort());
    for (const k of report.keyDates) expect(k.citation.label).toMatch(/^SPA 2019 s\.\d/);
  });

  it("the Met case: an eligible application, a lawful full order replacing an interim one", () => {
    const [, file] = examples.find(([f]) => f.startsWith("met-"))!;
    const r = ok(file);
    expect(r.application?.verdict).toBe("yes");
    expect(r.application?.value.court).toBe("magistrates-court");
    expect(r.order?.verdict).toBe("yes");
    expect(r.orderInForce?.verdict).toBe("yes");
    expect(r.notification?.value.map((o) => o.status)).toEqual(["not-required", "met"]);
  });

  it("the Kent case: an Essex resident coming to Kent, heard by a youth court", () => {
    const [, file] = examples.find(([f]) => f.startsWith("kent-"))!;
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
    expect(r.notificationFailures?.[0]?.classification.findings.find((f) => f.verdict === "unknown")?.missing).toEqual(["incidents"]);
    expect(r.keyDates.map((k) => k.event)).toContain("initial notification: last day to notify");
  });

  it("the leap-day order: a breach on its last day is an offence, the day after is not", () => {
    const [, file] = examples.find(([f]) => f.startsWith("leap-"))!;
    const r = ok(file);
    expect(r.incidents.map((a) => a.verdict)).toEqual(["yes", "no"]);
    expect(r.keyDates.find((k) => k.event.startsWith("discharge lock"))?.date).toBe("2026-02-28");
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
    expect(discharged.orderInForce?.verdict).toBe("no");
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
    if (!r.ok) expect(r.issues).toEqual([
      { path: "incidents[0].termId", message: "is not the id of a term of the order" },
      { path: "incidents[1].at", message: "is after asOf (2026-03-01)" },
    ]);
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
