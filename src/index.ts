/**
 * stalking-protection-orders: the Stalking Protection Act 2019 (England and Wales) and the Protection from Stalking
 * Act (Northern Ireland) 2022 as typed, three-valued, explainable rules. Every export is named; nothing here has side
 * effects.
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 * @see https://www.legislation.gov.uk/nia/2022/17
 */
export { and, not, or, verdictOf, VERDICTS, type Verdict } from "./core/verdict";
export {
  spa,
  statutoryInstrument,
  otherAct,
  practice,
  COMMENCEMENT_CITATION,
  PHA_2A_CITATION,
  SOA_PART_2_CITATION,
  type Citation,
} from "./core/citation";
export { type Assessment, type Finding } from "./core/assessment";
export { missingInputs, verdictOfFindings } from "./core/builders";
export { isSpoInputError, SpoInputError, parseInput, type InputIssue } from "./core/errors";
export { MAX_ARRAY_ITEMS, MAX_ISSUES, MAX_STRING_LENGTH, MAX_VALUES } from "./core/limits";
export {
  addDays,
  ageOn,
  anniversary,
  daysBeginningWith,
  daysBetween,
  FIRST_YEAR,
  LAST_YEAR,
  londonDate,
  minimumFixedPeriodLastDay,
  notificationPeriod,
  yearsBeginningWith,
  type Instant,
  type LocalDate,
  type Period,
  type When,
} from "./core/calendar";
export {
  InstantSchema,
  LocalDateSchema,
  WhenSchema,
} from "./core/date-schemas";
export {
  FORCE_IDS,
  FORCES,
  getForce,
  hasRank,
  RANKS,
  rankAtLeast,
  TERRITORIAL_FORCE_IDS,
  type Force,
  type ForceId,
  type Rank,
  type TerritorialForceId,
} from "./model/forces";
export { explain, explainAgenda, type ExplainOptions } from "./output/explain";
export { toICalendar, type ICalendarOptions } from "./output/ical";
export { englishMessages, RULE_IDS, TEXT_IDS, type Messages, type ParamValue, type Params, type RuleId, type TextId, type VariantOf } from "./messages";
export {
  ACT_KINDS,
  ActSchema,
  ApplicantInputSchema,
  ApplicantSchema,
  ApplicationInputSchema,
  CaseFileSchema,
  DischargeRequestSchema,
  ForceSchema,
  GroundsInputSchema,
  IncidentSchema,
  NotificationEventSchema,
  NotificationInputSchema,
  NotificationRecordSchema,
  OBLIGATION_KINDS,
  OrderSchema,
  PlaceSchema,
  PolicySchema,
  TermSchema,
  VariationRequestSchema,
  CaseIncidentSchema,
  CaseDischargeSchema,
  SexOffenderNotificationSchema,
  type Act,
  type Applicant,
  type ApplicantInput,
  type ApplicationInput,
  type CaseFile,
  type DischargeRequest,
  type GroundsInput,
  type Incident,
  type NotificationEvent,
  type NotificationInput,
  type NotificationRecord,
  type Order,
  type Place,
  type Policy,
  type Term,
  type VariationRequest,
  type CaseIncident,
  type CaseDischarge,
  type SexOffenderNotification,
} from "./model/schemas";
export { COMMENCEMENT_DATE } from "./law/commencement";
export {
  assessApplicant,
  assessApplication,
  isEligibleApplicant,
  policies,
  policyNamed,
  type Court,
} from "./law/application";
export { assessGrounds } from "./law/grounds";
export { assessOrder, type AssessOrderOptions } from "./law/order";
export { orderInForce, termInForce } from "./law/in-force";
export { interimVariationApplicants } from "./law/interim";
export { assessDischarge, assessVariation, dischargeLockLastDay } from "./law/discharge";
export { appealRights, AppealDecisionSchema, type AppealDecision, type AppealRight } from "./law/appeals";
export {
  assessIdentificationRequest,
  assessNotification,
  IdentificationRequestSchema,
  type IdentificationRequest,
  type Obligation,
  type ObligationStatus,
} from "./law/notification";
export {
  BREACH_GUIDELINE,
  classifyBreach,
  classifyNotificationFailures,
  OFFENCES,
  offenceById,
  type SummaryFine,
  type ClassifyOptions,
  type NotificationFailure,
  type Offence,
  type OffenceClassification,
  type OffenceId,
} from "./law/offences";
export {
  SUMMARY_LIMITS_BY_CONVICTION,
  summaryCustodyLimit,
  SummaryLimitInputSchema,
  TWELVE_MONTH_OFFENCES_FROM,
  type SummaryCustodyMonths,
  type SummaryLimitInput,
} from "./law/penalties";
export { NI_OFFENCES } from "./law/ni/offences";
export {
  NI_INDICTMENT_MAXIMUM,
  NI_SUMMARY_MAXIMUM,
  niSummaryCustodyLimit,
  NiSummaryLimitInputSchema,
  type NiSummaryLimitInput,
} from "./law/ni/penalties";
export {
  agenda,
  DEADLINE_KINDS,
  evaluateCase,
  KEY_DATE_KINDS,
  type AgendaItem,
  type CaseReport,
  type EvaluateOptions,
  type EvaluateResult,
  type Jurisdiction,
  type KeyDate,
  type KeyDateKind,
  type OrderReport,
} from "./case";
