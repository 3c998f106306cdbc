/**
 * Grounds A–C for an order (SPA 2019 s.1(1) for the police, s.2(1) for the court). The evaluative
 * judgements — is there a risk, is an order necessary — are human decisions taken as inputs: `null`
 * stays `unknown`, and the finding names the input that would settle it.
 */
import { assess, decide, inform, type Assessment, type Finding } from "../core/assessment";
import { PHA_2A_CITATION, spa } from "../core/citation";
import { parseInput } from "../core/errors";
import { or, verdictOf, type Verdict } from "../core/verdict";
import { GroundsInputSchema, type Act, type GroundsInput } from "../model/schemas";
import { tryParseWhen } from "../core/calendar";
import { COMMENCEMENT_DATE } from "./commencement";

/** Whether one recorded act counts as an act associated with stalking. */
function actAssociated(act: Act): Verdict {
  // The illustrative kinds (PHA 1997 s.2A(3)) are associated by definition unless the record says otherwise;
  // an act of another kind counts only once it is judged to be.
  return act.kind === "other" ? verdictOf(act.associatedWithStalking) : verdictOf(act.associatedWithStalking !== false);
}

function describeAct(act: Act): string {
  const when = act.on === undefined ? "" : ` on ${tryParseWhen(act.on)?.date ?? act.on}`;
  return `${act.kind.replace(/-/g, " ")}${when}`;
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
    finding = decide(
      "ground.A",
      "yes",
      `The defendant has carried out ${counted.length === 1 ? "an act" : `${counted.length} acts`} associated with stalking (${counted.map(describeAct).join("; ")}).`,
      cites,
    );
  } else if (verdict === "unknown") {
    finding = decide(
      "ground.A",
      "unknown",
      "No recorded act is yet judged to be associated with stalking; an act of another kind counts only once it is judged to be.",
      cites,
      open,
    );
  } else {
    finding = decide(
      "ground.A",
      "no",
      input.acts.length === 0
        ? "No act by the defendant is recorded, so there are no acts associated with stalking."
        : "None of the recorded acts is associated with stalking.",
      cites,
    );
  }
  const findings = [finding];
  const early = input.acts.some((a) => (tryParseWhen(a.on)?.date ?? "9999") < COMMENCEMENT_DATE);
  const placed = input.acts.some((a) => a.where !== undefined);
  if (early || placed) {
    findings.push(
      inform(
        "ground.A.when-and-where",
        "Acts count wherever in the world they were carried out and whenever, including before the Act came into force on 20 January 2020.",
        [spa(input.stage === "court" ? "s.2(5)" : "s.1(5)")],
      ),
    );
  }
  return findings;
}

function othersThanDefendant(people: readonly string[] | undefined, defendantId: string): string[] {
  const me = defendantId.trim();
  return [...new Set((people ?? []).map((p) => p.trim()).filter((p) => p !== "" && p !== me))];
}

function groundB(input: GroundsInput, para: string): Finding {
  const cites = [spa(`${para}(b)`), spa("s.1(4)")];
  const { judged, harm } = input.risk;
  if (judged === false) {
    return decide("ground.B", "no", "The recorded judgement is that the defendant does not pose a risk associated with stalking to another person.", cites);
  }
  if (judged === null || judged === undefined) {
    return decide("ground.B", "unknown", "Whether the defendant poses a risk associated with stalking to another person has not been judged.", cites, ["risk.judged"]);
  }
  const people = othersThanDefendant(input.risk.to, input.defendantId);
  if (people.length === 0) {
    return decide(
      "ground.B",
      "unknown",
      "A risk is recorded, but no person other than the defendant is named as at risk; the Act needs a risk to another person.",
      cites,
      ["risk.to"],
    );
  }
  const kinds = harm === undefined || harm.length === 0 ? "" : ` (${[...new Set(harm)].join(" and ")} harm)`;
  return decide("ground.B", "yes", `The defendant is judged to pose a risk associated with stalking to ${people.join(", ")}${kinds}.`, cites);
}

const NECESSITY = {
  application: {
    yes: "It is judged that there is reasonable cause to believe the order is necessary to protect",
    no: "It is judged that there is no reasonable cause to believe the order is necessary to protect another person.",
    open: "Whether there is reasonable cause to believe the order is necessary to protect another person has not been judged.",
  },
  court: {
    yes: "The court is satisfied that the order is necessary to protect",
    no: "The court is not satisfied that the order is necessary to protect another person.",
    open: "Whether the court is satisfied that the order is necessary to protect another person is not recorded.",
  },
} as const;

function groundC(input: GroundsInput, para: string): Finding {
  const text = NECESSITY[input.stage];
  const cites = [spa(`${para}(c)`)];
  const { judged } = input.necessity;
  if (judged === false) return decide("ground.C", "no", text.no, cites);
  if (judged === null || judged === undefined) return decide("ground.C", "unknown", text.open, cites, ["necessity.judged"]);
  const protectedPeople = othersThanDefendant(input.necessity.toProtect, input.defendantId);
  if (protectedPeople.length === 0) {
    return decide(
      "ground.C",
      "unknown",
      "The order is judged necessary, but no person other than the defendant is named as the person to protect.",
      cites,
      ["necessity.toProtect"],
    );
  }
  const victims = new Set(input.acts.map((a) => a.against?.trim()).filter((v): v is string => v !== undefined && v !== ""));
  const byProxy = victims.size === 0 ? [] : protectedPeople.filter((p) => !victims.has(p));
  const proxy =
    byProxy.length === 0
      ? ""
      : ` ${byProxy.join(", ")} ${byProxy.length === 1 ? "was not the victim" : "were not victims"} of the recorded acts: stalking by proxy, which the Act allows.`;
  return decide("ground.C", "yes", `${text.yes} ${protectedPeople.join(", ")}.${proxy}`, cites);
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
 * @throws SpoInputError for malformed input or an act dated after `assessedOn`
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/2
 */
export function assessGrounds(input: GroundsInput): Assessment {
  return assess(groundsFindings(parseInput(GroundsInputSchema, input)), undefined);
}

/** The findings on grounds A–C, for input already validated. */
export function groundsFindings(input: GroundsInput): Finding[] {
  const para = input.stage === "application" ? "s.1(1)" : "s.2(1)";
  return [...groundA(input, para), groundB(input, para), groundC(input, para)];
}
