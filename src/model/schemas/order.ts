/**
 * Orders: a full or interim stalking protection order with its terms and duration (SPA 2019 s.1(2), s.2, s.3,
 * s.5, s.6).
 */
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { tryParseWhen } from "../../core/calendar";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import { FORCE_IDS, jurisdictionOf } from "../forces";
import { CourtAreaSchema, ForceSchema, IdSchema, JudgementSchema, sameDay, type Ctx } from "./common";

/** One prohibition or requirement of an order (SPA 2019 s.1(2)). */
export const TermSchema = strictObject({
  id: IdSchema,
  type: z.enum(["prohibition", "requirement"]),
  text: z.string(),
  locality: z.optional(z.string()),
  lastDay: z.optional(LocalDateSchema),
});

/** How long an order has effect: a fixed period ending on `lastDay`, or until a further order (s.3(1)). */
export const DurationSchema = z.discriminatedUnion("type", [
  strictObject({ type: z.literal("fixed"), lastDay: LocalDateSchema }),
  strictObject({ type: z.literal("until-further-order") }),
]);

/** A full or interim stalking protection order (SPA 2019 s.2, s.3, s.5, s.6). */
export const OrderSchema = strictObject({
    id: z.optional(IdSchema),
    kind: z.enum(["full", "interim"]),
    madeOn: LocalDateSchema,
    madeAt: z.optional(WhenSchema),
    servedAt: z.optional(WhenSchema),
    applicantForce: ForceSchema,
    courtArea: z.optional(CourtAreaSchema),
    duration: DurationSchema,
    terms: z.array(TermSchema),
    /** `true`, or the id of the interim order in the same history that this full order replaces (s.9(1)(a)). */
    replacesInterimOrder: z.optional(z.union([z.boolean(), IdSchema])),
    /** The judgement that no term is incompatible with a term of an earlier full order in effect (s.2(7)). */
    compatibleWithEarlierOrders: JudgementSchema,
    mainApplicationDeterminedOn: z.optional(LocalDateSchema),
    mainApplicationDeterminedAt: z.optional(WhenSchema),
    dischargedOn: z.optional(LocalDateSchema),
    dischargedAt: z.optional(WhenSchema),
    /** Northern Ireland: the day the order comes into force, when later than the day made (PfS(NI)A 2022 s.14(1)). */
    comesIntoForceOn: z.optional(LocalDateSchema),
    /** Northern Ireland, interim orders: how the main application was determined (PfS(NI)A 2022 s.11(9)–(10)). */
    mainApplicationOutcome: z.optional(z.enum(["order-made", "withdrawn", "dismissed"])),
    /**
     * Northern Ireland, an interim order whose main application was dismissed: the first day after the dismissal
     * on which no appeal is pending, the time for one has expired and no application to extend it is pending
     * (PfS(NI)A 2022 s.11(10)). The interim order has no effect from that day.
     */
    appealConditionsMetOn: z.optional(LocalDateSchema),
  }).check(z.superRefine((o, ctx) => {
    northernIrelandFields(o, ctx);
    sameDay(o.madeOn, o.madeAt, ctx, ["madeAt"], "madeOn");
    sameDay(o.dischargedOn, o.dischargedAt, ctx, ["dischargedAt"], "dischargedOn");
    sameDay(o.mainApplicationDeterminedOn, o.mainApplicationDeterminedAt, ctx, ["mainApplicationDeterminedAt"], "mainApplicationDeterminedOn");
    if (o.kind === "interim" && o.replacesInterimOrder !== undefined && o.replacesInterimOrder !== false) {
      ctx.addIssue({ code: "custom", path: ["replacesInterimOrder"], message: "only a full order can replace an interim order" });
    }
    if (o.kind === "full" && (o.mainApplicationDeterminedOn !== undefined || o.mainApplicationDeterminedAt !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [o.mainApplicationDeterminedOn !== undefined ? "mainApplicationDeterminedOn" : "mainApplicationDeterminedAt"],
        message: "applies to interim orders only (a full order is itself the determination)",
      });
    }
  }));

/** The fields only a Northern Ireland order has, and the England and Wales field it cannot have. */
function northernIrelandFields(o: OrderFields, ctx: Ctx): void {
  if (!(FORCE_IDS as readonly string[]).includes(o.applicantForce)) return;
  const ni = jurisdictionOf(o.applicantForce as (typeof FORCE_IDS)[number]) === "northern-ireland";
  const only = ["comesIntoForceOn", "mainApplicationOutcome", "appealConditionsMetOn"] as const;
  if (!ni) {
    for (const key of only) {
      if (o[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "applies to Northern Ireland orders only (the applying force is in England and Wales)" });
    }
    return;
  }
  if (o.courtArea !== undefined) {
    ctx.addIssue({ code: "custom", path: ["courtArea"], message: "must be absent for a Northern Ireland order: it names a police area in England and Wales" });
  }
  const made = tryParseWhen(o.madeOn);
  const inForce = tryParseWhen(o.comesIntoForceOn);
  if (made !== null && inForce !== null && inForce.date < made.date) ctx.addIssue({ code: "custom", path: ["comesIntoForceOn"], message: `is before madeOn (${made.date})` });
  if (o.kind === "full") {
    for (const key of ["mainApplicationOutcome", "appealConditionsMetOn"] as const) {
      if (o[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "applies to interim orders only (a full order is itself the determination)" });
    }
    return;
  }
  if (o.appealConditionsMetOn !== undefined) {
    if (o.mainApplicationOutcome !== "dismissed") {
      ctx.addIssue({ code: "custom", path: ["appealConditionsMetOn"], message: 'applies only when mainApplicationOutcome is "dismissed"' });
    }
    const dismissed = tryParseWhen(o.mainApplicationDeterminedOn);
    const met = tryParseWhen(o.appealConditionsMetOn);
    if (dismissed !== null && met !== null && met.date < dismissed.date) {
      ctx.addIssue({ code: "custom", path: ["appealConditionsMetOn"], message: `is before the dismissal (mainApplicationDeterminedOn ${dismissed.date})` });
    }
  }
}

type OrderFields = {
  applicantForce: string;
  kind: "full" | "interim";
  madeOn: string;
  courtArea?: string | undefined;
  comesIntoForceOn?: string | undefined;
  mainApplicationOutcome?: string | undefined;
  appealConditionsMetOn?: string | undefined;
  mainApplicationDeterminedOn?: string | undefined;
};

/** A prohibition or requirement. */
export type Term = z.output<typeof TermSchema>;
/** A full or interim order. */
export type Order = z.output<typeof OrderSchema>;

/** Whether a full order is recorded as replacing an interim order (`true` or the interim order's id). */
export function replacesInterim(order: Pick<Order, "replacesInterimOrder">): boolean {
  return order.replacesInterimOrder !== undefined && order.replacesInterimOrder !== false;
}
