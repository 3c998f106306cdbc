/**
 * Dates and instants biased toward the days where date bugs live: 29 February, 28 February and 1 March,
 * the two clock-change Sundays, year ends, commencement, and London midnight either side.
 */
import { constantFrom, integer, oneof, tuple, type Arbitrary } from "fast-check";
import { addDays, daysBetween, formatLondonInstant, startOfLondonDay, type Instant, type LocalDate } from "../core/calendar";

/** The range a date arbitrary draws from (inclusive). */
export interface DateRange {
  min?: LocalDate;
  max?: LocalDate;
}

const DEFAULT_MIN = "2020-01-20";
const DEFAULT_MAX = "2032-12-31";

function lastSunday(year: number, month: number): LocalDate {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

function specialDays(year: number): LocalDate[] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [
    `${year}-01-01`,
    `${year}-02-28`,
    ...(leap ? [`${year}-02-29`] : []),
    `${year}-03-01`,
    lastSunday(year, 3),
    lastSunday(year, 10),
    `${year}-12-31`,
    "2020-01-20",
  ];
}

/**
 * A calendar day in `[min, max]` (default 2020-01-20 to 2032-12-31), often one of the boundary days:
 * 28/29 February, 1 March, the clock-change Sundays, 1 January, 31 December, commencement.
 * @example fc.sample(localDate(), 3)
 */
export function localDate(range: DateRange = {}): Arbitrary<LocalDate> {
  const min = range.min ?? DEFAULT_MIN;
  const max = range.max ?? DEFAULT_MAX;
  const span = daysBetween(min, max);
  const uniform = integer({ min: 0, max: Math.max(0, span) }).map((n) => addDays(min, n));
  const specials: LocalDate[] = [];
  for (let year = Number(min.slice(0, 4)); year <= Number(max.slice(0, 4)); year++) {
    for (const d of specialDays(year)) if (d >= min && d <= max && !specials.includes(d)) specials.push(d);
  }
  if (specials.length === 0) return uniform;
  const special = constantFrom(...specials);
  return oneof({ arbitrary: uniform, weight: 3 }, { arbitrary: special, weight: 2 });
}

/**
 * An instant (ISO 8601, with `Z` or the London offset) on a day from {@link localDate} (or, for 23:30 UTC in
 * summer, the London day after), often at London
 * midnight, one second before it, 23:30 UTC (the next London day in summer), or in the clock-change hours.
 * @example fc.sample(instant({ min: "2026-10-20", max: "2026-10-30" }), 3)
 */
export function instant(range: DateRange = {}): Arbitrary<Instant> {
  return tuple(localDate(range), integer({ min: 0, max: 86_399 }), integer({ min: 0, max: 5 }), integer({ min: 0, max: 1 })).map(
    ([day, seconds, kind, form]) => {
      const start = startOfLondonDay(day);
      const ms =
        kind === 0
          ? start
          : kind === 1
            ? startOfLondonDay(addDays(day, 1)) - 1000
            : kind === 2
              ? Date.parse(`${day}T23:30:00Z`)
              : kind === 3
                ? Date.parse(`${day}T00:00:00Z`) + ((seconds % 3) + 0.5) * 3_600_000
                : start + seconds * 1000;
      return form === 0 ? new Date(ms).toISOString() : formatLondonInstant(ms);
    },
  );
}
