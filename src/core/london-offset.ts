/**
 * London's UTC offset at any instant, read from the IANA zone database the platform ships, through
 * `Intl.DateTimeFormat` with the zone named explicitly (never the process time zone). This is how luxon's
 * `IANAZone` reads it too; reading it directly keeps a 70 kB library out of every bundle for one question, and
 * luxon stays in the tests as the oracle (`test/core/london-offset.test.ts` compares the two on every day from
 * 1900 to 2200 and at every change, to the millisecond).
 *
 * Asking the zone database costs several microseconds a time, and every date the library handles needs one or
 * two offsets. So each UTC year is read once — the offset as the year begins and
 * every change within it — and later questions about that year are a comparison or two. That keeps
 * deadlines for days never seen before as cheap as for familiar ones.
 */
const WEEK_MS = 7 * 86_400_000;

let format: Intl.DateTimeFormat | undefined;

/** The zone database's offset, in minutes, at `ms`: London's wall-clock reading less the UTC one. */
function zoneOffset(ms: number): number {
  format ??= new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/London",
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const wall: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== "literal") wall[part.type] = Number(part.value);
  const asUtc = Date.UTC(wall.year ?? 0, (wall.month ?? 1) - 1, wall.day ?? 1, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // The wall clock is read to the second, so compare it with the instant to the second (rounding down, also before 1970).
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** London's offsets through one UTC year: the offset as it begins, then each change (instant, new offset). */
interface YearOffsets {
  first: number;
  changes: { at: number; offset: number }[];
}

const years = new Map<number, YearOffsets>();

/**
 * Reads one year from the zone database. The offset is sampled weekly and each change found by bisection to
 * the millisecond. London has never changed its offset twice within a week — its closest changes, in the
 * years of double summer time, were four weeks apart — so weekly samples see every change;
 * `test/core/london-offset.test.ts` compares the result with the zone database on every day from 1900 to 2200
 * and on both sides of every change.
 */
function readYear(year: number): YearOffsets {
  const from = Date.UTC(year, 0, 1);
  const last = Date.UTC(year + 1, 0, 1) - 1;
  const first = zoneOffset(from);
  const changes: YearOffsets["changes"] = [];
  let before = from;
  let offsetBefore = first;
  while (before < last) {
    const after = Math.min(before + WEEK_MS, last);
    const offsetAfter = zoneOffset(after);
    if (offsetAfter !== offsetBefore) {
      // The change is after `lo` and at or before `hi`.
      let lo = before;
      let hi = after;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffset(mid) === offsetBefore) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, offset: offsetAfter });
    }
    before = after;
    offsetBefore = offsetAfter;
  }
  return { first, changes };
}

/**
 * London's UTC offset in minutes at the instant `ms` (epoch milliseconds): 0 in GMT, 60 in BST.
 * @example londonOffset(Date.UTC(2026, 6, 1)) // 60
 */
export function londonOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  let offsets = years.get(year);
  if (offsets === undefined) {
    offsets = readYear(year);
    years.set(year, offsets);
  }
  let offset = offsets.first;
  for (const change of offsets.changes) {
    if (ms < change.at) break;
    offset = change.offset;
  }
  return offset;
}
