/**
 * Interim stalking protection orders (SPA 2019 s.5): made while the main application is undetermined, by
 * the same chief officer; they have effect only for a fixed period, with no minimum, and cease when the
 * main application is determined. Only the defendant or the chief officer who applied may apply to vary,
 * renew or discharge one, and there is no two-year lock.
 */
import { decide, inform, type Finding } from "../core/assessment";
import { compareWhen, parseWhen } from "../core/calendar";
import { spa } from "../core/citation";
import type { ForceId } from "../model/forces";
import type { Order } from "../model/schemas";

/** The duration finding for an interim order: a fixed period only, no minimum (s.5(6)(a)). */
export function interimDurationFinding(order: Order): Finding {
  const cite = [spa("s.5(6)(a)")];
  if (order.duration.type === "until-further-order") {
    return decide("order.duration", "no", "An interim order may have effect only for a fixed period, not until a further order.", cite);
  }
  const last = order.duration.lastDay;
  if (last < order.madeOn) {
    return decide("order.duration", "no", `The interim order's fixed period would end on ${last}, before the order was made on ${order.madeOn}.`, cite);
  }
  return decide("order.duration", "yes", `The interim order has a fixed period ending on ${last}; no minimum period applies to interim orders.`, cite);
}

/** Notes and checks on the determination of the main application (s.5(6)(b)). */
export function determinationFindings(order: Order): Finding[] {
  const on = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const cite = [spa("s.5(6)(b)")];
  if (on === undefined) {
    return [inform("order.interim-determination", "The main application is not recorded as determined; the interim order ceases when it is.", cite)];
  }
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeAt ?? order.madeOn));
  if (cmp !== null && cmp < 0) {
    return [decide("order.interim-determination", "no", "The main application is recorded as determined before the interim order was made, yet an interim order can be made only while it is undetermined.", [spa("s.5(1)"), ...cite])];
  }
  return [inform("order.interim-determination", `The main application was determined on ${parseWhen(on).date}; the interim order ceased to have effect then.`, cite)];
}

/**
 * Who may apply to vary, renew or discharge an interim order: the defendant, or the chief officer of police
 * who applied for it (s.5(7)). No consents are needed and there is no two-year lock.
 * @example interimVariationApplicants(order) // { defendant: true, chiefOfficer: "kent" }
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/5
 */
export function interimVariationApplicants(order: Pick<Order, "applicantForce">): { defendant: true; chiefOfficer: ForceId } {
  return { defendant: true, chiefOfficer: order.applicantForce };
}
