/**
 * A static segment tree over numbers answering "the first (or last) position from here whose value exceeds a
 * threshold" in O(log n). The history's questions — which orders could be in effect at a moment, which
 * notification first meets a duty — are such searches; answering each in a scan would make a whole case
 * quadratic in its size.
 */
export class MaxTree {
  private readonly size: number;
  // A plain array: most trees the library builds are small, where a typed array costs more to make than to read.
  private readonly tree: number[];
  readonly length: number;

  constructor(values: ArrayLike<number>) {
    this.length = values.length;
    let size = 1;
    while (size < values.length) size *= 2;
    this.size = size;
    this.tree = new Array<number>(2 * size).fill(Number.NEGATIVE_INFINITY);
    for (let i = 0; i < values.length; i++) this.tree[size + i] = values[i] as number;
    for (let node = size - 1; node >= 1; node--) {
      this.tree[node] = Math.max(this.tree[2 * node] as number, this.tree[2 * node + 1] as number);
    }
  }

  /** The smallest position `i >= start` whose value is greater than `threshold`, or -1. */
  firstAtOrAfter(start: number, threshold: number): number {
    if (start >= this.length) return -1;
    return this.first(1, 0, this.size - 1, Math.max(0, start), threshold);
  }

  /** The largest position `i <= end` whose value is greater than `threshold`, or -1. */
  lastAtOrBefore(end: number, threshold: number): number {
    if (end < 0) return -1;
    return this.last(1, 0, this.size - 1, Math.min(end, this.length - 1), threshold);
  }

  private first(node: number, lo: number, hi: number, start: number, threshold: number): number {
    if (hi < start || (this.tree[node] as number) <= threshold) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.first(2 * node, lo, mid, start, threshold);
    return left !== -1 ? left : this.first(2 * node + 1, mid + 1, hi, start, threshold);
  }

  private last(node: number, lo: number, hi: number, end: number, threshold: number): number {
    if (lo > end || (this.tree[node] as number) <= threshold) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >> 1;
    const right = this.last(2 * node + 1, mid + 1, hi, end, threshold);
    return right !== -1 ? right : this.last(2 * node, lo, mid, end, threshold);
  }
}

/** The number of leading items of a sorted array for which `before` holds (a lower bound by predicate). */
export function countWhile<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
