/** English sentences of the Northern Ireland rules (PfS(NI)A 2022): notification. Merged variant by variant with the England and Wales ones. */
import { orderWords } from "./in-force";
import type { Period } from "./notification";
import { article, forceName } from "./words";

/** The notification schemes of s.14(5), by scheme id, as a sentence names them. */
const SCHEMES: Readonly<Record<string, string>> = {
  "soa-2003-part-2": "Part 2 of the Sexual Offences Act 2003 (sex-offender notification)",
  "justice-ni-2015-part-8": "Part 8 of the Justice (Northern Ireland) Act 2015, as the Act names it (violent offences prevention orders)",
  "human-trafficking-ni-2015-sch-3":
    "Schedule 3 to the Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015 (slavery and trafficking prevention orders)",
};

const scheme = (p: { scheme: string }): string => SCHEMES[p.scheme] ?? p.scheme;

/** What a duty is about: the initial notification's content, or the new name or address. */
function label(kind: string, subject: string): string {
  if (kind === "new-name") return `New name "${subject}"`;
  if (kind === "new-address") return `New home address "${subject}"`;
  return "Name(s) and home address";
}

const wrong = (p: { wrongOn: string }): string =>
  p.wrongOn === "" ? "" : ` The notification on ${p.wrongOn} was not given at a police station in Northern Ireland prescribed for notification, so it does not count.`;

/** The Northern Ireland sentences a duty of one kind can say. */
function duty(kind: "initial" | "new-name" | "new-address") {
  const what = (p: { subject: string }) => label(kind, p.subject);
  return {
    "ni-unchecked": (p: Period & { on: string }) =>
      `${what(p)} notified on ${p.on}, within the 3 days ending on ${p.lastDay}, but whether it was given at a prescribed police station in Northern Ireland cannot be told.`,
    "ni-not-notified": (p: Period & { wrongOn: string }) => `${what(p)} not notified by the end of ${p.lastDay}, the last of the 3 days beginning with ${p.trigger}.${wrong(p)}`,
    "ni-late": (p: Period & { on: string; wrongOn: string }) => `${what(p)} notified late, on ${p.on}; the 3 days beginning with ${p.trigger} ended at the end of ${p.lastDay}.${wrong(p)}`,
    "ni-pending": (p: Period & { wrongOn: string }) => `${what(p)} not yet notified; the 3 days beginning with ${p.trigger} run to the end of ${p.lastDay}.${wrong(p)}`,
    "ni-met-before-move": (p: Period & { on: string }) =>
      `${what(p)} notified on ${p.on}, before the move on ${p.trigger}: read as notified before the end of the 3 days ending on ${p.lastDay} (the library's reading of "before the end of" in s.14(4); the Act has no express rule on notice given before a move).`,
    "ni-exempt": (p: { scheme: string }) => `The person is subject to notification requirements under ${scheme(p)}, so these requirements do not apply.`,
    "ni-exempt-then": (p: { subject: string; scheme: string }) =>
      `${what(p)} dates from while the person was subject to notification requirements under ${scheme(p)}, when these requirements did not apply.`,
    "ni-never-applied": (p: { ended: string; scheme: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended}, when the order was no longer in effect, so these requirements never applied.`,
    "ni-final-day-unknown": (p: { ended: string; scheme: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended}, and whether the order was still in effect that day cannot be told, so whether these requirements apply from that day is unknown.`,
    "ni-edge-of-order": (p: Period) =>
      `${what(p)} dates from when an order may have ceased to have effect (the day it ceased, without times, or after a cessation the record leaves open), so whether the person was then under the notification requirements cannot be told.`,
    "ni-not-in-force": (p: { inForceOn: string }) => `The order comes into force on ${p.inForceOn}, so the 3 days for the initial notification, which begin with that day, have not started.`,
    "ni-ceased-before-in-force": (p: { interim: boolean; inForceOn: string }) =>
      `The ${p.interim ? "interim order" : "order"} had ceased to have effect before it came into force on ${p.inForceOn}, so the person was never subject to it in force and no initial notification is required under it.`,
    "ni-ceased-unknown": (p: { inForceOn: string }) =>
      `Whether the order had already ceased to have effect when it came into force on ${p.inForceOn} cannot be told, so whether an initial notification is required under it is unknown.`,
  };
}

export const niNotificationMessages = {
  "notification.initial": duty("initial"),
  "notification.new-name": duty("new-name"),
  "notification.new-address": duty("new-address"),
  "notification.exemption": {
    "ni-subject": (p: { scheme: string }) =>
      `The person is subject to notification requirements under ${scheme(p)}, so none of the order's notification requirements apply while that lasts.`,
    "ni-not-in-effect": (p: { ended: string; kind: string; id: string; scheme: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended}, but the ${orderWords(p)} was not in effect that day, so its notification requirements never applied.`,
    "ni-in-effect-unknown": (p: { ended: string; kind: string; id: string; scheme: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended}, and whether the ${orderWords(p)} was still in effect that day cannot be told.`,
    "ni-ended-before-in-force": (p: { ended: string; kind: string; id: string; scheme: string; inForceOn: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended}, before the ${orderWords(p)} came into force on ${p.inForceOn}, so the person was not exempt when it came into force and its initial 3 days run from that day (reading: the Act provides a final day only for an order in effect on it).`,
  },
  "notification.final-day": {
    "ni-from-final-day": (p: { ended: string; kind: string; id: string; scheme: string }) =>
      `Notification under ${scheme(p)} ended on ${p.ended} (the final day) while the ${orderWords(p)} was in effect, so the requirements apply from that day and the initial 3 days run from it instead of from the day the order came into force.`,
  },
  "notification.coming-into-force": {
    "made-day": (p: { kind: string; id: string; on: string }) =>
      `The ${orderWords(p)} came into force on ${p.on}, the day it was made, and its initial 3 days begin with that day, not with service: the Act does not say when an order comes into force, and the record gives no later day (convention).`,
    recorded: (p: { kind: string; id: string; on: string; madeOn: string }) =>
      `The ${orderWords(p)}, made on ${p.madeOn}, comes into force on ${p.on} as recorded, and its initial 3 days begin with that day, not with service.`,
  },
  "notification.prescribed-information": {
    "none-known": () =>
      "No regulations prescribing further information for the initial notification are known to have been made, so it is checked for the person's names and home address only.",
  },
  "notification.home-address": {
    "ni-meaning": () =>
      "The home address is the person's sole or main residence in Northern Ireland; with no residence in Northern Ireland, their sole or main residence in Great Britain; with no residence in the United Kingdom, a place in Northern Ireland where they can regularly be found (of their choice if there are several), or failing that such a place in Great Britain.",
  },
  "notification.method": {
    "ni-how": () =>
      "A notification is given by attending a police station in Northern Ireland prescribed by regulations under section 87(1)(a) of the Sexual Offences Act 2003 and telling any police officer, or a person the officer in charge has authorised, orally; it must be acknowledged in writing, in the form the Department of Justice directs. Any such station will do: there is no local-area rule.",
    "ni-prescribed": (p: { on: string }) => `The notification on ${p.on} was given at a prescribed police station in Northern Ireland.`,
    "ni-not-prescribed": (p: { on: string }) =>
      `The notification on ${p.on} was given at a police station that is not prescribed for notification, so it is not a notification under s.14 and meets no duty.`,
    "ni-outside": (p: { on: string; force: string }) =>
      `The notification on ${p.on} was given at ${article(forceName(p.force))} ${forceName(p.force)} station, which is not in Northern Ireland, so it is not a notification under s.14 and meets no duty.`,
  },
  "notification.method-not-checked": {
    "ni-prescribed-unrecorded": (p: { count: number }) =>
      `${p.count === 1 ? "One notification does" : `${p.count} notifications do`} not record whether the police station was one prescribed for notification, so that was not checked and ${p.count === 1 ? "it counts" : "they count"} (convention).`,
  },
  "notification.no-pauses": {
    "ni-every-day": () =>
      "The 3-day periods count every calendar day (Northern Ireland keeps London time); the Act makes no exception for weekends, bank holidays, custody, hospital or absence abroad.",
  },
  "identification.fingerprints": {
    "ni-allowed": () =>
      "When giving a notification, the person must allow the police officer or authorised person receiving it to take their fingerprints if asked, to verify their identity.",
  },
  "identification.photograph": {
    "ni-allowed": () =>
      "When giving a notification, the person must allow the police officer or authorised person receiving it to photograph any part of them if asked, to verify their identity.",
    "ni-image": (p: { kind: string }) =>
      `When giving a notification, the person must allow the police officer or authorised person receiving it to photograph any part of them if asked, to verify their identity (a ${p.kind.replaceAll("-", " ")} is read as a photograph: the Act does not define the word, convention).`,
  },
  "identification.destruction": {
    "ni-by-cessation": () =>
      "Fingerprints and photographs taken, and any copies, must be destroyed no later than the date the person ceases to be subject to the order (for an interim order not replaced by a full order, the date it ceases): see the key dates.",
  },
};
