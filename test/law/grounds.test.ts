import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { and } from "../../src/core/verdict";
import { assessGrounds } from "../../src/law/grounds";
import { ACT_KINDS, PHA_ACT_KINDS, type GroundsInput } from "../../src/model/schemas";
import { groundsInput } from "../support/builders";
import { rule } from "../support/findings";


describe("ground A: acts associated with stalking", () => {
  it.each(PHA_ACT_KINDS)("a %s act counts by definition (PHA 1997 s.2A(3))", (kind) => {
    const a = assessGrounds(groundsInput({ acts: [{ kind }] }));
    expect(rule(a, "ground.A")?.verdict).toBe("yes");
    expect(rule(a, "ground.A")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.1(1)(a)", "PHA 1997 s.2A(3)"]);
  });

  it.each(ACT_KINDS.filter((k) => !PHA_ACT_KINDS.includes(k)))("a %s act counts in England and Wales only once judged to (it is not a PHA 1997 s.2A(3) kind)", (kind) => {
    expect(rule(assessGrounds(groundsInput({ acts: [{ kind }] })), "ground.A")?.verdict).toBe("unknown");
    expect(rule(assessGrounds(groundsInput({ acts: [{ kind }] })), "ground.A")?.missing).toEqual(["acts[0].associatedWithStalking"]);
    expect(rule(assessGrounds(groundsInput({ acts: [{ kind, associatedWithStalking: true }] })), "ground.A")?.verdict).toBe("yes");
  });

  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
    [undefined, "unknown"],
  ] as const)("an other act judged %s: %s", (associatedWithStalking, verdict) => {
    const a = assessGrounds(groundsInput({ acts: [{ kind: "other", description: "sent flowers", associatedWithStalking }] }));
    expect(rule(a, "ground.A")?.verdict).toBe(verdict);
    if (verdict === "unknown") expect(rule(a, "ground.A")?.missing).toEqual(["acts[0].associatedWithStalking"]);
  });

  it("a listed kind recorded as not associated does not count", () => {
    expect(rule(assessGrounds(groundsInput({ acts: [{ kind: "contacting", associatedWithStalking: false }] })), "ground.A")?.verdict).toBe("no");
  });

  it("one counting act is enough, whatever else is unknown", () => {
    const a = assessGrounds(groundsInput({ acts: [{ kind: "other" }, { kind: "loitering", on: "2026-01-02" }] }));
    expect(rule(a, "ground.A")?.verdict).toBe("yes");
    expect(rule(a, "ground.A")?.reason).toContain("loitering on 2026-01-02");
  });

  it("no acts: no", () => {
    expect(rule(assessGrounds(groundsInput({ acts: [] })), "ground.A")?.verdict).toBe("no");
  });

  it("acts abroad and before 20 January 2020 count, with a note citing s.1(5)", () => {
    const a = assessGrounds(groundsInput({ acts: [{ kind: "following", on: "2019-06-01", where: "Paris" }] }));
    expect(rule(a, "ground.A")?.verdict).toBe("yes");
    expect(rule(a, "ground.A.when-and-where")).toMatchObject({ informative: true, citations: [{ label: "SPA 2019 s.1(5)" }] });
    const court = assessGrounds(groundsInput({ stage: "court", acts: [{ kind: "following", on: "2020-01-19" }] }));
    expect(rule(court, "ground.A.when-and-where")?.citations[0]?.label).toBe("SPA 2019 s.2(5)");
    expect(rule(assessGrounds(groundsInput({ acts: [{ kind: "following", on: "2020-01-20" }] })), "ground.A.when-and-where")).toBeUndefined();
  });

  it("an act dated after assessedOn is an input error", () => {
    expect(() => assessGrounds(groundsInput({ assessedOn: "2026-01-04", acts: [{ kind: "following", on: "2026-01-05" }] }))).toThrow(
      /acts\[0\].on: is after the assessment date/,
    );
    expect(assessGrounds(groundsInput({ assessedOn: "2026-01-05", acts: [{ kind: "following", on: "2026-01-05T23:30:00Z" }] })).verdict).toBe("yes");
    expect(() => assessGrounds(groundsInput({ assessedOn: "2026-07-05", acts: [{ kind: "following", on: "2026-07-05T23:30:00Z" }] }))).toThrow();
  });
});

describe("ground B: risk associated with stalking (s.1(4))", () => {
  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("a risk judged %s: %s", (judged, verdict) => {
    const a = assessGrounds(groundsInput({ risk: { to: ["V1"], harm: ["physical", "psychological"], judged } }));
    expect(rule(a, "ground.B")?.verdict).toBe(verdict);
    expect(rule(a, "ground.B")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.1(1)(b)", "SPA 2019 s.1(4)"]);
  });

  it("names the harm and the people at risk", () => {
    expect(rule(assessGrounds(groundsInput()), "ground.B")?.reason).toBe(
      "The defendant is judged to pose a risk associated with stalking to V1 (psychological harm).",
    );
  });

  it("names no harm when none is recorded", () => {
    for (const harm of [[], undefined]) {
      expect(rule(assessGrounds(groundsInput({ risk: { to: ["V1"], judged: true, ...(harm === undefined ? {} : { harm }) } })), "ground.B")?.reason).toBe(
        "The defendant is judged to pose a risk associated with stalking to V1.",
      );
    }
  });

  it("recognises the defendant named with stray spaces", () => {
    const f = rule(assessGrounds(groundsInput({ defendantId: " D1 ", risk: { to: ["D1"], judged: true } })), "ground.B");
    expect(f).toMatchObject({ verdict: "unknown", missing: ["risk.to"] });
  });

  it("a risk judged with nobody named, or only the defendant, is unknown", () => {
    for (const to of [[], ["D1"], undefined]) {
      const f = rule(assessGrounds(groundsInput({ risk: { to, judged: true } })), "ground.B");
      expect(f).toMatchObject({ verdict: "unknown", missing: ["risk.to"] });
    }
  });
});

describe("ground C: necessity", () => {
  it("cites s.1(1)(c) at the application stage and s.2(1)(c) at court", () => {
    expect(rule(assessGrounds(groundsInput()), "ground.C")).toMatchObject({
      verdict: "yes",
      citations: [{ label: "SPA 2019 s.1(1)(c)" }],
      reason: expect.stringContaining("reasonable cause to believe"),
    });
    const court = assessGrounds(groundsInput({ stage: "court" }));
    expect(rule(court, "ground.C")?.citations[0]?.label).toBe("SPA 2019 s.2(1)(c)");
    expect(rule(court, "ground.C")?.reason).toContain("court is satisfied");
    expect(rule(court, "ground.A")?.citations[0]?.label).toBe("SPA 2019 s.2(1)(a)");
  });

  it.each([
    [false, "no", undefined],
    [null, "unknown", ["necessity.judged"]],
  ] as const)("necessity judged %s: %s", (judged, verdict, missing) => {
    expect(rule(assessGrounds(groundsInput({ necessity: { toProtect: ["V1"], judged } })), "ground.C")).toMatchObject({ verdict, ...(missing ? { missing } : {}) });
  });

  it("says so when the protected person was not the victim (stalking by proxy)", () => {
    const a = assessGrounds(groundsInput({ necessity: { toProtect: ["V1", "V1-sister"], judged: true } }));
    expect(rule(a, "ground.C")?.verdict).toBe("yes");
    expect(rule(a, "ground.C")?.reason).toContain("V1-sister was not the victim of the recorded acts: stalking by proxy");
    expect(rule(assessGrounds(groundsInput()), "ground.C")?.reason).not.toContain("proxy");
  });

  it("necessity with nobody to protect is unknown", () => {
    expect(rule(assessGrounds(groundsInput({ necessity: { toProtect: [], judged: true } })), "ground.C")?.missing).toEqual(["necessity.toProtect"]);
  });
});

describe("properties", () => {
  const judgement = fc.constantFrom(true, false, null);
  const input = fc.record({
    acts: fc.array(fc.record({ kind: fc.constantFrom(...ACT_KINDS), associatedWithStalking: fc.constantFrom(true, false, null, undefined) }), { maxLength: 4 }),
    riskJudged: judgement,
    necessityJudged: judgement,
    stage: fc.constantFrom("application" as const, "court" as const),
    to: fc.subarray(["V1", "V2", "D1"]),
  });

  test.prop([input])("the verdict is the Kleene and of the three grounds, and every finding is cited", (s) => {
    const g: GroundsInput = groundsInput({
      stage: s.stage,
      acts: s.acts.map((a) => (a.associatedWithStalking === undefined ? { kind: a.kind } : a)),
      risk: { to: s.to, judged: s.riskJudged },
      necessity: { toProtect: s.to, judged: s.necessityJudged },
    });
    const a = assessGrounds(g);
    const three = ["ground.A", "ground.B", "ground.C"].map((id) => rule(a, id) as { verdict: "yes" | "no" | "unknown" });
    expect(three.every(Boolean)).toBe(true);
    expect(a.verdict).toBe(and(...three.map((f) => f.verdict)));
    for (const f of a.findings) expect(f.citations.length).toBeGreaterThan(0);
    for (const f of a.findings) if (!f.informative && f.verdict === "unknown") expect(f.missing?.length).toBeGreaterThan(0);
  });
});
