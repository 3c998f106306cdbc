/**
 * Grounds B and C, which both Acts state alike (SPA 2019 s.1(1)(b)–(c), s.2(1)(b)–(c); PfS(NI)A 2022 s.7(2)(b)–(c),
 * s.8(2)(b)–(c)): the risk to another person, and the necessity of the order to protect another person — human
 * judgements taken as inputs. Each Act's grounds module gives the citations.
 */
import { decide, type Finding } from "../core/assessment";
import type { Citation } from "../core/citation";
import type { GroundsInput } from "../model/schemas";

/** The people named, trimmed, without blanks, repeats or the defendant. */
export function othersThanDefendant(people: readonly string[] | undefined, defendantId: string): string[] {
  const me = defendantId.trim();
  return [...new Set((people ?? []).map((p) => p.trim()).filter((p) => p !== "" && p !== me))];
}

/** Ground B, citing `cites`: the risk judgement, to a person other than the defendant (both Acts say the same). */
export function groundB(input: GroundsInput, cites: Citation[]): Finding {
  const { judged, harm } = input.risk;
  if (judged === false) return decide("ground.B", "no", "judged-not", {}, cites);
  if (judged === null || judged === undefined) return decide("ground.B", "unknown", "undecided", {}, cites, ["risk.judged"]);
  const people = othersThanDefendant(input.risk.to, input.defendantId);
  if (people.length === 0) return decide("ground.B", "unknown", "nobody-named", {}, cites, ["risk.to"]);
  return decide("ground.B", "yes", "yes", { people, harm: harm === undefined ? [] : [...new Set(harm)] }, cites);
}

/** Ground C, citing `cites`: the necessity judgement, to protect a person other than the defendant, by proxy or not. */
export function groundC(input: GroundsInput, cites: Citation[]): Finding {
  const { judged } = input.necessity;
  const stage = input.stage;
  if (judged === false) return decide("ground.C", "no", "judged-not", { stage }, cites);
  if (judged === null || judged === undefined) return decide("ground.C", "unknown", "undecided", { stage }, cites, ["necessity.judged"]);
  const people = othersThanDefendant(input.necessity.toProtect, input.defendantId);
  if (people.length === 0) return decide("ground.C", "unknown", "nobody-named", {}, cites, ["necessity.toProtect"]);
  const victims = new Set(input.acts.map((a) => a.against?.trim()).filter((v): v is string => v !== undefined && v !== ""));
  const byProxy = victims.size === 0 ? [] : people.filter((p) => !victims.has(p));
  return decide("ground.C", "yes", "yes", { stage, people, byProxy }, cites);
}

