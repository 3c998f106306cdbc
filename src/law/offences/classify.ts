/**
 * Whether an incident is an offence under the Act, and which (SPA 2019 s.8, s.11; in Northern Ireland PfS(NI)A
 * 2022 s.13, s.16), read against the history and the person's duties. Reasonable excuse and knowledge are human
 * judgements taken as inputs: undecided stays `unknown`, and the classification is still given so the officer can
 * see what is in issue. The questions are the same under both Acts; the history's jurisdiction picks, once, the
 * table of what its Act cites and says of sentence (`./law.ts`).
 */
import { addDays, compareWhen, parseWhen, type LocalDate, type ParsedWhen, type When } from "../../core/calendar";
import { withFields } from "../../core/objects";
import { assess, decide, inform, joinPath, verdictOfFindings, type Assessment, type Finding } from "../../core/assessment";
import type { Citation } from "../../core/citation";
import { momentOf, spanCovers } from "../../core/span";
import type { Verdict } from "../../core/verdict";
import { incidentWhen, type Incident } from "../../model/schemas";
import { describeOrder, type History, type OrderEntry } from "../history";
import { findTerm, inForceFindings, termInForceFindings } from "../in-force";
import type { PersonDuties } from "../notification/duties";
import type { Obligation } from "../notification/obligation";
import { offenceById, type Offence, type OffenceClassification, type OffenceId } from "./catalogue";
import { offenceLaw, type OffenceLaw } from "./law";
import { resolvePerson, resolveTermBreach, type Resolution } from "./resolve";

/** Where the incident and what bears on it are in the caller's input, so missing inputs name real fields. */
export interface IncidentPaths {
  incident: string;
  convictedOn: string;
  /** Where the events that start new-name and new-address duties are recorded. */
  events: string;
  /** Where a reasonable-excuse judgement would be recorded, when not on the incident itself. */
  reasonableExcuse?: string;
}

/** What an incident is read against: the history, the person's duties (computed once), and `asOf`. */
export interface IncidentContext {
  history: History;
  duties: PersonDuties;
  asOf: When;
}

type ExcuseRule = "breach.reasonable-excuse" | "notification-failure.reasonable-excuse" | "fingerprints.reasonable-excuse";

function excuseFinding(rule: ExcuseRule, excuse: boolean | null | undefined, path: string, cite: Citation[]): Finding {
  if (excuse === true) return decide(rule, "no", "accepted", {}, cite);
  if (excuse === false) return decide(rule, "yes", "not-accepted", {}, cite);
  return decide(rule, "unknown", "undecided", {}, cite, [path]);
}

function knowledgeFinding(entry: OrderEntry, at: ParsedWhen, law: OffenceLaw): Finding | null {
  const { order } = entry;
  const served = order.servedAt === undefined ? null : parseWhen(order.servedAt);
  const cmp = served === null ? null : compareWhen(at, served);
  if (served !== null && cmp !== null && cmp >= 0) return null;
  const cite = law.breach;
  if (served === null) return inform("breach.knowledge", "unserved", {}, cite, "unknown");
  return cmp === null ? inform("breach.knowledge", "service-day", { servedOn: served.date }, cite, "unknown") : inform("breach.knowledge", "before-service", { servedOn: served.date }, cite, "no");
}

/** Findings on a term breach: the order resolved, the term in force at the time, reasonable excuse, knowledge. */
function termBreachFindings(
  incident: Extract<Incident, { type: "term-breached" }>,
  resolution: Resolution,
  at: ParsedWhen,
  paths: IncidentPaths,
  law: OffenceLaw,
): Finding[] {
  const prefix = paths.incident;
  const excuse = excuseFinding("breach.reasonable-excuse", incident.reasonableExcuse, joinPath(prefix, "reasonableExcuse"), law.breach);
  if ("ambiguous" in resolution) return [resolution.ambiguous, excuse];
  const { entry } = resolution;
  const term = findTerm(entry.order, incident.termId, joinPath(prefix, "termId"));
  const findings: Finding[] = resolution.note === undefined ? [] : [resolution.note];
  findings.push(...termInForceFindings(entry.order, term, at, { order: entry.path, at: joinPath(prefix, "at") }), excuse);
  const knowledge = knowledgeFinding(entry, at, law);
  if (knowledge !== null) findings.push(knowledge);
  return findings;
}

/** A duty of the model and the order it is read against (for the s.11 failure it amounts to). */
export interface KnownDuty {
  duty: Obligation;
  entry: OrderEntry | undefined;
}

/** The person's duty of the incident's kind that it is a failure of, or a finding saying why there is none. */
function failedDuty(
  incident: Extract<Incident, { type: "notification-failure" }> & { orderId?: string | undefined },
  context: IncidentContext,
  paths: IncidentPaths,
  law: OffenceLaw,
): { duty: Obligation; entry: OrderEntry | undefined } | { finding: Finding; entry: OrderEntry | undefined } {
  const { history, duties } = context;
  const first = incident.firstFailedOn;
  const cite = law.duty[incident.obligation];
  if (incident.obligation === "initial") {
    // The initial obligations come first, one per order in the history's order.
    const all = history.entries.map((entry, i) => ({ entry, duty: duties.obligations[i] as Obligation }));
    if (incident.orderId !== undefined) {
      const found = all.find((d) => d.entry.order.id === incident.orderId);
      if (found !== undefined) return found;
    }
    const bringing = all.filter((d) => d.duty.status !== "not-required");
    if (incident.orderId === undefined && bringing.length > 1) {
      return {
        finding: decide("notification-failure.duty", "unknown", "initial-ambiguous", { count: bringing.length }, cite, [joinPath(paths.incident, "orderId")]),
        entry: undefined,
      };
    }
    const only = bringing[0] ?? (all.length === 1 ? all[0] : undefined);
    return only ?? { finding: decide("notification-failure.duty", "no", "no-initial-duty", {}, cite), entry: undefined };
  }
  const ofKind = duties.obligations.filter((o) => o.kind === incident.obligation);
  const ended = ofKind.filter((o) => o.lastDay !== null && o.lastDay < first);
  const pick = (status: Obligation["status"]): Obligation | undefined => ended.filter((o) => o.status === status).pop();
  const duty = pick("overdue") ?? pick("unknown") ?? ended[ended.length - 1] ?? ofKind[ofKind.length - 1];
  const entry = resolvePerson(history, parseWhen(first));
  if (duty !== undefined) return { duty, entry };
  const type = incident.obligation === "new-name" ? "name-used" : "address-changed";
  if (!duties.record.events.some((e) => e.item.type === type)) {
    return {
      finding: decide(
        "notification-failure.duty",
        "unknown",
        "events-unrecorded",
        { kind: incident.obligation },
        cite,
        [paths.events],
      ),
      entry,
    };
  }
  return { finding: decide("notification-failure.duty", "no", "no-ended-duty", { kind: incident.obligation, first }, cite), entry };
}

/** The deciding finding on whether the person had failed to comply with the duty by the incident's first day. */
function dutyFinding(duty: Obligation, first: LocalDate, cite: Citation[], law: OffenceLaw): Finding {
  const own = withFields(duty.params, { duty: duty.kind, dutyVariant: duty.variant });
  const { says, met } = law.dutyVariants;
  if (duty.status === "not-required") return decide("notification-failure.duty", "no", says, own, cite);
  if (duty.lastDay === null) {
    if (law.initialFromService && duty.status === "pending" && duty.kind === "initial") return decide("notification-failure.duty", "unknown", "unserved", {}, cite, duty.missing);
    return decide("notification-failure.duty", "unknown", says, own, cite, duty.missing);
  }
  if (first <= duty.lastDay) return decide("notification-failure.duty", "no", "period-running", { kind: duty.kind, lastDay: duty.lastDay, first }, cite);
  if (duty.status === "met") return decide("notification-failure.duty", "no", met, own, cite);
  if (duty.status === "unknown") return decide("notification-failure.duty", "unknown", says, own, cite, duty.missing);
  return decide("notification-failure.duty", "yes", "failed", { kind: duty.kind, trigger: duty.trigger as string, lastDay: duty.lastDay, first }, cite);
}

/** Findings on a notification failure: the duty, the person still subject to an order, reasonable excuse. */
function notificationFailureFindings(
  incident: Extract<Incident, { type: "notification-failure" }>,
  paths: IncidentPaths,
  found: KnownDuty | { finding: Finding; entry: OrderEntry | undefined },
  law: OffenceLaw,
): Finding[] {
  const first = incident.firstFailedOn;
  const cite = law.duty[incident.obligation];
  const findings: Finding[] = ["finding" in found ? found.finding : dutyFinding(found.duty, first, cite, law)];
  const entry = found.entry;
  // The duty lasts only while the person is subject to the order; that the order had been made is implied.
  if (entry !== undefined) {
    const subject = inForceFindings(entry.order, parseWhen(first), { order: entry.path, at: joinPath(paths.incident, "firstFailedOn") });
    findings.push(...subject.filter((f) => f.rule !== "in-force.made" || f.verdict !== "yes"));
  }
  findings.push(excuseFinding("notification-failure.reasonable-excuse", incident.reasonableExcuse, paths.reasonableExcuse ?? joinPath(paths.incident, "reasonableExcuse"), law.failureExcuse));
  if (verdictOfFindings(findings) === "no") return findings;
  findings.push(inform("notification-failure.continuing", "first-day", { first }, law.continuing));
  return findings;
}

/** The order a person-level incident concerns: the one checked, if it may have been in effect then. */
function inEffectOrUndefined(entry: OrderEntry | undefined, at: ParsedWhen): OrderEntry | undefined {
  return entry !== undefined && spanCovers(entry.span, momentOf(at)) !== "no" ? entry : undefined;
}

/** Findings for a refusal or false information: the person was subject to an order at the time. */
function personFindings(entry: OrderEntry | undefined, at: ParsedWhen, paths: IncidentPaths, law: OffenceLaw): Finding[] {
  if (entry === undefined) return [decide("incident.subject", "no", "no-order", {}, law.subject)];
  return inForceFindings(entry.order, at, { order: entry.path, at: joinPath(paths.incident, "at") });
}

const NOTIFICATION_OFFENCE: Record<Obligation["kind"], OffenceId> = {
  initial: "failure-to-notify-initial",
  "new-name": "failure-to-notify-new-name",
  "new-address": "failure-to-notify-new-address",
};

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

/** The offence id an incident would be. */
export { offenceFor };

/** An incident as it may appear in a case file: naming its order, perhaps. */
export type ResolvableIncident = Incident & { orderId?: string | undefined };

/** An incident's classification, with the order it was read against (when one was found). */
export interface ClassifiedIncident {
  assessment: Assessment<OffenceClassification | null>;
  entry: OrderEntry | undefined;
}

/**
 * The findings and classification for an incident already validated and not after `asOf`, resolved against the
 * history (by `orderId` when given).
 */
export function classifyIncident(
  incident: ResolvableIncident,
  context: IncidentContext,
  convictedOn: LocalDate | undefined,
  paths: IncidentPaths,
  known?: KnownDuty,
): Assessment<OffenceClassification | null> {
  return classifyWithOrder(incident, context, convictedOn, paths, known).assessment;
}

/** As {@link classifyIncident}, also saying which order the incident was read against. */
export function classifyWithOrder(
  incident: ResolvableIncident,
  context: IncidentContext,
  convictedOn: LocalDate | undefined,
  paths: IncidentPaths,
  known?: KnownDuty,
): ClassifiedIncident {
  const at = parseWhen(incidentWhen(incident));
  const { history } = context;
  const law = offenceLaw(history.jurisdiction);
  const named = incident.orderId === undefined ? undefined : history.byId.get(incident.orderId);
  let findings: Finding[];
  let entry: OrderEntry | undefined;
  switch (incident.type) {
    case "term-breached": {
      const resolution: Resolution = named !== undefined ? { entry: named } : resolveTermBreach(history, incident.termId, at, joinPath(paths.incident, "orderId"), joinPath(paths.incident, "termId"));
      entry = "entry" in resolution ? resolution.entry : undefined;
      findings = termBreachFindings(incident, resolution, at, paths, law);
      break;
    }
    case "notification-failure": {
      const found = known ?? failedDuty(incident, context, paths, law);
      entry = found.entry;
      findings = notificationFailureFindings(incident, paths, found, law);
      break;
    }
    case "refused-fingerprints-or-photographs": {
      const checked = named ?? resolvePerson(history, at);
      entry = named ?? inEffectOrUndefined(checked, at);
      findings = [
        ...personFindings(checked, at, paths, law),
        excuseFinding("fingerprints.reasonable-excuse", incident.reasonableExcuse, joinPath(paths.incident, "reasonableExcuse"), law.fingerprints),
      ];
      break;
    }
    case "false-information": {
      const knew: Verdict = incident.knewFalse === true ? "yes" : incident.knewFalse === false ? "no" : "unknown";
      const checked = named ?? resolvePerson(history, at);
      entry = named ?? inEffectOrUndefined(checked, at);
      findings = [
        ...personFindings(checked, at, paths, law),
        decide("false-information.knowledge", knew, knew === "yes" ? "knew" : knew === "no" ? "not-shown" : "undecided", {}, law.falseInformation, knew === "unknown" ? [joinPath(paths.incident, "knewFalse")] : []),
      ];
      break;
    }
  }
  const commencement = law.commencement(at.date);
  if (commencement !== null) findings.push(commencement);
  // No offence: the penalty that would apply is beside the point, and the value is null.
  if (verdictOfFindings(findings) === "no") return { assessment: assess(findings, null), entry };
  const offence = offenceById(offenceFor(incident), law.jurisdiction);
  const sentence = law.sentence({ incident, offence, on: at.date, asOf: context.asOf, convictedOn, entry });
  findings.push(...sentence.findings);
  // The verdict is yes or unknown here, and the classification is the value.
  const assessment = assess<OffenceClassification | null>(findings, classificationOf(offence, sentence.summary));
  return { assessment, entry };
}

/**
 * A fresh classification of `offence` with the summary maximum that applies. Written out field by field, in the
 * catalogue's order, rather than with a rest and a spread, which are slow on Node 20 (src/core/objects.ts).
 */
function classificationOf(offence: Offence, summary: OffenceClassification["maximum"]["summary"]): OffenceClassification {
  return {
    offence: offence.offence,
    title: offence.title,
    provisions: offence.provisions.slice(),
    pnldCode: offence.pnldCode,
    cjsCode: offence.cjsCode,
    modeOfTrial: offence.modeOfTrial,
    conditionalDischargeAvailable: offence.conditionalDischargeAvailable,
    continuing: offence.continuing,
    sentencingGuideline: offence.sentencingGuideline,
    maximum: { summary, indictment: { custodyYears: offence.maximumOnIndictment.custodyYears, fine: offence.maximumOnIndictment.fine } },
  };
}

/** The incident a duty overdue at `asOf` amounts to: the first day of failure is the day after its last day. */
export function failureIncident(o: Obligation): Extract<Incident, { type: "notification-failure" }> & { orderId?: string } {
  const incident: Extract<Incident, { type: "notification-failure" }> & { orderId?: string } = {
    type: "notification-failure",
    obligation: o.kind,
    firstFailedOn: addDays(o.lastDay as string, 1),
    reasonableExcuse: null,
  };
  if (o.orderId !== undefined) incident.orderId = o.orderId;
  return incident;
}

/** Re-exported for the renderers: a readable name for an order. */
export { describeOrder };
