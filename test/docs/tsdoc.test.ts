// Every public export carries TSDoc, and every exported function cites its provision (or guide) with @see.
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ENTRIES = ["src/index.ts", "src/arbitraries/index.ts"];
const program = ts.createProgram(ENTRIES, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportsOf(entry: string): { name: string; doc: string; isFunction: boolean }[] {
  const file = program.getSourceFile(entry);
  const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  if (module === undefined) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(module).map((exp) => {
    const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
    const decl = target.declarations?.[0];
    const host = decl !== undefined && ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
    const doc = host === undefined ? "" : ts.getJSDocCommentsAndTags(host).map((d) => d.getText()).join("\n");
    return { name: exp.name, doc, isFunction: decl !== undefined && ts.isFunctionDeclaration(decl) };
  });
}

describe.each(ENTRIES)("public exports of %s", (entry) => {
  const exported = exportsOf(entry);

  it("has exports", () => {
    expect(exported.length).toBeGreaterThan(5);
  });

  it("documents every export", () => {
    expect(exported.filter((e) => e.doc === "").map((e) => e.name)).toEqual([]);
  });

  it("gives every exported function an @see or an @example", () => {
    expect(exported.filter((e) => e.isFunction && !/@see|@example/.test(e.doc)).map((e) => e.name)).toEqual([]);
  });
});
