/**
 * Offences (SPA 2019 s.8, s.11): the catalogue with its charge codes, and classification of incidents.
 */
export { BREACH_GUIDELINE, OFFENCES, offenceById, type Offence, type OffenceClassification, type OffenceId } from "./catalogue";
export { classifyIncident, classifyWithOrder, failureIncident, offenceFor, type ClassifiedIncident, type IncidentContext, type IncidentPaths, type KnownDuty, type ResolvableIncident } from "./classify";
export { afterAsOf, classifyBreach, classifyNotificationFailures, notificationFailuresOf, type ClassifyOptions, type NotificationFailure } from "./typed";
