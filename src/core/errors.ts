/**
 * Input errors. Structure and impossible values (an unreal date, an unknown force, a rank the force does
 * not have) are reported as errors with readable paths; what the law forbids but a record can contain is
 * a verdict `"no"` instead, never an error.
 */
import * as z from "zod/mini";
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

/**
 * Converts zod issues to input issues with readable paths under `prefix`, in the library's one voice ("is
 * required", "must be one of: …"); `input` is what was validated, to tell a missing value from a wrong one.
 */
export function issuesFromZod(error: { issues: readonly z.core.$ZodIssue[] }, prefix = "", input?: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // A union names every branch's failure; the branch with fewest complaints is the one meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      for (const i of issuesFromZod({ issues: nested as z.core.$ZodIssue[] }, prefix, input)) out.push(i);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key], prefix), message: "is not a recognised field" });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path, prefix), message: readableMessage(issue, input) });
  }
  return out;
}

/** The value at `path` inside `root`, reading own properties only; `undefined` when absent or unreadable. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  try {
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<PropertyKey, unknown>)[key];
    }
    return node;
  } catch {
    return undefined;
  }
}

/**
 * One sentence in the library's voice for a zod issue. The library's own messages ("is not a real calendar day",
 * "must be a territorial force id…") start in lower case and are kept; zod's generic ones are reworded, so no
 * library text ("Invalid option: expected…") reaches a user. A value that is absent is always "is required".
 */
function readableMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const absent = input !== undefined && issue.code !== "custom" && valueAt(input, issue.path) === undefined && issue.path.length > 0;
  if (absent || (issue.code === "invalid_type" && issue.message.endsWith("received undefined"))) return "is required";
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `must be ${article(issue.expected)}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_big":
      return `must be at most ${bound(issue.maximum, issue.origin)}`;
    case "too_small":
      return `must be at least ${bound(issue.minimum, issue.origin)}`;
    case "invalid_format":
      return "is not in the expected format";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return "is not valid here";
  }
}

/** A size bound in words: "200 characters long", "10,000 items", "5". */
function bound(n: number | bigint, origin: string): string {
  const count = typeof n === "number" ? n.toLocaleString("en-GB") : String(n);
  if (origin === "string") return `${count} characters long`;
  if (origin === "array" || origin === "set") return `${count} items`;
  return count;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws `SpoInputError` whose
 * paths start with `prefix` (e.g. `"order"` for `assessOrder(order)`).
 * @example parseInput(OrderSchema, order, "order") // throws SpoInputError("order.terms[2].lastDay: …") when invalid
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = safelyParse(schema, input, prefix);
  if (!result.ok) throw new SpoInputError(result.issues);
  return result.data;
}

/**
 * Validates `input` against `schema` within the bounds of `limits.ts`, never throwing: an oversized input, a
 * getter or proxy that throws while being read, or a failed check each give issues (at most 101) with paths
 * under `prefix`.
 */
export function safelyParse<S extends z.core.$ZodType>(schema: S, input: unknown, prefix = ""): { ok: true; data: z.output<S> } | { ok: false; issues: InputIssue[] } {
  const bounds = boundsIssue(input, prefix);
  if (bounds !== null) return { ok: false, issues: [bounds] };
  try {
    const result = z.safeParse(schema, input);
    if (result.success) return { ok: true, data: result.data };
    return { ok: false, issues: capIssues(issuesFromZod(result.error, prefix, input)) };
  } catch (e) {
    if (isSpoInputError(e)) return { ok: false, issues: e.issues.map((i) => ({ ...i, path: joinPath(prefix, i.path) })) };
    return { ok: false, issues: [{ path: prefix, message: `could not be read (${describeThrown(e)})` }] };
  }
}

/** Throws a single-issue `SpoInputError`. */
export function inputError(path: string, message: string): never {
  throw new SpoInputError([{ path, message }]);
}
