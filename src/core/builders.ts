/**
 * The helpers over findings that the package exports: the same functions as `assessment.ts`, each checking its
 * argument first (the library's own code calls the unchecked ones on findings it built itself).
 */
import * as z from "zod/mini";
import * as unchecked from "./assessment";
import type { Assessment, Finding, MissingSource } from "./assessment";
import { inputError, parseInput } from "./errors";
import { VERDICTS, type Verdict } from "./verdict";

const Text = z.string().check(z.maxLength(100_000));
const CitationSchema = z.object({ source: Text, provision: Text, label: Text, url: z.optional(Text) });
const VerdictSchema = z.enum(VERDICTS as readonly [Verdict, ...Verdict[]]);
const Paths = z.array(Text).check(z.maxLength(10_000));
const FindingSchema = z.looseObject({
  rule: Text,
  verdict: VerdictSchema,
  reason: Text,
  citations: z.array(CitationSchema).check(z.maxLength(10_000)),
  missing: z.optional(Paths),
  informative: z.optional(z.literal(true)),
});
const Findings = z.array(FindingSchema).check(z.maxLength(100_000));

/**
 * The Kleene `and` of the deciding findings (`"yes"` when there are none).
 * @example verdictOfFindings([decide("a", "yes", "…", cites), decide("b", "unknown", "…", cites)]) // "unknown"
 * @throws SpoInputError for something that is not a list of findings
 */
export function verdictOfFindings(findings: readonly Finding[]): Verdict {
  return unchecked.verdictOfFindings(parseInput(Findings, findings, "findings") as unknown as Finding[]);
}

/**
 * Every input path that a finding (deciding or informative) or an obligation names as missing, without repeats,
 * in first-seen order — for an assessment or a whole case report.
 * @example missingInputs(assessApplicant(input)) // ["applicant.bcu"]
 * @throws SpoInputError for something that is neither an assessment nor a case report
 */
export function missingInputs(x: Pick<Assessment<unknown>, "findings"> | MissingSource): string[] {
  const shape = z.union([z.looseObject({ findings: Findings }), z.looseObject({ orders: z.array(z.unknown()).check(z.maxLength(10_000)) })]);
  parseInput(shape, x, "");
  try {
    return unchecked.missingInputs(x);
  } catch {
    return inputError("", "must be an assessment or a case report as the library returned it");
  }
}
