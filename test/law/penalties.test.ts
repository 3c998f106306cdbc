import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { SpoInputError } from "../../src/core/errors";
import { summaryCustodyLimit } from "../../src/law/penalties";

describe("summaryCustodyLimit: the general limit by date (s.8(3), s.11(7))", () => {
  it.each([
    // offences before 2 May 2022: 6 months whenever convicted
    ["2022-05-01", "2022-05-01", 6],
    ["2022-05-01", "2025-06-01", 6],
    ["2020-01-20", "2024-11-18", 6],
    // offences from 2 May 2022: by conviction date
    ["2022-05-02", "2022-05-02", 12],
    ["2022-05-02", "2023-03-29", 12],
    ["2022-05-02", "2023-03-30", 6],
    ["2023-01-01", "2024-11-17", 6],
    ["2023-01-01", "2024-11-18", 12],
    ["2024-11-18", "2024-11-18", 12],
    ["2026-01-01", "2027-01-01", 12],
  ] as const)("offence %s, convicted %s: %s months", (offenceOn, convictedOn, months) => {
    const a = summaryCustodyLimit({ offenceOn, convictedOn });
    expect(a.value).toBe(months);
    expect(a.verdict).toBe("yes");
    expect(a.findings.some((f) => f.rule === "penalty.depends-on-conviction")).toBe(false);
  });

  it("cites the instrument behind each change", () => {
    expect(summaryCustodyLimit({ offenceOn: "2023-01-01", convictedOn: "2023-03-30" }).findings[0]?.citations.map((c) => c.label)).toEqual([
      "SPA 2019 s.8(3)",
      "SPA 2019 s.11(7)",
      "SI 2023/298",
    ]);
    expect(summaryCustodyLimit({ offenceOn: "2023-01-01", convictedOn: "2024-11-18", offence: "breach" }).findings[0]?.citations.map((c) => c.label)).toEqual([
      "SPA 2019 s.8(3)",
      "SI 2024/1067",
    ]);
    expect(summaryCustodyLimit({ offenceOn: "2021-01-01", convictedOn: "2024-11-18", offence: "notification" }).findings[0]?.citations.map((c) => c.label)).toEqual([
      "SPA 2019 s.11(7)",
    ]);
  });

  it("without a conviction date, gives the figure as at asOf and says it depends on the conviction date", () => {
    const a = summaryCustodyLimit({ offenceOn: "2023-01-01", asOf: "2024-06-01" });
    expect(a.value).toBe(6);
    expect(a.verdict).toBe("yes");
    expect(a.findings.find((f) => f.rule === "penalty.depends-on-conviction")).toMatchObject({ informative: true, missing: ["convictedOn"] });
    expect(summaryCustodyLimit({ offenceOn: "2023-01-01", asOf: "2026-11-27T10:00:00Z" }).value).toBe(12);
    // an offence before 2 May 2022 does not depend on the conviction date
    expect(summaryCustodyLimit({ offenceOn: "2021-01-01", asOf: "2026-11-27" }).findings).toHaveLength(1);
  });

  it("input errors", () => {
    expect(() => summaryCustodyLimit({ offenceOn: "2023-01-01" })).toThrow(/asOf: is required when convictedOn is not given/);
    expect(() => summaryCustodyLimit({ offenceOn: "2019-12-31", convictedOn: "2023-01-01" })).toThrow(SpoInputError);
    expect(() => summaryCustodyLimit({ offenceOn: "2023-01-02", convictedOn: "2023-01-01" })).toThrow(/convictedOn: is before/);
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })])("is always 6 or 12", (a, b) => {
    const offenceOn = addDays("2020-01-20", a);
    expect([6, 12]).toContain(summaryCustodyLimit({ offenceOn, convictedOn: addDays(offenceOn, b) }).value);
  });
});
