/** English sentences of the Northern Ireland rules (PfS(NI)A 2022): commencement, the applicant, grounds, venue. Merged variant by variant with the England and Wales ones. */

/** Commencement of the Northern Ireland Act's order provisions, for anything dated (`what`: "application", "order"). */
const niCommencement = {
  "ni-yes": (p: { what: string; on: string }) => `The ${p.what} is dated ${p.on}, on or after 19 October 2023, when the Northern Ireland Act's provisions on orders came into operation.`,
  "ni-before": (p: { what: string; on: string }) => `No ${p.what} could exist on ${p.on}: the Northern Ireland Act's provisions on orders came into operation on 19 October 2023.`,
};

const LIMB_WORDS: Readonly<Record<string, string>> = {
  residesIn: "resides in",
  believedToBeIn: "is believed by the Chief Constable to be in",
  intendsToComeTo: "is believed by the Chief Constable to intend to come to",
};

export const niApplicationMessages = {
  "applicant.chief-officer": {
    "ni-chief-constable": () => "The Chief Constable of the Police Service of Northern Ireland is the one person who may apply for a stalking protection order in Northern Ireland.",
  },
  "applicant.police-area": {
    "ni-in-northern-ireland": (p: { limbs: readonly string[] }) => `The defendant ${p.limbs.map((l) => LIMB_WORDS[l] ?? l).join(", and ")} Northern Ireland.`,
    "ni-place-unclear": () => "A place recorded for the defendant is only \"outside England and Wales\", so whether it is in Northern Ireland cannot be told; record it as the PSNI's area if it is.",
    "ni-unrecorded": () => "Where the defendant resides is not recorded, and no belief that they are in or are coming to Northern Ireland is recorded.",
    "ni-outside": () => "The defendant does not reside in Northern Ireland and the Chief Constable holds no belief that they are in it or intend to come to it.",
  },
  "application.venue": {
    "ni-age": (p: { age: number; madeOn: string; court: string }) =>
      `The defendant is ${p.age} on the application date (${p.madeOn}), so the application goes to ${p.court === "youth-court" ? "a youth court" : "an adult court of summary jurisdiction"}, and stays there even if the defendant turns 18 before it ends.`,
  },
  "application.time-limit": {
    "ni-none": () => "The application is made by complaint and no time limit applies to making it.",
  },
  "application.commencement": niCommencement,
  "order.commencement": niCommencement,
  "ground.A": {
    "ni-undecided": () => "No recorded act is yet judged to be associated with stalking; conduct of a kind the Act does not list counts only once it is judged likely to cause a reasonable person fear, alarm or substantial distress.",
    "ni-none-associated": () => "The only recorded acts are of a kind the Act does not list, and none is judged likely to cause a reasonable person fear, alarm or substantial distress.",
  },
  "ground.A.listed-kinds": {
    "judged-not-set-aside": (p: { acts: readonly string[] }) =>
      `The record says ${p.acts.join(", ")} ${p.acts.length === 1 ? "is" : "are"} not associated with stalking, but ${p.acts.length === 1 ? "its kind is" : "their kinds are"} on the Act's list, so ${p.acts.length === 1 ? "it counts" : "they count"} whatever the record says.`,
  },
  "ground.A.when-and-where": {
    "ni-anywhere": () => "Acts count wherever in the world they were carried out and whenever, including before the Northern Ireland Act's provisions on orders came into operation on 19 October 2023.",
  },
};
