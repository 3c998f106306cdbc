import { defineConfig } from "vitest/config";

// The suite runs once per time zone: results must not depend on the process time zone (DESIGN.md).
// Node applies a TZ assigned in a worker's environment before any Date is created there.
const zones = ["UTC", "Pacific/Auckland", "America/Los_Angeles"] as const;

export default defineConfig({
  test: {
    projects: zones.map((tz) => ({
      extends: true,
      test: { name: tz, env: { TZ: tz }, include: ["test/**/*.test.ts", "docs/examples/**/*.test.ts"] },
    })),
  },
});
