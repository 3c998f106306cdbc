/**
 * How a notification is given (SPA 2019 s.10(1)–(3)): in person at a police station in the person's local
 * police area — the area of their home address; for a change of address notified before the move, the old
 * address (s.10(3)(b)); with no home address in England and Wales, the area of the magistrates' court that last
 * made an order against them (s.10(2)). A notification given elsewhere is not a notification under s.9, so it
 * meets no duty. Where the record does not say which station, timing and content decide (convention), with an
 * informative finding that the place was not checked.
 */
import { inform, type Finding } from "../../core/assessment";
import { countWhile } from "../../core/max-tree";
import { spa } from "../../core/citation";
import type { Verdict } from "../../core/verdict";
import { getForce } from "../../model/forces";
import type { NotificationEvent, NotificationRecord } from "../../model/schemas";
import type { History } from "../history";
import { normText, type Dated, type PreparedRecord } from "./record";

/** Where the record's paths are in the caller's input. */
export interface RecordPaths {
  events: string;
  notifications: string;
}

/** For each notification (in the record's time order): whether its station counts, what would settle it, and why. */
export interface MethodResult {
  verdicts: Verdict[];
  missing: string[][];
  findings: Finding[];
}

type AddressEvent = Dated<Extract<NotificationEvent, { type: "address-changed" }>>;
interface Fact {
  key: number;
  isNote: boolean;
  address: string;
  area: string | undefined;
  path: string;
}

/** The record of an address the person had, from a change of address or a notification giving it. */
function eventFact(e: AddressEvent, paths: RecordPaths): Fact {
  return { key: e.key, isNote: false, address: normText(e.item.address), area: e.item.policeArea, path: `${paths.events}[${e.index}].policeArea` };
}

function noteFact(n: Dated<NotificationRecord>, paths: RecordPaths): Fact {
  return { key: n.key, isNote: true, address: normText(n.item.homeAddress), area: n.item.homeAddressPoliceArea, path: `${paths.notifications}[${n.index}].homeAddressPoliceArea` };
}

/** The later of two facts; on equal times the notification is the later record (it is given after the move). */
function later(a: Fact | undefined, b: Fact | undefined): Fact | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.key !== b.key) return a.key > b.key ? a : b;
  return b.isNote && !a.isNote ? b : a;
}

/**
 * The police area of the home address at each notification, from the latest record of the address known at
 * that time (a change of address at or before it, or an earlier notification giving an address), in one pass
 * of binary searches. A notice given before a move is not a record of where the person lives.
 */
class LocalAreas {
  private readonly moves: AddressEvent[];
  private readonly homes: Dated<NotificationRecord>[];
  private readonly areaOf = new Map<string, string>();
  private readonly lastMove = new Map<string, { day: string; ms: number }>();

  constructor(
    record: PreparedRecord,
    private readonly paths: RecordPaths,
  ) {
    this.moves = record.events.filter((e): e is AddressEvent => e.item.type === "address-changed");
    for (const e of this.moves) {
      const address = normText(e.item.address);
      if (e.item.policeArea !== undefined) this.areaOf.set(address, e.item.policeArea);
      const seen = this.lastMove.get(address);
      const ms = e.when.ms ?? Number.NEGATIVE_INFINITY;
      this.lastMove.set(address, { day: seen === undefined || e.when.date > seen.day ? e.when.date : seen.day, ms: Math.max(seen?.ms ?? Number.NEGATIVE_INFINITY, ms) });
    }
    // A record without its area takes it from another record of the same address (the latest that has one).
    for (const n of record.notes) {
      const area = n.item.homeAddressPoliceArea;
      if (area !== undefined && normText(n.item.homeAddress) !== "") this.areaOf.set(normText(n.item.homeAddress), area);
    }
    this.homes = record.notes.filter((n) => normText(n.item.homeAddress) !== "" && !this.isAdvanceNotice(n));
  }

  /** A notification giving, before the move, the address of a later change of home address (s.10(3)(b)). */
  isAdvanceNotice(note: Dated<NotificationRecord>): boolean {
    const move = this.lastMove.get(normText(note.item.homeAddress));
    if (move === undefined) return false;
    return note.when.date < move.day || (note.when.ms !== null && note.when.ms < move.ms);
  }

  /** The latest record of the home address known at `note`. */
  latest(note: Dated<NotificationRecord>, isHome: boolean): Fact | undefined {
    const { date, ms } = note.when;
    // Changes of address at or before the notification (the same day without a time counts as before).
    const movesBefore = ms === null ? countWhile(this.moves, (e) => e.when.date <= date) : countWhile(this.moves, (e) => e.key <= ms);
    const move = movesBefore > 0 ? eventFact(this.moves[movesBefore - 1] as AddressEvent, this.paths) : undefined;
    if (isHome && ms !== null) return later(move, noteFact(note, this.paths));
    // Earlier notifications giving an address: earlier days, and timed ones earlier on the same day.
    const earlierDays = countWhile(this.homes, (n) => n.when.date < date);
    let last = earlierDays - 1;
    if (ms !== null) {
      const sameDay = countWhile(this.homes, (n) => n.when.date < date || (n.when.date === date && (n.when.ms === null || n.when.ms < ms)));
      const candidate = this.homes[sameDay - 1];
      if (candidate !== undefined && candidate.when.date === date && candidate.when.ms !== null) last = sameDay - 1;
    }
    const home = last >= 0 ? noteFact(this.homes[last] as Dated<NotificationRecord>, this.paths) : undefined;
    const best = later(move, home);
    return isHome ? later(best, noteFact(note, this.paths)) : best;
  }

  areaFor(fact: Fact): string | undefined {
    return fact.area ?? this.areaOf.get(fact.address);
  }
}

/** Whether each notification was given at a station that counts, with the findings explaining it. */
export function methodOfNotification(record: PreparedRecord, history: History, paths: RecordPaths): MethodResult {
  const areas = new LocalAreas(record, paths);
  const verdicts: Verdict[] = [];
  const missing: string[][] = [];
  const findings: Finding[] = [];
  const unrecorded: string[] = [];
  for (const n of record.notes) {
    const station = n.item.station;
    if (station === undefined) {
      verdicts.push("yes");
      missing.push([]);
      unrecorded.push(`${paths.notifications}[${n.index}].station`);
      continue;
    }
    const advance = normText(n.item.homeAddress) !== "" && areas.isAdvanceNotice(n);
    const cite = [spa("s.10(1)"), spa("s.10(2)"), ...(advance ? [spa("s.10(3)(b)")] : [])];
    const force = getForce(station.force);
    const push = (verdict: Verdict, paths: string[], finding: Finding): void => {
      verdicts.push(verdict);
      missing.push(paths);
      findings.push(finding);
    };
    if (!force.hasPoliceArea) {
      const path = `${paths.notifications}[${n.index}].station.force`;
      push("unknown", [path], inform("notification.method", "station-without-area", { on: n.when.date, force: force.id }, cite, "unknown", [path]));
      continue;
    }
    const local = localArea(areas, n, advance, history);
    if ("missing" in local) {
      push("unknown", [local.missing], inform("notification.method", "area-unknown", { on: n.when.date, force: force.id, why: local.why }, cite, "unknown", [local.missing]));
      continue;
    }
    if (local.area === station.force) push("yes", [], inform("notification.method", "in-area", { on: n.when.date, force: force.id }, cite));
    else push("no", [], inform("notification.method", "outside-area", { on: n.when.date, force: force.id, area: local.area }, cite, "no"));
  }
  if (unrecorded.length > 0) {
    findings.push(inform("notification.method-not-checked", "unrecorded", { count: unrecorded.length }, [spa("s.10(1)")], "unknown", unrecorded));
  }
  return { verdicts, missing, findings };
}

/** The area, or what would settle it and why it cannot be told (an id the messages say in words). */
type LocalArea = { area: string } | { missing: string; why: "area-unrecorded" | "no-home-no-court" | "outside-no-court" };

/**
 * The person's local police area for a notification (s.10(1)–(3), s.14(1)): the area of the home address at the
 * time; with no home address in England and Wales (none recorded, or one outside), the area of the court that
 * last made an order (s.10(2)).
 */
function localArea(areas: LocalAreas, note: Dated<NotificationRecord>, advance: boolean, history: History): LocalArea {
  const latest = areas.latest(note, normText(note.item.homeAddress) !== "" && !advance);
  if (latest !== undefined) {
    const area = areas.areaFor(latest);
    if (area === undefined) return { missing: latest.path, why: "area-unrecorded" };
    if (area !== "outside-england-and-wales") return { area };
  }
  const court = history.lastMadeBy(note.when.date) ?? history.inOrderMade[0];
  if (court?.order.courtArea !== undefined) return { area: court.order.courtArea };
  return {
    missing: `${court?.path ?? "order"}.courtArea`,
    why: latest === undefined ? "no-home-no-court" : "outside-no-court",
  };
}
