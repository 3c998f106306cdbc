/**
 * Offences (SPA 2019 s.8, s.11): the catalogue with its charge codes, and classification of an incident as
 * one of them. Reasonable excuse and knowledge are human judgements taken as inputs: undecided stays
 * `unknown`, and the classification is still given so the officer can see what is in issue.
 */
import { z } from "zod";
import { assess, decide, inform, joinPath, verdictOfFindings, type Assessment, type Finding } from "../core/assessment";
import { addDays, compareWhen, parseWhen, WhenSchema, LocalDateSchema, type LocalDate, type ParsedWhen } from "../core/calendar";
import { spa, type Citation } from "../core/citation";
import { inputError, parseInput } from "../core/errors";
import type { Verdict } from "../core/verdict";
import { IncidentSchema, NotificationInputSchema, OrderSchema, type Incident, type NotificationInput, type Order } from "../model/schemas";
import { COMMENCEMENT_DATE } from "./commencement";
import { findTerm, inForceFindings, termInForceFindings } from "./in-force";
import { notificationFindings, notificationPeriod, type Obligation } from "./notification";
import { summaryLimit, type SummaryCustodyMonths } from "./penalties";

/** The offences the Act creates, by id. */
export type OffenceId =
  | "breach-of-order"
  | "failure-to-notify-initial"
  | "failure-to-notify-new-name"
  | "failure-to-notify-new-address"
  | "failure-to-allow-fingerprints-or-photographs"
  | "false-information";

/** An offence as data: its provisions, charge codes, mode of trial and what the Act says of sentence. */
export interface Offence {
  offence: OffenceId;
  title: string;
  provisions: Citation[];
  pnldCode: string;
  cjsCode: string;
  modeOfTrial: "either-way";
  maximumOnIndictment: { custodyYears: 5; fine: "unlimited" };
  conditionalDischargeAvailable: boolean;
  continuing: boolean;
  sentencingGuideline: string | null;
}

/** An offence with the summary maximum that applies on the dates given. */
export interface OffenceClassification extends Omit<Offence, "maximumOnIndictment"> {
  maximum: {
    summary: { custodyMonths: SummaryCustodyMonths; fine: "unlimited" };
    indictment: { custodyYears: 5; fine: "unlimited" };
  };
}

/** The Sentencing Council guideline stated to apply to breach of an order (named only: no ranges encoded). */
export const BREACH_GUIDELINE = "Sentencing Council: Breach of a protective order (restraining and non-molestation orders), in force 1 October 2018";

const INDICTMENT = { custodyYears: 5, fine: "unlimited" } as const;

/**
 * The six offences of the Act (law page §7): titles, provisions, PNLD and CJS codes, all triable either way
 * (5 years on indictment). Conditional discharge is barred only for breach of an order (s.8(4)); the s.9
 * failures are continuing offences (s.11(3)–(5)); refusing fingerprints or photographs is treated as a
 * one-off offence (convention).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export const OFFENCES: readonly Offence[] = [
  {
    offence: "breach-of-order",
    title: "Breach of a stalking protection order or interim stalking protection order without reasonable excuse",
    provisions: [spa("s.8(1)"), spa("s.8(2)")],
    pnldCode: "H20164",
    cjsCode: "ST19001",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: false,
    continuing: false,
    sentencingGuideline: BREACH_GUIDELINE,
  },
  {
    offence: "failure-to-notify-initial",
    title: "Failure without reasonable excuse to notify name(s) and home address within 3 days of service (or of the final day)",
    provisions: [spa("s.9(1)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20165",
    cjsCode: "ST19002",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-notify-new-name",
    title: "Failure without reasonable excuse to notify a name not already notified within 3 days",
    provisions: [spa("s.9(3)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20166",
    cjsCode: "ST19003",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-notify-new-address",
    title: "Failure without reasonable excuse to notify a new home address within 3 days",
    provisions: [spa("s.9(4)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20167",
    cjsCode: "ST19004",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-allow-fingerprints-or-photographs",
    title: "Failure without reasonable excuse to allow fingerprints or photographs to be taken when requested on notification",
    provisions: [spa("s.10(5)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20168",
    cjsCode: "ST19005",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: false,
    sentencingGuideline: null,
  },
  {
    offence: "false-information",
    title: "Notifying information known to be false in purported compliance with the notification requirements",
    provisions: [spa("s.11(1)(b)"), spa("s.11(2)")],
    pnldCode: "H20169",
    cjsCode: "ST19006",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: false,
    sentencingGuideline: null,
  },
];

/**
 * The catalogue entry for an offence id.
 * @example offenceById("breach-of-order").cjsCode // "ST19001"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 */
export function offenceById(id: OffenceId): Offence {
  return OFFENCES.find((o) => o.offence === id) as Offence;
}

const NOTIFICATION_OFFENCE: Record<Obligation["kind"], OffenceId> = {
  initial: "failure-to-notify-initial",
  "new-name": "failure-to-notify-new-name",
  "new-address": "failure-to-notify-new-address",
};

/** Options for {@link classifyBreach}. */
export interface ClassifyOptions {
  order: Order;
  asOf: string;
  convictedOn?: LocalDate;
}

const OptionsSchema = z.strictObject({
  order: OrderSchema,
  asOf: WhenSchema,
  convictedOn: LocalDateSchema.optional(),
});

function incidentDate(incident: Incident): ParsedWhen {
  return parseWhen(incident.type === "notification-failure" ? incident.firstFailedOn : incident.at);
}

function excuseFinding(rule: string, excuse: boolean | null | undefined, path: string, cite: Citation[]): Finding {
  if (excuse === true) return decide(rule, "no", "A reasonable excuse is accepted, so no offence is committed.", cite);
  if (excuse === false) return decide(rule, "yes", "No reasonable excuse is accepted.", cite);
  return decide(rule, "unknown", "Whether there was a reasonable excuse has not been decided; it is a defence and a judgement for the court.", cite, [path]);
}

/** Findings on a term breach: the term in force at the time, reasonable excuse, knowledge of the order. */
function termBreachFindings(incident: Extract<Incident, { type: "term-breached" }>, order: Order, at: ParsedWhen, prefix: string): Finding[] {
  const term = findTerm(order, incident.termId, joinPath(prefix, "termId"));
  const findings = termInForceFindings(order, term, at, { order: "order", at: joinPath(prefix, "at") });
  findings.push(excuseFinding("breach.reasonable-excuse", incident.reasonableExcuse, joinPath(prefix, "reasonableExcuse"), [spa("s.8(1)")]));
  const served = order.servedAt === undefined ? null : parseWhen(order.servedAt);
  const cmp = served === null ? null : compareWhen(at, served);
  if (served === null || cmp === null || cmp < 0) {
    findings.push(
      inform(
        "breach.knowledge",
        served === null
          ? "The order is not recorded as served, so whether the defendant knew of it will be in issue."
          : cmp === null
            ? `The act was on the day the order was served (${served.date}) and without both times it may have come first, so whether the defendant knew of the order will be in issue.`
            : `The act was before the order was served on ${served.date}, so whether the defendant knew of the order will be in issue.`,
        [spa("s.8(1)")],
        served === null || cmp === null ? "unknown" : "no",
      ),
    );
  }
  return findings;
}

/** Findings on a notification failure: the duty existed and its period had ended; reasonable excuse. */
function notificationFailureFindings(incident: Extract<Incident, { type: "notification-failure" }>, order: Order, prefix: string, excusePath: string): Finding[] {
  const first = incident.firstFailedOn;
  const findings: Finding[] = [];
  if (incident.obligation === "initial") {
    const cite = [spa("s.9(1)"), spa("s.11(1)(a)")];
    // Only a full order can replace an interim order (the schema enforces it).
    if (order.replacesInterimOrder === true) {
      findings.push(decide("notification-failure.duty", "no", "This full order replaces an interim order, so no initial notification was required under it.", [spa("s.9(1)(a)")]));
    } else if (order.servedAt === undefined) {
      findings.push(decide("notification-failure.duty", "unknown", "The order is not recorded as served, so when the initial period ended cannot be told.", cite, ["order.servedAt"]));
    } else {
      const period = notificationPeriod(order.servedAt);
      const firstDay = addDays(period.lastDay, 1);
      findings.push(
        first >= firstDay
          ? decide("notification-failure.duty", "yes", `The initial period ran from service on ${period.startsOn} to the end of ${period.lastDay}, so the failure began by ${first}.`, cite)
          : decide("notification-failure.duty", "no", `The initial period runs to the end of ${period.lastDay}, so there was no failure on ${first}.`, cite),
      );
    }
  }
  // The duty lasts only while the person is subject to the order; that the order had been made is implied.
  const subject = inForceFindings(order, parseWhen(first), { order: "order", at: joinPath(prefix, "firstFailedOn") });
  findings.push(...subject.filter((f) => f.rule !== "in-force.made" || f.verdict !== "yes"));
  findings.push(excuseFinding("notification-failure.reasonable-excuse", incident.reasonableExcuse, excusePath, [spa("s.11(1)(a)")]));
  if (verdictOfFindings(findings) === "no") return findings;
  findings.push(
    inform(
      "notification-failure.continuing",
      `The offence is committed on ${first}, the first day of failure, and continues while the failure lasts; there can be only one prosecution for the same failure.`,
      [spa("s.11(3)"), spa("s.11(4)"), spa("s.11(5)")],
    ),
  );
  return findings;
}

function offenceFor(incident: Incident): OffenceId {
  switch (incident.type) {
    case "term-breached":
      return "breach-of-order";
    case "notification-failure":
      return NOTIFICATION_OFFENCE[incident.obligation];
    case "refused-fingerprints-or-photographs":
      return "failure-to-allow-fingerprints-or-photographs";
    case "false-information":
      return "false-information";
  }
}

/** Input paths for errors and missing inputs, so `evaluateCase` can name its own fields. */
export interface BreachPaths {
  incident: string;
  convictedOn: string;
  /** Where a reasonable-excuse judgement would be recorded, when not on the incident itself. */
  reasonableExcuse?: string;
}

/** The findings and classification for an incident, for inputs already validated. */
export function breachFindings(
  incident: Incident,
  context: { order: Order; asOf: string; convictedOn?: LocalDate | undefined },
  paths: BreachPaths = { incident: "incident", convictedOn: "options.convictedOn" },
): Assessment<OffenceClassification | null> {
  const prefix = paths.incident;
  const at = incidentDate(incident);
  const asOf = parseWhen(context.asOf);
  const cmp = compareWhen(at, asOf);
  if (cmp !== null && cmp > 0) inputError(joinPath(prefix, incident.type === "notification-failure" ? "firstFailedOn" : "at"), `is after asOf (${asOf.date})`);
  if (context.convictedOn !== undefined && context.convictedOn < at.date) inputError(paths.convictedOn, "is before the incident");
  const { order } = context;
  let findings: Finding[];
  switch (incident.type) {
    case "term-breached":
      findings = termBreachFindings(incident, order, at, prefix);
      break;
    case "notification-failure":
      findings = notificationFailureFindings(incident, order, prefix, paths.reasonableExcuse ?? joinPath(prefix, "reasonableExcuse"));
      break;
    case "refused-fingerprints-or-photographs":
      findings = [
        ...inForceFindings(order, at, { order: "order", at: joinPath(prefix, "at") }),
        excuseFinding("fingerprints.reasonable-excuse", incident.reasonableExcuse, joinPath(prefix, "reasonableExcuse"), [spa("s.10(5)"), spa("s.11(1)(a)")]),
      ];
      break;
    case "false-information": {
      const knew: Verdict = incident.knewFalse === true ? "yes" : incident.knewFalse === false ? "no" : "unknown";
      findings = [
        ...inForceFindings(order, at, { order: "order", at: joinPath(prefix, "at") }),
        decide(
          "false-information.knowledge",
          knew,
          knew === "yes"
            ? "The person knew the information notified was false."
            : knew === "no"
              ? "The person is not shown to have known the information was false, and the offence needs that knowledge."
              : "Whether the person knew the information was false has not been decided.",
          [spa("s.11(1)(b)")],
          knew === "unknown" ? [joinPath(prefix, "knewFalse")] : [],
        ),
      ];
      break;
    }
  }
  if (at.date < COMMENCEMENT_DATE) {
    findings.push(decide("offence.commencement", "no", `No offence under the Act could be committed on ${at.date}: it came into force on 20 January 2020.`, [spa("s.8(1)"), spa("s.11(1)")]));
  }
  // No offence: the penalty that would apply is beside the point, and the value is null.
  if (verdictOfFindings(findings) === "no") return assess(findings, null);
  const offence = offenceById(offenceFor(incident));
  const limit = summaryLimit(at.date, {
    asOf: context.asOf,
    convictedOn: context.convictedOn,
    offence: incident.type === "term-breached" ? "breach" : "notification",
  });
  findings.push(...limit.findings.map((f) => (f.informative === true ? f : { ...f, informative: true as const })));
  if (!offence.conditionalDischargeAvailable) {
    findings.push(inform("penalty.conditional-discharge", "A conditional discharge is not available on conviction for breach of an order.", [spa("s.8(4)")]));
  }
  const { maximumOnIndictment, ...rest } = offence;
  // The verdict is yes or unknown here, and the classification is the value.
  return assess<OffenceClassification | null>(findings, {
    ...rest,
    maximum: { summary: { custodyMonths: limit.value, fine: "unlimited" }, indictment: maximumOnIndictment },
  });
}

/**
 * Whether an incident is an offence under the Act, and which: a breach of a term in force without reasonable
 * excuse (s.8); a failure to notify (s.9(1), (3), (4) with s.11(1)(a)), a continuing offence from the first day of
 * failure; refusing fingerprints or photographs (s.10(5)); notifying information known to be false
 * (s.11(1)(b)). Reasonable excuse `true` gives `no`; undecided gives `unknown`. The value is the classification,
 * with the summary maximum for the dates given, whenever the verdict is `yes` or `unknown`, and `null` when `no`.
 * A breach before the order was served adds a note that knowledge of the order will be in issue.
 * @throws SpoInputError for malformed input, an unknown `termId`, or an incident dated after `asOf`
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export function classifyBreach(incident: Incident, options: ClassifyOptions): Assessment<OffenceClassification | null> {
  const parsed = parseInput(IncidentSchema, incident, "incident");
  const context = parseInput(OptionsSchema, options, "options");
  return breachFindings(parsed, context);
}

/** One overdue obligation and the offence it may amount to. */
export interface NotificationFailure {
  obligation: Obligation;
  incident: Extract<Incident, { type: "notification-failure" }>;
  classification: Assessment<OffenceClassification | null>;
}

/**
 * Goes from notification duties to offences in one call: every obligation overdue at `asOf` becomes a
 * notification-failure incident (first day of failure = the day after the last day; reasonable excuse
 * undecided) and is classified. An empty list means no duty is overdue.
 * @example classifyNotificationFailures({ order, asOf: "2026-06-10", events: [], notifications: [] })[0].classification.value.cjsCode // "ST19002"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export function classifyNotificationFailures(input: NotificationInput, options: { convictedOn?: LocalDate } = {}): NotificationFailure[] {
  const parsed = parseInput(NotificationInputSchema, input);
  const { convictedOn } = parseInput(z.strictObject({ convictedOn: LocalDateSchema.optional() }), options, "options");
  return notificationFindings(parsed).obligations.flatMap((obligation) => {
    if (obligation.status !== "overdue") return [];
    // An overdue duty's period has started, so it has a last day.
    const incident = { type: "notification-failure" as const, obligation: obligation.kind, firstFailedOn: addDays(obligation.lastDay as string, 1), reasonableExcuse: null };
    const classification = breachFindings(incident, { order: parsed.order, asOf: parsed.asOf, convictedOn });
    return [{ obligation, incident, classification }];
  });
}

