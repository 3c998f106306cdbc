/**
 * Which order an incident concerns, when it does not say (readings in docs/conventions.md): a term breach is of
 * the order that has that term and was in effect at the time (SPA 2019 s.8(1); PfS(NI)A 2022 s.13(1)); a refusal
 * or false information concerns the person, who must then be subject to some order; a notification failure is of
 * the person's duty of that kind.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import type { ParsedWhen } from "../../core/calendar";
import { inputError } from "../../core/errors";
import { momentOf, spanCovers } from "../../core/span";
import type { OrderEntry, TermHolder } from "../history";
import type { History } from "../history";
import { offenceLaw } from "./law";

/** An incident's order: found (perhaps with a finding saying how), or ambiguous (a deciding `unknown`). */
export type Resolution = { entry: OrderEntry; note?: Finding } | { ambiguous: Finding };

function names(entries: readonly OrderEntry[]): string[] {
  return entries.map((e) => e.order.id ?? e.path);
}

/** The order whose term `termId` an incident at `at` breached. Throws an input error for a term no order has. */
export function resolveTermBreach(history: History, termId: string, at: ParsedWhen, orderIdPath: string, termIdPath: string): Resolution {
  const holders = history.termHolders(termId);
  if (holders.length === 0) {
    return inputError(termIdPath, history.entries.length === 1 ? "is not the id of a term of the order" : "is not the id of a term of any order");
  }
  const live = history.termMayBeInEffect(termId, at, 2);
  const cite = offenceLaw(history.jurisdiction).breach;
  if (live.length >= 2) {
    const [a, b] = live as [TermHolder, TermHolder];
    return {
      ambiguous: decide("breach.order", "unknown", "ambiguous", { term: termId, orders: names([b.entry, a.entry]) }, cite, [orderIdPath]),
    };
  }
  if (holders.length === 1) return { entry: (holders[0] as TermHolder).entry };
  if (live.length === 1) {
    const found = (live[0] as TermHolder).entry;
    return { entry: found, note: inform("breach.order", "only-candidate", { term: termId, kind: found.order.kind, id: found.order.id ?? "" }, cite) };
  }
  // No order with the term was in effect: check against the last made before the incident, to say why.
  const before = holders.filter((h) => h.entry.made.date <= at.date);
  const chosen = (before[before.length - 1] ?? holders[0]) as TermHolder;
  return {
    entry: chosen.entry,
    note: inform("breach.order", "none-in-effect", { term: termId, orders: names(holders.map((h) => h.entry)), kind: chosen.entry.order.kind, id: chosen.entry.order.id ?? "" }, cite),
  };
}

/**
 * The order a person-level incident (a refusal, false information, a new-name or new-address failure) is
 * checked against: one surely in effect at the time if any, else one possibly in effect, else the last made
 * before it (whose findings then say it was not in effect).
 */
export function resolvePerson(history: History, at: ParsedWhen): OrderEntry | undefined {
  const m = momentOf(at);
  let maybe: OrderEntry | undefined;
  for (const { span, item } of history.mayBeInEffect(m)) {
    if (spanCovers(span, m) === "yes") return item;
    maybe ??= item;
  }
  if (maybe !== undefined) return maybe;
  return history.lastMadeBy(at.date) ?? history.inOrderMade[0];
}
