/**
 * The `spo` command: evaluate case files, print notification deadlines, print JSON Schemas.
 * Exit codes: 0 success; 2 invalid input, malformed JSON, an unreadable file, or a usage error.
 */
import { parseArgs } from "node:util";
import { evaluateCase, type EvaluateResult } from "../case";
import { notificationPeriod } from "../core/calendar";
import { isSpoInputError } from "../core/errors";
import { describeThrown } from "../core/limits";
import { escapeControls } from "../output/escape";
import type { ReadResult } from "./read";
import { explain } from "../output/explain";
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from "../json-schema";
import { openApiDocument } from "../server/openapi";
import { serveCommand } from "../server/serve";

const HELP = `spo — the Stalking Protection Act 2019 (England and Wales) as explainable rules

Usage:
  spo evaluate <file|-> [more files] [--json]   evaluate case files (- reads standard input)
  spo deadline <date-or-instant> [--json]        the 3-day notification period beginning with that day (s.9)
  spo schema [name]                              print a JSON Schema (no name: list the names)
  spo schema openapi                             print the OpenAPI 3.1 description of spo serve
  spo serve [--host 127.0.0.1] [--port 8080]     run the HTTP/JSON service (SIGTERM drains and exits)
  spo --help | --version

Exit status: 0 valid input; 2 invalid input, malformed JSON, an unreadable file, or a usage error.
Dates are London calendar days; an instant without an offset is London wall-clock time.`;

/** Where the command reads and writes: the process, or a test's own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => ReadResult;
  version: string;
}

function readCase(path: string, io: Io): EvaluateResult {
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

function evaluateCommand(files: string[], asJson: boolean, io: Io): number {
  if (files.length === 0) {
    io.err("spo evaluate: name a case file, or - for standard input");
    return 2;
  }
  let status = 0;
  files.forEach((file, i) => {
    const result = readCase(file, io);
    if (!result.ok) status = 2;
    if (asJson) {
      io.out(JSON.stringify(result, null, 2));
      return;
    }
    if (files.length > 1) io.out(`${i === 0 ? "" : "\n"}=== ${file} ===`);
    if (result.ok) io.out(explain(result));
    else io.err([`${file}: invalid case file`, ...result.issues.map((x) => `  ${x.path === "" ? "(input)" : x.path}: ${x.message}`)].map(escapeControls).join("\n"));
  });
  return status;
}

function deadlineCommand(args: string[], asJson: boolean, io: Io): number {
  if (args.length !== 1) {
    io.err("spo deadline: give one date (YYYY-MM-DD) or instant (ISO 8601)");
    return 2;
  }
  try {
    const p = notificationPeriod(args[0] as string);
    io.out(
      asJson
        ? JSON.stringify(p, null, 2)
        : `3 days beginning with ${p.startsOn} (SPA 2019 s.9): last day ${p.lastDay}; ends at ${p.endsAt} (London).`,
    );
    return 0;
  } catch (e) {
    if (!isSpoInputError(e)) throw e;
    const issues = e.issues.map((i) => ({ path: "date", message: i.message }));
    if (asJson) io.out(JSON.stringify({ ok: false, issues }, null, 2));
    else io.err(escapeControls(`spo deadline: ${JSON.stringify(args[0])} ${issues.map((i) => i.message).join("; ")}`));
    return 2;
  }
}

function schemaCommand(args: string[], io: Io): number {
  if (args.length === 0) {
    io.out(SCHEMA_NAMES.join("\n"));
    return 0;
  }
  if (args.length === 1 && args[0] === "openapi") {
    io.out(JSON.stringify(openApiDocument(), null, 2));
    return 0;
  }
  const name = args[0] as SchemaName;
  if (args.length > 1 || !SCHEMA_NAMES.includes(name)) {
    io.err(`spo schema: unknown schema ${JSON.stringify(args.join(" "))}; one of: ${SCHEMA_NAMES.join(", ")}`);
    return 2;
  }
  io.out(JSON.stringify(jsonSchema(name), null, 2));
  return 0;
}

/** Exit status when the library itself fails (EX_SOFTWARE): said in one line, never with a stack trace. */
export const INTERNAL_ERROR = 70;

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit status. Never throws: a defect
 * in the library is reported in one line on `io.err` with exit status 70.
 */
export function runCli(argv: string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (e) {
    try {
      io.err(`spo: internal error: ${describeThrown(e)}`);
    } catch {
      // Nowhere left to say it; the exit status still does.
    }
    return INTERNAL_ERROR;
  }
}

function run(argv: string[], io: Io): number {
  // `spo serve` has options of its own (--host, --port) and runs until a signal drains it.
  if (argv[0] === "serve") return serveCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
    });
  } catch (e) {
    io.err(`spo: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(HELP);
    return 0;
  }
  if (values.version === true) {
    io.out(io.version);
    return 0;
  }
  const [command, ...rest] = positionals;
  const asJson = values.json === true;
  switch (command) {
    case "evaluate":
      return evaluateCommand(rest, asJson, io);
    case "deadline":
      return deadlineCommand(rest, asJson, io);
    case "schema":
      return schemaCommand(rest, io);
    case undefined:
      io.out(HELP);
      return 2;
    default:
      io.err(`spo: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
      return 2;
  }
}

