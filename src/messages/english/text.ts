/**
 * English for everything the text renderers and the `spo` command print around the findings: headings, the
 * layout of a line, the agenda, key dates, obligations, offences, dates with their weekday. Each is a function
 * of what it mentions, so another catalogue can say it otherwise.
 */
import { orderWords } from "./in-force";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Sat 24 Oct 2026" for a valid `YYYY-MM-DD` (the weekday of a calendar date, no zone involved). */
function day(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** A day, or an instant shown as its London date and wall-clock time: "Mon 26 Oct 2026 00:30 (+00:00)". */
function when(text: string): string {
  if (text.length === 10) return day(text);
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?([+-]\d{2}:\d{2})$/.exec(text);
  return m === null ? text : `${day(m[1] as string)} ${m[2]} (${m[3]})`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const KEY_DATE_LABELS: Readonly<Record<string, string>> = {
  "application-made": "Application made",
  "order-made": "{order} made",
  "order-served": "{order} served",
  "discharge-lock-ends": "Two-year discharge lock: last day",
  "term-ends": "Term's own period: last day",
  "order-ends": "{order}'s fixed period: last day",
  "interim-ceases": "Main application determined: interim order ceases",
  "order-discharged": "{order} discharged",
  "identification-destruction-due": "Fingerprints and photographs: destroy by",
};

/** Where Northern Ireland's Act says it otherwise: its interim orders cease on more than the determination, and its orders end with their last term. */
const NI_KEY_DATE_LABELS: Readonly<Record<string, string>> = {
  "interim-ceases": "Interim order ceases",
  "order-ends": "{order}: last day of effect",
};

const DUTY_LABELS: Readonly<Record<string, string>> = {
  initial: "Initial notification: last day",
  "new-name": "Notification of a new name: last day",
  "new-address": "Notification of a new home address: last day",
};

const INCIDENT_LABELS: Readonly<Record<string, string>> = {
  "term-breached": "breach of a term",
  "notification-failure": "failure to notify",
  "refused-fingerprints-or-photographs": "refusal of fingerprints or photographs",
  "false-information": "false information notified",
};

/** The label of a key date or agenda item, from what it is. */
export function keyDateLabel(p: { kind: string; duty: string; orderKind: string; incidentType: string; jurisdiction?: string }): string {
  if (p.kind === "notification-due") return DUTY_LABELS[p.duty] ?? "Notification: last day";
  if (p.kind === "incident") return `Incident: ${INCIDENT_LABELS[p.incidentType] ?? p.incidentType}`;
  const template = (p.jurisdiction === "northern-ireland" ? NI_KEY_DATE_LABELS[p.kind] : undefined) ?? KEY_DATE_LABELS[p.kind] ?? p.kind;
  return template.replace("{order}", p.orderKind === "interim" ? "Interim order" : "Order");
}

/** "(order SPO-1, term T1, incident 2)": the ids a line is about. */
function about(p: { orderId: string; termId: string; incident: number | null }): string {
  const parts: string[] = [];
  if (p.orderId !== "") parts.push(`order ${p.orderId}`);
  if (p.termId !== "") parts.push(`term ${p.termId}`);
  if (p.incident !== null) parts.push(`incident ${p.incident + 1}`);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

/**
 * What a missing input is, in words: the path itself, or — for an overdue duty that no incident records yet, whose
 * path is an incident past the last of the `recorded` ones — the incident to add.
 */
function missingPath(path: string, recorded: number): string {
  const incident = /^incidents\[(\d+)\]\.reasonableExcuse$/.exec(path);
  if (incident !== null && Number(incident[1]) >= recorded) return `${path} (record a notification-failure incident for this duty with its reasonableExcuse)`;
  return path;
}

export const englishText = {
  "text.date": (p: { date: string }) => when(p.date),
  "text.verdict": (p: { verdict: string }) => p.verdict,
  "text.tag": (p: { tag: string }) => p.tag,
  "text.block": (p: { title: string; verdict: string }) => `${p.title}: ${p.verdict}`,
  "text.finding": (p: { tag: string; rule: string; reason: string; missing: readonly string[]; incidentsRecorded: number; citations: readonly string[] }) =>
    `  ${p.tag.padEnd(8)}${p.rule}: ${p.reason}${p.missing.length === 0 ? "" : ` Missing: ${p.missing.map((m) => missingPath(m, p.incidentsRecorded)).join(", ")}.`} [${p.citations.join("; ")}]`,
  "text.assessment-title": () => "Verdict",
  "text.case-title": (p: { asOf: string }) => `Case as at ${when(p.asOf)}`,
  "text.agenda-empty": () => "Nothing due",
  "text.agenda-heading": (p: { count: number }) => `Action needed: ${plural(p.count, "item")}`,
  "text.agenda-item": (p: { due: string; status: string; daysLeft: number; kind: string; duty: string; orderKind: string; incidentType: string; jurisdiction: string; orderId: string; termId: string; incident: number | null; citation: string }) => {
    const left =
      p.status === "overdue" ? `overdue by ${plural(-p.daysLeft, "day")}` : p.daysLeft === 0 ? "due today" : `in ${plural(p.daysLeft, "day")}`;
    return `  ${day(p.due)}  ${left}: ${keyDateLabel(p)}${about(p)} [${p.citation}]`;
  },
  "text.application-title": () => "Application",
  "text.court": (p: { court: string }) => `  Court: ${p.court === "" ? "not known (no date of birth)" : p.court}`,
  "text.order-lawful-title": (p: { kind: string; id: string }) => `${orderWords(p).replace(/^./, (c) => c.toUpperCase())}: lawful`,
  "text.order-in-force-title": (p: { kind: string; id: string; asOf: string }) => `${orderWords(p).replace(/^./, (c) => c.toUpperCase())} in force at ${when(p.asOf)}`,
  "text.notification-title": () => "Notification (compliant?)",
  "text.obligations": () => "  Obligations:",
  "text.obligation": (p: { status: string; kind: string; orderId: string; subject: string; trigger: string; lastDay: string; endsAt: string; metAt: string }) => {
    const order = p.orderId === "" ? "" : ` (order ${p.orderId})`;
    const subject = p.subject === "" ? "" : ` "${p.subject}"`;
    const period = p.lastDay === "" ? "period not started" : `${day(p.trigger)} to ${day(p.lastDay)} (ends ${when(p.endsAt)})`;
    const met = p.metAt === "" ? "" : `, notified ${when(p.metAt)}`;
    return `    ${p.status.padEnd(13)}${p.kind}${order}${subject}: ${period}${met}`;
  },
  "text.failure-title": (p: { kind: string; first: string }) => `Overdue ${p.kind} notification from ${day(p.first)} (offence?)`,
  "text.discharge-title": () => "Discharge",
  "text.incident-title": (p: { number: number }) => `Incident ${p.number} (offence?)`,
  "text.offence-none": () => "  Offence: none",
  "text.offence": (p: { offence: string; title: string; pnldCode: string; cjsCode: string; months: number; fine: string; years: number; conditionalDischargeAvailable: boolean }) => {
    const title = p.title;
    const codes = p.pnldCode === "" ? "no PNLD or CJS code known" : `PNLD ${p.pnldCode}, CJS ${p.cjsCode}`;
    const fine = p.fine === "unlimited" ? "an unlimited fine" : "a fine up to the statutory maximum";
    return `  Offence: ${title} (${codes}); either way; summary maximum ${p.months} months and ${fine}, ${p.years} years on indictment${p.conditionalDischargeAvailable ? "" : "; no conditional discharge"}.`;
  },
  "text.key-dates-title": () => "Key dates:",
  "text.key-date": (p: { date: string; kind: string; duty: string; orderKind: string; incidentType: string; jurisdiction: string; orderId: string; termId: string; incident: number | null; citation: string }) =>
    `  ${day(p.date)}  ${keyDateLabel(p)}${about(p)} [${p.citation}]`,
  "text.calendar-event": (p: { kind: string; duty: string; orderKind: string; incidentType: string; jurisdiction: string; orderId: string; termId: string; incident: number | null; citation: string }) =>
    `${keyDateLabel(p)}${about(p)}`,
  "text.invalid-title": () => "Invalid case file:",
  "text.issue": (p: { path: string; message: string }) => `  ${p.path === "" ? "(input)" : p.path}: ${p.message}`,
};
