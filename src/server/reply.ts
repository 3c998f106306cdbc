/**
 * What a handler answers with, and how it goes on the wire: one buffer with its length, so a response is a
 * single write and keep-alive clients know where it ends.
 */
import type { ServerResponse } from "node:http";

/** A complete response: status, media type, body and any extra headers. */
export interface Reply {
  status: number;
  contentType: string;
  body: Buffer;
  headers?: Readonly<Record<string, string>>;
}

/** The media type of every JSON body the service sends. */
export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A JSON reply. Serialised compactly: clients parse it, and whitespace would only cost bytes.
 * @example json(200, { ok: true, version: "0.1.0" })
 */
export function json(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return { status, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(value), "utf8"), ...(headers === undefined ? {} : { headers }) };
}

/**
 * A text reply in another media type (`application/schema+json`, and later `text/calendar`).
 * @example text(200, "text/calendar; charset=utf-8", ics)
 */
export function text(status: number, contentType: string, body: string): Reply {
  return { status, contentType, body: Buffer.from(body, "utf8") };
}

/**
 * Writes `reply` to `res`. `close` asks the client to open a new connection for its next request: the server
 * is draining, or the request's body was not read to its end so the connection cannot carry another.
 * @example send(res, json(404, body), { close: false })
 */
export function send(res: ServerResponse, reply: Reply, options: { close: boolean }): void {
  // Personal data must not sit in shared caches; nosniff stops a browser reading JSON as anything else.
  const headers: Record<string, string | number> = {
    "Content-Type": reply.contentType,
    "Content-Length": reply.body.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...reply.headers,
  };
  if (options.close) headers.Connection = "close";
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}
