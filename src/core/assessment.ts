/**
 * Findings and assessments: the shape of every answer the library gives.
 *
 * A finding either decides (it takes part in the verdict) or informs (`informative: true`: a venue,
 * a convention applied, a reminder). An assessment's verdict is the Kleene `and` of its deciding
 * findings, so a reader can always trace the answer to the findings that produced it.
 */
import type { Citation } from "./citation";
import { englishReason, type ParamsOf, type RuleId, type VariantOf } from "../messages/rules";
import type { Params } from "../messages/types";
import { joinPath } from "./paths";

export { joinPath };
import type { Verdict } from "./verdict";

/**
 * One step of reasoning: a stable rule id, its verdict, one plain sentence, and the provisions relied on.
 * `variant` says which of the rule's sentences it is and `params` holds every value that sentence mentions, so
 * a message catalogue can say it in another language (`reason` is the English). `missing` lists the input paths
 * that would settle an `"unknown"` (`order.terms[2].lastDay`).
 * @see ../../docs/guide.md#reading-findings
 */
export interface Finding {
  rule: RuleId;
  variant: string;
  verdict: Verdict;
  reason: string;
  params: Params;
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
 * @example decide("ground.B", "unknown", "undecided", {}, [spa("s.1(1)(b)")], ["risk.judged"])
 */
export function decide<R extends RuleId, V extends VariantOf<R>>(
  rule: R,
  verdict: Verdict,
  variant: V,
  params: ParamsOf<R, V>,
  citations: Citation[],
  missing?: readonly string[],
): Finding {
  const values = (params ?? {}) as Params;
  // A fresh list, so a caller's shared constant never reaches a report; the citations in it are deeply frozen
  // reference data, safe to share.
  const finding: Finding = { rule, variant, verdict, reason: englishReason(rule, variant, values), params: values, citations: citations.slice() };
  if (missing !== undefined && missing.length > 0) finding.missing = [...new Set(missing)];
  return finding;
}

/**
 * An informative finding: it explains (a venue, a convention, a reminder) but takes no part in the verdict.
 * Its own verdict answers the finding's own question, e.g. `"unknown"` for a venue without a date of birth.
 * @example inform("application.time-limit", "none", {}, [spa("s.13(2)")])
 */
export function inform<R extends RuleId, V extends VariantOf<R>>(
  rule: R,
  variant: V,
  params: ParamsOf<R, V>,
  citations: Citation[],
  verdict: Verdict = "yes",
  missing?: readonly string[],
): Finding {
  const finding = decide(rule, verdict, variant, params, citations, missing);
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
 * Every input path that a finding (deciding or informative) or an obligation of `x` names as missing, without
 * repeats, in the order first seen — for an assessment, or a whole case report (every part of it).
 * @example missingInputs(assessApplicant(input)) // ["applicant.bcu"]
 */
export function missingInputs(x: Pick<Assessment<unknown>, "findings"> | MissingSource): string[] {
  const paths = new Set<string>();
  const visit = (a: unknown): void => {
    if (typeof a !== "object" || a === null) return;
    const { findings, value } = a as { findings?: unknown; value?: unknown };
    if (Array.isArray(findings)) for (const f of findings) for (const p of (f as Finding).missing ?? []) paths.add(p);
    if (Array.isArray(value)) for (const o of value) for (const p of ((o as { missing?: string[] } | null)?.missing ?? [])) paths.add(p);
  };
  visit(x);
  const report = x as MissingSource;
  if (Array.isArray(report.orders)) {
    visit(report.application);
    for (const o of report.orders) {
      visit(o.lawful);
      visit(o.inForce);
    }
    visit(report.notification);
    for (const f of report.notificationFailures ?? []) visit(f.classification);
    visit(report.discharge);
    for (const i of report.incidents ?? []) visit(i);
  }
  return [...paths];
}

/** The parts of a case report that {@link missingInputs} reads (a structural type, so core does not depend on case/). */
export interface MissingSource {
  application?: unknown;
  orders: readonly { lawful: unknown; inForce: unknown }[];
  notification?: unknown;
  notificationFailures?: readonly { classification: unknown }[] | undefined;
  discharge?: unknown;
  incidents?: readonly unknown[];
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

