import { defineConfig } from "vitest/config";

// For Stryker: the unit, property and scenario tests of src/core and src/law, in the process time zone.
// (The zone matrix and the built-package tests do not exercise mutated sources.)
export default defineConfig({
  test: {
    // The sources are pure, so test files may share module caches: imports otherwise dominate each mutant's run.
    isolate: false,
    setupFiles: ["test/support/fast-check-mutation.ts"],
    include: ["test/core/**/*.test.ts", "test/model/**/*.test.ts", "test/law/**/*.test.ts", "test/case.test.ts", "test/explain.test.ts", "test/golden/**/*.test.ts"],
  },
});
