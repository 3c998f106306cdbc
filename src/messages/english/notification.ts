/** English sentences for notification (SPA 2019 s.9, s.10): the duties, the exemption, the method, identification. */
import { orderWords } from "./in-force";
import { article, forceName } from "./words";

/** What a duty is about: the initial notification's content, or the new name or address. */
function label(kind: string, subject: string): string {
  if (kind === "new-name") return `New name "${subject}"`;
  if (kind === "new-address") return `New home address "${subject}"`;
  return "Name(s) and home address";
}

const wrong = (p: { wrongOn: string }): string =>
  p.wrongOn === "" ? "" : ` The notification on ${p.wrongOn} was given at a station outside the person's local police area, so it does not count.`;

export interface Period {
  subject: string;
  trigger: string;
  lastDay: string;
}

/** The sentences a duty of one kind can say, with its label. */
function duty(kind: "initial" | "new-name" | "new-address") {
  const what = (p: { subject: string }) => label(kind, p.subject);
  return {
    met: (p: Period & { on: string }) => `${what(p)} notified on ${p.on}, within the 3 days ending on ${p.lastDay}.`,
    unchecked: (p: Period & { on: string }) =>
      `${what(p)} notified on ${p.on}, within the 3 days ending on ${p.lastDay}, but whether it was given at a police station in the person's local police area cannot be told.`,
    "not-notified": (p: Period & { wrongOn: string }) => `${what(p)} not notified by the end of ${p.lastDay}, the last of the 3 days beginning with ${p.trigger}.${wrong(p)}`,
    late: (p: Period & { on: string; wrongOn: string }) => `${what(p)} notified late, on ${p.on}; the 3 days beginning with ${p.trigger} ended at the end of ${p.lastDay}.${wrong(p)}`,
    pending: (p: Period & { wrongOn: string }) => `${what(p)} not yet notified; the 3 days beginning with ${p.trigger} run to the end of ${p.lastDay}.${wrong(p)}`,
    exempt: () => "The person is subject to sex-offender notification under SOA 2003 Part 2, so these requirements do not apply.",
    "exempt-then": (p: { subject: string }) => `${what(p)} dates from while the person was subject to sex-offender notification, when these requirements did not apply.`,
    "never-applied": (p: { ended: string }) => `Sex-offender notification ended on ${p.ended}, when the order was no longer in effect, so these requirements never applied.`,
    "replaces-interim": () => "This full order replaces an interim order, so no initial notification is required under it.",
    unserved: () => "The order is not recorded as served, so the 3 days for the initial notification have not started.",
    "ceased-before-service": (p: { interim: boolean; servedOn: string }) =>
      `The ${p.interim ? "interim order had ceased to have effect" : "order had ceased to have effect"} before it was served on ${p.servedOn}, so the person was not subject to it on service and no initial notification is required under it.`,
    "served-as-ceased": (p: { servedOn: string }) =>
      `The order was served on ${p.servedOn}, the day it ceased to have effect, and without both times it cannot be said whether the person was still subject to it on service.`,
    covered: (p: { subject: string }) => `${what(p)} is covered by the initial notification, which must give every name used and the home address.`,
    "before-order": (p: { subject: string }) => `${what(p)} dates from before the order was made.`,
    "not-subject": (p: { subject: string }) => `${what(p)} dates from when the person was not subject to any order in effect.`,
    "edge-of-order": (p: Period) =>
      `${what(p)} dates from the day an order began or ceased to have effect, and without times it cannot be said whether the person was then under the notification requirements.`,
    "used-again": (p: { subject: string; first: string }) => `${what(p)} was first used on ${p.first}, when the duty to notify it arose.`,
    "already-notified": (p: { subject: string; on: string }) => `${what(p)} had already been notified on ${p.on}.`,
    "notified-unchecked": (p: Period & { on: string }) =>
      `${what(p)} was notified on ${p.on}, before it was used, but whether that notification was given at a station that counts cannot be told.`,
  };
}

export const notificationMessages = {
  "notification.initial": duty("initial"),
  "notification.new-name": duty("new-name"),
  "notification.new-address": duty("new-address"),
  "notification.exemption": {
    subject: () => "The person is subject to sex-offender notification under SOA 2003 Part 2, so no SPA notification requirement applies while that lasts.",
    "not-in-effect": (p: { ended: string; kind: string; id: string }) =>
      `Sex-offender notification ended on ${p.ended}, but the ${orderWords(p)} was not in effect that day, so SPA notification never applied under it.`,
  },
  "notification.final-day": {
    "from-final-day": (p: { ended: string; kind: string; id: string }) =>
      `Sex-offender notification ended on ${p.ended} (the final day) while the ${orderWords(p)} was in effect, so the requirements apply from that day and the initial 3 days run from it instead of from service.`,
  },
  "notification.after-as-of": {
    ignored: (p: { count: number; asOf: string }) =>
      `${p.count} event${p.count === 1 ? "" : "s"} or notification${p.count === 1 ? "" : "s"} dated after ${p.asOf} ${p.count === 1 ? "is" : "are"} ignored: the position is assessed as at that time.`,
  },
  "notification.method": {
    "station-without-area": (p: { on: string; force: string }) =>
      `The notification on ${p.on} was given at ${article(forceName(p.force))} ${forceName(p.force)} station, and which police area that station is in is not recorded.`,
    "area-unknown": (p: { on: string; force: string; why: string }) =>
      `The person's local police area on ${p.on} cannot be told (${AREA_UNKNOWN[p.why] ?? p.why}), so it cannot be checked that the ${forceName(p.force)} station was in it.`,
    "in-area": (p: { on: string; force: string }) => `The notification on ${p.on} was given at a police station in the person's local police area (${forceName(p.force)}).`,
    "outside-area": (p: { on: string; force: string; area: string }) =>
      `The notification on ${p.on} was given at ${article(forceName(p.force))} ${forceName(p.force)} station, but the person's local police area was that of ${forceName(p.area)}; a notification given outside that area is not a notification under s.9 and meets no duty.`,
  },
  "notification.method-not-checked": {
    unrecorded: (p: { count: number }) =>
      `${p.count === 1 ? "One notification does" : `${p.count} notifications do`} not record the police station, so where ${p.count === 1 ? "it was" : "they were"} given was not checked; timing and content decide (convention).`,
  },
  "notification.no-pauses": {
    "every-day": () => "The 3-day periods count every calendar day in London; the Act makes no exception for weekends, bank holidays, custody, hospital or absence abroad.",
  },
  "identification.fingerprints": {
    allowed: () => "The person must allow their fingerprints to be taken if asked when notifying, to verify their identity.",
  },
  "identification.photograph": {
    allowed: () => "The person must allow photographs to be taken if asked when notifying, to verify their identity.",
    image: (p: { kind: string }) =>
      `The person must allow photographs to be taken if asked when notifying, to verify their identity (a ${p.kind.replaceAll("-", " ")} is a photograph: it includes any process producing an image).`,
  },
  "identification.not-allowed": {
    "no-power": (p: { kind: string }) =>
      `The Act gives no power to take ${p.kind === "dna" ? "DNA" : p.kind} or any other sample: only fingerprints and photographs may be required, to verify identity.`,
  },
  "identification.purpose": {
    "verify-identity": () => "Fingerprints and photographs may be taken only for the purpose of verifying the person's identity.",
  },
};

/** Why the local police area cannot be told, by reason id. */
const AREA_UNKNOWN: Readonly<Record<string, string>> = {
  "area-unrecorded": "the police area of the person's home address is not recorded",
  "no-home-no-court": "no home address is recorded, and the area of the court that last made an order is not recorded either",
  "outside-no-court": "the person has no home address in England and Wales, and the area of the court that last made an order is not recorded",
};
