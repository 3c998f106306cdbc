/**
 * When the person is under the duties to notify a new name or a new home address (SPA 2019 s.9(3)–(4)): while
 * subject to some order in effect whose requirements have begun — after its initial period's first day (names
 * used and moves made before it are for the initial notification, convention), or from its making for a full
 * order that replaces an interim order. The duties are the person's, so the times covered by every order are
 * merged: an interim order and the full order that replaces it cover one unbroken time.
 */
import { addDays, compareWhen, parseWhen, startOfLondonDay, type ParsedWhen } from "../../core/calendar";
import { countWhile } from "../../core/max-tree";
import { edgeOf, type Moment } from "../../core/span";
import { replacesInterim } from "../../model/schemas";
import type { History } from "../history";
import type { InitialPlan } from "./initial";
import type { NotificationLaw } from "./law";

interface Piece {
  from: number;
  to: number;
  dutyFrom: ParsedWhen;
}

/** Merges pieces into disjoint components, each keeping the earliest `dutyFrom` among its pieces. */
function merge(pieces: Piece[]): Piece[] {
  const sorted = pieces.filter((p) => p.from < p.to).sort((a, b) => a.from - b.from);
  const out: Piece[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
      if (compareWhen(p.dutyFrom, last.dutyFrom) === -1) last.dutyFrom = p.dutyFrom;
    } else out.push({ ...p });
  }
  return out;
}

/** Whether the person's duties cover a moment: surely (with when they began), possibly, or not. */
export type Covered = { state: "yes"; dutyFrom: ParsedWhen } | { state: "unknown" } | { state: "no" };

/** The times during which a new name or new address raises a duty. */
export class Coverage {
  private readonly sure: Piece[];
  private readonly maybe: Piece[];

  constructor(history: History, plans: readonly InitialPlan[], law: Pick<NotificationLaw, "replacingFrom">) {
    // An interim order ceases when the full order replacing it is made: for the person's duties the two meet.
    const handover = new Map<number, number>();
    for (const entry of history.entries) {
      const replaced = entry.replaces;
      const determined = replaced?.order.mainApplicationDeterminedOn;
      if (replaced !== undefined && determined === entry.order.madeOn) handover.set(replaced.index, edgeOf(entry.made).hi);
    }
    const sure: Piece[] = [];
    const maybe: Piece[] = [];
    plans.forEach((plan, i) => {
      const entry = history.entries[i];
      if (entry === undefined) return;
      const { span } = entry;
      const to = Math.max(span.sureTo, handover.get(i) ?? Number.NEGATIVE_INFINITY);
      if (replacesInterim(entry.order)) {
        // The person was subject to the interim order until this one was made, so they are under the
        // requirements throughout the day it was made (in Northern Ireland, the day it comes into force).
        const start = law.replacingFrom(entry);
        const from = startOfLondonDay(start.date);
        sure.push({ from, to, dutyFrom: start });
        maybe.push({ from, to: span.maybeTo, dutyFrom: start });
      } else if (plan.trigger !== undefined && plan.dutyFrom !== undefined) {
        const from = startOfLondonDay(addDays(plan.trigger, 1));
        sure.push({ from: Math.max(span.sureFrom, from), to, dutyFrom: plan.dutyFrom });
        maybe.push({ from: Math.max(span.maybeFrom, from), to: span.maybeTo, dutyFrom: plan.dutyFrom });
      } else if (plan.maybeTrigger !== undefined) {
        // Whether the duty arose is unknown: the person may be under the requirements after its first day.
        const from = startOfLondonDay(addDays(plan.maybeTrigger, 1));
        maybe.push({ from: Math.max(span.maybeFrom, from), to: span.maybeTo, dutyFrom: parseWhen(plan.maybeTrigger) });
      }
    });
    this.sure = merge(sure);
    this.maybe = merge(maybe);
  }

  at(m: Moment): Covered {
    const i = countWhile(this.sure, (p) => p.from <= m.lo) - 1;
    const piece = this.sure[i];
    if (piece !== undefined && m.hi <= piece.to) return { state: "yes", dutyFrom: piece.dutyFrom };
    const j = countWhile(this.maybe, (p) => p.from < m.hi) - 1;
    const maybe = this.maybe[j];
    if (maybe !== undefined && maybe.to > m.lo) return { state: "unknown" };
    return { state: "no" };
  }
}
