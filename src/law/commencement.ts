/**
 * Commencement: the Act's provisions on orders came into force on 20 January 2020 (SI 2020/26 reg.2).
 * No application, order or offence can exist before then; acts before then still count as grounds (s.1(5)).
 */
import { decide, type Finding } from "../core/assessment";
import { COMMENCEMENT_CITATION, spa } from "../core/citation";
import type { LocalDate } from "../core/calendar";

/**
 * The day the Act came into force: 20 January 2020 (SI 2020/26 reg.2).
 * @see https://www.legislation.gov.uk/uksi/2020/26
 */
export const COMMENCEMENT_DATE: LocalDate = "2020-01-20";

/**
 * A deciding finding that something (`"application"`, `"order"`) dated `on` is not before commencement.
 * @see https://www.legislation.gov.uk/uksi/2020/26
 */
export function commencementFinding(rule: "application.commencement" | "order.commencement", what: string, on: LocalDate, provision = what === "order" ? "s.2(1)" : "s.1(1)"): Finding {
  const ok = on >= COMMENCEMENT_DATE;
  return decide(rule, ok ? "yes" : "no", ok ? "yes" : "before", { what, on }, [COMMENCEMENT_CITATION, spa(provision)]);
}
