// The weight a consumer pays, measured on the build a consumer receives (dist/), two ways:
//   - a browser app's bundle: esbuild, platform browser, zod bundled in, minified and gzipped. The ceilings are
//     the targets of docs/quality.md "Browser weight": the whole main entry at most 65 kB, `notificationPeriod`
//     alone at most 30 kB (the per-function figure shows tree-shaking works: an app pays for what it imports);
//   - the library's own code (zod external), with a budget just above today's size so growth needs a reason.
// And fast-check, a dev-only peer of the arbitraries entry, never reaches the main entry.
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const KB = 1000;
/** The browser ceiling for `export * from "stalking-protection-orders"`, zod included. */
const BROWSER_MAIN_CEILING = 65 * KB;
/** The browser ceiling for an app that imports `notificationPeriod` only. */
const BROWSER_ONE_FUNCTION_CEILING = 30 * KB;
/** Today's own code (56.5 kB gzipped with zod external: both Acts, the catalogue, the agenda, the calendar, the report schema) plus a little. */
const OWN_CODE_BUDGET = 58 * KB;

interface Bundle {
  readonly bytes: number;
  readonly gzip: number;
  readonly text: string;
  readonly metafile: Metafile;
}

async function bundle(contents: string, options: { platform: "browser" | "neutral"; external: string[] }): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: options.platform,
    external: options.external,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, text, metafile: result.metafile };
}

/** The heaviest inputs of a bundle, for the log: what holds the weight if a ceiling is ever passed. */
function heaviest(b: Bundle, count = 5): string {
  const inputs = Object.values(b.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .map(([file, i]) => ({ file: file.replace(/.*node_modules\//, ""), bytes: i.bytesInOutput }))
    .sort((a, b2) => b2.bytes - a.bytes)
    .slice(0, count)
    .map((i) => `${i.file} ${i.bytes} B`)
    .join(", ");
}

const MAIN = `export * from "./dist/index.js";`;
const ONE_FUNCTION = `export { notificationPeriod } from "./dist/index.js";`;

describe("browser weight (zod bundled in)", () => {
  it("the whole main entry is at most 65 kB gzipped", async () => {
    const b = await bundle(MAIN, { platform: "browser", external: [] });
    console.log(`size: browser, main entry = ${b.bytes} B minified, ${b.gzip} B gzipped; heaviest: ${heaviest(b)}`);
    expect(b.gzip).toBeLessThanOrEqual(BROWSER_MAIN_CEILING);
    expect(b.text).not.toMatch(/from\s*"zod/);
  });

  it("an app that imports notificationPeriod alone pays at most 30 kB gzipped", async () => {
    const b = await bundle(ONE_FUNCTION, { platform: "browser", external: [] });
    console.log(`size: browser, notificationPeriod alone = ${b.bytes} B minified, ${b.gzip} B gzipped; heaviest: ${heaviest(b)}`);
    expect(b.gzip).toBeLessThanOrEqual(BROWSER_ONE_FUNCTION_CEILING);
    // Tree-shaking really happened: one function is a small fraction of the whole entry.
    const whole = await bundle(MAIN, { platform: "browser", external: [] });
    expect(b.gzip * 4).toBeLessThan(whole.gzip);
  });
});

describe("own code (zod external)", () => {
  it("the main entry stays within its budget and contains no fast-check", async () => {
    const main = await bundle(MAIN, { platform: "neutral", external: ["zod"] });
    console.log(`size: own code, main entry = ${main.bytes} B minified, ${main.gzip} B gzipped`);
    expect(main.gzip).toBeLessThanOrEqual(OWN_CODE_BUDGET);
    expect(main.text).not.toMatch(/fast-check/);
    const withChecks = await bundle(MAIN, { platform: "neutral", external: ["zod", "fast-check"] });
    expect(withChecks.text).toBe(main.text);
  });

  it("the JSON Schema entry is kept out of the main entry", async () => {
    const main = await bundle(MAIN, { platform: "neutral", external: ["zod"] });
    const schemas = await bundle(`export * from "./dist/json-schema/index.js";`, { platform: "neutral", external: ["zod"] });
    console.log(`size: own code, json-schema entry = ${schemas.bytes} B minified, ${schemas.gzip} B gzipped`);
    expect(main.text).not.toMatch(/toJSONSchema/);
    expect(schemas.text).toMatch(/toJSONSchema/);
  });

  it("the arbitraries entry keeps fast-check external", async () => {
    const arb = await bundle(`export * from "./dist/arbitraries/index.js";`, { platform: "neutral", external: ["zod", "fast-check"] });
    console.log(`size: own code, arbitraries entry = ${arb.bytes} B minified, ${arb.gzip} B gzipped`);
    expect(arb.text).toMatch(/from"fast-check"/);
  });
});
