/**
 * Three-valued (Kleene) logic over legal verdicts.
 *
 * "unknown" is a real answer: it means the inputs do not settle the question. Kleene's strong logic
 * keeps it honest: a single "no" is enough to refuse a conjunction and a single "yes" is enough to
 * satisfy a disjunction, whatever else is unknown.
 */
import { deepFreeze } from "./freeze";

/**
 * The answer to a legal question: `"yes"`, `"no"`, or `"unknown"` when the inputs do not settle it.
 * @see ../../docs/guide.md#three-valued-answers
 */
export type Verdict = "yes" | "no" | "unknown";

/** Every verdict, in a fixed order (useful for table-driven tests and arbitraries). */
export const VERDICTS: readonly Verdict[] = deepFreeze(["yes", "no", "unknown"]);

/**
 * Kleene conjunction: `"no"` if any verdict is `"no"`, else `"unknown"` if any is unknown, else `"yes"`.
 * The conjunction of nothing is `"yes"` (the identity of `and`).
 * @example and("yes", "unknown") // "unknown"
 * @example and("unknown", "no") // "no"
 */
export function and(...verdicts: readonly Verdict[]): Verdict {
  let result: Verdict = "yes";
  for (const v of verdicts) {
    if (v === "no") return "no";
    if (v === "unknown") result = "unknown";
  }
  return result;
}

/**
 * Kleene disjunction: `"yes"` if any verdict is `"yes"`, else `"unknown"` if any is unknown, else `"no"`.
 * The disjunction of nothing is `"no"` (the identity of `or`).
 * @example or("no", "unknown") // "unknown"
 * @example or("unknown", "yes") // "yes"
 */
export function or(...verdicts: readonly Verdict[]): Verdict {
  let result: Verdict = "no";
  for (const v of verdicts) {
    if (v === "yes") return "yes";
    if (v === "unknown") result = "unknown";
  }
  return result;
}

/**
 * Kleene negation: swaps `"yes"` and `"no"`; `"unknown"` stays unknown.
 * @example not("yes") // "no"
 */
export function not(verdict: Verdict): Verdict {
  if (verdict === "yes") return "no";
  if (verdict === "no") return "yes";
  return "unknown";
}

/**
 * Turns a recorded judgement into a verdict: `true` → `"yes"`, `false` → `"no"`,
 * `null` or `undefined` (not yet decided) → `"unknown"`.
 * @example verdictOf(null) // "unknown"
 */
export function verdictOf(judgement: boolean | null | undefined): Verdict {
  if (judgement === true) return "yes";
  if (judgement === false) return "no";
  return "unknown";
}
