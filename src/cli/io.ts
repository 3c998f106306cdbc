/** What the `spo` command reads and writes: the process's streams and files, or a test's own. */
import { evaluateCase, type EvaluateResult } from "../case";
import { describeThrown } from "../core/limits";
import { englishMessages } from "../messages";
import { englishCli, type CliTextId } from "../messages/english/cli";
import type { Params } from "../messages/types";
import { escapeControls } from "../output/escape";
import type { ReadResult } from "./read";

/** Where the command reads and writes. */
export interface Io {
  /** Writes one line (the newline is added). */
  out: (text: string) => void;
  /** Writes `text` exactly, for output with its own line endings (iCalendar's CRLF). */
  write: (text: string) => void;
  /** Writes one line to standard error. */
  err: (text: string) => void;
  readFile: (path: string) => ReadResult;
  version: string;
}

/** The command's own sentence `id`, in English; report text comes from the main catalogue through `explain`. */
export function say(id: CliTextId, params: Params = {}): string {
  return (englishCli[id] as (p: Params) => string)(params);
}

/** Reads and evaluates one case file; a file that cannot be read or parsed is an invalid one. */
export function readCase(path: string, io: Io): EvaluateResult {
  const read = io.readFile(path);
  if (!read.ok) return { ok: false, issues: [{ path: "", message: read.message }] };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: `is not valid JSON: ${describeThrown(e)}` }] };
  }
  return evaluateCase(json);
}

/** An invalid file's issues, one per line, escaped. */
export function issueLines(file: string, issues: readonly { path: string; message: string }[]): string {
  return [say("cli.invalid-file", { file }), ...issues.map((i) => englishMessages["text.issue"]({ path: i.path, message: i.message }))].map(escapeControls).join("\n");
}
