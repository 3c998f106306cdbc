/**
 * Grounds A–C for an order (SPA 2019 s.1(1) for the police, s.2(1) for the court). The evaluative
 * judgements — is there a risk, is an order necessary — are human decisions taken as inputs: `null`
 * stays `unknown`, and the finding names the input that would settle it.
 */
import { assess, decide, inform, type Assessment, type Finding } from "../core/assessment";
import { PHA_2A_CITATION, spa } from "../core/citation";
import { groundB, groundC } from "./risk-and-necessity";
import { niGroundsFindings } from "./ni/grounds";
import type { Jurisdiction } from "../core/jurisdiction";
import { parseInput } from "../core/errors";
import { or, verdictOf, type Verdict } from "../core/verdict";
import { GroundsInputSchema, PHA_ACT_KINDS, type Act, type GroundsInput } from "../model/schemas";
import { tryParseWhen } from "../core/calendar";
import { COMMENCEMENT_DATE } from "./commencement";

/** Whether one recorded act counts as an act associated with stalking. */
function actAssociated(act: Act): Verdict {
  // The illustrative kinds (PHA 1997 s.2A(3)) are associated by definition unless the record says otherwise;
  // an act of another kind (the Northern Ireland Act's own kinds included) counts only once it is judged to be.
  return PHA_ACT_KINDS.includes(act.kind) ? verdictOf(act.associatedWithStalking !== false) : verdictOf(act.associatedWithStalking);
}

function groundA(input: GroundsInput, para: string): Finding[] {
  const cites = [spa(`${para}(a)`), PHA_2A_CITATION];
  const verdicts = input.acts.map(actAssociated);
  // A loop, not a spread: an application may record thousands of acts.
  let verdict: Verdict = "no";
  for (const v of verdicts) verdict = or(verdict, v);
  const counted = input.acts.filter((_, i) => verdicts[i] === "yes");
  const open = input.acts.flatMap((_, i) => (verdicts[i] === "unknown" ? [`acts[${i}].associatedWithStalking`] : []));
  let finding: Finding;
  if (verdict === "yes") {
    const kinds = counted.map((a) => a.kind);
    const on = counted.map((a) => (a.on === undefined ? "" : (tryParseWhen(a.on)?.date ?? a.on)));
    finding = decide("ground.A", "yes", "yes", { kinds, on }, cites);
  } else if (verdict === "unknown") {
    finding = decide("ground.A", "unknown", "undecided", {}, cites, open);
  } else {
    finding = decide("ground.A", "no", input.acts.length === 0 ? "no-acts" : "none-associated", {}, cites);
  }
  const findings = [finding];
  const early = input.acts.some((a) => (tryParseWhen(a.on)?.date ?? "9999") < COMMENCEMENT_DATE);
  const placed = input.acts.some((a) => a.where !== undefined);
  if (early || placed) {
    findings.push(inform("ground.A.when-and-where", "anywhere", {}, [spa(input.stage === "court" ? "s.2(5)" : "s.1(5)")]));
  }
  return findings;
}

/**
 * Grounds A–C, one finding each (`ground.A`, `ground.B`, `ground.C`), combined with Kleene `and`:
 * A — the defendant has carried out acts associated with stalking (the PHA 1997 s.2A(3) kinds count unless
 * recorded otherwise; `other` only when judged so; acts abroad and before commencement count, s.1(5));
 * B — the defendant poses a risk associated with stalking to another person, of physical or psychological
 * harm (s.1(4)); C — at the application stage, reasonable cause to believe the order is necessary to protect
 * another person (s.1(1)(c)); at court, that it is necessary (s.2(1)(c)). The person protected need not be the
 * victim of the acts (stalking by proxy), and the finding says so when that happens.
 * @example assessGrounds({ stage: "application", defendantId: "D1", acts: [{ kind: "following" }], risk: { to: ["V1"], judged: true }, necessity: { toProtect: ["V1"], judged: null } }).verdict // "unknown"
 * With `jurisdiction: "northern-ireland"`, the Northern Ireland Act's grounds (PfS(NI)A 2022 s.6–s.8): its closed
 * list of acts, kinds (a)–(i) counting whatever the record says and conduct of any other kind only when judged to.
 * @throws SpoInputError for malformed input or an act dated after `assessedOn`
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/2
 * @see https://www.legislation.gov.uk/nia/2022/17/section/6
 */
export function assessGrounds(input: GroundsInput): Assessment {
  const parsed = parseInput(GroundsInputSchema, input);
  return assess(GROUNDS[parsed.jurisdiction ?? "england-and-wales"](parsed), undefined);
}

/** Each jurisdiction's grounds (`jurisdiction` on the input chooses; England and Wales by default). */
const GROUNDS: Record<Jurisdiction, (input: GroundsInput) => Finding[]> = {
  "england-and-wales": (input) => groundsFindings(input),
  "northern-ireland": niGroundsFindings,
};

/** The findings on grounds A–C, for input already validated. */
export function groundsFindings(input: GroundsInput): Finding[] {
  const para = input.stage === "application" ? "s.1(1)" : "s.2(1)";
  return [...groundA(input, para), groundB(input, [spa(`${para}(b)`), spa("s.1(4)")]), groundC(input, [spa(`${para}(c)`)])];
}
