/**
 * `stalking-protection-orders/json-schema`: JSON Schemas of the input schemas and of the report, for systems that do
 * not use TypeScript. The build writes each to `schema/<name>.json` in the package; `spo schema <name>` prints one.
 * An entry of its own, so the JSON Schema generator stays out of browser bundles of the main entry. Refinements that zod checks in code
 * (real calendar days, cross-field rules) cannot be expressed in JSON Schema: validate with the library for those.
 */
import { deepFreeze } from "./core/freeze";
import * as z from "zod/mini";
import { inputError } from "./core/errors";
import { AppealDecisionSchema } from "./law/appeals";
import { IdentificationRequestSchema } from "./law/notification";
import {
  ApplicantInputSchema,
  ApplicationInputSchema,
  CaseFileSchema,
  DischargeRequestSchema,
  VariationRequestSchema,
  GroundsInputSchema,
  IncidentSchema,
  NotificationInputSchema,
  OrderSchema,
  PolicySchema,
} from "./model/schemas";
import { CaseReportSchema, EvaluateResultSchema } from "./case/report-schema";

/** Every input schema, by its kebab-case name. */
export const INPUT_SCHEMAS = Object.freeze({
  "case-file": CaseFileSchema,
  "applicant-input": ApplicantInputSchema,
  "grounds-input": GroundsInputSchema,
  "application-input": ApplicationInputSchema,
  order: OrderSchema,
  "notification-input": NotificationInputSchema,
  incident: IncidentSchema,
  "discharge-request": DischargeRequestSchema,
  "variation-request": VariationRequestSchema,
  "appeal-decision": AppealDecisionSchema,
  "identification-request": IdentificationRequestSchema,
  policy: PolicySchema,
} as const);

/** Every output schema, by its kebab-case name: what `evaluateCase` returns. */
export const OUTPUT_SCHEMAS = Object.freeze({
  "case-report": CaseReportSchema,
  "evaluate-result": EvaluateResultSchema,
} as const);

/** The name of an input or output schema, e.g. `"case-file"` or `"case-report"`. */
export type SchemaName = keyof typeof INPUT_SCHEMAS | keyof typeof OUTPUT_SCHEMAS;

/** The names of every schema: the inputs, then the outputs. */
export const SCHEMA_NAMES = deepFreeze([...Object.keys(INPUT_SCHEMAS), ...Object.keys(OUTPUT_SCHEMAS)] as SchemaName[]);

/**
 * The JSON Schema (draft 2020-12) of an input schema, generated with zod's `z.toJSONSchema`.
 * @example jsonSchema("case-file").title // "stalking-protection-orders case-file"
 * @throws SpoInputError for a name that is not one of {@link SCHEMA_NAMES}
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  if (typeof name !== "string") return inputError("name", `must be one of: ${SCHEMA_NAMES.join(", ")}`);
  let schema: Record<string, unknown>;
  if (Object.hasOwn(INPUT_SCHEMAS, name)) {
    schema = z.toJSONSchema(INPUT_SCHEMAS[name as keyof typeof INPUT_SCHEMAS], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  } else if (Object.hasOwn(OUTPUT_SCHEMAS, name)) {
    schema = z.toJSONSchema(OUTPUT_SCHEMAS[name as keyof typeof OUTPUT_SCHEMAS], { io: "output", reused: "ref" }) as Record<string, unknown>;
  } else {
    return inputError("name", `must be one of: ${SCHEMA_NAMES.join(", ")}`);
  }
  return { ...schema, title: `stalking-protection-orders ${name}` };
}
