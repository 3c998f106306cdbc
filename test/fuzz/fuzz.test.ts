// Fuzzing: arbitrary JSON and mutated valid case files thrown at every entry point. `npm test` runs a few
// hundred of each; `npm run fuzz` runs 100,000 (FUZZ_RUNS).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "stalking-protection-orders";
import { caseFile } from "../../src/arbitraries";
import { evaluateCase } from "../../src/case";
import { londonDate, notificationPeriod } from "../../src/core/calendar";
import { SpoInputError } from "../../src/core/errors";
import { appealRights } from "../../src/law/appeals";
import { assessApplicant, assessApplication } from "../../src/law/application";
import { assessDischarge, assessVariation } from "../../src/law/discharge";
import { assessGrounds } from "../../src/law/grounds";
import { orderInForce, termInForce } from "../../src/law/in-force";
import { assessIdentificationRequest, assessNotification } from "../../src/law/notification";
import { classifyBreach, classifyNotificationFailures } from "../../src/law/offences";
import { assessOrder } from "../../src/law/order";
import { summaryCustodyLimit } from "../../src/law/penalties";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = Math.max(30_000, RUNS * 2);

/** Keys on Object.prototype before fuzzing: fuzzing must not add any. */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** JSON values, with keys that have bitten other libraries. */
const json = fc.jsonValue({ maxDepth: 6 }).chain((v) =>
  fc.oneof(
    fc.constant(v),
    fc.constant(JSON.parse(`{"__proto__":{"polluted":true},"asOf":"2026-01-01","v":${JSON.stringify(v) ?? "null"}}`) as unknown),
    fc.constant({ constructor: { prototype: { polluted: true } }, asOf: "2026-01-01" }),
  ),
);

type Path = (string | number)[];

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A valid case file with one to three values replaced, removed, or turned into nearby wrong values. */
const mutatedCaseFile = caseFile().chain((file) => {
  const all = paths(file);
  const mutation = fc.tuple(
    fc.constantFrom(...all),
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined),
      fc.constantFrom("2026-02-30", "2026-10-25T01:30:00", "", "kent", "T9", -1, 1e308, "9999-12-31", "2026-13-01"),
    ),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce<unknown>((acc, [path, v]) => {
    try {
      return setAt(acc, path, v);
    } catch {
      return acc; // the path no longer exists after an earlier mutation
    }
  }, file));
});

describe("evaluateCase never throws", () => {
  it(`on ${RUNS} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(json, (value) => {
        const r = evaluateCase(value);
        expect(r.ok || r.issues.length > 0).toBe(true);
        if (!r.ok) for (const i of r.issues) expect(typeof i.path === "string" && i.message.length > 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expectNoPollution();
  }, TIMEOUT);

  it(`on ${RUNS} mutated valid case files`, () => {
    fc.assert(
      fc.property(mutatedCaseFile, (value) => {
        const r = evaluateCase(value);
        expect(r.ok || r.issues.length > 0).toBe(true);
        if (!r.ok) expect(r.issues.every((i) => !i.message.startsWith("could not be evaluated"))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expectNoPollution();
  }, TIMEOUT);
});

const TYPED: [string, (input: unknown) => unknown][] = [
  ["assessApplicant", (i) => assessApplicant(i as never)],
  ["assessApplicant with a policy", (i) => assessApplicant(i as never, i as never)],
  ["assessGrounds", (i) => assessGrounds(i as never)],
  ["assessApplication", (i) => assessApplication(i as never)],
  ["assessOrder", (i) => assessOrder(i as never, i as never)],
  ["orderInForce", (i) => orderInForce(i as never, i as never)],
  ["termInForce", (i) => termInForce(i as never, i as never, i as never)],
  ["assessDischarge", (i) => assessDischarge(i as never)],
  ["assessVariation", (i) => assessVariation(i as never)],
  ["appealRights", (i) => appealRights(i as never)],
  ["assessNotification", (i) => assessNotification(i as never)],
  ["assessIdentificationRequest", (i) => assessIdentificationRequest(i as never)],
  ["classifyBreach", (i) => classifyBreach(i as never, i as never)],
  ["classifyNotificationFailures", (i) => classifyNotificationFailures(i as never)],
  ["summaryCustodyLimit", (i) => summaryCustodyLimit(i as never)],
  ["notificationPeriod", (i) => notificationPeriod(i as never)],
  ["londonDate", (i) => londonDate(i as never)],
];

describe("the typed API answers or throws SpoInputError, nothing else", () => {
  it.each(TYPED)("%s", (_, fn) => {
    fc.assert(
      fc.property(json, (value) => {
        try {
          fn(value);
        } catch (e) {
          expect(e).toBeInstanceOf(SpoInputError);
          expect((e as SpoInputError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 10)) },
    );
    expectNoPollution();
  }, TIMEOUT);
});

describe("every exported function of the built package answers or throws SpoInputError, nothing else", () => {
  // The built package, as a consumer imports it; classes and schemas are not functions to call this way.
  const exported = Object.entries(lib).filter(([name, value]) => typeof value === "function" && name !== "SpoInputError" && !name.endsWith("Schema"));
  it("covers the whole public API", () => {
    expect(exported.length).toBeGreaterThan(40);
  });
  it.each(exported)("%s", (_, fn) => {
    const call = fn as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(fc.array(json, { minLength: 0, maxLength: 3 }), (args) => {
        try {
          call(...args);
        } catch (e) {
          expect(lib.isSpoInputError(e), String(e)).toBe(true);
          expect((e as SpoInputError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Math.max(30, Math.floor(RUNS / 10)) },
    );
    expectNoPollution();
  }, TIMEOUT);
});
