/**
 * One notification duty of the person (SPA 2019 s.9(1), (3), (4)) and how its status is settled from the
 * notifications that could meet it.
 */
import { decide, type Finding } from "../../core/assessment";
import { notificationPeriod, type Instant, type LocalDate, type ParsedWhen, type Period, type When } from "../../core/calendar";
import { spa, type Citation } from "../../core/citation";
import type { Verdict } from "../../core/verdict";
import type { NotificationRecord } from "../../model/schemas";
import type { Dated } from "./record";

/** Where a notification duty stands at `asOf`. */
export type ObligationStatus = "met" | "overdue" | "pending" | "not-required" | "unknown";

/**
 * One notification duty. `trigger` is the London day its 3-day period begins with; `lastDay` and `endsAt`
 * are `null` when the period has not started (unserved order, exemption, duty that never arose). `metAt`
 * is the time of the notification that met it — or, for an overdue duty, of a late one.
 */
export interface Obligation {
  kind: "initial" | "new-name" | "new-address";
  trigger: LocalDate | null;
  lastDay: LocalDate | null;
  endsAt: Instant | null;
  status: ObligationStatus;
  metAt?: When;
  citations: Citation[];
  /** The order an initial duty comes from (its id; absent for an order recorded without one). */
  orderId?: string;
  /** The name or address the duty is about (new-name, new-address). */
  subject?: string;
  /** Index of the event in `events` that started the duty (new-name, new-address). */
  event?: number;
  /** One plain sentence on why the duty has this status. */
  reason: string;
  /** Inputs that would settle an unknown status or start a pending period. */
  missing?: string[];
}

const CITES: Record<Obligation["kind"], readonly Citation[]> = {
  initial: [spa("s.9(1)"), spa("s.9(2)")],
  "new-name": [spa("s.9(3)")],
  "new-address": [spa("s.9(4)")],
};

/** What identifies a duty beyond its kind: its order (initial) or its event and subject (new name, new address). */
export interface DutyKey {
  orderId?: string | undefined;
  subject?: string;
  event?: number;
}

/** Builds an obligation; `period` absent means the period has not started. */
export function obligation(
  kind: Obligation["kind"],
  key: DutyKey,
  fields: { status: ObligationStatus; reason: string; period?: Period; metAt?: When; missing?: readonly string[] },
): Obligation {
  const { period } = fields;
  const out: Obligation = {
    kind,
    trigger: period?.startsOn ?? null,
    lastDay: period?.lastDay ?? null,
    endsAt: period?.endsAt ?? null,
    status: fields.status,
    citations: [...CITES[kind]],
    reason: fields.reason,
  };
  if (fields.metAt !== undefined) out.metAt = fields.metAt;
  if (key.orderId !== undefined) out.orderId = key.orderId;
  if (key.subject !== undefined) out.subject = key.subject;
  if (key.event !== undefined) out.event = key.event;
  if (fields.missing !== undefined && fields.missing.length > 0) out.missing = [...new Set(fields.missing)];
  return out;
}

/**
 * The first notifications, from the start of a duty's window on, of each kind that bears on it: one that counts
 * (the needed content, at a station that counts or an unrecorded one), one whose station cannot be checked, and
 * one given at a station outside the local police area (which is not a notification under s.9, s.10(1)).
 */
export interface Candidates {
  counts?: Dated<NotificationRecord> | undefined;
  unchecked?: { note: Dated<NotificationRecord>; missing: readonly string[] } | undefined;
  wrongStation?: Dated<NotificationRecord> | undefined;
}

/** Decides met / overdue / pending / unknown for a duty whose period begins with `trigger`. */
export function settle(kind: Obligation["kind"], key: DutyKey, trigger: LocalDate, found: Candidates, asOf: ParsedWhen, what: string): Obligation {
  const period = notificationPeriod(trigger);
  const inTime = (n: Dated<NotificationRecord> | undefined): boolean => n !== undefined && n.when.date <= period.lastDay;
  const { counts, unchecked, wrongStation } = found;
  if (counts !== undefined && inTime(counts)) {
    return obligation(kind, key, { period, status: "met", metAt: counts.item.at, reason: `${what} notified on ${counts.when.date}, within the 3 days ending on ${period.lastDay}.` });
  }
  if (unchecked !== undefined && inTime(unchecked.note)) {
    return obligation(kind, key, {
      period,
      status: "unknown",
      missing: unchecked.missing,
      reason: `${what} notified on ${unchecked.note.when.date}, within the 3 days ending on ${period.lastDay}, but whether it was given at a police station in the person's local police area cannot be told.`,
    });
  }
  const wrong =
    wrongStation !== undefined && inTime(wrongStation)
      ? ` The notification on ${wrongStation.when.date} was given at a station outside the person's local police area, so it does not count.`
    : "";
  if (asOf.date > period.lastDay) {
    const late = counts;
    return obligation(kind, key, {
      period,
      status: "overdue",
      ...(late === undefined ? {} : { metAt: late.item.at }),
      reason:
        (late === undefined
          ? `${what} not notified by the end of ${period.lastDay}, the last of the 3 days beginning with ${trigger}.`
          : `${what} notified late, on ${late.when.date}; the 3 days beginning with ${trigger} ended at the end of ${period.lastDay}.`) + wrong,
    });
  }
  return obligation(kind, key, { period, status: "pending", reason: `${what} not yet notified; the 3 days beginning with ${trigger} run to the end of ${period.lastDay}.${wrong}` });
}

const STATUS_VERDICT: Record<ObligationStatus, Verdict> = {
  met: "yes",
  pending: "yes",
  "not-required": "yes",
  overdue: "no",
  unknown: "unknown",
};

/** The deciding finding for an obligation: compliant at `asOf` unless overdue, unknown if its status is. */
export function obligationFinding(o: Obligation): Finding {
  return decide(`notification.${o.kind}`, STATUS_VERDICT[o.status], o.reason, o.citations, o.missing);
}
