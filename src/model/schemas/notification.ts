/**
 * Notification: what happened to the person's names and home address, and what they notified (SPA 2019 s.9,
 * s.10), with the sex-offender notification that suspends the requirements (s.9(5)–(7)).
 */
import { deepFreeze } from "../../core/freeze";
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { tryParseWhen } from "../../core/calendar";
import { WhenSchema, LocalDateSchema } from "../../core/date-schemas";
import { ForceSchema, NameSchema, PlaceForceSchema, type Ctx } from "./common";
import { OrderSchema } from "./order";
import type { Jurisdiction } from "../../core/jurisdiction";
import { FORCE_IDS, jurisdictionOf, type ForceId } from "../forces";

/** The jurisdiction of a force id that may not have passed its own check (then `undefined`: nothing to compare). */
export function forceJurisdiction(force: unknown): Jurisdiction | undefined {
  return typeof force === "string" && (FORCE_IDS as readonly string[]).includes(force) ? jurisdictionOf(force as ForceId) : undefined;
}

/**
 * The notification schemes that suspend the order's notification requirements: SOA 2003 Part 2 in both
 * jurisdictions (SPA 2019 s.9(5); PfS(NI)A 2022 s.14(5)(a)), and in Northern Ireland also Part 8 of the Justice
 * (Northern Ireland) Act 2015 (s.14(5)(b)) and Schedule 3 to the Human Trafficking and Exploitation (Criminal
 * Justice and Support for Victims) Act (Northern Ireland) 2015 (s.14(5)(c)).
 */
export const EXEMPTION_SCHEMES = deepFreeze(["soa-2003-part-2", "justice-ni-2015-part-8", "human-trafficking-ni-2015-sch-3"] as const);

/** Notification under another scheme, which suspends the order's requirements (SPA 2019 s.9(5)–(7); PfS(NI)A 2022 s.14(5)–(7)). */
export const SexOffenderNotificationSchema = strictObject({
  subjectWhenOrderMade: z.boolean(),
  endedOn: z.optional(LocalDateSchema),
  /** Which scheme (default `"soa-2003-part-2"`); the two Northern Ireland schemes exist only in a Northern Ireland case. */
  scheme: z.optional(z.enum(EXEMPTION_SCHEMES)),
});

/** Something that starts a notification duty: a name used, or a change of home address (s.9(3)–(4)). */
export const NotificationEventSchema = z.discriminatedUnion("type", [
  strictObject({ type: z.literal("name-used"), on: WhenSchema, name: NameSchema }),
  strictObject({
    type: z.literal("address-changed"),
    on: WhenSchema,
    address: NameSchema,
    policeArea: z.optional(PlaceForceSchema),
  }),
]);

/**
 * A notification the person gave at a police station (s.9, s.10; PfS(NI)A 2022 s.14, s.15). The police areas
 * (`homeAddressPoliceArea`, an event's `policeArea`) serve the England and Wales local-area rule only: Northern
 * Ireland has none, and ignores them.
 */
export const NotificationRecordSchema = strictObject({
  at: WhenSchema,
  names: z.optional(z.array(NameSchema)),
  homeAddress: z.optional(NameSchema),
  homeAddressPoliceArea: z.optional(PlaceForceSchema),
  /**
   * Where it was given: the station's force and, for Northern Ireland, whether the station is one prescribed under
   * SOA 2003 s.87(1)(a) (PfS(NI)A 2022 s.15(1)(a); not used in England and Wales). In Northern Ireland a station
   * of a force other than the PSNI is not in Northern Ireland and meets no duty; `prescribed: false` meets none;
   * `prescribed` absent is not checked (the notification counts, with a note naming the path).
   */
  station: z.optional(strictObject({ force: ForceSchema, prescribed: z.optional(z.boolean()) })),
});

/** The person's notification record: exemption, events and notifications (the case file's `notification`). */
export const notificationPartsShape = Object.freeze({
  sexOffenderNotification: z.optional(SexOffenderNotificationSchema),
  events: z.optional(z.array(NotificationEventSchema)),
  notifications: z.optional(z.array(NotificationRecordSchema)),
});

/**
 * Checks `endedOn` against the orders: it applies only to a person subject when an order was made, and ending
 * before every order was made would contradict that.
 */
export function checkSexOffenderNotification(
  firstMadeOn: string | undefined,
  son: { subjectWhenOrderMade: boolean; endedOn?: string | undefined; scheme?: string | undefined } | undefined,
  ctx: Ctx,
  path: PropertyKey[],
  jurisdiction: Jurisdiction | undefined,
): void {
  if (son?.scheme !== undefined && son.scheme !== "soa-2003-part-2" && jurisdiction === "england-and-wales") {
    ctx.addIssue({ code: "custom", path: [...path, "scheme"], message: 'is a Northern Ireland scheme; in England and Wales only "soa-2003-part-2" suspends notification (SPA 2019 s.9(5))' });
  }
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
export const NotificationInputSchema = strictObject({ order: OrderSchema, asOf: WhenSchema, ...notificationPartsShape }).check(z.superRefine((n, ctx) => checkSexOffenderNotification(n.order.madeOn, n.sexOffenderNotification, ctx, ["sexOffenderNotification"], forceJurisdiction(n.order.applicantForce))));

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
