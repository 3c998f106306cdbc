/**
 * Bounds on what an input may hold, checked before any schema runs: at most 10,000 items in an array, at most
 * 100,000 characters in a string, and at most 1,000,000 values in all. The check reads lengths rather than
 * elements, walks without recursion (so depth cannot overflow the stack), and stops at the first excess: an
 * oversized input costs as much as its bound, never as much as its size, and gets one clear issue.
 */
import { joinPath } from "./paths";
import type { InputIssue } from "./errors";

/** The most items any input array may hold. */
export const MAX_ARRAY_ITEMS = 10_000;
/** The most characters any input string may hold. */
export const MAX_STRING_LENGTH = 100_000;
/** The most values (objects, arrays, strings, numbers…) an input may hold in all. */
export const MAX_VALUES = 1_000_000;
/** The most issues an error lists; one more issue then says how many were left out. */
export const MAX_ISSUES = 100;
/** Deeper than any input shape goes: past this the value is not read (the schema rejects it anyway). */
const MAX_DEPTH = 64;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? joinPath(path, key) : `${path}[${JSON.stringify(key)}]`;
}

/**
 * The first way `input` exceeds the bounds, as an issue at its path (under `prefix`), or `null` if it does not.
 * Reading the input may run getters or proxy traps; whatever they throw becomes an issue, never an exception.
 */
export function boundsIssue(input: unknown, prefix = ""): InputIssue | null {
  // Each frame knows its parent and key, so a path is spelled out only for the one value that is reported.
  interface Frame {
    value: unknown;
    parent: Frame | null;
    key: string | number;
    depth: number;
  }
  const pathOf = (frame: Frame): string => {
    const keys: (string | number)[] = [];
    for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) keys.push(f.key);
    let path = prefix;
    for (let i = keys.length - 1; i >= 0; i--) path = childPath(path, keys[i] as string | number);
    return path;
  };
  const stack: Frame[] = [{ value: input, parent: null, key: "", depth: 0 }];
  const seen = new Set<object>();
  let count = 0;
  try {
    while (stack.length > 0) {
      const frame = stack.pop() as Frame;
      const { value, depth } = frame;
      if (++count > MAX_VALUES) return { path: prefix, message: `holds more than ${MAX_VALUES.toLocaleString("en-GB")} values in all` };
      if (typeof value === "string") {
        if (value.length > MAX_STRING_LENGTH) return { path: pathOf(frame), message: `must be at most ${MAX_STRING_LENGTH.toLocaleString("en-GB")} characters long (it has ${value.length.toLocaleString("en-GB")})` };
        continue;
      }
      if (typeof value !== "object" || value === null || depth >= MAX_DEPTH || seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        if (value.length > MAX_ARRAY_ITEMS) return { path: pathOf(frame), message: `must hold at most ${MAX_ARRAY_ITEMS.toLocaleString("en-GB")} items (it has ${value.length.toLocaleString("en-GB")})` };
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 });
        continue;
      }
      const keys = Object.keys(value);
      if (keys.length > MAX_ARRAY_ITEMS) return { path: pathOf(frame), message: `must have at most ${MAX_ARRAY_ITEMS.toLocaleString("en-GB")} fields` };
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ value: (value as Record<string, unknown>)[key], parent: frame, key, depth: depth + 1 });
      }
    }
  } catch (e) {
    return { path: prefix, message: `could not be read (${describeThrown(e)})` };
  }
  return null;
}

/** At most {@link MAX_ISSUES} issues, then one saying how many more there were. */
export function capIssues(issues: readonly InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  const more = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), { path: "", message: `and ${more.toLocaleString("en-GB")} more issue${more === 1 ? "" : "s"} not listed` }];
}

/**
 * A one-line description of something thrown, whatever it is: an Error's message, a primitive, or a plain
 * description for values that cannot be turned into a string (an object without a prototype, say).
 */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return oneLine(String(e.message));
    if (typeof e === "string") return oneLine(e);
    if (typeof e === "number" || typeof e === "boolean" || typeof e === "bigint" || e === null || e === undefined) return String(e);
    if (typeof e === "symbol") return "a symbol";
    return "a value that is not an error";
  } catch {
    return "a value that cannot be described";
  }
}

function oneLine(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
