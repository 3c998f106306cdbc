/**
 * The service's endpoints, each a thin adapter over a library function: the HTTP layer adds no rule of its
 * own, so the service answers exactly what `evaluateCase` and the calculators answer.
 */
import { evaluateCase, type CaseReport } from "../case";
import { notificationPeriod } from "../core/calendar";
import { isSpoInputError } from "../core/errors";
import { toICalendar } from "../output/ical";
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from "../json-schema";
import { badRequest, HttpError, unprocessable } from "./http-errors";
import { openApiDocument } from "./openapi";
import { json, text, type Reply } from "./reply";
import type { Handler, Route } from "./router";
import { PACKAGE_VERSION } from "./version";

/**
 * An endpoint that takes a case file: the body is read and evaluated, an invalid case is a 422 with the
 * library's issues, and `render` turns the report into the reply (the report, its agenda, its calendar).
 */
export function caseEndpoint(render: (report: CaseReport) => Reply): Handler {
  return async (context) => {
    const result = evaluateCase(await context.json());
    if (!result.ok) throw unprocessable(result.issues);
    return render(result.report);
  };
}

/** The parameters of a query string, decoded as URI components (so a `+` in an offset stays a `+`). */
function queryParameters(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (query === "") return out;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(at === -1 ? pair : pair.slice(0, at));
      value = decodeURIComponent(at === -1 ? "" : pair.slice(at + 1));
    } catch {
      throw badRequest("the query string is not valid percent-encoding");
    }
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

const deadline: Handler = ({ query }) => {
  const parameters = queryParameters(query);
  for (const name of parameters.keys()) if (name !== "start") throw badRequest("is not a recognised parameter", name);
  const values = parameters.get("start") ?? [];
  if (values.length === 0) throw badRequest("is required: a date (YYYY-MM-DD) or an ISO 8601 instant", "start");
  if (values.length > 1) throw badRequest("is given more than once", "start");
  try {
    return json(200, { ok: true, period: notificationPeriod(values[0] ?? "") });
  } catch (e) {
    if (isSpoInputError(e)) throw unprocessable(e.issues.map((i) => ({ path: "start", message: i.message })));
    throw e;
  }
};

/**
 * Every route of the service. Answers that depend on nothing in the request (the schemas, this document, the
 * health body) are serialised once here, not per request.
 * @example createRouter(apiRoutes())("GET", "/healthz")
 */
export function apiRoutes(): Route[] {
  const health = json(200, { ok: true, version: PACKAGE_VERSION });
  const openapi = json(200, openApiDocument());
  const names = json(200, { ok: true, names: SCHEMA_NAMES });
  const schemas = new Map<string, Reply>(
    SCHEMA_NAMES.map((name: SchemaName) => [name, text(200, "application/schema+json; charset=utf-8", JSON.stringify(jsonSchema(name)))]),
  );
  return [
    { path: "/v1/evaluate", methods: { POST: caseEndpoint((report) => json(200, { ok: true, report })) } },
    { path: "/v1/agenda", methods: { POST: caseEndpoint((report) => json(200, { ok: true, asOf: report.asOf, agenda: report.agenda })) } },
    { path: "/v1/calendar", methods: { POST: caseEndpoint((report) => text(200, "text/calendar; charset=utf-8", toICalendar(report))) } },
    { path: "/v1/deadline", methods: { GET: deadline } },
    { path: "/v1/schemas", methods: { GET: () => names } },
    {
      path: "/v1/schemas/{name}",
      methods: {
        GET: ({ params }) => {
          const schema = schemas.get(params.name ?? "");
          if (schema === undefined) {
            throw new HttpError(404, [{ path: "name", message: `is not a schema name; one of: ${SCHEMA_NAMES.join(", ")}` }]);
          }
          return schema;
        },
      },
    },
    { path: "/openapi.json", methods: { GET: () => openapi } },
    { path: "/healthz", methods: { GET: () => health } },
  ];
}
