// `spo serve` as a process, from the built package: it prints its address, logs each request, and on SIGTERM
// lets the in-flight request finish, refuses new connections and exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { parseResponse, raw, until } from "./support";

interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function spo(args: string[]): Spawned {
  const child = spawn(process.execPath, ["dist/cli.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (t: string) => {
    err += t;
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, stderr: () => err, exited };
}

async function started(p: Spawned): Promise<number> {
  await until(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(p.stderr()), 5000);
  return Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(p.stderr())?.[1]);
}

const refused = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = connect({ host: "127.0.0.1", port });
    s.once("connect", () => {
      s.destroy();
      resolve(false);
    });
    s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
  });

describe("spo serve", () => {
  it("drains on SIGTERM: the in-flight request completes with 200, new connections are refused, exit 0", async () => {
    const p = spo(["serve", "--port", "0"]);
    try {
      const port = await started(p);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const body = JSON.stringify({ asOf: "2026-01-01", description: "Private Person, 1 Secret Road" });
      const c = await raw(port);
      // Expect: 100-continue makes the server say when it has started on the request: then it is in flight.
      c.socket.write(`POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
      await c.waitFor("100 Continue");
      c.socket.write(body.slice(0, 5));
      p.child.kill("SIGTERM");
      await until(() => p.stderr().includes("SIGTERM: draining"), 3000);
      expect(await refused(port)).toBe(true);
      c.socket.write(body.slice(5));
      const r = parseResponse((await c.closed).data);
      expect(r.status).toBe(200);
      expect(r.headers.connection).toBe("close");
      expect(JSON.parse(r.body)).toMatchObject({ ok: true, report: { asOf: "2026-01-01" } });
      expect(await p.exited).toBe(0);
      const lines = p.stderr().trim().split("\n");
      expect(lines).toContain("spo serve: drained; exiting");
      expect(lines.filter((l) => /^(GET|POST) /.test(l)).map((l) => l.replace(/ [\d.]+ms$/, ""))).toEqual(["GET /healthz 200", "POST /v1/evaluate 200"]);
      expect(p.stderr()).not.toContain("Secret Road");
    } finally {
      p.child.kill("SIGKILL");
    }
  });

  it("a usage error exits 2; a port in use exits 1", async () => {
    const bad = spo(["serve", "--port", "http"]);
    const unknown = spo(["serve", "--verbose"]);
    expect(await Promise.all([bad.exited, unknown.exited])).toEqual([2, 2]);
    expect(bad.stderr()).toContain("usage: spo serve");

    const first = spo(["serve", "--port", "0"]);
    try {
      const port = await started(first);
      const second = spo(["serve", "--port", String(port)]);
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain("EADDRINUSE");
    } finally {
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
    }
  });
});
