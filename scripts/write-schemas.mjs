// Writes the JSON Schema of every input schema to schema/<name>.json (shipped in the package).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { jsonSchema, SCHEMA_NAMES } from "../dist/json-schema/index.js";

rmSync("schema", { recursive: true, force: true });
mkdirSync("schema");
for (const name of SCHEMA_NAMES) writeFileSync(`schema/${name}.json`, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
console.log(`schema: wrote ${SCHEMA_NAMES.length} JSON Schemas`);
