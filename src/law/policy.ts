/**
 * The policy layer on top of the Acts: who applies on the chief officer's behalf is force policy, not law
 * (SPA 2019 s.1(1), s.14 let any chief officer apply; PfS(NI)A 2022 s.7(2) the Chief Constable). Policies are cited
 * as policy, never as the Act.
 */
import { decide, type Finding } from "../core/assessment";
import { practice, type Citation } from "../core/citation";
import { inputError, parseInput } from "../core/errors";
import { deepFreeze } from "../core/freeze";
import { rankAtLeast, type Force } from "../model/forces";
import { PolicySchema, type ApplicantInput, type Policy } from "../model/schemas";

const MET_PRACTICE = practice("Metropolitan Police published practice", "SPO applications");

const SUPERINTENDENT_IN_BCU: Policy = deepFreeze({
  name: "superintendent-in-bcu",
  minimumRank: "superintendent",
  requireSameBcu: true,
  citation: MET_PRACTICE,
});

/**
 * Built-in policies for who applies on the chief officer's behalf.
 * - `statutory`: the Act alone (any officer the chief officer authorises).
 * - `superintendentInBcu` (also `metropolitan`, the default): superintendent or above, in the BCU where the
 *   defendant resides, is believed to be, or intends to come to — the Metropolitan Police's published practice.
 * A policy is plain data: a force can pass its own `{ name, minimumRank?, requireSameBcu, citation? }`.
 * The built-in objects are frozen because every caller shares them and the library trusts them without
 * validating them again.
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 */
export const policies: { readonly statutory: Policy; readonly superintendentInBcu: Policy; readonly metropolitan: Policy } = Object.freeze({
  statutory: Object.freeze<Policy>({ name: "statutory", requireSameBcu: false }),
  superintendentInBcu: SUPERINTENDENT_IN_BCU,
  metropolitan: SUPERINTENDENT_IN_BCU,
});

const BUILT_IN = new Set<Policy>([policies.statutory, policies.superintendentInBcu]);

/** The policy to apply: a built-in one as it is, any other validated (errors name `policy`). */
export function policyInput(policy: Policy): Policy {
  return BUILT_IN.has(policy) ? policy : parseInput(PolicySchema, policy, "policy");
}

/**
 * Looks up a built-in policy by name (`"statutory"`, `"superintendent-in-bcu"`, `"metropolitan"`).
 * @example policyNamed("statutory").requireSameBcu // false
 * @throws SpoInputError for any other name
 */
export function policyNamed(name: "statutory" | "superintendent-in-bcu" | "metropolitan"): Policy {
  if (name === "statutory") return policies.statutory;
  if (name === "superintendent-in-bcu" || name === "metropolitan") return policies.superintendentInBcu;
  return inputError("name", 'must be one of: "statutory", "superintendent-in-bcu", "metropolitan"');
}

export function policyCitation(policy: Policy): Citation {
  return policy.citation ?? practice(`Force policy "${policy.name}"`, "SPO applications");
}

/** The policy's minimum rank, if it sets one, for an applicant of `force` (a rank the force lacks is an input error). */
export function minimumRankFinding(input: ApplicantInput, policy: Policy, force: Force): Finding | null {
  const minimum = policy.minimumRank;
  if (minimum === undefined) return null;
  if (!force.ranks.includes(minimum)) {
    return inputError("policy.minimumRank", `is not a rank in ${force.name}, so the policy cannot be applied to it`);
  }
  const ok = rankAtLeast(force.id, input.applicant.rank, minimum);
  return decide("policy.minimum-rank", ok ? "yes" : "no", ok ? "meets" : "below", { rank: input.applicant.rank, minimum }, [policyCitation(policy)]);
}

