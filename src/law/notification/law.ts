/**
 * The notification rules that differ between the Acts, as one object per jurisdiction, chosen once at the entry
 * (`personDuties`, from `history.jurisdiction`): the Stalking Protection Act 2019 (s.9, s.10) here, the Protection
 * from Stalking Act (Northern Ireland) 2022 (s.14, s.15) in `../ni/notification`. Everything else — the duties'
 * shape, the 3-day periods, matching notifications to duties — is shared.
 */
import { inform, type Finding } from "../../core/assessment";
import type { ParsedWhen, When } from "../../core/calendar";
import { spa, type Citation } from "../../core/citation";
import type { Jurisdiction } from "../../core/jurisdiction";
import type { NotificationEvent, SexOffenderNotification } from "../../model/schemas";
import type { History, OrderEntry } from "../history";
import { NI_NOTIFICATION_LAW } from "../ni/notification";
import { edgeMissing, notSubjectVariant } from "./events";
import { exemptionOf, type Exemption } from "./exemption";
import { servedStart, type InitialStart } from "./initial";
import { methodOfNotification, type MethodResult, type RecordPaths } from "./method";
import { SPA_DUTY_WORDING, type DutyWording } from "./obligation";
import type { Dated, PreparedRecord } from "./record";

/** What the closing findings of an assessment may mention. */
export interface ClosingContext {
  history: History;
  record: PreparedRecord;
  asOf: When;
}

/** One Act's notification rules: what the shared engine asks of the Act that applies. */
export interface NotificationLaw {
  readonly jurisdiction: Jurisdiction;
  /** The duties' citations and sentences. */
  readonly wording: DutyWording;
  /** The person's exemption (sex-offender notification, and in Northern Ireland two other schemes). */
  exemption(son: SexOffenderNotification | undefined, asOf: ParsedWhen): Exemption;
  /** What starts an order's initial 3 days (service; coming into force), once neither replacement nor exemption decides. */
  initialStart(entry: OrderEntry, asOf: ParsedWhen, wording: DutyWording): InitialStart;
  /** Whether each notification was given where the Act requires. */
  method(record: PreparedRecord, history: History, paths: RecordPaths): MethodResult;
  /** From when a full order that replaces an interim order keeps the person under the requirements. */
  replacingFrom(entry: OrderEntry): ParsedWhen;
  /** Why an event outside every order's requirements raised no duty. */
  notSubjectVariant(history: History, when: ParsedWhen): "covered" | "before-order" | "not-subject";
  /** What would settle whether the person was under the requirements at an event on an order's edge. */
  edgeMissing(history: History, e: Dated<NotificationEvent>, eventPath: string): string[];
  /** The citations of the note that events and notifications after `asOf` are ignored. */
  readonly afterAsOf: readonly Citation[];
  /** The findings said once, after the method's (the Act's notes, then that the 3 days count every day). */
  closing(context: ClosingContext): Finding[];
}

/**
 * England and Wales: the Stalking Protection Act 2019 s.9–s.10 — the initial 3 days from service, the
 * local-police-area station rule, SOA 2003 Part 2 as the only exemption.
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 */
export const SPA_NOTIFICATION_LAW: NotificationLaw = {
  jurisdiction: "england-and-wales",
  wording: SPA_DUTY_WORDING,
  exemption: exemptionOf,
  initialStart: servedStart,
  method: methodOfNotification,
  replacingFrom: (entry) => entry.made,
  notSubjectVariant,
  edgeMissing,
  afterAsOf: [spa("s.9")],
  closing: () => [inform("notification.no-pauses", "every-day", {}, [spa("s.9(1)")])],
};

/** The notification rules of each jurisdiction. */
export const NOTIFICATION_LAWS: Readonly<Record<Jurisdiction, NotificationLaw>> = {
  "england-and-wales": SPA_NOTIFICATION_LAW,
  "northern-ireland": NI_NOTIFICATION_LAW,
};
