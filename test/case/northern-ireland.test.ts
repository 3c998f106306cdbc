// Whole Northern Ireland cases: every citation anywhere in the report is the 2022 Act, its commencement order, its
// court rules or an Act it names (s.14(5)) — never the 2019 Act or anything only England and Wales has — and the
// report validates against the report schema's types.
import { test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { caseFile } from "../../src/arbitraries";
import { evaluateCase, type CaseReport } from "../../src/case";
import { explain } from "../../src/output/explain";
import { toICalendar } from "../../src/output/ical";

/** Where a Northern Ireland citation may come from. */
const NI_SOURCES = /^(PfS\(NI\)A 2022|S\.R\. 2023\/174|S\.R\. 2023\/175|SOA 2003|Justice Act \(NI\) 2015|Human Trafficking and Exploitation .*\(NI\) 2015)$/;

/** Every citation in a report, wherever it is. */
function citations(value: unknown, out: { source: string; label: string }[] = []): { source: string; label: string }[] {
  if (Array.isArray(value)) for (const v of value) citations(v, out);
  else if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.source === "string" && typeof o.label === "string" && typeof o.provision === "string") out.push({ source: o.source, label: o.label });
    else for (const v of Object.values(o)) citations(v, out);
  }
  return out;
}

function report(file: unknown): CaseReport {
  const r = evaluateCase(file);
  if (!r.ok) throw new Error(`invalid: ${JSON.stringify(r.issues)}`);
  return r.report;
}

describe("a Northern Ireland case", () => {
  test.prop([caseFile({ jurisdiction: "northern-ireland" })], { numRuns: 200 })("cites nothing but the 2022 Act and what it names", (file) => {
    const r = report(file);
    for (const c of citations(r)) expect(c.source, c.label).toMatch(NI_SOURCES);
    const text = explain(r);
    expect(text).not.toMatch(/SPA 2019|SI 2020\/26|PHA 1997|Sentencing Council|PNLD H|CJS ST/);
    expect(toICalendar(r)).not.toMatch(/SPA 2019/);
  });

  test.prop([caseFile()], { numRuns: 100 })("and an England and Wales case cites nothing of the 2022 Act", (file) => {
    for (const c of citations(report(file))) expect(c.source).not.toMatch(/PfS|S\.R\./);
  });

  it.each(["ni-interim-outlives-dismissal.json", "ni-justice-act-exemption-ends.json"])("examples/%s", (name) => {
    const r = report(JSON.parse(readFileSync(`examples/${name}`, "utf8")));
    expect(r.jurisdiction).toBe("northern-ireland");
    for (const c of citations(r)) expect(c.source, c.label).toMatch(NI_SOURCES);
  });

  it("the interim order outlives the dismissal until no appeal can follow: a breach between the two is an offence", () => {
    const r = report(JSON.parse(readFileSync("examples/ni-interim-outlives-dismissal.json", "utf8")));
    expect(r.incidents[0]?.verdict).toBe("yes");
    expect(r.incidents[0]?.value).toMatchObject({ offence: "breach-of-order", pnldCode: null, cjsCode: null, conditionalDischargeAvailable: true, sentencingGuideline: null, maximum: { summary: { custodyMonths: 6, fine: "statutory-maximum" } } });
    expect(r.orders[0]?.inForce.verdict).toBe("no");
    expect(r.keyDates.filter((k) => k.kind === "interim-ceases" || k.kind === "identification-destruction-due").map((k) => [k.kind, k.date])).toEqual([
      ["identification-destruction-due", "2026-05-12"],
      ["interim-ceases", "2026-05-12"],
    ]);
  });

  it("the Justice (NI) Act scheme's end starts the initial duty; the unnotified move is overdue", () => {
    const r = report(JSON.parse(readFileSync("examples/ni-justice-act-exemption-ends.json", "utf8")));
    expect(r.notification?.value.map((o) => [o.kind, o.trigger, o.status])).toEqual([
      ["initial", "2026-09-30", "met"],
      ["new-address", "2026-10-19", "overdue"],
    ]);
    expect(r.agenda[0]).toMatchObject({ kind: "notification-due", duty: "new-address", status: "overdue", due: "2026-10-21" });
    expect(r.notificationFailures?.[0]?.classification.value?.maximum.summary).toEqual({ custodyMonths: 6, fine: "statutory-maximum" });
  });
});
