// Routing: exact paths, templates with decoded parameters, 404 and 405 with Allow.
import { describe, expect, it } from "vitest";
import { HttpError } from "../../src/server/http-errors";
import { json } from "../../src/server/reply";
import { createRouter } from "../../src/server/router";

const h = () => json(200, {});
const route = createRouter([
  { path: "/healthz", methods: { GET: h } },
  { path: "/v1/evaluate", methods: { POST: h } },
  { path: "/v1/schemas/{name}", methods: { GET: h } },
  { path: "/both", methods: { GET: h, POST: h } },
]);
const thrown = (method: string, path: string): HttpError => {
  try {
    route(method, path);
  } catch (e) {
    return e as HttpError;
  }
  throw new Error("no error");
};

describe("createRouter", () => {
  it("matches exact paths and templates, decoding parameters", () => {
    expect(route("GET", "/healthz").params).toEqual({});
    expect(route("GET", "/v1/schemas/case%2Dfile").params).toEqual({ name: "case-file" });
    expect(route("HEAD", "/healthz").handler).toBe(h);
  });

  it("404 for paths no route has", () => {
    for (const path of ["/", "/healthz/", "/v1/schemas/", "/v1/schemas/a/b", "/v1/schemas/%E0", "*"]) expect(thrown("GET", path).status, path).toBe(404);
  });

  it("405 with Allow for a method the route lacks", () => {
    expect(thrown("POST", "/healthz")).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" } });
    expect(thrown("GET", "/v1/evaluate")).toMatchObject({ status: 405, headers: { Allow: "POST" } });
    expect(thrown("DELETE", "/both")).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD, POST" } });
  });
});
