/**
 * stalking-protection-orders/server: the rules as an HTTP/JSON service on `node:http`, for systems that are
 * not written in JavaScript. `spo serve` runs it; `createServer` embeds it. No dependency beyond the library's.
 * @see ../../docs/service.md
 */
export { createServer, type ServerAddress, type SpoServer } from "./server";
export { SERVER_DEFAULTS, type ServerOptions } from "./options";
export { openApiDocument } from "./openapi";
export type { ErrorBody } from "./http-errors";
