/**
 * The necessity test for terms a variation adds to a full order, which both Acts state alike (SPA 2019 s.4(4)(a);
 * PfS(NI)A 2022 s.10(3)(a)): the court may add a prohibition or requirement only if it is necessary to protect
 * another person. Necessity is a judgement, taken as an input; each Act's variation rule gives the citation.
 */
import { decide, type Finding } from "../core/assessment";
import type { Citation } from "../core/citation";
import { verdictOf } from "../core/verdict";

/** The `variation.necessity` finding for the terms `added` (at least one), judged `necessary`, citing `cite`. */
export function addedTermsNecessity(necessary: boolean | null | undefined, added: readonly { readonly id: string }[], cite: readonly Citation[]): Finding {
  const terms = { terms: added.map((t) => t.id) };
  const v = verdictOf(necessary);
  if (v === "yes") return decide("variation.necessity", "yes", "necessary", terms, [...cite]);
  if (v === "no") return decide("variation.necessity", "no", "not-necessary", terms, [...cite]);
  return decide("variation.necessity", "unknown", "undecided", terms, [...cite], ["necessary"]);
}
