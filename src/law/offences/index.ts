/**
 * Offences (SPA 2019 s.8, s.11; PfS(NI)A 2022 s.13, s.16): the catalogues with their charge codes, and
 * classification of incidents.
 */
export { BREACH_GUIDELINE, OFFENCES, offenceById, type Offence, type OffenceClassification, type OffenceId, type SummaryFine } from "./catalogue";
export { NI_OFFENCES } from "../ni/offences";
export { classifyIncident, classifyWithOrder, failureIncident, offenceFor, type ClassifiedIncident, type IncidentContext, type IncidentPaths, type KnownDuty, type ResolvableIncident } from "./classify";
export { afterAsOf, classifyBreach, classifyNotificationFailures, notificationFailuresOf, type ClassifyOptions, type NotificationFailure } from "./typed";
