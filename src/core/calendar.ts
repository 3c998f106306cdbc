/**
 * The London calendar: the single place where the library computes dates.
 *
 * Every statutory period is counted in calendar days in England and Wales, and in Northern Ireland, which keeps the
 * same clock (Europe/London). Dates are
 * handled as plain calendar days (no zone involved); instants are converted to their London day using
 * London's offsets from the IANA zone database (`london-offset.ts`), never the process time zone.
 *
 * Conventions (law page §8): "N days beginning with D" ends at the end of day D + N − 1; "N years
 * beginning with D" ends the day before the N-th anniversary, and the anniversary of 29 February in a
 * non-leap year is 1 March; an "end of day" is reported as the next London midnight with its offset.
 * The zod schemas for these strings are in `date-schemas.ts`.
 */
import { inputError } from "./errors";
import { londonOffset } from "./london-offset";

/** A calendar day in England and Wales, written `YYYY-MM-DD`. */
export type LocalDate = string;
/** An ISO 8601 date-time with `Z` or an offset; without an offset it is London wall-clock time. */
export type Instant = string;
/** A day or an instant: where only the day matters, a `LocalDate` is enough. */
export type When = LocalDate | Instant;

/** The earliest year accepted in any date: anything earlier is a data-entry error in this domain. */
export const FIRST_YEAR = 1900;
/** The latest year accepted in any date: anything later is a data-entry error in this domain. */
export const LAST_YEAR = 2199;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** `YYYY-MM-DD`, the shape of a `LocalDate` (whether the day is real is checked separately). */
export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The shape of an `Instant`: a date, a time to the minute or finer, and `Z`, an offset or neither. */
export const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

// ---------------------------------------------------------------------------------------------
// Calendar days (no zone involved)
// ---------------------------------------------------------------------------------------------

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Why `year-month-day` is not an acceptable day, or `null` if it is one. */
function dayProblem(year: number, month: number, day: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "is not a real calendar day";
  return null;
}

/** Why `text` is not a `LocalDate`, or `null` if it is one. */
export function localDateProblem(text: string): string | null {
  if (text.length !== 10 || !DATE_RE.test(text)) return "must be a calendar date written YYYY-MM-DD";
  return whenProblem(text);
}

function dateOnlyProblem(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (m === null) return "must be a calendar date written YYYY-MM-DD";
  return dayProblem(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The value of the `width` ASCII digits of `text` from `at` (the text is a validated date). */
function digits(text: string, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * Days since 1970-01-01 of a valid `LocalDate` (a pure calendar count, no zone involved). Computed with the
 * proleptic Gregorian "days from civil" arithmetic rather than `Date`, because every period the library counts
 * goes through here; the tests compare it with `Date.UTC` for every day from 1900 to 2199.
 */
export function epochDay(date: LocalDate): number {
  const y0 = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `LocalDate` of a day count since 1970-01-01 (the inverse of {@link epochDay}). */
function fromEpochDay(day: number): LocalDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** The day `days` calendar days after a valid `date` (no checks: internal). */
function shiftDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** The anniversary of a valid `date` (no checks: internal); 29 February's is 1 March in a non-leap year. */
function anniversaryOf(date: LocalDate, years: number): LocalDate {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) return formatDate(year, 3, 1);
  return formatDate(year, month, day);
}

/** The London day of a `LocalDate` argument, or an input error at `path`. */
function dayArg(value: unknown, path: string): LocalDate {
  const problem = typeof value === "string" ? localDateProblem(value) : "must be a calendar date written YYYY-MM-DD";
  return problem === null ? (value as LocalDate) : inputError(path, problem);
}

/** A whole number argument within `[min, max]`, or an input error at `path`. */
function wholeArg(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    return inputError(path, `must be a whole number from ${min.toLocaleString("en-GB")} to ${max.toLocaleString("en-GB")}`);
  }
  return value;
}

/** A day computed from valid arguments, which must still fall within the years accepted. */
function inRange(day: LocalDate, path: string): LocalDate {
  const year = Number(day.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? day : inputError(path, `would take the date outside the years ${FIRST_YEAR} to ${LAST_YEAR}`);
}

/** The most days between two accepted dates. */
const SPAN_DAYS = (LAST_YEAR - FIRST_YEAR + 1) * 366;

/**
 * The day `days` calendar days after `date` (before it, if negative).
 * @example addDays("2028-02-28", 1) // "2028-02-29"
 * @throws SpoInputError for a date that is not a real day, a number of days that is not whole, or a result outside 1900–2199
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = dayArg(date, "date");
  return inRange(shiftDays(d, wholeArg(days, "days", -SPAN_DAYS, SPAN_DAYS)), "days");
}

/**
 * Whole calendar days from `from` to `to` (negative if `to` is earlier).
 * @example daysBetween("2028-02-28", "2028-03-01") // 2
 * @throws SpoInputError for a date that is not a real day
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(dayArg(to, "to")) - epochDay(dayArg(from, "from"));
}

/**
 * The `years`-th anniversary of `date`; the anniversary of 29 February in a non-leap year is 1 March
 * (the reading that never makes a period shorter than the years it names).
 * @example anniversary("2028-02-29", 2) // "2030-03-01"
 * @throws SpoInputError for a date that is not a real day, or a number of years that is not whole
 */
export function anniversary(date: LocalDate, years: number): LocalDate {
  const d = dayArg(date, "date");
  return inRange(anniversaryOf(d, wholeArg(years, "years", -(LAST_YEAR - FIRST_YEAR), LAST_YEAR - FIRST_YEAR)), "years");
}

/**
 * Age in completed years on `on` for someone born on `dateOfBirth`; a 29 February birthday is reached on
 * 1 March in non-leap years.
 * @example ageOn("2008-02-29", "2026-02-28") // 17
 * @throws SpoInputError for a date that is not a real day, or a birth after `on`
 */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const born = dayArg(dateOfBirth, "dateOfBirth");
  const day = dayArg(on, "on");
  if (born > day) return inputError("dateOfBirth", `is after ${day}`);
  let age = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  if (anniversaryOf(born, age) > day) age -= 1;
  return age;
}

// ---------------------------------------------------------------------------------------------
// London instants (the IANA zone)
// ---------------------------------------------------------------------------------------------

function formatOffset(minutes: number): string {
  // Stryker disable next-line all: London's offset has not been negative since 1847, before the years accepted.
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The London calendar day containing the instant `ms`. */
function londonDayOfMs(ms: number): LocalDate {
  return fromEpochDay(Math.floor((ms + londonOffset(ms) * 60_000) / DAY_MS));
}

/** The first instant of the London day `date` (its midnight). */
function londonStartOfDayMs(date: LocalDate): number {
  const wall = epochDay(date) * DAY_MS;
  const guess = londonOffset(wall);
  const ms = wall - guess * 60_000;
  const actual = londonOffset(ms);
  // The offset at UTC midnight is stale only if a transition falls between the two midnights; London's
  // transitions are never in that hour, so for London this correction never applies (its mutants are
  // equivalent; test/core/calendar.test.ts checks the start of every day from 1900 to 2199).
  // Stryker disable next-line all
  return actual === guess ? ms : wall - actual * 60_000;
}

/**
 * Formats an instant as London wall-clock time with its offset, e.g. `2026-10-26T00:00:00+00:00`.
 */
export function formatLondonInstant(ms: number): Instant {
  const offset = londonOffset(ms);
  const local = new Date(ms + offset * 60_000);
  return (
    `${formatDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    formatOffset(offset)
  );
}

/** A parsed `When`: its London day and, when it has a time, the instant in epoch milliseconds. */
export interface ParsedWhen {
  date: LocalDate;
  ms: number | null;
}

type ParseResult = ParsedWhen | { problem: string };

const parsed = new Map<string, ParseResult>();

function parseWallClock(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): ParseResult {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const candidates = new Set([londonOffset(wall - 12 * HOUR_MS), londonOffset(wall + 12 * HOUR_MS)]);
  const valid = [...candidates].filter((o) => londonOffset(wall - o * 60_000) === o);
  if (valid.length === 0) {
    return { problem: "does not exist in London (the clocks went forward); give the time with an offset" };
  }
  if (valid.length > 1) {
    return { problem: "is ambiguous in London (the clocks went back); give the time with an offset" };
  }
  const instant = wall - (valid[0] as number) * 60_000;
  return { date: londonDayOfMs(instant), ms: instant };
}

function parseUncached(text: string): ParseResult {
  if (text.length > 40) return { problem: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2026-03-29T14:00:00Z or 2026-03-29T15:00:00+01:00" };
  if (text.length <= 10 && DATE_RE.test(text)) {
    const problem = dateOnlyProblem(text);
    return problem === null ? { date: text, ms: null } : { problem };
  }
  const m = INSTANT_RE.exec(text);
  if (m === null || text.length <= 10) {
    return {
      problem:
        "must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2026-03-29T14:00:00Z or 2026-03-29T15:00:00+01:00",
    };
  }
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const dayIssue = dayProblem(y, mo, d);
  if (dayIssue !== null) return { problem: dayIssue };
  if (h > 23 || mi > 59 || s > 59) return { problem: "is not a real time of day" };
  const zone = m[8];
  if (zone === undefined) return parseWallClock(y, mo, d, h, mi, s, frac);
  let offset = 0;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return { problem: "has an impossible UTC offset" };
    offset = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const instant = Date.UTC(y, mo - 1, d, h, mi, s, frac) - offset * 60_000;
  const date = londonDayOfMs(instant);
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return { problem: `must be in a year from ${FIRST_YEAR} to ${LAST_YEAR}` };
  return { date, ms: instant };
}

function parseCached(text: string): ParseResult {
  // Stryker disable all: a cache; without it every result is recomputed identically (equivalent mutants).
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseUncached(text);
    // Only valid dates and instants are kept (at most 35 characters), so the cache cannot hold large strings.
    if (!("problem" in result)) {
      if (parsed.size >= 50_000) parsed.clear();
      parsed.set(text, result);
    }
  }
  return result;
  // Stryker restore all
}

/** Why `text` is not a `When` (a `LocalDate` or an `Instant`), or `null` if it is one. */
export function whenProblem(text: string): string | null {
  const result = parseCached(text);
  return "problem" in result ? result.problem : null;
}

/** Why `text` is not an `Instant` (a date-time, not a bare date), or `null` if it is one. */
export function instantProblem(text: string): string | null {
  if (DATE_RE.test(text)) return "must include a time of day, e.g. 2026-03-29T14:00:00Z";
  return whenProblem(text);
}

/**
 * Parses a `When` already known to be valid (schemas check first). Internal: throws on invalid input.
 */
export function parseWhen(text: When): ParsedWhen {
  const result = parseCached(text);
  if ("problem" in result) return inputError("", `${JSON.stringify(text)} ${result.problem}`);
  return result;
}

function parseWhenAt(text: unknown, path: string): ParsedWhen {
  if (typeof text !== "string") return inputError(path, "must be a date or date-time string");
  const result = parseCached(text);
  if ("problem" in result) return inputError(path, result.problem);
  return result;
}

/**
 * The London calendar day of a `When`: an instant is converted to London time first.
 * @example londonDate("2026-10-24T23:30:00Z") // "2026-10-25" (BST: 00:30 on the 25th in London)
 * @example londonDate("2026-12-24T23:30:00Z") // "2026-12-24" (GMT)
 * @see ../../docs/guide.md#dates-and-time-zones
 */
export function londonDate(when: When): LocalDate {
  return parseWhenAt(when, "when").date;
}

/**
 * Orders two `When`s. Returns `-1`, `0` or `1`, or `null` when they fall on the same London day and at
 * least one has no time, so their order cannot be known.
 */
export function compareWhen(a: ParsedWhen, b: ParsedWhen): -1 | 0 | 1 | null {
  // Stryker disable next-line EqualityOperator: the dates differ here, so < and <= agree (equivalent).
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.ms === null || b.ms === null) return null;
  // Stryker disable next-line EqualityOperator: equal instants were handled first, so < and <= agree.
  return a.ms === b.ms ? 0 : a.ms < b.ms ? -1 : 1;
}

const dayStarts = new Map<string, number>();

/** Epoch milliseconds of the start (midnight) of a London day. */
export function startOfLondonDay(date: LocalDate): number {
  // Stryker disable all: a cache of a pure function; without it every answer is recomputed identically.
  let ms = dayStarts.get(date);
  if (ms === undefined) {
    ms = londonStartOfDayMs(date);
    // Keyed by valid days only (ten characters), and bounded, so it cannot hold large strings or grow without end.
    if (date.length === 10) {
      if (dayStarts.size >= 50_000) dayStarts.clear();
      dayStarts.set(date, ms);
    }
  }
  return ms;
  // Stryker restore all
}

const dayEnds = new Map<string, number>();

/** Epoch milliseconds of the start of the London day after `date` (the end of `date`). */
export function endOfLondonDay(date: LocalDate): number {
  // Stryker disable all: a cache of a pure function, bounded and keyed by valid days only.
  let ms = dayEnds.get(date);
  if (ms === undefined) {
    ms = startOfLondonDay(shiftDays(date, 1));
    if (date.length === 10) {
      if (dayEnds.size >= 50_000) dayEnds.clear();
      dayEnds.set(date, ms);
    }
  }
  return ms;
  // Stryker restore all
}

// ---------------------------------------------------------------------------------------------
// Statutory periods
// ---------------------------------------------------------------------------------------------

/**
 * A period of whole London days: it begins with `startsOn`, its last day is `lastDay`, and it ends at
 * `endsAt`, the first instant after the last day (the next London midnight, with the offset then in force).
 */
export interface Period {
  startsOn: LocalDate;
  lastDay: LocalDate;
  endsAt: Instant;
}

function periodFromDays(startsOn: LocalDate, lastDay: LocalDate): Period {
  return { startsOn, lastDay, endsAt: formatLondonInstant(londonStartOfDayMs(shiftDays(lastDay, 1))) };
}

/**
 * "The period of `days` days beginning with" a day: the day itself counts as the first day.
 * An instant is converted to its London day first.
 * @example daysBeginningWith("2026-03-27", 3) // { startsOn: "2026-03-27", lastDay: "2026-03-29", endsAt: "2026-03-30T00:00:00+01:00" }
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 */
export function daysBeginningWith(startsOn: When, days: number): Period {
  if (!Number.isInteger(days) || days < 1) return inputError("days", "must be a whole number of days, at least 1");
  const start = parseWhenAt(startsOn, "startsOn").date;
  const key = `${start}/${days}`;
  let period = periods.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing gives the same period (equivalent).
  if (period === undefined) {
    period = periodFromDays(start, inRange(shiftDays(start, days - 1), "days"));
    // Stryker disable next-line all: bounding the cache changes only its size.
    if (periods.size >= 50_000) periods.clear();
    periods.set(key, period);
  }
  // A copy, so a caller who changes the result cannot change the cache.
  return { ...period };
}

const periods = new Map<string, Period>();

// Stryker disable all: emptying caches changes no answer, only how much work is repeated.
/**
 * Empties the caches of parsed dates and periods. Not part of the public API: mutation testing runs one
 * process under many mutants, and a result cached under one mutant would hide the next.
 */
export function clearCalendarCaches(): void {
  parsed.clear();
  periods.clear();
  dayStarts.clear();
  dayEnds.clear();
}
// Stryker restore all

/**
 * The notification period: 3 days beginning with the day of service, of a new name's first use, or of a
 * change of home address (SPA 2019 s.9(1), (3), (4)). No weekend or bank-holiday exclusion applies.
 * @example notificationPeriod("2026-10-24T23:30:00Z") // { startsOn: "2026-10-25", lastDay: "2026-10-27", endsAt: "2026-10-28T00:00:00+00:00" }
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 */
export function notificationPeriod(start: When): Period {
  return daysBeginningWith(parseWhenAt(start, "start").date, 3);
}

/**
 * "The period of `years` years beginning with" a day: it ends the day before the anniversary
 * (29 February's anniversary in a non-leap year is 1 March).
 * @example yearsBeginningWith("2028-02-29", 2).lastDay // "2030-02-28"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 */
export function yearsBeginningWith(startsOn: When, years: number): Period {
  if (!Number.isInteger(years) || years < 1) return inputError("years", "must be a whole number of years, at least 1");
  const start = parseWhenAt(startsOn, "startsOn").date;
  return periodFromDays(start, inRange(shiftDays(anniversaryOf(start, years), -1), "years"));
}

/**
 * The earliest lawful last day of a full order made for a fixed period: the period must be at least
 * 2 years beginning with the day the order is made (SPA 2019 s.3(2)).
 * @example minimumFixedPeriodLastDay("2026-03-15") // "2028-03-14"
 * @example minimumFixedPeriodLastDay("2028-02-29") // "2030-02-28"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/3
 */
export function minimumFixedPeriodLastDay(madeOn: LocalDate): LocalDate {
  const problem = typeof madeOn === "string" ? localDateProblem(madeOn) : "must be a date string";
  if (problem !== null) return inputError("madeOn", problem);
  return inRange(shiftDays(anniversaryOf(madeOn, 2), -1), "madeOn");
}

/**
 * Parses a `When` if it is valid, else returns `null`. For cross-field checks inside schemas, which may
 * run even when a field itself failed validation.
 */
export function tryParseWhen(text: unknown): ParsedWhen | null {
  if (typeof text !== "string") return null;
  const result = parseCached(text);
  return "problem" in result ? null : result;
}
