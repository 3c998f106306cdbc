/**
 * Request bodies: the declared media type and length are checked before a byte is read, and the bytes are
 * counted as they stream in, so a body over the limit is refused as soon as it passes it — whether or not the
 * client announced its length — and is never held in memory beyond the limit.
 */
import type { IncomingMessage } from "node:http";
import { payloadTooLarge, unsupportedMediaType } from "./http-errors";

/** The client went away before its body was complete: there is no one left to answer. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection before the request was complete");
    this.name = "ClientGone";
  }
}

const shown = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** `application/json` or any `application/…+json` type, in UTF-8 (the only charset RFC 8259 allows). */
function mediaTypeProblem(header: string | undefined): string | null {
  if (header === undefined || header.trim() === "") return "send the body as application/json (the request has no Content-Type)";
  const [essence = "", ...parameters] = header.split(";");
  const type = essence.trim().toLowerCase();
  if (type !== "application/json" && !(type.startsWith("application/") && type.endsWith("+json"))) {
    return `send the body as application/json, not ${shown(type)}`;
  }
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    const charset = value.trim().replace(/^"(.*)"$/, "$1").toLowerCase();
    if (name.trim().toLowerCase() === "charset" && charset !== "utf-8" && charset !== "utf8") {
      return `JSON must be sent in UTF-8, not ${shown(charset)}`;
    }
  }
  return null;
}

/** True when the request carries a body (a length above zero, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/**
 * Refuses a body from its headers alone: 415 when it is not declared as UTF-8 JSON or is compressed, 413 when
 * its declared length is over `maxBytes`. Called before `100 Continue` is sent, so a refused client never
 * sends the body at all.
 * @example checkBodyHeaders(req, 1_048_576) // throws HttpError 413 for Content-Length: 2000000
 */
export function checkBodyHeaders(req: IncomingMessage, maxBytes: number): void {
  const problem = mediaTypeProblem(req.headers["content-type"]);
  if (problem !== null) throw unsupportedMediaType(problem);
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity") {
    throw unsupportedMediaType("compressed bodies are not accepted (send it without Content-Encoding)");
  }
  const length = req.headers["content-length"];
  // Node's parser has already refused a Content-Length that is not a number.
  if (length !== undefined && Number(length) > maxBytes) throw payloadTooLarge(maxBytes);
}

/**
 * Reads the whole body, rejecting with a 413 `HttpError` the moment more than `maxBytes` have arrived (the
 * rest is discarded unread into memory, and the server closes the connection), or with `ClientGone` if the
 * connection ends first.
 * @example const bytes = await readBody(req, 1_048_576)
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onGone);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        stop();
        reject(payloadTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      // A client that hangs up mid-body ends the stream too, short of its declared length.
      if (!req.complete) return onGone();
      stop();
      resolve(chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onGone = (): void => {
      stop();
      reject(new ClientGone());
    };
    const onClose = (): void => {
      if (!req.complete) onGone();
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onGone);
    req.on("close", onClose);
  });
}
