// iCalendar output, read back with a real parser (ical.js): one all-day event per deadline key date, stable
// UIDs, DTSTAMP from asOf, nothing from the record but ids.
import { readdirSync, readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseReport, DEADLINE_KINDS } from "../../src/case";
import { toICalendar } from "../../src/output/ical";

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(`examples/${f}`, "utf8")) as Record<string, unknown>] as const);

function report(file: unknown): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate, stamp: v.getFirstPropertyValue("dtstamp")?.toString() };
  });
}

describe("toICalendar", () => {
  it.each(examples)("%s parses, and has one all-day event per deadline key date", (_, file) => {
    const r = report(file);
    const text = toICalendar(r);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = parse(text);
    const deadlines = r.keyDates.filter((k) => DEADLINE_KINDS.includes(k.kind));
    expect(events.map((e) => e.start)).toEqual(deadlines.map((k) => k.date));
    for (const e of events) expect(e.allDay).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it.each(examples)("%s carries no names, addresses or free text from the record", (_, file) => {
    const text = toICalendar(report(file));
    const json = JSON.stringify(file);
    const texts = [...json.matchAll(/"(?:text|name|address|homeAddress|description|where|locality)":"([^"]{4,})"/g), ...json.matchAll(/"names":\["([^"]{4,})"/g)].map((m) => m[1] as string);
    for (const t of texts) expect(text).not.toContain(t.slice(0, 20));
  });

  it("DTSTAMP is asOf in UTC, the start of its London day for a date", () => {
    const [, file] = examples.find(([f]) => f.startsWith("october-")) as (typeof examples)[number];
    expect(parse(toICalendar(report(file)))[0]?.stamp).toBe("2026-11-27T00:00:00Z");
    expect(parse(toICalendar(report({ ...file, asOf: "2026-07-01" })))[0]?.stamp).toBe("2026-06-30T23:00:00Z");
    expect(parse(toICalendar(report({ ...file, asOf: "2026-11-27T15:30:00+00:00" })))[0]?.stamp).toBe("2026-11-27T15:30:00Z");
  });

  it("exporting again after a later event keeps every earlier UID, so an import updates rather than duplicates", () => {
    const [, file] = examples.find(([f]) => f.startsWith("october-")) as (typeof examples)[number];
    const before = parse(toICalendar(report(file)));
    const notification = file.notification as { events: unknown[]; notifications: unknown[] };
    const later = { ...file, asOf: "2027-01-31", notification: { ...notification, events: [...notification.events, { type: "address-changed", on: "2027-01-10", address: "1 New Street", policeArea: "south-wales" }] } };
    const after = parse(toICalendar(report(later)));
    const uids = new Set(after.map((e) => e.uid));
    for (const e of before) expect(uids.has(e.uid)).toBe(true);
    expect(after.length).toBe(before.length + 1);
    // The same report twice gives the same calendar, byte for byte.
    expect(toICalendar(report(file))).toBe(toICalendar(report(file)));
  });

  it("refuses what is not a report", () => {
    expect(() => toICalendar({} as never)).toThrow(/must be a case report/);
  });
});
