// A case with 10,000 of everything the rules index evaluates at all: a generous bound that catches a quadratic
// step (which would take minutes), not a timing.
import { describe, expect, it } from "vitest";
import { bigCase } from "../../bench/big-case.mjs";
import { evaluateCase } from "../../src/case";

describe("scale", () => {
  it("10,000 orders, events, notifications with stations and incidents evaluate within a generous bound", () => {
    const file = bigCase(10_000);
    const t0 = performance.now();
    const r = evaluateCase(file);
    const ms = performance.now() - t0;
    expect(r.ok ? "ok" : JSON.stringify(r.issues.slice(0, 3))).toBe("ok");
    if (!r.ok) return;
    expect(r.report.orders).toHaveLength(10_000);
    expect(r.report.incidents).toHaveLength(10_000);
    expect(r.report.notification?.value).toHaveLength(20_000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
