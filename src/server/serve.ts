/**
 * `spo serve`: the service as a process. It prints the address it bound on standard error (a supervisor or a
 * test reads the port from there when given `--port 0`), writes the access log there, and on SIGTERM or
 * SIGINT drains — in-flight requests finish, new connections are refused — and exits 0.
 */
import { parseArgs } from "node:util";
import { isSpoInputError } from "../core/errors";
import { SERVER_DEFAULTS } from "./options";
import { createServer } from "./server";

/** Where `spo serve` writes: one line at a time, without a trailing newline. */
export interface ServeIo {
  err: (text: string) => void;
}

const USAGE = "usage: spo serve [--host 127.0.0.1] [--port 8080]";
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Runs `spo serve` with the arguments after `serve`. Returns 2 at once for a usage error; otherwise 0, and
 * the process then lives until a signal drains it (a failure to bind sets the exit code to 1).
 * @example serveCommand(["--port", "0"], { err: (t) => process.stderr.write(`${t}\n`) })
 * @see ../../docs/service.md
 */
export function serveCommand(args: string[], io: ServeIo): number {
  let host: string;
  let port: number;
  try {
    const { values } = parseArgs({ args, options: { host: { type: "string" }, port: { type: "string" } }, allowPositionals: false });
    host = values.host ?? SERVER_DEFAULTS.host;
    const portText = values.port ?? String(SERVER_DEFAULTS.port);
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) throw new Error(`--port must be a number from 0 to 65535, not ${JSON.stringify(portText)}`);
    port = Number(portText);
  } catch (e) {
    io.err(`spo serve: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let service;
  try {
    service = createServer({ host, port, log: io.err });
  } catch (e) {
    if (!isSpoInputError(e)) throw e;
    io.err(`spo serve: ${e.message}\n${USAGE}`);
    return 2;
  }
  const running = service;
  running.listen().then(
    (address) => {
      io.err(`spo serve: listening on ${address.url}`);
      if (!LOOPBACK.has(host)) io.err("spo serve: warning: not bound to loopback; put TLS and authentication in a reverse proxy in front");
    },
    (e: NodeJS.ErrnoException) => {
      io.err(`spo serve: cannot listen on ${host}:${port}: ${e.code ?? e.message}`);
      process.exitCode = 1;
    },
  );
  let signalled = false;
  const drain = (signal: NodeJS.Signals): void => {
    if (signalled) {
      // A second signal: the operator will not wait for the drain.
      io.err(`spo serve: ${signal} again; exiting without waiting`);
      process.exit(1);
    }
    signalled = true;
    io.err(`spo serve: ${signal}: draining (in-flight requests finish, new connections are refused)`);
    void running.close().then(({ drained }) => {
      io.err(drained ? "spo serve: drained; exiting" : "spo serve: drain timed out; open connections were closed");
      process.exitCode = drained ? 0 : 1;
    });
  };
  process.on("SIGTERM", drain);
  process.on("SIGINT", drain);
  return 0;
}
