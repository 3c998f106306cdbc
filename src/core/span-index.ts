/**
 * An index of spans answering "which of these may have effect at this moment?" lazily, latest-starting first,
 * in O(log n) per answer — so resolving every incident of a long history to its order stays n log n.
 */
import { countWhile, MaxTree } from "./max-tree";
import type { Moment, Span } from "./span";

/** Spans with their items, searchable by moment. */
export class SpanIndex<T> {
  private readonly sorted: { span: Span; item: T }[];
  private readonly tree: MaxTree;

  /** `tie` orders items whose spans start together, so answers do not depend on the order items were given in. */
  constructor(items: readonly { span: Span; item: T }[], tie: (a: T, b: T) => number = () => 0) {
    this.sorted = [...items].sort((a, b) => a.span.maybeFrom - b.span.maybeFrom || tie(a.item, b.item));
    this.tree = new MaxTree(this.sorted.map((s) => s.span.maybeTo));
  }

  /** Every item whose span may cover `at` (its `spanCovers` is not `no`), latest-starting first. */
  *mayCover(at: Moment): Generator<{ span: Span; item: T }> {
    let end = countWhile(this.sorted, (s) => s.span.maybeFrom < at.hi) - 1;
    while (end >= 0) {
      const j = this.tree.lastAtOrBefore(end, at.lo);
      if (j === -1) return;
      yield this.sorted[j] as { span: Span; item: T };
      end = j - 1;
    }
  }

  /** Up to `limit` items whose span may cover `at`, latest-starting first. */
  take(at: Moment, limit: number, keep: (item: T) => boolean = () => true): T[] {
    const out: T[] = [];
    if (limit <= 0) return out;
    for (const { item } of this.mayCover(at)) {
      if (!keep(item)) continue;
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
