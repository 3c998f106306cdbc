/**
 * Notification: what happened to the person's names and home address, and what they notified (SPA 2019 s.9,
 * s.10), with the sex-offender notification that suspends the requirements (s.9(5)–(7)).
 */
import { deepFreeze } from "../../core/freeze";
import { z } from "zod";
import { tryParseWhen, WhenSchema, LocalDateSchema } from "../../core/calendar";
import { ForceSchema, NameSchema, PlaceForceSchema, type Ctx } from "./common";
import { OrderSchema } from "./order";

/** Sex-offender notification under SOA 2003 Part 2, which suspends SPA notification (s.9(5)–(7)). */
export const SexOffenderNotificationSchema = z.strictObject({
  subjectWhenOrderMade: z.boolean(),
  endedOn: LocalDateSchema.optional(),
});

/** Something that starts a notification duty: a name used, or a change of home address (s.9(3)–(4)). */
export const NotificationEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("name-used"), on: WhenSchema, name: NameSchema }),
  z.strictObject({
    type: z.literal("address-changed"),
    on: WhenSchema,
    address: NameSchema,
    policeArea: PlaceForceSchema.optional(),
  }),
]);

/** A notification the person gave at a police station (s.9, s.10). */
export const NotificationRecordSchema = z.strictObject({
  at: WhenSchema,
  names: z.array(NameSchema).optional(),
  homeAddress: NameSchema.optional(),
  homeAddressPoliceArea: PlaceForceSchema.optional(),
  station: z.strictObject({ force: ForceSchema }).optional(),
});

/** The person's notification record: exemption, events and notifications (the case file's `notification`). */
export const notificationPartsShape = Object.freeze({
  sexOffenderNotification: SexOffenderNotificationSchema.optional(),
  events: z.array(NotificationEventSchema).optional(),
  notifications: z.array(NotificationRecordSchema).optional(),
});

/**
 * Checks `endedOn` against the orders: it applies only to a person subject when an order was made, and ending
 * before every order was made would contradict that.
 */
export function checkSexOffenderNotification(
  firstMadeOn: string | undefined,
  son: { subjectWhenOrderMade: boolean; endedOn?: string | undefined } | undefined,
  ctx: Ctx,
  path: PropertyKey[],
): void {
  if (son?.endedOn === undefined) return;
  if (!son.subjectWhenOrderMade) {
    ctx.addIssue({ code: "custom", path: [...path, "endedOn"], message: "applies only when subjectWhenOrderMade is true" });
    return;
  }
  const made = tryParseWhen(firstMadeOn);
  const ended = tryParseWhen(son.endedOn);
  if (made !== null && ended !== null && ended.date < made.date) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "endedOn"],
      message: "is before any order was made, yet the person was subject when an order was made",
    });
  }
}

/** Input of `assessNotification`. */
export const NotificationInputSchema = z
  .strictObject({ order: OrderSchema, asOf: WhenSchema, ...notificationPartsShape })
  .superRefine((n, ctx) => checkSexOffenderNotification(n.order.madeOn, n.sexOffenderNotification, ctx, ["sexOffenderNotification"]));

/** The notification duties a person may fail (s.9(1), (3), (4)). */
export const OBLIGATION_KINDS = deepFreeze(["initial", "new-name", "new-address"] as const);

/** Sex-offender notification, as recorded. */
export type SexOffenderNotification = z.output<typeof SexOffenderNotificationSchema>;
/** A notification event (name used, address changed). */
export type NotificationEvent = z.output<typeof NotificationEventSchema>;
/** A notification given at a police station. */
export type NotificationRecord = z.output<typeof NotificationRecordSchema>;
/** Input of `assessNotification`. */
export type NotificationInput = z.output<typeof NotificationInputSchema>;
