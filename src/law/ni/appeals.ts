/**
 * Appeals in Northern Ireland: the Act (PfS(NI)A 2022) has no section on appeals against its orders. Section
 * 11(10)(a) shows that an appeal to the county court lies from a dismissal under the general law of magistrates'
 * courts, which the library does not model; so the answer is `unknown`, never the England and Wales Crown Court
 * rights.
 */
import { decide, type Finding } from "../../core/assessment";
import { pfs } from "../../core/citation";
import type { AppealDecision } from "../appeals";

/** The decision as the words of the appeals catalogue name it. */
function against(d: AppealDecision): string {
  switch (d.decision) {
    case "section-4-order-made":
      return d.onApplicationOf === "chief-officer" ? "section-4-made-on-chief-officer-application" : "section-4-made-on-defendant-application";
    case "section-4-order-refused":
      return d.onApplicationOf === "defendant" ? "section-4-refused-defendant-application" : "section-4-refused-chief-officer-application";
    default:
      return d.decision;
  }
}

/**
 * The finding on an appeal against a Northern Ireland decision: `unknown`, the route not modelled.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function niAppealFindings(decision: AppealDecision): Finding[] {
  return [decide("appeal.route", "unknown", "ni-not-modelled", { against: against(decision) }, [pfs("s.11(10)(a)")])];
}
