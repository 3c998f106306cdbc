/**
 * `spo evaluate`, `spo agenda`, `spo calendar`: case files in, the report out as text, JSON, NDJSON, an agenda or
 * an iCalendar; with `--fail-on`, exit status 1 when a condition holds in a valid case.
 */
import type { CaseReport, EvaluateResult } from "../case";
import type { Assessment } from "../core/assessment";
import { explain, explainAgenda } from "../output/explain";
import { toICalendar } from "../output/ical";
import { escapeControls } from "../output/escape";
import { issueLines, readCase, say, type Io } from "./io";

/** The conditions `--fail-on` can name. */
export const FAIL_ON = ["overdue", "offence", "unknown"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Every assessment of a report. */
function assessments(r: CaseReport): Assessment<unknown>[] {
  const out: Assessment<unknown>[] = [];
  if (r.application !== undefined) out.push(r.application);
  for (const o of r.orders) out.push(o.lawful, o.inForce);
  if (r.notification !== undefined) out.push(r.notification);
  for (const f of r.notificationFailures ?? []) out.push(f.classification);
  if (r.discharge !== undefined) out.push(r.discharge);
  out.push(...r.incidents);
  return out;
}

/** Whether `condition` holds in the report: a duty overdue, an offence made out, an answer left unknown. */
export function holds(condition: FailOn, r: CaseReport): boolean {
  switch (condition) {
    case "overdue":
      return (r.notification?.value ?? []).some((o) => o.status === "overdue");
    case "offence":
      return [...r.incidents, ...(r.notificationFailures ?? []).map((f) => f.classification)].some((a) => a.verdict === "yes");
    case "unknown":
      return assessments(r).some((a) => a.verdict === "unknown");
  }
}

/** The exit status of one evaluated file: 2 if invalid, 1 if a condition holds, else 0. */
function statusOf(result: EvaluateResult, failOn: readonly FailOn[]): number {
  if (!result.ok) return 2;
  return failOn.some((c) => holds(c, result.report)) ? 1 : 0;
}

export type Format = "text" | "json" | "ndjson";

/** `spo evaluate`: every file, in the format asked; the worst status wins (2 over 1 over 0). */
export function evaluateCommand(files: readonly string[], format: Format, failOn: readonly FailOn[], io: Io): number {
  if (files.length === 0) {
    io.err(say("cli.needs-file", { command: "evaluate" }));
    return 2;
  }
  // Several files as JSON are one NDJSON line each, so the output stays one parseable document per line.
  const ndjson = format === "ndjson" || (format === "json" && files.length > 1);
  let status = 0;
  files.forEach((file, i) => {
    const result = readCase(file, io);
    status = Math.max(status, statusOf(result, failOn));
    if (ndjson) {
      io.out(JSON.stringify({ file, ...result }));
      return;
    }
    if (format === "json") {
      io.out(JSON.stringify(result, null, 2));
      return;
    }
    if (files.length > 1) io.out(`${i === 0 ? "" : "\n"}${escapeControls(say("cli.file-header", { file }))}`);
    if (result.ok) io.out(explain(result));
    else io.err(issueLines(file, result.issues));
  });
  return status;
}

/** `spo agenda` and `spo calendar`: one file, its agenda as text or its deadlines as iCalendar. */
export function reportCommand(command: "agenda" | "calendar", files: readonly string[], io: Io): number {
  if (files.length !== 1) {
    io.err(say(files.length === 0 ? "cli.needs-file" : "cli.one-file", { command }));
    return 2;
  }
  const file = files[0] as string;
  const result = readCase(file, io);
  if (!result.ok) {
    io.err(issueLines(file, result.issues));
    return 2;
  }
  if (command === "calendar") {
    io.write(toICalendar(result.report));
    return 0;
  }
  io.out(explainAgenda(result.report));
  return 0;
}
