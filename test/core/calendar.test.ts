import { fc, test } from "@fast-check/vitest";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addDays,
  epochDay,
  ageOn,
  anniversary,
  compareWhen,
  daysBeginningWith,
  daysBetween,
  formatLondonInstant,
  londonDate,
  minimumFixedPeriodLastDay,
  notificationPeriod,
  parseWhen,
  startOfLondonDay,
  yearsBeginningWith,
} from "../../src/core/calendar";
import {
  InstantSchema,
  LocalDateSchema,
  WhenSchema,
} from "../../src/core/date-schemas";
import { SpoInputError } from "../../src/core/errors";

/** London wall-clock reading of an instant, through luxon as an independent oracle. */
function inLondon(iso: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone("Europe/London");
}

const localDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("the process time zone", () => {
  it("is the one this project runs under, so zone-independence is really exercised", () => {
    // npm test runs this file under several TZ values (vitest.config.ts); a TZ that did not take effect fails here.
    const expected = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
  });
});

describe("notificationPeriod: 3 days beginning with the day (SPA 2019 s.9)", () => {
  it.each([
    // ordinary week: Monday → Wednesday, ends at Thursday's midnight
    ["2026-06-08", "2026-06-10", "2026-06-11T00:00:00+01:00"],
    ["2026-01-12", "2026-01-14", "2026-01-15T00:00:00+00:00"],
    // spring forward (29 March 2026): the period ends in BST
    ["2026-03-26", "2026-03-28", "2026-03-29T00:00:00+00:00"],
    ["2026-03-27", "2026-03-29", "2026-03-30T00:00:00+01:00"],
    ["2026-03-29", "2026-03-31", "2026-04-01T00:00:00+01:00"],
    // fall back (25 October 2026): the period ends in GMT
    ["2026-10-22", "2026-10-24", "2026-10-25T00:00:00+01:00"],
    ["2026-10-23", "2026-10-25", "2026-10-26T00:00:00+00:00"],
    ["2026-10-25", "2026-10-27", "2026-10-28T00:00:00+00:00"],
    // year end and leap days
    ["2026-12-30", "2027-01-01", "2027-01-02T00:00:00+00:00"],
    ["2028-02-27", "2028-02-29", "2028-03-01T00:00:00+00:00"],
    ["2027-02-27", "2027-03-01", "2027-03-02T00:00:00+00:00"],
    ["2028-02-29", "2028-03-02", "2028-03-03T00:00:00+00:00"],
  ])("from %s the last day is %s and it ends at %s", (startsOn, lastDay, endsAt) => {
    expect(notificationPeriod(startsOn)).toEqual({ startsOn, lastDay, endsAt });
  });

  it.each([
    // 23:30 UTC in summer is 00:30 the next day in London
    ["2026-07-01T23:30:00Z", "2026-07-02"],
    ["2026-10-24T23:30:00Z", "2026-10-25"],
    // 23:30 UTC in winter is still the same day in London
    ["2026-12-24T23:30:00Z", "2026-12-24"],
    ["2026-01-31T23:59:59Z", "2026-01-31"],
    // midnight either side, in BST and GMT
    ["2026-07-01T22:59:59Z", "2026-07-01"],
    ["2026-07-01T23:00:00Z", "2026-07-02"],
    ["2026-07-02T00:00:00+01:00", "2026-07-02"],
    ["2026-07-01T23:59:59+01:00", "2026-07-01"],
    ["2026-11-30T23:59:59Z", "2026-11-30"],
    ["2026-12-01T00:00:00Z", "2026-12-01"],
    // offsets elsewhere in the world
    ["2026-07-02T08:00:00+12:00", "2026-07-01"],
    ["2026-07-01T17:00:00-07:00", "2026-07-02"],
    // London wall-clock time without an offset
    ["2026-07-01T23:30:00", "2026-07-01"],
    ["2026-10-25T00:59:00", "2026-10-25"],
    ["2026-10-25T02:00:00", "2026-10-25"],
    ["2026-03-29T00:59:59", "2026-03-29"],
    ["2026-03-29T02:00:00", "2026-03-29"],
  ])("an instant %s starts the period on London day %s", (instant, startsOn) => {
    expect(notificationPeriod(instant).startsOn).toBe(startsOn);
    expect(londonDate(instant)).toBe(startsOn);
  });

  it("agrees with luxon's Europe/London conversion on ordinary and clock-change days", () => {
    for (const iso of ["2026-10-24T23:30:00Z", "2026-03-28T23:59:00Z", "2026-03-29T00:59:59Z", "2026-10-25T00:30:00Z"]) {
      expect(londonDate(iso)).toBe(inLondon(iso).toISODate());
    }
  });

  test.prop([localDate])("the last day is always the start day + 2", (day) => {
    const p = notificationPeriod(day);
    expect(p.startsOn).toBe(day);
    expect(p.lastDay).toBe(addDays(day, 2));
    expect(daysBetween(p.startsOn, p.lastDay)).toBe(2);
  });

  test.prop([localDate])("endsAt is always the London midnight after the last day, in GMT or BST", (day) => {
    const { lastDay, endsAt } = notificationPeriod(day);
    expect(endsAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[01]:00$/);
    const london = inLondon(endsAt);
    expect(london.toISODate()).toBe(addDays(lastDay, 1));
    expect([london.hour, london.minute, london.second]).toEqual([0, 0, 0]);
    expect(london.minus({ milliseconds: 1 }).toISODate()).toBe(lastDay);
  });

  test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) })])(
    "an instant's London day matches luxon's",
    (ms) => {
      const iso = new Date(ms).toISOString();
      expect(londonDate(iso)).toBe(DateTime.fromMillis(ms, { zone: "Europe/London" }).toISODate());
    },
  );

  test.prop([localDate, localDate])("deadlines are monotonic: a later start never ends earlier", (a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(notificationPeriod(early).lastDay <= notificationPeriod(late).lastDay).toBe(true);
    expect(Date.parse(notificationPeriod(early).endsAt)).toBeLessThanOrEqual(Date.parse(notificationPeriod(late).endsAt));
  });
});

describe("startOfLondonDay", () => {
  // The start of a day is found from the offset at UTC midnight; it would need correcting if a change fell
  // between UTC midnight and London midnight. London's never does: this checks every day the library accepts.
  it("is the midnight the zone database gives, every day from 1900 to 2199", { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    for (let day = DateTime.fromISO("1900-01-01", { zone: "Europe/London" }); day.year < 2200; day = day.plus({ days: 1 })) {
      const date = day.toISODate() as string;
      if (startOfLondonDay(date) !== day.toMillis()) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });
});

describe("daysBeginningWith", () => {
  it("counts the first day as day one", () => {
    expect(daysBeginningWith("2026-05-04", 1).lastDay).toBe("2026-05-04");
    expect(daysBeginningWith("2026-05-04", 7).lastDay).toBe("2026-05-10");
  });

  it("rejects nonsense lengths", () => {
    expect(() => daysBeginningWith("2026-05-04", 0)).toThrow(SpoInputError);
    expect(() => daysBeginningWith("2026-05-04", 1.5)).toThrow(SpoInputError);
  });
});

describe("years beginning with a day (law page §8.3)", () => {
  it.each([
    ["2026-03-15", "2028-03-14"],
    ["2026-01-01", "2027-12-31"],
    ["2026-02-28", "2028-02-27"],
    ["2026-03-01", "2028-02-29"],
    ["2027-02-28", "2029-02-27"],
    ["2027-03-01", "2029-02-28"],
    // 29 February's anniversary in a non-leap year is 1 March
    ["2028-02-29", "2030-02-28"],
    ["2024-02-29", "2026-02-28"],
    ["2020-01-20", "2022-01-19"],
  ])("2 years beginning with %s end on %s", (madeOn, lastDay) => {
    expect(minimumFixedPeriodLastDay(madeOn)).toBe(lastDay);
    expect(yearsBeginningWith(madeOn, 2).lastDay).toBe(lastDay);
  });

  it("handles a 4-year period from 29 February onto the next leap day", () => {
    expect(yearsBeginningWith("2028-02-29", 4).lastDay).toBe("2032-02-28");
    expect(anniversary("2028-02-29", 4)).toBe("2032-02-29");
    expect(anniversary("2028-02-29", 1)).toBe("2029-03-01");
  });

  test.prop([localDate, fc.integer({ min: 1, max: 10 })])(
    "never shorter than the years it names, never a day longer",
    (day, years) => {
      const last = yearsBeginningWith(day, years).lastDay;
      const luxonAnniversary = DateTime.fromISO(day, { zone: "UTC" }).plus({ years });
      // luxon clamps 29 Feb to 28 Feb; the conservative reading runs one day further in that case only
      const expectedLast =
        day.endsWith("-02-29") && !luxonAnniversary.isInLeapYear
          ? luxonAnniversary.toISODate()
          : luxonAnniversary.minus({ days: 1 }).toISODate();
      expect(last).toBe(expectedLast);
    },
  );

  it("rejects unreal days", () => {
    expect(() => minimumFixedPeriodLastDay("2027-02-29")).toThrow(SpoInputError);
    expect(() => yearsBeginningWith("2026-01-01", 0)).toThrow(SpoInputError);
  });
});

describe("ageOn", () => {
  it.each([
    ["2008-05-10", "2026-05-09", 17],
    ["2008-05-10", "2026-05-10", 18],
    ["2008-05-10", "2026-05-11", 18],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2028-02-29", 20],
    ["2008-12-31", "2026-12-31", 18],
  ])("someone born %s is %s years old on %s", (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});

describe("input validation", () => {
  it.each([
    ["2026-02-30", "is not a real calendar day"],
    ["2027-02-29", "is not a real calendar day"],
    ["2026-13-01", "is not a real calendar day"],
    ["2026-00-10", "is not a real calendar day"],
    ["2026-1-1", "must be a date (YYYY-MM-DD) or an ISO 8601 date-time"],
    ["26-01-01", "must be a date (YYYY-MM-DD) or an ISO 8601 date-time"],
    ["nope", "must be a date (YYYY-MM-DD) or an ISO 8601 date-time"],
    ["1899-12-31", "must be a year from 1900 to 2199"],
    ["2026-07-01T24:00:00Z", "is not a real time of day"],
    ["2026-07-01T12:60:00Z", "is not a real time of day"],
    ["2026-07-01T12:00:00+19:00", "impossible UTC offset"],
    ["2026-07-01 12:00:00Z", "must be"],
    ["2026-03-29T01:30:00", "does not exist in London"],
    ["2026-10-25T01:30:00", "is ambiguous in London"],
    ["", "must be a date (YYYY-MM-DD) or an ISO 8601 date-time"],
  ])("%j is an input error (%s), blamed on the argument start", (text, message) => {
    expect(() => notificationPeriod(text)).toThrow(SpoInputError);
    try {
      notificationPeriod(text);
    } catch (e) {
      expect((e as SpoInputError).issues).toEqual([{ path: "start", message: expect.stringContaining(message) }]);
    }
  });

  it("accepts an explicit offset on clock-change nights", () => {
    expect(londonDate("2026-10-25T01:30:00+01:00")).toBe("2026-10-25");
    expect(londonDate("2026-10-25T01:30:00+00:00")).toBe("2026-10-25");
    expect(parseWhen("2026-10-25T01:30:00+00:00").ms! - parseWhen("2026-10-25T01:30:00+01:00").ms!).toBe(3_600_000);
  });

  it("rejects non-strings at the typed boundary", () => {
    expect(() => londonDate(20260101 as unknown as string)).toThrow(SpoInputError);
    expect(() => minimumFixedPeriodLastDay(null as unknown as string)).toThrow(SpoInputError);
  });

  it("has schemas with the same rules", () => {
    expect(LocalDateSchema.safeParse("2028-02-29").success).toBe(true);
    expect(LocalDateSchema.safeParse("2027-02-29").success).toBe(false);
    expect(LocalDateSchema.safeParse("2027-02-28T10:00:00Z").success).toBe(false);
    expect(InstantSchema.safeParse("2026-07-01T10:00:00Z").success).toBe(true);
    expect(InstantSchema.safeParse("2026-07-01").success).toBe(false);
    expect(WhenSchema.safeParse("2026-07-01").success).toBe(true);
    expect(WhenSchema.safeParse("2026-07-01T10:00:00.123456+05:30").success).toBe(true);
    expect(WhenSchema.safeParse(42).success).toBe(false);
  });
});

describe("instants", () => {
  it("orders whens, and admits when the order cannot be known", () => {
    const p = parseWhen;
    expect(compareWhen(p("2026-01-01"), p("2026-01-02"))).toBe(-1);
    expect(compareWhen(p("2026-01-02T00:00:00Z"), p("2026-01-01"))).toBe(1);
    expect(compareWhen(p("2026-01-01T10:00:00Z"), p("2026-01-01T10:00:00+00:00"))).toBe(0);
    expect(compareWhen(p("2026-01-01T10:00:00Z"), p("2026-01-01"))).toBeNull();
  });

  it("formats instants in London time with the offset then in force", () => {
    expect(formatLondonInstant(Date.UTC(2026, 6, 1, 23, 30))).toBe("2026-07-02T00:30:00+01:00");
    expect(formatLondonInstant(Date.UTC(2026, 11, 1, 23, 30))).toBe("2026-12-01T23:30:00+00:00");
    expect(startOfLondonDay("2026-07-02")).toBe(Date.UTC(2026, 6, 1, 23));
    expect(startOfLondonDay("2026-03-29")).toBe(Date.UTC(2026, 2, 29, 0));
    expect(startOfLondonDay("2026-03-30")).toBe(Date.UTC(2026, 2, 29, 23));
    expect(startOfLondonDay("2026-10-25")).toBe(Date.UTC(2026, 9, 24, 23));
    expect(startOfLondonDay("2026-10-26")).toBe(Date.UTC(2026, 9, 26, 0));
  });
});

describe("day counting without Date", () => {
  it("epochDay and its inverse agree with Date.UTC on every day from 1900 to 2199", () => {
    const DAY = 86_400_000;
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2199, 11, 31); ms += DAY) {
      const day = new Date(ms).toISOString().slice(0, 10);
      const n = ms / DAY;
      if (epochDay(day) !== n) expect(epochDay(day)).toBe(n);
      if (addDays("1970-01-01", n) !== day) expect(addDays("1970-01-01", n)).toBe(day);
    }
  });
});
