/**
 * The typed entry points for offences (SPA 2019 s.8, s.11; PfS(NI)A 2022 s.13, s.16): `classifyBreach` for one
 * incident under one order, and `classifyNotificationFailures` from duties to offences in one call. Both read the
 * same duty model as `evaluateCase`, and the order's applying force decides which Act applies.
 */
import * as z from "zod/mini";
import { strictObject } from "../../model/schemas/strict-object";
import { assess, inform, joinPath, type Assessment } from "../../core/assessment";
import { withFields } from "../../core/objects";
import { compareWhen, parseWhen, type LocalDate } from "../../core/calendar";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import type { Jurisdiction } from "../../core/jurisdiction";
import { inputError, parseInput } from "../../core/errors";
import {
  IncidentSchema,
  incidentWhen,
  incidentWhenField,
  NotificationInputSchema,
  notificationPartsShape,
  OrderSchema,
  type Incident,
  type NotificationInput,
  type NotificationEvent,
  type NotificationRecord,
  type Order,
  type SexOffenderNotification,
} from "../../model/schemas";
import { historyOf, type History } from "../history";
import { personDuties, type PersonDuties } from "../notification/duties";
import type { Obligation } from "../notification/obligation";
import type { OffenceClassification } from "./catalogue";
import { classifyIncident, failureIncident, type IncidentContext, type IncidentPaths } from "./classify";
import { offenceLaw } from "./law";
import { resolvePerson } from "./resolve";

/**
 * Options for {@link classifyBreach}: the order, `asOf`, and optionally the conviction date and the person's
 * notification record (needed to check a failure to notify a new name or address against its duty).
 */
export interface ClassifyOptions {
  order: Order;
  asOf: string;
  convictedOn?: LocalDate;
  sexOffenderNotification?: SexOffenderNotification;
  events?: NotificationEvent[];
  notifications?: NotificationRecord[];
}

const OptionsSchema = strictObject({
  order: OrderSchema,
  asOf: WhenSchema,
  convictedOn: z.optional(LocalDateSchema),
  ...notificationPartsShape,
});

/**
 * Whether an incident is an offence under the Act, and which: a breach of a term in force without reasonable
 * excuse (s.8); a failure to notify (s.9(1), (3), (4) with s.11(1)(a)), a continuing offence from the first day of
 * failure, checked against the same notification duties `assessNotification` computes (so a failure to notify a
 * new name or address needs the `events` that started the duty); refusing fingerprints or photographs (s.10(5));
 * notifying information known to be false (s.11(1)(b)). Reasonable excuse `true` gives `no`; undecided gives
 * `unknown`. The value is the classification, with the summary maximum for the dates given, whenever the verdict
 * is `yes` or `unknown`, and `null` when `no`. A breach before the order was served adds a note that knowledge of
 * the order will be in issue. An order applied for by the PSNI is classified under the Northern Ireland Act
 * instead (PfS(NI)A 2022 s.13, s.16): no offence before 19 October 2023, no codes, a fixed summary maximum of
 * 6 months or a fine not exceeding the statutory maximum, and a note on where a term can be breached (s.13(2)).
 * @throws SpoInputError for malformed input, an unknown `termId`, or an incident dated after `asOf`
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export function classifyBreach(incident: Incident, options: ClassifyOptions): Assessment<OffenceClassification | null> {
  const parsed = parseInput(IncidentSchema, incident, "incident");
  const context = parseInput(OptionsSchema, options, "options");
  const at = parseWhen(incidentWhen(parsed));
  const asOf = parseWhen(context.asOf);
  const cmp = compareWhen(at, asOf);
  if (cmp !== null && cmp > 0) inputError(joinPath("incident", incidentWhenField(parsed)), `is after asOf (${asOf.date})`);
  if (context.convictedOn !== undefined && context.convictedOn < at.date) inputError("options.convictedOn", "is before the incident");
  const history = historyOf(context.order);
  const duties = personDuties(history, context, context.asOf, { events: "options.events", notifications: "options.notifications" });
  return classifyIncident(parsed, { history, duties, asOf: context.asOf }, context.convictedOn, {
    incident: "incident",
    convictedOn: "options.convictedOn",
    events: "options.events",
  });
}

/** One overdue obligation and the offence it may amount to. */
export interface NotificationFailure {
  obligation: Obligation;
  incident: Extract<Incident, { type: "notification-failure" }> & { orderId?: string };
  classification: Assessment<OffenceClassification | null>;
}

/**
 * Every duty overdue at `asOf` of the model, as the notification-failure incident it amounts to (first day of
 * failure = the day after the last day; reasonable excuse undecided), classified.
 */
export function notificationFailuresOf(
  history: History,
  duties: PersonDuties,
  asOf: string,
  convictedOn: LocalDate | undefined,
  paths: IncidentPaths,
  /** Where the k-th failure's reasonable-excuse judgement would be recorded (default: `paths.reasonableExcuse`). */
  excusePath?: (k: number) => string,
): NotificationFailure[] {
  const context: IncidentContext = { history, duties, asOf };
  const out: NotificationFailure[] = [];
  duties.obligations.forEach((obligation, i) => {
    if (obligation.status !== "overdue") return;
    const incident = failureIncident(obligation);
    const entry = obligation.kind === "initial" ? history.entries[i] : undefined;
    const own = excusePath === undefined ? paths : withFields(paths, { reasonableExcuse: excusePath(out.length) });
    const classification = classifyIncident(incident, context, convictedOn, own, { duty: obligation, entry: entry ?? resolvePerson(history, parseWhen(incident.firstFailedOn)) });
    out.push({ obligation, incident, classification });
  });
  return out;
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
  const { convictedOn } = parseInput(strictObject({ convictedOn: z.optional(LocalDateSchema) }), options, "options");
  const history = historyOf(parsed.order);
  const duties = personDuties(history, parsed, parsed.asOf, { events: "events", notifications: "notifications" });
  return notificationFailuresOf(history, duties, parsed.asOf, convictedOn, { incident: "incident", convictedOn: "options.convictedOn", events: "events" });
}

/**
 * An informative finding for an incident dated after `asOf` in a case file: kept, and not assessed. It cites the
 * offences of the case's jurisdiction (SPA 2019 s.8(1), s.11(1) unless given; PfS(NI)A 2022 s.13(1), s.16(1)).
 */
export function afterAsOf(asOf: string, at: string, jurisdiction: Jurisdiction = "england-and-wales"): Assessment<OffenceClassification | null> {
  const finding = inform("incident.after-as-of", "not-assessed", { on: parseWhen(at).date, asOf }, offenceLaw(jurisdiction).offences);
  // Not assessed, so not an offence as at `asOf`: the verdict is `no` though no finding decides it.
  return { ...assess([finding], null), verdict: "no" };
}
