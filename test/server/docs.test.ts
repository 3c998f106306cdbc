// Every curl example in docs/service.md runs against a live server and answers the status its comment gives;
// the JSON shown after an example is what the server answers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { live, run } from "./support";

const s = await live();
const doc = readFileSync("docs/service.md", "utf8");
const blocks = [...doc.matchAll(/```([\w -]+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", text: m[2] ?? "" }));
const examples = blocks
  .filter((b) => b.lang === "sh server")
  .flatMap((b) => b.text.split("\n"))
  .filter((line) => /\bcurl /.test(line))
  .map((line) => {
    const match = /^(.*?)\s+#\s*(\d{3})\s*$/.exec(line);
    if (match === null) throw new Error(`a curl example without its status: ${line}`);
    return { command: match[1] ?? "", status: Number(match[2]) };
  });

describe("docs/service.md", () => {
  it("has a curl example for every endpoint and every error it lists", () => {
    const all = examples.map((e) => e.command).join("\n");
    for (const path of ["/v1/evaluate", "/v1/agenda", "/v1/calendar", "/v1/deadline", "/v1/schemas", "/v1/schemas/case-file", "/openapi.json", "/healthz"]) expect(all).toContain(path);
    expect(new Set(examples.map((e) => e.status))).toEqual(new Set([200, 400, 404, 405, 413, 415, 422]));
  });

  it.each(examples)("$command answers $status", async ({ command, status }) => {
    const live = command.replaceAll("http://127.0.0.1:8080", s.url).replace(/\bcurl /, "curl --silent --show-error --max-time 10 --write-out '\\n%{http_code}' ");
    const r = await run("sh", ["-c", live]);
    expect(r.stderr).toBe("");
    const at = r.stdout.lastIndexOf("\n");
    expect(Number(r.stdout.slice(at + 1))).toBe(status);
    // The calendar is the one success that is not JSON.
    if (status === 200 && command.includes("/v1/calendar")) {
      expect(r.stdout.slice(0, at)).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
      return;
    }
    const body = JSON.parse(r.stdout.slice(0, at)) as { ok?: boolean };
    // Success bodies have ok: true, except the schemas and the OpenAPI document, which are documents.
    if (status === 200) expect(body.ok ?? true).toBe(true);
    else expect(body.ok).toBe(false);
  });

  it("the JSON shown after an example is what the server answers", async () => {
    const shown = blocks.flatMap((b, i) => {
      const before = blocks[i - 1];
      if (b.lang !== "json" || before?.lang !== "sh server") return [];
      const last = examples.find((e) => before.text.includes(e.command));
      return last === undefined ? [] : [{ command: last.command, json: b.text.trim() }];
    });
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const { command, json } of shown) {
      const r = await run("sh", ["-c", command.replaceAll("http://127.0.0.1:8080", s.url).replace(/\bcurl /, "curl --silent ")]);
      // The version shown is an example of the shape; any version matches it.
      const version = /"version":"[^"]*"/g;
      expect(r.stdout.replace(version, '"version":"…"'), command).toBe(json.replace(version, '"version":"…"'));
    }
  });

  it("points at nothing outside the repository", () => {
    expect(doc).not.toMatch(/\.\.\/|DESIGN|\/work\//);
  });
});
