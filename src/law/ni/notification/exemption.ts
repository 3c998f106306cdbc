/**
 * The exemption in Northern Ireland (PfS(NI)A 2022 s.14(5)–(7)): none of the notification requirements apply to
 * a person subject to notification requirements under SOA 2003 Part 2 (s.14(5)(a)), Part 8 of the "Justice
 * (Northern Ireland) Act 2015" as the Act names the Justice Act (Northern Ireland) 2015 (s.14(5)(b)), or
 * Schedule 3 to the Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern
 * Ireland) 2015 (s.14(5)(c)); `sexOffenderNotification.scheme` says which. If that ends on a day after an order
 * was made (the "final day") while the order is in effect, the requirements apply from the final day, which
 * replaces the order's coming into force for the initial 3 days (s.14(6)–(7)).
 *
 * Readings (conventions): `subjectWhenOrderMade: true` means subject when each order made on or before `endedOn`
 * was made, as in England and Wales; an order in effect on the whole or part of the final day "remains in
 * effect" on it; an exemption ending after an order was made but before it came into force leaves the ordinary
 * rule — the person is not exempt when it comes into force, so its 3 days run from then (the Act is silent).
 */
import { inform, joinPath, type Finding } from "../../../core/assessment";
import { parseWhen, type LocalDate, type ParsedWhen } from "../../../core/calendar";
import { withFields } from "../../../core/objects";
import { otherAct, pfs, SOA_PART_2_CITATION, type Citation } from "../../../core/citation";
import type { Verdict } from "../../../core/verdict";
import type { SexOffenderNotification } from "../../../model/schemas";
import { EXEMPTION_SCHEMES } from "../../../model/schemas/notification";
import type { OrderEntry } from "../../history";
import type { Exemption, InitialExemption } from "../../notification/exemption";
import { comesIntoForceOn, lastDayOfEffect } from "../duration";

/** A notification scheme of s.14(5). */
export type ExemptionScheme = (typeof EXEMPTION_SCHEMES)[number];

/**
 * Where each scheme is: the paragraph of s.14(5) naming it and the provision of the other Act.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export const EXEMPTION_SCHEME_CITATIONS: Readonly<Record<ExemptionScheme, readonly Citation[]>> = Object.freeze({
  "soa-2003-part-2": Object.freeze([pfs("s.14(5)(a)"), SOA_PART_2_CITATION]),
  "justice-ni-2015-part-8": Object.freeze([pfs("s.14(5)(b)"), Object.freeze(otherAct("Justice Act (NI) 2015", "nia/2015/9", "Part 8", "part/8"))]),
  "human-trafficking-ni-2015-sch-3": Object.freeze([
    pfs("s.14(5)(c)"),
    Object.freeze(otherAct("Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (NI) 2015", "nia/2015/2", "Sch. 3", "schedule/3")),
  ]),
});

type InEffect = { verdict: Verdict; missing: string[] };
const YES: InEffect = { verdict: "yes", missing: [] };
const NO: InEffect = { verdict: "no", missing: [] };

/**
 * Whether a Northern Ireland order had effect on the whole or part of `day`, by date: from its coming into force
 * to the last day of its terms, a discharge, or (interim) its cessation on the main application (s.9, s.11(6),
 * (9), (10)) — an ending event's own day counting as in effect. Unknown where the cessation is not recorded.
 */
function inEffectOn(entry: OrderEntry, day: LocalDate): InEffect {
  const { order, path } = entry;
  const unknown = (field: string): InEffect => ({ verdict: "unknown", missing: [joinPath(path, field)] });
  if (comesIntoForceOn(order) > day) return NO;
  const last = lastDayOfEffect(order);
  if (last !== null && day > last) return NO;
  const discharged = order.dischargedOn ?? (order.dischargedAt === undefined ? undefined : parseWhen(order.dischargedAt).date);
  if (discharged !== undefined && day > discharged) return NO;
  if (order.kind !== "interim") return YES;
  const determined = order.mainApplicationDeterminedOn ?? (order.mainApplicationDeterminedAt === undefined ? undefined : parseWhen(order.mainApplicationDeterminedAt).date);
  const outcome = order.mainApplicationOutcome;
  if (outcome === "order-made" || outcome === "withdrawn") {
    if (determined === undefined) return day > order.madeOn ? unknown("mainApplicationDeterminedOn") : YES;
    return day > determined ? NO : YES;
  }
  if (outcome === "dismissed") {
    const met = order.appealConditionsMetOn;
    if (met !== undefined) return day > met ? NO : YES;
    return determined === undefined || day > determined ? unknown("appealConditionsMetOn") : YES;
  }
  return determined !== undefined && day > determined ? unknown("mainApplicationOutcome") : YES;
}

/**
 * The person's exemption in Northern Ireland as at `asOf` (`son` absent: subject to no other scheme).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function niExemptionOf(son: SexOffenderNotification | undefined, asOf: ParsedWhen): Exemption {
  const none: Exemption = { eventsExemptBefore: null, variant: "exempt", params: {}, forOrder: () => ({ kind: "none" }), findings: [] };
  if (son === undefined || !son.subjectWhenOrderMade) return none;
  const scheme: ExemptionScheme = son.scheme ?? "soa-2003-part-2";
  const cites = EXEMPTION_SCHEME_CITATIONS[scheme];
  const params = { scheme };
  const ended = son.endedOn;
  if (ended === undefined || ended > asOf.date) {
    return {
      eventsExemptBefore: "always",
      variant: "exempt",
      params,
      forOrder: (entry) => (ended !== undefined && entry.order.madeOn > ended ? { kind: "none" } : { kind: "exempt" }),
      findings: [inform("notification.exemption", "ni-subject", params, [...cites])],
    };
  }
  const findings: Finding[] = [];
  return {
    eventsExemptBefore: ended,
    variant: "exempt-then",
    params,
    forOrder: (entry): InitialExemption => {
      const { order } = entry;
      // Made after the exemption ended: the ordinary rule. Ended the day it was made: not a "subsequent day" (s.14(6)(c)).
      if (order.madeOn >= ended) return { kind: "none" };
      const which = { ended, kind: order.kind, id: order.id ?? "", scheme };
      const inForceOn = comesIntoForceOn(order);
      if (ended < inForceOn) {
        findings.push(inform("notification.exemption", "ni-ended-before-in-force", withFields(which, { inForceOn }), [pfs("s.14(1)"), pfs("s.14(6)(d)"), ...cites]));
        return { kind: "none" };
      }
      const inEffect = inEffectOn(entry, ended);
      if (inEffect.verdict === "no") {
        findings.push(inform("notification.exemption", "ni-not-in-effect", which, [pfs("s.14(6)(d)"), ...cites]));
        return { kind: "never-applied", ended };
      }
      if (inEffect.verdict === "unknown") {
        findings.push(inform("notification.exemption", "ni-in-effect-unknown", which, [pfs("s.14(6)(d)"), ...cites], "unknown", inEffect.missing));
        return { kind: "unknown", ended, variant: "ni-final-day-unknown", missing: inEffect.missing };
      }
      findings.push(inform("notification.final-day", "ni-from-final-day", which, [pfs("s.14(6)"), pfs("s.14(7)")]));
      return { kind: "final-day", day: ended };
    },
    findings,
  };
}
