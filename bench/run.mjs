// Benchmarks (npm run bench): each hot function of the built package beside, in the same run, a hand-written
// minimal predicate making the same decision without explanations (the floor), and — for the applicant rule —
// the same rule in json-rules-engine. Prints a table and writes bench/results.json. Timings on a shared
// machine are noisy: compare the ratios within one run, and the medians.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import { Bench } from "tinybench";
import { bigCase } from "./big-case.mjs";
import {
  assessApplicant,
  assessNotification,
  classifyBreach,
  evaluateCase,
  FORCES,
  isEligibleApplicant,
  notificationPeriod,
} from "../dist/index.js";

const BATCH = 200; // calls per sample, so each sample is well above the timer's resolution
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 1000);

// ---- inputs ------------------------------------------------------------------------------------------
const applicant = { applicant: { force: "kent", rank: "superintendent", bcu: "North" }, defendant: { residesIn: { force: "kent", bcu: "North" } } };
const order = {
  kind: "full",
  madeOn: "2026-06-01",
  servedAt: "2026-06-01T15:00:00+01:00",
  applicantForce: "kent",
  duration: { type: "fixed", lastDay: "2028-05-31" },
  terms: [{ id: "T1", type: "prohibition", text: "Must not contact V-1." }],
};
const notification = {
  order,
  asOf: "2026-07-01",
  events: [{ type: "address-changed", on: "2026-06-20", address: "2 New Road" }],
  notifications: [{ at: "2026-06-02T10:00:00+01:00", names: ["Sam Reeve"], homeAddress: "1 Old Street" }, { at: "2026-06-21", homeAddress: "2 New Road" }],
};
const breach = { type: "term-breached", termId: "T1", at: "2026-09-14T19:45:00+01:00", reasonableExcuse: false };
const days = Array.from({ length: 4096 }, (_, i) => new Date(Date.UTC(2020, 0, 20) + i * 86_400_000).toISOString().slice(0, 10));
// Every day from 1901 to 2199 in turn: more than the caches hold, so each call computes its period afresh
// (the zone's offsets for each year are read once, in the warm-up).
const everyDay = Array.from({ length: 109_000 }, (_, i) => new Date(Date.UTC(1901, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
let cursor = 0;
const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(`examples/${f}`, "utf8"))]);

// ---- floors: the same decisions, hand-written, no explanations ----------------------------------------
const ladder = new Map(FORCES.map((f) => [f.id, f.ranks]));
const territorial = new Set(FORCES.filter((f) => f.hasPoliceArea).map((f) => f.id));
function floorEligible(i) {
  const ranks = ladder.get(i.applicant.force);
  if (ranks.indexOf(i.applicant.rank) < ranks.indexOf("superintendent")) return false;
  if (!territorial.has(i.applicant.force)) return true;
  const d = i.defendant;
  for (const p of [d.residesIn, d.believedToBeIn, d.intendsToComeTo]) if (p && p.force === i.applicant.force && p.bcu === i.applicant.bcu) return true;
  return false;
}
const DAY = 86_400_000;
function floorPeriod(date) {
  // UK rule since 1996: BST from the last Sunday of March to the last Sunday of October (hard-coded: the floor).
  const start = Date.parse(`${date}T00:00:00Z`);
  const last = new Date(start + 2 * DAY);
  const end = new Date(start + 3 * DAY);
  const y = end.getUTCFullYear();
  const lastSunday = (m) => { const d = new Date(Date.UTC(y, m + 1, 0)); return d.getTime() - d.getUTCDay() * DAY; };
  const bst = end.getTime() > lastSunday(2) && end.getTime() <= lastSunday(9);
  return { startsOn: date, lastDay: last.toISOString().slice(0, 10), endsAt: `${end.toISOString().slice(0, 10)}T00:00:00${bst ? "+01:00" : "+00:00"}` };
}
function floorNotification(n) {
  const served = n.order.servedAt.slice(0, 10);
  const lastDay = new Date(Date.parse(`${served}T00:00:00Z`) + 2 * DAY).toISOString().slice(0, 10);
  return n.notifications.some((x) => x.names && x.homeAddress && x.at.slice(0, 10) <= lastDay);
}
function floorBreach(b, o) {
  const day = b.at.slice(0, 10);
  return day > o.madeOn && day <= o.duration.lastDay && b.reasonableExcuse === false;
}

// ---- json-rules-engine: the same applicant rule ---------------------------------------------------------
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({
  conditions: {
    all: [
      { fact: "rankIndex", operator: "greaterThanInclusive", value: { fact: "minimumRankIndex" } },
      {
        any: [
          { fact: "territorial", operator: "equal", value: false },
          { fact: "sameAreaAndBcu", operator: "equal", value: true },
        ],
      },
    ],
  },
  event: { type: "eligible" },
});
function engineFacts(i) {
  const ranks = ladder.get(i.applicant.force);
  const d = i.defendant;
  return {
    rankIndex: ranks.indexOf(i.applicant.rank),
    minimumRankIndex: ranks.indexOf("superintendent"),
    territorial: territorial.has(i.applicant.force),
    sameAreaAndBcu: [d.residesIn, d.believedToBeIn, d.intendsToComeTo].some((p) => p && p.force === i.applicant.force && p.bcu === i.applicant.bcu),
  };
}
async function engineEligible(i) {
  const { events } = await engine.run(engineFacts(i));
  return events.length > 0;
}

// ---- sanity: the floors and the engine agree with the library ------------------------------------------
const agree = [
  [isEligibleApplicant(applicant), floorEligible(applicant), await engineEligible(applicant)],
  [JSON.stringify(notificationPeriod("2026-10-23")), JSON.stringify(floorPeriod("2026-10-23"))],
  [assessNotification(notification).value[0].status === "met", floorNotification(notification)],
  [classifyBreach(breach, { order, asOf: "2026-11-27" }).verdict === "yes", floorBreach(breach, order)],
];
for (const row of agree) if (new Set(row).size !== 1) throw new Error(`benchmark baselines disagree with the library: ${JSON.stringify(row)}`);

// ---- run -----------------------------------------------------------------------------------------------
const bench = new Bench({ time: TIME_MS, warmupTime: 200 });
const batch = (fn) => () => { for (let k = 0; k < BATCH; k++) fn(k); };
let sink;
bench
  .add("isEligibleApplicant", batch(() => { sink = isEligibleApplicant(applicant); }))
  .add("assessApplicant (full findings)", batch(() => { sink = assessApplicant(applicant); }))
  .add("floor: applicant predicate", batch(() => { sink = floorEligible(applicant); }))
  .add("json-rules-engine: applicant rule", async () => { for (let k = 0; k < BATCH; k++) sink = await engineEligible(applicant); })
  .add("notificationPeriod (4,096 dates)", batch((k) => { sink = notificationPeriod(days[k & 4095]); }))
  .add("notificationPeriod (a day not cached)", batch(() => { sink = notificationPeriod(everyDay[cursor++ % everyDay.length]); }))
  .add("floor: period arithmetic", batch((k) => { sink = floorPeriod(days[k & 4095]); }))
  .add("assessNotification", batch(() => { sink = assessNotification(notification); }))
  .add("floor: initial notification in time", batch(() => { sink = floorNotification(notification); }))
  .add("classifyBreach", batch(() => { sink = classifyBreach(breach, { order, asOf: "2026-11-27" }); }))
  .add("floor: breach in period", batch(() => { sink = floorBreach(breach, order); }));
for (const [name, file] of examples) bench.add(`evaluateCase ${name}`, batch(() => { sink = evaluateCase(file); }));
await bench.run();
void sink;

const rows = bench.tasks.map((t) => {
  const r = t.result;
  const median = r.latency.p50 / BATCH; // ms per call
  return { name: t.name, opsPerSec: Math.round(1000 / median), medianMicros: Number((median * 1000).toFixed(3)), samples: r.latency.samples?.length ?? r.latency.n ?? 0 };
});
const ops = Object.fromEntries(rows.map((r) => [r.name, r.opsPerSec]));
const largest = examples.map(([f]) => [f, readFileSync(`examples/${f}`).length]).sort((a, b) => b[1] - a[1])[0][0];
// ---- scaling: the same case shape at n and 10n (linear work gives a ratio near 10) --------------------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const scaling = [];
evaluateCase(bigCase(200)); // warm-up
for (const n of [1000, 10000]) {
  const file = bigCase(n);
  const times = [];
  const kept = [];
  const before = heap();
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = evaluateCase(file);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`scaling case ${n} is invalid: ${JSON.stringify(r.issues)}`);
    kept.push(r);
  }
  // The heap the three reports still hold, per report.
  const retained = (heap() - before) / kept.length;
  scaling.push({ n, medianMs: Number(median(times).toFixed(1)), reportMiB: Number((retained / 1024 / 1024).toFixed(1)), rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024) });
  kept.length = 0;
}
const scalingRatio = scaling[1].medianMs / scaling[0].medianMs;
const REFERENCE = "breach-excuse-undecided.json";

const ratios = {
  "assessApplicant vs json-rules-engine (× faster)": ops["assessApplicant (full findings)"] / ops["json-rules-engine: applicant rule"],
  "floor vs assessApplicant (× slower than the floor)": ops["floor: applicant predicate"] / ops["assessApplicant (full findings)"],
  "floor vs notificationPeriod (×)": ops["floor: period arithmetic"] / ops["notificationPeriod (4,096 dates)"],
  "floor vs assessNotification (×)": ops["floor: initial notification in time"] / ops["assessNotification"],
  "floor vs classifyBreach (×)": ops["floor: breach in period"] / ops["classifyBreach"],
  "scaling: 10,000-of-each vs 1,000-of-each (× time; linear ≈ 10)": scalingRatio,
};
const targets = {
  "assessApplicant ≥ 20× faster than json-rules-engine": ratios["assessApplicant vs json-rules-engine (× faster)"] >= 20,
  "assessApplicant within 5× of the floor": ratios["floor vs assessApplicant (× slower than the floor)"] <= 5,
  "notificationPeriod ≥ 200,000 calls/s": ops["notificationPeriod (4,096 dates)"] >= 200_000,
  [`evaluateCase on the reference case (${REFERENCE}) ≥ 40,000/s`]: ops[`evaluateCase ${REFERENCE}`] >= 40_000,
  [`evaluateCase on the largest example (${largest}) ≥ 5,000/s`]: ops[`evaluateCase ${largest}`] >= 5_000,
  "scaling at most n log n (ratio ≤ 14 for 10×)": scalingRatio <= 14,
};
console.table(rows.map((r) => ({ task: r.name, "ops/s (median)": r.opsPerSec.toLocaleString("en-GB"), "median µs": r.medianMicros })));
console.table(scaling.map((x) => ({ "orders, events, notifications, incidents (each)": x.n.toLocaleString("en-GB"), "median ms": x.medianMs, "report held (MiB)": x.reportMiB, "process RSS (MiB)": x.rssMiB })));
console.table(Object.entries(ratios).map(([k, v]) => ({ ratio: k, value: v.toFixed(1) })));
console.table(Object.entries(targets).map(([k, v]) => ({ target: k, met: v })));
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ node: process.version, batch: BATCH, timeMs: TIME_MS, tasks: rows, scaling, ratios, targets }, null, 2)}\n`,
);
console.log("wrote bench/results.json");
