import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The suite runs once per time zone: no result may depend on the process time zone (docs/conventions.md, Time).
// Node applies a TZ assigned in a worker's environment before any Date is created there.
const zones = ["UTC", "Europe/London", "Pacific/Auckland", "America/Los_Angeles"] as const;
const dist = (path: string) => fileURLToPath(new URL(`./dist/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and docs examples that import the package by name get the built package, as a consumer would.
    alias: [
      { find: /^stalking-protection-orders$/, replacement: dist("index.js") },
      { find: /^stalking-protection-orders\/arbitraries$/, replacement: dist("arbitraries/index.js") },
      { find: /^stalking-protection-orders\/json-schema$/, replacement: dist("json-schema/index.js") },
      { find: /^stalking-protection-orders\/server$/, replacement: dist("server/index.js") },
    ],
  },
  test: {
    silent: "passed-only",
    // The library is pure, so test files can share a worker's module cache: most of the time is imports.
    isolate: false,
    projects: zones.map((tz) => ({
      extends: true,
      test: { name: tz, env: { TZ: tz }, include: ["test/**/*.test.ts"] },
    })),
  },
});
