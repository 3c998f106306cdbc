/**
 * Interim stalking protection orders (SPA 2019 s.5): made while the main application is undetermined, by
 * the same chief officer; they have effect only for a fixed period, with no minimum, and cease when the
 * main application is determined. Only the defendant or the chief officer who applied may apply to vary,
 * renew or discharge one, and there is no two-year lock.
 */
import { decide, inform, type Finding } from "../core/assessment";
import { compareWhen, parseWhen } from "../core/calendar";
import { spa } from "../core/citation";
import type { LocalDate } from "../core/calendar";
import { getForce, type ForceId } from "../model/forces";
import { parseInput } from "../core/errors";
import { ForceSchema, type Order } from "../model/schemas";

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

/**
 * Notes and checks on the determination of the main application (s.5(6)(b)). `inferredFrom` is the full order
 * replacing this one when the determination is not recorded and is taken from that order's making.
 */
export function determinationFindings(order: Order, inferredFrom?: Order): Finding[] {
  const on = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const cite = [spa("s.5(6)(b)")];
  if (inferredFrom !== undefined) {
    return [
      inform(
        "order.interim-determination",
        `The main application is not recorded as determined; it is taken as determined on ${inferredFrom.madeOn}, when the full order ${inferredFrom.id ?? ""} replacing this interim order was made, and the interim order ceased then (convention).`.replace("order  replacing", "order replacing"),
        cite,
      ),
    ];
  }
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
 * The interim order against the main application (s.5(1)–(2)): made on an application by the same chief officer
 * as the main application, at the same time or after it was made. Without the main application in the record the
 * check is not made, and an informative finding says so.
 */
export function mainApplicationFindings(order: Order, application: { madeOn: LocalDate; applicant: { force: ForceId } } | undefined): Finding[] {
  const cite = [spa("s.5(1)"), spa("s.5(2)")];
  if (order.kind !== "interim") return [];
  if (application === undefined) {
    return [inform("order.interim-application", "The main application is not in the case file, so it is not checked that the interim order was applied for by the same chief officer, with or after it.", cite, "unknown", ["application"])];
  }
  const findings: Finding[] = [];
  const same = application.applicant.force === order.applicantForce;
  findings.push(
    same
      ? decide("order.interim-applicant", "yes", `The interim order was applied for by the chief officer who made the main application (${getForce(order.applicantForce).chiefOfficer}).`, [spa("s.5(2)")])
      : decide(
          "order.interim-applicant",
          "no",
          `The interim order was applied for by the ${getForce(order.applicantForce).chiefOfficer}, but the main application was made by the ${getForce(application.applicant.force).chiefOfficer}; only the chief officer who made the main application may apply for an interim order.`,
          [spa("s.5(2)")],
        ),
  );
  findings.push(
    order.madeOn >= application.madeOn
      ? decide("order.interim-timing", "yes", `The interim order was made on ${order.madeOn}, on or after the main application was made on ${application.madeOn}.`, cite)
      : decide("order.interim-timing", "no", `The interim order was made on ${order.madeOn}, before the main application was made on ${application.madeOn}; an interim order can be made only once the main application has been made.`, cite),
  );
  return findings;
}

/**
 * Who may apply to vary, renew or discharge an interim order: the defendant, or the chief officer of police
 * who applied for it (s.5(7)). No consents are needed and there is no two-year lock.
 * @example interimVariationApplicants(order) // { defendant: true, chiefOfficer: "kent" }
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/5
 */
export function interimVariationApplicants(order: Pick<Order, "applicantForce">): { defendant: true; chiefOfficer: ForceId } {
  const parsed = parseInput(ForceSchema, (order as { applicantForce?: unknown } | null)?.applicantForce, "order.applicantForce");
  return { defendant: true, chiefOfficer: parsed };
}
