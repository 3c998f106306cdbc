/**
 * Commencement in Northern Ireland: the Act's order provisions (PfS(NI)A 2022 ss.6–17) came into operation on
 * 19 October 2023 (S.R. 2023/174 art.2). No application, order or offence under them can exist earlier; acts
 * before then still count as grounds (s.7(4)(b), s.8(7)(b)).
 */
import { decide, type Finding } from "../../core/assessment";
import { NI_COMMENCEMENT_CITATION, pfs } from "../../core/citation";
import type { LocalDate } from "../../core/calendar";

/**
 * The day the Northern Ireland Act's order provisions came into operation: 19 October 2023 (S.R. 2023/174 art.2).
 * @see https://www.legislation.gov.uk/nisr/2023/174
 */
export const NI_COMMENCEMENT_DATE: LocalDate = "2023-10-19";

/**
 * A deciding finding that something (`"application"`, `"order"`, `"offence"`) dated `on` is not before the
 * Northern Ireland commencement; `provision` is the section that creates it (`"s.7(2)"`, `"s.8(2)"`, `"s.11(3)"`).
 * @see https://www.legislation.gov.uk/nisr/2023/174
 */
export function niCommencementFinding(rule: "application.commencement" | "order.commencement", what: string, on: LocalDate, provision: string): Finding {
  const ok = on >= NI_COMMENCEMENT_DATE;
  return decide(rule, ok ? "yes" : "no", ok ? "ni-yes" : "ni-before", { what, on }, [NI_COMMENCEMENT_CITATION, pfs(provision)]);
}
