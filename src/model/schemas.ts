/**
 * The input shapes, as zod schemas: the single public boundary where structure and impossible values are
 * caught (law page "Input error or legal no"). Cross-field checks that are about structure (a time that
 * contradicts its date, an act dated after the assessment) live here too, so `evaluateCase` and the typed
 * API report them the same way. What the law forbids but a record can contain is not checked here: the
 * rules answer `"no"` for it, with a citation.
 */
import { z } from "zod";
import { LocalDateSchema, tryParseWhen, WhenSchema } from "../core/calendar";
import { FORCE_IDS, getForce, RankSchema, TERRITORIAL_FORCE_IDS } from "./forces";

type Ctx = z.core.$RefinementCtx;

/** A non-empty identifier or name. */
const IdSchema = z.string().min(1, "must not be empty");
/** A human judgement: `true`, `false`, or `null`/absent while undecided. */
const JudgementSchema = z.boolean().nullable().optional();

/** One of the 45 forces whose chief officer may apply (SPA 2019 s.14). */
export const ForceSchema = z.enum(FORCE_IDS, {
  error: "is not a chief officer of police in England and Wales (see FORCES for the 45 ids)",
});

/** A police area (one of the 43 territorial forces) or `"outside-england-and-wales"`. */
export const PlaceForceSchema = z.enum([...TERRITORIAL_FORCE_IDS, "outside-england-and-wales"], {
  error: 'must be a territorial force id (a police area) or "outside-england-and-wales"',
});

/** The police area of the magistrates' court that made an order: always one of the 43 (courts sit in England and Wales). */
export const CourtAreaSchema = z.enum(TERRITORIAL_FORCE_IDS, {
  error: "must be a territorial force id: the police area the magistrates' court is in",
});

/** Where the defendant is: a police area and, optionally, the Basic Command Unit within it. */
export const PlaceSchema = z.strictObject({
  force: PlaceForceSchema,
  bcu: IdSchema.optional(),
});

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

/** The illustrative kinds of act associated with stalking (PHA 1997 s.2A(3)), plus `other`. */
export const ACT_KINDS = [
  "following",
  "contacting",
  "publishing",
  "monitoring-communications",
  "loitering",
  "interfering-with-property",
  "watching-or-spying",
  "other",
] as const;

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

/** One prohibition or requirement of an order (SPA 2019 s.1(2)). */
export const TermSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(["prohibition", "requirement"]),
  text: z.string(),
  locality: z.string().optional(),
  lastDay: LocalDateSchema.optional(),
});

/** How long an order has effect: a fixed period ending on `lastDay`, or until a further order (s.3(1)). */
export const DurationSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("fixed"), lastDay: LocalDateSchema }),
  z.strictObject({ type: z.literal("until-further-order") }),
]);

/** Checks that an optional instant falls on the London day recorded beside it. */
function sameDay(day: unknown, at: unknown, ctx: Ctx, atPath: PropertyKey[], label: string): void {
  const d = tryParseWhen(day);
  const a = tryParseWhen(at);
  if (d !== null && a !== null && d.date !== a.date) {
    ctx.addIssue({ code: "custom", path: atPath, message: `falls on ${a.date} in London, not on ${label} ${d.date}` });
  }
}

/** A full or interim stalking protection order (SPA 2019 s.2, s.3, s.5, s.6). */
export const OrderSchema = z
  .strictObject({
    id: IdSchema.optional(),
    kind: z.enum(["full", "interim"]),
    madeOn: LocalDateSchema,
    madeAt: WhenSchema.optional(),
    servedAt: WhenSchema.optional(),
    applicantForce: ForceSchema,
    courtArea: CourtAreaSchema.optional(),
    duration: DurationSchema,
    terms: z.array(TermSchema),
    replacesInterimOrder: z.boolean().optional(),
    mainApplicationDeterminedOn: LocalDateSchema.optional(),
    mainApplicationDeterminedAt: WhenSchema.optional(),
    dischargedOn: LocalDateSchema.optional(),
    dischargedAt: WhenSchema.optional(),
  })
  .superRefine((o, ctx) => {
    sameDay(o.madeOn, o.madeAt, ctx, ["madeAt"], "madeOn");
    sameDay(o.dischargedOn, o.dischargedAt, ctx, ["dischargedAt"], "dischargedOn");
    sameDay(o.mainApplicationDeterminedOn, o.mainApplicationDeterminedAt, ctx, ["mainApplicationDeterminedAt"], "mainApplicationDeterminedOn");
    if (o.kind === "interim" && o.replacesInterimOrder === true) {
      ctx.addIssue({ code: "custom", path: ["replacesInterimOrder"], message: "only a full order can replace an interim order" });
    }
    if (o.kind === "full" && (o.mainApplicationDeterminedOn !== undefined || o.mainApplicationDeterminedAt !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [o.mainApplicationDeterminedOn !== undefined ? "mainApplicationDeterminedOn" : "mainApplicationDeterminedAt"],
        message: "applies to interim orders only (a full order is itself the determination)",
      });
    }
  });

/** Sex-offender notification under SOA 2003 Part 2, which suspends SPA notification (s.9(5)–(7)). */
export const SexOffenderNotificationSchema = z.strictObject({
  subjectWhenOrderMade: z.boolean(),
  endedOn: LocalDateSchema.optional(),
});

/** Something that starts a notification duty: a name used, or a change of home address (s.9(3)–(4)). */
export const NotificationEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("name-used"), on: WhenSchema, name: IdSchema }),
  z.strictObject({
    type: z.literal("address-changed"),
    on: WhenSchema,
    address: IdSchema,
    policeArea: PlaceForceSchema.optional(),
  }),
]);

/** A notification the person gave at a police station (s.9, s.10). */
export const NotificationRecordSchema = z.strictObject({
  at: WhenSchema,
  names: z.array(IdSchema).optional(),
  homeAddress: IdSchema.optional(),
  homeAddressPoliceArea: PlaceForceSchema.optional(),
  station: z.strictObject({ force: ForceSchema }).optional(),
});

const notificationPartsShape = {
  sexOffenderNotification: SexOffenderNotificationSchema.optional(),
  events: z.array(NotificationEventSchema).optional(),
  notifications: z.array(NotificationRecordSchema).optional(),
};

function checkSexOffenderNotification(
  order: { madeOn: string } | undefined,
  son: { subjectWhenOrderMade: boolean; endedOn?: string | undefined } | undefined,
  ctx: Ctx,
  path: PropertyKey[],
): void {
  if (son?.endedOn === undefined) return;
  if (!son.subjectWhenOrderMade) {
    ctx.addIssue({ code: "custom", path: [...path, "endedOn"], message: "applies only when subjectWhenOrderMade is true" });
    return;
  }
  const made = tryParseWhen(order?.madeOn);
  const ended = tryParseWhen(son.endedOn);
  if (made !== null && ended !== null && ended.date < made.date) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "endedOn"],
      message: "is before the order was made, yet the person was subject when it was made",
    });
  }
}

/** Input of `assessNotification`. */
export const NotificationInputSchema = z
  .strictObject({ order: OrderSchema, asOf: WhenSchema, ...notificationPartsShape })
  .superRefine((n, ctx) => checkSexOffenderNotification(n.order, n.sexOffenderNotification, ctx, ["sexOffenderNotification"]));

/** The notification duties a person may fail (s.9(1), (3), (4)). */
export const OBLIGATION_KINDS = ["initial", "new-name", "new-address"] as const;

/** Something that may be an offence under s.8 or s.11. */
export const IncidentSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("term-breached"),
    termId: IdSchema,
    at: WhenSchema,
    reasonableExcuse: JudgementSchema,
    description: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("notification-failure"),
    obligation: z.enum(OBLIGATION_KINDS),
    firstFailedOn: LocalDateSchema,
    reasonableExcuse: JudgementSchema,
    description: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("refused-fingerprints-or-photographs"),
    at: WhenSchema,
    reasonableExcuse: JudgementSchema,
    description: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("false-information"),
    at: WhenSchema,
    knewFalse: JudgementSchema,
    description: z.string().optional(),
  }),
]);

/** A request to discharge a full order, without the order itself (s.4). */
export const DischargeRequestShape = {
  on: LocalDateSchema,
  appliedBy: z.discriminatedUnion("role", [
    z.strictObject({ role: z.literal("defendant") }),
    z.strictObject({ role: z.literal("chief-officer"), force: ForceSchema, believesDefendantInArea: JudgementSchema }),
  ]),
  consents: z.strictObject({
    defendant: JudgementSchema,
    chiefOfficers: z.array(ForceSchema).optional(),
  }),
  defendantResidesIn: PlaceForceSchema.optional(),
};

/** Input of `assessDischarge`. */
export const DischargeRequestSchema = z.strictObject({ order: OrderSchema, ...DischargeRequestShape });

/** Names of the built-in policies, usable in a case file instead of a policy object. */
export const POLICY_NAMES = ["statutory", "superintendent-in-bcu", "metropolitan"] as const;

/** When an incident happened, as a `When` (a notification failure's first day of failure). */
export function incidentWhen(incident: z.output<typeof IncidentSchema>): string {
  return incident.type === "notification-failure" ? incident.firstFailedOn : incident.at;
}

/** A whole case file for `evaluateCase`: what is known about one defendant's case as at `asOf`. */
export const CaseFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    asOf: WhenSchema,
    convictedOn: LocalDateSchema.optional(),
    policy: z.union([z.enum(POLICY_NAMES), PolicySchema]).optional(),
    application: ApplicationInputSchema.optional(),
    order: OrderSchema.optional(),
    earlierOrders: z.array(OrderSchema).optional(),
    earlierOrdersCompatible: JudgementSchema,
    notification: z.strictObject(notificationPartsShape).optional(),
    discharge: z.strictObject(DischargeRequestShape).optional(),
    incidents: z.array(IncidentSchema).optional(),
  })
  .superRefine((c, ctx) => {
    const asOf = tryParseWhen(c.asOf);
    const needsOrder = (key: "notification" | "discharge" | "incidents" | "earlierOrders"): void => {
      if (c[key] !== undefined && c.order === undefined) {
        ctx.addIssue({ code: "custom", path: [key], message: "needs the order it relates to (add order)" });
      }
    };
    needsOrder("notification");
    needsOrder("discharge");
    needsOrder("incidents");
    needsOrder("earlierOrders");
    checkSexOffenderNotification(c.order, c.notification?.sexOffenderNotification, ctx, ["notification", "sexOffenderNotification"]);
    const termIds = new Map<string, number>();
    for (const t of c.order?.terms ?? []) termIds.set(t.id, (termIds.get(t.id) ?? 0) + 1);
    (c.incidents ?? []).forEach((incident, i) => {
      const at = tryParseWhen(incidentWhen(incident));
      if (asOf !== null && at !== null && at.date > asOf.date) {
        const field = incident.type === "notification-failure" ? "firstFailedOn" : "at";
        ctx.addIssue({ code: "custom", path: ["incidents", i, field], message: `is after asOf (${asOf.date})` });
      }
      if (incident.type === "term-breached" && c.order !== undefined) {
        const count = termIds.get(incident.termId) ?? 0;
        if (count !== 1) {
          ctx.addIssue({
            code: "custom",
            path: ["incidents", i, "termId"],
            message: count === 0 ? "is not the id of a term of the order" : "names more than one term of the order, so the term meant cannot be told",
          });
        }
      }
    });
    const convicted = tryParseWhen(c.convictedOn);
    const latestIncident = (c.incidents ?? []).map((i) => tryParseWhen(incidentWhen(i))?.date ?? "").sort().pop();
    if (convicted !== null && latestIncident !== undefined && latestIncident !== "" && convicted.date < latestIncident) {
      ctx.addIssue({ code: "custom", path: ["convictedOn"], message: `is before an incident (${latestIncident})` });
    }
    const made = tryParseWhen(c.order?.madeOn);
    const dischargeOn = tryParseWhen(c.discharge?.on);
    if (made !== null && dischargeOn !== null && dischargeOn.date < made.date) {
      ctx.addIssue({ code: "custom", path: ["discharge", "on"], message: `is before the order was made (${made.date})` });
    }
    const application = tryParseWhen(c.application?.madeOn);
    if (asOf !== null && application !== null && application.date > asOf.date) {
      ctx.addIssue({ code: "custom", path: ["application", "madeOn"], message: `is after asOf (${asOf.date})` });
    }
  });

/** The officer making an application. */
export type Applicant = z.output<typeof ApplicantSchema>;
/** A police area and optional BCU. */
export type Place = z.output<typeof PlaceSchema>;
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
/** A prohibition or requirement. */
export type Term = z.output<typeof TermSchema>;
/** A full or interim order. */
export type Order = z.output<typeof OrderSchema>;
/** A notification event (name used, address changed). */
export type NotificationEvent = z.output<typeof NotificationEventSchema>;
/** A notification given at a police station. */
export type NotificationRecord = z.output<typeof NotificationRecordSchema>;
/** Input of `assessNotification`. */
export type NotificationInput = z.output<typeof NotificationInputSchema>;
/** An incident that may be an offence. */
export type Incident = z.output<typeof IncidentSchema>;
/** Input of `assessDischarge`. */
export type DischargeRequest = z.output<typeof DischargeRequestSchema>;
/** A whole case file. */
export type CaseFile = z.output<typeof CaseFileSchema>;
