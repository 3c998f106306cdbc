/**
 * The agenda: what needs action at `asOf` — every overdue duty, every duty whose period is running, and every
 * key date still to come — overdue first, then by the day it is due, with the London days left.
 */
import * as z from "zod/mini";
import { daysBetween, parseWhen } from "../core/calendar";
import { LocalDateSchema, WhenSchema } from "../core/date-schemas";
import { parseInput } from "../core/errors";
import { OBLIGATION_KINDS } from "../model/schemas";
import type { Citation } from "../core/citation";
import type { Obligation } from "../law/notification";
import { keyDateLabel } from "../messages/english/text";
import { DEADLINE_KINDS, KEY_DATE_KINDS, type AgendaItem, type CaseReport, type KeyDate } from "./report";

function fromDuty(o: Obligation, status: AgendaItem["status"], today: string): AgendaItem {
  const due = o.lastDay as string;
  const item: AgendaItem = { due, endsAt: o.endsAt, kind: "notification-due", duty: o.kind, status, daysLeft: daysBetween(today, due), label: keyDateLabel({ kind: "notification-due", duty: o.kind, orderKind: "", incidentType: "" }), citation: o.citations[0] as Citation };
  if (o.orderId !== undefined) item.orderId = o.orderId;
  if (o.event !== undefined) item.event = o.event;
  return item;
}

function fromKeyDate(k: KeyDate, today: string): AgendaItem {
  const item: AgendaItem = { due: k.date, endsAt: k.endsAt ?? null, kind: k.kind, status: "due", daysLeft: daysBetween(today, k.date), label: k.label, citation: k.citation };
  for (const key of ["duty", "orderId", "termId", "event", "incident"] as const) {
    const value = k[key];
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}

/** Whether a key date is still to come at `today`: a deadline runs to the end of its day, an event must be later. */
function ahead(k: KeyDate, today: string): boolean {
  return DEADLINE_KINDS.includes(k.kind) ? k.date >= today : k.date > today;
}

/**
 * What needs action at the report's `asOf`: overdue duties first, then each duty whose 3 days are running and
 * each key date still to come, by the day due (a pending duty appears once). `daysLeft` counts London days from
 * `asOf`'s day, negative when overdue.
 * @example agenda(report)[0] // { due: "2026-10-27", status: "overdue", daysLeft: -2, kind: "notification-due", duty: "initial", … }
 * @throws SpoInputError for something that is not a case report
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 */
export function agendaOf(report: Pick<CaseReport, "asOf" | "notification" | "keyDates">): AgendaItem[] {
  const checked = parseInput(AgendaSourceSchema, report, "report") as Pick<CaseReport, "asOf" | "notification" | "keyDates">;
  return agendaOfChecked(checked);
}

const Day = LocalDateSchema;
const CitationShape = z.looseObject({ source: z.string(), provision: z.string(), label: z.string() });
/** What {@link agendaOf} reads of a report: `asOf`, the key dates and the obligations. */
const AgendaSourceSchema = z.looseObject({
  asOf: WhenSchema,
  keyDates: z.array(z.looseObject({ date: Day, kind: z.enum(KEY_DATE_KINDS), label: z.string(), citation: CitationShape })),
  notification: z.optional(z
    .looseObject({
      value: z.array(
        z.looseObject({
          kind: z.enum(OBLIGATION_KINDS),
          status: z.enum(["met", "overdue", "pending", "not-required", "unknown"]),
          lastDay: z.nullable(Day),
          endsAt: z.nullable(z.string()),
          citations: z.array(CitationShape).check(z.minLength(1)),
        }),
      ),
    })),
});

/** The agenda of a report the library built (no checks: `evaluateCase` calls this). */
export function agendaOfChecked(report: Pick<CaseReport, "asOf" | "notification" | "keyDates">): AgendaItem[] {
  const today = parseWhen(report.asOf).date;
  const items: AgendaItem[] = [];
  for (const o of report.notification?.value ?? []) {
    if (o.lastDay === null) continue;
    if (o.status === "overdue") items.push(fromDuty(o, "overdue", today));
    else if (o.status === "pending") items.push(fromDuty(o, "due", today));
  }
  for (const k of report.keyDates) {
    if (k.kind !== "notification-due" && ahead(k, today)) items.push(fromKeyDate(k, today));
  }
  const rank = (i: AgendaItem): number => (i.status === "overdue" ? 0 : 1);
  return items.sort(
    (a, b) => rank(a) - rank(b) || cmp(a.due, b.due) || cmp(a.kind, b.kind) || cmp(a.orderId ?? "", b.orderId ?? "") || (a.event ?? 0) - (b.event ?? 0) || (a.incident ?? 0) - (b.incident ?? 0),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
