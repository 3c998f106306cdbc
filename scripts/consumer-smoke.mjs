// Installs the packed tarball into an empty project, the way a consumer receives it, and uses every entry from
// ESM and CommonJS and the `spo` binary, under a time zone far from London. Run by .ci/run after `npm pack`:
//   node scripts/consumer-smoke.mjs stalking-protection-orders-<version>.tgz
// It catches what the suite cannot see from inside the repository: a file missing from `files`, an exports map
// that points nowhere, a runtime dependency that is not declared.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const tarball = process.argv[2];
if (tarball === undefined) {
  console.error("usage: node scripts/consumer-smoke.mjs <tarball>");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "spo-consumer-"));
const env = { ...process.env, TZ: "Pacific/Auckland" };
const run = (cmd, args, input) => execFileSync(cmd, args, { cwd: dir, env, encoding: "utf8", input, stdio: ["pipe", "pipe", "inherit"] });

try {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--no-save", resolve(tarball), "fast-check@4"]);

  const example = readFileSync("examples/met-interim-then-full.json", "utf8");
  writeFileSync(join(dir, "case.json"), example);

  const esm = `
    import { evaluateCase, explain, notificationPeriod, isSpoInputError } from "stalking-protection-orders";
    import { jsonSchema, SCHEMA_NAMES } from "stalking-protection-orders/json-schema";
    import { caseFile } from "stalking-protection-orders/arbitraries";
    import { createServer } from "stalking-protection-orders/server";
    import fc from "fast-check";
    import { readFileSync } from "node:fs";
    const result = evaluateCase(JSON.parse(readFileSync("case.json", "utf8")));
    if (!result.ok) throw new Error("the example did not evaluate");
    if (!explain(result.report).includes("SPA 2019")) throw new Error("no citation in the explanation");
    if (notificationPeriod("2026-03-29").lastDay !== "2026-03-31") throw new Error("wrong notification period");
    if (!SCHEMA_NAMES.includes("case-file") || jsonSchema("case-file").type !== "object") throw new Error("no schema");
    fc.assert(fc.property(caseFile(), (c) => evaluateCase(c).ok), { numRuns: 20 });
    if (typeof createServer !== "function") throw new Error("no server");
    try { notificationPeriod("nope"); } catch (e) { if (!isSpoInputError(e)) throw e; }
    console.log("esm ok");
  `;
  const cjs = `
    const { evaluateCase, isSpoInputError, notificationPeriod } = require("stalking-protection-orders");
    const { jsonSchema } = require("stalking-protection-orders/json-schema");
    const esmError = (() => { try { notificationPeriod("nope"); } catch (e) { return e; } })();
    if (!isSpoInputError(esmError)) throw new Error("isSpoInputError");
    if (!evaluateCase(JSON.parse(require("node:fs").readFileSync("case.json", "utf8"))).ok) throw new Error("cjs evaluate");
    if (jsonSchema("case-report").type !== "object") throw new Error("cjs schema");
    console.log("cjs ok");
  `;
  process.stdout.write(run("node", ["--input-type=module", "-e", esm]));
  process.stdout.write(run("node", ["--input-type=commonjs", "-e", cjs]));

  const report = JSON.parse(run("npx", ["--no-install", "spo", "evaluate", "--format", "json", "case.json"]));
  if (report.ok !== true) throw new Error("spo evaluate did not evaluate the example");
  const calendar = run("npx", ["--no-install", "spo", "calendar", "case.json"]);
  if (!calendar.startsWith("BEGIN:VCALENDAR\r\n")) throw new Error("spo calendar printed no calendar");
  const schema = JSON.parse(readFileSync(join(dir, "node_modules/stalking-protection-orders/schema/case-file.json"), "utf8"));
  if (schema.type !== "object") throw new Error("schema/case-file.json is missing from the package");
  console.log("consumer smoke: the tarball installs and every entry, the binary and schema/ work");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
