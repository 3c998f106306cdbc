/**
 * The whole case: a history of orders evaluated as at `asOf` into one report with its key dates and agenda.
 */
export { agendaOf as agenda } from "./agenda";
export { evaluateCase } from "./evaluate";
export {
  DEADLINE_KINDS,
  KEY_DATE_KINDS,
  type AgendaItem,
  type CaseReport,
  type EvaluateOptions,
  type EvaluateResult,
  type Jurisdiction,
  type KeyDate,
  type KeyDateKind,
  type OrderReport,
} from "./report";
