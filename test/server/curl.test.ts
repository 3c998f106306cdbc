// The service driven with curl, as an integrator would from a shell: every endpoint and every error.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { curl, LARGEST_EXAMPLE, live } from "./support";

const s = await live();
const dir = mkdtempSync(join(tmpdir(), "spo-curl-"));
const big = join(dir, "big.json");
writeFileSync(big, " ".repeat(2 * 1024 * 1024));
const JSON_TYPE = ["-H", "Content-Type: application/json"];

/** curl with the status code appended on its own last line. */
async function call(args: string[]): Promise<{ status: number; body: string; stderr: string; code: number }> {
  const r = await curl(["--write-out", "\n%{http_code}", ...args]);
  const at = r.stdout.lastIndexOf("\n");
  return { status: Number(r.stdout.slice(at + 1)), body: r.stdout.slice(0, at), stderr: r.stderr, code: r.code };
}
const jsonOf = (body: string) => JSON.parse(body) as { ok: boolean; issues?: { path: string; message: string }[] } & Record<string, unknown>;

describe("curl", () => {
  it("POST /v1/evaluate with a case file", async () => {
    const r = await call([...JSON_TYPE, "--data-binary", `@${LARGEST_EXAMPLE}`, `${s.url}/v1/evaluate`]);
    expect(r.status).toBe(200);
    expect(jsonOf(r.body)).toMatchObject({ ok: true, report: { asOf: "2026-11-27" } });
  });

  it("POST /v1/evaluate with an invalid case: 422", async () => {
    const r = await call([...JSON_TYPE, "--data", '{"asOf":"2026-02-30"}', `${s.url}/v1/evaluate`]);
    expect(r.status).toBe(422);
    expect(jsonOf(r.body).issues).toEqual([{ path: "asOf", message: "is not a real calendar day" }]);
  });

  it("GET /v1/deadline, with --data-urlencode or a raw +", async () => {
    const a = await call(["--get", "--data-urlencode", "start=2026-10-24T23:30:00+01:00", `${s.url}/v1/deadline`]);
    const b = await call([`${s.url}/v1/deadline?start=2026-10-24T23:30:00+01:00`]);
    expect(a.status).toBe(200);
    expect(jsonOf(a.body)).toEqual({ ok: true, period: { startsOn: "2026-10-24", lastDay: "2026-10-26", endsAt: "2026-10-27T00:00:00+00:00" } });
    expect(b.body).toBe(a.body);
    expect((await call([`${s.url}/v1/deadline?start=2026-13-01`])).status).toBe(422);
    expect((await call([`${s.url}/v1/deadline`])).status).toBe(400);
  });

  it("GET /v1/schemas, /v1/schemas/{name}, /openapi.json and /healthz", async () => {
    expect(jsonOf((await call([`${s.url}/v1/schemas`])).body).names).toContain("case-file");
    const schema = await call([`${s.url}/v1/schemas/case-file`]);
    expect(schema.status).toBe(200);
    expect(jsonOf(schema.body).title).toBe("stalking-protection-orders case-file");
    expect((await call([`${s.url}/v1/schemas/nope`])).status).toBe(404);
    expect(jsonOf((await call([`${s.url}/openapi.json`])).body).openapi).toBe("3.1.0");
    expect(jsonOf((await call([`${s.url}/healthz`])).body)).toMatchObject({ ok: true });
  });

  it("404, and 405 with an Allow header", async () => {
    const nf = await call([`${s.url}/v1/nothing`]);
    expect(nf.status).toBe(404);
    expect(jsonOf(nf.body).ok).toBe(false);
    const r = await curl(["--include", "--request", "PUT", `${s.url}/v1/evaluate`]);
    expect(r.stdout).toMatch(/^HTTP\/1\.1 405 /);
    expect(r.stdout).toMatch(/\r\nAllow: POST\r\n/);
  });

  it("415 without a JSON content type; 400 with the position for malformed JSON", async () => {
    const plain = await call(["--data", "{}", `${s.url}/v1/evaluate`]); // curl's default is form-urlencoded
    expect(plain.status).toBe(415);
    const bad = await call([...JSON_TYPE, "--data", '{"asOf": "2026-01-01",}', `${s.url}/v1/evaluate`]);
    expect(bad.status).toBe(400);
    expect(jsonOf(bad.body).issues?.[0]?.message).toMatch(/line 1, column 23 \(byte 22\)$/);
  });

  it("413 for a body over 1 MiB: with Content-Length (with and without 100-continue) and chunked", async () => {
    for (const extra of [[], ["-H", "Expect:"], ["-H", "Transfer-Encoding: chunked"], ["-H", "Transfer-Encoding: chunked", "-H", "Expect:"]]) {
      const r = await call([...JSON_TYPE, ...extra, "--data-binary", `@${big}`, `${s.url}/v1/evaluate`]);
      expect(r.status, extra.join(" ")).toBe(413);
      expect(jsonOf(r.body)).toEqual({ ok: false, issues: [{ path: "", message: "is larger than the limit of 1048576 bytes" }] });
    }
  });

  it("keep-alive: curl reuses its connection for a second URL", async () => {
    const r = await curl(["--verbose", "--output", "/dev/null", "--output", "/dev/null", `${s.url}/healthz`, `${s.url}/v1/schemas`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Re-?using existing connection/);
  });
});
