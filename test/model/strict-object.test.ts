// The input schemas' objects are parsed on zod's compiled fast path ($ZodObjectJIT). It must answer exactly as
// zod's runtime parser does, for valid case files, nearly valid ones and arbitrary values: the same data, or the
// same issues with the same paths and messages. zod's own `jitless` parse option gives the runtime answer.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { caseFile } from "../../src/arbitraries";
import { CaseFileSchema, OrderSchema } from "../../src/model/schemas";
import { strictObject } from "../../src/model/schemas/strict-object";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` with the thing at `path` replaced (or, for a new key, added). */
function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = by;
  return copy;
}

const plausible = fc.constantFrom<unknown>(undefined, null, "", "kent", "full", "interim", "2026-02-29", "2024-02-29", "2026-03-29T01:30:00Z", "nope", 0, -1, 1.5, true, [], {}, [null], { id: "T1" });

/** A valid case file with one value replaced, or one key added, somewhere inside it. */
const nearlyValid = fc.oneof(caseFile(), caseFile({ jurisdiction: "northern-ireland" })).chain((valid) => {
  const paths = pathsOf(valid);
  const objects = paths.filter((p) => isPlainObject(at(valid, p)));
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), plausible).map(([path, by]) => replaced(valid, path, by)),
    fc.tuple(fc.constantFrom(...objects), plausible).map(([path, by]) => replaced(valid, [...path, "extra"], by)),
  );
});

/** The result of a parse, as plain data: success and data, or each issue's path, code and message. */
type Result = { success: true; data: unknown } | { success: false; error: { issues: readonly { path: PropertyKey[]; code: string; message: string }[] } };

function outcome(result: Result): unknown {
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) };
}

function bothWays(schema: z.ZodMiniType, input: unknown): [unknown, unknown] {
  return [outcome(z.safeParse(schema, input)), outcome(z.safeParse(schema, input, { jitless: true }))];
}

describe("strictObject", () => {
  it("is what the case file is built from", () => {
    expect(CaseFileSchema._zod.traits.has("$ZodObjectJIT")).toBe(true);
    expect(OrderSchema._zod.traits.has("$ZodObjectJIT")).toBe(true);
  });

  it("is a zod/mini object with its shape, the same JSON Schema and the same answers as z.strictObject", () => {
    const shape = { id: z.string().check(z.minLength(1)), kind: z.enum(["full", "interim"]), n: z.optional(z.nullable(z.number())), tags: z.array(z.string()) };
    const fast = strictObject(shape);
    const plain = z.strictObject(shape);
    expect(fast).toBeInstanceOf(z.ZodMiniObject);
    expect(fast.shape).toStrictEqual(plain.shape);
    expect(z.toJSONSchema(fast)).toEqual(z.toJSONSchema(plain));
    for (const input of [{ id: "A", kind: "full", tags: [] }, { id: "", kind: "x", tags: [1], extra: true }, null, [], "x", { id: "A", kind: "interim", n: null, tags: ["a"] }]) {
      expect(outcome(z.safeParse(fast, input))).toEqual(outcome(z.safeParse(plain, input)));
    }
  });

  it("builds fresh output and never hands back its input", () => {
    const input = { id: "A", kind: "full", tags: ["x"] };
    const out = z.parse(strictObject({ id: z.string(), kind: z.string(), tags: z.array(z.string()) }), input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  test.prop([fc.oneof(caseFile(), caseFile({ jurisdiction: "northern-ireland" }))], { numRuns: 100 })("parses valid case files exactly as the runtime parser does", (input) => {
    const [fast, runtime] = bothWays(CaseFileSchema, input);
    expect(fast).toEqual(runtime);
    expect(fast).toMatchObject({ ok: true });
  });

  test.prop([nearlyValid], { numRuns: 300 })("rejects nearly valid case files with the runtime parser's issues, or accepts them alike", (input) => {
    const [fast, runtime] = bothWays(CaseFileSchema, input);
    expect(fast).toEqual(runtime);
  });

  test.prop([fc.jsonValue() as fc.Arbitrary<Json>], { numRuns: 200 })("answers arbitrary JSON as the runtime parser does", (input) => {
    const [fast, runtime] = bothWays(CaseFileSchema, input);
    expect(fast).toEqual(runtime);
  });
});
