/**
 * One notification duty of the person (SPA 2019 s.9(1), (3), (4); in Northern Ireland PfS(NI)A 2022 s.14(1),
 * (3), (4)) and how its status is settled from the notifications that could meet it, in the words and citations
 * of the Act that applies (`DutyWording`).
 */
import { decide, type Finding } from "../../core/assessment";
import { notificationPeriod, type Instant, type LocalDate, type ParsedWhen, type Period, type When } from "../../core/calendar";
import { spa, type Citation } from "../../core/citation";
import type { Verdict } from "../../core/verdict";
import { englishReason, type VariantOf } from "../../messages/rules";
import type { ParamValue, Params } from "../../messages/types";
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
  /** Which of the duty's sentences says why it has this status (a variant of the rule `notification.<kind>`). */
  variant: DutyVariant;
  /** Every value that sentence mentions. */
  params: Params;
  /** One plain sentence on why the duty has this status (English). */
  reason: string;
  /** Inputs that would settle an unknown status or start a pending period. */
  missing?: string[];
}

/**
 * How one Act words and cites a duty: its citations by kind, the sentences it says instead of England and Wales
 * ones (a variant of the same rule), and the sentence for a duty met by a notification given before its period
 * began (advance notice of a move).
 */
export interface DutyWording {
  readonly cites: Readonly<Record<Obligation["kind"], readonly Citation[]>>;
  readonly say: Readonly<Partial<Record<DutyVariant, DutyVariant>>>;
  readonly metEarly: DutyVariant;
}

/** The Stalking Protection Act 2019's wording (s.9(1)–(4)). */
export const SPA_DUTY_WORDING: DutyWording = {
  cites: {
    initial: [spa("s.9(1)"), spa("s.9(2)")],
    "new-name": [spa("s.9(3)")],
    "new-address": [spa("s.9(4)")],
  },
  say: {},
  metEarly: "met",
};

/** What identifies a duty beyond its kind: its order (initial) or its event and subject (new name, new address). */
export interface DutyKey {
  orderId?: string | undefined;
  subject?: string;
  event?: number;
}

/** The sentences a duty can say (the same for every kind). */
export type DutyVariant = VariantOf<"notification.initial">;

/**
 * Builds an obligation; `period` absent means the period has not started. The sentence's params always carry
 * the duty's subject and period; `params` adds what the variant mentions besides.
 */
export function obligation(
  wording: DutyWording,
  kind: Obligation["kind"],
  key: DutyKey,
  fields: { status: ObligationStatus; variant: DutyVariant; params?: Readonly<Record<string, ParamValue>>; period?: Period; metAt?: When; missing?: readonly string[] },
): Obligation {
  const { period } = fields;
  const variant = wording.say[fields.variant] ?? fields.variant;
  const params: Params = { subject: key.subject ?? "", trigger: period?.startsOn ?? "", lastDay: period?.lastDay ?? "", ...fields.params };
  const out: Obligation = {
    kind,
    trigger: period?.startsOn ?? null,
    lastDay: period?.lastDay ?? null,
    endsAt: period?.endsAt ?? null,
    status: fields.status,
    citations: [...wording.cites[kind]],
    variant,
    params,
    reason: englishReason(`notification.${kind}`, variant, params),
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
export function settle(wording: DutyWording, kind: Obligation["kind"], key: DutyKey, trigger: LocalDate, found: Candidates, asOf: ParsedWhen): Obligation {
  const period = notificationPeriod(trigger);
  const inTime = (n: Dated<NotificationRecord> | undefined): boolean => n !== undefined && n.when.date <= period.lastDay;
  const { counts, unchecked, wrongStation } = found;
  if (counts !== undefined && inTime(counts)) {
    const variant = counts.when.date < trigger ? wording.metEarly : "met";
    return obligation(wording, kind, key, { period, status: "met", variant, params: { on: counts.when.date }, metAt: counts.item.at });
  }
  if (unchecked !== undefined && inTime(unchecked.note)) {
    return obligation(wording, kind, key, { period, status: "unknown", variant: "unchecked", params: { on: unchecked.note.when.date }, missing: unchecked.missing });
  }
  const wrongOn = wrongStation !== undefined && inTime(wrongStation) ? wrongStation.when.date : "";
  if (asOf.date > period.lastDay) {
    const late = counts;
    if (late === undefined) return obligation(wording, kind, key, { period, status: "overdue", variant: "not-notified", params: { wrongOn } });
    return obligation(wording, kind, key, { period, status: "overdue", variant: "late", params: { on: late.when.date, wrongOn }, metAt: late.item.at });
  }
  return obligation(wording, kind, key, { period, status: "pending", variant: "pending", params: { wrongOn } });
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
  return decide(`notification.${o.kind}` as "notification.initial", STATUS_VERDICT[o.status], o.variant, o.params as never, [...o.citations], o.missing);
}
