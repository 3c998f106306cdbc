/** English sentences for offences (SPA 2019 s.8, s.11): which order, the duty failed, excuse and knowledge. */
import { orderWords } from "./in-force";
import { notificationMessages } from "./notification";
import type { Params } from "../types";

const DUTY_WORDS: Readonly<Record<string, string>> = {
  initial: "initial notification",
  "new-name": "notification of a new name",
  "new-address": "notification of a new home address",
};

/** A duty's own sentence (the obligation's), from its kind and variant carried in the params. */
function dutySays(p: Params): string {
  const kind = String(p.duty);
  const say = (notificationMessages as unknown as Record<string, Record<string, (q: Params) => string>>)[`notification.${kind}`]?.[String(p.dutyVariant)];
  return say === undefined ? "" : say(p);
}

/** A duty's params with which duty it is: its kind and variant. */
export type Duty = Params & { duty: string; dutyVariant: string };

const excuse = {
  accepted: () => "A reasonable excuse is accepted, so no offence is committed.",
  "not-accepted": () => "No reasonable excuse is accepted.",
  undecided: () => "Whether there was a reasonable excuse has not been decided; it is a defence and a judgement for the court.",
};

export const offenceMessages = {
  "breach.order": {
    ambiguous: (p: { term: string; orders: readonly string[] }) =>
      `Term ${p.term} is a term of more than one order that may have been in effect at the time (${p.orders.join(", ")}), so which order was breached cannot be told.`,
    "only-candidate": (p: { term: string; kind: string; id: string }) => `Term ${p.term} is checked against the ${orderWords(p)}, the only order with that term that may have been in effect at the time.`,
    "none-in-effect": (p: { term: string; orders: readonly string[]; kind: string; id: string }) =>
      `Term ${p.term} is a term only of orders that were not in effect at the time (${p.orders.join(", ")}); it is checked against the ${orderWords(p)}.`,
  },
  "breach.reasonable-excuse": excuse,
  "notification-failure.reasonable-excuse": excuse,
  "fingerprints.reasonable-excuse": excuse,
  "breach.knowledge": {
    unserved: () => "The order is not recorded as served, so whether the defendant knew of it will be in issue.",
    "service-day": (p: { servedOn: string }) =>
      `The act was on the day the order was served (${p.servedOn}) and without both times it may have come first, so whether the defendant knew of the order will be in issue.`,
    "before-service": (p: { servedOn: string }) => `The act was before the order was served on ${p.servedOn}, so whether the defendant knew of the order will be in issue.`,
  },
  "notification-failure.duty": {
    "initial-ambiguous": (p: { count: number }) => `${p.count} orders each bring an initial notification duty, so which one this failure is of cannot be told.`,
    "no-initial-duty": () => "No order of the history brings an initial notification duty.",
    "events-unrecorded": (p: { kind: string }) =>
      `No ${p.kind === "new-name" ? "new name used" : "change of home address"} is recorded, so the duty this failure is of cannot be checked; record the ${p.kind === "new-name" ? "name-used" : "address-changed"} event.`,
    "no-ended-duty": (p: { kind: string; first: string }) => `No duty of ${DUTY_WORDS[p.kind] ?? p.kind} had a period that ended before ${p.first}.`,
    "duty-says": (p: Duty) => dutySays(p),
    unserved: () => "The order is not recorded as served, so when the initial period ended cannot be told.",
    "period-running": (p: { kind: string; lastDay: string; first: string }) => `The ${DUTY_WORDS[p.kind] ?? p.kind} period runs to the end of ${p.lastDay}, so there was no failure on ${p.first}.`,
    met: (p: Duty) => `The duty was met: ${dutySays(p)}`,
    failed: (p: { kind: string; trigger: string; lastDay: string; first: string }) =>
      `The ${DUTY_WORDS[p.kind] ?? p.kind} period ran from ${p.trigger} to the end of ${p.lastDay} and the duty was not met, so the failure began by ${p.first}.`,
  },
  "notification-failure.continuing": {
    "first-day": (p: { first: string }) => `The offence is committed on ${p.first}, the first day of failure, and continues while the failure lasts; there can be only one prosecution for the same failure.`,
  },
  "incident.subject": {
    "no-order": () => "No order is recorded, so the person was not subject to the notification requirements.",
  },
  "false-information.knowledge": {
    knew: () => "The person knew the information notified was false.",
    "not-shown": () => "The person is not shown to have known the information was false, and the offence needs that knowledge.",
    undecided: () => "Whether the person knew the information was false has not been decided.",
  },
  "offence.commencement": {
    before: (p: { on: string }) => `No offence under the Act could be committed on ${p.on}: it came into force on 20 January 2020.`,
  },
  "offence.venue": {
    "where-found": () => "Proceedings for this offence may be brought in any court with jurisdiction where the person resides or is found.",
  },
  "incident.after-as-of": {
    "not-assessed": (p: { on: string; asOf: string }) => `The incident (${p.on}) is after ${p.asOf}, so it is not assessed: the position is taken as at that time.`,
  },
};
