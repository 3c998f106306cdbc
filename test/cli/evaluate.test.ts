// spo evaluate, agenda and calendar in-process: formats, NDJSON, --fail-on and exit statuses.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { readInput } from "../../src/cli/read";
import { runCli, type Io } from "../../src/cli/run";
import { holds } from "../../src/cli/evaluate";
import { evaluateCase } from "../../src/case";

interface Captured extends Io {
  stdout: string;
  stderr: string;
}

function capture(): Captured {
  const c: Captured = {
    stdout: "",
    stderr: "",
    out: (t) => void (c.stdout += `${t}\n`),
    write: (t) => void (c.stdout += t),
    err: (t) => void (c.stderr += `${t}\n`),
    readFile: (path) => (path.startsWith("mem:") ? { ok: true, text: path.slice(4) } : readInput(path)),
    version: "0.0.0",
  };
  return c;
}

function spo(...argv: string[]): Captured & { status: number } {
  const c = capture();
  return Object.assign(c, { status: runCli(argv, c) });
}

const examples = readdirSync("examples").filter((f) => f.endsWith(".json")).map((f) => `examples/${f}`);
const invalid = `mem:${JSON.stringify({ asOf: "2026-02-30" })}`;

function reportOf(file: string) {
  const r = evaluateCase(JSON.parse((readInput(file) as { text: string }).text));
  if (!r.ok) throw new Error(`${file} is invalid`);
  return r.report;
}

describe("spo evaluate --format", () => {
  it("json for one file is one document; --json is its alias", () => {
    const a = spo("evaluate", "--format", "json", "examples/btp-application.json");
    const b = spo("evaluate", "--json", "examples/btp-application.json");
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toMatchObject({ ok: true, report: { asOf: "2026-11-27" } });
  });

  it("json for several files is one NDJSON line per file, with its name", () => {
    const r = spo("evaluate", "--json", "examples/btp-application.json", invalid);
    expect(r.status).toBe(2);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean });
    expect(lines.map((l) => [l.file, l.ok])).toEqual([["examples/btp-application.json", true], [invalid, false]]);
  });

  it("ndjson is one line even for one file", () => {
    const r = spo("evaluate", "--format", "ndjson", "examples/leap-day-order.json");
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: "examples/leap-day-order.json", ok: true });
  });

  it("text for several files heads each with its name; invalid issues go to standard error", () => {
    const r = spo("evaluate", "examples/btp-application.json", invalid);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("=== examples/btp-application.json ===");
    expect(r.stdout).toMatch(/^=== examples\/btp-application\.json ===\nCase as at Fri 27 Nov 2026\n\n(Action needed|Nothing due)/);
    expect(r.stderr).toContain("asOf: is not a real calendar day");
  });

  it("an unknown format or fail-on condition is a usage error: the help on standard error, exit 2", () => {
    for (const argv of [["evaluate", "--format", "xml", "x.json"], ["evaluate", "--fail-on", "late", "x.json"], ["evaluate", "--nope"], ["frobnicate"], []]) {
      const r = spo(...argv);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("Usage:");
    }
  });

  it("--help is the help on standard output, exit 0", () => {
    const r = spo("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage:");
    expect(r.stderr).toBe("");
  });
});

describe("spo evaluate --fail-on", () => {
  it.each(examples)("%s: exit 1 exactly when a named condition holds", (file) => {
    const report = reportOf(file);
    for (const condition of ["overdue", "offence", "unknown"] as const) {
      expect(spo("evaluate", "--fail-on", condition, file).status, condition).toBe(holds(condition, report) ? 1 : 0);
    }
    const any = (["overdue", "offence", "unknown"] as const).some((c) => holds(c, report));
    expect(spo("evaluate", file, "--fail-on", "overdue", "--fail-on", "offence", "--fail-on", "unknown").status).toBe(any ? 1 : 0);
    expect(spo("evaluate", file).status).toBe(0);
  });

  it("each condition holds in at least one example and fails in another (the tests above can fail)", () => {
    for (const condition of ["overdue", "offence", "unknown"] as const) {
      const verdicts = examples.map((f) => holds(condition, reportOf(f)));
      expect(verdicts, condition).toContain(true);
      expect(verdicts, condition).toContain(false);
    }
  });

  it("reads the report: an overdue duty, an offence made out, an answer left unknown", () => {
    expect(holds("overdue", reportOf("examples/october-clock-change-missed.json"))).toBe(true);
    expect(holds("offence", reportOf("examples/leap-day-order.json"))).toBe(true);
    expect(holds("unknown", reportOf("examples/breach-excuse-undecided.json"))).toBe(true);
    expect(holds("offence", reportOf("examples/breach-excuse-undecided.json"))).toBe(false);
  });

  it("invalid input outranks a condition: exit 2", () => {
    expect(spo("evaluate", "--fail-on", "overdue", "examples/october-clock-change-missed.json", invalid).status).toBe(2);
  });
});

describe("spo agenda and spo calendar", () => {
  it("agenda prints the title and the agenda only, as the text report starts", () => {
    for (const file of examples) {
      const agenda = spo("agenda", file);
      expect(agenda.status).toBe(0);
      const full = spo("evaluate", file).stdout;
      expect(full.startsWith(agenda.stdout.trimEnd())).toBe(true);
      expect(agenda.stdout).not.toContain("Key dates:");
      expect(agenda.stdout).toMatch(/\n\n(Action needed: \d+ items?|Nothing due)/);
    }
  });

  it("calendar prints iCalendar exactly, CRLF line endings throughout, one event per agenda deadline", () => {
    const r = spo("calendar", "examples/leap-day-order.json");
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(r.stdout.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(0);
  });

  it("need exactly one file, and refuse an invalid one with exit 2", () => {
    expect(spo("agenda").status).toBe(2);
    expect(spo("calendar", "a.json", "b.json").status).toBe(2);
    const bad = spo("calendar", invalid);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("is not a real calendar day");
  });
});
