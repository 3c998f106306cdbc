/** English sentences for variation, renewal and discharge (SPA 2019 s.4; s.5(7)–(8) for interim orders). */
import { chiefOfficerOf, forceName, sentence } from "./words";

const the = (force: string): string => `the ${chiefOfficerOf(force)}`;

/** One consent the lock needs, from its role and (for a chief officer) force. */
function consent(role: string, force: string): string {
  switch (role) {
    case "defendant-by-applying":
      return "the defendant (implied by applying)";
    case "defendant":
      return "the defendant";
    case "chief-officer-by-applying":
      return `${the(force)} (implied by applying)`;
    case "applicant-for-order":
      return `${the(force)}, who applied for the order`;
    case "residence":
      return `${the(force)}, for the area where the defendant resides`;
    default:
      return "the chief officer for the area where the defendant resides (where that is, and so whether it is a different chief officer, is not recorded)";
  }
}

function consents(p: { roles: readonly string[]; forces: readonly string[] }): string {
  return p.roles.map((r, i) => consent(r, p.forces[i] ?? "")).join("; ");
}

export interface Lock {
  on: string;
  last: string;
  roles: readonly string[];
  forces: readonly string[];
}

const lead = (p: Lock): string => `${p.on} is within the two-year lock (to the end of ${p.last})`;

/** Who may apply to discharge or to vary: the same for both. */
const applicant = {
  defendant: () => "The defendant may apply.",
  "interim-applicant": (p: { force: string }) => `${sentence(the(p.force))} applied for the interim order and so may apply.`,
  "interim-not-applicant": (p: { force: string }) => `Only the defendant or the chief officer who applied for the interim order may apply, and ${the(p.force)} did not apply for it.`,
  "applied-for-order": (p: { force: string }) => `${sentence(the(p.force))} applied for the order and so is a relevant chief officer.`,
  "no-police-area": (p: { force: string }) =>
    `The ${forceName(p.force)} has no police area, so its chief constable is a relevant chief officer only as the chief officer who applied for the order, which ${the(p.force)} did not.`,
  resides: (p: { force: string }) => `The defendant resides in the area of ${the(p.force)}, who is therefore a relevant chief officer.`,
  believes: (p: { force: string }) => `${sentence(the(p.force))} believes the defendant is in, or intends to come to, their area, and so is a relevant chief officer.`,
  "may-be-residence": (p: { force: string }) =>
    `${sentence(the(p.force))} did not apply for the order and holds no belief that the defendant is in or coming to their area, but where the defendant resides is not recorded, so they may yet be the chief officer for that area.`,
  "needs-belief": (p: { force: string }) =>
    `${sentence(the(p.force))} did not apply for the order and the defendant is not recorded as residing in their area, so they may apply only if they believe the defendant is in, or intends to come to, it.`,
};

/** Whether the order still had effect to be changed. */
const inForce = {
  ended: (p: { lastDay: string }) => `The order had already ended at the end of ${p.lastDay}.`,
  discharged: (p: { on: string }) => `The order had already been discharged on ${p.on}.`,
  ceased: (p: { on: string }) => `The interim order ceased to have effect when the main application was determined on ${p.on}, so there is nothing left to vary, renew or discharge.`,
  "in-force": (p: { on: string }) => `The order still had effect on ${p.on}.`,
};

export const dischargeMessages = {
  "discharge.applicant": applicant,
  "variation.applicant": applicant,
  "discharge.in-force": inForce,
  "variation.in-force": inForce,
  "discharge.lock": {
    interim: () => "Interim orders have no two-year lock; no consents are needed.",
    ended: (p: { last: string; on: string }) => `The two-year lock ended at the end of ${p.last}, so no consents are needed to discharge the order on ${p.on}.`,
    given: (p: Lock) => `${lead(p)}, and the consents needed are given: ${consents(p)}.`,
    refused: (p: Lock) => `${lead(p)}, so the order cannot be discharged without the consent of ${consents(p)}.`,
    unrecorded: (p: Lock) => `${lead(p)}; the consent of ${consents(p)} is not recorded.`,
  },
  "court.hearing": {
    duty: () => "Before deciding, the court must hear the defendant and any relevant chief officer of police who wants to be heard.",
  },
  "discharge.court": {
    appropriate: () => "Whether to discharge the order is then for the court, which may make any order it considers appropriate.",
  },
  "variation.necessity": {
    interim: () => "For an interim order the court may make any order varying it that it considers appropriate; the necessity test for added terms of a full order does not apply.",
    necessary: (p: { terms: readonly string[] }) => `The added term ${p.terms.join(", ")} is judged necessary to protect a person from a risk associated with stalking.`,
    "not-necessary": (p: { terms: readonly string[] }) =>
      `The added term ${p.terms.join(", ")} is judged not necessary, and terms may be added only if necessary to protect a person from a risk associated with stalking.`,
    undecided: (p: { terms: readonly string[] }) => `Whether the added term ${p.terms.join(", ")} is necessary to protect a person from a risk associated with stalking has not been judged.`,
    "nothing-added": () => "No prohibition or requirement is added, so the necessity test for added terms does not arise.",
  },
};
