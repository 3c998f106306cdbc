// The report schema and the report's TypeScript type agree: a report always fits the schema's type, and the
// schema describes nothing the type lacks. (The JSON Schema is checked against real reports with ajv in
// test/package/json-schema.test.ts.)
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { evaluateCase, type CaseReport, type EvaluateResult } from "../../src/case";
import { CaseReportSchema, EvaluateResultSchema } from "../../src/case/report-schema";

type Described = z.output<typeof CaseReportSchema>;
// Each line fails to compile if the two drift apart.
const reportFits = (r: CaseReport): Described => r;
const resultFits = (r: EvaluateResult): z.output<typeof EvaluateResultSchema> => r;
type Keys<T> = keyof T;
const sameTopLevelKeys: [Exclude<Keys<Described>, Keys<CaseReport>>, Exclude<Keys<CaseReport>, Keys<Described>>] extends [never, never] ? true : false = true;

describe("CaseReportSchema", () => {
  it("parses a real report unchanged", () => {
    const r = evaluateCase({ asOf: "2026-06-10", order: { id: "SPO-9", kind: "full", madeOn: "2026-06-01", servedAt: "2026-06-01", applicantForce: "kent", duration: { type: "until-further-order" }, terms: [] }, notification: { notifications: [] } });
    expect(sameTopLevelKeys).toBe(true);
    if (!r.ok) throw new Error("the case is valid");
    expect(z.parse(CaseReportSchema, JSON.parse(JSON.stringify(reportFits(r.report))))).toEqual(JSON.parse(JSON.stringify(r.report)));
    expect(z.safeParse(EvaluateResultSchema, JSON.parse(JSON.stringify(resultFits(r)))).success).toBe(true);
  });
});
