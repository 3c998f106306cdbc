/**
 * Applications: the applicant, force policies, the grounds and the application as a whole (SPA 2019 s.1, s.14).
 */
import { deepFreeze } from "../../core/freeze";
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { tryParseWhen } from "../../core/calendar";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import { FORCE_IDS, getForce, RankSchema } from "../forces";
import { ForceSchema, IdSchema, JudgementSchema, PlaceSchema, type Ctx } from "./common";
import { JURISDICTIONS } from "../../core/jurisdiction";

/** The officer making the application on the chief officer's behalf. */
export const ApplicantSchema = strictObject({
    force: ForceSchema,
    rank: RankSchema,
    bcu: z.optional(IdSchema),
  }).check(z.superRefine((applicant, ctx) => {
    const force = FORCE_IDS.includes(applicant.force) ? getForce(applicant.force) : undefined;
    if (force !== undefined && !force.ranks.includes(applicant.rank)) {
      ctx.addIssue({ code: "custom", path: ["rank"], message: `is not a rank in ${force.name}` });
    }
  }));

const placesShape = {
  residesIn: z.optional(PlaceSchema),
  believedToBeIn: z.optional(PlaceSchema),
  intendsToComeTo: z.optional(PlaceSchema),
};

/** Input of `assessApplicant`. */
export const ApplicantInputSchema = strictObject({
  applicant: ApplicantSchema,
  defendant: strictObject({ id: z.optional(IdSchema), dateOfBirth: z.optional(LocalDateSchema), ...placesShape }),
});

/** A force policy for who may apply on the chief officer's behalf: plain data, so a force can define its own. */
export const PolicySchema = strictObject({
  name: IdSchema,
  minimumRank: z.optional(RankSchema),
  requireSameBcu: z.boolean(),
  citation: z.optional(strictObject({ source: IdSchema, provision: z.string(), label: IdSchema, url: z.optional(z.string()) })),
});

/**
 * The kinds of act a record can give: the illustrative kinds of PHA 1997 s.2A(3), the two further kinds of the
 * Northern Ireland Act's closed list (`entering-premises`, `giving-or-leaving`: PfS(NI)A 2022 s.6(2)(e), (h)),
 * and `other`. In England and Wales the two Northern Ireland kinds, like `other`, count only when judged to be
 * associated with stalking.
 */
export const ACT_KINDS = deepFreeze([
  "following",
  "contacting",
  "publishing",
  "monitoring-communications",
  "loitering",
  "interfering-with-property",
  "watching-or-spying",
  "entering-premises",
  "giving-or-leaving",
  "other",
] as const);

/** The kinds PHA 1997 s.2A(3) gives as examples of acts associated with stalking (England and Wales). */
export const PHA_ACT_KINDS: readonly (typeof ACT_KINDS)[number][] = deepFreeze([
  "following",
  "contacting",
  "publishing",
  "monitoring-communications",
  "loitering",
  "interfering-with-property",
  "watching-or-spying",
]);

/** An act (or omission, SPA 2019 s.14) by the defendant. */
export const ActSchema = strictObject({
  kind: z.enum(ACT_KINDS),
  on: z.optional(WhenSchema),
  where: z.optional(z.string()),
  against: z.optional(z.string()),
  description: z.optional(z.string()),
  associatedWithStalking: JudgementSchema,
});

const groundsShape = {
  acts: z.array(ActSchema),
  risk: strictObject({
    to: z.optional(z.array(IdSchema)),
    harm: z.optional(z.array(z.enum(["physical", "psychological"]))),
    judged: JudgementSchema,
  }),
  necessity: strictObject({
    toProtect: z.optional(z.array(IdSchema)),
    judged: JudgementSchema,
  }),
};

function actsNotAfter(acts: readonly { on?: string | undefined }[], limit: string | undefined, ctx: Ctx, path: PropertyKey[], label: string): void {
  const end = tryParseWhen(limit);
  if (end === null) return;
  acts.forEach((act, i) => {
    const on = tryParseWhen(act.on);
    if (on !== null && on.date > end.date) {
      ctx.addIssue({ code: "custom", path: [...path, i, "on"], message: `is after ${label} (${end.date})` });
    }
  });
}

/** Input of `assessGrounds`. */
export const GroundsInputSchema = strictObject({
    stage: z.enum(["application", "court"]),
    assessedOn: z.optional(LocalDateSchema),
    defendantId: IdSchema,
    /** Whose Act's grounds (default England and Wales); an application takes it from the applying force. */
    jurisdiction: z.optional(z.enum(JURISDICTIONS)),
    ...groundsShape,
  }).check(z.superRefine((g, ctx) => actsNotAfter(g.acts, g.assessedOn, ctx, ["acts"], "the assessment date")));

/** Input of `assessApplication`: the application as made to the magistrates' court. */
export const ApplicationInputSchema = strictObject({
    madeOn: LocalDateSchema,
    applicant: ApplicantSchema,
    defendant: strictObject({ id: IdSchema, dateOfBirth: z.optional(LocalDateSchema), ...placesShape }),
    grounds: strictObject(groundsShape),
  }).check(z.superRefine((a, ctx) => {
    actsNotAfter(a.grounds.acts, a.madeOn, ctx, ["grounds", "acts"], "the application date");
    const born = tryParseWhen(a.defendant.dateOfBirth);
    const made = tryParseWhen(a.madeOn);
    if (born !== null && made !== null && born.date > made.date) {
      ctx.addIssue({ code: "custom", path: ["defendant", "dateOfBirth"], message: "is after the application date" });
    }
  }));

/** Names of the built-in policies, usable in a case file instead of a policy object. */
export const POLICY_NAMES = deepFreeze(["statutory", "superintendent-in-bcu", "metropolitan"] as const);

/** The officer making an application. */
export type Applicant = z.output<typeof ApplicantSchema>;
/** Input of `assessApplicant`. */
export type ApplicantInput = z.output<typeof ApplicantInputSchema>;
/** A force policy for applications. */
export type Policy = z.output<typeof PolicySchema>;
/** An act associated with stalking. */
export type Act = z.output<typeof ActSchema>;
/** Input of `assessGrounds`. */
export type GroundsInput = z.output<typeof GroundsInputSchema>;
/** Input of `assessApplication`. */
export type ApplicationInput = z.output<typeof ApplicationInputSchema>;
