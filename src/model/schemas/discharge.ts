/**
 * Requests to discharge or vary an order (SPA 2019 s.4; s.5(7)–(8) for interim orders; in Northern Ireland
 * PfS(NI)A 2022 s.10 and s.11(7)–(8)). The defendant's area and a chief officer's belief about it decide who is a
 * relevant chief officer in England and Wales only; for a Northern Ireland order they are ignored, with an
 * informative finding, rather than refused (they are not wrong, only beside the point there).
 */
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { LocalDateSchema } from "../../core/date-schemas";
import { ForceSchema, JudgementSchema, PlaceForceSchema } from "./common";
import { OrderSchema, TermSchema } from "./order";

/**
 * Who applies: the defendant, or a chief officer (with whether they believe the defendant is in or coming to their
 * area — England and Wales only).
 */
export const AppliedBySchema = z.discriminatedUnion("role", [
  strictObject({ role: z.literal("defendant") }),
  strictObject({ role: z.literal("chief-officer"), force: ForceSchema, believesDefendantInArea: JudgementSchema }),
]);

/** A request to discharge an order, without the order itself (s.4). */
export const DischargeRequestShape = Object.freeze({
  on: LocalDateSchema,
  appliedBy: AppliedBySchema,
  consents: strictObject({
    defendant: JudgementSchema,
    chiefOfficers: z.optional(z.array(ForceSchema)),
  }),
  defendantResidesIn: z.optional(PlaceForceSchema),
});

/** Input of `assessDischarge`. */
export const DischargeRequestSchema = strictObject({ order: OrderSchema, ...DischargeRequestShape });

/** A request to vary a full or interim order. */
export const VariationRequestSchema = strictObject({
  order: OrderSchema,
  on: LocalDateSchema,
  appliedBy: AppliedBySchema,
  defendantResidesIn: z.optional(PlaceForceSchema),
  addedTerms: z.optional(z.array(TermSchema)),
  necessary: z.optional(z.nullable(z.boolean())),
});

/** Input of `assessDischarge`. */
export type DischargeRequest = z.output<typeof DischargeRequestSchema>;
/** Input of `assessVariation`. */
export type VariationRequest = z.output<typeof VariationRequestSchema>;
