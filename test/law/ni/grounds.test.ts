// Grounds A–C under the Northern Ireland Act (PfS(NI)A 2022 s.6–s.8): the closed list of acts, kinds (a)–(i) by
// definition, (j) a judgement; B and C as in England and Wales with the 2022 Act's citations.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { assessGrounds } from "../../../src/law/grounds";
import { NI_ACT_PARAGRAPHS } from "../../../src/law/ni/grounds";
import { ACT_KINDS, type GroundsInput } from "../../../src/model/schemas";
import { rule } from "../../support/findings";

function grounds(overrides: Partial<GroundsInput> = {}): GroundsInput {
  return {
    stage: "application",
    defendantId: "D1",
    jurisdiction: "northern-ireland",
    acts: [{ kind: "following", on: "2026-01-05", against: "V1" }],
    risk: { to: ["V1"], judged: true },
    necessity: { toProtect: ["V1"], judged: true },
    ...overrides,
  };
}

describe("ground A: the closed list of s.6(2)", () => {
  it.each(ACT_KINDS.filter((k) => k !== "other"))("a %s act is an act associated with stalking by the Act's own words", (kind) => {
    const f = rule(assessGrounds(grounds({ acts: [{ kind }] })), "ground.A");
    expect(f?.verdict).toBe("yes");
    expect(f?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.7(2)(a)", "PfS(NI)A 2022 s.6(2)"]);
    expect(NI_ACT_PARAGRAPHS[kind]).toMatch(/^s\.6\(2\)\([a-i]\)$/);
  });

  it("entering premises and giving or leaving things count in Northern Ireland without a judgement, unlike England and Wales", () => {
    for (const kind of ["entering-premises", "giving-or-leaving"] as const) {
      expect(rule(assessGrounds(grounds({ acts: [{ kind }] })), "ground.A")?.verdict).toBe("yes");
      expect(rule(assessGrounds(grounds({ acts: [{ kind }], jurisdiction: "england-and-wales" })), "ground.A")?.verdict).toBe("unknown");
    }
  });

  it("a record saying a listed kind is not associated is set aside, with a note", () => {
    const a = assessGrounds(grounds({ acts: [{ kind: "loitering", associatedWithStalking: false }] }));
    expect(rule(a, "ground.A")?.verdict).toBe("yes");
    expect(rule(a, "ground.A.listed-kinds")).toMatchObject({ informative: true, params: { acts: ["acts[0]"] } });
  });

  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("conduct of another kind (s.6(2)(j)) judged %s: %s", (associatedWithStalking, verdict) => {
    const f = rule(assessGrounds(grounds({ acts: [{ kind: "other", description: "sent a wreath", associatedWithStalking }] })), "ground.A");
    expect(f?.verdict).toBe(verdict);
    if (verdict === "unknown") expect(f?.missing).toEqual(["acts[0].associatedWithStalking"]);
  });

  it("no acts: no", () => {
    expect(rule(assessGrounds(grounds({ acts: [] })), "ground.A")).toMatchObject({ verdict: "no", variant: "no-acts" });
  });

  it.each([
    ["2023-10-18", true],
    ["2023-10-19", false],
  ] as const)("an act on %s: a note that acts before commencement and abroad count (s.7(4)) %s", (on, noted) => {
    const a = assessGrounds(grounds({ acts: [{ kind: "following", on }] }));
    expect(rule(a, "ground.A.when-and-where") !== undefined).toBe(noted);
    if (noted) expect(rule(a, "ground.A.when-and-where")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.7(4)"]);
  });
});

describe("grounds B and C", () => {
  it("cite s.7(2)(b)–(c) with s.6(3) and s.6(6) at the application stage, s.8(2) at court", () => {
    const at = assessGrounds(grounds());
    expect(rule(at, "ground.B")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.7(2)(b)", "PfS(NI)A 2022 s.6(3)", "PfS(NI)A 2022 s.6(6)"]);
    expect(rule(at, "ground.C")?.citations.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.7(2)(c)"]);
    const court = assessGrounds(grounds({ stage: "court", acts: [{ kind: "following", where: "Belfast" }] }));
    expect(court.findings.flatMap((f) => f.citations.map((c) => c.label))).toEqual([
      "PfS(NI)A 2022 s.8(2)(a)",
      "PfS(NI)A 2022 s.6(2)",
      "PfS(NI)A 2022 s.8(7)",
      "PfS(NI)A 2022 s.8(2)(b)",
      "PfS(NI)A 2022 s.6(3)",
      "PfS(NI)A 2022 s.6(6)",
      "PfS(NI)A 2022 s.8(2)(c)",
    ]);
  });

  test.prop([
    fc.array(fc.record({ kind: fc.constantFrom(...ACT_KINDS), associatedWithStalking: fc.constantFrom(true, false, null, undefined) }), { maxLength: 4 }),
    fc.constantFrom(true, false, null),
    fc.constantFrom(true, false, null),
    fc.constantFrom("application" as const, "court" as const),
  ])("the verdict is the Kleene and of A, B and C, and nothing cites SPA 2019", (acts, risk, necessity, stage) => {
    const a = assessGrounds(grounds({ stage, acts, risk: { to: ["V1"], judged: risk }, necessity: { toProtect: ["V1"], judged: necessity } }));
    const verdicts = ["ground.A", "ground.B", "ground.C"].map((r) => rule(a, r)?.verdict);
    const expected = verdicts.includes("no") ? "no" : verdicts.includes("unknown") ? "unknown" : "yes";
    expect(a.verdict).toBe(expected);
    for (const f of a.findings) for (const c of f.citations) expect(c.source).toBe("PfS(NI)A 2022");
  });
});
