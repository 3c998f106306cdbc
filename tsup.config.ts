import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", "arbitraries/index": "src/arbitraries/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    external: ["zod", "luxon", "fast-check"],
  },
]);
