// The `spo` command, run from the built package as a user would run it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = "dist/cli.js";
function spo(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "spo-cli-"));
const bad = join(dir, "bad.json");
writeFileSync(bad, JSON.stringify({ asOf: "2026-02-30", order: { kind: "full" } }));
const malformed = join(dir, "malformed.json");
writeFileSync(malformed, "{ not json");

describe("spo evaluate", () => {
  it("prints the explanation and exits 0 for a valid case", () => {
    const r = spo(["evaluate", "examples/breach-excuse-undecided.json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Incident 1 (offence?): unknown");
    expect(r.stdout).toContain("Key dates:");
  });

  it("exits 2 for invalid input, each issue on its own line", () => {
    const r = spo(["evaluate", bad]);
    expect(r.status).toBe(2);
    const lines = r.stderr.split("\n");
    expect(lines).toContain("  asOf: is not a real calendar day");
    expect(lines).toContain("  order.madeOn: is required");
  });

  it("--json prints { ok: true, report } or { ok: false, issues }", () => {
    const good = spo(["evaluate", "--json", "examples/btp-application.json"]);
    expect(good.status).toBe(0);
    const parsed = JSON.parse(good.stdout) as { ok: boolean; report: { application: { verdict: string } } };
    expect(parsed.ok).toBe(true);
    expect(parsed.report.application.verdict).toBe("yes");
    const invalid = spo(["evaluate", bad, "--json"]);
    expect(invalid.status).toBe(2);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path: "asOf", message: "is not a real calendar day" }]) });
  });

  it("reads standard input with -", () => {
    const r = spo(["evaluate", "-"], JSON.stringify({ asOf: "2026-01-01" }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Case as at Thu 1 Jan 2026");
  });

  it("exits 2 for malformed JSON and unreadable files", () => {
    const m = spo(["evaluate", malformed]);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain("is not valid JSON");
    const missing = spo(["evaluate", join(dir, "nope.json"), "--json"]);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout).issues[0].message).toMatch(/^cannot read/);
  });

  it("evaluates several files, failing if any is invalid", () => {
    const r = spo(["evaluate", "examples/btp-application.json", bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("=== examples/btp-application.json ===");
  });
});

describe("spo agenda, calendar and --fail-on, from the built command", () => {
  it("agenda prints what needs action; calendar prints CRLF iCalendar ending in a CRLF", () => {
    const a = spo(["agenda", "examples/october-clock-change-missed.json"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^Case as at .+\n\nAction needed: \d+ items?\n/);
    const c = spo(["calendar", "examples/leap-day-order.json"]);
    expect(c.status).toBe(0);
    expect(c.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(c.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("--fail-on overdue exits 1 for a missed deadline; a usage error prints the help on standard error", () => {
    expect(spo(["evaluate", "--fail-on", "overdue", "examples/october-clock-change-missed.json"]).status).toBe(1);
    const u = spo(["evaluate", "--format", "yaml", "examples/btp-application.json"]);
    expect(u.status).toBe(2);
    expect(u.stdout).toBe("");
    expect(u.stderr).toContain("Usage:");
  });
});

describe("spo deadline", () => {
  it("prints the notification period in London time", () => {
    const r = spo(["deadline", "2026-10-24T23:30:00Z"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("last day 2026-10-27; ends at 2026-10-28T00:00:00+00:00");
    expect(JSON.parse(spo(["deadline", "2026-03-27", "--json"]).stdout)).toEqual({ startsOn: "2026-03-27", lastDay: "2026-03-29", endsAt: "2026-03-30T00:00:00+01:00" });
  });

  it("exits 2 for a date that does not exist", () => {
    const r = spo(["deadline", "2026-02-30"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a real calendar day");
  });
});

describe("spo schema, help and usage", () => {
  it("lists and prints JSON Schemas", () => {
    expect(spo(["schema"]).stdout.split("\n")).toContain("case-file");
    const s = JSON.parse(spo(["schema", "case-file"]).stdout) as { $schema: string; title: string };
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(s.title).toBe("stalking-protection-orders case-file");
    expect(spo(["schema", "nope"]).status).toBe(2);
  });

  it("prints help and the version, and rejects unknown commands", () => {
    const help = spo(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("spo evaluate <file|->");
    expect(spo(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(spo(["frobnicate"]).status).toBe(2);
    expect(spo(["evaluate", "--bogus"]).status).toBe(2);
    expect(spo(["evaluate"]).status).toBe(2);
  });
});

describe("spo under attack: bounded, strict about text, never a stack trace", () => {
  const big = join(dir, "nulls.json");
  writeFileSync(big, `{"asOf":"2026-01-01","order":{"terms":[${"null,".repeat(6_000_000)}null]}}`);
  const many = join(dir, "many-nulls.json");
  writeFileSync(many, `{"asOf":"2026-01-01","order":{"terms":[${"null,".repeat(1_000_000)}null]}}`);
  const latin1 = join(dir, "latin1.json");
  writeFileSync(latin1, Buffer.from('{"asOf":"2026-01-01","description":"caf\xe9"}', "latin1"));
  const bom = join(dir, "bom.json");
  writeFileSync(bom, `\ufeff${readFileSync("examples/btp-application.json", "utf8")}`);
  const longId = join(dir, "long-id.json");
  const incidents = Array.from({ length: 300 }, () => ({ type: "term-breached", termId: "T1", at: "2026-03-05", reasonableExcuse: false }));
  writeFileSync(longId, JSON.stringify({ asOf: "2026-04-01", order: { id: "x".repeat(2 * 1024 * 1024), kind: "full", madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] }, incidents }));

  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it("a file over 10 MiB is refused at once, exit 2", () => {
    const r = spo(["evaluate", big]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is larger than 10 MiB");
    noStack(r.stderr);
  });

  it("/dev/zero is read only up to the limit", () => {
    const t0 = Date.now();
    const r = spo(["evaluate", "/dev/zero"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("larger than 10 MiB");
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it("a million nulls within the size limit: one issue naming the array", () => {
    const r = spo(["evaluate", "--json", many]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, issues: [{ path: "order.terms", message: "must hold at most 10,000 items (it has 1,000,001)" }] });
  });

  it("invalid UTF-8 is refused; a leading byte-order mark is accepted", () => {
    const r = spo(["evaluate", latin1]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not valid UTF-8 text");
    expect(spo(["evaluate", bom]).status).toBe(0);
  });

  it("a 2 MiB order id with 300 incidents is an input error, not a crash", () => {
    const r = spo(["evaluate", longId]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("order.id: must be at most 100,000 characters long");
    noStack(r.stderr);
  });

  it("control characters in an error message are escaped", () => {
    const hostile = join(dir, "hostile.json");
    writeFileSync(hostile, JSON.stringify({ asOf: "2026-01-01", "\u001b[31mred": 1 }));
    const r = spo(["evaluate", hostile]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("\u001b");
  });
});
