/**
 * The `spo` command: evaluate case files, print their agenda or calendar, notification deadlines, JSON Schemas,
 * or run the service. Exit codes: 0 success; 1 a `--fail-on` condition holds; 2 invalid input, malformed JSON,
 * an unreadable file, or a usage error; 70 an internal error (said in one line).
 */
import { parseArgs } from "node:util";
import { notificationPeriod } from "../core/calendar";
import { isSpoInputError } from "../core/errors";
import { describeThrown } from "../core/limits";
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from "../json-schema";
import { escapeControls } from "../output/escape";
import { openApiDocument } from "../server/openapi";
import { serveCommand } from "../server/serve";
import { evaluateCommand, FAIL_ON, reportCommand, type FailOn, type Format } from "./evaluate";
import { say, type Io } from "./io";

export type { Io } from "./io";

/** Exit status when the library itself fails (EX_SOFTWARE): said in one line, never with a stack trace. */
export const INTERNAL_ERROR = 70;

/** A usage error: what was wrong, then the help, on standard error; exit status 2. */
function usage(io: Io, problem: string): number {
  io.err(`${escapeControls(problem)}\n\n${say("cli.help")}`);
  return 2;
}

function deadlineCommand(args: string[], asJson: boolean, io: Io): number {
  if (args.length !== 1) return usage(io, say("cli.deadline-usage"));
  const given = args[0] as string;
  try {
    const p = notificationPeriod(given);
    io.out(asJson ? JSON.stringify(p, null, 2) : say("cli.deadline", { ...p }));
    return 0;
  } catch (e) {
    if (!isSpoInputError(e)) throw e;
    const issues = e.issues.map((i) => ({ path: "date", message: i.message }));
    if (asJson) io.out(JSON.stringify({ ok: false, issues }, null, 2));
    else io.err(escapeControls(say("cli.deadline-invalid", { given, problems: issues.map((i) => i.message) })));
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
    io.err(escapeControls(say("cli.unknown-schema", { given: args.join(" "), names: [...SCHEMA_NAMES, "openapi"] })));
    return 2;
  }
  io.out(JSON.stringify(jsonSchema(name), null, 2));
  return 0;
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit status. Never throws: a defect
 * in the library is reported in one line on `io.err` with exit status 70.
 */
export function runCli(argv: string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (e) {
    try {
      io.err(say("cli.internal-error", { problem: describeThrown(e) }));
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
      options: {
        json: { type: "boolean" },
        format: { type: "string" },
        "fail-on": { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return usage(io, say("cli.usage", { problem: describeThrown(e) }));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(say("cli.help"));
    return 0;
  }
  if (values.version === true) {
    io.out(io.version);
    return 0;
  }
  const [command, ...rest] = positionals;
  const format = values.format ?? (values.json === true ? "json" : "text");
  if (format !== "text" && format !== "json" && format !== "ndjson") return usage(io, say("cli.bad-format", { format }));
  const failOn = values["fail-on"] ?? [];
  const unknown = failOn.find((c) => !(FAIL_ON as readonly string[]).includes(c));
  if (unknown !== undefined) return usage(io, say("cli.bad-fail-on", { condition: unknown }));
  switch (command) {
    case "evaluate":
      return evaluateCommand(rest, format as Format, failOn as FailOn[], io);
    case "agenda":
    case "calendar":
      return reportCommand(command, rest, io);
    case "deadline":
      return deadlineCommand(rest, format === "json", io);
    case "schema":
      return schemaCommand(rest, io);
    case undefined:
      return usage(io, say("cli.usage", { problem: "name a command" }));
    default:
      return usage(io, say("cli.unknown-command", { command }));
  }
}
