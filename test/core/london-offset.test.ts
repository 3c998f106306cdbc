// London's offsets, read a year at a time, must agree with the zone database at every instant the library
// can meet: every change found exactly (to the millisecond), and none missed.
import { fc, test } from "@fast-check/vitest";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { londonOffset } from "../../src/core/london-offset";

const zone = IANAZone.create("Europe/London");
const DAY_MS = 86_400_000;
const FROM = Date.UTC(1899, 11, 31);
const TO = Date.UTC(2201, 0, 1);

/** The instant after `lo` and at or before `hi` where the zone's offset changes (exactly one change between). */
function changeBetween(lo: number, hi: number): number {
  const before = zone.offset(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

describe("londonOffset", () => {
  it("is GMT in winter and BST in summer", () => {
    expect(londonOffset(Date.UTC(2026, 0, 15))).toBe(0);
    expect(londonOffset(Date.UTC(2026, 6, 15))).toBe(60);
  });

  it("changes at 01:00 UTC on the 2026 clock-change days, to the millisecond", () => {
    expect(londonOffset(Date.UTC(2026, 2, 29, 0, 59, 59, 999))).toBe(0);
    expect(londonOffset(Date.UTC(2026, 2, 29, 1))).toBe(60);
    expect(londonOffset(Date.UTC(2026, 9, 25, 0, 59, 59, 999))).toBe(60);
    expect(londonOffset(Date.UTC(2026, 9, 25, 1))).toBe(0);
  });

  it("knows double summer time and British Standard Time", () => {
    expect(londonOffset(Date.UTC(1944, 5, 6, 12))).toBe(120);
    expect(londonOffset(Date.UTC(1969, 0, 15))).toBe(60);
  });

  // A change missed by the weekly sampling would show here: the zone database is read day by day across the
  // whole range the library accepts, and every change found is checked on both sides of its instant.
  it("agrees with the zone database every day from 1900 to 2200, and at every change to the millisecond", { timeout: 60_000 }, () => {
    let changes = 0;
    const wrong: string[] = [];
    let previous = zone.offset(FROM);
    for (let t = FROM; t < TO; t += DAY_MS) {
      const offset = zone.offset(t);
      if (londonOffset(t) !== offset) wrong.push(new Date(t).toISOString());
      if (offset !== previous) {
        const at = changeBetween(t - DAY_MS, t);
        if (londonOffset(at - 1) !== previous || londonOffset(at) !== offset) wrong.push(`change at ${new Date(at).toISOString()}`);
        changes += 1;
      }
      previous = offset;
    }
    expect(wrong).toEqual([]);
    expect(changes).toBeGreaterThan(400);
  });

  test.prop([fc.integer({ min: FROM, max: TO })], { numRuns: 2000 })("agrees with the zone database at any instant", (ms) => {
    expect(londonOffset(ms)).toBe(zone.offset(ms));
  });
});
