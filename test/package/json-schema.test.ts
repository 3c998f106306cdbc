// The shipped JSON Schemas (schema/*.json, written by the build) must agree with the zod schemas.
import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "stalking-protection-orders";
import { SCHEMA_NAMES } from "stalking-protection-orders/json-schema";
import { caseFile } from "stalking-protection-orders/arbitraries";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const load = (name: string) => JSON.parse(readFileSync(`schema/${name}.json`, "utf8")) as object;
const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));

describe("JSON Schemas", () => {
  it("the build writes one per input and output schema", () => {
    expect(readdirSync("schema").sort()).toEqual(SCHEMA_NAMES.map((n) => `${n}.json`).sort());
    for (const name of SCHEMA_NAMES) expect(() => ajv.compile(load(name))).not.toThrow();
  });

  it.each(examples)("examples/%s is valid against schema/case-file.json and evaluates", (file) => {
    const validate = ajv.compile(load("case-file"));
    const data = JSON.parse(readFileSync(`examples/${file}`, "utf8")) as unknown;
    expect(validate(data) ? "valid" : JSON.stringify(validate.errors)).toBe("valid");
    expect(evaluateCase(data).ok).toBe(true);
  });

  it("rejects what the zod schema rejects structurally", () => {
    const validate = ajv.compile(load("case-file"));
    for (const bad of [{}, { asOf: 1 }, { asOf: "2026-01-01", unknownField: true }, { asOf: "2026-01-01", order: { kind: "full" } }]) {
      expect(validate(bad)).toBe(false);
      expect(evaluateCase(bad).ok).toBe(false);
    }
  });
});

describe("the report's JSON Schema (schema/case-report.json, schema/evaluate-result.json)", () => {
  const report = ajv.compile(load("case-report"));
  const result = ajv.compile(load("evaluate-result"));
  const verdictOf = (ok: boolean) => (ok ? "valid" : JSON.stringify(report.errors?.slice(0, 3)));

  it.each(examples)("the report of examples/%s is valid against it", (file) => {
    const r = evaluateCase(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(verdictOf(report(r.report))).toBe("valid");
    expect(result(r)).toBe(true);
  });

  test.prop([caseFile()], { numRuns: 150 })("every generated case's report is valid against it", (file) => {
    const r = evaluateCase(file);
    expect(r.ok).toBe(true);
    if (r.ok) expect(verdictOf(report(r.report))).toBe("valid");
  });

  it("an invalid case's result is valid against evaluate-result", () => {
    expect(result(evaluateCase({ asOf: "2026-02-30" }))).toBe(true);
  });

  it("refuses what is not a report: a field the contract does not have, a verdict outside yes/no/unknown", () => {
    const r = evaluateCase(JSON.parse(readFileSync("examples/breach-excuse-undecided.json", "utf8")));
    if (!r.ok) throw new Error("the example is valid");
    expect(report({ ...r.report, extra: 1 })).toBe(false);
    expect(report({ ...r.report, incidents: [{ ...r.report.incidents[0], verdict: "maybe" }] })).toBe(false);
    expect(report({ ...r.report, keyDates: [{ ...r.report.keyDates[0], kind: "birthday" }] })).toBe(false);
    const { agenda: _agenda, ...withoutAgenda } = r.report;
    expect(report(withoutAgenda)).toBe(false);
  });
});

