/**
 * English for the `spo` command: its help, its headers and its usage errors. A catalogue of its own, beside
 * {@link englishMessages}: the command speaks English only (it takes no catalogue), and keeping its text out of
 * `Messages` keeps it out of every browser bundle and off a translator's list for `explain`.
 */
export const englishCli = {
  "cli.help": () => `spo — stalking protection order law as explainable rules (SPA 2019, England and Wales; PfS(NI)A 2022, Northern Ireland)

Usage:
  spo evaluate <file|-> [more files] [--format text|json|ndjson] [--fail-on overdue|offence|unknown]
                                                 evaluate case files (- reads standard input); --json is
                                                 --format json for one file, NDJSON for several
  spo agenda <file|->                            what needs action at the case's asOf
  spo calendar <file|->                          the case's deadlines as iCalendar (RFC 5545)
  spo deadline <date-or-instant> [--json]        the 3-day notification period beginning with that day
  spo schema [name]                              print a JSON Schema (no name: list the names)
  spo schema openapi                             print the OpenAPI 3.1 description of spo serve
  spo serve [--host 127.0.0.1] [--port 8080]     run the HTTP/JSON service (SIGTERM drains and exits)
  spo --help | --version

Exit status: 0 valid input; 1 when a --fail-on condition holds; 2 invalid input, malformed JSON, an
unreadable file, or a usage error; 70 an internal error of the library.
Dates are London calendar days; an instant without an offset is London wall-clock time.`,
  "cli.file-header": (p: { file: string }) => `=== ${p.file} ===`,
  "cli.invalid-file": (p: { file: string }) => `${p.file}: invalid case file`,
  "cli.usage": (p: { problem: string }) => `spo: ${p.problem}`,
  "cli.needs-file": (p: { command: string }) => `spo ${p.command}: name a case file, or - for standard input`,
  "cli.one-file": (p: { command: string }) => `spo ${p.command}: give exactly one case file`,
  "cli.unknown-command": (p: { command: string }) => `spo: unknown command ${JSON.stringify(p.command)}`,
  "cli.bad-format": (p: { format: string }) => `spo evaluate: unknown --format ${JSON.stringify(p.format)}; one of: text, json, ndjson`,
  "cli.bad-fail-on": (p: { condition: string }) => `spo evaluate: unknown --fail-on ${JSON.stringify(p.condition)}; one of: overdue, offence, unknown`,
  "cli.deadline-usage": () => "spo deadline: give one date (YYYY-MM-DD) or instant (ISO 8601)",
  "cli.deadline": (p: { startsOn: string; lastDay: string; endsAt: string }) => `3 days beginning with ${p.startsOn} (SPA 2019 s.9; PfS(NI)A 2022 s.14): last day ${p.lastDay}; ends at ${p.endsAt} (London).`,
  "cli.deadline-invalid": (p: { given: string; problems: readonly string[] }) => `spo deadline: ${JSON.stringify(p.given)} ${p.problems.join("; ")}`,
  "cli.unknown-schema": (p: { given: string; names: readonly string[] }) => `spo schema: unknown schema ${JSON.stringify(p.given)}; one of: ${p.names.join(", ")}`,
  "cli.internal-error": (p: { problem: string }) => `spo: internal error: ${p.problem}`,
};

/** The id of one of the command's sentences. */
export type CliTextId = keyof typeof englishCli;
