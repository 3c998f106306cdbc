/**
 * The initial notification (SPA 2019 s.9(1)–(2)): each order of the history brings its own duty to notify the
 * person's names and home address within 3 days beginning with the date of service — except a full order that
 * replaces an interim order (s.9(1)(a)), and an order the person was no longer subject to when it was served (an
 * interim order that ceased on the determination of the main application first, s.5(6)(b)). The period is whole
 * London days: a notification given any time on the day of service counts, one given earlier does not. What
 * starts the 3 days is the Act's (`NotificationLaw.initialStart`): service here, coming into force in Northern
 * Ireland.
 */
import { joinPath, type Finding } from "../../core/assessment";
import { epochDay, parseWhen, type LocalDate, type ParsedWhen } from "../../core/calendar";
import { withFields } from "../../core/objects";
import { MaxTree, countWhile } from "../../core/max-tree";
import { momentOf, spanNotEndedAt } from "../../core/span";
import type { Verdict } from "../../core/verdict";
import { replacesInterim, type NotificationRecord } from "../../model/schemas";
import type { OrderEntry } from "../history";
import { inForceFindings } from "../in-force";
import type { Exemption } from "./exemption";
import type { NotificationLaw } from "./law";
import { obligation, settle, type Candidates, type DutyWording, type Obligation } from "./obligation";
import { knownBy, normText, type Dated, type PreparedRecord } from "./record";

/** What is known of one order's initial duty before looking at the notifications. */
export interface InitialPlan {
  entry: OrderEntry;
  /** Set when the duty's status does not depend on the notifications (not required, not started, unknown). */
  decided?: Obligation;
  /** The day the 3 days begin with, when they have begun. */
  trigger?: LocalDate;
  /** From when the requirements apply under this order (service, or the final day). */
  dutyFrom?: ParsedWhen;
  /** Informative findings on how the duty's start was told (the Northern Ireland coming-into-force convention). */
  notes?: Finding[];
  /** For a duty left unknown: the day its 3 days would begin with if it arose (the requirements may then apply). */
  maybeTrigger?: LocalDate;
}

/** How an order's initial 3 days start, once neither replacement nor exemption decides the duty. */
export type InitialStart = { decided: Obligation; notes?: Finding[]; maybeTrigger?: LocalDate } | { trigger: LocalDate; dutyFrom: ParsedWhen; notes?: Finding[] };

/** The initial duty of one order, as far as it can be told without the notifications. */
export function planInitial(entry: OrderEntry, exemption: Exemption, asOf: ParsedWhen, law: NotificationLaw): InitialPlan {
  const { order } = entry;
  const key = orderId(entry);
  const w = law.wording;
  if (replacesInterim(order)) {
    return { entry, decided: obligation(w, "initial", key, { status: "not-required", variant: "replaces-interim" }) };
  }
  const exempt = exemption.forOrder(entry);
  if (exempt.kind === "exempt") return { entry, decided: obligation(w, "initial", key, { status: "not-required", variant: "exempt", params: exemption.params }) };
  if (exempt.kind === "never-applied") return { entry, decided: obligation(w, "initial", key, { status: "not-required", variant: "never-applied", params: withFields(exemption.params, { ended: exempt.ended }) }) };
  if (exempt.kind === "unknown") {
    return { entry, decided: obligation(w, "initial", key, { status: "unknown", variant: exempt.variant, params: withFields(exemption.params, { ended: exempt.ended }), missing: exempt.missing }), maybeTrigger: exempt.ended };
  }
  if (exempt.kind === "final-day") return { entry, trigger: exempt.day, dutyFrom: parseWhen(exempt.day) };
  return { entry, ...law.initialStart(entry, asOf, w) };
}

/** The 3 days beginning with the day of service (SPA 2019 s.9(1)): pending until the order is served. */
export function servedStart(entry: OrderEntry, asOf: ParsedWhen, w: DutyWording): InitialStart {
  const { order, path } = entry;
  const key = orderId(entry);
  const served = order.servedAt === undefined ? null : parseWhen(order.servedAt);
  if (served === null || !knownBy(served, asOf)) {
    return { decided: obligation(w, "initial", key, { status: "pending", variant: "unserved", missing: [joinPath(path, "servedAt")] }) };
  }
  // The person must be subject to the order on service: one that had already ceased brings no duty.
  const subject = spanNotEndedAt(entry.span, momentOf(served));
  if (subject === "no") {
    return { decided: obligation(w, "initial", key, { status: "not-required", variant: "ceased-before-service", params: { interim: order.kind === "interim", servedOn: served.date } }) };
  }
  if (subject === "unknown") {
    const ends = inForceFindings(order, served, { order: path, at: joinPath(path, "servedAt") }).filter((f) => f.rule !== "in-force.made" && f.verdict === "unknown");
    return { decided: obligation(w, "initial", key, { status: "unknown", variant: "served-as-ceased", params: { servedOn: served.date }, missing: ends.flatMap((f) => f.missing ?? []) }) };
  }
  return { trigger: served.date, dutyFrom: served };
}

/** The key of an order's initial duty: its id, when it has one. */
export function orderId(entry: OrderEntry): { orderId?: string } {
  return entry.order.id === undefined ? {} : { orderId: entry.order.id };
}

/**
 * Finds, for any trigger day, the first notification on or after it that gives at least one name, every name
 * used by that day, and a home address — one search per trigger, whatever the number of notifications.
 */
export class InitialMatcher {
  private readonly trees: Record<"counts" | "unchecked" | "wrongStation", MaxTree>;

  constructor(
    private readonly record: PreparedRecord,
    verdicts: readonly Verdict[],
    private readonly missingOf: (note: Dated<NotificationRecord>) => readonly string[],
  ) {
    // Names in the order they were first used, with the day of first use.
    const firstUse = new Map<string, number>();
    for (const e of record.events) {
      if (e.item.type !== "name-used") continue;
      const name = normText(e.item.name);
      if (!firstUse.has(name)) firstUse.set(name, epochDay(e.when.date));
    }
    const names = [...firstUse];
    // For each notification, the first day on which a name it does not give had been used: it can meet the
    // initial duty of any trigger day before that.
    const coverage = record.notes.map((n) => {
      const given = new Set((n.item.names ?? []).map(normText).filter((x) => x !== ""));
      if (given.size === 0 || normText(n.item.homeAddress) === "") return Number.NEGATIVE_INFINITY;
      for (const [name, day] of names) if (!given.has(name)) return day;
      return Number.POSITIVE_INFINITY;
    });
    const tree = (want: Verdict): MaxTree => new MaxTree(coverage.map((c, i) => (verdicts[i] === want ? c : Number.NEGATIVE_INFINITY)));
    this.trees = { counts: tree("yes"), unchecked: tree("unknown"), wrongStation: tree("no") };
  }

  /** The first notifications on or after `trigger` that would meet its initial duty, by kind of station. */
  candidates(trigger: LocalDate): Candidates {
    const start = countWhile(this.record.notes, (n) => n.when.date < trigger);
    const day = epochDay(trigger);
    const at = (kind: "counts" | "unchecked" | "wrongStation"): Dated<NotificationRecord> | undefined => {
      const i = this.trees[kind].firstAtOrAfter(start, day);
      return i === -1 ? undefined : this.record.notes[i];
    };
    const unchecked = at("unchecked");
    return { counts: at("counts"), unchecked: unchecked === undefined ? undefined : { note: unchecked, missing: this.missingOf(unchecked) }, wrongStation: at("wrongStation") };
  }
}

/** The initial obligations of every order, in the history's order. */
export function initialObligations(plans: readonly InitialPlan[], matcher: InitialMatcher, asOf: ParsedWhen, w: DutyWording): Obligation[] {
  const byTrigger = new Map<LocalDate, Candidates>();
  return plans.map((plan) => {
    if (plan.decided !== undefined || plan.trigger === undefined) return plan.decided as Obligation;
    let found = byTrigger.get(plan.trigger);
    if (found === undefined) byTrigger.set(plan.trigger, (found = matcher.candidates(plan.trigger)));
    return settle(w, "initial", orderId(plan.entry), plan.trigger, found, asOf);
  });
}
