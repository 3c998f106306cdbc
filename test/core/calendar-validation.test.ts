// Validation edges of the London calendar: every month's length, century leap years, the accepted years,
// seconds, fractions and offsets, and the message and path of each input error.
import { describe, expect, it } from "vitest";
import {
  anniversary,
  daysBeginningWith,
  daysBetween,
  londonDate,
  minimumFixedPeriodLastDay,
  parseWhen,
  tryParseWhen,
  yearsBeginningWith,
} from "../../src/core/calendar";
import {
  InstantSchema,
  LocalDateSchema,
} from "../../src/core/date-schemas";
import { issuesOf } from "../support/findings";


describe("which days are real", () => {
  it.each([
    ["2026-04-30", true],
    ["2026-04-31", false],
    ["2026-06-30", true],
    ["2026-06-31", false],
    ["2026-09-30", true],
    ["2026-09-31", false],
    ["2026-11-30", true],
    ["2026-11-31", false],
    ...["01", "03", "05", "07", "08", "10", "12"].map((m) => [`2026-${m}-31`, true] as const),
    ["2026-01-00", false],
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2100-02-29", false],
    ["2096-02-29", true],
    ["1900-01-01", true],
    ["2199-12-31", true],
    ["1899-12-31", false],
    ["2200-01-01", false],
  ] as const)("%s is %s", (day, real) => {
    expect(LocalDateSchema.safeParse(day).success).toBe(real);
    expect(tryParseWhen(day) === null).toBe(!real);
  });

  it("says why", () => {
    expect(LocalDateSchema.safeParse("2026-04-31").error?.issues[0]?.message).toBe("is not a real calendar day");
    expect(LocalDateSchema.safeParse("2200-01-01").error?.issues[0]?.message).toBe("must be a year from 1900 to 2199");
    expect(LocalDateSchema.safeParse("2026-01-011").error?.issues[0]?.message).toBe("must be a calendar date written YYYY-MM-DD");
    expect(LocalDateSchema.safeParse("2026-1-011").error?.issues[0]?.message).toBe("must be a calendar date written YYYY-MM-DD");
    expect(InstantSchema.safeParse("2026-07-01").error?.issues[0]?.message).toBe("must include a time of day, e.g. 2026-03-29T14:00:00Z");
    expect(InstantSchema.safeParse("2026-02-30T10:00:00Z").error?.issues[0]?.message).toBe("is not a real calendar day");
    expect(InstantSchema.safeParse("2199-12-31T23:30:00-01:00").error?.issues[0]?.message).toBe("must be in a year from 1900 to 2199");
    expect(InstantSchema.safeParse("1900-01-01T00:30:00+01:00").error?.issues[0]?.message).toBe("must be in a year from 1900 to 2199");
    expect(InstantSchema.safeParse("1900-01-01T00:30:00Z").success).toBe(true);
    expect(InstantSchema.safeParse("2199-12-31T23:30:00Z").success).toBe(true);
    expect(InstantSchema.safeParse("2026-07-01T10:00:60Z").error?.issues[0]?.message).toBe("is not a real time of day");
    expect(tryParseWhen(20260701)).toBeNull();
  });
});

describe("instants to the millisecond", () => {
  const ms = (text: string) => parseWhen(text).ms;

  it("reads seconds and fractions", () => {
    expect(ms("2026-07-01T10:00:30Z")).toBe(Date.UTC(2026, 6, 1, 10, 0, 30));
    expect(ms("2026-07-01T10:00:30.250Z")).toBe(Date.UTC(2026, 6, 1, 10, 0, 30, 250));
    expect(ms("2026-07-01T10:00:30.5Z")).toBe(Date.UTC(2026, 6, 1, 10, 0, 30, 500));
    expect(ms("2026-07-01T10:00:30.123456789Z")).toBe(Date.UTC(2026, 6, 1, 10, 0, 30, 123));
    expect(ms("2026-07-01T10:00Z")).toBe(Date.UTC(2026, 6, 1, 10, 0, 0));
  });

  it("applies offsets east and west, to the minute", () => {
    expect(ms("2026-07-01T10:00:00+05:30")).toBe(Date.UTC(2026, 6, 1, 4, 30));
    expect(ms("2026-07-01T10:00:00-03:45")).toBe(Date.UTC(2026, 6, 1, 13, 45));
    expect(ms("2026-07-01T10:00:00+18:00")).toBe(Date.UTC(2026, 5, 30, 16, 0));
    expect(ms("2026-07-01T10:00:00+00:59")).toBe(Date.UTC(2026, 6, 1, 9, 1));
    expect(tryParseWhen("2026-07-01T10:00:00+18:01")).not.toBeNull();
    expect(tryParseWhen("2026-07-01T10:00:00+00:60")).toBeNull();
  });

  it("reads London wall-clock time in GMT and BST", () => {
    expect(ms("2026-01-15T12:00:00")).toBe(Date.UTC(2026, 0, 15, 12));
    expect(ms("2026-07-15T12:00:00")).toBe(Date.UTC(2026, 6, 15, 11));
    expect(ms("2026-10-25T00:30:00")).toBe(Date.UTC(2026, 9, 24, 23, 30));
    expect(ms("2026-10-25T02:30:00")).toBe(Date.UTC(2026, 9, 25, 2, 30));
    expect(ms("2026-03-29T00:30:00")).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(ms("2026-03-29T02:30:00")).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });
});

describe("calendar arithmetic", () => {
  it("counts days between dates", () => {
    expect(daysBetween("2026-01-01", "2026-03-01")).toBe(59);
    expect(daysBetween("2028-01-01", "2028-03-01")).toBe(60);
    expect(daysBetween("2026-03-01", "2026-01-01")).toBe(-59);
    expect(daysBetween("2026-05-05", "2026-05-05")).toBe(0);
  });

  it("moves only 29 February to 1 March", () => {
    expect(anniversary("2027-01-29", 1)).toBe("2028-01-29");
    expect(anniversary("2027-03-29", 1)).toBe("2028-03-29");
    expect(anniversary("2028-02-28", 1)).toBe("2029-02-28");
    expect(anniversary("2028-02-29", 1)).toBe("2029-03-01");
    // The 29th of other months, and 28 February, into a non-leap year.
    expect(anniversary("2026-01-29", 1)).toBe("2027-01-29");
    expect(anniversary("2025-05-29", 2)).toBe("2027-05-29");
    expect(anniversary("2026-02-28", 1)).toBe("2027-02-28");
  });

  it("one year beginning with a day", () => {
    expect(yearsBeginningWith("2026-01-01", 1).lastDay).toBe("2026-12-31");
    expect(daysBeginningWith("2026-01-01", 1)).toEqual({ startsOn: "2026-01-01", lastDay: "2026-01-01", endsAt: "2026-01-02T00:00:00+00:00" });
  });
});

describe("input errors name the argument and say what is wrong", () => {
  it.each([
    [() => daysBeginningWith("2026-01-01", 0), "days", "must be a whole number of days, at least 1"],
    [() => daysBeginningWith("2026-02-30", 3), "startsOn", "is not a real calendar day"],
    [() => yearsBeginningWith("2026-01-01", 0), "years", "must be a whole number of years, at least 1"],
    [() => yearsBeginningWith("2026-02-30", 2), "startsOn", "is not a real calendar day"],
    [() => minimumFixedPeriodLastDay(null as unknown as string), "madeOn", "must be a date string"],
    [() => minimumFixedPeriodLastDay("2026-02-30"), "madeOn", "is not a real calendar day"],
    [() => londonDate(20260101 as unknown as string), "when", "must be a date or date-time string"],
    [() => londonDate("2026-02-30"), "when", "is not a real calendar day"],
    [() => parseWhen("2026-02-30"), "", '"2026-02-30" is not a real calendar day'],
  ] as const)("%#: %s", (run, path, message) => {
    expect(issuesOf(run)).toEqual([{ path, message }]);
  });
});
