/**
 * Orders: a full or interim stalking protection order with its terms and duration (SPA 2019 s.1(2), s.2, s.3,
 * s.5, s.6).
 */
import { z } from "zod";
import { LocalDateSchema, WhenSchema } from "../../core/calendar";
import { CourtAreaSchema, ForceSchema, IdSchema, JudgementSchema, sameDay } from "./common";

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
    /** `true`, or the id of the interim order in the same history that this full order replaces (s.9(1)(a)). */
    replacesInterimOrder: z.union([z.boolean(), IdSchema]).optional(),
    /** The judgement that no term is incompatible with a term of an earlier full order in effect (s.2(7)). */
    compatibleWithEarlierOrders: JudgementSchema,
    mainApplicationDeterminedOn: LocalDateSchema.optional(),
    mainApplicationDeterminedAt: WhenSchema.optional(),
    dischargedOn: LocalDateSchema.optional(),
    dischargedAt: WhenSchema.optional(),
  })
  .superRefine((o, ctx) => {
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
  });

/** A prohibition or requirement. */
export type Term = z.output<typeof TermSchema>;
/** A full or interim order. */
export type Order = z.output<typeof OrderSchema>;

/** Whether a full order is recorded as replacing an interim order (`true` or the interim order's id). */
export function replacesInterim(order: Pick<Order, "replacesInterimOrder">): boolean {
  return order.replacesInterimOrder !== undefined && order.replacesInterimOrder !== false;
}
