/**
 * The server's options and their defaults. Every limit is an option so tests (and operators) can set it, and
 * every option is checked at the boundary like any other input of the library.
 */
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { inputError, parseInput } from "../core/errors";

/** Options of {@link createServer}; every one has a default (see `SERVER_DEFAULTS`). */
export interface ServerOptions {
  /** The address to bind. Loopback by default: TLS and authentication belong to a proxy in front. */
  host?: string;
  /** The port to bind; 0 picks a free one (read it from `listen()`'s answer). */
  port?: number;
  /** The largest request body accepted, in bytes; more is a 413. */
  maxBodyBytes?: number;
  /** How long the request line and headers may take to arrive; slower is a 408. */
  headersTimeoutMs?: number;
  /** How long a whole request (headers and body) may take to arrive; slower is a 408. */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs?: number;
  /** How many requests may be in flight at once; one more is a 503 with `Retry-After`. */
  maxInFlight?: number;
  /** The `Retry-After` of a 503, in seconds. */
  retryAfterSeconds?: number;
  /** The most connections held open at once; the server drops connections beyond it. */
  maxConnections?: number;
  /** How long `close()` waits for in-flight requests before it closes their connections. */
  drainTimeoutMs?: number;
  /** Where access-log lines go (one per request, no trailing newline); by default, standard error. */
  log?: (line: string) => void;
}

/** The defaults of {@link ServerOptions}, as DESIGN pins them. */
export const SERVER_DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 8080,
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxInFlight: 64,
  retryAfterSeconds: 1,
  maxConnections: 1024,
  drainTimeoutMs: 35_000,
});

/** Options with every default applied. */
export type ResolvedServerOptions = typeof SERVER_DEFAULTS & { log: (line: string) => void };

const positive = z.int().check(z.positive());

const OptionsSchema = z.optional(strictObject({
    host: z.optional(z.string().check(z.minLength(1))),
    port: z.optional(z.int().check(z.minimum(0)).check(z.maximum(65_535))),
    maxBodyBytes: z.optional(positive),
    headersTimeoutMs: z.optional(positive),
    requestTimeoutMs: z.optional(positive),
    keepAliveTimeoutMs: z.optional(positive),
    maxInFlight: z.optional(positive),
    retryAfterSeconds: z.optional(z.int().check(z.minimum(0))),
    maxConnections: z.optional(positive),
    drainTimeoutMs: z.optional(positive),
    log: z.optional(z.custom<(line: string) => void>((v) => typeof v === "function", "must be a function")),
  }));

/**
 * `options` with the defaults applied, or a `SpoInputError` naming each bad option. The header timeout may
 * not exceed the request timeout: the headers are part of the request.
 * @example resolveOptions({ port: 0 }).maxInFlight // 64
 */
export function resolveOptions(options: unknown): ResolvedServerOptions {
  const given = parseInput(OptionsSchema, options, "options") ?? {};
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const resolved: ResolvedServerOptions = {
    ...SERVER_DEFAULTS,
    log: (line) => process.stderr.write(`${line}\n`),
    ...defined,
  };
  if (resolved.headersTimeoutMs > resolved.requestTimeoutMs) {
    inputError("options.headersTimeoutMs", "must not be longer than requestTimeoutMs");
  }
  return resolved;
}
