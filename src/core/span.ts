/**
 * Spans of time whose edges may be known only to the London day.
 *
 * An order has effect from the moment it is made until the first moment an ending event (a discharge, the end
 * of its fixed period, the determination of the main application) takes effect. A record often gives only the
 * day of such an event, so an edge is either an instant or "some time on day D". A span keeps two intervals:
 * where the thing surely has effect and where it possibly has effect. That gives the same three answers as the
 * finding-by-finding reasoning in `law/in-force.ts` (checked against it in the tests), but as numbers that can
 * be sorted and indexed, so questions over a whole history stay n log n.
 */
import { endOfLondonDay, startOfLondonDay, type LocalDate, type ParsedWhen } from "./calendar";
import type { Verdict } from "./verdict";

/** A moment as a half-open range of epoch milliseconds: `[ms, ms + 1)` for an instant, the whole London day for a date. */
export interface Moment {
  lo: number;
  hi: number;
}

/** An edge of a span: an exact instant (`lo === hi`) or a London day within which it falls (`[lo, hi)`). */
export interface Edge {
  lo: number;
  hi: number;
}

/** Where something has effect: surely in `[sureFrom, sureTo)`, possibly in `[maybeFrom, maybeTo)`. */
export interface Span {
  sureFrom: number;
  sureTo: number;
  maybeFrom: number;
  maybeTo: number;
}

/** Before every instant the library handles, and after every one. */
export const NEVER_BEFORE = Number.NEGATIVE_INFINITY;
export const NEVER_AFTER = Number.POSITIVE_INFINITY;

/** The range of epoch milliseconds a `When` stands for. */
export function momentOf(w: ParsedWhen): Moment {
  if (w.ms !== null) return { lo: w.ms, hi: w.ms + 1 };
  return { lo: startOfLondonDay(w.date), hi: endOfLondonDay(w.date) };
}

/** The edge at which an event takes effect: its instant if known, else its whole London day. */
export function edgeOf(w: ParsedWhen): Edge {
  if (w.ms !== null) return { lo: w.ms, hi: w.ms };
  return { lo: startOfLondonDay(w.date), hi: endOfLondonDay(w.date) };
}

/** The exact edge at the end of a London day (the next midnight): a fixed period's end. */
export function endOfDayEdge(day: LocalDate): Edge {
  const ms = endOfLondonDay(day);
  return { lo: ms, hi: ms };
}

/** A span from a starting edge until the earliest of some ending edges (none: without end). */
export function spanBetween(start: Edge, ends: readonly Edge[]): Span {
  let sureTo = NEVER_AFTER;
  let maybeTo = NEVER_AFTER;
  for (const end of ends) {
    if (end.lo < sureTo) sureTo = end.lo;
    if (end.hi < maybeTo) maybeTo = end.hi;
  }
  return { sureFrom: start.hi, sureTo, maybeFrom: start.lo, maybeTo };
}

/** Whether the span covers the moment: surely (`yes`), surely not (`no`), or it cannot be told (`unknown`). */
export function spanCovers(span: Span, at: Moment): Verdict {
  if (at.lo >= span.sureFrom && at.hi <= span.sureTo) return "yes";
  if (at.hi <= span.maybeFrom || at.lo >= span.maybeTo) return "no";
  return "unknown";
}

/** As {@link spanCovers}, looking only at the end of the span (whether it had already ended). */
export function spanNotEndedAt(span: Span, at: Moment): Verdict {
  if (at.hi <= span.sureTo) return "yes";
  if (at.lo >= span.maybeTo) return "no";
  return "unknown";
}
