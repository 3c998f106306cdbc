/**
 * Who may apply, and the application as a whole (SPA 2019 s.1(1), s.1(3), s.13, s.14), with the force
 * policy layer on top (who applies on the chief officer's behalf — published practice, not the Act).
 */
import { assess, decide, inform, withPathPrefix, type Assessment, type Finding } from "../core/assessment";
import { ageOn } from "../core/calendar";
import { spa } from "../core/citation";
import { parseInput } from "../core/errors";
import { fastApplicantInput } from "../model/fast-validation";
import { getForce, type Force, type ForceId } from "../model/forces";
import type { Jurisdiction } from "../core/jurisdiction";
import { niApplicantFindings, niApplicationFindings } from "./ni/application";
import {
  ApplicantInputSchema,
  ApplicationInputSchema,
  type ApplicantInput,
  type ApplicationInput,
  type Place,
  type Policy,
} from "../model/schemas";
import { commencementFinding } from "./commencement";
import { groundsFindings } from "./grounds";
import { minimumRankFinding, policies, policyCitation, policyInput } from "./policy";

export { policies, policyNamed } from "./policy";

// The applicant rule's citations, looked up once: it is the library's hottest path.
const S1_1 = spa("s.1(1)");
const S1_3 = spa("s.1(3)");
const S1_3A = spa("s.1(3)(a)");
const S1_3B = spa("s.1(3)(b)");
const S14 = spa("s.14");

type Limb = { key: "residesIn" | "believedToBeIn" | "intendsToComeTo"; place: Place };

function limbsIn(defendant: ApplicantInput["defendant"], force: Force): Limb[] {
  const limbs: Limb[] = [];
  for (const key of ["residesIn", "believedToBeIn", "intendsToComeTo"] as const) {
    const place = defendant[key];
    if (place !== undefined && place.force === force.id) limbs.push({ key, place });
  }
  return limbs;
}

function chiefOfficerFinding(force: Force): Finding {
  return decide("applicant.chief-officer", "yes", "yes", { force: force.id }, [S1_1, S14]);
}

function policeAreaFinding(force: Force, defendant: ApplicantInput["defendant"], limbs: readonly Limb[]): Finding {
  if (!force.hasPoliceArea) return inform("applicant.police-area", "no-police-area", { force: force.id }, [S1_3]);
  if (limbs.length > 0) {
    // Limbs come in the order residesIn, believedToBeIn, intendsToComeTo: only the first can be residence.
    const resides = (limbs[0] as Limb).key === "residesIn";
    const believes = limbs.length > (resides ? 1 : 0);
    const cites = resides && believes ? [S1_3A, S1_3B] : [resides ? S1_3A : S1_3B];
    return decide("applicant.police-area", "yes", "in-area", { force: force.id, limbs: limbs.map((l) => l.key) }, cites);
  }
  if (defendant.residesIn === undefined) {
    return decide("applicant.police-area", "unknown", "unrecorded", { force: force.id }, [S1_3A, S1_3B], ["defendant.residesIn"]);
  }
  return decide("applicant.police-area", "no", "outside", { force: force.id }, [S1_3A, S1_3B]);
}

function sameBcuFinding(input: ApplicantInput, policy: Policy, force: Force, limbs: readonly Limb[]): Finding | null {
  if (!policy.requireSameBcu) return null;
  const cite = [policyCitation(policy)];
  if (!force.hasPoliceArea) return inform("policy.same-bcu", "not-territorial", { force: force.id }, cite);
  if (limbs.length === 0) {
    if (input.defendant.residesIn === undefined) return decide("policy.same-bcu", "unknown", "place-unknown", {}, cite, ["defendant.residesIn"]);
    return decide("policy.same-bcu", "no", "not-in-force", { force: force.id }, cite);
  }
  const bcu = input.applicant.bcu?.trim();
  const match = bcu === undefined ? undefined : limbs.find((l) => l.place.bcu?.trim() === bcu);
  if (match !== undefined) return decide("policy.same-bcu", "yes", "match", { bcu: bcu as string, limb: match.key }, cite);
  const withoutBcu = limbs.filter((l) => l.place.bcu === undefined).map((l) => `defendant.${l.key}.bcu`);
  if (bcu === undefined) return decide("policy.same-bcu", "unknown", "officer-bcu-unrecorded", {}, cite, ["applicant.bcu", ...withoutBcu]);
  if (withoutBcu.length > 0) return decide("policy.same-bcu", "unknown", "defendant-bcu-unrecorded", { bcu }, cite, withoutBcu);
  return decide("policy.same-bcu", "no", "other-bcu", { bcu, theirs: limbs.map((l) => l.place.bcu as string) }, cite);
}

/** The findings on an England and Wales applicant, for inputs already validated. */
function ewApplicantFindings(input: ApplicantInput, policy: Policy): Finding[] {
  const force = getForce(input.applicant.force);
  const limbs = limbsIn(input.defendant, force);
  const findings = [chiefOfficerFinding(force), policeAreaFinding(force, input.defendant, limbs)];
  const rank = minimumRankFinding(input, policy, force);
  if (rank !== null) findings.push(rank);
  const bcu = sameBcuFinding(input, policy, force, limbs);
  if (bcu !== null) findings.push(bcu);
  return findings;
}

/** Each jurisdiction's rules on the applicant and the application; the applying force chooses. */
const RULES: Record<Jurisdiction, { applicant: typeof ewApplicantFindings; application: typeof ewApplicationFindings; policy: Policy }> = {
  "england-and-wales": { applicant: ewApplicantFindings, application: ewApplicationFindings, policy: policies.superintendentInBcu },
  "northern-ireland": { applicant: niApplicantFindings, application: niApplicationFindings, policy: policies.statutory },
};

function rulesFor(force: ForceId): (typeof RULES)[Jurisdiction] {
  return RULES[getForce(force).jurisdiction];
}

/**
 * The policy that applies when none is given: the Metropolitan Police's published practice in England and Wales,
 * the Act alone in Northern Ireland (no published PSNI practice is known).
 * @example defaultPolicy("police-service-of-northern-ireland").name // "statutory"
 */
export function defaultPolicy(force: ForceId): Policy {
  return rulesFor(force).policy;
}

/** The findings on the applicant, for inputs already validated, under the applying force's Act. */
export function applicantFindings(input: ApplicantInput, policy: Policy): Finding[] {
  return rulesFor(input.applicant.force).applicant(input, policy);
}

/** The findings on an application, for inputs already validated, under the applying force's Act. */
export function applicationFindings(input: ApplicationInput, policy: Policy): { findings: Finding[]; court: Court | null } {
  return rulesFor(input.applicant.force).application(input, policy);
}

/**
 * Whether the applicant may apply for a stalking protection order: the force's chief officer is a chief
 * officer of police (s.1(1), s.14); for the 43 territorial forces, the defendant resides in, or is believed
 * to be in or to intend to come to, the police area (s.1(3)); then the policy's minimum rank and same-BCU
 * rule (cited as policy, not as the Act). An absent `believedToBeIn`/`intendsToComeTo` means no such belief.
 * For the PSNI, the Northern Ireland Act: the Chief Constable may apply (PfS(NI)A 2022 s.7(2)) against a person
 * who resides in, or is believed to be in or to intend to come to, Northern Ireland (s.7(3)); no BCU rule.
 * @param policy defaults to `policies.superintendentInBcu` (the Metropolitan Police's published practice) in
 *   England and Wales and to `policies.statutory` in Northern Ireland
 * @example assessApplicant({ applicant: { force: "kent", rank: "superintendent", bcu: "North" }, defendant: { residesIn: { force: "kent", bcu: "North" } } }).verdict // "yes"
 * @throws SpoInputError for an unknown force, a rank the force does not have, or a malformed policy
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 */
export function assessApplicant(input: ApplicantInput, policy?: Policy): Assessment {
  const parsed = fastPath(input) ?? parseInput(ApplicantInputSchema, input);
  return assess(applicantFindings(parsed, policyInput(policy ?? defaultPolicy(parsed.applicant.force))), undefined);
}

/** The fast path, or `undefined` to take the schema's way (which also turns anything thrown while reading into an issue). */
function fastPath(input: unknown): ApplicantInput | undefined {
  try {
    return fastApplicantInput(input);
  } catch {
    return undefined;
  }
}

/**
 * `true` exactly when {@link assessApplicant} answers `"yes"` (an `"unknown"` is not eligible).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 */
export function isEligibleApplicant(input: ApplicantInput, policy?: Policy): boolean {
  return assessApplicant(input, policy).verdict === "yes";
}

/** The court that hears an application: a youth court if the defendant is under 18 when it is made. */
export type Court = "magistrates-court" | "youth-court";

function venueFinding(input: ApplicationInput): { finding: Finding; court: Court | null } {
  // "Magistrates' court", for a defendant under 18, means the youth court (s.14(1)).
  const cites = [spa("s.14(1)")];
  const dob = input.defendant.dateOfBirth;
  if (dob === undefined) {
    return { court: null, finding: inform("application.venue", "no-date-of-birth", {}, cites, "unknown", ["defendant.dateOfBirth"]) };
  }
  const age = ageOn(dob, input.madeOn);
  const court: Court = age < 18 ? "youth-court" : "magistrates-court";
  return { court, finding: inform("application.venue", "age", { age, madeOn: input.madeOn, court }, cites) };
}

/** The findings on an England and Wales application, for inputs already validated. */
function ewApplicationFindings(input: ApplicationInput, policy: Policy): { findings: Finding[]; court: Court | null } {
  const venue = venueFinding(input);
  const grounds = groundsFindings({
    stage: "application",
    assessedOn: input.madeOn,
    defendantId: input.defendant.id,
    ...input.grounds,
  });
  const findings = [
    commencementFinding("application.commencement", "application", input.madeOn),
    ...applicantFindings({ applicant: input.applicant, defendant: input.defendant }, policy),
    ...withPathPrefix(grounds, "grounds"),
    venue.finding,
    inform("application.time-limit", "none", {}, [spa("s.13(2)")]),
  ];
  return { findings, court: venue.court };
}

/**
 * The application as a whole: made after commencement (20 January 2020, SI 2020/26), by an eligible
 * applicant, on grounds A–C at the application stage (s.1(1)); plus the venue — `"youth-court"` if the
 * defendant is under 18 on the application date, `"magistrates-court"` if 18 or over, `null` (with an
 * informative `unknown` finding) without a date of birth — and a note that no time limit applies (s.13(2)).
 * @example assessApplication(input).value.court // "magistrates-court"
 * @throws SpoInputError for malformed input, an act dated after the application, or a birth date after it
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 */
export function assessApplication(input: ApplicationInput, policy?: Policy): Assessment<{ court: Court | null }> {
  const parsed = parseInput(ApplicationInputSchema, input);
  const { findings, court } = applicationFindings(parsed, policyInput(policy ?? defaultPolicy(parsed.applicant.force)));
  return assess(findings, { court });
}
