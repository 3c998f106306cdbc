// Every code block of the README and docs/*.md is checked: TypeScript compiled strictly against the built
// package's types and run, shell commands run with the built `spo`, JSON parsed (the fence kinds are in
// ./snippets.ts). A snippet that is not meant to run says so in its fence.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { allBlocks, FENCE_KINDS, withChecks, type Block } from "./snippets";

const root = resolve(".");
// Inside the repository, so the snippets import the package by its own name; one folder per run, since the
// suite runs in several time zones at once.
const dir = join(root, ".snippets", String(process.pid));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blocks = allBlocks();
const kind = (b: Block) => b.info;
const tsBlocks = blocks.filter((b) => kind(b) === "ts");
const shBlocks = blocks.filter((b) => kind(b) === "sh");
const fileOf = (b: Block) => b.where.replace(/[^A-Za-z0-9]+/g, "-");

describe("docs code blocks", () => {
  it("every fence says what it holds", () => {
    const unknown = blocks.filter((b) => !(FENCE_KINDS as readonly string[]).includes(kind(b))).map((b) => `${b.where} \`\`\`${b.info}`);
    expect(unknown).toEqual([]);
    expect(tsBlocks.length).toBeGreaterThan(10);
  });

  it("every TypeScript block compiles, strictly, against the package's types", () => {
    const files = tsBlocks.map((b) => {
      const path = join(dir, `${fileOf(b)}.ts`);
      writeFileSync(path, b.code);
      return path;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ["node"],
      noEmit: true,
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file === undefined || d.start === undefined ? "" : `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} `;
      return `${at}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it.each(tsBlocks.map((b) => [b.where, b] as const))("%s runs, and what its comments claim holds", async (_where, b) => {
    const { code } = await transform(withChecks(b), { loader: "ts", format: "esm", target: "es2022" });
    const path = join(dir, `${fileOf(b)}.mjs`);
    writeFileSync(path, `import { deepStrictEqual as __equal } from "node:assert";\nconst __expect = (actual, expected, where) => __equal(actual, expected, where);\n${code}`);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import(pathToFileURL(path).href);
    } finally {
      log.mockRestore();
    }
  });

  it.each(blocks.filter((b) => kind(b) === "json").map((b) => [b.where, b] as const))("%s is JSON", (_where, b) => {
    expect(() => JSON.parse(b.code)).not.toThrow();
  });

  const bin = join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "spo"), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "dist/cli.js")}" "$@"\n`, { mode: 0o755 });
  const commands = shBlocks.flatMap((b) =>
    b.code
      .split("\n")
      .map((line, i) => ({ line: line.trim(), where: `${b.file}:${b.line + 1 + i}` }))
      .filter(({ line }) => line !== "" && !line.startsWith("#")),
  );

  // Never run here, whatever the fence says: the suite must not install, clone, serve or run itself.
  const forbidden = (line: string) => /^(npm|npx (?!spo )|git|\.ci\/|(npx )?spo serve)/.test(line);

  it("no runnable shell block installs, clones, serves or runs the suite (those fences say sh no-run)", () => {
    expect(commands.filter((c) => forbidden(c.line)).map((c) => c.where)).toEqual([]);
  });

  it.each(commands.filter((c) => !forbidden(c.line)).map((c) => [c.where, c.line] as const))("%s: %s", (_where, line) => {
    const expected = Number(/#.*\bexit (\d+)\b/.exec(line)?.[1] ?? 0);
    const command = line.replace(/^npx spo /, "spo ").replace(/\s+#.*$/, "");
    const r = spawnSync("sh", ["-c", command], { cwd: root, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` }, timeout: 30_000 });
    expect({ status: r.status, stderr: expected === 0 ? r.stderr : "" }).toEqual({ status: expected, stderr: "" });
  });
});
