/** A valid case file of size `n` (see big-case.mjs). */
export function bigCase(n: number): Record<string, unknown>;
