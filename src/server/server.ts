/**
 * The HTTP server: `node:http` with the service's limits — header and request timeouts, a cap on requests in
 * flight, a body limit — an access-log line per request, a JSON body for every error (including the ones Node
 * would otherwise answer itself with an empty body), and a graceful drain.
 */
import { createServer as createHttpServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { performance } from "node:perf_hooks";
import { accessLogLine, internalErrorLine } from "./access-log";
import { checkBodyHeaders, ClientGone, hasBody, readBody } from "./body";
import {
  errorBody,
  expectationFailed,
  headersTooLarge,
  HttpError,
  internalError,
  malformedRequest,
  payloadTooLarge,
  requestTimeout,
  serviceUnavailable,
} from "./http-errors";
import { parseJsonBody } from "./json";
import { resolveOptions, type ServerOptions } from "./options";
import { json, send } from "./reply";
import { createRouter, type RequestContext, type Route, type RouteMatch } from "./router";
import { apiRoutes } from "./routes";

/** Where a listening server can be reached. */
export interface ServerAddress {
  host: string;
  port: number;
  /** `http://127.0.0.1:8080`, with IPv6 hosts in brackets. */
  url: string;
}

/** A service created by {@link createServer}: listen, then close to drain. */
export interface SpoServer {
  /** The underlying `node:http` server, for embedding (its `request` handling belongs to the service). */
  readonly httpServer: Server;
  /** Binds `host:port` from the options and resolves with the address bound (useful with port 0). */
  listen(): Promise<ServerAddress>;
  /** The bound address, or `null` before `listen()` has resolved. */
  address(): ServerAddress | null;
  /**
   * Drains: stops accepting connections, closes idle ones, answers any new request on an open connection
   * with 503, lets in-flight requests finish (each response closes its connection) and resolves when every
   * connection is closed — `drained: false` if `drainTimeoutMs` passed first and the rest were cut.
   */
  close(): Promise<{ drained: boolean }>;
}

/** The request a connection is answering, for the access log and for errors raised on the socket. */
interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly started: number;
  readonly res: ServerResponse;
  /** Set when the answer went out on the socket directly (a timeout), not through `res`. */
  status?: number;
}

type Expectation = "none" | "continue" | "unsupported";

function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf("?");
  let path = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? "" : target.slice(q + 1);
  if (!path.startsWith("/")) {
    // The absolute form (`http://host/path`), which proxies may send.
    try {
      path = new URL(path).pathname;
    } catch {
      // Left as it is: no route matches it, so it is a 404.
    }
  }
  return { path, query };
}

function clientErrorAnswer(code: string | undefined): HttpError | null {
  switch (code) {
    case "ECONNRESET":
    case "EPIPE":
    case "HPE_INVALID_EOF_STATE": // the client hung up mid-request: no one to answer
      return null;
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return requestTimeout();
    case "HPE_HEADER_OVERFLOW":
      return headersTooLarge();
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return payloadTooLarge(16 * 1024);
    default:
      return malformedRequest();
  }
}

/** A whole response as bytes, for answering on a socket that has no `ServerResponse` able to answer. */
function rawResponse(error: HttpError): string {
  const body = JSON.stringify(errorBody(error));
  return [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ""}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/**
 * A service over `routes`. {@link createServer} is this over the service's own routes; tests use it to add
 * a route the service lacks (one that throws, say).
 * @example createServerWith(apiRoutes(), { port: 0 })
 */
export function createServerWith(routes: readonly Route[], options?: ServerOptions): SpoServer {
  const o = resolveOptions(options);
  const route = createRouter(routes);
  const exchanges = new WeakMap<Duplex, Exchange>();
  let inFlight = 0;
  let draining = false;
  let closing: Promise<{ drained: boolean }> | undefined;

  const httpServer = createHttpServer({
    headersTimeout: o.headersTimeoutMs,
    requestTimeout: o.requestTimeoutMs,
    keepAliveTimeout: o.keepAliveTimeoutMs,
    // Node checks the two timeouts on this interval (30 s by default): without it a 10 s limit could be 40 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(o.headersTimeoutMs / 4))),
    // Node answers a missing Host with an empty 400 of its own; the service has no use for Host.
    requireHostHeader: false,
  });
  httpServer.maxConnections = o.maxConnections;

  const onRequest = (req: IncomingMessage, res: ServerResponse, expectation: Expectation): void => {
    const { path, query } = splitTarget(req.url ?? "/");
    const exchange: Exchange = { method: req.method ?? "-", path, started: performance.now(), res };
    const socket = req.socket;
    exchanges.set(socket, exchange);
    let counted = false;
    res.on("error", () => undefined); // a write to a connection the client dropped: nothing to do
    res.once("close", () => {
      if (counted) inFlight--;
      if (exchanges.get(socket) === exchange) exchanges.delete(socket);
      const status = exchange.status ?? (res.headersSent ? res.statusCode : 499);
      o.log(accessLogLine(exchange.method, path, status, performance.now() - exchange.started));
    });

    // A connection that cannot carry another request must say so: draining, or a body left unread.
    const answer = (reply: Parameters<typeof send>[1]): void => {
      if (res.destroyed || res.writableEnded) return;
      send(res, reply, { close: draining || (hasBody(req) && !req.complete) });
    };
    const fail = (error: HttpError): void => answer(json(error.status, errorBody(error), { ...error.headers }));

    if (draining) return fail(serviceUnavailable("the server is shutting down; retry later", o.retryAfterSeconds));
    if (inFlight >= o.maxInFlight) {
      return fail(serviceUnavailable(`${o.maxInFlight} requests are already in flight; retry shortly`, o.retryAfterSeconds));
    }
    inFlight++;
    counted = true;
    if (expectation === "unsupported") return fail(expectationFailed());

    let match: RouteMatch;
    try {
      match = route(req.method ?? "", path);
    } catch (e) {
      return fail(e as HttpError);
    }
    const context: RequestContext = {
      params: match.params,
      query,
      json: async () => {
        checkBodyHeaders(req, o.maxBodyBytes);
        if (expectation === "continue") res.writeContinue();
        return parseJsonBody(await readBody(req, o.maxBodyBytes));
      },
    };
    Promise.resolve()
      .then(() => match.handler(context))
      .then(answer, (e: unknown) => {
        if (e instanceof ClientGone) return;
        if (e instanceof HttpError) return fail(e);
        o.log(internalErrorLine(exchange.method, path, e));
        fail(internalError());
      });
  };

  httpServer.on("request", (req, res) => onRequest(req, res, "none"));
  // With a listener here Node does not send `100 Continue` itself: the headers are checked first, so a client
  // refused for its length or media type never sends the body.
  httpServer.on("checkContinue", (req, res) => onRequest(req, res, "continue"));
  httpServer.on("checkExpectation", (req, res) => onRequest(req, res, "unsupported"));
  httpServer.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const exchange = exchanges.get(socket);
    const answer = clientErrorAnswer(error.code);
    if (answer !== null && socket.writable && (exchange === undefined || !exchange.res.headersSent)) {
      socket.write(rawResponse(answer));
      if (exchange === undefined) o.log(accessLogLine(undefined, undefined, answer.status, undefined));
      else exchange.status = answer.status;
    }
    socket.destroy();
  });
  httpServer.on("error", (error: NodeJS.ErrnoException) => {
    if (httpServer.listening) o.log(`server error: ${error.code ?? error.name}`);
  });

  const address = (): ServerAddress | null => {
    const a = httpServer.address();
    if (a === null || typeof a === "string") return null;
    const host = a.family === "IPv6" ? `[${a.address}]` : a.address;
    return { host: a.address, port: a.port, url: `http://${host}:${a.port}` };
  };

  return {
    httpServer,
    address,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen({ port: o.port, host: o.host }, () => {
          httpServer.off("error", reject);
          const bound = address();
          if (bound === null) reject(new Error("the server did not bind a TCP address"));
          else resolve(bound);
        });
      }),
    close: () => {
      closing ??= new Promise((resolve) => {
        draining = true;
        if (!httpServer.listening) {
          resolve({ drained: true });
          return;
        }
        let forced = false;
        const timer = setTimeout(() => {
          forced = true;
          httpServer.closeAllConnections();
        }, o.drainTimeoutMs);
        timer.unref();
        httpServer.close(() => {
          clearTimeout(timer);
          resolve({ drained: !forced });
        });
        httpServer.closeIdleConnections();
      });
      return closing;
    },
  };
}

/**
 * The stalking-protection-orders service on `node:http`: `POST /v1/evaluate`, `GET /v1/deadline`,
 * `GET /v1/schemas[/{name}]`, `GET /openapi.json` and `GET /healthz`, with the limits of `options`
 * (1 MiB bodies, 10 s for headers, 30 s for a request, 64 in flight by default). Call `listen()` to bind.
 * @example const service = createServer({ port: 0 }); const { url } = await service.listen(); await service.close();
 * @see ../../docs/service.md
 */
export function createServer(options?: ServerOptions): SpoServer {
  return createServerWith(apiRoutes(), options);
}
