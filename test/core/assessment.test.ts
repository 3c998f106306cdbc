import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { assess, decide, inform, joinPath, missingInputs, withPathPrefix } from "../../src/core/assessment";
import { spa } from "../../src/core/citation";
import { and, VERDICTS, type Verdict } from "../../src/core/verdict";

const cite = [spa("s.1(1)")];

describe("findings and assessments", () => {
  it("keeps missing paths only when there are some, without repeats", () => {
    expect(decide("r", "yes", "Fine.", cite)).not.toHaveProperty("missing");
    expect(decide("r", "unknown", "?", cite, [])).not.toHaveProperty("missing");
    expect(decide("r", "unknown", "?", cite, ["a", "a", "b"]).missing).toEqual(["a", "b"]);
  });

  it("marks informative findings and leaves them out of the verdict", () => {
    const note = inform("venue", "No date of birth.", cite, "unknown", ["defendant.dateOfBirth"]);
    expect(note.informative).toBe(true);
    const a = assess([decide("r", "yes", "Fine.", cite), note], undefined);
    expect(a.verdict).toBe("yes");
    // An informative finding's missing input is still one that would settle what it says.
    expect(missingInputs(a)).toEqual(["defendant.dateOfBirth"]);
  });

  it("collects the missing inputs of unknown deciding findings", () => {
    const a = assess(
      [
        decide("a", "unknown", "?", cite, ["risk.judged"]),
        decide("b", "yes", "ok", cite),
        decide("c", "unknown", "?", cite, ["risk.judged", "necessity.judged"]),
      ],
      1,
    );
    expect(a.verdict).toBe("unknown");
    expect(missingInputs(a)).toEqual(["risk.judged", "necessity.judged"]);
    expect(a.value).toBe(1);
  });

  it("re-roots missing paths under a prefix", () => {
    const [f] = withPathPrefix([decide("a", "unknown", "?", cite, ["risk.judged", "[0].on"])], "grounds");
    expect(f?.missing).toEqual(["grounds.risk.judged", "grounds[0].on"]);
    expect(joinPath("", "x")).toBe("x");
    expect(joinPath("x", "")).toBe("x");
  });

  test.prop([fc.array(fc.record({ v: fc.constantFrom<Verdict>(...VERDICTS), info: fc.boolean() }))])(
    "the verdict is the Kleene and of the deciding findings",
    (rows) => {
      const findings = rows.map((r, i) =>
        r.info ? inform(`r${i}`, "note", cite, r.v) : decide(`r${i}`, r.v, "reason", cite),
      );
      expect(assess(findings, undefined).verdict).toBe(and(...rows.filter((r) => !r.info).map((r) => r.v)));
    },
  );
});

describe("missing inputs and prefixes at the edges", () => {
  it("collects every finding's paths, in first-seen order, and obligations' too", () => {
    const a = assess([decide("a", "yes", "ok", cite, ["x"]), decide("b", "unknown", "?", cite), inform("c", "note", cite, "unknown", ["y", "x"])], [{ missing: ["z", "y"] }]);
    expect(missingInputs(a)).toEqual(["x", "y", "z"]);
  });

  it("an empty prefix leaves findings as they are", () => {
    const f = [decide("a", "unknown", "?", cite, ["x"])];
    expect(withPathPrefix(f, "")).toEqual(f);
  });
});
