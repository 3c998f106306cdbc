/**
 * Notification requirements (SPA 2019 s.9) and how notifications are given (s.10): the person's duties over a
 * whole history, the typed `assessNotification`, and identification requests (s.10(5)–(6)).
 */
export { notificationPeriod } from "../../core/calendar";
export { assessNotification, TYPED_RECORD_PATHS } from "./assess";
export { personDuties, type NotificationParts, type PersonDuties } from "./duties";
export { assessIdentificationRequest, IdentificationRequestSchema, type IdentificationRequest } from "./identification";
export { obligationFinding, type Obligation, type ObligationStatus } from "./obligation";
export type { RecordPaths } from "./method";
