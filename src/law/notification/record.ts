/**
 * The person's notification record (SPA 2019 s.9, s.10), prepared once: the events and notifications known by `asOf`, in time
 * order, and lists of the notifications giving each name and each address, searchable by time. Every duty is
 * then settled with a few binary searches, so a record of any size is assessed in n log n.
 *
 * Order in time: by instant, a date without a time counting as the start of its London day; on one day, the
 * records without a time come first (their order against timed ones is unknown, and the rules treat that
 * as such), then by position in the input.
 */
import { compareWhen, parseWhen, startOfLondonDay, type LocalDate, type ParsedWhen } from "../../core/calendar";
import { countWhile } from "../../core/max-tree";
import type { Verdict } from "../../core/verdict";
import type { NotificationEvent, NotificationRecord } from "../../model/schemas";
import type { Candidates } from "./obligation";

/** A record with its position in the input and when it happened. */
export interface Dated<T> {
  item: T;
  index: number;
  when: ParsedWhen;
  /** Epoch milliseconds for ordering: the instant, or the start of the London day. */
  key: number;
}

/**
 * Text compared as the person would write it: trimmed, in Unicode normal form C, so that "José" typed with a
 * combining accent matches "José" typed with a precomposed one.
 */
export function normText(text: string | undefined): string {
  return (text ?? "").normalize("NFC").trim();
}

function byTime<T>(a: Dated<T>, b: Dated<T>): number {
  return a.key - b.key || (a.when.ms === null ? 0 : 1) - (b.when.ms === null ? 0 : 1) || a.index - b.index;
}

function dated<T>(items: readonly T[], when: (item: T) => string): Dated<T>[] {
  return items
    .map((item, index) => {
      const w = parseWhen(when(item));
      return { item, index, when: w, key: w.ms ?? startOfLondonDay(w.date) };
    })
    .sort(byTime);
}

/** Known by `asOf`: not after it (something on the same day without a time counts as known). */
export function knownBy(w: ParsedWhen, asOf: ParsedWhen): boolean {
  const cmp = compareWhen(w, asOf);
  return cmp === null || cmp <= 0;
}

/** The events and notifications known by `asOf`, in time order, and how many later ones were left out. */
export interface PreparedRecord {
  asOf: ParsedWhen;
  events: Dated<NotificationEvent>[];
  notes: Dated<NotificationRecord>[];
  ignored: number;
}

/** Prepares the record as at `asOf`. */
export function prepareRecord(parts: { events?: readonly NotificationEvent[] | undefined; notifications?: readonly NotificationRecord[] | undefined }, asOf: ParsedWhen): PreparedRecord {
  const allEvents = dated(parts.events ?? [], (e) => e.on);
  const allNotes = dated(parts.notifications ?? [], (n) => n.at);
  const events = allEvents.filter((e) => knownBy(e.when, asOf));
  const notes = allNotes.filter((n) => knownBy(n.when, asOf));
  return { asOf, events, notes, ignored: allEvents.length - events.length + (allNotes.length - notes.length) };
}

/** A subset of the record's notifications (those giving one name, say), in time order, searchable by time. */
export class NoteList {
  private readonly notes: Dated<NotificationRecord>[];
  private readonly next: Record<"counts" | "unchecked" | "wrongStation", number[]>;

  /**
   * @param notes notifications in time order
   * @param verdicts for each, whether its station counts under s.10 (`yes` also when unrecorded)
   */
  constructor(
    notes: Dated<NotificationRecord>[],
    verdicts: readonly Verdict[],
    private readonly missingOf: (note: Dated<NotificationRecord>) => readonly string[],
  ) {
    this.notes = notes;
    const n = notes.length;
    const make = (want: Verdict): number[] => {
      const next = new Array<number>(n + 1).fill(-1);
      for (let i = n - 1; i >= 0; i--) next[i] = verdicts[i] === want ? i : (next[i + 1] as number);
      return next;
    };
    this.next = { counts: make("yes"), unchecked: make("unknown"), wrongStation: make("no") };
  }

  get length(): number {
    return this.notes.length;
  }

  /** The first position on or after London day `day`. */
  fromDay(day: LocalDate): number {
    return countWhile(this.notes, (n) => n.when.date < day);
  }

  /** The first position after the timeless records of day `day` (so the timed ones of that day, then later days). */
  private afterTimeless(day: LocalDate): number {
    return countWhile(this.notes, (n) => n.when.date < day || (n.when.date === day && n.when.ms === null));
  }

  /** The first position whose key is at least `ms`. */
  private fromKey(ms: number): number {
    return countWhile(this.notes, (n) => n.key < ms);
  }

  /** Position ranges `[start, end)` of the notes not before `w` (the same day without a time counts as not before). */
  notBefore(w: ParsedWhen): [number, number][] {
    const start = this.fromDay(w.date);
    if (w.ms === null) return [[start, this.length]];
    const timeless = this.afterTimeless(w.date);
    return [
      [start, timeless],
      [Math.max(timeless, this.fromKey(w.ms)), this.length],
    ];
  }

  /** Position ranges of the notes surely before `w`. */
  before(w: ParsedWhen): [number, number][] {
    const start = this.fromDay(w.date);
    if (w.ms === null) return [[0, start]];
    const timeless = this.afterTimeless(w.date);
    return [
      [0, start],
      [timeless, Math.max(timeless, this.fromKey(w.ms))],
    ];
  }

  /** The first note of each kind within the ranges (ranges in time order). */
  candidates(ranges: readonly [number, number][]): Candidates {
    const first = (kind: "counts" | "unchecked" | "wrongStation"): Dated<NotificationRecord> | undefined => {
      for (const [start, end] of ranges) {
        if (start >= end) continue;
        const i = this.next[kind][start] as number;
        if (i !== -1 && i < end) return this.notes[i];
      }
      return undefined;
    };
    const unchecked = first("unchecked");
    return { counts: first("counts"), unchecked: unchecked === undefined ? undefined : { note: unchecked, missing: this.missingOf(unchecked) }, wrongStation: first("wrongStation") };
  }
}
