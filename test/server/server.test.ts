// The service driven with fetch (and raw sockets where fetch cannot go): every endpoint, every error, the
// limits, keep-alive, and the access log.
import { request as httpRequest, Agent } from "node:http";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { evaluateCase, notificationPeriod, toICalendar } from "../../src/index";
import { jsonSchema, SCHEMA_NAMES } from "../../src/json-schema";
import { exampleText, live, parseResponse, raw, sleep, until } from "./support";

const s = await live();
const post = (path: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${s.url}${path}`, { method: "POST", body, headers });
const errorOf = async (r: Response) => (await r.json()) as { ok: false; issues: { path: string; message: string }[] };

describe("the endpoints", () => {
  it("POST /v1/evaluate answers exactly what evaluateCase answers", async () => {
    const text = exampleText();
    const r = await post("/v1/evaluate", text);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(await r.json()).toEqual(JSON.parse(JSON.stringify(evaluateCase(JSON.parse(text)))));
  });

  it("an invalid case file is a 422 with the library's issues", async () => {
    const r = await post("/v1/evaluate", JSON.stringify({ asOf: "2026-02-30", order: { kind: "full" } }));
    expect(r.status).toBe(422);
    const body = await errorOf(r);
    expect(body.ok).toBe(false);
    expect(body.issues).toContainEqual({ path: "asOf", message: "is not a real calendar day" });
    expect(body.issues).toContainEqual({ path: "order.madeOn", message: "is required" });
  });

  it("POST /v1/agenda answers the report's agenda and its asOf", async () => {
    const text = exampleText("examples/october-clock-change-missed.json");
    const r = await post("/v1/agenda", text);
    expect(r.status).toBe(200);
    const report = evaluateCase(JSON.parse(text));
    if (!report.ok) throw new Error("the example is valid");
    const body = (await r.json()) as { ok: true; asOf: string; agenda: { status: string }[] };
    expect(body).toEqual(JSON.parse(JSON.stringify({ ok: true, asOf: report.report.asOf, agenda: report.report.agenda })));
    expect(body.agenda[0]?.status).toBe("overdue");
  });

  it("POST /v1/calendar answers text/calendar, byte for byte what toICalendar gives, and it parses", async () => {
    const text = exampleText("examples/leap-day-order.json");
    const r = await post("/v1/calendar", text);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await r.text();
    const report = evaluateCase(JSON.parse(text));
    if (!report.ok) throw new Error("the example is valid");
    expect(body).toBe(toICalendar(report.report));
    expect(new ICAL.Component(ICAL.parse(body)).getAllSubcomponents("vevent").length).toBeGreaterThan(0);
  });

  it("POST /v1/agenda and /v1/calendar: an invalid case file is a 422 with the issues; GET is a 405", async () => {
    for (const path of ["/v1/agenda", "/v1/calendar"]) {
      const r = await post(path, JSON.stringify({ asOf: "2026-02-30" }));
      expect(r.status).toBe(422);
      expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await errorOf(r)).toEqual({ ok: false, issues: [{ path: "asOf", message: "is not a real calendar day" }] });
      expect((await fetch(`${s.url}${path}`)).status).toBe(405);
    }
  });

  it("the same request gives a byte-identical body: the service adds no clock reading", async () => {
    const text = exampleText();
    const [a, b] = await Promise.all([post("/v1/evaluate", text), post("/v1/evaluate", text)]);
    expect(await a.text()).toBe(await b.text());
  });

  it("GET /v1/deadline gives the notification period, for a date or an instant (+ kept or %2B)", async () => {
    for (const start of ["2026-10-24T23:30:00Z", "2026-10-24T23:30:00+01:00", "2026-10-24T23:30:00%2B01:00", "2026-03-27"]) {
      const r = await fetch(`${s.url}/v1/deadline?start=${start}`);
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ ok: true, period: notificationPeriod(decodeURIComponent(start)) });
    }
  });

  it("GET /v1/deadline: a bad start is a 422, a missing, repeated or unknown parameter a 400", async () => {
    const bad = await fetch(`${s.url}/v1/deadline?start=2026-02-30`);
    expect(bad.status).toBe(422);
    expect(await errorOf(bad)).toEqual({ ok: false, issues: [{ path: "start", message: "is not a real calendar day" }] });
    const missing = await fetch(`${s.url}/v1/deadline`);
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).issues[0]?.path).toBe("start");
    expect((await fetch(`${s.url}/v1/deadline?start=2026-01-01&start=2026-01-02`)).status).toBe(400);
    const unknown = await fetch(`${s.url}/v1/deadline?date=2026-01-01`);
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).issues).toEqual([{ path: "date", message: "is not a recognised parameter" }]);
    expect((await fetch(`${s.url}/v1/deadline?start=%E0%A4%A`)).status).toBe(400);
  });

  it("GET /v1/schemas lists the names and /v1/schemas/{name} serves each schema; an unknown name is a 404", async () => {
    expect(await (await fetch(`${s.url}/v1/schemas`)).json()).toEqual({ ok: true, names: SCHEMA_NAMES });
    for (const name of SCHEMA_NAMES) {
      const r = await fetch(`${s.url}/v1/schemas/${name}`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
      expect(await r.json()).toEqual(jsonSchema(name));
    }
    const nope = await fetch(`${s.url}/v1/schemas/nope`);
    expect(nope.status).toBe(404);
    expect((await errorOf(nope)).issues[0]?.path).toBe("name");
  });

  it("GET /healthz and GET /openapi.json", async () => {
    const pkg = JSON.parse(exampleText("package.json")) as { version: string };
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ ok: true, version: pkg.version });
    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as { openapi: string; info: { version: string } };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe(pkg.version);
  });

  it("HEAD is answered for every GET endpoint, with no body", async () => {
    const r = await fetch(`${s.url}/healthz`, { method: "HEAD" });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe("");
  });
});

describe("errors: every one a JSON body", () => {
  it("404 for an unknown path, without echoing it", async () => {
    for (const path of ["/", "/v1", "/v2/evaluate", "/healthz/", "/v1/evaluate/x", "/v1/schemas/%E0"]) {
      const r = await fetch(`${s.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const body = await errorOf(r);
      expect(body.ok).toBe(false);
    }
  });

  it("405 with Allow for a method the endpoint does not have", async () => {
    const a = await fetch(`${s.url}/v1/evaluate`);
    expect(a.status).toBe(405);
    expect(a.headers.get("allow")).toBe("POST");
    const b = await fetch(`${s.url}/healthz`, { method: "DELETE" });
    expect(b.status).toBe(405);
    expect(b.headers.get("allow")).toBe("GET, HEAD");
    expect((await errorOf(b)).issues[0]?.message).toMatch(/GET, HEAD/);
  });

  it("415 for a body that is not declared as UTF-8 JSON, or is compressed", async () => {
    const cases: Record<string, string>[] = [
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "application/json; charset=latin1" },
      { "content-type": "application/json", "content-encoding": "gzip" },
    ];
    for (const headers of cases) {
      const r = await post("/v1/evaluate", "{}", headers);
      expect(r.status, JSON.stringify(headers)).toBe(415);
      expect(r.headers.get("accept")).toBe("application/json");
      expect((await errorOf(r)).ok).toBe(false);
    }
    const none = await fetch(`${s.url}/v1/evaluate`, { method: "POST", body: new Uint8Array([0x7b, 0x7d]) });
    expect(none.status).toBe(415);
    for (const type of ["application/json; charset=UTF-8", "application/merge-patch+json", "Application/JSON"]) {
      expect((await post("/v1/evaluate", JSON.stringify({ asOf: "2026-01-01" }), { "content-type": type })).status, type).toBe(200);
    }
  });

  it("400 for malformed JSON, with the line, column and byte", async () => {
    const r = await post("/v1/evaluate", '{\n  "asOf": "2026-01-01",\n  "order": }');
    expect(r.status).toBe(400);
    expect(await errorOf(r)).toEqual({
      ok: false,
      issues: [{ path: "", message: expect.stringMatching(/at line 3, column 12 \(byte 37\)$/) as unknown as string }],
    });
    const empty = await post("/v1/evaluate", "");
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).issues[0]?.message).toMatch(/unexpected end of input.*byte 0/);
    const utf8 = await fetch(`${s.url}/v1/evaluate`, { method: "POST", body: new Uint8Array([0x22, 0xff, 0x22]), headers: { "content-type": "application/json" } });
    expect(utf8.status).toBe(400);
    expect((await errorOf(utf8)).issues[0]?.message).toBe("is not valid UTF-8");
  });

  it("a leading byte-order mark is allowed", async () => {
    const r = await post("/v1/evaluate", `\uFEFF${JSON.stringify({ asOf: "2026-01-01" })}`);
    expect(r.status).toBe(200);
  });

  it("413 from Content-Length before the body is read: the server answers with the body unsent", async () => {
    const c = await raw(s.port);
    c.socket.write("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n");
    const { data } = await c.closed;
    const r = parseResponse(data);
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe("close");
    expect(JSON.parse(r.body)).toEqual({ ok: false, issues: [{ path: "", message: "is larger than the limit of 1048576 bytes" }] });
  });

  it("413 with fetch and a declared length", async () => {
    const r = await post("/v1/evaluate", " ".repeat(1024 * 1024 + 1));
    expect(r.status).toBe(413);
    expect((await errorOf(r)).ok).toBe(false);
  });

  it("413 for a chunked body as soon as it passes the limit: the rest is never sent", async () => {
    const c = await raw(s.port);
    c.socket.write("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    // At most 64 chunks (4 MiB), stopping as soon as the server has answered.
    for (let i = 0; i < 64 && c.received() === "" && !c.socket.destroyed; i++) {
      c.socket.write(`${chunk.length.toString(16)}\r\n`);
      c.socket.write(chunk);
      c.socket.write("\r\n");
      sent += chunk.length;
      await sleep(2);
    }
    const { data } = await c.closed;
    expect(parseResponse(data).status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024); // answered within about a chunk of the limit
  });

  it("413 for a chunked fetch body with no length", async () => {
    const total = 2 * 1024 * 1024;
    let pushed = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pushed >= total) return controller.close();
        pushed += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const r = await fetch(`${s.url}/v1/evaluate`, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(r.status).toBe(413);
  });

  it("a body exactly at the limit is read", async () => {
    const value = JSON.stringify({ asOf: "2026-01-01" });
    const r = await post("/v1/evaluate", value + " ".repeat(1024 * 1024 - value.length));
    expect(r.status).toBe(200);
  });

  it("417 for an expectation other than 100-continue; Node's empty answers are replaced by JSON", async () => {
    const c = await raw(s.port);
    c.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n");
    const r = parseResponse(await c.waitFor("}"));
    expect(r.status).toBe(417);
    expect(JSON.parse(r.body).ok).toBe(false);
    c.socket.destroy();
  });

  it("400 as JSON for bytes that are not HTTP, and 431 for oversized headers", async () => {
    const c = await raw(s.port);
    c.socket.write("NOT HTTP AT ALL\r\n\r\n");
    const r = parseResponse((await c.closed).data);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ ok: false, issues: [{ path: "", message: "is not a well-formed HTTP/1.1 request" }] });
    const d = await raw(s.port);
    d.socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    const big = parseResponse((await d.closed).data);
    expect(big.status).toBe(431);
    expect(JSON.parse(big.body).ok).toBe(false);
  });

  it("a request with no Host header is still answered (the service does not use it)", async () => {
    const c = await raw(s.port);
    c.socket.write("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
    expect(parseResponse((await c.closed).data).status).toBe(200);
  });
});

describe("connections", () => {
  it("keep-alive: several requests share one connection", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ports: number[] = [];
    for (let i = 0; i < 3; i++) {
      ports.push(
        await new Promise<number>((resolve, reject) => {
          const req = httpRequest(`${s.url}/healthz`, { agent }, (res) => {
            const port = res.socket.localPort ?? -1;
            res.resume();
            res.on("end", () => resolve(port));
          });
          req.on("error", reject);
          req.end();
        }),
      );
    }
    agent.destroy();
    expect(new Set(ports).size).toBe(1);
  });

  it("keep-alive: two pipelined requests on one raw socket get two answers", async () => {
    const c = await raw(s.port);
    const body = JSON.stringify({ asOf: "2026-01-01" });
    c.socket.write(
      `GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nPOST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    const { data } = await c.closed;
    expect(data.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
  });
});

describe("the access log", () => {
  it("has one line per request with method, path, status and milliseconds, and nothing from the body or query", async () => {
    const before = s.lines.length;
    const secret = "Zebedee Quillfeather-Marchbanks";
    const file = JSON.parse(exampleText()) as Record<string, unknown>;
    await post("/v1/evaluate?name=Query-Secret-Value", JSON.stringify({ ...file, description: secret }));
    await post("/v1/evaluate", JSON.stringify({ asOf: secret }));
    await post("/v1/evaluate", `{"asOf": "${secret}"`);
    await fetch(`${s.url}/v1/deadline?start=Query-Secret-Value`);
    await until(() => s.lines.length >= before + 4);
    const lines = s.lines.slice(before);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatch(/^(GET|POST) \/v1\/(evaluate|deadline) \d{3} \d+\.\dms$/);
      expect(line).not.toContain("Zebedee");
      expect(line).not.toContain("Query-Secret");
    }
    expect(lines.map((l) => l.split(" ")[2])).toEqual(["200", "422", "400", "422"]);
  });
});
