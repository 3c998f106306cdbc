/**
 * The notes said once in every Northern Ireland notification assessment (PfS(NI)A 2022 s.14): that no further
 * information is known to be prescribed for the initial notification (s.14(2)(c)), what "home address" means
 * (s.14(8)), and that the 3-day periods count every day.
 */
import { inform, type Finding } from "../../../core/assessment";
import { pfs } from "../../../core/citation";

/**
 * The closing findings of a Northern Ireland notification assessment.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function niClosingFindings(): Finding[] {
  return [
    inform("notification.prescribed-information", "none-known", {}, [pfs("s.14(2)(c)")]),
    inform("notification.home-address", "ni-meaning", {}, [pfs("s.14(8)")]),
    inform("notification.no-pauses", "ni-every-day", {}, [pfs("s.14(1)"), pfs("s.14(3)"), pfs("s.14(4)")]),
  ];
}
