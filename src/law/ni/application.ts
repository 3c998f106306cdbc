/**
 * Who may apply in Northern Ireland, and the application as a whole (PfS(NI)A 2022 s.7(2)–(4), s.12(2)–(7)): the
 * Chief Constable of the Police Service of Northern Ireland alone, against a person who resides in Northern Ireland
 * or whom the Chief Constable believes to be in or to intend to come to it; the venue fixed by the Act (a youth court
 * if and only if the defendant is under 18 when the application is made); no time limit. No published PSNI practice
 * on who applies for the Chief Constable is known, so no BCU rule applies; a force's own policy may still set a
 * minimum rank.
 */
import { decide, inform, withPathPrefix, type Finding } from "../../core/assessment";
import { ageOn } from "../../core/calendar";
import { pfs } from "../../core/citation";
import { inputError } from "../../core/errors";
import { getForce, PSNI } from "../../model/forces";
import type { ApplicantInput, ApplicationInput, Place, Policy } from "../../model/schemas";
import { minimumRankFinding } from "../policy";

/** The court that hears an application (as for England and Wales): a youth court for a defendant under 18. */
type Court = "magistrates-court" | "youth-court";
import { niCommencementFinding } from "./commencement";
import { niGroundsFindings } from "./grounds";

type Limb = "residesIn" | "believedToBeIn" | "intendsToComeTo";
const LIMBS: readonly Limb[] = ["residesIn", "believedToBeIn", "intendsToComeTo"];

/** Whether a recorded place is in Northern Ireland: the PSNI's area is; a police area in England and Wales is not. */
function inNorthernIreland(place: Place): "yes" | "no" | "unknown" {
  if (place.force === PSNI) return "yes";
  // "Outside England and Wales" may be Northern Ireland or anywhere else.
  return place.force === "outside-england-and-wales" ? "unknown" : "no";
}

/** The territorial condition of s.7(3): D resides in Northern Ireland, or is believed to be in or coming to it. */
function territorialFinding(defendant: ApplicantInput["defendant"]): Finding {
  const cites = [pfs("s.7(3)")];
  const limbs = LIMBS.filter((l) => defendant[l] !== undefined && inNorthernIreland(defendant[l] as Place) === "yes");
  if (limbs.length > 0) {
    const resides = limbs[0] === "residesIn";
    const believes = limbs.length > (resides ? 1 : 0);
    const paras = resides && believes ? [pfs("s.7(3)(a)"), pfs("s.7(3)(b)")] : [pfs(resides ? "s.7(3)(a)" : "s.7(3)(b)")];
    return decide("applicant.police-area", "yes", "ni-in-northern-ireland", { limbs }, paras);
  }
  const unclear = LIMBS.filter((l) => defendant[l] !== undefined && inNorthernIreland(defendant[l] as Place) === "unknown").map((l) => `defendant.${l}.force`);
  if (unclear.length > 0) return decide("applicant.police-area", "unknown", "ni-place-unclear", {}, cites, unclear);
  if (defendant.residesIn === undefined) return decide("applicant.police-area", "unknown", "ni-unrecorded", {}, cites, ["defendant.residesIn"]);
  return decide("applicant.police-area", "no", "ni-outside", {}, cites);
}

/**
 * The findings on a Northern Ireland applicant, for inputs already validated. `policy` must have no BCU rule; a
 * minimum rank it sets is checked against the PSNI's ladder and cited as the policy.
 * @throws SpoInputError for a policy with `requireSameBcu: true`
 * @see https://www.legislation.gov.uk/nia/2022/17/section/7
 */
export function niApplicantFindings(input: ApplicantInput, policy: Policy): Finding[] {
  if (policy.requireSameBcu) return inputError("policy.requireSameBcu", "must be false for a Northern Ireland applicant: the PSNI has no BCU rule for applications");
  const force = getForce(input.applicant.force);
  const findings = [decide("applicant.chief-officer", "yes", "ni-chief-constable", {}, [pfs("s.7(2)")]), territorialFinding(input.defendant)];
  const rank = minimumRankFinding(input, policy, force);
  if (rank !== null) findings.push(rank);
  return findings;
}

/** The venue the Act fixes (s.12(4), (6), (7)): a youth court if and only if D is under 18 when the application is made. */
function venueFinding(input: ApplicationInput): { finding: Finding; court: Court | null } {
  const cites = [pfs("s.12(4)"), pfs("s.12(6)")];
  const dob = input.defendant.dateOfBirth;
  if (dob === undefined) return { court: null, finding: inform("application.venue", "no-date-of-birth", {}, cites, "unknown", ["defendant.dateOfBirth"]) };
  const age = ageOn(dob, input.madeOn);
  const court: Court = age < 18 ? "youth-court" : "magistrates-court";
  return { court, finding: inform("application.venue", "ni-age", { age, madeOn: input.madeOn, court }, cites) };
}

/**
 * The findings on a Northern Ireland application, for inputs already validated: commencement, the applicant, the
 * grounds at the application stage, the venue, and no time limit (s.12(3)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/12
 */
export function niApplicationFindings(input: ApplicationInput, policy: Policy): { findings: Finding[]; court: Court | null } {
  const venue = venueFinding(input);
  const grounds = niGroundsFindings({ stage: "application", assessedOn: input.madeOn, defendantId: input.defendant.id, ...input.grounds });
  const findings = [
    niCommencementFinding("application.commencement", "application", input.madeOn, "s.7(2)"),
    ...niApplicantFindings({ applicant: input.applicant, defendant: input.defendant }, policy),
    ...withPathPrefix(grounds, "grounds"),
    venue.finding,
    inform("application.time-limit", "ni-none", {}, [pfs("s.12(2)"), pfs("s.12(3)")]),
  ];
  return { findings, court: venue.court };
}
