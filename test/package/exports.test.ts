// The packaging contract, checked on the build a consumer receives: ESM and CJS entries, the exports map.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as esm from "stalking-protection-orders";

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, unknown> & { exports: Record<string, unknown>; dependencies: Record<string, string> };

const CONTRACT = [
  "and", "or", "not", "explain", "SpoInputError", "notificationPeriod", "minimumFixedPeriodLastDay", "londonDate",
  "FORCES", "rankAtLeast", "assessApplicant", "isEligibleApplicant", "policies", "assessGrounds", "assessApplication",
  "assessOrder", "orderInForce", "termInForce", "dischargeLockLastDay", "assessDischarge", "assessVariation", "appealRights",
  "assessNotification", "assessIdentificationRequest", "classifyBreach", "classifyNotificationFailures", "summaryCustodyLimit",
  "evaluateCase", "ApplicantInputSchema", "GroundsInputSchema", "ApplicationInputSchema", "OrderSchema", "NotificationInputSchema",
  "IncidentSchema", "CaseFileSchema", "OFFENCES",
];

describe("the built package", () => {
  it("exports the public contract from ESM and CJS alike", () => {
    const cjs = require("../../dist/index.cjs") as Record<string, unknown>;
    for (const name of CONTRACT) {
      expect(esm, name).toHaveProperty(name);
      expect(cjs, name).toHaveProperty(name);
    }
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(esm.policies.metropolitan).toEqual(esm.policies.superintendentInBcu);
  });

  it("has no default export", () => {
    expect(esm).not.toHaveProperty("default");
  });

  it("declares the package shape the contract pins", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: ">=20.19" });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["zod"]);
    expect(pkg.exports).toHaveProperty(["./package.json"]);
    expect(pkg.exports).toHaveProperty(["./arbitraries"]);
    expect(pkg.bin).toEqual({ spo: "./dist/cli.js" });
    expect(pkg.peerDependenciesMeta).toEqual({ "fast-check": { optional: true } });
  });

  it("a CJS consumer gets the same answers", () => {
    const cjs = require("../../dist/index.cjs") as typeof esm;
    expect(cjs.notificationPeriod("2026-10-24T23:30:00Z")).toEqual(esm.notificationPeriod("2026-10-24T23:30:00Z"));
    expect(() => cjs.notificationPeriod("2026-02-30")).toThrow(cjs.SpoInputError);
  });
});
