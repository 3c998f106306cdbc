import { defineConfig } from "tsup";
import { pureTopLevel } from "./scripts/pure-top-level.mjs";

export default defineConfig([
  {
    // The library: ESM + CJS + declarations for each entry.
    entry: { index: "src/index.ts", "arbitraries/index": "src/arbitraries/index.ts", "json-schema/index": "src/json-schema.ts", "server/index": "src/server/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    target: "node20",
    external: ["zod", "luxon", "fast-check"],
    // Every top-level definition marked pure, so a browser bundle keeps only what it uses.
    esbuildPlugins: [pureTopLevel()],
  },
  {
    // The `spo` command: one ESM file with its shebang.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    external: ["zod", "luxon"],
  },
]);
