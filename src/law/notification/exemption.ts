/**
 * The exemption for a person subject to sex-offender notification (SPA 2019 s.9(5)–(7)). It is the person's:
 * while it lasts none of the notification requirements apply, for any order; if it ends on a day after an order
 * was made (the "final day") while that order is in effect, the requirements apply from the final day and the
 * order's initial 3 days run from it instead of from service.
 *
 * Reading of the record (convention): `subjectWhenOrderMade: true` means the person was subject when each order
 * made on or before `endedOn` (every order, without `endedOn`) was made; an order made after `endedOn` is not
 * exempt.
 */
import { inform, type Finding } from "../../core/assessment";
import type { ParamValue } from "../../messages/types";
import { parseWhen, type LocalDate, type ParsedWhen } from "../../core/calendar";
import { SOA_PART_2_CITATION, spa } from "../../core/citation";
import type { Order, SexOffenderNotification } from "../../model/schemas";
import type { OrderEntry } from "../history";
import type { DutyVariant } from "./obligation";

/** How the exemption bears on one order's initial duty. */
export type InitialExemption =
  | { kind: "none" }
  | { kind: "exempt" }
  | { kind: "never-applied"; ended: LocalDate }
  | { kind: "final-day"; day: LocalDate }
  /** Whether the order was in effect on the final day cannot be told (only where the Act's cessation rules leave it open). */
  | { kind: "unknown"; ended: LocalDate; variant: DutyVariant; missing: string[] };

/** The person's exemption as at `asOf`. */
export interface Exemption {
  /** Events before this day happened while the person was exempt; `"always"`: exempt throughout; `null`: never. */
  eventsExemptBefore: LocalDate | "always" | null;
  /** The sentence for a duty that does not arise because of the exemption. */
  variant: "exempt" | "exempt-then";
  /** What the exemption's sentences mention besides (in Northern Ireland, which scheme); none in England and Wales. */
  params: Readonly<Record<string, ParamValue>>;
  forOrder(entry: OrderEntry): InitialExemption;
  findings: Finding[];
}

const SOA_CITES = [spa("s.9(5)"), SOA_PART_2_CITATION];

/** Whether the order had effect on the whole or part of `day` (its made day to its last day, by date). */
function inEffectOn(order: Order, day: LocalDate): boolean {
  const ends: LocalDate[] = [];
  if (order.duration.type === "fixed") ends.push(order.duration.lastDay);
  for (const [on, at] of [
    [order.dischargedOn, order.dischargedAt],
    order.kind === "interim" ? [order.mainApplicationDeterminedOn, order.mainApplicationDeterminedAt] : [undefined, undefined],
  ] as const) {
    const day = on ?? (at === undefined ? undefined : parseWhen(at).date);
    if (day !== undefined) ends.push(day);
  }
  return order.madeOn <= day && ends.every((end) => day <= end);
}

/** The exemption from the record (`son` absent: the person is not subject to sex-offender notification). */
export function exemptionOf(son: SexOffenderNotification | undefined, asOf: ParsedWhen): Exemption {
  const none: Exemption = { eventsExemptBefore: null, variant: "exempt", params: {}, forOrder: () => ({ kind: "none" }), findings: [] };
  if (son === undefined || !son.subjectWhenOrderMade) return none;
  const ended = son.endedOn;
  if (ended === undefined || ended > asOf.date) {
    return {
      eventsExemptBefore: "always",
      variant: "exempt",
      params: {},
      forOrder: (entry) => (ended !== undefined && entry.order.madeOn > ended ? { kind: "none" } : { kind: "exempt" }),
      findings: [inform("notification.exemption", "subject", {}, SOA_CITES)],
    };
  }
  const findings: Finding[] = [];
  return {
    eventsExemptBefore: ended,
    variant: "exempt-then",
    params: {},
    forOrder: (entry) => {
      const { order } = entry;
      // Made after the exemption ended: the ordinary rule. Ended the day it was made: not a "subsequent day".
      if (order.madeOn >= ended) return { kind: "none" };
      if (!inEffectOn(order, ended)) {
        findings.push(inform("notification.exemption", "not-in-effect", { ended, kind: order.kind, id: order.id ?? "" }, [spa("s.9(6)(d)"), ...SOA_CITES]));
        return { kind: "never-applied", ended };
      }
      findings.push(inform("notification.final-day", "from-final-day", { ended, kind: order.kind, id: order.id ?? "" }, [spa("s.9(6)"), spa("s.9(7)")]));
      return { kind: "final-day", day: ended };
    },
    findings,
  };
}
