/**
 * A defendant's history of orders (SPA 2019 s.2(6)–(7), s.5, s.9), as one structure the rules read: each order with where it sits in the input,
 * the span in which it has effect, and its links — the interim order a full order replaces (s.9(1)(a)) and,
 * through that, when the interim order ceased (s.5(6)(b)). A single order (the typed API) is a history of one.
 */
import { compareWhen, parseWhen, startOfLondonDay, type LocalDate, type ParsedWhen } from "../core/calendar";
import { edgeOf, endOfDayEdge, momentOf, spanBetween, type Edge, type Moment, type Span } from "../core/span";
import { SpanIndex } from "../core/span-index";
import type { Order, Term } from "../model/schemas";
import type { Jurisdiction } from "../core/jurisdiction";
import { jurisdictionOf } from "../model/forces";
import * as ni from "./ni/duration";

/** One order of the history. */
export interface OrderEntry {
  /** Position in the history as given. */
  readonly index: number;
  /** Where the order is in the input: `orders[2]`, or `order`. */
  readonly path: string;
  /** The order, with the determination of the main application filled in when inferred (see `determinationFrom`). */
  readonly order: Order;
  readonly made: ParsedWhen;
  /** When it was made, for ordering: the instant, or the start of its London day. */
  readonly madeKey: number;
  /** Where the order has effect. */
  readonly span: Span;
  /** The interim order this full order replaces, when the history names it by id. */
  readonly replaces: OrderEntry | undefined;
  /** For an interim order whose determination is not recorded: the full order replacing it, whose making determined it. */
  readonly determinationFrom: OrderEntry | undefined;
}

/** The edges at which an England and Wales order stops having effect (SPA 2019 s.3(1), s.4, s.5(6)). */
function endEdges(order: Order): Edge[] {
  const ends: Edge[] = [];
  if (order.duration.type === "fixed") ends.push(endOfDayEdge(order.duration.lastDay));
  const discharged = order.dischargedAt ?? order.dischargedOn;
  if (discharged !== undefined) ends.push(edgeOf(parseWhen(discharged)));
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  if (order.kind === "interim" && determined !== undefined) ends.push(edgeOf(parseWhen(determined)));
  return ends;
}

/** Where an order has effect, and where each term does, under each jurisdiction's Act. */
const SPANS: Record<Jurisdiction, { start: (order: Order) => Edge; ends: (order: Order) => Edge[]; termLastDay: (order: Order, term: Term) => LocalDate | null }> = {
  "england-and-wales": { start: (order) => edgeOf(parseWhen(order.madeAt ?? order.madeOn)), ends: endEdges, termLastDay: (_, term) => term.lastDay ?? null },
  "northern-ireland": { start: ni.startEdge, ends: ni.endEdges, termLastDay: ni.termLastDay },
};

/** Where an order has effect: from when it is made (or, in Northern Ireland, comes into force) until its first ending event. */
export function orderSpan(order: Order): Span {
  const rules = SPANS[jurisdictionOf(order.applicantForce)];
  return spanBetween(rules.start(order), rules.ends(order));
}

/** Where a term has effect: the order's span, ending too at the term's own last day (SPA 2019 s.3(3); PfS(NI)A 2022 s.9). */
export function termSpan(order: Order, term: Term, span: Span = orderSpan(order)): Span {
  const last = SPANS[jurisdictionOf(order.applicantForce)].termLastDay(order, term);
  if (last === null) return span;
  const end = endOfDayEdge(last).lo;
  return { ...span, sureTo: Math.min(span.sureTo, end), maybeTo: Math.min(span.maybeTo, end) };
}

/** An order's term, with the order that has it. */
export interface TermHolder {
  entry: OrderEntry;
  term: Term;
}

/** The history: its entries in input order, by id, and indexes for the questions the rules ask of it. */
export class History {
  readonly entries: readonly OrderEntry[];
  readonly byId: ReadonlyMap<string, OrderEntry>;
  /** The jurisdiction of the history's orders (one per case; England and Wales when there are none). */
  readonly jurisdiction: Jurisdiction;
  private spanIndex: SpanIndex<OrderEntry> | undefined;
  private readonly terms = new Map<string, SpanIndex<TermHolder>>();
  private readonly termSpans = new Map<string, { span: Span; item: TermHolder }[]>();
  private readonly termLists = new Map<string, TermHolder[]>();
  private termsIndexed = false;
  private readonly byMade: OrderEntry[];

  constructor(orders: readonly { order: Order; path: string }[]) {
    const byId = new Map<string, number>();
    orders.forEach(({ order }, i) => {
      if (order.id !== undefined && !byId.has(order.id)) byId.set(order.id, i);
    });
    // The interim order each full order replaces, and the earliest full order replacing each interim order.
    const replacesIndex: (number | undefined)[] = orders.map(({ order }) => {
      const named = order.replacesInterimOrder;
      return typeof named === "string" ? byId.get(named) : undefined;
    });
    const replacedBy = new Map<number, number>();
    replacesIndex.forEach((target, i) => {
      if (target === undefined) return;
      const current = replacedBy.get(target);
      if (current === undefined || compareWhen(madeOf(orders[i]!.order), madeOf(orders[current]!.order)) === -1) replacedBy.set(target, i);
    });
    const effective = orders.map(({ order }, i): { order: Order; from: number | undefined } => {
      const by = replacedBy.get(i);
      const recorded = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
      if (by === undefined || order.kind !== "interim" || recorded !== undefined) return { order, from: undefined };
      // The main application is determined when the full order on it is made (s.5(6)(b)).
      const full = orders[by]!.order;
      const filled: Order = { ...order, mainApplicationDeterminedOn: full.madeOn };
      if (full.madeAt !== undefined) filled.mainApplicationDeterminedAt = full.madeAt;
      // In Northern Ireland the outcome matters (s.11(9)–(10)): a replacing order is an order made on it.
      if (jurisdictionOf(order.applicantForce) === "northern-ireland" && order.mainApplicationOutcome === undefined) filled.mainApplicationOutcome = "order-made";
      return { order: filled, from: by };
    });
    const entries: OrderEntry[] = effective.map(({ order }, i) => {
      const made = madeOf(order);
      return { index: i, path: orders[i]!.path, order, made, madeKey: made.ms ?? startOfLondonDay(made.date), span: orderSpan(order), replaces: undefined, determinationFrom: undefined };
    });
    // Links are set once every entry exists; entries are not changed after construction.
    entries.forEach((entry, i) => {
      const target = replacesIndex[i];
      const from = effective[i]!.from;
      const mutable = entry as { replaces: OrderEntry | undefined; determinationFrom: OrderEntry | undefined };
      if (target !== undefined) mutable.replaces = entries[target];
      if (from !== undefined) mutable.determinationFrom = entries[from];
    });
    this.entries = entries;
    this.jurisdiction = orders[0] === undefined ? "england-and-wales" : jurisdictionOf(orders[0].order.applicantForce);
    this.byId = new Map([...byId].map(([id, i]) => [id, entries[i] as OrderEntry]));
    this.byMade = entries.length === 1 ? entries : [...entries].sort((a, b) => a.madeKey - b.madeKey || sameTimeOrder(a, b));
  }

  /** The orders holding each term id, with the term's span: built on the first question about terms. */
  private indexTerms(): void {
    if (this.termsIndexed) return;
    this.termsIndexed = true;
    for (const entry of this.byMade) {
      for (const term of entry.order.terms) {
        let list = this.termSpans.get(term.id);
        if (list === undefined) this.termSpans.set(term.id, (list = []));
        list.push({ span: termSpan(entry.order, term, entry.span), item: { entry, term } });
      }
    }
    // Taken from the orders in the order they were made, so answers do not depend on the order they were given in.
    for (const [id, list] of this.termSpans) this.termLists.set(id, list.map((h) => h.item));
  }

  /** Orders that may have effect at `at`, latest-made first, lazily. */
  mayBeInEffect(at: Moment): Generator<{ span: Span; item: OrderEntry }> {
    // Indexed on first use.
    this.spanIndex ??= new SpanIndex(
      this.entries.map((entry) => ({ span: entry.span, item: entry })),
      sameTimeOrder,
    );
    return this.spanIndex.mayCover(at);
  }

  /** Up to `limit` orders with the term `termId` whose term may have effect at `at`. */
  termMayBeInEffect(termId: string, at: ParsedWhen, limit: number): TermHolder[] {
    this.indexTerms();
    // Indexed on first use: most histories are asked about few of their terms.
    let index = this.terms.get(termId);
    if (index === undefined) {
      const list = this.termSpans.get(termId);
      if (list === undefined) return [];
      index = new SpanIndex(list, (a, b) => sameTimeOrder(a.entry, b.entry));
      this.terms.set(termId, index);
    }
    return index.take(momentOf(at), limit);
  }

  /** Every order that has a term with this id, in the order they were made. */
  termHolders(termId: string): readonly TermHolder[] {
    this.indexTerms();
    return this.termLists.get(termId) ?? [];
  }

  /** Entries sorted by when they were made (a day without a time counts as its start). */
  get inOrderMade(): readonly OrderEntry[] {
    return this.byMade;
  }

  /** The order made last on or before `day`, if any (for the court that last made an order, s.10(2)). */
  lastMadeBy(day: LocalDate): OrderEntry | undefined {
    let found: OrderEntry | undefined;
    let lo = 0;
    let hi = this.byMade.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const entry = this.byMade[mid] as OrderEntry;
      if (entry.made.date <= day) {
        found = entry;
        lo = mid + 1;
      } else hi = mid;
    }
    return found;
  }
}

function madeOf(order: Order): ParsedWhen {
  return parseWhen(order.madeAt ?? order.madeOn);
}

/** Orders made at the same moment are taken in the order of their ids, then of the input (ids are unique in a history). */
function sameTimeOrder(a: OrderEntry, b: OrderEntry): number {
  const x = a.order.id ?? "";
  const y = b.order.id ?? "";
  return x < y ? -1 : x > y ? 1 : a.index - b.index;
}

/** The history of a single order (the typed API), named by `path`. */
export function historyOf(order: Order, path = "order"): History {
  return new History([{ order, path }]);
}

/** A readable name for an order: `interim order ISPO-1`, `order SPO-2`, `the order`. */
export function describeOrder(order: Order): string {
  return `${order.kind === "interim" ? "interim order" : "order"}${order.id === undefined ? "" : ` ${order.id}`}`;
}
