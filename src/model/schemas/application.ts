/**
 * Applications: the applicant, force policies, the grounds and the application as a whole (SPA 2019 s.1, s.14).
 */
import { deepFreeze } from "../../core/freeze";
import { z } from "zod";
import { LocalDateSchema, tryParseWhen, WhenSchema } from "../../core/calendar";
import { FORCE_IDS, getForce, RankSchema } from "../forces";
import { ForceSchema, IdSchema, JudgementSchema, PlaceSchema, type Ctx } from "./common";
import { JURISDICTIONS } from "../../core/jurisdiction";

/** The officer making the application on the chief officer's behalf. */
export const ApplicantSchema = z
  .strictObject({
    force: ForceSchema,
    rank: RankSchema,
    bcu: IdSchema.optional(),
  })
  .superRefine((applicant, ctx) => {
    const force = FORCE_IDS.includes(applicant.force) ? getForce(applicant.force) : undefined;
    if (force !== undefined && !force.ranks.includes(applicant.rank)) {
      ctx.addIssue({ code: "custom", path: ["rank"], message: `is not a rank in ${force.name}` });
    }
  });

const placesShape = {
  residesIn: PlaceSchema.optional(),
  believedToBeIn: PlaceSchema.optional(),
  intendsToComeTo: PlaceSchema.optional(),
};

/** Input of `assessApplicant`. */
export const ApplicantInputSchema = z.strictObject({
  applicant: ApplicantSchema,
  defendant: z.strictObject({ id: IdSchema.optional(), dateOfBirth: LocalDateSchema.optional(), ...placesShape }),
});

/** A force policy for who may apply on the chief officer's behalf: plain data, so a force can define its own. */
export const PolicySchema = z.strictObject({
  name: IdSchema,
  minimumRank: RankSchema.optional(),
  requireSameBcu: z.boolean(),
  citation: z
    .strictObject({ source: IdSchema, provision: z.string(), label: IdSchema, url: z.string().optional() })
    .optional(),
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
export const ActSchema = z.strictObject({
  kind: z.enum(ACT_KINDS),
  on: WhenSchema.optional(),
  where: z.string().optional(),
  against: z.string().optional(),
  description: z.string().optional(),
  associatedWithStalking: JudgementSchema,
});

const groundsShape = {
  acts: z.array(ActSchema),
  risk: z.strictObject({
    to: z.array(IdSchema).optional(),
    harm: z.array(z.enum(["physical", "psychological"])).optional(),
    judged: JudgementSchema,
  }),
  necessity: z.strictObject({
    toProtect: z.array(IdSchema).optional(),
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
export const GroundsInputSchema = z
  .strictObject({
    stage: z.enum(["application", "court"]),
    assessedOn: LocalDateSchema.optional(),
    defendantId: IdSchema,
    /** Whose Act's grounds (default England and Wales); an application takes it from the applying force. */
    jurisdiction: z.enum(JURISDICTIONS).optional(),
    ...groundsShape,
  })
  .superRefine((g, ctx) => actsNotAfter(g.acts, g.assessedOn, ctx, ["acts"], "the assessment date"));

/** Input of `assessApplication`: the application as made to the magistrates' court. */
export const ApplicationInputSchema = z
  .strictObject({
    madeOn: LocalDateSchema,
    applicant: ApplicantSchema,
    defendant: z.strictObject({ id: IdSchema, dateOfBirth: LocalDateSchema.optional(), ...placesShape }),
    grounds: z.strictObject(groundsShape),
  })
  .superRefine((a, ctx) => {
    actsNotAfter(a.grounds.acts, a.madeOn, ctx, ["grounds", "acts"], "the application date");
    const born = tryParseWhen(a.defendant.dateOfBirth);
    const made = tryParseWhen(a.madeOn);
    if (born !== null && made !== null && born.date > made.date) {
      ctx.addIssue({ code: "custom", path: ["defendant", "dateOfBirth"], message: "is after the application date" });
    }
  });

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
