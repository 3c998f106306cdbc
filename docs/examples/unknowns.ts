// Unknown is an answer: it says which inputs would settle the question.
import assert from "node:assert/strict";
import { assessGrounds, missingInputs } from "stalking-protection-orders";

const grounds = assessGrounds({
  stage: "application",
  defendantId: "D-1",
  acts: [{ kind: "following", on: "2026-01-05", against: "V-1" }],
  risk: { to: ["V-1"], harm: ["psychological"], judged: true },
  necessity: { toProtect: ["V-1"], judged: null }, // the judgement has not been made yet
});

assert.equal(grounds.verdict, "unknown");
assert.deepEqual(missingInputs(grounds), ["necessity.judged"]);
