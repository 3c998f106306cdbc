// The limits that keep the service bounded beside a police system, with short configured values so the
// tests are quick: slow clients cut off, requests in flight capped, internal errors contained, the drain.
import { describe, expect, it } from "vitest";
import { SpoInputError } from "../../src/core/errors";
import { resolveOptions, SERVER_DEFAULTS } from "../../src/server/options";
import { createServer } from "../../src/server/server";
import { live, parseResponse, raw, sleep, until } from "./support";

const caseBody = JSON.stringify({ asOf: "2026-01-01" });
const held = (length = caseBody.length) =>
  `POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe("slow clients", async () => {
  const s = await live({ headersTimeoutMs: 200, requestTimeoutMs: 400 });

  it("headers trickled one byte at a time are cut off at the header timeout, with a JSON 408", async () => {
    const c = await raw(s.port);
    const text = `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${"a".repeat(200)}\r\n\r\n`;
    // One byte every 20 ms would take over 4 s; the loop stops when the server closes the connection.
    for (let i = 0; i < text.length && !c.socket.destroyed && c.received() === ""; i++) {
      c.socket.write(text[i] ?? "");
      await sleep(20);
    }
    const { data, ms } = await c.closed;
    const r = parseResponse(data);
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body)).toEqual({ ok: false, issues: [{ path: "", message: "the request did not arrive in time" }] });
    expect(ms).toBeLessThan(1500);
    await until(() => s.lines.includes("- - 408 -"));
  });

  it("a body trickled one byte at a time is cut off at the request timeout, and the request is logged as 408", async () => {
    const c = await raw(s.port);
    const body = " ".repeat(500) + caseBody;
    c.socket.write(held(body.length));
    for (let i = 0; i < body.length && !c.socket.destroyed && c.received() === ""; i++) {
      c.socket.write(body[i] ?? "");
      await sleep(20);
    }
    const { data, ms } = await c.closed;
    expect(parseResponse(data).status).toBe(408);
    expect(ms).toBeGreaterThan(300);
    expect(ms).toBeLessThan(1500);
    await until(() => s.lines.some((l) => /^POST \/v1\/evaluate 408 /.test(l)));
  });

  it("a client that goes away mid-body is logged as 499 and the server carries on", async () => {
    const c = await raw(s.port);
    c.socket.write(held() + caseBody.slice(0, 3));
    await sleep(30);
    c.socket.destroy();
    await until(() => s.lines.some((l) => /^POST \/v1\/evaluate 499 /.test(l)));
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});

describe("requests in flight", async () => {
  const s = await live({ maxInFlight: 2, retryAfterSeconds: 7 });

  it("past the limit a request gets 503 with Retry-After; the held requests then finish with 200", async () => {
    const a = await raw(s.port);
    const b = await raw(s.port);
    // Each holds a request in flight: headers sent, body not finished.
    a.socket.write(held() + caseBody.slice(0, 1));
    b.socket.write(held() + caseBody.slice(0, 1));
    let refused: Response | undefined;
    for (let i = 0; i < 100 && refused === undefined; i++) {
      const r = await fetch(`${s.url}/healthz`);
      if (r.status === 503) refused = r;
      else await sleep(10);
    }
    expect(refused?.status).toBe(503);
    expect(refused?.headers.get("retry-after")).toBe("7");
    expect(await refused?.json()).toEqual({ ok: false, issues: [{ path: "", message: "2 requests are already in flight; retry shortly" }] });
    a.socket.write(caseBody.slice(1));
    b.socket.write(caseBody.slice(1));
    expect(parseResponse(await a.waitFor("\"ok\":true")).status).toBe(200);
    expect(parseResponse(await b.waitFor("\"ok\":true")).status).toBe(200);
    a.socket.destroy();
    b.socket.destroy();
    await until(() => s.lines.filter((l) => l.startsWith("POST /v1/evaluate 200")).length === 2);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});

describe("internal errors", async () => {
  const s = await live({}, [
    {
      path: "/boom",
      methods: {
        GET: () => {
          throw new TypeError("secret detail from the input: Jane Doe");
        },
      },
    },
  ]);

  it("are a 500 with a one-line JSON body, no stack, and a log line without the message", async () => {
    const r = await fetch(`${s.url}/boom`);
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).toBe('{"ok":false,"issues":[{"path":"","message":"internal error"}]}');
    await until(() => s.lines.some((l) => l.startsWith("GET /boom 500")));
    expect(s.lines).toContain("internal error (TypeError) in GET /boom");
    expect(s.lines.join("\n")).not.toContain("Jane Doe");
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});

describe("close(): the drain", () => {
  it("lets the in-flight request finish, answers 503 on open connections, refuses new ones", async () => {
    const lines: string[] = [];
    const service = createServer({ port: 0, log: (l) => lines.push(l) });
    const { port, url } = await service.listen();
    const inFlight = await raw(port);
    inFlight.socket.write(held() + caseBody.slice(0, 2));
    const idle = await raw(port);
    idle.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    await idle.waitFor("}");
    await until(() => lines.length === 1); // the idle connection's request is done; the other is in flight
    const closed = service.close();
    expect(service.close()).toBe(closed);
    await idle.closed; // idle keep-alive connections are closed at once
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    inFlight.socket.write(caseBody.slice(2));
    const { data } = await inFlight.closed;
    const r = parseResponse(data);
    expect(r.status).toBe(200);
    expect(r.headers.connection).toBe("close");
    expect(await closed).toEqual({ drained: true });
  });

  it("cuts what is left after drainTimeoutMs, and says so", async () => {
    const service = createServer({ port: 0, drainTimeoutMs: 100, log: () => undefined });
    const { port } = await service.listen();
    const stuck = await raw(port);
    stuck.socket.write(held() + "{");
    await sleep(30);
    expect(await service.close()).toEqual({ drained: false });
    await stuck.closed;
  });

  it("of a server never started resolves at once", async () => {
    expect(await createServer({ log: () => undefined }).close()).toEqual({ drained: true });
  });
});

describe("options", () => {
  it("default to the values DESIGN pins", () => {
    expect(SERVER_DEFAULTS).toMatchObject({ host: "127.0.0.1", port: 8080, maxBodyBytes: 1048576, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxInFlight: 64 });
    expect(Object.isFrozen(SERVER_DEFAULTS)).toBe(true);
    expect(resolveOptions(undefined)).toMatchObject(SERVER_DEFAULTS);
  });

  it("are checked like any input", () => {
    expect(() => resolveOptions({ port: 70_000 })).toThrow(SpoInputError);
    expect(() => resolveOptions({ maxInFlight: 0 })).toThrow(/options.maxInFlight/);
    expect(() => resolveOptions({ bogus: 1 })).toThrow(/options.bogus/);
    expect(() => resolveOptions({ log: "stderr" })).toThrow(/options.log: must be a function/);
    expect(() => resolveOptions({ headersTimeoutMs: 20, requestTimeoutMs: 10 })).toThrow(/options.headersTimeoutMs/);
  });

  it("a port already in use rejects listen()", async () => {
    const a = createServer({ port: 0, log: () => undefined });
    const { port } = await a.listen();
    const b = createServer({ port, log: () => undefined });
    await expect(b.listen()).rejects.toMatchObject({ code: "EADDRINUSE" });
    await a.close();
  });
});
