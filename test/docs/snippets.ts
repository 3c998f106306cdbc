// Reads the code blocks of the README and docs/*.md, so the tests can compile and run every one.
//
// Every fence names what it holds; the tests refuse a bare one:
//   ts          TypeScript: compiled strictly against the package's types, then run. A line that ends
//               `// → <value>` asserts that its expression (or what it logs) equals the value.
//   sh          shell commands, each run from the repository root with `spo` as the built command; a
//               trailing `# exit N` gives the status expected (else 0).
//   sh server   curl against a live service: run by test/server/docs.test.ts.
//   sh no-run   commands shown but not run here (installing, cloning, the suite itself: CI runs those).
//   json        JSON: it must parse.
//   text        output as printed, or a sketch: not run.
import { readdirSync, readFileSync } from "node:fs";

export const FENCE_KINDS = ["ts", "sh", "sh server", "sh no-run", "json", "text"] as const;
export type FenceKind = (typeof FENCE_KINDS)[number];

export interface Block {
  /** Where it is: `docs/guide.md:42` (the line of the opening fence). */
  where: string;
  file: string;
  line: number;
  /** The fence's info string, as written. */
  info: string;
  code: string;
}

/** The documents whose code blocks are checked. */
export function documents(): string[] {
  return ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)].filter((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
}

/** Every fenced block of `file`, in order. */
export function blocksOf(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] as string);
    out.push({ where: `${file}:${start + 1}`, file, line: start + 1, info: (open[1] ?? "").trim(), code: body.join("\n") });
  }
  return out;
}

/** Every block of every document. */
export function allBlocks(): Block[] {
  return documents().flatMap(blocksOf);
}

const ARROW = /^(\s*)(.*?);\s*\/\/ → (.+)$/;

/**
 * The snippet with its `// → value` lines turned into checks: `expr; // → v` and `console.log(expr); // → v`
 * become `__expect(expr, v, where)`. Everything else is left as written, line for line.
 */
export function withChecks(block: Block): string {
  return block.code
    .split("\n")
    .map((line, i) => {
      const m = ARROW.exec(line);
      if (m === null) return line;
      const [, indent = "", statement = "", value = ""] = m;
      const logged = /^console\.log\((.*)\)$/.exec(statement);
      const expr = logged === null ? statement : (logged[1] as string);
      return `${indent}__expect(${expr}, ${value}, ${JSON.stringify(`${block.file}:${block.line + 1 + i}`)});`;
    })
    .join("\n");
}
