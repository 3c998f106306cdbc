// The same case files give byte-identical JSON whatever the process time zone: each zone is a separate
// Node process (TZ is read at start-up), running the built package on every example.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ZONES = ["UTC", "Europe/London", "Pacific/Auckland", "America/Los_Angeles", "Asia/Tokyo"];
const SCRIPT = `
import { readdirSync, readFileSync } from "node:fs";
import { evaluateCase, notificationPeriod } from "./dist/index.js";
const out = {};
for (const f of readdirSync("examples").sort()) out[f] = evaluateCase(JSON.parse(readFileSync("examples/" + f, "utf8")));
out.deadlines = ["2026-03-28T23:30:00Z", "2026-10-24T23:30:00Z", "2026-10-25T01:30:00+01:00", "2028-02-29"].map(notificationPeriod);
out.zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
process.stdout.write(JSON.stringify(out));
`;

function runIn(tz: string): { zone: string; json: string } {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const parsed = JSON.parse(r.stdout) as { zone: string };
  const { zone, ...rest } = parsed;
  return { zone, json: JSON.stringify(rest) };
}

describe("results do not depend on the process time zone", () => {
  it(`evaluateCase on every example is byte-identical under ${ZONES.join(", ")}`, () => {
    const runs = ZONES.map(runIn);
    runs.forEach((r, i) => expect(r.zone).toBe(ZONES[i]));
    const [first, ...rest] = runs;
    expect(first?.json.length).toBeGreaterThan(1000);
    for (const r of rest) expect(r.json).toBe(first?.json);
  }, 60_000);
});
