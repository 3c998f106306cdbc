/**
 * The input shapes, as zod schemas: the single public boundary where structure and impossible values are
 * caught (an input error), as opposed to what the law forbids but a record can contain (a verdict `no`).
 * Cross-field checks that are about structure (a time that contradicts its date, an act dated after the
 * assessment, an id that names no order) live beside the shapes, so `evaluateCase` and the typed API report
 * them the same way.
 */
import type * as z from "zod/mini";
import type { PlaceSchema } from "./common";

export { CourtAreaSchema, ForceSchema, IdSchema, JudgementSchema, MAX_ID_LENGTH, MAX_NAME_LENGTH, NameSchema, PlaceForceSchema, PlaceSchema } from "./common";
export {
  ACT_KINDS,
  PHA_ACT_KINDS,
  ActSchema,
  ApplicantInputSchema,
  ApplicantSchema,
  ApplicationInputSchema,
  GroundsInputSchema,
  POLICY_NAMES,
  PolicySchema,
  type Act,
  type Applicant,
  type ApplicantInput,
  type ApplicationInput,
  type GroundsInput,
  type Policy,
} from "./application";
export { DurationSchema, OrderSchema, replacesInterim, TermSchema, type Order, type Term } from "./order";
export {
  NotificationEventSchema,
  NotificationInputSchema,
  notificationPartsShape,
  NotificationRecordSchema,
  OBLIGATION_KINDS,
  SexOffenderNotificationSchema,
  EXEMPTION_SCHEMES,
  forceJurisdiction,
  type NotificationEvent,
  type NotificationInput,
  type NotificationRecord,
  type SexOffenderNotification,
} from "./notification";
export { CaseIncidentSchema, IncidentSchema, incidentWhen, incidentWhenField, type CaseIncident, type Incident } from "./incident";
export {
  AppliedBySchema,
  DischargeRequestSchema,
  DischargeRequestShape,
  VariationRequestSchema,
  type DischargeRequest,
  type VariationRequest,
} from "./discharge";
export { CaseDischargeSchema, CaseFileSchema, caseJurisdiction, caseOrders, type CaseDischarge, type CaseFile } from "./case-file";

/** A police area and optional BCU. */
export type Place = z.output<typeof PlaceSchema>;
