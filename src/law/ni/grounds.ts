/**
 * Grounds A–C in Northern Ireland (PfS(NI)A 2022 s.7(2) for the Chief Constable, s.8(2) for the court). Ground A
 * differs from England and Wales: the Act gives a closed list of acts associated with stalking (s.6(2)(a)–(j)).
 * Kinds (a)–(i) are such acts by the Act's own words, so a record saying otherwise is noted and set aside; the last
 * kind, (j), is conduct it would be reasonable to expect to cause a reasonable person fear, alarm or substantial
 * distress — a judgement, taken as an input. Grounds B and C read as in England and Wales.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import { tryParseWhen } from "../../core/calendar";
import { pfs } from "../../core/citation";
import { or, verdictOf, type Verdict } from "../../core/verdict";
import type { Act, GroundsInput } from "../../model/schemas";
import { groundB, groundC } from "../risk-and-necessity";
import { NI_COMMENCEMENT_DATE } from "./commencement";

/** The paragraph of s.6(2) each kind of act is, `other` being the residual (j). */
export const NI_ACT_PARAGRAPHS: Readonly<Record<Act["kind"], string>> = Object.freeze({
  following: "s.6(2)(a)",
  contacting: "s.6(2)(b)",
  publishing: "s.6(2)(c)",
  "monitoring-communications": "s.6(2)(d)",
  "entering-premises": "s.6(2)(e)",
  loitering: "s.6(2)(f)",
  "interfering-with-property": "s.6(2)(g)",
  "giving-or-leaving": "s.6(2)(h)",
  "watching-or-spying": "s.6(2)(i)",
  other: "s.6(2)(j)",
});

/** Whether one act counts: kinds (a)–(i) always; (j) only when judged to. */
function actAssociated(act: Act): Verdict {
  return act.kind === "other" ? verdictOf(act.associatedWithStalking) : "yes";
}

function groundA(input: GroundsInput, para: string): Finding[] {
  const cites = [pfs(`${para}(a)`), pfs("s.6(2)")];
  const verdicts = input.acts.map(actAssociated);
  // A loop, not a spread: an application may record thousands of acts.
  let verdict: Verdict = "no";
  for (const v of verdicts) verdict = or(verdict, v);
  let finding: Finding;
  if (verdict === "yes") {
    const counted = input.acts.filter((_, i) => verdicts[i] === "yes");
    const on = counted.map((a) => (a.on === undefined ? "" : (tryParseWhen(a.on)?.date ?? a.on)));
    finding = decide("ground.A", "yes", "yes", { kinds: counted.map((a) => a.kind), on }, cites);
  } else if (verdict === "unknown") {
    const open = input.acts.flatMap((_, i) => (verdicts[i] === "unknown" ? [`acts[${i}].associatedWithStalking`] : []));
    finding = decide("ground.A", "unknown", "ni-undecided", {}, cites, open);
  } else {
    finding = decide("ground.A", "no", input.acts.length === 0 ? "no-acts" : "ni-none-associated", {}, cites);
  }
  const findings = [finding];
  // A record that says a listed kind is not associated with stalking cannot change the Act's list.
  const setAside = input.acts.flatMap((a, i) => (a.kind !== "other" && a.associatedWithStalking === false ? [i] : []));
  if (setAside.length > 0) {
    findings.push(inform("ground.A.listed-kinds", "judged-not-set-aside", { acts: setAside.map((i) => `acts[${i}]`) }, [pfs("s.6(2)")]));
  }
  const early = input.acts.some((a) => (tryParseWhen(a.on)?.date ?? "9999") < NI_COMMENCEMENT_DATE);
  const placed = input.acts.some((a) => a.where !== undefined);
  if (early || placed) {
    findings.push(inform("ground.A.when-and-where", "ni-anywhere", {}, [pfs(input.stage === "court" ? "s.8(7)" : "s.7(4)")]));
  }
  return findings;
}

/**
 * The findings on grounds A–C under the Northern Ireland Act, for input already validated: at the application
 * stage the Chief Constable's view (s.7(2)(a)–(c), reasonable cause to believe the order necessary), at court the
 * court's (s.8(2)(a)–(c), necessary). The risk is of the acts being carried out and another person being a victim
 * of them — their target, or harmed by them (s.6(3)–(6)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/6
 * @see https://www.legislation.gov.uk/nia/2022/17/section/7
 * @see https://www.legislation.gov.uk/nia/2022/17/section/8
 */
export function niGroundsFindings(input: GroundsInput): Finding[] {
  const para = input.stage === "application" ? "s.7(2)" : "s.8(2)";
  return [...groundA(input, para), groundB(input, [pfs(`${para}(b)`), pfs("s.6(3)"), pfs("s.6(6)")]), groundC(input, [pfs(`${para}(c)`)])];
}
