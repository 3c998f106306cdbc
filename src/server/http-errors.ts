/**
 * The service's one error shape. Every failure, from a malformed case file to a full server, answers with
 * `{ ok: false, issues: [{ path, message }] }`: the shape `evaluateCase` already returns for invalid input, so
 * a client needs one error reader, whatever went wrong.
 */
import type { InputIssue } from "../core/errors";

/** The body of every error response. */
export interface ErrorBody {
  ok: false;
  issues: InputIssue[];
}

/**
 * A failure that becomes an HTTP response: its status, extra headers (`Allow`, `Retry-After`, `Accept`) and
 * the issues of its body. Handlers throw it; the server turns it into JSON.
 * @example throw new HttpError(404, [{ path: "", message: "no endpoint at /v2" }])
 */
export class HttpError extends Error {
  readonly status: number;
  readonly issues: InputIssue[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, issues: InputIssue[], headers: Record<string, string> = {}) {
    super(issues.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)).join("; "));
    this.name = "HttpError";
    this.status = status;
    this.issues = issues;
    this.headers = headers;
  }
}

const one = (message: string, path = ""): InputIssue[] => [{ path, message }];

/** 400: the body is not JSON (the message gives the position) or a query is unusable. */
export const badRequest = (message: string, path = ""): HttpError => new HttpError(400, one(message, path));

/** 404: no endpoint at this path. The path is not echoed: it may be anything the client sent. */
export const notFound = (): HttpError => new HttpError(404, one("there is no endpoint at this path; GET /openapi.json lists them"));

/** 405: the path exists but not with this method; `Allow` lists the methods it has. */
export const methodNotAllowed = (allow: readonly string[]): HttpError =>
  new HttpError(405, one(`this endpoint allows ${allow.join(", ")} only`), { Allow: allow.join(", ") });

/** 413: the body is over the limit. */
export const payloadTooLarge = (limit: number): HttpError => new HttpError(413, one(`is larger than the limit of ${limit} bytes`));

/** 415: the body is not declared as UTF-8 JSON. */
export const unsupportedMediaType = (message: string): HttpError =>
  new HttpError(415, one(message), { Accept: "application/json" });

/** 422: well-formed JSON that is not a valid input; the issues say where and why. */
export const unprocessable = (issues: InputIssue[]): HttpError => new HttpError(422, issues);

/** 503: too many requests in flight, or the server is draining. */
export const serviceUnavailable = (message: string, retryAfterSeconds: number): HttpError =>
  new HttpError(503, one(message), { "Retry-After": String(retryAfterSeconds) });

/** 500: a defect in the service. The body says only that; the cause never reaches the client. */
export const internalError = (): HttpError => new HttpError(500, one("internal error"));

/** The JSON body of an error response. */
export function errorBody(error: HttpError): ErrorBody {
  return { ok: false, issues: error.issues };
}

/** 408: the headers or the whole request did not arrive in time (a slow or stalled client). */
export const requestTimeout = (): HttpError => new HttpError(408, one("the request did not arrive in time"));

/** 431: the request headers are larger than the server accepts. */
export const headersTooLarge = (): HttpError => new HttpError(431, one("the request headers are too large"));

/** 400 for bytes that are not HTTP at all; the parser's details are not echoed. */
export const malformedRequest = (): HttpError => new HttpError(400, one("is not a well-formed HTTP/1.1 request"));

/** 417: an `Expect` other than `100-continue`. */
export const expectationFailed = (): HttpError => new HttpError(417, one("the only expectation supported is 100-continue"));
