/**
 * English sentences of the Northern Ireland rules (PfS(NI)A 2022): orders, whether they have effect, their
 * variation and discharge, and appeals. Merged variant by variant with the England and Wales ones, whose
 * jurisdiction-neutral sentences the Northern Ireland rules also use.
 */
import { AGAINST } from "./appeals-penalties";
import { orderWords, type Moment } from "./in-force";
import { chiefOfficerOf, sentence } from "./words";

/** "T1 (to 2027-01-01), T2 (to …)" from parallel lists of ids and days. */
function termsTo(ids: readonly string[], days: readonly string[]): string {
  return ids.map((id, i) => `${id} (to ${days[i] ?? ""})`).join(", ");
}

const SAME_DAY = "(the library does not guess the order of same-day events)";
const CONVENTION_IN_FORCE = "an order comes into force when it is made unless the record gives a later day (convention: the Act does not say)";
const NOT_LEFT = "so there is nothing left to vary, renew or discharge";

/** How the main application was determined, as the event that ended the interim order. */
function determinedWords(outcome: string): string {
  switch (outcome) {
    case "order-made":
      return "an order was made on the main application";
    case "withdrawn":
      return "the main application was withdrawn";
    default:
      return "the main application was dismissed";
  }
}

/** Per-term periods of a full order: the fixed ones and those until a further order. */
export interface NiTermPeriods {
  fixed: readonly string[];
  lastDays: readonly string[];
  untilFurtherOrder: readonly string[];
  minimum: string;
}

function periods(p: NiTermPeriods): string {
  const parts: string[] = [];
  if (p.fixed.length > 0) parts.push(`term ${termsTo(p.fixed, p.lastDays)} has a fixed period of at least 2 years beginning with the day the order was made (to ${p.minimum} or later)`);
  if (p.untilFurtherOrder.length > 0) parts.push(`term ${p.untilFurtherOrder.join(", ")} has effect until a further order`);
  return parts.join(", and ");
}

/** One consent the Northern Ireland lock needs, by its role. */
function niConsent(role: string): string {
  switch (role) {
    case "defendant-by-applying":
      return "the defendant (implied by applying)";
    case "defendant":
      return "the defendant";
    case "chief-constable-by-applying":
      return "the Chief Constable (implied by applying)";
    default:
      return "the Chief Constable";
  }
}

/** The two-year lock of a Northern Ireland order: the day asked about, the lock's last day, the consents in question. */
export interface NiLock {
  on: string;
  last: string;
  roles: readonly string[];
}

const niLead = (p: NiLock): string => `${p.on} is within the two-year lock (to the end of ${p.last})`;
const niConsents = (p: NiLock): string => p.roles.map(niConsent).join(" and ");

/** Who may apply to vary, renew or discharge a Northern Ireland order (the same for both). */
const niApplicant = {
  "ni-chief-constable": (p: { force: string }) => `The ${chiefOfficerOf(p.force)} may apply.`,
  "ni-not-chief-constable": (p: { force: string }) =>
    `Only the defendant or the Chief Constable of the Police Service of Northern Ireland may apply, and the ${chiefOfficerOf(p.force)} is neither.`,
};

/** Whether a Northern Ireland order still had effect to be changed. */
const niStillInForce = {
  "ni-ended": (p: { lastDay: string }) => `Every term of the order had stopped having effect by the end of ${p.lastDay}, ${NOT_LEFT}.`,
  "ni-ceased": (p: { on: string; outcome: string }) => `The interim order ceased to have effect on ${p.on}, after ${determinedWords(p.outcome)}, ${NOT_LEFT}.`,
  "ni-cessation-unknown": (p: { on: string; outcome: string }) =>
    p.outcome === "dismissed"
      ? `The main application was dismissed, but the day from which no appeal to the county court was pending or possible is not recorded, so whether the interim order still had effect on ${p.on} is not known.`
      : p.outcome === ""
        ? `The main application has been determined, but how is not recorded, so whether the interim order still had effect on ${p.on} is not known.`
        : `The interim order ceased when ${determinedWords(p.outcome)}, but that day is not recorded, so whether it still had effect on ${p.on} is not known.`,
};

/** Record fields the Northern Ireland Act gives no part in who may apply. */
const niIgnored = {
  "ni-area-inputs": (p: { fields: readonly string[] }) =>
    `The record gives ${p.fields.join(" and ")}, which the Northern Ireland Act does not use: the defendant or the Chief Constable may apply whatever the defendant's area, so ${p.fields.length === 1 ? "it is" : "they are"} ignored.`,
};

/** "Term T1 is" or "Terms T1 and T2 are". */
function termsAre(ids: readonly string[]): string {
  return ids.length === 1 ? `Term ${ids[0]} is` : `Terms ${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]} are`;
}

export const niOrdersMessages = {
  "order.content": {
    "ni-complete": () => "The order states the date it was made and each prohibition or requirement, with any locality a term is limited to.",
  },
  "order.duration": {
    "ni-terms": (p: NiTermPeriods) => `${sentence(periods(p))}; each prohibition or requirement has its own period.`,
    "ni-term-short": (p: { terms: readonly string[]; lastDays: readonly string[]; minimum: string }) =>
      `Term ${termsTo(p.terms, p.lastDays)} would have effect for less than 2 years beginning with the day the order was made (to ${p.minimum}), and each fixed period must be at least that long.`,
    "ni-no-terms": () => "The order has no prohibition or requirement, so there is no period to check: each term has its own period.",
  },
  "order.term-periods": {
    "ni-interim-outlasting": (p: { terms: readonly string[]; lastDays: readonly string[]; orderLastDay: string }) =>
      `Term ${termsTo(p.terms, p.lastDays)} would outlast the interim order's fixed period, which ends on ${p.orderLastDay}, and an interim order has effect only for its fixed period.`,
    "ni-interim-within": (p: { terms: readonly string[]; lastDays: readonly string[] }) =>
      `Term ${termsTo(p.terms, p.lastDays)} has its own shorter period within the interim order's fixed period (convention: the Act gives an interim order one fixed period and does not forbid a shorter one for a term).`,
  },
  "order.service": {
    "ni-served": (p: { on: string }) =>
      `The order is recorded as served on ${p.on}; service is for the clerk of petty sessions under the court rules, not a condition of the order, and the notification period runs from the day the order comes into force.`,
    "ni-unserved": () =>
      "The order is not recorded as served; service is for the clerk of petty sessions under the court rules, not a condition of the order, so this changes neither when it has effect nor when notification is due.",
    "ni-before-made": (p: { servedAt: string; made: string }) =>
      `The order is recorded as served (${p.servedAt}) before it was made (${p.made}), which cannot be right, though service is not a condition of the order under the Act.`,
  },
  "order.comes-into-force": {
    "ni-made": (p: { on: string }) =>
      `The order comes into force on ${p.on}, the day it was made: the Act does not say when an order comes into force, so the library takes the day it is made unless the record gives a later day (convention).`,
    "ni-later": (p: { madeOn: string; on: string }) =>
      `The order was made on ${p.madeOn} and is recorded as coming into force on ${p.on}, so it has effect, and the notification period runs, from the start of that day (convention: the Act does not say when an order comes into force).`,
  },
  "order.territorial-reach": {
    "ni-not-limited": (p: { terms: readonly string[] }) =>
      `${termsAre(p.terms)} not limited to a locality, so ${p.terms.length === 1 ? "it" : "each"} must be complied with throughout the United Kingdom, and also everywhere outside it if the defendant resides in Northern Ireland, was resident there when the application for the order was made, or is a UK national; the record holds none of these facts, so whether the reach is outside the United Kingdom is not decided here.`,
    "ni-interim-not-limited": (p: { terms: readonly string[] }) =>
      `${termsAre(p.terms)} not limited to a locality, so ${p.terms.length === 1 ? "it" : "each"} must be complied with throughout the United Kingdom, and also everywhere outside it if the defendant resides in Northern Ireland, was resident there when the main application was made, or is a UK national; the record holds none of these facts, so whether the reach is outside the United Kingdom is not decided here.`,
    "ni-limited": (p: { terms: readonly string[] }) => `Term ${p.terms.join(", ")} is expressly limited to a locality, and must be complied with there.`,
  },
  "order.term-judgements": {
    "ni-court": () =>
      "Each term must be necessary to protect the other person from a risk associated with stalking, and must so far as practicable avoid conflict with the defendant's religious beliefs and interference with their normal work or education times; these are judgements for the court.",
    "ni-interim-court": () =>
      "The court makes an interim order if it considers it appropriate, and its terms must so far as practicable avoid conflict with the defendant's religious beliefs and interference with their normal work or education times; these are judgements for the court.",
  },
  "order.earlier-orders": {
    "ni-scope": () =>
      "Only full Northern Ireland orders the defendant is already subject to are compared: an interim order is a different kind of order under the Act, and the Act does not say whether an order made outside Northern Ireland counts (a case holds the orders of one jurisdiction).",
  },
  "order.interim-determination": {
    "ni-inferred": (p: { on: string; by: string }) =>
      `The main application is not recorded as determined; it is taken as determined on ${p.on}, when the order ${p.by}${p.by === "" ? "" : " "}replacing this interim order was made on it, and the interim order ceased then (convention).`,
    "ni-replaced-outcome": (p: { outcome: string; by: string }) =>
      `The order ${p.by}${p.by === "" ? "" : " "}is recorded as replacing this interim order, yet ${determinedWords(p.outcome)}; the recorded outcome is followed.`,
    "ni-pending": () =>
      "The main application is not recorded as determined; the interim order ceases if an order is made on it or it is withdrawn, or, after a dismissal, once no appeal to the county court can follow.",
    "ni-ceased": (p: { on: string; outcome: string }) => `On ${p.on} ${determinedWords(p.outcome)}, and the interim order ceased to have effect then.`,
    "ni-undated": (p: { outcome: string }) => `The record says ${determinedWords(p.outcome)} but not on which day, so when the interim order ceased is not known.`,
    "ni-dismissed": (p: { on: string; met: string }) =>
      `The main application was dismissed${p.on === "" ? "" : ` on ${p.on}`}; the interim order, if still in force then, ceased on ${p.met}, recorded as the first day when no appeal to the county court was pending, the time for one had expired and no application to extend it was pending; if its fixed period ended first, it ended then (the library's reading: the earlier of the two).`,
    "ni-dismissed-open": (p: { on: string }) =>
      `The main application was dismissed${p.on === "" ? "" : ` on ${p.on}`}, but the day from which no appeal to the county court was pending or possible is not recorded, so when the interim order ceased is not known (it had effect at most until the end of its fixed period).`,
    "ni-dismissed-after-end": (p: { on: string; lastDay: string }) =>
      `The interim order's fixed period ended on ${p.lastDay}, before the main application was dismissed on ${p.on}, so it was not in force when the dismissal came and the rule on dismissal does not apply to it.`,
    "ni-no-outcome": (p: { on: string }) =>
      `The main application was determined on ${p.on}, but whether an order was made on it, it was withdrawn or it was dismissed is not recorded, so when the interim order ceased is not known.`,
  },
  "order.interim-application": {
    "ni-not-recorded": () => "The main application is not in the case file, so it is not checked that the interim order was made with or after it.",
  },
  "order.interim-applicant": {
    "ni-chief-constable": (p: { force: string }) => `The interim order was applied for by the ${chiefOfficerOf(p.force)}, who alone may apply for one.`,
  },
  "in-force.made": {
    "ni-same-day": (p: Moment) =>
      `The moment in question falls on ${p.on}, the day the ${orderWords(p)} was made, and without both times it cannot be said whether it came after the order was made and came into force ${SAME_DAY}.`,
    "ni-before": (p: Moment) => `The moment in question (${p.at}) is before the ${orderWords(p)} was made on ${p.on}.`,
    "ni-after": (p: Moment) => `The ${orderWords(p)} had been made (${p.on}) and so had come into force by the moment in question (${p.at}); ${CONVENTION_IN_FORCE}.`,
    "ni-not-yet": (p: Moment & { madeOn: string }) =>
      `The ${orderWords(p)} was made on ${p.madeOn} but is recorded as coming into force on ${p.on}, after the moment in question (${p.at}).`,
    "ni-came-into-force": (p: Moment & { madeOn: string }) =>
      `The ${orderWords(p)}, made on ${p.madeOn}, is recorded as coming into force on ${p.on}, by the moment in question (${p.at}).`,
  },
  "in-force.period": {
    "ni-until-further-order": (p: { kind: string; id: string; terms: readonly string[] }) =>
      `Term ${p.terms.join(", ")} of the ${orderWords(p)} has effect until a further order, so the order has effect while that term does.`,
    "ni-within": (p: { kind: string; id: string; at: string; lastDay: string }) =>
      `${p.at} is within the period of the ${orderWords(p)}'s last-ending term, which ends at the end of ${p.lastDay}, so at least one of its terms has effect.`,
    "ni-after": (p: { kind: string; id: string; at: string; lastDay: string }) =>
      `${p.at} is after the end of ${p.lastDay}, when the last of the ${orderWords(p)}'s terms stopped having effect.`,
    "ni-interim-no-fixed-period": (p: { kind: string; id: string }) =>
      `The ${orderWords(p)} is recorded with no fixed period, which an interim order must have; it is taken to have effect until it ceases or is discharged.`,
  },
  "in-force.determination": {
    "ni-same-day": (p: Moment & { outcome: string }) =>
      `The moment in question falls on ${p.on}, the day ${determinedWords(p.outcome)} and the interim order ceased, and without both times it cannot be said which came first ${SAME_DAY}.`,
    "ni-before": (p: Moment & { outcome: string }) => `The moment in question (${p.at}) is before ${determinedWords(p.outcome)} on ${p.on}, when the interim order ceased.`,
    "ni-after": (p: Moment & { outcome: string }) => `On ${p.on} ${determinedWords(p.outcome)} and the interim order ceased, so it had no effect at the moment in question (${p.at}).`,
    "ni-undated-before": (p: { kind: string; id: string; at: string }) =>
      `The moment in question (${p.at}) is not after the ${orderWords(p)} was made, so it had not yet ceased.`,
    "ni-undated": (p: { kind: string; id: string; at: string; outcome: string }) =>
      `The ${orderWords(p)} ceased when ${determinedWords(p.outcome)}, but that day is not recorded, so it cannot be said whether it still had effect at the moment in question (${p.at}).`,
    "ni-met-same-day": (p: Moment) =>
      `The moment in question falls on ${p.on}, the day the ${orderWords(p)} ceased after the dismissal of the main application (the first day no appeal could follow), and the time it ceased that day is not recorded ${SAME_DAY}.`,
    "ni-met-before": (p: Moment) => `The moment in question (${p.at}) is before ${p.on}, when the ${orderWords(p)} ceased after the dismissal of the main application.`,
    "ni-met-after": (p: Moment) => `The ${orderWords(p)} ceased on ${p.on}, after the dismissal of the main application, so it had no effect at the moment in question (${p.at}).`,
    "ni-open-before": (p: { kind: string; id: string; at: string }) =>
      `The moment in question (${p.at}) is before the main application was determined, so the ${orderWords(p)} had not ceased by then.`,
    "ni-dismissed-open": (p: { kind: string; id: string; at: string }) =>
      `The main application was dismissed, but the day from which no appeal to the county court was pending or possible is not recorded, so it cannot be said whether the ${orderWords(p)} still had effect at the moment in question (${p.at}).`,
    "ni-no-outcome-open": (p: { kind: string; id: string; at: string }) =>
      `The main application was determined, but how is not recorded, so it cannot be said whether the ${orderWords(p)} still had effect at the moment in question (${p.at}).`,
  },
  "in-force.term-period": {
    "ni-within": (p: { at: string; term: string; lastDay: string }) => `${p.at} is within term ${p.term}'s fixed period, which ends at the end of ${p.lastDay}.`,
    "ni-after": (p: { at: string; term: string; lastDay: string }) => `${p.at} is after term ${p.term}'s fixed period ended at the end of ${p.lastDay}.`,
    "ni-until-further-order": (p: { term: string }) => `Term ${p.term} has effect until a further order.`,
  },
  "discharge.applicant": niApplicant,
  "variation.applicant": niApplicant,
  "discharge.in-force": niStillInForce,
  "variation.in-force": niStillInForce,
  "discharge.ignored": niIgnored,
  "variation.ignored": niIgnored,
  "discharge.lock": {
    "ni-given": (p: NiLock) => `${niLead(p)}, and the consents needed are given: ${niConsents(p)}.`,
    "ni-refused": (p: NiLock) => `${niLead(p)}, so the order cannot be discharged without the consent of ${niConsents(p)}.`,
    "ni-unrecorded": (p: NiLock) => `${niLead(p)}; the consent of ${niConsents(p)} is not recorded.`,
  },
  "variation.term-period": {
    "ni-long": (p: NiTermPeriods) => `Of the added terms, ${periods(p)}.`,
    "ni-short": (p: { terms: readonly string[]; lastDays: readonly string[]; minimum: string }) =>
      `Added term ${termsTo(p.terms, p.lastDays)} would end before the end of 2 years beginning with the day the order was made (${p.minimum}), and every fixed period must be at least that long (the library's reading for terms added on variation or renewal).`,
  },
  "appeal.route": {
    "ni-not-modelled": (p: { against: string }) =>
      `The Northern Ireland Act has no section on appeals against ${AGAINST[p.against] ?? p.against}: it mentions only an appeal to the county court from the dismissal of an application, which lies under the general law and is not modelled, so who may appeal, and by when, is not answered here.`,
  },
};
