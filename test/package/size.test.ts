// Size budget for the library's own code, minified and gzipped with zod and luxon external, and a check that
// fast-check never reaches the main entry. The budget is set just above today's size to catch growth: the case
// history (contract v2) took the library's own code from 23.7 kB to 32.1 kB gzipped (docs/quality.md).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** Today's size (46.2 kB gzipped: the catalogue, the agenda text, the calendar, the report schema, Northern Ireland in progress) plus a little: growth past it needs a reason in docs/quality.md. */
const BUDGET_GZIP_BYTES = 48 * 1024;

async function bundle(entry: string, external: string[]): Promise<{ bytes: number; gzip: number; text: string }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "neutral", external, write: false, logLevel: "silent" });
  const text = result.outputFiles[0]?.text ?? "";
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, text };
}

describe("size budget", () => {
  it("the main entry stays within its budget (zod and luxon external) and contains no fast-check", async () => {
    const main = await bundle("dist/index.js", ["zod", "luxon"]);
    console.log(`size: . = ${main.bytes} B minified, ${main.gzip} B gzipped`);
    expect(main.gzip).toBeLessThan(BUDGET_GZIP_BYTES);
    expect(main.text).not.toMatch(/fast-check/);
    const withChecks = await bundle("dist/index.js", ["zod", "luxon", "fast-check"]);
    expect(withChecks.text).toBe(main.text);
  });

  it("the arbitraries entry keeps fast-check external", async () => {
    const arb = await bundle("dist/arbitraries/index.js", ["zod", "luxon", "fast-check"]);
    console.log(`size: ./arbitraries = ${arb.bytes} B minified, ${arb.gzip} B gzipped`);
    expect(arb.text).toMatch(/from"fast-check"/);
  });
});
