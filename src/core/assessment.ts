/**
 * Findings and assessments: the shape of every answer the library gives.
 *
 * A finding either decides (it takes part in the verdict) or informs (`informative: true`: a venue,
 * a convention applied, a reminder). An assessment's verdict is the Kleene `and` of its deciding
 * findings, so a reader can always trace the answer to the findings that produced it.
 */
import type { Citation } from "./citation";
import type { Verdict } from "./verdict";

/**
 * One step of reasoning: a stable rule id, its verdict, one plain sentence, and the provisions relied on.
 * `missing` lists the input paths that would settle an `"unknown"` (`order.terms[2].lastDay`).
 * @see ../../docs/guide.md#reading-findings
 */
export interface Finding {
  rule: string;
  verdict: Verdict;
  reason: string;
  citations: Citation[];
  missing?: string[];
  informative?: true;
}

/**
 * An answer: the verdict, the findings in the order they were reached, and a value (a court, a list of
 * obligations, an offence...) that depends on the question asked.
 * @see ../../docs/guide.md#reading-findings
 */
export interface Assessment<V = undefined> {
  verdict: Verdict;
  findings: Finding[];
  value: V;
}

/**
 * A deciding finding. Pass `missing` with an `"unknown"` verdict to say which inputs would settle it.
 * @example decide("ground.B", "unknown", "No risk judgement is recorded.", [spa("s.1(1)(b)")], ["risk.judged"])
 */
export function decide(
  rule: string,
  verdict: Verdict,
  reason: string,
  citations: Citation[],
  missing?: readonly string[],
): Finding {
  // Citations are copied: a finding shares nothing with the library, so changing one changes no later answer.
  const finding: Finding = { rule, verdict, reason, citations: citations.map(copyCitation) };
  if (missing !== undefined && missing.length > 0) finding.missing = [...new Set(missing)];
  return finding;
}

function copyCitation(c: Citation): Citation {
  const copy: Citation = { source: c.source, provision: c.provision, label: c.label };
  if (c.url !== undefined) copy.url = c.url;
  return copy;
}

/**
 * An informative finding: it explains (a venue, a convention, a reminder) but takes no part in the verdict.
 * Its own verdict answers the finding's own question, e.g. `"unknown"` for a venue without a date of birth.
 * @example inform("application.time-limit", "No time limit applies.", [spa("s.13(2)")])
 */
export function inform(
  rule: string,
  reason: string,
  citations: Citation[],
  verdict: Verdict = "yes",
  missing?: readonly string[],
): Finding {
  const finding = decide(rule, verdict, reason, citations, missing);
  finding.informative = true;
  return finding;
}

/**
 * The Kleene `and` of the deciding findings (`"yes"` when there are none).
 * @example verdictOfFindings([decide("a", "yes", "…", cites), decide("b", "unknown", "…", cites)]) // "unknown"
 */
export function verdictOfFindings(findings: readonly Finding[]): Verdict {
  // The Kleene `and` of the deciding findings, in one pass: every assessment goes through here.
  let verdict: Verdict = "yes";
  for (const f of findings) {
    if (f.informative === true) continue;
    if (f.verdict === "no") return "no";
    if (f.verdict === "unknown") verdict = "unknown";
  }
  return verdict;
}

/**
 * Builds an assessment whose verdict is the Kleene `and` of its deciding findings.
 * @example assess([decide("x", "yes", "...", [spa("s.1(1)")])], undefined).verdict // "yes"
 */
export function assess<V>(findings: Finding[], value: V): Assessment<V> {
  return { verdict: verdictOfFindings(findings), findings, value };
}

/**
 * Every input path that would settle an unknown deciding finding of the assessment, without repeats.
 * @example missingInputs(assessApplicant(input)) // ["applicant.bcu"]
 */
export function missingInputs(assessment: Pick<Assessment<unknown>, "findings">): string[] {
  const paths = new Set<string>();
  for (const f of assessment.findings) {
    if (f.informative !== true && f.verdict === "unknown") for (const p of f.missing ?? []) paths.add(p);
  }
  return [...paths];
}

/**
 * Re-roots findings produced for a nested input, so their `missing` paths name the outer input.
 * @example withPathPrefix(assessGrounds(g).findings, "grounds") // missing "risk.judged" becomes "grounds.risk.judged"
 */
export function withPathPrefix(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.map((f) =>
    f.missing === undefined ? f : { ...f, missing: f.missing.map((p) => joinPath(prefix, p)) },
  );
}

/** Joins two dotted input paths, leaving index segments (`[2]`) attached. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}
