/**
 * Building blocks shared by every input schema: identifiers, judgements, forces and places, and the same-day
 * cross-check for a day recorded beside an instant.
 */
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { tryParseWhen } from "../../core/calendar";
import { FORCE_IDS, PSNI, TERRITORIAL_FORCE_IDS } from "../forces";

/** A refinement context, for the cross-field checks of the schemas. */
export type Ctx = z.core.$RefinementCtx;

/** The longest identifier accepted (an order, a term, a person, a BCU): longer is a data-entry error. */
export const MAX_ID_LENGTH = 200;
/** The longest name or address accepted. */
export const MAX_NAME_LENGTH = 1_000;

/** A non-empty identifier: an order's or a term's id, a person's reference, a BCU. */
export const IdSchema = z.string().check(z.minLength(1, "must not be empty")).check(z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters long`));

/** A non-empty name or address, as the person gives it. */
export const NameSchema = z.string().check(z.minLength(1, "must not be empty")).check(z.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH.toLocaleString("en-GB")} characters long`));

/** A human judgement: `true`, `false`, or `null`/absent while undecided. */
export const JudgementSchema = z.optional(z.nullable(z.boolean()));

/** One of the 46 forces whose chief officer may apply (SPA 2019 s.14; PfS(NI)A 2022 s.7(2)). */
export const ForceSchema = z.enum(FORCE_IDS, {
  error: `must be one of the ${FORCE_IDS.length} force ids in FORCES, e.g. "kent" or "${PSNI}"`,
});

/**
 * Where a person is: a police area of England and Wales (one of the 43 territorial forces), Northern Ireland
 * (the PSNI's area, `"police-service-of-northern-ireland"`), or `"outside-england-and-wales"` for anywhere else.
 */
export const PlaceForceSchema = z.enum([...TERRITORIAL_FORCE_IDS, PSNI, "outside-england-and-wales"], {
  error: `must be a territorial force id (a police area), "${PSNI}" (Northern Ireland) or "outside-england-and-wales"`,
});

/** The police area of the magistrates' court that made an order: always one of the 43 (courts sit in England and Wales). */
export const CourtAreaSchema = z.enum(TERRITORIAL_FORCE_IDS, {
  error: "must be a territorial force id: the police area the magistrates' court is in",
});

/** Where the defendant is: a police area and, optionally, the Basic Command Unit within it. */
export const PlaceSchema = strictObject({
  force: PlaceForceSchema,
  bcu: z.optional(IdSchema),
});

/** Checks that an optional instant falls on the London day recorded beside it. */
export function sameDay(day: unknown, at: unknown, ctx: Ctx, atPath: PropertyKey[], label: string): void {
  const d = tryParseWhen(day);
  const a = tryParseWhen(at);
  if (d !== null && a !== null && d.date !== a.date) {
    ctx.addIssue({ code: "custom", path: atPath, message: `falls on ${a.date} in London, not on ${label} ${d.date}` });
  }
}
