/**
 * An index of spans answering "which of these may have effect at this moment?" lazily, latest-starting first,
 * in O(log n) per answer — so resolving every incident of a long history to its order stays n log n. Most
 * histories hold a few orders, where a scan is cheaper than building the tree: up to {@link SCAN_UP_TO} items
 * the index scans, and the answers are the same.
 */
import { countWhile, MaxTree } from "./max-tree";
import { spanCovers, type Moment, type Span } from "./span";

/** Up to this many items a plain scan answers (building a tree costs more than it saves). */
export const SCAN_UP_TO = 16;

/** Spans with their items, searchable by moment. */
export class SpanIndex<T> {
  private readonly sorted: { span: Span; item: T }[];
  private tree: MaxTree | undefined;

  /** `tie` orders items whose spans start together, so answers do not depend on the order items were given in. */
  constructor(items: readonly { span: Span; item: T }[], tie: (a: T, b: T) => number = () => 0) {
    this.sorted = [...items].sort((a, b) => a.span.maybeFrom - b.span.maybeFrom || tie(a.item, b.item));
  }

  /** Every item whose span may cover `at` (its `spanCovers` is not `no`), latest-starting first. */
  *mayCover(at: Moment): Generator<{ span: Span; item: T }> {
    if (this.sorted.length <= SCAN_UP_TO) {
      for (let i = this.sorted.length - 1; i >= 0; i--) {
        const entry = this.sorted[i] as { span: Span; item: T };
        if (spanCovers(entry.span, at) !== "no") yield entry;
      }
      return;
    }
    this.tree ??= new MaxTree(this.sorted.map((s) => s.span.maybeTo));
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
