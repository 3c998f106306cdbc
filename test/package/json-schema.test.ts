// The shipped JSON Schemas (schema/*.json, written by the build) must agree with the zod schemas.
import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { evaluateCase, SCHEMA_NAMES } from "stalking-protection-orders";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const load = (name: string) => JSON.parse(readFileSync(`schema/${name}.json`, "utf8")) as object;
const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));

describe("JSON Schemas", () => {
  it("the build writes one per input schema", () => {
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
