// Every input error speaks in one voice: "is required", "must be one of: …", "is not a recognised field", a sentence
// of the library's own — never zod's text ("Invalid option: expected…") — with a path from the root of what the
// caller passed. Valid generated inputs are broken one field at a time, and every message is checked.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applicantInput, caseFile, groundsInput, incident, notificationInput, order } from "../../src/arbitraries";
import { evaluateCase } from "../../src/case";
import { safelyParse } from "../../src/core/errors";
import { INPUT_SCHEMAS } from "../../src/json-schema";

type SchemaName = keyof typeof INPUT_SCHEMAS;

/** The allowed openings of an input error: each is a short sentence about the field named by the path. */
const VOICE = /^(is|must|names|falls|applies|cannot|needs|could) /;
/** Text that only a validation library writes. */
const RAW = /Invalid|[Ee]xpected|[Rr]eceived|Too (big|small)|Unrecognized|\bNaN\b/;
/** A path: empty (the whole input) or dotted names and [indexes] from the root. */
const PATH = /^(|[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path inside a value, as key lists (the root included). */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `value` with the thing at `path` replaced (or deleted, for `undefined`). */
function replaced(value: unknown, path: readonly (string | number)[], junk: unknown): unknown {
  if (path.length === 0) return junk;
  const copy: unknown = JSON.parse(JSON.stringify(value));
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (junk === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = junk;
  return copy;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double(),
  fc.constantFrom("", "x", "2026-02-30", "2026-13-01T25:00:00Z", "kent", "full", "police-scotland", "T9", " "),
  fc.string({ maxLength: 8 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("x", "kind", "type", "id", "on"), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxKeys: 2 }),
);

/** Breaks one field of a valid input: replaces, deletes, or adds an unknown key beside it. */
function broken(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const all = paths(v);
    return fc.tuple(fc.constantFrom(...all), junk, fc.boolean()).map(([path, j, addKey]) => {
      if (addKey) {
        const parent = path.length === 0 ? v : JSON.parse(JSON.stringify(v));
        if (typeof parent === "object" && parent !== null && !Array.isArray(parent)) return { ...(parent as object), unexpectedField: j ?? 1 };
      }
      return replaced(v, path, j);
    });
  });
}

function checkVoice(issues: readonly { path: string; message: string }[]): void {
  for (const { path, message } of issues) {
    expect(message, `${path}: ${message}`).toMatch(VOICE);
    expect(message, `${path}: ${message}`).not.toMatch(RAW);
    expect(path, `${path}: ${message}`).toMatch(PATH);
  }
}

const VALID: Partial<Record<SchemaName, fc.Arbitrary<unknown>>> = {
  "case-file": caseFile(),
  "applicant-input": applicantInput(),
  "grounds-input": groundsInput(),
  order: order(),
  "notification-input": notificationInput(),
  incident: incident(),
  policy: fc.constant({ name: "kent-spo", minimumRank: "inspector", requireSameBcu: false }),
  "application-input": fc.constant({
    madeOn: "2026-03-02",
    applicant: { force: "kent", rank: "superintendent", bcu: "North" },
    defendant: { id: "D1", dateOfBirth: "1990-06-15", residesIn: { force: "kent", bcu: "North" } },
    grounds: { acts: [{ kind: "following", on: "2026-01-05" }], risk: { to: ["V1"], judged: true }, necessity: { toProtect: ["V1"], judged: true } },
  }),
};

describe("input errors in one voice", () => {
  it.each(Object.keys(VALID) as SchemaName[])("%s: every message of a broken input is the library's own, with a path from the root", (name) => {
    fc.assert(
      fc.property(broken(VALID[name] as fc.Arbitrary<unknown>), (input) => {
        const r = safelyParse(INPUT_SCHEMAS[name], input);
        if (!r.ok) checkVoice(r.issues);
      }),
      { numRuns: 150 },
    );
  });

  test.prop([broken(caseFile())], { numRuns: 300 })("evaluateCase: every issue of a broken case file", (file) => {
    const r = evaluateCase(file);
    if (!r.ok) checkVoice(r.issues);
  });

  it("the messages the issue reported are fixed", () => {
    const o = { kind: "full", madeOn: "2026-03-02", duration: { type: "until-further-order" }, terms: [] };
    const missing = evaluateCase({ asOf: "2026-04-01", order: o });
    expect(!missing.ok && missing.issues).toEqual([{ path: "order.applicantForce", message: "is required" }]);
    const wrong = evaluateCase({ asOf: "2026-04-01", order: { ...o, applicantForce: "kent", kind: "temporary" } });
    expect(!wrong.ok && wrong.issues).toEqual([{ path: "order.kind", message: 'must be one of: "full", "interim"' }]);
  });
});
