/**
 * A report's deadlines as an iCalendar (RFC 5545) for a force's calendars: one all-day event per deadline key
 * date, each with a UID that stays the same when the case is exported again (so a re-import updates rather than
 * duplicates), `DTSTAMP` from `asOf` (never the clock), and nothing from the record but ids — no names, addresses
 * or free text.
 */
import type { CaseReport, KeyDate } from "../case";
import { DEADLINE_KINDS } from "../case/report";
import { addDays, parseWhen, startOfLondonDay } from "../core/calendar";
import { inputError } from "../core/errors";
import { englishMessages, type Messages } from "../messages";
import type { Params } from "../messages/types";

/** Options for {@link toICalendar}. */
export interface ICalendarOptions {
  /** The catalogue event titles are said in (default: {@link englishMessages}). */
  messages?: Messages;
  /** The domain UIDs end with, so they are unique to the system that publishes them (default `stalking-protection-orders`). */
  uidDomain?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back to the start of a character: continuation bytes are 10xxxxxx.
    while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    out.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // continuation lines begin with a space
  }
  return out.join("\r\n ");
}

function basicDate(date: string): string {
  return date.replaceAll("-", "");
}

/** `asOf` in UTC, as DTSTAMP wants it: the instant, or the start of its London day when it is a date. */
function stamp(asOf: string): string {
  const w = parseWhen(asOf);
  const ms = w.ms ?? startOfLondonDay(w.date);
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/**
 * The deadline key dates with their UIDs: order id (or `person` for a person's duty) + kind + the index within
 * that order and kind by date — so adding a later event keeps every earlier UID.
 */
function events(report: Pick<CaseReport, "keyDates">): { keyDate: KeyDate; uid: string }[] {
  const deadlines = report.keyDates.filter((k) => DEADLINE_KINDS.includes(k.kind));
  const counters = new Map<string, number>();
  const out: { keyDate: KeyDate; uid: string }[] = [];
  // Key dates are sorted by date, so each group's index follows the date order.
  for (const keyDate of deadlines) {
    const owner = keyDate.orderId ?? (keyDate.kind === "notification-due" && keyDate.duty !== "initial" ? "person" : "order");
    const kind = keyDate.kind === "notification-due" ? `notification-due-${keyDate.duty ?? "initial"}` : keyDate.kind;
    const group = `${owner}/${kind}`;
    const index = counters.get(group) ?? 0;
    counters.set(group, index + 1);
    out.push({ keyDate, uid: `${encodeURIComponent(owner)}-${kind}-${index}` });
  }
  return out;
}

/**
 * The report's deadlines as an RFC 5545 calendar: one all-day `VEVENT` per deadline key date (notification
 * due, discharge lock ends, term or order ends, interim order ceases, fingerprints and photographs to destroy),
 * with a stable `UID`, `DTSTAMP` from `asOf`, a title from the catalogue, and the provision in `DESCRIPTION`.
 * Lines end CRLF and are folded at 75 octets.
 * @example toICalendar(report).startsWith("BEGIN:VCALENDAR\r\n") // true
 * @throws SpoInputError for something that is not a case report
 * @see https://www.rfc-editor.org/rfc/rfc5545
 */
export function toICalendar(report: CaseReport, options: ICalendarOptions = {}): string {
  if (typeof report !== "object" || report === null || !Array.isArray(report.keyDates) || typeof report.asOf !== "string" || parseWhenOrNull(report.asOf) === null) {
    return inputError("report", "must be a case report as evaluateCase returned it");
  }
  const messages = options.messages ?? englishMessages;
  const domain = options.uidDomain ?? "stalking-protection-orders";
  if (typeof domain !== "string" || !/^[A-Za-z0-9.-]{1,100}$/.test(domain)) return inputError("options.uidDomain", "must be a domain name (letters, digits, dots and hyphens)");
  const orderKind = new Map((report.orders ?? []).map((o) => [o.id ?? "", o.kind]));
  const say = (id: "text.calendar-event", p: Params): string => (messages[id] as (q: Params) => string)(p);
  const dtstamp = stamp(report.asOf);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//stalking-protection-orders//case deadlines//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const { keyDate, uid } of events(report)) {
    const summary = say("text.calendar-event", {
      kind: keyDate.kind,
      jurisdiction: report.jurisdiction ?? "england-and-wales",
      duty: keyDate.duty ?? "",
      orderKind: keyDate.orderId === undefined ? "full" : (orderKind.get(keyDate.orderId) ?? "full"),
      incidentType: "",
      orderId: keyDate.orderId ?? "",
      termId: keyDate.termId ?? "",
      incident: null,
      citation: keyDate.citation.label,
    });
    lines.push(
      "BEGIN:VEVENT",
      `UID:${text(`${uid}@${domain}`)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(keyDate.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(keyDate.date, 1))}`,
      `SUMMARY:${text(summary)}`,
      `DESCRIPTION:${text(keyDate.citation.label)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

function parseWhenOrNull(text: string): unknown {
  try {
    return parseWhen(text);
  } catch {
    return null;
  }
}
