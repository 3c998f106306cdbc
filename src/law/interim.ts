/**
 * Interim stalking protection orders (SPA 2019 s.5): made while the main application is undetermined, by
 * the same chief officer; they have effect only for a fixed period, with no minimum, and cease when the
 * main application is determined. Only the defendant or the chief officer who applied may apply to vary,
 * renew or discharge one, and there is no two-year lock. Northern Ireland interim orders (PfS(NI)A 2022 s.11) are
 * in `ni/interim.ts`.
 */
import { decide, inform, type Finding } from "../core/assessment";
import { compareWhen, parseWhen } from "../core/calendar";
import { spa } from "../core/citation";
import type { LocalDate } from "../core/calendar";
import { jurisdictionOf, type ForceId } from "../model/forces";
import { parseInput } from "../core/errors";
import { ForceSchema, type Order } from "../model/schemas";
import { niMainApplicationFindings } from "./ni/interim";

/** The duration finding for an interim order: a fixed period only, no minimum (s.5(6)(a)). */
export function interimDurationFinding(order: Order): Finding {
  const cite = [spa("s.5(6)(a)")];
  if (order.duration.type === "until-further-order") return decide("order.duration", "no", "interim-until-further-order", {}, cite);
  const lastDay = order.duration.lastDay;
  if (lastDay < order.madeOn) return decide("order.duration", "no", "interim-ends-before-made", { lastDay, madeOn: order.madeOn }, cite);
  return decide("order.duration", "yes", "interim", { lastDay }, cite);
}

/**
 * Notes and checks on the determination of the main application (s.5(6)(b)). `inferredFrom` is the full order
 * replacing this one when the determination is not recorded and is taken from that order's making.
 */
export function determinationFindings(order: Order, inferredFrom?: Order): Finding[] {
  const on = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const cite = [spa("s.5(6)(b)")];
  if (inferredFrom !== undefined) {
    return [inform("order.interim-determination", "inferred", { on: inferredFrom.madeOn, by: inferredFrom.id ?? "" }, cite)];
  }
  if (on === undefined) return [inform("order.interim-determination", "pending", {}, cite)];
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeAt ?? order.madeOn));
  if (cmp !== null && cmp < 0) return [decide("order.interim-determination", "no", "before-made", {}, [spa("s.5(1)"), ...cite])];
  return [inform("order.interim-determination", "determined", { on: parseWhen(on).date }, cite)];
}

/**
 * The interim order against the main application (s.5(1)–(2)): made on an application by the same chief officer
 * as the main application, at the same time or after it was made. Without the main application in the record the
 * check is not made, and an informative finding says so. A Northern Ireland interim order is checked under
 * PfS(NI)A 2022 s.11(2)–(3), where the Chief Constable alone applies.
 */
export function mainApplicationFindings(order: Order, application: { madeOn: LocalDate; applicant: { force: ForceId } } | undefined): Finding[] {
  if (jurisdictionOf(order.applicantForce) === "northern-ireland") return niMainApplicationFindings(order, application);
  const cite = [spa("s.5(1)"), spa("s.5(2)")];
  if (order.kind !== "interim") return [];
  if (application === undefined) return [inform("order.interim-application", "not-recorded", {}, cite, "unknown", ["application"])];
  const same = application.applicant.force === order.applicantForce;
  const timing = { madeOn: order.madeOn, applicationMadeOn: application.madeOn };
  return [
    same
      ? decide("order.interim-applicant", "yes", "same", { force: order.applicantForce }, [spa("s.5(2)")])
      : decide("order.interim-applicant", "no", "different", { force: order.applicantForce, mainApplicant: application.applicant.force }, [spa("s.5(2)")]),
    order.madeOn >= application.madeOn ? decide("order.interim-timing", "yes", "after", timing, cite) : decide("order.interim-timing", "no", "before", timing, cite),
  ];
}

/**
 * Who may apply to vary, renew or discharge an interim order: the defendant, or the chief officer of police
 * who applied for it (s.5(7)). No consents are needed and there is no two-year lock. For a Northern Ireland
 * interim order the answer is the same in form: the defendant or the Chief Constable, the PSNI being the only
 * force that applies there (PfS(NI)A 2022 s.11(7)).
 * @example interimVariationApplicants(order) // { defendant: true, chiefOfficer: "kent" }
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/5
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function interimVariationApplicants(order: Pick<Order, "applicantForce">): { defendant: true; chiefOfficer: ForceId } {
  const parsed = parseInput(ForceSchema, (order as { applicantForce?: unknown } | null)?.applicantForce, "order.applicantForce");
  return { defendant: true, chiefOfficer: parsed };
}
