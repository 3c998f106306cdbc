// The floor for bench/server.mjs: the least an HTTP wrapper of evaluateCase can do on node:http — read the
// body, JSON.parse, evaluateCase, JSON.stringify, answer — with no limits, routing, errors or logging. Measured
// in the same run, it separates what the service's own layer costs from what any HTTP service would.
import { createServer } from "node:http";
import { evaluateCase } from "../dist/index.js";

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const out = Buffer.from(JSON.stringify(evaluateCase(JSON.parse(Buffer.concat(chunks).toString("utf8")))));
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": out.length });
    res.end(out);
  });
});
server.listen(0, "127.0.0.1", () => process.stderr.write(`listening on http://127.0.0.1:${server.address().port}\n`));
process.on("SIGTERM", () => server.close());
