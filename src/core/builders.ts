/**
 * The finding builders as the package exports them, for callers who write their own rules beside the Act's:
 * the same functions as `assessment.ts`, each checking its arguments first (the library's own rules call the
 * unchecked ones, whose arguments it builds itself).
 */
import { z } from "zod";
import * as unchecked from "./assessment";
import type { Assessment, Finding, MissingSource } from "./assessment";
import type { Citation } from "./citation";
import { inputError, parseInput } from "./errors";
import { VERDICTS, type Verdict } from "./verdict";

const Text = z.string().max(100_000);
const CitationSchema = z.object({ source: Text, provision: Text, label: Text, url: Text.optional() });
const VerdictSchema = z.enum(VERDICTS as readonly [Verdict, ...Verdict[]]);
const Paths = z.array(Text).max(10_000);
const FindingSchema = z.looseObject({
  rule: Text,
  verdict: VerdictSchema,
  reason: Text,
  citations: z.array(CitationSchema).max(10_000),
  missing: Paths.optional(),
  informative: z.literal(true).optional(),
});
const Findings = z.array(FindingSchema).max(100_000);

/**
 * A deciding finding. Pass `missing` with an `"unknown"` verdict to say which inputs would settle it.
 * @example decide("force.rule", "unknown", "No risk judgement is recorded.", [spa("s.1(1)(b)")], ["risk.judged"])
 * @throws SpoInputError for arguments of the wrong shape
 */
export function decide(rule: string, verdict: Verdict, reason: string, citations: Citation[], missing?: readonly string[]): Finding {
  return unchecked.decide(parseInput(Text, rule, "rule"), parseInput(VerdictSchema, verdict, "verdict"), parseInput(Text, reason, "reason"), parseInput(z.array(CitationSchema), citations, "citations"), missing === undefined ? undefined : parseInput(Paths, missing, "missing"));
}

/**
 * An informative finding: it explains (a venue, a convention, a reminder) but takes no part in the verdict.
 * @example inform("force.note", "No time limit applies.", [spa("s.13(2)")])
 * @throws SpoInputError for arguments of the wrong shape
 */
export function inform(rule: string, reason: string, citations: Citation[], verdict: Verdict = "yes", missing?: readonly string[]): Finding {
  return unchecked.inform(parseInput(Text, rule, "rule"), parseInput(Text, reason, "reason"), parseInput(z.array(CitationSchema), citations, "citations"), parseInput(VerdictSchema, verdict, "verdict"), missing === undefined ? undefined : parseInput(Paths, missing, "missing"));
}

/**
 * The Kleene `and` of the deciding findings (`"yes"` when there are none).
 * @example verdictOfFindings([decide("a", "yes", "…", cites), decide("b", "unknown", "…", cites)]) // "unknown"
 * @throws SpoInputError for something that is not a list of findings
 */
export function verdictOfFindings(findings: readonly Finding[]): Verdict {
  return unchecked.verdictOfFindings(parseInput(Findings, findings, "findings") as Finding[]);
}

/**
 * Builds an assessment whose verdict is the Kleene `and` of its deciding findings.
 * @example assess([decide("x", "yes", "...", [spa("s.1(1)")])], undefined).verdict // "yes"
 * @throws SpoInputError for something that is not a list of findings
 */
export function assess<V>(findings: Finding[], value: V): Assessment<V> {
  return unchecked.assess(parseInput(Findings, findings, "findings") as Finding[], value);
}

/**
 * Every input path that a finding (deciding or informative) or an obligation names as missing, without repeats,
 * in first-seen order — for an assessment or a whole case report.
 * @example missingInputs(assessApplicant(input)) // ["applicant.bcu"]
 * @throws SpoInputError for something that is neither an assessment nor a case report
 */
export function missingInputs(x: Pick<Assessment<unknown>, "findings"> | MissingSource): string[] {
  const shape = z.union([z.looseObject({ findings: Findings }), z.looseObject({ orders: z.array(z.unknown()).max(10_000) })]);
  parseInput(shape, x, "");
  try {
    return unchecked.missingInputs(x);
  } catch {
    return inputError("", "must be an assessment or a case report as the library returned it");
  }
}

/**
 * Re-roots findings produced for a nested input, so their `missing` paths name the outer input.
 * @example withPathPrefix(assessGrounds(g).findings, "grounds") // missing "risk.judged" becomes "grounds.risk.judged"
 * @throws SpoInputError for arguments of the wrong shape
 */
export function withPathPrefix(findings: readonly Finding[], prefix: string): Finding[] {
  return unchecked.withPathPrefix(parseInput(Findings, findings, "findings") as Finding[], parseInput(Text, prefix, "prefix"));
}
