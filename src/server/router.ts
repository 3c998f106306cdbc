/**
 * Paths and methods to handlers. A route is a path template (`/v1/schemas/{name}`) and a handler per method;
 * an endpoint is added by adding one route, and the 404 / 405-with-`Allow` answers follow from the table.
 */
import { methodNotAllowed, notFound } from "./http-errors";
import type { Reply } from "./reply";

/** The methods the service's routes use. `HEAD` is answered by every `GET` handler. */
export type Method = "GET" | "POST";

/** What a handler may ask of its request. */
export interface RequestContext {
  /** Path parameters, decoded: `{ name: "case-file" }` for `/v1/schemas/case-file`. */
  readonly params: Readonly<Record<string, string>>;
  /** The query string after `?`, undecoded (handlers decode the parameters they read). */
  readonly query: string;
  /** Reads the body as JSON, enforcing the media type and the size limit (400, 413, 415). */
  json(): Promise<unknown>;
}

/** Answers a request, or throws an `HttpError`. */
export type Handler = (context: RequestContext) => Reply | Promise<Reply>;

/** One endpoint: a path template and its handler for each method it allows. */
export interface Route {
  path: string;
  methods: Partial<Record<Method, Handler>>;
}

/** A route chosen for a request, with its path parameters. */
export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

interface Compiled {
  segments: readonly string[];
  route: Route;
  allow: readonly string[];
}

const PARAMETER = /^\{([A-Za-z]\w*)\}$/;

/**
 * A function from method and path (no query) to the matching handler; it throws a 404 `HttpError` for a path
 * no route has and a 405 with `Allow` for a method the path's route lacks.
 * @example createRouter([{ path: "/healthz", methods: { GET: health } }])("POST", "/healthz") // throws 405, Allow: GET, HEAD
 */
export function createRouter(routes: readonly Route[]): (method: string, path: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => {
    const methods = Object.keys(route.methods) as Method[];
    return { segments: route.path.split("/"), route, allow: methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m])) };
  });
  const exact = new Map(compiled.filter((c) => !c.route.path.includes("{")).map((c) => [c.route.path, c]));
  const templated = compiled.filter((c) => c.route.path.includes("{"));

  const find = (path: string): { entry: Compiled; params: Record<string, string> } | null => {
    const hit = exact.get(path);
    if (hit !== undefined) return { entry: hit, params: {} };
    const parts = path.split("/");
    for (const entry of templated) {
      const params = matchSegments(entry.segments, parts);
      if (params !== null) return { entry, params };
    }
    return null;
  };

  return (method, path) => {
    const found = find(path);
    if (found === null) throw notFound();
    const handler = found.entry.route.methods[(method === "HEAD" ? "GET" : method) as Method];
    if (handler === undefined) throw methodNotAllowed(found.entry.allow);
    return { handler, params: found.params };
  };
}

function matchSegments(template: readonly string[], parts: readonly string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const want = template[i] ?? "";
    const got = parts[i] ?? "";
    const name = PARAMETER.exec(want)?.[1];
    if (name === undefined) {
      if (want !== got) return null;
      continue;
    }
    if (got === "") return null;
    try {
      params[name] = decodeURIComponent(got);
    } catch {
      return null; // not valid percent-encoding: no such resource
    }
  }
  return params;
}
