/** English sentences of the Northern Ireland rules (PfS(NI)A 2022): offences. Merged variant by variant with the England and Wales ones. */
import { niNotificationMessages } from "./ni-notification";
import { notificationMessages } from "./notification";
import type { Duty } from "./offences";
import type { Params } from "../types";

type Say = (q: Params) => string;

/** A duty's own sentence, from its kind and variant carried in the params: a Northern Ireland variant, else one both Acts share. */
function dutySays(p: Duty): string {
  const rule = `notification.${String(p.duty)}`;
  const variant = String(p.dutyVariant);
  const find = (catalogue: unknown): Say | undefined => (catalogue as Record<string, Record<string, Say> | undefined>)[rule]?.[variant];
  const say = find(niNotificationMessages) ?? find(notificationMessages);
  return say === undefined ? "" : say(p);
}

export const niOffencesMessages = {
  "offence.commencement": {
    "ni-before": (p: { on: string }) =>
      `No offence under the Northern Ireland Act could be committed on ${p.on}: its offences of breaching an order and of notification came into operation on 19 October 2023.`,
  },
  "penalty.summary-custody": {
    "ni-fixed": (p: { months: number; years: number }) =>
      `The Northern Ireland Act fixes the maximum whatever the dates of offence and conviction: on summary conviction ${p.months} months' custody or a fine not exceeding the statutory maximum, or both; on indictment ${p.years} years or a fine, or both.`,
  },
  "breach.territorial-reach": {
    "ni-uk-wide": (p: { term: string; kind: string }) =>
      `Term ${p.term} is to be complied with throughout the United Kingdom, so a breach anywhere in the United Kingdom is an offence; outside the United Kingdom it is one only if, at the time of the act, the defendant resides in Northern Ireland or is a UK national, or was resident in Northern Ireland when ${p.kind === "interim" ? "the main application" : "the application for the order"} was made. Where the act took place is not recorded, so this is not checked.`,
    "ni-locality": (p: { term: string; locality: string }) =>
      `Term ${p.term} is expressly limited to ${p.locality}, so it is to be complied with there only; where the act took place is not recorded, so this is not checked.`,
  },
  "notification-failure.duty": {
    "ni-duty-says": (p: Duty) => dutySays(p),
    "ni-met": (p: Duty) => `The duty was met: ${dutySays(p)}`,
  },
};
