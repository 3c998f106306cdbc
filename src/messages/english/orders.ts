/** English sentences for orders: terms, content, duration, service, earlier orders, interim orders (SPA 2019 s.2–s.6). */
import { commencement } from "./application";
import { chiefOfficerOf } from "./words";

function count(n: number, what: string): string {
  return n === 0 ? `no ${what}s` : `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** "T1 (to 2027-01-01), T2 (to …)" from parallel lists of ids and days. */
function termsTo(ids: readonly string[], days: readonly string[]): string {
  return ids.map((id, i) => `${id} (to ${days[i] ?? ""})`).join(", ");
}

/** The earlier orders listed for comparison: "SPO-1 (T1: text; T2: text); …; and others". */
function earlierList(p: Earlier): string {
  return p.orders.map((id, i) => `${id === "" ? `earlier order ${i + 1}` : id} (${p.terms[i] === "" || p.terms[i] === undefined ? "no terms" : p.terms[i]})`).join("; ") + (p.more ? "; and others" : "");
}

/** Earlier orders to compare: their ids ("" when none), their terms quoted, whether more were left out. */
export interface Earlier {
  orders: readonly string[];
  terms: readonly string[];
  more: boolean;
}

const TAIL = "The earlier order does not end: both orders have effect together.";

export const orderMessages = {
  "order.commencement": commencement,
  "order.terms": {
    none: () => "The order contains no prohibition or requirement, and an order must prohibit or require something.",
    counts: (p: { prohibitions: number; requirements: number }) => `The order contains ${count(p.prohibitions, "prohibition")} and ${count(p.requirements, "requirement")}.`,
  },
  "order.content": {
    "blank-term": (p: { terms: readonly string[] }) => `Term ${p.terms.join(", ")} does not say what is prohibited or required, and the order must specify each term.`,
    "blank-locality": (p: { terms: readonly string[] }) => `Term ${p.terms.join(", ")} is limited to a locality that is not specified.`,
    complete: () => "The order states the date it was made, its duration, and each term with any locality limit or shorter period.",
  },
  "order.duration": {
    "until-further-order": () => "The order has effect until a further order.",
    long: (p: { lastDay: string; minimum: string }) => `The fixed period ends on ${p.lastDay}; the shortest lawful period, 2 years beginning with the day the order was made, ends on ${p.minimum}.`,
    short: (p: { lastDay: string; minimum: string }) => `The fixed period would end on ${p.lastDay}, before ${p.minimum}: a fixed period must be at least 2 years beginning with the day the order is made.`,
    "interim-until-further-order": () => "An interim order may have effect only for a fixed period, not until a further order.",
    "interim-ends-before-made": (p: { lastDay: string; madeOn: string }) => `The interim order's fixed period would end on ${p.lastDay}, before the order was made on ${p.madeOn}.`,
    interim: (p: { lastDay: string }) => `The interim order has a fixed period ending on ${p.lastDay}; no minimum period applies to interim orders.`,
  },
  "order.term-periods": {
    outlasting: (p: { terms: readonly string[]; lastDays: readonly string[]; orderLastDay: string }) =>
      `Term ${termsTo(p.terms, p.lastDays)} would outlast the order, which ends on ${p.orderLastDay}; a term may be shorter than the order but may not outlast it (convention).`,
    "before-made": (p: { terms: readonly string[]; madeOn: string }) => `Term ${p.terms.join(", ")} would end before the order was made on ${p.madeOn}.`,
    within: (p: { terms: readonly string[]; lastDays: readonly string[] }) =>
      `Term ${termsTo(p.terms, p.lastDays)} has its own shorter period within the order's; a term's period may be shorter than 2 years but may not outlast the order (convention).`,
  },
  "order.term-ids": {
    unique: () => "Each term has its own id, so a breach can name the term breached.",
    repeated: (p: { ids: readonly string[] }) => `Term id ${p.ids.join(", ")} is used for more than one term, so a breach could not say which term it was.`,
  },
  "order.service": {
    unserved: () => "The order is not recorded as served; the initial notification period has not started.",
    "before-made": (p: { servedAt: string; made: string }) => `The order is recorded as served (${p.servedAt}) before it was made (${p.made}).`,
    served: (p: { on: string }) => `The order was served on ${p.on}, not before it was made.`,
  },
  "order.discharge-record": {
    "before-made": (p: { on: string }) => `The order is recorded as discharged (${p.on}) before it was made.`,
  },
  "order.replaces-interim": {
    unnamed: () => "This full order replaces an interim order, so no new initial notification is required.",
    named: (p: { interim: string }) => `This full order replaces interim order ${p.interim}, so no new initial notification is required.`,
  },
  "order.earlier-orders": {
    "not-live": (p: { count: number }) =>
      p.count === 1
        ? "One earlier order was not a full order in force when this order was made, so the compatibility rule does not apply to it."
        : `${p.count} earlier orders were not full orders in force when this order was made, so the compatibility rule does not apply to them.`,
  },
  "order.compatible-with-earlier": {
    undecided: (p: Earlier) =>
      `The defendant is already subject to a full order still in force; no term of this order may be incompatible with its terms, which the library cannot judge: compare ${earlierList(p)}. ${TAIL}`,
    compatible: (p: Earlier) => `The terms are recorded as compatible with the earlier full order still in force (${earlierList(p)}). ${TAIL}`,
    incompatible: (p: Earlier) => `The terms are recorded as incompatible with the earlier full order still in force (${earlierList(p)}).`,
  },
  "order.locality": {
    "whole-uk": (p: { terms: readonly string[] }) => `Term ${p.terms.join(", ")} is not limited to a locality, so it has effect throughout the United Kingdom.`,
  },
  "order.term-judgements": {
    court: () =>
      "Each term must be necessary to protect the person from a risk associated with stalking, and should so far as practicable avoid the defendant's religious beliefs and normal work or education times; these are judgements for the court.",
  },
  "order.interim-determination": {
    inferred: (p: { on: string; by: string }) =>
      `The main application is not recorded as determined; it is taken as determined on ${p.on}, when the full order ${p.by}${p.by === "" ? "" : " "}replacing this interim order was made, and the interim order ceased then (convention).`,
    pending: () => "The main application is not recorded as determined; the interim order ceases when it is.",
    "before-made": () => "The main application is recorded as determined before the interim order was made, yet an interim order can be made only while it is undetermined.",
    determined: (p: { on: string }) => `The main application was determined on ${p.on}; the interim order ceased to have effect then.`,
  },
  "order.interim-application": {
    "not-recorded": () => "The main application is not in the case file, so it is not checked that the interim order was applied for by the same chief officer, with or after it.",
  },
  "order.interim-applicant": {
    same: (p: { force: string }) => `The interim order was applied for by the chief officer who made the main application (${chiefOfficerOf(p.force)}).`,
    different: (p: { force: string; mainApplicant: string }) =>
      `The interim order was applied for by the ${chiefOfficerOf(p.force)}, but the main application was made by the ${chiefOfficerOf(p.mainApplicant)}; only the chief officer who made the main application may apply for an interim order.`,
  },
  "order.interim-timing": {
    after: (p: { madeOn: string; applicationMadeOn: string }) => `The interim order was made on ${p.madeOn}, on or after the main application was made on ${p.applicationMadeOn}.`,
    before: (p: { madeOn: string; applicationMadeOn: string }) =>
      `The interim order was made on ${p.madeOn}, before the main application was made on ${p.applicationMadeOn}; an interim order can be made only once the main application has been made.`,
  },
};
