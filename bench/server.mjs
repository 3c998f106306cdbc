// The service under load (npm run bench:server): POST /v1/evaluate with the largest example case file, over
// loopback, at 1, 8 and 64 connections, beside the in-process evaluateCase rate measured in the same run, so
// the service's overhead is a ratio. Also: the error count (must be 0) and the server's RSS before and after
// 100,000 requests. The server is `spo serve` in its own process, logging to a file as in production; autocannon
// runs here. Every phase is bounded in time. Writes bench/server-results.json and prints a table.
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { evaluateCase } from "../dist/index.js";

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 5);
const SOAK_REQUESTS = Number(process.env.BENCH_SERVER_SOAK ?? 100_000);
const SOAK_LIMIT_MS = 180_000;

// ---- the input: the largest example case file -----------------------------------------------------------
const [largest] = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ file: `examples/${f}`, bytes: statSync(`examples/${f}`).size }))
  .sort((a, b) => b.bytes - a.bytes);
const body = readFileSync(largest.file, "utf8");
const parsed = JSON.parse(body);

// ---- in-process rate, before the server starts, so nothing competes with it -------------------------------
function rate(fn, ms) {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / ((performance.now() - start) / 1000);
}
const inProcess = rate(() => evaluateCase(parsed), 2000);
const inProcessWithJson = rate(() => JSON.stringify(evaluateCase(JSON.parse(body))), 2000);

// ---- the servers: spo serve, and the floor (a bare node:http handler around evaluateCase) ------------------
const dir = mkdtempSync(join(tmpdir(), "spo-bench-"));

async function until(predicate, ms) {
  const deadline = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts `args` with standard error in a file (as a supervisor would), and waits for its address. */
async function start(name, args) {
  const logPath = join(dir, `${name}.log`);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", openSync(logPath, "w")] });
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const log = () => readFileSync(logPath, "utf8");
  await until(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(log()), 10_000);
  return { child, exited, log, base: /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log())[1] };
}

const floor = await start("floor", ["bench/server-floor.mjs"]);
const service = await start("service", ["dist/cli.js", "serve", "--port", "0"]);
const server = service.child;
const exited = service.exited;
const log = service.log;
const url = `${service.base}/v1/evaluate`;
const rssKiB = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))[1]);

const check = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
const checked = await check.json();
if (check.status !== 200 || checked.ok !== true) throw new Error(`the server did not evaluate the case: ${check.status}`);

function load(options, target = url) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: target, method: "POST", headers: { "content-type": "application/json" }, body, ...options },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    const guard = setTimeout(() => instance.stop(), options.amount === undefined ? (options.duration + 30) * 1000 : SOAK_LIMIT_MS);
    instance.on("done", () => clearTimeout(guard));
  });
}
const failures = (r) => r.errors + r.timeouts + r.non2xx;

await load({ connections: 8, duration: 1 }, floor.base); // warm-up: JIT and caches
const floorRun = await load({ connections: 8, duration: SECONDS }, floor.base);
floor.child.kill("SIGTERM");
await floor.exited;
const floorResult = { connections: 8, requestsPerSec: Math.round(floorRun.requests.average), p50Ms: floorRun.latency.p50, p99Ms: floorRun.latency.p99, errors: failures(floorRun) };

await load({ connections: 8, duration: 1 }); // warm-up: JIT and caches
const runs = [];
for (const connections of [1, 8, 64]) {
  const r = await load({ connections, duration: SECONDS });
  runs.push({
    connections,
    requestsPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: failures(r),
    ratioToInProcess: Number((r.requests.average / inProcess).toFixed(3)),
  });
}

const rssBefore = rssKiB();
const soak = await load({ connections: 8, amount: SOAK_REQUESTS });
const rssAfter = rssKiB();
const soakResult = { requests: soak.requests.total, errors: failures(soak), seconds: Number(soak.duration.toFixed(1)), rssBeforeMiB: +(rssBefore / 1024).toFixed(1), rssAfterMiB: +(rssAfter / 1024).toFixed(1) };

server.kill("SIGTERM");
const exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 40_000))]);
const logged = log().split("\n").filter((l) => l.startsWith("POST /v1/evaluate 200 ")).length;

const errors = runs.reduce((n, r) => n + r.errors, 0) + soakResult.errors + floorResult.errors;
const at8 = runs.find((r) => r.connections === 8);
floorResult.serviceRatioToFloorAt8 = Number((at8.requestsPerSec / floorResult.requestsPerSec).toFixed(3));
const results = {
  node: process.version,
  input: { file: largest.file, bytes: largest.bytes },
  secondsPerRun: SECONDS,
  inProcess: { evaluateCasePerSec: Math.round(inProcess), withJsonParseAndStringifyPerSec: Math.round(inProcessWithJson) },
  runs,
  floor: floorResult,
  soak: soakResult,
  errors,
  accessLogLines200: logged,
  serverExitCode: exitCode,
  target: { halfInProcessAt8: at8.ratioToInProcess >= 0.5, p99Under20msAt8: at8.p99Ms < 20 },
};
writeFileSync("bench/server-results.json", `${JSON.stringify(results, null, 2)}\n`);

const pad = (v, n) => String(v).padStart(n);
console.log(`POST /v1/evaluate, ${largest.file} (${largest.bytes} B), ${SECONDS} s per run, ${process.version}`);
console.log(`in-process evaluateCase: ${Math.round(inProcess)}/s (with JSON.parse + JSON.stringify: ${Math.round(inProcessWithJson)}/s)`);
console.log(`${pad("connections", 11)} ${pad("req/s", 8)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 7)} ${pad("vs in-process", 13)}`);
for (const r of runs) console.log(`${pad(r.connections, 11)} ${pad(r.requestsPerSec, 8)} ${pad(r.p50Ms, 7)} ${pad(r.p99Ms, 7)} ${pad(r.errors, 7)} ${pad(r.ratioToInProcess, 13)}`);
console.log(`floor (bare node:http + evaluateCase) at 8 connections: ${floorResult.requestsPerSec} req/s, p50 ${floorResult.p50Ms} ms, p99 ${floorResult.p99Ms} ms; the service does ${floorResult.serviceRatioToFloorAt8} of it`);
console.log(`${soakResult.requests} requests at 8 connections in ${soakResult.seconds} s: ${soakResult.errors} errors; server RSS ${soakResult.rssBeforeMiB} MiB before, ${soakResult.rssAfterMiB} MiB after`);
console.log(`errors in all: ${errors}; access-log lines for 200s: ${logged}; server exit on SIGTERM: ${exitCode}`);
console.log("wrote bench/server-results.json");
if (errors !== 0 || exitCode !== 0) process.exitCode = 1;
