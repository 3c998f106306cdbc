/**
 * Plain-text rendering: an assessment as its verdict and one line per finding with citations; a whole case
 * report as headed parts; an invalid case as its issues, one per line.
 */
import type { CaseReport, EvaluateResult, OrderReport } from "./case";
import type { Assessment, Finding } from "./core/assessment";
import type { Obligation } from "./law/notification";
import type { OffenceClassification } from "./law/offences";
import { inputError, isSpoInputError } from "./core/errors";
import { describeThrown } from "./core/limits";
import { VERDICTS } from "./core/verdict";
import { escapeControls } from "./output/escape";

function findingLine(f: Finding): string {
  const tag = f.informative === true ? "note" : f.verdict;
  const missing = f.verdict === "unknown" && f.missing !== undefined ? ` Missing: ${f.missing.join(", ")}.` : "";
  const cites = f.citations.map((c) => c.label).join("; ");
  return `  ${tag.padEnd(8)}${f.rule}: ${f.reason}${missing} [${cites}]`;
}

function block(title: string, a: Pick<Assessment<unknown>, "verdict" | "findings">, extra: string[] = []): string {
  return lines([`${title}: ${a.verdict}`, ...extra, ...a.findings.map(findingLine)]);
}

/** Joins lines, each escaped: a value from the record cannot start a line of its own or carry a control code. */
function lines(items: readonly string[]): string {
  return items.map(escapeControls).join("\n");
}

function obligationLine(o: Obligation): string {
  const subject = o.subject === undefined ? "" : ` "${o.subject}"`;
  const order = o.orderId === undefined ? "" : ` (order ${o.orderId})`;
  const period = o.lastDay === null ? "period not started" : `${o.trigger} to ${o.lastDay} (ends ${o.endsAt})`;
  const met = o.metAt === undefined ? "" : `, notified ${o.metAt}`;
  return `  ${o.status.padEnd(13)}${o.kind}${order}${subject}: ${period}${met}`;
}

function offenceLine(c: OffenceClassification | null): string {
  if (c === null) return "  Offence: none";
  return `  Offence: ${c.title} (PNLD ${c.pnldCode}, CJS ${c.cjsCode}); either way; summary maximum ${c.maximum.summary.custodyMonths} months and an unlimited fine, 5 years on indictment${c.conditionalDischargeAvailable ? "" : "; no conditional discharge"}.`;
}

function about(x: { orderId?: string | undefined; termId?: string | undefined; incident?: number | undefined }): string {
  const parts: string[] = [];
  if (x.orderId !== undefined) parts.push(`order ${x.orderId}`);
  if (x.termId !== undefined) parts.push(`term ${x.termId}`);
  if (x.incident !== undefined) parts.push(`incident ${x.incident + 1}`);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

function agendaLines(r: CaseReport): string {
  if (r.agenda.length === 0) return "Nothing due";
  const items = r.agenda.map((a) => {
    const when = a.status === "overdue" ? `overdue by ${-a.daysLeft} day${a.daysLeft === -1 ? "" : "s"}` : a.daysLeft === 0 ? "due today" : `in ${a.daysLeft} day${a.daysLeft === 1 ? "" : "s"}`;
    return `  ${a.due}  ${when}: ${a.label}${about(a)} [${a.citation.label}]`;
  });
  return lines([`Action needed: ${r.agenda.length} item${r.agenda.length === 1 ? "" : "s"}`, ...items]);
}

function orderTitle(o: OrderReport): string {
  return `${o.kind === "interim" ? "Interim order" : "Order"}${o.id === null ? "" : ` ${o.id}`}`;
}

function explainReport(r: CaseReport): string {
  const parts: string[] = [`Case as at ${r.asOf}`, agendaLines(r)];
  if (r.application !== undefined) parts.push(block("Application", r.application, [`  Court: ${r.application.value.court ?? "not known (no date of birth)"}`]));
  for (const o of r.orders) {
    parts.push(block(`${orderTitle(o)}: lawful`, o.lawful));
    parts.push(block(`${orderTitle(o)} in force at ${r.asOf}`, o.inForce));
  }
  if (r.notification !== undefined) {
    parts.push(block("Notification (compliant?)", r.notification, ["  Obligations:", ...r.notification.value.map((o) => `  ${obligationLine(o)}`)]));
  }
  for (const f of r.notificationFailures ?? []) {
    parts.push(block(`Overdue ${f.obligation.kind} notification from ${f.incident.firstFailedOn} (offence?)`, f.classification, [offenceLine(f.classification.value)]));
  }
  if (r.discharge !== undefined) parts.push(block("Discharge", r.discharge));
  r.incidents.forEach((a, i) => parts.push(block(`Incident ${i + 1} (offence?)`, a, [offenceLine(a.value)])));
  parts.push(lines(["Key dates:", ...r.keyDates.map((k) => `  ${k.date}  ${k.label}${about(k)} [${k.citation.label}]`)]));
  return parts.join("\n\n");
}

function isAssessment(x: unknown): x is Pick<Assessment<unknown>, "verdict" | "findings"> {
  if (typeof x !== "object" || x === null) return false;
  const a = x as { verdict?: unknown; findings?: unknown };
  return (VERDICTS as readonly unknown[]).includes(a.verdict) && Array.isArray(a.findings);
}

function isReport(x: unknown): x is CaseReport {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Partial<Record<keyof CaseReport, unknown>>;
  return typeof r.asOf === "string" && Array.isArray(r.orders) && Array.isArray(r.incidents) && Array.isArray(r.keyDates) && Array.isArray(r.agenda);
}

function isResult(x: unknown): x is EvaluateResult {
  if (typeof x !== "object" || x === null || !("ok" in x)) return false;
  const r = x as { ok: unknown; report?: unknown; issues?: unknown };
  return r.ok === true ? isReport(r.report) : r.ok === false && Array.isArray(r.issues);
}

/**
 * Renders as plain text: an assessment (verdict, then each finding with its rule, reason, missing inputs and
 * citations; informative findings are tagged `note`), a whole case report (the agenda, then headed parts,
 * obligations, offences, key dates), or an `evaluateCase` result (the report, or each input issue on its own
 * line). Control characters in values from the record are escaped, so no value can forge a line.
 * @example console.log(explain(assessApplicant(input)))
 * @throws SpoInputError when given anything else
 * @see ../docs/guide.md#reading-findings
 */
export function explain(subject: Pick<Assessment<unknown>, "verdict" | "findings"> | CaseReport | EvaluateResult): string {
  try {
    if (isResult(subject)) {
      return subject.ok ? explainReport(subject.report) : lines(["Invalid case file:", ...subject.issues.map((i) => `  ${i.path === "" ? "(input)" : i.path}: ${i.message}`)]);
    }
    if (isReport(subject)) return explainReport(subject);
    if (isAssessment(subject)) return block("Verdict", subject);
  } catch (e) {
    if (isSpoInputError(e)) throw e;
    return inputError("subject", `could not be rendered (${describeThrown(e)}); pass an assessment, a case report or an evaluateCase result as the library returned it`);
  }
  return inputError("subject", "must be an assessment, a case report or an evaluateCase result");
}
