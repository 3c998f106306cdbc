/**
 * How the Northern Ireland Act words and cites the notification duties (PfS(NI)A 2022 s.14(1)–(4)): its own
 * citations for each duty, and its own sentences wherever the England and Wales ones speak of the local police
 * area (s.15(1) has no such rule) or of sex-offender notification alone (s.14(5) names three schemes).
 */
import { pfs } from "../../../core/citation";
import type { DutyWording } from "../../notification/obligation";

/**
 * The duties' citations and sentences in Northern Ireland.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export const NI_DUTY_WORDING: DutyWording = {
  cites: {
    initial: [pfs("s.14(1)"), pfs("s.14(2)")],
    "new-name": [pfs("s.14(3)")],
    "new-address": [pfs("s.14(4)")],
  },
  say: {
    unchecked: "ni-unchecked",
    "not-notified": "ni-not-notified",
    late: "ni-late",
    pending: "ni-pending",
    exempt: "ni-exempt",
    "exempt-then": "ni-exempt-then",
    "never-applied": "ni-never-applied",
    "edge-of-order": "ni-edge-of-order",
  },
  metEarly: "ni-met-before-move",
};
