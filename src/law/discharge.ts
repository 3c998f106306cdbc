/**
 * Variation, renewal and discharge of a full order (SPA 2019 s.4), and of an interim order (s.5(7)–(8)).
 *
 * The two-year lock (s.4(4)(b)): a full order may not be discharged before the end of 2 years beginning with
 * the day it was made unless the defendant consents and, where a chief officer applies, that chief officer;
 * where the defendant applies, the chief officer who applied for the order and, if different, the chief
 * officer for the area where the defendant resides (if that is in England and Wales). Interim orders have no
 * lock: only the defendant or the chief officer who applied for them may apply. A Northern Ireland order is
 * answered under its own Act by `ni/discharge.ts`.
 */
import { assess, decide, inform, type Assessment, type Finding } from "../core/assessment";
import { compareWhen, minimumFixedPeriodLastDay, parseWhen, type LocalDate } from "../core/calendar";
import { spa } from "../core/citation";
import { inputError, parseInput } from "../core/errors";
import { and, verdictOf, type Verdict } from "../core/verdict";
import { getForce, jurisdictionOf } from "../model/forces";
import { DischargeRequestSchema, OrderSchema, VariationRequestSchema, type DischargeRequest, type Order, type VariationRequest } from "../model/schemas";
import { addedTermsNecessity } from "./added-terms-necessity";
import { interimVariationApplicants } from "./interim";
import { niDischargeFindings, niVariationFindings } from "./ni/discharge";

/**
 * The last day of the two-year discharge lock of a full order: the end of 2 years beginning with the day it
 * was made (s.4(4)(b)); the same day as `minimumFixedPeriodLastDay`. Interim orders have no lock: `null`. A
 * Northern Ireland order has the same lock, counted the same way (PfS(NI)A 2022 s.10(3)(b)), and its interim
 * orders none (s.11(7)–(8)).
 * @example dischargeLockLastDay({ kind: "full", madeOn: "2028-02-29", ... }) // "2030-02-28"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/4
 * @see https://www.legislation.gov.uk/nia/2022/17/section/10
 */
export function dischargeLockLastDay(order: Order): LocalDate | null {
  const parsed = parseInput(OrderSchema, order, "order");
  return parsed.kind === "interim" ? null : minimumFixedPeriodLastDay(parsed.madeOn);
}

type AppliedBy = DischargeRequest["appliedBy"];

/**
 * Who may apply: the defendant or a relevant chief officer (s.4(1), s.14(1)); for an interim order, the defendant
 * or the chief officer who applied for it (s.5(7)). A relevant chief officer is the one who applied for the order,
 * the one for the area where the defendant resides, or one who believes the defendant is in or coming to their
 * area — so BTP and MDP, which have no police area, only as the one who applied.
 */
function applicantFinding(rule: "discharge.applicant" | "variation.applicant", order: Order, appliedBy: AppliedBy, residesIn: string | undefined): Finding {
  if (appliedBy.role === "defendant") return decide(rule, "yes", "defendant", {}, [spa(order.kind === "interim" ? "s.5(7)" : "s.4(1)")]);
  const force = { force: appliedBy.force };
  if (order.kind === "interim") {
    const allowed = interimVariationApplicants(order).chiefOfficer === appliedBy.force;
    return decide(rule, allowed ? "yes" : "no", allowed ? "interim-applicant" : "interim-not-applicant", force, [spa("s.5(7)")]);
  }
  const cite = [spa("s.4(1)"), spa("s.14(1)")];
  if (appliedBy.force === order.applicantForce) return decide(rule, "yes", "applied-for-order", force, cite);
  if (!getForce(appliedBy.force).hasPoliceArea) return decide(rule, "no", "no-police-area", force, cite);
  if (appliedBy.force === residesIn) return decide(rule, "yes", "resides", force, cite);
  const belief = verdictOf(appliedBy.believesDefendantInArea);
  if (belief === "yes") return decide(rule, "yes", "believes", force, cite);
  if (residesIn === undefined) {
    // Without the area of residence, this may still be the chief officer for the area where the defendant resides.
    const missing = belief === "unknown" ? ["appliedBy.believesDefendantInArea", "defendantResidesIn"] : ["defendantResidesIn"];
    return decide(rule, "unknown", belief === "no" ? "may-be-residence" : "needs-belief", force, cite, missing);
  }
  return decide(rule, belief === "no" ? "no" : "unknown", "needs-belief", force, cite, belief === "unknown" ? ["appliedBy.believesDefendantInArea"] : []);
}

/** One consent s.4(4)(b) requires: whose (a role and, for a chief officer, the force), and whether it is given. */
interface Consent {
  role: "defendant-by-applying" | "defendant" | "chief-officer-by-applying" | "applicant-for-order" | "residence" | "residence-unrecorded";
  force: string;
  given: boolean | null;
  missing?: string;
}

function consentsNeeded(request: DischargeRequest): Consent[] {
  const { order, appliedBy, consents } = request;
  const listed = new Set<string>(consents.chiefOfficers ?? []);
  const defendant: Consent =
    appliedBy.role === "defendant"
      ? { role: "defendant-by-applying", force: "", given: true }
      : { role: "defendant", force: "", given: consents.defendant ?? null, missing: "consents.defendant" };
  if (appliedBy.role === "chief-officer") {
    // Applying for the discharge is that chief officer's consent to it.
    return [defendant, { role: "chief-officer-by-applying", force: appliedBy.force, given: true }];
  }
  const needed: Consent[] = [defendant, { role: "applicant-for-order", force: order.applicantForce, given: listed.has(order.applicantForce) }];
  const residence = request.defendantResidesIn;
  if (residence === undefined) {
    needed.push({ role: "residence-unrecorded", force: "", given: null, missing: "defendantResidesIn" });
  } else if (residence !== "outside-england-and-wales" && residence !== order.applicantForce) {
    needed.push({ role: "residence", force: residence, given: listed.has(residence) });
  }
  return needed;
}

function lockFinding(request: DischargeRequest): Finding {
  const { order, on } = request;
  if (order.kind === "interim") return inform("discharge.lock", "interim", {}, [spa("s.5(7)"), spa("s.5(8)")]);
  const last = minimumFixedPeriodLastDay(order.madeOn);
  const cite = [spa("s.4(4)(b)")];
  if (on > last) return decide("discharge.lock", "yes", "ended", { last, on }, cite);
  const needed = consentsNeeded(request);
  let verdict: Verdict = "yes";
  for (const c of needed) verdict = and(verdict, verdictOf(c.given));
  const of = (list: Consent[]) => ({ on, last, roles: list.map((c) => c.role), forces: list.map((c) => c.force) });
  if (verdict === "yes") return decide("discharge.lock", "yes", "given", of(needed), cite);
  if (verdict === "no") return decide("discharge.lock", "no", "refused", of(needed.filter((c) => c.given === false)), cite);
  const open = needed.filter((c) => c.given === null);
  return decide("discharge.lock", "unknown", "unrecorded", of(open), cite, open.map((c) => c.missing as string));
}

/** The order must still have effect: an order that has ended, or an interim order that has ceased, has nothing left to change. */
function stillInForceFinding(rule: "discharge.in-force" | "variation.in-force", order: Order, on: LocalDate): Finding {
  const cite = [spa(order.kind === "interim" ? "s.5(6)" : "s.3(1)")];
  if (order.duration.type === "fixed" && on > order.duration.lastDay) return decide(rule, "no", "ended", { lastDay: order.duration.lastDay }, cite);
  const ended = order.dischargedAt ?? order.dischargedOn;
  if (ended !== undefined && parseWhen(ended).date < on) return decide(rule, "no", "discharged", { on: parseWhen(ended).date }, cite);
  const determined = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  if (order.kind === "interim" && determined !== undefined && parseWhen(determined).date < on) {
    return decide(rule, "no", "ceased", { on: parseWhen(determined).date }, [spa("s.5(6)(b)")]);
  }
  return decide(rule, "yes", "in-force", { on }, cite);
}

/** The court's duty to hear the defendant and any relevant chief officer before deciding (s.4(2)); not for interim orders. */
function hearingFinding(order: Order): Finding | null {
  if (order.kind === "interim") return null;
  return inform("court.hearing", "duty", {}, [spa("s.4(2)")]);
}

function checkDate(order: Order, on: LocalDate): void {
  const cmp = compareWhen(parseWhen(on), parseWhen(order.madeOn));
  if (cmp !== null && cmp < 0) inputError("on", `is before the order was made (${order.madeOn})`);
}

/**
 * Whether a full order may be discharged on `on` as requested (s.4(4)(b)): who may apply (the defendant or
 * a relevant chief officer); inside the two-year lock, the consents the Act requires; outside it, none. The
 * defendant's consent is implied when the defendant applies, and a chief officer's when that chief officer
 * applies (convention); `consents.chiefOfficers` lists those who consented — anyone not listed has not. For an
 * interim order, only the defendant or the chief officer who applied may apply, and there is no lock (s.5(7)).
 * Whether to discharge is then for the court. A Northern Ireland order (applied for by the PSNI): the Chief
 * Constable or the defendant may apply, and inside the lock both must consent (PfS(NI)A 2022 s.10(1), (3)(b));
 * `appliedBy.believesDefendantInArea` and `defendantResidesIn` play no part there and are ignored with a note.
 * @throws SpoInputError for a malformed request or a date before the order was made
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/4
 * @see https://www.legislation.gov.uk/nia/2022/17/section/10
 */
export function assessDischarge(request: DischargeRequest): Assessment {
  const parsed = parseInput(DischargeRequestSchema, request);
  checkDate(parsed.order, parsed.on);
  return assess(dischargeFindings(parsed), undefined);
}

/** The findings on a discharge request, for inputs already validated. */
export function dischargeFindings(request: DischargeRequest): Finding[] {
  if (jurisdictionOf(request.order.applicantForce) === "northern-ireland") return niDischargeFindings(request);
  const findings = [
    applicantFinding("discharge.applicant", request.order, request.appliedBy, request.defendantResidesIn),
    stillInForceFinding("discharge.in-force", request.order, request.on),
    lockFinding(request),
  ];
  const hearing = hearingFinding(request.order);
  if (hearing !== null) findings.push(hearing);
  findings.push(inform("discharge.court", "appropriate", {}, [spa(request.order.kind === "interim" ? "s.5(8)" : "s.4(3)")]));
  return findings;
}

/**
 * Whether an order may be varied as requested: who may apply (s.4, or s.5(7) for an interim order), and, for
 * added prohibitions or requirements, that each is necessary to protect a person from a risk associated with
 * stalking (s.4(4)(a)) — a judgement taken as the `necessary` input. No two-year lock applies to variation. A
 * Northern Ireland order: the Chief Constable or the defendant may apply (PfS(NI)A 2022 s.10(1)), added terms must
 * be necessary (s.10(3)(a)) and each fixed period at least 2 years beginning with the day the order was made (s.9).
 * @throws SpoInputError for a malformed request or a date before the order was made
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/4
 * @see https://www.legislation.gov.uk/nia/2022/17/section/10
 */
export function assessVariation(request: VariationRequest): Assessment {
  const parsed = parseInput(VariationRequestSchema, request);
  checkDate(parsed.order, parsed.on);
  return assess(variationFindings(parsed), undefined);
}

/** The findings on a variation request, for inputs already validated. */
function variationFindings(parsed: VariationRequest): Finding[] {
  if (jurisdictionOf(parsed.order.applicantForce) === "northern-ireland") return niVariationFindings(parsed);
  const findings = [
    applicantFinding("variation.applicant", parsed.order, parsed.appliedBy, parsed.defendantResidesIn),
    stillInForceFinding("variation.in-force", parsed.order, parsed.on),
  ];
  const added = parsed.addedTerms ?? [];
  const hearing = hearingFinding(parsed.order);
  if (hearing !== null) findings.push(hearing);
  if (parsed.order.kind === "interim") {
    // s.4(4)(a) is about full orders; for an interim order the court makes whatever order it considers appropriate.
    findings.push(inform("variation.necessity", "interim", {}, [spa("s.5(8)")]));
  } else if (added.length > 0) {
    findings.push(addedTermsNecessity(parsed.necessary, added, [spa("s.4(4)(a)")]));
  } else {
    findings.push(inform("variation.necessity", "nothing-added", {}, [spa("s.4(4)(a)")]));
  }
  return findings;
}

