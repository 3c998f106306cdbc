/**
 * Deep freezing for the tables the library exports (forces, offences, limits, policies): every caller shares
 * them, so none may be able to change what a later answer reads.
 */

/** Freezes `value` and everything reachable from it, and returns it. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
