/**
 * Reading a case file for the `spo` command, bounded: at most 10 MiB from a file or standard input, stopping as
 * soon as the limit is passed (so `/dev/zero` or an endless pipe costs 10 MiB, not all memory); the bytes must
 * be UTF-8, and a leading byte-order mark is dropped.
 */
import { closeSync, openSync, readSync } from "node:fs";

/** The most bytes read from one file or from standard input. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const CHUNK = 64 * 1024;

/** The text read, or why it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads from an open descriptor until its end or until more than `limit` bytes have arrived. */
function readBounded(fd: number, limit: number): { bytes: Buffer; over: boolean } {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, buffer, 0, CHUNK, null);
    } catch (e) {
      // A non-blocking pipe with nothing yet: wait a moment and read again.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        pause(5);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    chunks.push(buffer.subarray(0, n));
    if (total > limit) return { bytes: Buffer.concat(chunks), over: true };
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

/** Decodes UTF-8 strictly (invalid bytes are an error, not replacement characters); a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads `path` (`-` for standard input) within the limit, as text. */
export function readInput(path: string, limit = MAX_INPUT_BYTES): ReadResult {
  const name = path === "-" ? "standard input" : path;
  let fd: number | undefined;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
    const { bytes, over } = readBounded(fd, limit);
    if (over) return { ok: false, message: `${name} is larger than ${limit / 1024 / 1024} MiB, the most a case file may be` };
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, message: `${name} is not valid UTF-8 text` };
    return { ok: true, text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${name}${code === undefined ? "" : ` (${code})`}` };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
