/**
 * Plain-text rendering: an assessment as its verdict and one line per finding with citations; a whole case
 * report as the agenda, then headed parts; an invalid case as its issues, one per line. Every word comes from a
 * message catalogue (English by default), and every line is escaped so no value from the record can forge one.
 */
import type { CaseReport, EvaluateResult, KeyDate, OrderReport } from "../case";
import type { AgendaItem } from "../case/report";
import type { Assessment, Finding } from "../core/assessment";
import { withFields } from "../core/objects";
import { formatLondonInstant, parseWhen } from "../core/calendar";
import { inputError, isSpoInputError } from "../core/errors";
import { describeThrown } from "../core/limits";
import { VERDICTS } from "../core/verdict";
import type { Obligation } from "../law/notification";
import type { OffenceClassification } from "../law/offences";
import { englishMessages, type Messages } from "../messages";
import type { Params } from "../messages/types";
import { escapeControls } from "./escape";

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** The catalogue to say everything in (default: {@link englishMessages}). */
  messages?: Messages;
}

type Say = (id: keyof Messages, params?: Params) => string;

function sayer(messages: Messages): Say {
  return (id, params = {}) => (messages[id] as (p: Params) => string)(params);
}

/** A finding's sentence in the catalogue (its English `reason` when the catalogue is the built-in one). */
function reasonOf(f: Finding, messages: Messages): string {
  if (messages === englishMessages) return f.reason;
  const rule = (messages as unknown as Record<string, Record<string, ((p: Params) => string) | undefined> | undefined>)[f.rule];
  const say = rule?.[f.variant];
  return say === undefined ? f.reason : say(f.params);
}

class Renderer {
  private readonly say: Say;

  constructor(private readonly messages: Messages) {
    this.say = sayer(messages);
  }

  /** How many incidents the case file records: a missing excuse past them is an incident still to record. */
  private incidentsRecorded = Number.MAX_SAFE_INTEGER;

  private findingLine(f: Finding): string {
    const tag = this.say("text.tag", { tag: f.informative === true ? "note" : f.verdict });
    return this.say("text.finding", {
      tag,
      rule: f.rule,
      reason: reasonOf(f, this.messages),
      missing: f.verdict === "unknown" && f.missing !== undefined ? f.missing : [],
      incidentsRecorded: this.incidentsRecorded,
      citations: f.citations.map((c) => c.label),
    });
  }

  block(title: string, a: Pick<Assessment<unknown>, "verdict" | "findings">, extra: string[] = []): string {
    return lines([this.say("text.block", { title, verdict: this.say("text.verdict", { verdict: a.verdict }) }), ...extra, ...a.findings.map((f) => this.findingLine(f))]);
  }

  private obligationLine(o: Obligation): string {
    return this.say("text.obligation", {
      status: o.status,
      kind: o.kind,
      orderId: o.orderId ?? "",
      subject: o.subject ?? "",
      trigger: o.trigger ?? "",
      lastDay: o.lastDay ?? "",
      endsAt: o.endsAt ?? "",
      metAt: o.metAt === undefined ? "" : londonText(o.metAt),
    });
  }

  private offenceLine(c: OffenceClassification | null): string {
    if (c === null) return this.say("text.offence-none");
    return this.say("text.offence", {
      offence: c.offence,
      title: c.title,
      pnldCode: c.pnldCode ?? "",
      cjsCode: c.cjsCode ?? "",
      months: c.maximum.summary.custodyMonths,
      fine: c.maximum.summary.fine,
      years: c.maximum.indictment.custodyYears,
      conditionalDischargeAvailable: c.conditionalDischargeAvailable,
    });
  }

  private dated(x: KeyDate | AgendaItem, orderKind: Map<string, string>, incidentType: (i: number) => string, jurisdiction: string): Params {
    return {
      kind: x.kind,
      jurisdiction,
      duty: x.duty ?? "",
      orderKind: x.orderId === undefined ? "full" : (orderKind.get(x.orderId) ?? "full"),
      incidentType: x.incident === undefined ? "" : incidentType(x.incident),
      orderId: x.orderId ?? "",
      termId: x.termId ?? "",
      incident: x.incident ?? null,
      citation: x.citation.label,
    };
  }

  private incidentTyper(r: CaseReport): (i: number) => string {
    // An incident key date's label names its kind; the report has its offence, from which the type is read.
    return (i) => {
      const offence = r.incidents[i]?.value?.offence;
      if (offence === undefined) return "";
      if (offence === "breach-of-order") return "term-breached";
      if (offence.startsWith("failure-to-notify")) return "notification-failure";
      return offence === "false-information" ? "false-information" : "refused-fingerprints-or-photographs";
    };
  }

  private orderKinds(r: CaseReport): Map<string, string> {
    return new Map(r.orders.map((o) => [o.id ?? "", o.kind]));
  }

  /** The title and what needs action: how every text report starts, and all of `spo agenda`. */
  agenda(r: CaseReport): string {
    const orderKind = this.orderKinds(r);
    const incidentType = this.incidentTyper(r);
    const title = lines([this.say("text.case-title", { asOf: r.asOf })]);
    const items =
      r.agenda.length === 0
        ? lines([this.say("text.agenda-empty")])
        : lines([
            this.say("text.agenda-heading", { count: r.agenda.length }),
            ...r.agenda.map((a) => this.say("text.agenda-item", withFields(this.dated(a, orderKind, incidentType, r.jurisdiction), { due: a.due, status: a.status, daysLeft: a.daysLeft }))),
          ]);
    return `${title}\n\n${items}`;
  }

  report(r: CaseReport): string {
    this.incidentsRecorded = r.incidents.length;
    const orderKind = this.orderKinds(r);
    const incidentType = this.incidentTyper(r);
    const parts: string[] = [this.agenda(r)];
    if (r.application !== undefined) {
      parts.push(this.block(this.say("text.application-title"), r.application, [this.say("text.court", { court: r.application.value.court ?? "" })]));
    }
    for (const o of r.orders) {
      const which = orderParams(o);
      parts.push(this.block(this.say("text.order-lawful-title", which), o.lawful));
      parts.push(this.block(this.say("text.order-in-force-title", withFields(which, { asOf: r.asOf })), o.inForce));
    }
    if (r.notification !== undefined) {
      parts.push(this.block(this.say("text.notification-title"), r.notification, [this.say("text.obligations"), ...r.notification.value.map((o) => this.obligationLine(o))]));
    }
    for (const f of r.notificationFailures ?? []) {
      parts.push(this.block(this.say("text.failure-title", { kind: f.obligation.kind, first: f.incident.firstFailedOn }), f.classification, [this.offenceLine(f.classification.value)]));
    }
    if (r.discharge !== undefined) parts.push(this.block(this.say("text.discharge-title"), r.discharge));
    r.incidents.forEach((a, i) => parts.push(this.block(this.say("text.incident-title", { number: i + 1 }), a, [this.offenceLine(a.value)])));
    parts.push(lines([this.say("text.key-dates-title"), ...r.keyDates.map((k) => this.say("text.key-date", withFields(this.dated(k, orderKind, incidentType, r.jurisdiction), { date: k.date })))]));
    return parts.join("\n\n");
  }

  issues(issues: readonly { path: string; message: string }[]): string {
    return lines([this.say("text.invalid-title"), ...issues.map((i) => this.say("text.issue", { path: i.path, message: i.message }))]);
  }
}

/** The catalogue the options name, checked: English when none is given. */
function catalogueOf(options: ExplainOptions | undefined): Messages {
  const messages = options?.messages ?? englishMessages;
  if (typeof messages !== "object" || messages === null) return inputError("options.messages", "must be a message catalogue (see englishMessages)");
  return messages;
}

/** A day as it is; an instant as London wall-clock time with its offset (how the text shows every time). */
function londonText(when: string): string {
  const parsed = parseWhen(when);
  return parsed.ms === null ? parsed.date : formatLondonInstant(parsed.ms);
}

function orderParams(o: OrderReport): { kind: string; id: string } {
  return { kind: o.kind, id: o.id ?? "" };
}

/** Joins lines, each escaped: a value from the record cannot start a line of its own or carry a control code. */
function lines(items: readonly string[]): string {
  return items.map(escapeControls).join("\n");
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
 * obligations, offences, key dates, dates with their weekday), or an `evaluateCase` result (the report, or each
 * input issue on its own line). Every word comes from `options.messages` (English by default). Control
 * characters in values from the record are escaped, so no value can forge a line.
 * @example console.log(explain(assessApplicant(input)))
 * @throws SpoInputError when given anything else
 * @see ../../docs/guide.md#reading-findings
 */
export function explain(subject: Pick<Assessment<unknown>, "verdict" | "findings"> | CaseReport | EvaluateResult, options: ExplainOptions = {}): string {
  const messages = catalogueOf(options);
  const renderer = new Renderer(messages);
  try {
    if (isResult(subject)) return subject.ok ? renderer.report(subject.report) : renderer.issues(subject.issues);
    if (isReport(subject)) return renderer.report(subject);
    if (isAssessment(subject)) return renderer.block(sayer(messages)("text.assessment-title"), subject);
  } catch (e) {
    if (isSpoInputError(e)) throw e;
    return inputError("subject", `could not be rendered (${describeThrown(e)}); pass an assessment, a case report or an evaluateCase result as the library returned it, and a complete message catalogue`);
  }
  return inputError("subject", "must be an assessment, a case report or an evaluateCase result");
}

/**
 * Renders the agenda of a case report (or of an `evaluateCase` result) as plain text: the case title, then
 * "Action needed: N items" with each item's day, days left and citation, or "Nothing due". It is how
 * {@link explain} starts a report, and what `spo agenda` prints.
 * @example console.log(explainAgenda(evaluateCase(file)))
 * @throws SpoInputError when given anything but a report or a valid result
 * @see ../../docs/guide.md#the-agenda
 */
export function explainAgenda(subject: CaseReport | EvaluateResult, options: ExplainOptions = {}): string {
  const messages = catalogueOf(options);
  const report = isResult(subject) && subject.ok ? subject.report : isReport(subject) ? subject : null;
  if (report === null) return inputError("subject", "must be a case report or a valid evaluateCase result");
  try {
    return new Renderer(messages).agenda(report);
  } catch (e) {
    return inputError("subject", `could not be rendered (${describeThrown(e)}); pass a case report as the library returned it, and a complete message catalogue`);
  }
}
