/**
 * Plain-text rendering of assessments: the verdict, then one line per finding with its citations, so an
 * officer can read why the answer is what it is.
 */
import type { Assessment, Finding } from "./core/assessment";

function findingLine(f: Finding): string {
  const tag = f.informative === true ? "note" : f.verdict;
  const missing = f.verdict === "unknown" && f.missing !== undefined ? ` Missing: ${f.missing.join(", ")}.` : "";
  const cites = f.citations.map((c) => c.label).join("; ");
  return `  ${tag.padEnd(8)}${f.rule}: ${f.reason}${missing} [${cites}]`;
}

/**
 * Renders an assessment as text: `Verdict: …`, then each finding on its own line with its rule id, reason,
 * any missing inputs, and its citations. Informative findings are tagged `note`.
 * @example explain(assessApplicant(input))
 * @see ../docs/guide.md#reading-findings
 */
export function explainAssessment(assessment: Pick<Assessment<unknown>, "verdict" | "findings">, title?: string): string {
  const head = title === undefined ? `Verdict: ${assessment.verdict}` : `${title}: ${assessment.verdict}`;
  return [head, ...assessment.findings.map(findingLine)].join("\n");
}
