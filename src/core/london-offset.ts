/**
 * London's UTC offset at any instant, read from the IANA zone database through luxon's `IANAZone` (never the
 * process time zone, never luxon's global `Settings`).
 *
 * Asking the zone database costs several microseconds a time (luxon goes through `Intl`), and every date the
 * library handles needs one or two offsets. So each UTC year is read once — the offset as the year begins and
 * every change within it — and later questions about that year are a comparison or two. That keeps
 * deadlines for days never seen before as cheap as for familiar ones.
 */
import { IANAZone } from "luxon";

const WEEK_MS = 7 * 86_400_000;

/** London's offsets through one UTC year: the offset as it begins, then each change (instant, new offset). */
interface YearOffsets {
  first: number;
  changes: { at: number; offset: number }[];
}

let zone: IANAZone | undefined;
const years = new Map<number, YearOffsets>();

/**
 * Reads one year from the zone database. The offset is sampled weekly and each change found by bisection to
 * the millisecond. London has never changed its offset twice within a week — its closest changes, in the
 * years of double summer time, were four weeks apart — so weekly samples see every change;
 * `test/core/london-offset.test.ts` compares the result with the zone database on every day from 1900 to 2200
 * and on both sides of every change.
 */
function readYear(year: number): YearOffsets {
  zone ??= IANAZone.create("Europe/London");
  const from = Date.UTC(year, 0, 1);
  const last = Date.UTC(year + 1, 0, 1) - 1;
  const first = zone.offset(from);
  const changes: YearOffsets["changes"] = [];
  let before = from;
  let offsetBefore = first;
  while (before < last) {
    const after = Math.min(before + WEEK_MS, last);
    const offsetAfter = zone.offset(after);
    if (offsetAfter !== offsetBefore) {
      // The change is after `lo` and at or before `hi`.
      let lo = before;
      let hi = after;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zone.offset(mid) === offsetBefore) lo = mid;
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
