/**
 * Notification in Northern Ireland (PfS(NI)A 2022 s.14, s.15): the rules the shared engine asks of the Act,
 * as one object (`NI_NOTIFICATION_LAW`) chosen once from the history's jurisdiction, and identification requests
 * (s.15(3)–(4)).
 */
import { pfs } from "../../../core/citation";
import type { NotificationLaw } from "../../notification/law";
import { niClosingFindings } from "./closing";
import { niEdgeMissing, niNotSubjectVariant, niReplacingFrom } from "./edges";
import { niExemptionOf } from "./exemption";
import { niInitialStart } from "./initial";
import { niMethodOfNotification } from "./method";
import { NI_DUTY_WORDING } from "./wording";

export { EXEMPTION_SCHEME_CITATIONS, niExemptionOf, type ExemptionScheme } from "./exemption";
export { niIdentificationFindings } from "./identification";

/**
 * Northern Ireland: the initial 3 days from coming into force (s.14(1)), three exemption schemes (s.14(5)–(7)),
 * any prescribed police station in Northern Ireland (s.15(1)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 * @see https://www.legislation.gov.uk/nia/2022/17/section/15
 */
export const NI_NOTIFICATION_LAW: NotificationLaw = {
  jurisdiction: "northern-ireland",
  wording: NI_DUTY_WORDING,
  exemption: niExemptionOf,
  initialStart: niInitialStart,
  method: niMethodOfNotification,
  replacingFrom: niReplacingFrom,
  notSubjectVariant: niNotSubjectVariant,
  edgeMissing: niEdgeMissing,
  afterAsOf: [pfs("s.14")],
  closing: niClosingFindings,
};
