/** English sentences for applications: the applicant, the policy, commencement, venue (SPA 2019 s.1, s.14). */
import { chiefOfficerOf, forceName, rankWords } from "./words";

const LIMB_WORDS: Readonly<Record<string, string>> = {
  residesIn: "resides in",
  believedToBeIn: "is believed by the chief officer to be in",
  intendsToComeTo: "is believed by the chief officer to intend to come to",
};

const BCU_WORDS: Readonly<Record<string, string>> = {
  residesIn: "where the defendant resides",
  believedToBeIn: "where the defendant is believed to be",
  intendsToComeTo: "the defendant is believed to intend to come to",
};

/** Commencement of the Act, for anything dated (`what`: "application", "order"). */
export const commencement = {
  yes: (p: { what: string; on: string }) => `The ${p.what} is dated ${p.on}, on or after 20 January 2020, when the Act came into force.`,
  before: (p: { what: string; on: string }) => `No ${p.what} could exist on ${p.on}: the Act came into force on 20 January 2020.`,
};

export const applicationMessages = {
  "application.commencement": commencement,
  "applicant.chief-officer": {
    yes: (p: { force: string }) => `The ${chiefOfficerOf(p.force)} is a chief officer of police and may apply for a stalking protection order.`,
  },
  "applicant.police-area": {
    "no-police-area": (p: { force: string }) => `The ${forceName(p.force)} has no police area, so the condition that the defendant lives in, is in, or is coming to the area does not apply.`,
    "in-area": (p: { force: string; limbs: readonly string[] }) =>
      `The defendant ${p.limbs.map((l) => LIMB_WORDS[l] ?? l).join(", and ")} the ${forceName(p.force)} area.`,
    unrecorded: (p: { force: string }) => `Where the defendant resides is not recorded, and no belief that they are in or are coming to the ${forceName(p.force)} area is recorded.`,
    outside: (p: { force: string }) => `The defendant does not reside in the ${forceName(p.force)} area and the chief officer holds no belief that they are in it or intend to come to it.`,
  },
  "policy.minimum-rank": {
    meets: (p: { rank: string; minimum: string }) => `The applying officer's rank (${rankWords(p.rank)}) meets the policy's minimum of ${rankWords(p.minimum)}.`,
    below: (p: { rank: string; minimum: string }) => `The applying officer's rank (${rankWords(p.rank)}) is below the policy's minimum of ${rankWords(p.minimum)}.`,
  },
  "policy.same-bcu": {
    "not-territorial": (p: { force: string }) => `The same-BCU rule applies to territorial forces only, so it is not applied to the ${forceName(p.force)}.`,
    "place-unknown": () => "The BCU the application must come from cannot be identified until it is known where the defendant resides or is believed to be.",
    "not-in-force": (p: { force: string }) => `The defendant is not resident in, believed to be in, or coming to any BCU of the ${forceName(p.force)}.`,
    match: (p: { bcu: string; limb: string }) => `The applying officer is in the BCU (${p.bcu}) ${BCU_WORDS[p.limb] ?? p.limb}.`,
    "officer-bcu-unrecorded": () => "The applying officer's BCU is not recorded.",
    "defendant-bcu-unrecorded": (p: { bcu: string }) => `The applying officer is in ${p.bcu}, but the BCU where the defendant is recorded as being is not known.`,
    "other-bcu": (p: { bcu: string; theirs: readonly string[] }) => `The applying officer is in ${p.bcu}, not in the BCU recorded for the defendant (${p.theirs.join(" or ")}).`,
  },
  "application.venue": {
    "no-date-of-birth": () => "Without the defendant's date of birth it cannot be said whether a youth court (under 18) or an adult magistrates' court hears the application.",
    age: (p: { age: number; madeOn: string; court: string }) =>
      `The defendant is ${p.age} on the application date (${p.madeOn}), so the application goes to ${p.court === "youth-court" ? "a youth court" : "a magistrates' court"} (convention: age on the day the application is made).`,
  },
  "application.time-limit": {
    none: () => "No time limit applies to making the application.",
  },
};
