// Documentation examples run as tests, against the built package. Each example asserts its own claims.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const examples = readdirSync("docs/examples")
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -".ts".length));

describe("docs/examples", () => {
  it.each(examples)("%s.ts runs", async (name) => {
    await expect(import(`../../docs/examples/${name}.ts`)).resolves.toBeDefined();
  });

  it("the README's usage example is docs/examples/quick-start.ts, word for word", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(readFileSync("docs/examples/quick-start.ts", "utf8").trim());
  });
});
