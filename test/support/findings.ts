// Helpers shared by the tests: pick a finding by rule id, and collect the issues of an input error.
import type { Finding } from "../../src/core/assessment";
import { SpoInputError, type InputIssue } from "../../src/core/errors";

/** The first finding of `assessment` with rule id `id`, if any. */
export const rule = (assessment: { findings: Finding[] }, id: string): Finding | undefined => assessment.findings.find((f) => f.rule === id);

/** The issues of the `SpoInputError` that `run` throws, or `[]` if it throws nothing (any other error propagates). */
export function issuesOf(run: () => unknown): InputIssue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof SpoInputError) return e.issues;
    throw e;
  }
  return [];
}
