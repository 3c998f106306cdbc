// The s.10 local-police-area check as version 0.1 wrote it: a direct scan per notification (quadratic). Kept as
// the reference the n log n version in src/law/notification/method.ts is property-tested against.
import { compareWhen, parseWhen, startOfLondonDay, type ParsedWhen } from "../../src/core/calendar";
import type { Verdict } from "../../src/core/verdict";
import { getForce } from "../../src/model/forces";
import type { NotificationEvent, NotificationRecord, Order } from "../../src/model/schemas";

interface Dated<T> {
  item: T;
  index: number;
  when: ParsedWhen;
}

const sortKey = (w: ParsedWhen): number => w.ms ?? startOfLondonDay(w.date);
const norm = (s: string | undefined): string => (s ?? "").trim();
const notBefore = (a: ParsedWhen, b: ParsedWhen): boolean => {
  const cmp = compareWhen(a, b);
  return cmp === null || cmp >= 0;
};

function dated<T extends { at: string } | { on: string }>(items: readonly T[]): Dated<T>[] {
  return items
    .map((item, index) => ({ item, index, when: parseWhen("at" in item ? item.at : item.on) }))
    .sort((a, b) => sortKey(a.when) - sortKey(b.when) || a.index - b.index);
}

function isAdvanceNotice(note: Dated<NotificationRecord>, events: Dated<NotificationEvent>[]): boolean {
  const given = norm(note.item.homeAddress);
  return given !== "" && events.some((e) => e.item.type === "address-changed" && norm(e.item.address) === given && compareWhen(note.when, e.when) === -1);
}

type LocalArea = { area: string } | { missing: string };

function localArea(order: Order, note: Dated<NotificationRecord>, notes: Dated<NotificationRecord>[], events: Dated<NotificationEvent>[]): LocalArea {
  type Fact = { when: ParsedWhen; address: string; area: string | undefined; path: string };
  const areaOf = new Map<string, string>();
  const facts: Fact[] = [];
  for (const e of events) {
    if (e.item.type !== "address-changed") continue;
    const address = norm(e.item.address);
    const area = e.item.policeArea;
    if (area !== undefined) areaOf.set(address, area);
    if (notBefore(note.when, e.when)) facts.push({ when: e.when, address, area, path: `events[${e.index}].policeArea` });
  }
  for (const n of notes) {
    const address = norm(n.item.homeAddress);
    if (address === "") continue;
    const area = n.item.homeAddressPoliceArea;
    if (area !== undefined) areaOf.set(address, area);
    const known = n.index === note.index || compareWhen(n.when, note.when) === -1;
    if (known && !isAdvanceNotice(n, events)) facts.push({ when: n.when, address, area, path: `notifications[${n.index}].homeAddressPoliceArea` });
  }
  const latest = facts.sort((a, b) => sortKey(a.when) - sortKey(b.when)).pop();
  if (latest !== undefined) {
    const area = latest.area ?? areaOf.get(latest.address);
    if (area === undefined) return { missing: latest.path };
    if (area !== "outside-england-and-wales") return { area };
  }
  return order.courtArea !== undefined ? { area: order.courtArea } : { missing: "order.courtArea" };
}

/** For each notification known by `asOf` that records its station, in time order: whether the station counts. */
export function referenceStationVerdicts(
  order: Order,
  asOf: ParsedWhen,
  parts: { events: NotificationEvent[]; notifications: NotificationRecord[] },
): { index: number; verdict: Verdict; missing: string[] }[] {
  const known = (w: ParsedWhen): boolean => {
    const cmp = compareWhen(w, asOf);
    return cmp === null || cmp <= 0;
  };
  const events = dated(parts.events).filter((e) => known(e.when));
  const notes = dated(parts.notifications).filter((n) => known(n.when));
  const out: { index: number; verdict: Verdict; missing: string[] }[] = [];
  for (const n of notes) {
    const station = n.item.station;
    if (station === undefined) continue;
    if (!getForce(station.force).hasPoliceArea) {
      out.push({ index: n.index, verdict: "unknown", missing: [`notifications[${n.index}].station.force`] });
      continue;
    }
    const local = localArea(order, n, notes, events);
    if ("missing" in local) out.push({ index: n.index, verdict: "unknown", missing: [local.missing] });
    else out.push({ index: n.index, verdict: local.area === station.force ? "yes" : "no", missing: [] });
  }
  return out;
}
