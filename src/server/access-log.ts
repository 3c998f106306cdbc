/**
 * The access log: one line per request with the method, the path, the status and the time taken. Nothing
 * from the body or the query string is written, because both carry personal data (names, addresses, dates of
 * birth); the path is the only part of the request the client chose, so it is escaped and shortened.
 */

const MAX_PATH = 200;

/** Printable ASCII stays; anything else (a control character, a space, non-ASCII) is percent-encoded. */
function printable(path: string): string {
  let out = "";
  for (const ch of path) {
    const code = ch.codePointAt(0) ?? 0;
    out += code > 0x20 && code < 0x7f ? ch : [...Buffer.from(ch, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    if (out.length > MAX_PATH) return `${out.slice(0, MAX_PATH)}…`;
  }
  return out;
}

/**
 * One access-log line: `POST /v1/evaluate 200 1.4ms`. A request that never got as far as a method and a
 * path (a header timeout, bytes that are not HTTP) is `- - 408 -`; 499 means the client went away first.
 * @example accessLogLine("GET", "/healthz", 200, 0.25) // "GET /healthz 200 0.3ms"
 */
export function accessLogLine(method: string | undefined, path: string | undefined, status: number, ms: number | undefined): string {
  return `${method ?? "-"} ${path === undefined ? "-" : printable(path)} ${status} ${ms === undefined ? "-" : `${ms.toFixed(1)}ms`}`;
}

/**
 * The line logged beside a 500: the kind of error only (its message may quote the input), and the request.
 * @example internalErrorLine("POST", "/v1/evaluate", new TypeError("x")) // "internal error (TypeError) in POST /v1/evaluate"
 */
export function internalErrorLine(method: string, path: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  return `internal error (${printable(kind)}) in ${method} ${printable(path)}`;
}
