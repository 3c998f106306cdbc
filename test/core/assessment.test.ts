import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { assess, decide, inform, joinPath, missingInputs, withPathPrefix } from "../../src/core/assessment";
import { spa } from "../../src/core/citation";
import { and, VERDICTS, type Verdict } from "../../src/core/verdict";

const cite = [spa("s.1(1)")];
/** A finding of a real rule whose sentence takes no params. */
const finding = (verdict: Verdict, missing?: string[]) => decide("ground.B", verdict, "undecided", {}, cite, missing);

describe("findings and assessments", () => {
  it("a finding carries its rule, variant, params and the English sentence they make", () => {
    const f = decide("policy.minimum-rank", "no", "below", { rank: "inspector", minimum: "superintendent" }, cite);
    expect(f).toEqual({
      rule: "policy.minimum-rank",
      variant: "below",
      verdict: "no",
      params: { rank: "inspector", minimum: "superintendent" },
      reason: "The applying officer's rank (inspector) is below the policy's minimum of superintendent.",
      citations: cite,
    });
  });

  it("keeps missing paths only when there are some, without repeats", () => {
    expect(finding("yes")).not.toHaveProperty("missing");
    expect(finding("unknown", [])).not.toHaveProperty("missing");
    expect(finding("unknown", ["a", "a", "b"]).missing).toEqual(["a", "b"]);
  });

  it("marks informative findings and leaves them out of the verdict", () => {
    const note = inform("application.venue", "no-date-of-birth", {}, cite, "unknown", ["defendant.dateOfBirth"]);
    expect(note.informative).toBe(true);
    const a = assess([finding("yes"), note], undefined);
    expect(a.verdict).toBe("yes");
    // An informative finding's missing input is still one that would settle what it says.
    expect(missingInputs(a)).toEqual(["defendant.dateOfBirth"]);
  });

  it("collects the missing inputs of unknown deciding findings", () => {
    const a = assess([finding("unknown", ["risk.judged"]), finding("yes"), finding("unknown", ["risk.judged", "necessity.judged"])], 1);
    expect(a.verdict).toBe("unknown");
    expect(missingInputs(a)).toEqual(["risk.judged", "necessity.judged"]);
    expect(a.value).toBe(1);
  });

  it("re-roots missing paths under a prefix", () => {
    const [f] = withPathPrefix([finding("unknown", ["risk.judged", "[0].on"])], "grounds");
    expect(f?.missing).toEqual(["grounds.risk.judged", "grounds[0].on"]);
    expect(joinPath("", "x")).toBe("x");
    expect(joinPath("x", "")).toBe("x");
  });

  test.prop([fc.array(fc.record({ v: fc.constantFrom<Verdict>(...VERDICTS), info: fc.boolean() }))])("the verdict is the Kleene and of the deciding findings", (rows) => {
    const findings = rows.map((r) => (r.info ? inform("ground.B", "undecided", {}, cite, r.v) : finding(r.v)));
    expect(assess(findings, undefined).verdict).toBe(and(...rows.filter((r) => !r.info).map((r) => r.v)));
  });
});

describe("missing inputs and prefixes at the edges", () => {
  it("collects every finding's paths, in first-seen order, and obligations' too", () => {
    const a = assess([finding("yes", ["x"]), finding("unknown"), inform("ground.B", "undecided", {}, cite, "unknown", ["y", "x"])], [{ missing: ["z", "y"] }]);
    expect(missingInputs(a)).toEqual(["x", "y", "z"]);
  });

  it("an empty prefix leaves findings as they are", () => {
    const f = [finding("unknown", ["x"])];
    expect(withPathPrefix(f, "")).toEqual(f);
  });
});
