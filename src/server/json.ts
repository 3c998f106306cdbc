/**
 * Request bodies as JSON, with the position of the first error. `JSON.parse`'s messages differ between Node
 * versions and some carry no position at all, so when it fails a small scanner over the bytes finds where the
 * text stops being JSON (RFC 8259) and the client is told the line, column and byte offset.
 */
import { isUtf8 } from "node:buffer";
import { badRequest } from "./http-errors";

/** Where a text stops being JSON, and why. */
export interface JsonSyntaxError {
  /** 0-based byte offset into the body. */
  offset: number;
  /** 1-based line; lines end at LF. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  problem: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWhitespace = (c: number | undefined): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
const ESCAPES = new Set([...'"\\/bfnrtu'].map((ch) => ch.charCodeAt(0)));

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/**
 * The first JSON syntax error in `bytes` from `start` on, or `null` when they are JSON. Iterative, with an
 * explicit stack, because a hostile body can nest a million arrays.
 * @example findJsonSyntaxError(Buffer.from('{"a":}'))?.column // 6
 */
export function findJsonSyntaxError(bytes: Uint8Array, start = 0): JsonSyntaxError | null {
  try {
    scan(bytes, start);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return locate(bytes, e.offset, e.problem);
  }
}

function scan(b: Uint8Array, start: number): void {
  const stack: number[] = []; // the closing byte each open container expects
  let i = start;
  const ws = (): void => {
    while (isWhitespace(b[i])) i++;
  };
  const found = (expected: string): Stop => new Stop(i, i >= b.length ? `unexpected end of input (expected ${expected})` : `expected ${expected}`);
  const key = (): void => {
    if (b[i] !== QUOTE) throw found("a property name in double quotes");
    string();
    ws();
    if (b[i] !== 0x3a) throw found('":"');
    i++;
  };
  const string = (): void => {
    i++;
    for (;;) {
      const c = b[i];
      if (c === undefined) throw new Stop(i, "unexpected end of input (a string is not closed)");
      if (c === QUOTE) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i, "control character in a string (escape it, e.g. \\n)");
      if (c === BACKSLASH) {
        const e = b[i + 1];
        if (e === undefined || !ESCAPES.has(e)) throw new Stop(i, "invalid escape in a string");
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(b[i + k])) throw new Stop(i, "invalid \\u escape (four hex digits needed)");
          i += 6;
        } else i += 2;
        continue;
      }
      i++;
    }
  };
  const digits = (what: string): void => {
    if (!isDigit(b[i])) throw new Stop(i, `invalid number (${what})`);
    while (isDigit(b[i])) i++;
  };
  const number = (): void => {
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else digits("a digit expected");
    if (b[i] === 0x2e) {
      i++;
      digits("a digit expected after the decimal point");
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      digits("a digit expected in the exponent");
    }
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      if (b[i + k] !== word.charCodeAt(k)) throw new Stop(i, "expected a value (an object, array, string, number, true, false or null)");
    }
    i += word.length;
  };

  ws();
  for (;;) {
    // A value starts here.
    const c = b[i];
    if (c === 0x7b || c === 0x5b) {
      i++;
      ws();
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (b[i] === close) i++; // empty: a whole value, so fall through to what may follow it
      else {
        stack.push(close);
        if (close === 0x7d) {
          key();
          ws();
        }
        continue;
      }
    } else if (c === QUOTE) string();
    else if (c === 0x2d || isDigit(c)) number();
    else if (c === 0x74) literal("true");
    else if (c === 0x66) literal("false");
    else if (c === 0x6e) literal("null");
    else throw found("a value (an object, array, string, number, true, false or null)");
    // After a value: a separator, a closing bracket, or the end.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < b.length) throw new Stop(i, "unexpected text after the JSON value");
        return;
      }
      if (b[i] === top) {
        i++;
        stack.pop();
        continue;
      }
      if (b[i] !== 0x2c) throw found(top === 0x7d ? '"," or "}"' : '"," or "]"');
      i++;
      ws();
      if (top === 0x7d) {
        key();
        ws();
      }
      break;
    }
  }
}

function locate(b: Uint8Array, offset: number, problem: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (b[k] === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  const column = [...Buffer.from(b.subarray(lineStart, offset)).toString("utf8")].length + 1;
  const next = b[offset];
  const shown = next === undefined ? "" : `, found ${JSON.stringify(charAt(b, offset))}`;
  return { offset, line, column, problem: `${problem}${shown}` };
}

/** The whole UTF-8 character starting at `offset` (a body is checked to be UTF-8 before it is scanned). */
function charAt(b: Uint8Array, offset: number): string {
  const lead = b[offset] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return Buffer.from(b.subarray(offset, offset + length)).toString("utf8");
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Parses a request body as UTF-8 JSON (a leading byte-order mark is allowed, as RFC 8259 permits). Throws a
 * 400 `HttpError` whose message gives the line, column and byte offset of the first error.
 * @example parseJsonBody(Buffer.from('{"asOf": }')) // throws HttpError 400: "… at line 1, column 10 (byte 9)"
 */
export function parseJsonBody(body: Buffer): unknown {
  if (!isUtf8(body)) throw badRequest("is not valid UTF-8");
  const start = BOM.every((x, k) => body[k] === x) ? BOM.length : 0;
  try {
    return JSON.parse(body.toString("utf8", start));
  } catch {
    const error = findJsonSyntaxError(body, start);
    if (error === null) throw badRequest("could not be parsed as JSON");
    throw badRequest(`is not valid JSON: ${error.problem} at line ${error.line}, column ${error.column} (byte ${error.offset})`);
  }
}
