// The `stalking-protection-orders/server` entry as a consumer receives it: ESM and CJS alike, named exports
// only, each documented.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as esm from "stalking-protection-orders/server";

const require = createRequire(import.meta.url);
const EXPORTS = ["createServer", "openApiDocument", "SERVER_DEFAULTS"];

describe("stalking-protection-orders/server", () => {
  it("exports the same names from ESM and CJS, and no default", () => {
    const cjs = require("../../dist/server/index.cjs") as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual([...EXPORTS].sort());
    expect(Object.keys(cjs).sort()).toEqual([...EXPORTS].sort());
    expect(esm).not.toHaveProperty("default");
  });

  it("a CJS consumer can start, use and drain a server", async () => {
    const cjs = require("../../dist/server/index.cjs") as typeof esm;
    const service = cjs.createServer({ port: 0, log: () => undefined });
    const { url } = await service.listen();
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true });
    expect(await service.close()).toEqual({ drained: true });
  });

  it("documents every export of every server module with TSDoc", () => {
    // Syntax only (no type checker), so the check costs milliseconds: each exported declaration needs a doc comment.
    const undocumented: string[] = [];
    for (const name of readdirSync("src/server").filter((f) => f.endsWith(".ts"))) {
      const path = `src/server/${name}`;
      const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
      for (const statement of file.statements) {
        const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (exported !== true || ts.isExportDeclaration(statement)) continue;
        if (ts.getJSDocCommentsAndTags(statement).length === 0) undocumented.push(`${path}: ${statement.getText().split("\n")[0]}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
