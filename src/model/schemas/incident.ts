/**
 * Incidents: something that may be an offence under s.8 (breach of an order) or s.11 (notification).
 * In a case file an incident may name its order and carry its own conviction date.
 */
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import { IdSchema, JudgementSchema } from "./common";
import { OBLIGATION_KINDS } from "./notification";

const branches = {
  "term-breached": {
    type: z.literal("term-breached"),
    termId: IdSchema,
    at: WhenSchema,
    reasonableExcuse: JudgementSchema,
    description: z.optional(z.string()),
  },
  "notification-failure": {
    type: z.literal("notification-failure"),
    obligation: z.enum(OBLIGATION_KINDS),
    firstFailedOn: LocalDateSchema,
    reasonableExcuse: JudgementSchema,
    description: z.optional(z.string()),
  },
  "refused-fingerprints-or-photographs": {
    type: z.literal("refused-fingerprints-or-photographs"),
    at: WhenSchema,
    reasonableExcuse: JudgementSchema,
    description: z.optional(z.string()),
  },
  "false-information": {
    type: z.literal("false-information"),
    at: WhenSchema,
    knewFalse: JudgementSchema,
    description: z.optional(z.string()),
  },
} as const;

/** Something that may be an offence under s.8 or s.11. */
export const IncidentSchema = z.discriminatedUnion("type", [
  strictObject(branches["term-breached"]),
  strictObject(branches["notification-failure"]),
  strictObject(branches["refused-fingerprints-or-photographs"]),
  strictObject(branches["false-information"]),
]);

/** What a case file may add to an incident: the order it concerns, and a conviction date of its own. */
const inCase = { orderId: z.optional(IdSchema), convictedOn: z.optional(LocalDateSchema) };

/** An incident in a case file: an {@link IncidentSchema} incident that may name its order and conviction date. */
export const CaseIncidentSchema = z.discriminatedUnion("type", [
  strictObject({ ...branches["term-breached"], ...inCase }),
  strictObject({ ...branches["notification-failure"], ...inCase }),
  strictObject({ ...branches["refused-fingerprints-or-photographs"], ...inCase }),
  strictObject({ ...branches["false-information"], ...inCase }),
]);

/** An incident that may be an offence. */
export type Incident = z.output<typeof IncidentSchema>;
/** An incident in a case file. */
export type CaseIncident = z.output<typeof CaseIncidentSchema>;

/** When an incident happened, as a `When` (a notification failure's first day of failure). */
export function incidentWhen(incident: Incident): string {
  return incident.type === "notification-failure" ? incident.firstFailedOn : incident.at;
}

/** The field that dates an incident. */
export function incidentWhenField(incident: Incident): "firstFailedOn" | "at" {
  return incident.type === "notification-failure" ? "firstFailedOn" : "at";
}
