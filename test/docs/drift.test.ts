// Facts that drift between the documentation and the code: the time zones the suite runs under, the npm scripts
// the docs tell you to run, the example case files, the README's links, and references to files outside the
// repository (which a reader of the repository cannot follow).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string): string => readFileSync(file, "utf8");
const exists = (file: string): boolean => existsSync(file);

/** Every document a reader is pointed to: the top-level ones and docs/*.md. */
const DOCS = ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** The zones of the vitest projects, read from vitest.config.ts (`const zones = [...] as const`). */
function configuredZones(): string[] {
  const config = read("vitest.config.ts");
  const list = /const zones = \[([^\]]*)\]/.exec(config)?.[1];
  if (list === undefined) throw new Error("vitest.config.ts no longer declares `const zones = [...]`");
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
}

/** IANA zone names (Area/City) and UTC, as a document names them. */
function zonesNamedIn(text: string): string[] {
  const named = [...text.matchAll(/\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/g)].map((m) => m[0]);
  return [...new Set([...(/\bUTC\b/.test(text) ? ["UTC"] : []), ...named])];
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

describe("the time zones the suite runs under", () => {
  const zones = configuredZones();

  it("are four, UTC and Europe/London among them", () => {
    expect(zones).toHaveLength(4);
    expect(zones).toEqual(expect.arrayContaining(["UTC", "Europe/London"]));
  });

  // The README and the guide name exactly the configured zones; quality.md and CONTRIBUTING also mention a fifth
  // zone or none, so they are only required to name every configured one.
  it.each(["README.md", "docs/guide.md"])("are exactly the ones %s names", (file) => {
    expect(zonesNamedIn(read(file)).sort()).toEqual([...zones].sort());
  });

  it.each(["docs/quality.md", "CONTRIBUTING.md"])("are all named in %s", (file) => {
    expect(zonesNamedIn(read(file))).toEqual(expect.arrayContaining(zones));
  });

  it.each(DOCS.filter(exists))("are counted right in %s", (file) => {
    const counts = [...read(file).matchAll(/\b(two|three|four|five|six|\d+) (?:process )?time zones\b/gi)].map((m) => {
      const word = (m[1] as string).toLowerCase();
      return NUMBER_WORDS[word] ?? Number(word);
    });
    for (const n of counts) expect(n, `"${n} time zones" in ${file}`).toBe(zones.length);
  });
});

describe("npm scripts named in the docs", () => {
  const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);

  it.each(DOCS.filter(exists))("every `npm run X` in %s exists in package.json", (file) => {
    const named = [...read(file).matchAll(/\bnpm run ([A-Za-z0-9:_-]+)/g)].map((m) => m[1] as string);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it("test is a script, for `npm test`", () => {
    expect(scripts).toContain("test");
  });
});

describe("the example case files", () => {
  const examples = readdirSync("examples").filter((f) => f.endsWith(".json")).sort();

  it("exist", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(DOCS.filter(exists))("named in %s exist", (file) => {
    const named = [...read(file).matchAll(/\bexamples\/([A-Za-z0-9_-]+\.json)\b/g)].map((m) => m[1] as string);
    expect(named.filter((name) => !examples.includes(name))).toEqual([]);
  });

  // No document lists every example; the demo (`npm run demo`, the README's first command) is what promises to
  // show them all, so check it does.
  it("are every one evaluated by the demo", () => {
    const r = spawnSync(process.execPath, ["scripts/demo.mjs"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    for (const name of examples) expect(r.stdout).toContain(`=== examples/${name} ===`);
  });
});

describe("the README", () => {
  const readme = read("README.md");

  it.each(["CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", "docs/contract.md"])("links %s, which exists", (file) => {
    expect(readme).toContain(`](${file})`);
    expect(exists(file)).toBe(true);
  });

  it("links only files that exist", () => {
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.filter((t) => !exists(t))).toEqual([]);
  });
});

describe("the documentation is self-contained", () => {
  // Written as patterns so that this file does not itself name a path outside the repository.
  const OUTSIDE = [/\bDESIGN\.md\b/, /\.\.\/shared\b/, /\blaw\/SPA-2019\.md\b/, /\/work\//];

  it.each(DOCS.filter(exists))("%s points at nothing outside the repository", (file) => {
    const text = read(file);
    expect(OUTSIDE.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });

  it("covers every document the README links to", () => {
    for (const file of ["CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md"]) expect(DOCS).toContain(file);
    expect(DOCS.every(exists)).toBe(true);
  });
});
