// The OpenAPI document: valid OpenAPI 3.1 (checked by an independent validator), built from the library's own
// JSON Schemas, describing every route the server has — and the server's real answers match what it says.
import { spawnSync } from "node:child_process";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/json-schema";
import { openApiDocument } from "../../src/server/openapi";
import { apiRoutes } from "../../src/server/routes";
import { exampleText, live } from "./support";

type Doc = ReturnType<typeof openApiDocument> & {
  components: { schemas: Record<string, Record<string, unknown>>; responses: Record<string, unknown> };
};
const doc = openApiDocument() as Doc;
const s = await live();

// The document as one schema resource, so a `$ref` into it resolves as it does in the document.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");
const validatorFor = (name: string) => ajv.compile({ $ref: `openapi#/components/schemas/${name}` });

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("the validator would notice a broken document (a response without its description)", async () => {
    const broken = structuredClone(doc) as unknown as { paths: Record<string, { get?: { responses: Record<string, Record<string, unknown>> } }> };
    delete broken.paths["/healthz"]?.get?.responses["200"]?.description;
    expect((await new Validator().validate(broken as unknown as Record<string, unknown>)).valid).toBe(false);
  });

  it("describes every route the server has, itself and /healthz included, and no other", () => {
    const routes = apiRoutes().flatMap((r) => Object.keys(r.methods).map((m) => `${m.toLowerCase()} ${r.path}`));
    const described = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item as object).map((m) => `${m} ${path}`));
    expect(described.sort()).toEqual(routes.sort());
    expect(described).toContain("get /openapi.json");
    expect(described).toContain("get /healthz");
  });

  it("takes the request body's schema from jsonSchema('case-file')", () => {
    const { $schema: _, ...caseFile } = jsonSchema("case-file");
    expect(doc.components.schemas.CaseFile).toEqual(caseFile);
  });

  it("every embedded schema compiles, and every $ref in the document resolves", () => {
    for (const name of Object.keys(doc.components.schemas)) expect(() => validatorFor(name), name).not.toThrow();
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const pointer = (JSON.parse(`{${ref}}`) as { $ref: string }).$ref.replace(/^#\//, "").split("/");
      let at: unknown = doc;
      for (const key of pointer) at = (at as Record<string, unknown>)[key];
      expect(at, ref).toBeDefined();
    }
  });

  it("is what GET /openapi.json serves and `spo schema openapi` prints", async () => {
    expect(await (await fetch(`${s.url}/openapi.json`)).json()).toEqual(doc);
    const cli = spawnSync(process.execPath, ["dist/cli.js", "schema", "openapi"], { encoding: "utf8" });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(doc);
  });
});

describe("the server's answers match their described schemas", () => {
  const check = async (name: string, response: Response, status: number) => {
    expect(response.status).toBe(status);
    const validate = validatorFor(name);
    const body: unknown = await response.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  };

  it("success bodies", async () => {
    const post = (body: string) => fetch(`${s.url}/v1/evaluate`, { method: "POST", body, headers: { "content-type": "application/json" } });
    await check("EvaluateResult", await post(exampleText()), 200);
    await check("DeadlineResult", await fetch(`${s.url}/v1/deadline?start=2026-10-24T23:30:00Z`), 200);
    await check("SchemaNames", await fetch(`${s.url}/v1/schemas`), 200);
    await check("Health", await fetch(`${s.url}/healthz`), 200);
  });

  it("the example case files are valid against the described request schema", () => {
    const validate = validatorFor("CaseFile");
    expect(validate(JSON.parse(exampleText()))).toBe(true);
  });

  it("error bodies, whatever the status", async () => {
    const post = (body: string, type = "application/json") => fetch(`${s.url}/v1/evaluate`, { method: "POST", body, headers: { "content-type": type } });
    await check("Error", await post("{"), 400);
    await check("Error", await post("{}", "text/plain"), 415);
    await check("Error", await post(JSON.stringify({ asOf: "2026-02-30" })), 422);
    await check("Error", await post(" ".repeat(2 * 1024 * 1024)), 413);
    await check("Error", await fetch(`${s.url}/nope`), 404);
    await check("Error", await fetch(`${s.url}/healthz`, { method: "POST" }), 405);
    await check("Error", await fetch(`${s.url}/v1/deadline?start=x`), 422);
  });
});

describe("embedSchema", () => {
  it("re-roots local references and drops only the root's $schema", async () => {
    const { embedSchema } = await import("../../src/server/openapi");
    const embedded = embedSchema(
      {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { $schema: { type: "string" }, order: { $ref: "#/$defs/order" }, self: { $ref: "#" }, other: { $ref: "https://example.org/x" } },
        $defs: { order: { type: "object" } },
      },
      "CaseFile",
    );
    expect(embedded).toEqual({
      properties: {
        $schema: { type: "string" },
        order: { $ref: "#/components/schemas/CaseFile/$defs/order" },
        self: { $ref: "#/components/schemas/CaseFile" },
        other: { $ref: "https://example.org/x" },
      },
      $defs: { order: { type: "object" } },
    });
  });
});
