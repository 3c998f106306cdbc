/**
 * `evaluateCase`: validates a case file — one defendant's history as at `asOf` — and runs every assessment that
 * applies to it, returning one report. It never throws: every input gives `{ ok: true, report }` or
 * `{ ok: false, issues }`.
 */
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { assess, joinPath, type Finding } from "../core/assessment";
import { compareWhen, parseWhen } from "../core/calendar";
import { isSpoInputError, safelyParse, SpoInputError } from "../core/errors";
import { describeThrown } from "../core/limits";
import { applicationFindings, defaultPolicy, policyNamed } from "../law/application";
import { policyInput } from "../law/policy";
import { dischargeFindings } from "../law/discharge";
import { History } from "../law/history";
import { personDuties, type PersonDuties } from "../law/notification";
import { afterAsOf, classifyWithOrder, notificationFailuresOf, type IncidentContext } from "../law/offences";
import { CaseFileSchema, caseJurisdiction, caseOrders, incidentWhen, PolicySchema, POLICY_NAMES, type CaseFile, type Policy } from "../model/schemas";
import { agendaOfChecked } from "./agenda";
import { keyDates } from "./key-dates";
import { orderReports } from "./orders";
import type { CaseReport, EvaluateOptions, EvaluateResult } from "./report";

const OptionsSchema = z.optional(strictObject({ policy: z.optional(z.union([z.enum(POLICY_NAMES), PolicySchema])) }));

/** Where the person's notification record is in a case file. */
const RECORD_PATHS = { events: "notification.events", notifications: "notification.notifications" } as const;

function rooted(findings: readonly Finding[], prefix: string): Finding[] {
  return rerooted(findings, (p) => joinPath(prefix, p));
}

/** The findings with each missing input's path mapped to where it is in the case file. */
function rerooted(findings: readonly Finding[], where: (path: string) => string): Finding[] {
  return findings.map((f) => (f.missing === undefined ? f : { ...f, missing: f.missing.map(where) }));
}

/**
 * Re-roots input errors raised by one part of the case under that part's key; a problem with the policy is
 * reported where the policy was given (`policy` in the file, or `options.policy`).
 */
function within<T>(prefix: string, run: () => T, policyPath = "policy"): T {
  try {
    return run();
  } catch (e) {
    if (isSpoInputError(e)) {
      throw new SpoInputError(
        e.issues.map((i) => {
          if (i.path === "policy" || i.path.startsWith("policy.")) return { ...i, path: policyPath + i.path.slice("policy".length) };
          return { ...i, path: i.path.startsWith(prefix) ? i.path : joinPath(prefix, i.path) };
        }),
      );
    }
    throw e;
  }
}

/** The policy to apply and where it was given: the file's, the options', or the jurisdiction's default. */
function resolvePolicy(file: CaseFile, options: EvaluateOptions | undefined): { policy: Policy | undefined; path: string } {
  const chosen = file.policy ?? options?.policy;
  const path = file.policy !== undefined ? "policy" : "options.policy";
  if (chosen === undefined) return { policy: undefined, path };
  return { policy: typeof chosen === "string" ? policyNamed(chosen) : chosen, path };
}

/** What incidents are read against; the person's duties computed once, and only when something reads them. */
class CaseContext implements IncidentContext {
  private cached: PersonDuties | undefined;
  readonly asOf: string;

  constructor(
    readonly history: History,
    private readonly file: CaseFile,
  ) {
    this.asOf = file.asOf;
  }

  get duties(): PersonDuties {
    this.cached ??= personDuties(this.history, this.file.notification ?? {}, this.file.asOf, RECORD_PATHS);
    return this.cached;
  }
}

function evaluate(file: CaseFile, options: EvaluateOptions | undefined): CaseReport {
  const history = new History(caseOrders(file));
  const report: CaseReport = { asOf: file.asOf, jurisdiction: caseJurisdiction(file), orders: [], incidents: [], keyDates: [], agenda: [] };
  if (file.application !== undefined) {
    const application = file.application;
    const { policy, path } = resolvePolicy(file, options);
    const { findings, court } = within("application", () => applicationFindings(application, policyInput(policy ?? defaultPolicy(application.applicant.force))), path);
    report.application = assess(rooted(findings, "application"), { court });
  }
  report.orders = orderReports(history, file.application, file.asOf);
  const context = new CaseContext(history, file);
  if (file.notification !== undefined) {
    const { duties } = context;
    report.notification = assess(duties.findings, duties.obligations);
    // Each failure's reasonable excuse is recorded as a new notification-failure incident: the next free slots.
    const next = file.incidents?.length ?? 0;
    report.notificationFailures = notificationFailuresOf(
      history,
      duties,
      file.asOf,
      file.convictedOn,
      { incident: "notification", convictedOn: "convictedOn", events: RECORD_PATHS.events },
      (k) => `incidents[${next + k}].reasonableExcuse`,
    );
  }
  if (file.discharge !== undefined) {
    const { orderId, ...request } = file.discharge;
    const target = orderId === undefined ? history.entries[0] : history.byId.get(orderId);
    if (target !== undefined) {
      const findings = within("discharge", () => dischargeFindings({ order: target.order, ...request }));
      // The request's own inputs are under `discharge`; the order's are where the order is in the file.
      report.discharge = assess(rerooted(findings, (p) => (p === "order" || p.startsWith("order.") || p.startsWith("order[") ? target.path + p.slice("order".length) : joinPath("discharge", p))), undefined);
    }
  }
  const asOf = parseWhen(file.asOf);
  const dated: { incident: NonNullable<CaseFile["incidents"]>[number]; index: number; orderId: string | undefined }[] = [];
  report.incidents = (file.incidents ?? []).map((incident, i) => {
    const at = incidentWhen(incident);
    const cmp = compareWhen(parseWhen(at), asOf);
    if (cmp !== null && cmp > 0) return afterAsOf(file.asOf, at, history.jurisdiction);
    const own = incident.convictedOn !== undefined;
    const { assessment, entry } = classifyWithOrder(incident, context, own ? incident.convictedOn : file.convictedOn, {
      incident: `incidents[${i}]`,
      convictedOn: own ? `incidents[${i}].convictedOn` : "convictedOn",
      events: RECORD_PATHS.events,
    });
    dated.push({ incident, index: i, orderId: incident.orderId ?? entry?.order.id });
    return assessment;
  });
  const notified = (file.notification?.notifications?.length ?? 0) > 0;
  report.keyDates = keyDates({ history, application: file.application, obligations: report.notification?.value, incidents: dated, notified });
  report.agenda = agendaOfChecked(report);
  return report;
}

/**
 * Evaluates a whole case file — one defendant's history as at its `asOf` (contract v2): the main application
 * (commencement, applicant, grounds, venue); every order of the history, lawful as recorded (with the earlier
 * full orders in effect when it was made, s.2(6)–(7), and an interim order against the main application,
 * s.5(1)–(2)) and in force at `asOf`; the person's notification duties over the whole history, computed once,
 * and the offences any overdue duty may amount to; a discharge request; each incident, resolved to its order;
 * the key dates of every order; and the agenda of what needs action. Incidents, events and notifications dated
 * after `asOf` are ignored with a note. Never throws: invalid input gives `{ ok: false, issues }` with readable
 * paths (`orders[1].terms[2].lastDay`).
 * @example evaluateCase(JSON.parse(text)) // { ok: true, report } or { ok: false, issues }
 * @see ../docs/guide.md#the-whole-case
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 */
export function evaluateCase(input: unknown, options?: EvaluateOptions): EvaluateResult {
  try {
    const opts = safelyParse(OptionsSchema, options, "options");
    if (!opts.ok) return opts;
    const parsed = safelyParse(CaseFileSchema, input);
    if (!parsed.ok) return parsed;
    return { ok: true, report: evaluate(parsed.data, opts.data) };
  } catch (e) {
    if (isSpoInputError(e)) return { ok: false, issues: e.issues };
    // A defect in the library, not in the input: still never throw, and say plainly what happened.
    return { ok: false, issues: [{ path: "", message: `could not be evaluated (internal error: ${describeThrown(e)})` }] };
  }
}
