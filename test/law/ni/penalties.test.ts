// Northern Ireland penalties (PfS(NI)A 2022 s.13(3), s.16(2)): fixed in the Act, never date-dependent.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/calendar";
import { NI_INDICTMENT_MAXIMUM, NI_SUMMARY_MAXIMUM, niSummaryCustodyLimit, niSummaryMaximumFinding } from "../../../src/law/ni/penalties";
import { summaryCustodyLimit } from "../../../src/law/penalties";
import { issuesOf } from "../../support/findings";

describe("niSummaryCustodyLimit: 6 months or a fine not exceeding the statutory maximum (s.13(3)(b), s.16(2)(b))", () => {
  // The England and Wales limit changes on each of these days; the Northern Ireland one does not.
  it.each([
    ["2023-10-19", "2023-10-19"],
    ["2023-10-19", "2024-11-17"],
    ["2023-10-20", "2024-11-18"],
    ["2024-11-18", "2024-11-18"],
    ["2026-01-01", "2027-01-01"],
  ] as const)("offence %s, convicted %s: 6 months", (offenceOn, convictedOn) => {
    const a = niSummaryCustodyLimit({ offenceOn, convictedOn });
    expect(a).toMatchObject({ verdict: "yes", value: 6 });
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ rule: "penalty.summary-custody", variant: "ni-fixed", verdict: "yes", params: { months: 6, years: 5 } });
    expect(a.findings[0]?.reason).toContain("a fine not exceeding the statutory maximum");
  });

  it("needs no conviction date or asOf, and says nothing depends on one", () => {
    const a = niSummaryCustodyLimit({ offenceOn: "2024-01-10" });
    expect(a.value).toBe(6);
    expect(a.findings.map((f) => f.rule)).toEqual(["penalty.summary-custody"]);
    expect(niSummaryCustodyLimit({ offenceOn: "2024-01-10", asOf: "2030-01-01T10:00:00Z" })).toEqual(a);
  });

  it("cites s.13(3) for a breach, s.16(2) for a notification offence, both otherwise", () => {
    const cites = (offence?: "breach" | "notification") => niSummaryCustodyLimit({ offenceOn: "2024-01-10", ...(offence === undefined ? {} : { offence }) }).findings[0]?.citations.map((c) => c.label);
    expect(cites("breach")).toEqual(["PfS(NI)A 2022 s.13(3)"]);
    expect(cites("notification")).toEqual(["PfS(NI)A 2022 s.16(2)"]);
    expect(cites()).toEqual(["PfS(NI)A 2022 s.13(3)", "PfS(NI)A 2022 s.16(2)"]);
  });

  it("the commencement boundary: an offence on 18 October 2023 is an input error, on 19 and 20 October it is not", () => {
    expect(issuesOf(() => niSummaryCustodyLimit({ offenceOn: "2023-10-18" }))).toEqual([
      { path: "offenceOn", message: "is before 19 October 2023, when the Northern Ireland Act's offences came into operation" },
    ]);
    expect(niSummaryCustodyLimit({ offenceOn: "2023-10-19" }).value).toBe(6);
    expect(niSummaryCustodyLimit({ offenceOn: "2023-10-20" }).value).toBe(6);
    // The London day: 23:30 UTC on the 18th is 00:30 on the 19th in London.
    expect(niSummaryCustodyLimit({ offenceOn: "2023-10-18T23:30:00Z" }).value).toBe(6);
  });

  it("input errors: a conviction before the offence, malformed input", () => {
    expect(issuesOf(() => niSummaryCustodyLimit({ offenceOn: "2024-01-02", convictedOn: "2024-01-01" }))).toEqual([{ path: "convictedOn", message: "is before the offence was committed" }]);
    expect(issuesOf(() => niSummaryCustodyLimit({ offenceOn: "2024-02-30" })).map((i) => i.path)).toEqual(["offenceOn"]);
    expect(issuesOf(() => niSummaryCustodyLimit({ offenceOn: "2024-01-02", court: "x" } as never)).length).toBeGreaterThan(0);
  });

  it("the maxima are frozen shared data", () => {
    expect(NI_SUMMARY_MAXIMUM).toEqual({ custodyMonths: 6, fine: "statutory-maximum" });
    expect(NI_INDICTMENT_MAXIMUM).toEqual({ custodyYears: 5, fine: "unlimited" });
    expect(Object.isFrozen(NI_SUMMARY_MAXIMUM) && Object.isFrozen(NI_INDICTMENT_MAXIMUM)).toBe(true);
  });

  it("the finding cites only the Northern Ireland Act", () => {
    for (const offence of ["breach", "notification", undefined] as const) {
      expect(niSummaryMaximumFinding(offence).citations.every((c) => c.source === "PfS(NI)A 2022")).toBe(true);
    }
  });

  it("leaves the England and Wales limit as it was", () => {
    expect(summaryCustodyLimit({ offenceOn: "2024-01-01", convictedOn: "2024-11-18" }).value).toBe(12);
    expect(summaryCustodyLimit({ offenceOn: "2024-01-01", convictedOn: "2024-11-17" }).value).toBe(6);
  });

  test.prop([fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), fc.constantFrom("breach", "notification", undefined)])(
    "is 6 for every offence and conviction date",
    (a, b, offence) => {
      const offenceOn = addDays("2023-10-19", a);
      const r = niSummaryCustodyLimit({ offenceOn, convictedOn: addDays(offenceOn, b), ...(offence === undefined ? {} : { offence }) });
      expect(r.value).toBe(6);
      expect(r.findings.flatMap((f) => f.citations).every((c) => c.source === "PfS(NI)A 2022")).toBe(true);
    },
  );
});
