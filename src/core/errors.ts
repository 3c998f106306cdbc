/**
 * Input errors. Structure and impossible values (an unreal date, an unknown force, a rank the force does
 * not have) are reported as errors with readable paths; what the law forbids but a record can contain is
 * a verdict `"no"` instead, never an error.
 */
import type { z } from "zod";
import { joinPath } from "./paths";
import { boundsIssue, capIssues, describeThrown } from "./limits";

const BRAND: unique symbol = Symbol.for("stalking-protection-orders.SpoInputError") as never;

/** One problem with an input: where it is (`order.terms[2].lastDay`) and what is wrong with it. */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Thrown by the typed API when an input is malformed. `issues` lists every problem found, each with a
 * dot-and-index path. `evaluateCase` never throws it: it returns `{ ok: false, issues }` instead.
 * @see ../../docs/guide.md#input-errors
 */
export class SpoInputError extends Error {
  readonly issues: InputIssue[];
  /** The brand {@link isSpoInputError} checks: the same in the ESM and CommonJS builds (a global symbol). */
  readonly [BRAND] = true;

  constructor(issues: InputIssue[]) {
    const listed = capIssues(issues);
    super(`Invalid input: ${listed.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)).join("; ")}`);
    this.name = "SpoInputError";
    this.issues = listed;
  }
}

/**
 * Whether `e` is an input error of this library, from either build: an error thrown by the CommonJS build is not
 * `instanceof` the ESM class (they are two classes), but both carry the same global brand.
 * @example try { assessOrder(order) } catch (e) { if (isSpoInputError(e)) console.log(e.issues) }
 * @see ../../docs/guide.md#input-errors
 */
export function isSpoInputError(e: unknown): e is SpoInputError {
  try {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true && Array.isArray((e as { issues?: unknown }).issues);
  } catch {
    return false;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders a zod path as `order.terms[2].lastDay`, quoting keys that are not identifiers. */
export function formatPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) out = joinPath(out, segment);
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Converts zod issues to input issues with readable paths under `prefix`. */
export function issuesFromZod(error: z.ZodError, prefix = ""): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // A union names every branch's failure; the branch with fewest complaints is the one meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      for (const i of issuesFromZod({ issues: nested } as unknown as z.ZodError, prefix)) out.push(i);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key], prefix), message: "is not a recognised field" });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path, prefix), message: readableMessage(issue) });
  }
  return out;
}

/** Rewords zod's generic type messages for the people who read them (integrators, officers). */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    return issue.message.endsWith("received undefined") ? "is required" : `must be ${article(issue.expected)}`;
  }
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws `SpoInputError` whose
 * paths start with `prefix` (e.g. `"order"` for `assessOrder(order)`).
 * @example parseInput(OrderSchema, order, "order") // throws SpoInputError("order.terms[2].lastDay: …") when invalid
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = safelyParse(schema, input, prefix);
  if (!result.ok) throw new SpoInputError(result.issues);
  return result.data;
}

/**
 * Validates `input` against `schema` within the bounds of `limits.ts`, never throwing: an oversized input, a
 * getter or proxy that throws while being read, or a failed check each give issues (at most 101) with paths
 * under `prefix`.
 */
export function safelyParse<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): { ok: true; data: z.output<S> } | { ok: false; issues: InputIssue[] } {
  const bounds = boundsIssue(input, prefix);
  if (bounds !== null) return { ok: false, issues: [bounds] };
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, data: result.data };
    return { ok: false, issues: capIssues(issuesFromZod(result.error, prefix)) };
  } catch (e) {
    if (isSpoInputError(e)) return { ok: false, issues: e.issues.map((i) => ({ ...i, path: joinPath(prefix, i.path) })) };
    return { ok: false, issues: [{ path: prefix, message: `could not be read (${describeThrown(e)})` }] };
  }
}

/** Throws a single-issue `SpoInputError`. */
export function inputError(path: string, message: string): never {
  throw new SpoInputError([{ path, message }]);
}
