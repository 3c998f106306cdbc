// Helpers for the service tests: a live server on a free loopback port, raw sockets for what fetch cannot do
// (trickling bytes, holding a body open), and curl run asynchronously — the server shares this process, so a
// synchronous child would block the very event loop that has to answer it.
import { execFile } from "node:child_process";
import { connect, type Socket } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll } from "vitest";
import { createServerWith, type ServerAddress, type SpoServer } from "../../src/server/server";
import type { ServerOptions } from "../../src/server/options";
import { apiRoutes } from "../../src/server/routes";
import type { Route } from "../../src/server/router";

export const LARGEST_EXAMPLE = "examples/met-interim-then-full.json";
export const exampleText = (path = LARGEST_EXAMPLE): string => readFileSync(path, "utf8");

export interface Live extends ServerAddress {
  service: SpoServer;
  /** Every line the server logged, in order. */
  lines: string[];
}

/** Starts a server on 127.0.0.1, port 0, with `options`; it is drained after the file's tests. */
export async function live(options: ServerOptions = {}, extraRoutes: Route[] = []): Promise<Live> {
  const lines: string[] = [];
  const service = createServerWith([...apiRoutes(), ...extraRoutes], { host: "127.0.0.1", port: 0, log: (l) => lines.push(l), ...options });
  const address = await service.listen();
  afterAll(async () => {
    await service.close();
  });
  return { ...address, service, lines };
}

/** Resolves once `predicate` holds, checking every 10 ms for at most `ms`. */
export async function until(predicate: () => boolean, ms = 2000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A raw connection that collects everything the server sends, and knows when the server closed it. */
export interface Raw {
  socket: Socket;
  received: () => string;
  closed: Promise<{ data: string; ms: number }>;
  /** Resolves when the received text contains `text` (at most `ms`). */
  waitFor(text: string, ms?: number): Promise<string>;
}

export function raw(port: number): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect({ host: "127.0.0.1", port });
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      data += chunk;
    });
    socket.on("error", () => undefined); // a reset after the server's answer is part of what is tested
    const closed = new Promise<{ data: string; ms: number }>((r) => socket.on("close", () => r({ data, ms: performance.now() - started })));
    socket.once("connect", () =>
      resolve({
        socket,
        received: () => data,
        closed,
        waitFor: async (text, ms = 2000) => {
          await until(() => data.includes(text) || socket.destroyed, ms);
          return data;
        },
      }),
    );
    socket.once("error", reject);
  });
}

/** The status, headers and body of the first response in a raw transcript (after any `100 Continue`). */
export function parseResponse(transcript: string): { status: number; headers: Record<string, string>; body: string } {
  const text = transcript.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, "");
  const end = text.indexOf("\r\n\r\n");
  const [statusLine = "", ...headerLines] = text.slice(0, end).split("\r\n");
  const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
  const length = Number(headers["content-length"] ?? 0);
  return { status: Number(statusLine.split(" ")[1]), headers, body: text.slice(end + 4, end + 4 + length) };
}

/** Runs curl with `args`, without blocking the event loop; resolves with its exit code and output. */
export function curl(args: string[], options: { input?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("curl", ["--silent", "--show-error", "--max-time", "10", ...args], { encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs any command asynchronously (python3, sh), with a time bound. */
export function run(file: string, args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { encoding: "utf8", timeout: 15_000, cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
    });
  });
}
