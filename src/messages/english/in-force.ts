/** English sentences for whether an order or a term has effect at a moment (SPA 2019 s.3, s.4, s.5(6)). */

/** "interim order ISPO-1", "order SPO-2", "order". */
export function orderWords(p: { kind: string; id: string }): string {
  return `${p.kind === "interim" ? "interim order" : "order"}${p.id === "" ? "" : ` ${p.id}`}`;
}

export interface Moment {
  kind: string;
  id: string;
  on: string;
  at: string;
}

const SAME_DAY = "(the library does not guess the order of same-day events)";

function ending(name: (p: Moment) => string) {
  return {
    "same-day": (p: Moment) => `The moment in question falls on ${p.on}, the day the ${name(p)}, and without both times it cannot be said which came first ${SAME_DAY}.`,
    before: (p: Moment) => `The moment in question (${p.at}) is before the ${name(p)} on ${p.on}.`,
    after: (p: Moment) => `The ${name(p)} on ${p.on}, so it had no effect at the moment in question (${p.at}).`,
  };
}

export const inForceMessages = {
  "in-force.made": {
    "same-day": (p: Moment) =>
      `The moment in question falls on ${p.on}, the day the ${orderWords(p)} was made, and without both times it cannot be said whether it came after the order was made ${SAME_DAY}.`,
    before: (p: Moment) => `The moment in question (${p.at}) is before the ${orderWords(p)} was made on ${p.on}.`,
    after: (p: Moment) => `The ${orderWords(p)} had been made (${p.on}) by the moment in question (${p.at}).`,
  },
  "in-force.period": {
    "until-further-order": (p: { kind: string; id: string }) => `The ${orderWords(p)} has effect until a further order.`,
    within: (p: { kind: string; id: string; at: string; lastDay: string }) => `${p.at} is within the ${orderWords(p)}'s fixed period, which ends at the end of ${p.lastDay}.`,
    after: (p: { kind: string; id: string; at: string; lastDay: string }) => `${p.at} is after the ${orderWords(p)}'s fixed period ended at the end of ${p.lastDay}.`,
  },
  "in-force.discharge": ending((p) => `${orderWords(p)} was discharged`),
  "in-force.determination": ending(() => "main application was determined and the interim order ceased"),
  "in-force.term-period": {
    within: (p: { at: string; term: string; lastDay: string }) => `${p.at} is within term ${p.term}'s own period, which ends at the end of ${p.lastDay}.`,
    after: (p: { at: string; term: string; lastDay: string }) => `${p.at} is after term ${p.term}'s own period ended at the end of ${p.lastDay}.`,
  },
};
