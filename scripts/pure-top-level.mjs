// An esbuild plugin for the library build: marks every top-level definition in src/ as free of side effects, so a
// bundler that imports one function drops every table, schema and catalogue it does not use. The sources stay as
// written; the build rewrites each top-level initializer that a bundler could not prove pure:
//   a call or `new` whose callee and arguments are plain  →  /* @__PURE__ */ call(...)
//   anything else not plain (spreads, property reads, …)   →  /* @__PURE__ */ (() => (expr))()
// "Plain" is what esbuild already drops when unused: literals, identifiers, functions, and object and array
// literals of plain values. Every top-level initializer in src/ is a definition (no initializer has an effect
// another module relies on), which `test/package/size.test.ts` checks by importing single functions.
import { readFile } from "node:fs/promises";
import ts from "typescript";

/** Whether esbuild can already tell the expression has no side effects. */
function plain(node) {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return plain(node.expression);
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true;
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) return true;
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((e) => !ts.isSpreadElement(e) && plain(e));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => {
      if (ts.isPropertyAssignment(p)) return !ts.isComputedPropertyName(p.name) && plain(p.initializer);
      return ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p);
    });
  }
  return false;
}

/** A call esbuild drops when unused once it is marked pure: a plain callee path and plain arguments. */
function markableCall(node) {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return false;
  const callee = node.expression;
  const path = ts.isIdentifier(callee) || (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression));
  return path && (node.arguments ?? []).every(plain);
}

/** The source with its top-level initializers marked. */
export function markTopLevel(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer;
      if (init === undefined || plain(init)) continue;
      const start = init.getStart(sf);
      if (markableCall(init)) edits.push({ at: start, insert: "/* @__PURE__ */ " });
      else {
        edits.push({ at: start, insert: "/* @__PURE__ */ (() => (" });
        edits.push({ at: init.end, insert: "))()" });
      }
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at);
  return out;
}

/** The plugin: rewrites each `src/**\/*.ts` as it is loaded. */
export function pureTopLevel() {
  return {
    name: "pure-top-level",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({ contents: markTopLevel(args.path, await readFile(args.path, "utf8")), loader: "ts" }));
    },
  };
}
