#!/usr/bin/env node
/**
 * The `spo` command's entry point: the process's streams and files for `runCli` (src/cli/run.ts).
 */
import { readFileSync } from "node:fs";
import { readInput } from "./cli/read";
import { INTERNAL_ERROR, runCli } from "./cli/run";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

// A reader that stops early (`spo evaluate … | head`) closes the pipe: that is not an error of the command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.exit(INTERNAL_ERROR);
  });
}

process.exitCode = runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  write: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(`${t}\n`),
  readFile: (path) => readInput(path),
  version: packageVersion(),
});
