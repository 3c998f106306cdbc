// The demo: `spo evaluate` over every bundled example case file, from the built package.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => `examples/${f}`);
const run = spawnSync(process.execPath, ["dist/cli.js", "evaluate", ...files], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
