/**
 * The shape of a whole-case report (contract v2): an assessment per part of the history, the key dates of every
 * order, and the agenda of what needs action at `asOf`.
 */
import { deepFreeze } from "../core/freeze";
import type { Assessment } from "../core/assessment";
import type { Instant, LocalDate, When } from "../core/calendar";
import type { Citation } from "../core/citation";
import type { InputIssue } from "../core/errors";
import type { Jurisdiction } from "../core/jurisdiction";
import type { Court } from "../law/application";
import type { Obligation } from "../law/notification";
import type { NotificationFailure, OffenceClassification } from "../law/offences";
import type { Policy, POLICY_NAMES } from "../model/schemas";

export type { Jurisdiction } from "../core/jurisdiction";

/** Every kind of key date, in a fixed order (a closed union). */
export const KEY_DATE_KINDS = deepFreeze([
  "application-made",
  "order-made",
  "order-served",
  "notification-due",
  "discharge-lock-ends",
  "term-ends",
  "order-ends",
  "interim-ceases",
  "order-discharged",
  "incident",
  "identification-destruction-due",
] as const);

/** What a key date marks. */
export type KeyDateKind = (typeof KEY_DATE_KINDS)[number];

/** The kinds of key date that are deadlines (they end at an instant and go in a calendar). */
export const DEADLINE_KINDS: readonly KeyDateKind[] = deepFreeze(["notification-due", "discharge-lock-ends", "term-ends", "order-ends", "interim-ceases", "identification-destruction-due"]);

/**
 * A dated event or deadline of the case, with the provision that gives it meaning. `label` is a plain
 * description with nothing from the record in it (no names, addresses or free text); the ids say which order,
 * term, event or incident it is about.
 */
export interface KeyDate {
  date: LocalDate;
  kind: KeyDateKind;
  /** For `notification-due`: which duty. */
  duty?: Obligation["kind"];
  orderId?: string;
  /** For `term-ends`: the term's id. */
  termId?: string;
  /** For a new-name or new-address `notification-due`: the index of its event in `notification.events`. */
  event?: number;
  /** For `incident`: the index of the incident in `incidents`. */
  incident?: number;
  /** Where a deadline ends at an instant: the first moment after it (the next London midnight, with its offset). */
  endsAt?: Instant;
  label: string;
  citation: Citation;
}

/** Something that needs action at `asOf`: an overdue or pending duty, or a key date still to come. */
export interface AgendaItem {
  due: LocalDate;
  endsAt: Instant | null;
  kind: KeyDateKind;
  duty?: Obligation["kind"];
  orderId?: string;
  termId?: string;
  event?: number;
  incident?: number;
  status: "overdue" | "due";
  /** London days from `asOf`'s day to `due` (negative when overdue). */
  daysLeft: number;
  label: string;
  citation: Citation;
}

/** One order of the history as reported: whether it is lawful as recorded, and whether it is in force at `asOf`. */
export interface OrderReport {
  /** The order's id, or `null` for a single order recorded without one. */
  id: string | null;
  kind: "full" | "interim";
  lawful: Assessment;
  inForce: Assessment;
}

/** Everything `evaluateCase` found, as at `asOf`. Parts absent from the case file are absent here. */
export interface CaseReport {
  asOf: When;
  jurisdiction: Jurisdiction;
  application?: Assessment<{ court: Court | null }>;
  /** Every order of the history, in the order given. */
  orders: OrderReport[];
  notification?: Assessment<Obligation[]>;
  notificationFailures?: NotificationFailure[];
  discharge?: Assessment;
  incidents: Assessment<OffenceClassification | null>[];
  keyDates: KeyDate[];
  agenda: AgendaItem[];
}

/** The result of {@link evaluateCase}. */
export type EvaluateResult = { ok: true; report: CaseReport } | { ok: false; issues: InputIssue[] };

/** Options for {@link evaluateCase}: the policy to apply when the case file names none. */
export interface EvaluateOptions {
  policy?: Policy | (typeof POLICY_NAMES)[number];
}
