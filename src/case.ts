/**
 * The whole case: `evaluateCase` validates a case file and runs every assessment that applies to it,
 * returning one report with its key dates. It never throws: every input, including `null`, arrays, deeply
 * nested values and `__proto__` keys, gives either `{ ok: true, report }` or `{ ok: false, issues }`.
 */
import { assess, joinPath, type Assessment, type Finding } from "./core/assessment";
import { addDays, minimumFixedPeriodLastDay, parseWhen, type LocalDate, type When } from "./core/calendar";
import { spa, type Citation } from "./core/citation";
import { issuesFromZod, SpoInputError, type InputIssue } from "./core/errors";
import { applicationFindings, policies, policyNamed, type Court } from "./law/application";
import { dischargeFindings } from "./law/discharge";
import { inForceFindings } from "./law/in-force";
import { notificationFindings, type Obligation } from "./law/notification";
import { breachFindings, OFFENCES, type NotificationFailure, type OffenceClassification } from "./law/offences";
import { orderFindings } from "./law/order";
import { z } from "zod";
import { CaseFileSchema, incidentWhen, PolicySchema, POLICY_NAMES, type CaseFile, type Incident, type Policy } from "./model/schemas";

/** A dated event of the case, with the provision that gives it meaning. */
export interface KeyDate {
  date: LocalDate;
  event: string;
  citation: Citation;
}

/** Everything `evaluateCase` found, as at `asOf`. Parts absent from the case file are absent here. */
export interface CaseReport {
  asOf: When;
  application?: Assessment<{ court: Court | null }>;
  order?: Assessment;
  orderInForce?: Assessment;
  notification?: Assessment<Obligation[]>;
  notificationFailures?: NotificationFailure[];
  discharge?: Assessment;
  incidents: Assessment<OffenceClassification | null>[];
  keyDates: KeyDate[];
}

/** The result of {@link evaluateCase}. */
export type EvaluateResult = { ok: true; report: CaseReport } | { ok: false; issues: InputIssue[] };

/** Options for {@link evaluateCase}: the policy to apply when the case file names none. */
export interface EvaluateOptions {
  policy?: Policy | (typeof POLICY_NAMES)[number];
}

const OptionsSchema = z.strictObject({ policy: z.union([z.enum(POLICY_NAMES), PolicySchema]).optional() }).optional();

function rooted(findings: readonly Finding[], remap: (path: string) => string): Finding[] {
  return findings.map((f) => (f.missing === undefined ? f : { ...f, missing: f.missing.map(remap) }));
}

/** Re-roots input errors raised by one part of the case under that part's key. */
function within<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof SpoInputError && prefix !== "") {
      throw new SpoInputError(e.issues.map((i) => ({ ...i, path: i.path.startsWith(prefix) ? i.path : joinPath(prefix, i.path) })));
    }
    throw e;
  }
}

const notificationPath = (p: string): string => (p === "order" || p.startsWith("order.") ? p : joinPath("notification", p));

function keyDates(file: CaseFile, report: CaseReport): KeyDate[] {
  const dates: KeyDate[] = [];
  const add = (date: LocalDate, event: string, citation: Citation) => dates.push({ date, event, citation });
  if (file.application !== undefined) add(file.application.madeOn, "application made", spa("s.1(1)"));
  const order = file.order;
  if (order !== undefined) {
    const name = order.kind === "interim" ? "interim order" : "order";
    add(order.madeOn, `${name} made`, spa(order.kind === "interim" ? "s.5(2)" : "s.2(1)"));
    if (order.servedAt !== undefined) add(parseWhen(order.servedAt).date, `${name} served`, spa("s.9(1)"));
    if (order.kind === "full") add(minimumFixedPeriodLastDay(order.madeOn), "discharge lock: last day (consents needed until the end of it)", spa("s.4(4)(b)"));
    for (const t of order.terms) if (t.lastDay !== undefined) add(t.lastDay, `term ${t.id}: last day`, spa("s.3(3)"));
    if (order.duration.type === "fixed") add(order.duration.lastDay, `${name}: last day`, spa(order.kind === "interim" ? "s.5(6)(a)" : "s.3(1)(a)"));
    const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
    if (order.kind === "interim" && determined !== undefined) add(parseWhen(determined).date, "main application determined: interim order ceases", spa("s.5(6)(b)"));
    const discharged = order.dischargedAt ?? order.dischargedOn;
    if (discharged !== undefined) add(parseWhen(discharged).date, `${name} discharged`, spa(order.kind === "interim" ? "s.5(8)" : "s.4"));
  }
  for (const o of report.notification?.value ?? []) {
    if (o.lastDay === null) continue;
    const what = o.kind === "initial" ? "initial notification" : o.kind === "new-name" ? `new name "${o.subject}"` : `new home address "${o.subject}"`;
    add(o.lastDay, `${what}: last day to notify`, o.citations[0] as Citation);
  }
  (file.incidents ?? []).forEach((incident, i) => {
    const offence = OFFENCES.find((x) => x.offence === offenceOf(incident));
    add(parseWhen(incidentWhen(incident)).date, `incident ${i + 1}: ${incident.type}`, (offence?.provisions[0] ?? spa("s.8(1)")) as Citation);
  });
  return dates.sort((a, b) => (a.date === b.date ? (a.event < b.event ? -1 : a.event > b.event ? 1 : 0) : a.date < b.date ? -1 : 1));
}

function offenceOf(incident: Incident): string {
  if (incident.type === "term-breached") return "breach-of-order";
  if (incident.type === "notification-failure") return `failure-to-notify-${incident.obligation}`;
  if (incident.type === "refused-fingerprints-or-photographs") return "failure-to-allow-fingerprints-or-photographs";
  return "false-information";
}

function resolvePolicy(file: CaseFile, options: EvaluateOptions | undefined): Policy {
  const chosen = file.policy ?? options?.policy;
  if (chosen === undefined) return policies.superintendentInBcu;
  return typeof chosen === "string" ? policyNamed(chosen) : chosen;
}

function evaluate(file: CaseFile, options: EvaluateOptions | undefined): CaseReport {
  const report: CaseReport = { asOf: file.asOf, incidents: [], keyDates: [] };
  const policy = resolvePolicy(file, options);
  if (file.application !== undefined) {
    const application = file.application;
    const { findings, court } = within("application", () => applicationFindings(application, policy));
    report.application = assess(rooted(findings, (p) => joinPath("application", p)), { court });
  }
  const order = file.order;
  if (order !== undefined) {
    report.order = assess(
      orderFindings(order, { earlierOrders: file.earlierOrders ?? [], earlierOrdersCompatible: file.earlierOrdersCompatible ?? null }),
      undefined,
    );
    report.orderInForce = assess(inForceFindings(order, parseWhen(file.asOf), { order: "order", at: "asOf" }), undefined);
    if (file.notification !== undefined) {
      const { findings, obligations } = notificationFindings({ order, asOf: file.asOf, ...file.notification });
      report.notification = assess(rooted(findings, notificationPath), obligations.map((o) => (o.missing === undefined ? o : { ...o, missing: o.missing.map(notificationPath) })));
      report.notificationFailures = obligations.flatMap((obligation) => {
        if (obligation.status !== "overdue") return [];
        // An overdue duty's period has started, so it has a last day.
        const incident = { type: "notification-failure" as const, obligation: obligation.kind, firstFailedOn: addDays(obligation.lastDay as string, 1), reasonableExcuse: null };
        const classification = breachFindings(incident, { order, asOf: file.asOf, convictedOn: file.convictedOn }, {
          incident: "notification",
          convictedOn: "convictedOn",
          // Record the judgement as a notification-failure incident for this duty.
          reasonableExcuse: "incidents",
        });
        return [{ obligation, incident, classification }];
      });
    }
    if (file.discharge !== undefined) {
      const request = { order, ...file.discharge };
      report.discharge = assess(rooted(within("discharge", () => dischargeFindings(request)), (p) => joinPath("discharge", p)), undefined);
    }
    report.incidents = (file.incidents ?? []).map((incident, i) =>
      breachFindings(incident, { order, asOf: file.asOf, convictedOn: file.convictedOn }, { incident: `incidents[${i}]`, convictedOn: "convictedOn" }),
    );
  }
  report.keyDates = keyDates(file, report);
  return report;
}

/**
 * Evaluates a whole case file as at its `asOf`: the application (commencement, applicant, grounds, venue),
 * the order (lawfulness, compatibility with earlier orders) and whether it is in force at `asOf`, notification
 * duties and the offences any overdue duty may amount to, a discharge request, and each incident. Returns the
 * key dates — made, served, each notification last day, the discharge-lock last day, each term's and the
 * order's last day, each incident — sorted by date. Never throws: invalid input gives `{ ok: false, issues }`
 * with readable paths (`order.terms[2].lastDay`).
 * @example evaluateCase(JSON.parse(text)) // { ok: true, report } or { ok: false, issues }
 * @see ../docs/guide.md#the-whole-case
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 */
export function evaluateCase(input: unknown, options?: EvaluateOptions): EvaluateResult {
  try {
    const opts = OptionsSchema.safeParse(options);
    if (!opts.success) return { ok: false, issues: issuesFromZod(opts.error, "options") };
    const parsed = CaseFileSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
    return { ok: true, report: evaluate(parsed.data, opts.data) };
  } catch (e) {
    if (e instanceof SpoInputError) return { ok: false, issues: e.issues };
    // A defect in the library, not in the input: still never throw, and say plainly what happened.
    return { ok: false, issues: [{ path: "", message: `could not be evaluated (internal error: ${e instanceof Error ? e.message : String(e)})` }] };
  }
}
