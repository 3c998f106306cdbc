/**
 * The OpenAPI 3.1 description of the service, generated from the JSON Schemas the library already publishes
 * (`jsonSchema(name)`), so the request schema a client validates against is the one the library enforces.
 */
import { jsonSchema, SCHEMA_NAMES } from "../json-schema";
import { PACKAGE_VERSION } from "./version";

/** A JSON object, as the OpenAPI document is built from. */
type JsonObject = Record<string, unknown>;

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

/**
 * A library schema made fit to live at `#/components/schemas/<name>`: `$schema` is dropped (the document's
 * dialect is 2020-12 already) and local references are re-rooted, since `#` now means the whole document.
 * @example embedSchema({ $ref: "#/$defs/order" }, "CaseFile") // { $ref: "#/components/schemas/CaseFile/$defs/order" }
 */
export function embedSchema(schema: JsonObject, name: string): JsonObject {
  const base = `#/components/schemas/${name}`;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: JsonObject = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = key === "$ref" && typeof inner === "string" && inner.startsWith("#") ? `${base}${inner.slice(1)}` : walk(inner);
    }
    return out;
  };
  // Only the root's `$schema` is the dialect; a property may be called "$schema" too (a case file's is).
  const { $schema: _dialect, ...rest } = schema;
  return walk(rest) as JsonObject;
}

const okTrue = { const: true, description: "Always true on success: read it to tell a result from an error." };

const SCHEMAS: () => JsonObject = () => ({
  CaseFile: embedSchema(jsonSchema("case-file"), "CaseFile"),
  CaseReport: embedSchema(jsonSchema("case-report"), "CaseReport"),
  EvaluateResult: {
    type: "object",
    required: ["ok", "report"],
    properties: { ok: okTrue, report: ref("CaseReport") },
    additionalProperties: false,
  },
  Period: {
    type: "object",
    description: "3 days beginning with startsOn (SPA 2019 s.9): the last day, and endsAt, the London midnight that ends it.",
    required: ["startsOn", "lastDay", "endsAt"],
    properties: {
      startsOn: { type: "string", description: "The London day the period begins with (YYYY-MM-DD)." },
      lastDay: { type: "string", description: "The last day of the period (YYYY-MM-DD)." },
      endsAt: { type: "string", description: "The first instant after the last day, with the London offset then in force." },
    },
    additionalProperties: false,
  },
  DeadlineResult: {
    type: "object",
    required: ["ok", "period"],
    properties: { ok: okTrue, period: ref("Period") },
    additionalProperties: false,
  },
  AgendaResult: {
    type: "object",
    description: "What needs action at the case's asOf: overdue duties first, then by the day due (the report's agenda).",
    required: ["ok", "asOf", "agenda"],
    properties: {
      ok: okTrue,
      asOf: { type: "string", description: "The case file's asOf." },
      agenda: { $ref: "#/components/schemas/CaseReport/properties/agenda" },
    },
    additionalProperties: false,
  },
  SchemaNames: {
    type: "object",
    required: ["ok", "names"],
    properties: { ok: okTrue, names: { type: "array", items: { type: "string", enum: [...SCHEMA_NAMES] } } },
    additionalProperties: false,
  },
  JsonSchema: { type: "object", description: "A JSON Schema (draft 2020-12) of one of the library's input or output schemas." },
  OpenApiDocument: { type: "object", description: "This document: an OpenAPI 3.1 description of the service." },
  Health: {
    type: "object",
    required: ["ok", "version"],
    properties: { ok: okTrue, version: { type: "string", description: "The version of stalking-protection-orders serving." } },
    additionalProperties: false,
  },
  Issue: {
    type: "object",
    required: ["path", "message"],
    properties: {
      path: {
        type: "string",
        description:
          "Where the problem is: a dot-and-index path into the case file (order.terms[2].lastDay), a parameter's " +
          "name (start), or empty for the request or body as a whole.",
      },
      message: { type: "string", description: "What is wrong, in English." },
    },
    additionalProperties: false,
  },
  Error: {
    type: "object",
    description: "Every error response, whatever its status, has this body.",
    required: ["ok", "issues"],
    properties: { ok: { const: false }, issues: { type: "array", minItems: 1, items: ref("Issue") } },
    additionalProperties: false,
  },
});

const header = (description: string, schema: JsonObject): JsonObject => ({ description, schema });
const errorResponse = (description: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers === undefined ? {} : { headers }),
  content: { "application/json": { schema: ref("Error") } },
});

const RESPONSES: JsonObject = {
  BadRequest: errorResponse("The body is not JSON (the message gives the line, column and byte), or a query parameter is missing or unknown."),
  NotFound: errorResponse("No such resource."),
  RequestTimeout: errorResponse("The headers did not arrive within the header timeout, or the whole request within the request timeout."),
  PayloadTooLarge: errorResponse("The body is over the size limit; the connection closes."),
  UnsupportedMediaType: errorResponse("The body is not declared as UTF-8 JSON, or is compressed.", {
    Accept: header("The media type to send.", { type: "string" }),
  }),
  UnprocessableContent: errorResponse("Well-formed JSON that is not a valid input: each issue gives the path and the problem."),
  ServiceUnavailable: errorResponse("Too many requests are in flight, or the server is shutting down.", {
    "Retry-After": header("Seconds to wait before retrying.", { type: "integer", minimum: 0 }),
  }),
  InternalError: errorResponse("A defect in the service; the body says only that."),
};

const response = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` });
const ok = (description: string, schema: JsonObject, mediaType = "application/json"): JsonObject => ({
  description,
  content: { [mediaType]: { schema } },
});
const always = { "500": response("InternalError"), "503": response("ServiceUnavailable") };
const bodyErrors = {
  "400": response("BadRequest"),
  "408": response("RequestTimeout"),
  "413": response("PayloadTooLarge"),
  "415": response("UnsupportedMediaType"),
  "422": response("UnprocessableContent"),
};
const caseFileBody = {
  required: true,
  description: "A case file as JSON (UTF-8, at most the body limit). Its JSON Schema is GET /v1/schemas/case-file.",
  content: { "application/json": { schema: ref("CaseFile") } },
};

const PATHS = (): JsonObject => ({
  "/v1/evaluate": {
    post: {
      operationId: "evaluateCase",
      summary: "Evaluate a case file",
      description: "Validates the case file and runs every assessment that applies to it, as at its asOf, exactly as evaluateCase does.",
      requestBody: caseFileBody,
      responses: { "200": ok("The report.", ref("EvaluateResult")), ...bodyErrors, ...always },
    },
  },
  "/v1/agenda": {
    post: {
      operationId: "agenda",
      summary: "What needs action in a case",
      description: "Evaluates the case file as /v1/evaluate does and answers only its agenda: every overdue or pending duty and every key date after asOf, with London days left.",
      requestBody: caseFileBody,
      responses: { "200": ok("The agenda.", ref("AgendaResult")), ...bodyErrors, ...always },
    },
  },
  "/v1/calendar": {
    post: {
      operationId: "calendar",
      summary: "A case's deadlines as iCalendar",
      description:
        "Evaluates the case file and answers its deadline key dates as an RFC 5545 calendar: one all-day event each, " +
        "with a UID stable across re-imports, DTSTAMP from asOf, and no personal data.",
      requestBody: caseFileBody,
      responses: { "200": ok("The calendar (CRLF line endings).", { type: "string" }, "text/calendar"), ...bodyErrors, ...always },
    },
  },
  "/v1/deadline": {
    get: {
      operationId: "notificationPeriod",
      summary: "The notification period beginning with a day",
      description: "The 3-day period of SPA 2019 s.9 beginning with the London day of start; no weekend or holiday exclusion.",
      parameters: [
        {
          name: "start",
          in: "query",
          required: true,
          description: "A date (YYYY-MM-DD) or an ISO 8601 instant; without an offset it is London wall-clock time. Encode + as %2B.",
          schema: { type: "string" },
          examples: { instant: { value: "2026-10-24T23:30:00Z" }, date: { value: "2026-03-27" } },
        },
      ],
      responses: {
        "200": ok("The period.", ref("DeadlineResult")),
        "400": response("BadRequest"),
        "422": response("UnprocessableContent"),
        ...always,
      },
    },
  },
  "/v1/schemas": {
    get: {
      operationId: "listSchemas",
      summary: "The names of the input and output schemas",
      responses: { "200": ok("The names.", ref("SchemaNames")), ...always },
    },
  },
  "/v1/schemas/{name}": {
    get: {
      operationId: "getSchema",
      summary: "The JSON Schema of an input or of the report",
      parameters: [{ name: "name", in: "path", required: true, schema: { type: "string", enum: [...SCHEMA_NAMES] } }],
      responses: {
        "200": ok("The JSON Schema (draft 2020-12).", ref("JsonSchema"), "application/schema+json"),
        "404": response("NotFound"),
        ...always,
      },
    },
  },
  "/openapi.json": {
    get: {
      operationId: "getOpenApi",
      summary: "This document",
      responses: { "200": ok("The OpenAPI 3.1 description of the service.", ref("OpenApiDocument")), ...always },
    },
  },
  "/healthz": {
    get: {
      operationId: "health",
      summary: "Liveness",
      description: "Answers while the server accepts requests; during a shutdown it answers 503.",
      responses: { "200": ok("The server is up.", ref("Health")), ...always },
    },
  },
});

const DESCRIPTION = [
  "UK stalking protection order law as an HTTP/JSON service: the same evaluateCase, calculators and JSON Schemas",
  "as the stalking-protection-orders library, for systems that are not written in JavaScript.",
  "Every error has the body { ok: false, issues: [{ path, message }] }. Any path may also answer 404 (no such",
  "endpoint), 405 with Allow (a method the endpoint does not have), 408 (a request that did not arrive in time),",
  "431 (headers too large) or 400 (not HTTP). Results are deterministic: the service adds no clock reading.",
].join(" ");

/**
 * The OpenAPI 3.1 document describing every endpoint of `spo serve`, `/openapi.json` and `/healthz`
 * included; `spo schema openapi` prints it.
 * @example openApiDocument().paths["/v1/evaluate"] // the evaluate operation, its body the case-file schema
 */
export function openApiDocument(): { openapi: "3.1.0"; paths: Record<string, unknown> } & Record<string, unknown> {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "stalking-protection-orders service",
      version: PACKAGE_VERSION,
      description: DESCRIPTION,
      license: { name: "MIT", identifier: "MIT" },
    },
    paths: PATHS(),
    components: { schemas: SCHEMAS(), responses: RESPONSES },
  };
}
