/**
 * Variation, renewal and discharge of a Northern Ireland order (PfS(NI)A 2022 s.10), and of an interim order
 * (s.11(7)–(8)).
 *
 * The Chief Constable or the defendant may apply (s.10(1)); the court makes the order it considers appropriate
 * (s.10(2)); no additional term unless necessary to protect a person from a risk associated with stalking
 * (s.10(3)(a)); and no discharge before the end of 2 years beginning with the day the order was made without the
 * consent of both the defendant and the Chief Constable (s.10(3)(b)). The Act has no duty to hear anyone and no
 * "relevant chief officer". Interim orders: the Chief Constable or the defendant, no lock.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import { minimumFixedPeriodLastDay, parseWhen, type LocalDate } from "../../core/calendar";
import { pfs } from "../../core/citation";
import { and, verdictOf, type Verdict } from "../../core/verdict";
import { PSNI } from "../../model/forces";
import type { DischargeRequest, Order, Term, VariationRequest } from "../../model/schemas";
import { addedTermsNecessity } from "../added-terms-necessity";
import { lastDayOfEffect, termLastDay } from "./duration";

type AppliedBy = DischargeRequest["appliedBy"];

function isInterim(order: Order): boolean {
  return order.kind === "interim";
}

/** Who may apply: the Chief Constable or the defendant (s.10(1); interim s.11(7)). */
function applicantFinding(rule: "discharge.applicant" | "variation.applicant", order: Order, appliedBy: AppliedBy): Finding {
  const cite = [pfs(isInterim(order) ? "s.11(7)" : "s.10(1)")];
  if (appliedBy.role === "defendant") return decide(rule, "yes", "defendant", {}, cite);
  const force = { force: appliedBy.force };
  return appliedBy.force === PSNI ? decide(rule, "yes", "ni-chief-constable", force, cite) : decide(rule, "no", "ni-not-chief-constable", force, cite);
}

/**
 * Record fields about the defendant's area, which only the England and Wales Act uses (who is a relevant chief
 * officer): ignored, with an informative finding naming them, rather than refused — they are not wrong, only
 * beside the point here.
 */
function ignoredFinding(rule: "discharge.ignored" | "variation.ignored", request: { order: Order; appliedBy: AppliedBy; defendantResidesIn?: string | undefined }): Finding | null {
  const fields: string[] = [];
  if (request.appliedBy.role === "chief-officer" && request.appliedBy.believesDefendantInArea !== undefined) fields.push("appliedBy.believesDefendantInArea");
  if (request.defendantResidesIn !== undefined) fields.push("defendantResidesIn");
  if (fields.length === 0) return null;
  return inform(rule, "ni-area-inputs", { fields }, [pfs(isInterim(request.order) ? "s.11(7)" : "s.10(1)")]);
}

/** The interim order's cessation on the determination of the main application, as at the day `on` (s.11(9)–(10)). */
function cessationFinding(rule: "discharge.in-force" | "variation.in-force", order: Order, on: LocalDate): Finding | null {
  const recorded = order.mainApplicationDeterminedAt ?? order.mainApplicationDeterminedOn;
  const determined = recorded === undefined ? undefined : parseWhen(recorded).date;
  const outcome = order.mainApplicationOutcome;
  if (outcome === "order-made" || outcome === "withdrawn") {
    if (determined === undefined) return decide(rule, "unknown", "ni-cessation-unknown", { on, outcome }, [pfs("s.11(9)")], ["order.mainApplicationDeterminedOn"]);
    return determined < on ? decide(rule, "no", "ni-ceased", { on: determined, outcome }, [pfs("s.11(9)")]) : null;
  }
  if (outcome === "dismissed") {
    const met = order.appealConditionsMetOn;
    if (met !== undefined) return met < on ? decide(rule, "no", "ni-ceased", { on: met, outcome }, [pfs("s.11(10)")]) : null;
    if (determined !== undefined && determined >= on) return null;
    return decide(rule, "unknown", "ni-cessation-unknown", { on, outcome }, [pfs("s.11(10)")], ["order.appealConditionsMetOn"]);
  }
  if (determined !== undefined && determined < on) {
    return decide(rule, "unknown", "ni-cessation-unknown", { on, outcome: "" }, [pfs("s.11(9)"), pfs("s.11(10)")], ["order.mainApplicationOutcome"]);
  }
  return null;
}

/**
 * The order must still have effect on the day asked about: a full order while any term does (s.9), an interim order
 * for its fixed period (s.11(6)) until it ceases (s.11(9)–(10)); a discharge ends either. As in England and Wales,
 * an ending on the day itself still leaves something to change.
 */
function stillInForceFinding(rule: "discharge.in-force" | "variation.in-force", order: Order, on: LocalDate): Finding {
  const interim = isInterim(order);
  const cite = [pfs(interim ? "s.11(6)" : "s.9(1)")];
  const last = lastDayOfEffect(order);
  if (last !== null && on > last) return decide(rule, "no", !interim && order.terms.length > 0 ? "ni-ended" : "ended", { lastDay: last }, cite);
  const ended = order.dischargedAt ?? order.dischargedOn;
  if (ended !== undefined && parseWhen(ended).date < on) return decide(rule, "no", "discharged", { on: parseWhen(ended).date }, [pfs(interim ? "s.11(8)" : "s.10(2)")]);
  const ceased = interim ? cessationFinding(rule, order, on) : null;
  return ceased ?? decide(rule, "yes", "in-force", { on }, cite);
}

/** One consent s.10(3)(b) requires, by role, and whether it is given. */
interface Consent {
  role: "defendant-by-applying" | "defendant" | "chief-constable-by-applying" | "chief-constable";
  given: boolean | null;
  missing?: string;
}

/**
 * Both the defendant's and the Chief Constable's consent, whoever applies; an applicant's own consent is implied by
 * applying (convention); `consents.chiefOfficers` lists who consented, so the Chief Constable not listed has not.
 */
function consentsNeeded(request: DischargeRequest): Consent[] {
  const { appliedBy, consents } = request;
  const defendant: Consent =
    appliedBy.role === "defendant" ? { role: "defendant-by-applying", given: true } : { role: "defendant", given: consents.defendant ?? null, missing: "consents.defendant" };
  const chiefConstable: Consent =
    appliedBy.role === "chief-officer" && appliedBy.force === PSNI
      ? { role: "chief-constable-by-applying", given: true }
      : { role: "chief-constable", given: (consents.chiefOfficers ?? []).includes(PSNI) };
  return [defendant, chiefConstable];
}

/** The two-year lock (s.10(3)(b)); interim orders have none (s.11(7)–(8)). */
function lockFinding(request: DischargeRequest): Finding {
  const { order, on } = request;
  if (isInterim(order)) return inform("discharge.lock", "interim", {}, [pfs("s.11(7)"), pfs("s.11(8)")]);
  const last = minimumFixedPeriodLastDay(order.madeOn);
  const cite = [pfs("s.10(3)(b)")];
  if (on > last) return decide("discharge.lock", "yes", "ended", { last, on }, cite);
  const needed = consentsNeeded(request);
  let verdict: Verdict = "yes";
  for (const c of needed) verdict = and(verdict, verdictOf(c.given));
  const of = (list: Consent[]) => ({ on, last, roles: list.map((c) => c.role) });
  if (verdict === "yes") return decide("discharge.lock", "yes", "ni-given", of(needed), cite);
  if (verdict === "no") return decide("discharge.lock", "no", "ni-refused", of(needed.filter((c) => c.given === false)), cite);
  const open = needed.filter((c) => c.given === null);
  return decide("discharge.lock", "unknown", "ni-unrecorded", of(open), cite, open.map((c) => c.missing as string));
}

/**
 * The findings on a request to discharge a Northern Ireland order, for inputs already validated: who may apply
 * (s.10(1); interim s.11(7)), that the order still has effect, the two-year lock and its consents (s.10(3)(b)),
 * and that the decision is then the court's (s.10(2); interim s.11(8)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/10
 */
export function niDischargeFindings(request: DischargeRequest): Finding[] {
  const findings = [applicantFinding("discharge.applicant", request.order, request.appliedBy)];
  const ignored = ignoredFinding("discharge.ignored", request);
  if (ignored !== null) findings.push(ignored);
  findings.push(stillInForceFinding("discharge.in-force", request.order, request.on), lockFinding(request));
  findings.push(inform("discharge.court", "appropriate", {}, [pfs(isInterim(request.order) ? "s.11(8)" : "s.10(2)")]));
  return findings;
}

/**
 * Added terms on a variation or renewal: each fixed period — its own last day, else the order's `duration` — must
 * be at least 2 years beginning with the day the order was first made, the only day the Act gives to count from
 * (s.9(1)(a) with s.10; the library's reading).
 */
function addedPeriodFinding(order: Order, added: readonly Term[]): Finding {
  const minimum = minimumFixedPeriodLastDay(order.madeOn);
  const fixed: { id: string; lastDay: string }[] = [];
  const untilFurtherOrder: string[] = [];
  for (const term of added) {
    const lastDay = termLastDay(order, term);
    if (lastDay === null) untilFurtherOrder.push(term.id);
    else fixed.push({ id: term.id, lastDay });
  }
  const cite = [pfs("s.9(1)(a)"), pfs("s.10(3)")];
  const short = fixed.filter((t) => t.lastDay < minimum);
  if (short.length > 0) return decide("variation.term-period", "no", "ni-short", { terms: short.map((t) => t.id), lastDays: short.map((t) => t.lastDay), minimum }, cite);
  return decide("variation.term-period", "yes", "ni-long", { fixed: fixed.map((t) => t.id), lastDays: fixed.map((t) => t.lastDay), untilFurtherOrder, minimum }, cite);
}

/**
 * The findings on a request to vary a Northern Ireland order, for inputs already validated: who may apply, that
 * the order still has effect, and for added terms that each is necessary (s.10(3)(a)) and has a lawful period
 * (s.9(1)); for an interim order the court makes the order it considers appropriate (s.11(8)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/10
 */
export function niVariationFindings(request: VariationRequest): Finding[] {
  const { order } = request;
  const findings = [applicantFinding("variation.applicant", order, request.appliedBy)];
  const ignored = ignoredFinding("variation.ignored", request);
  if (ignored !== null) findings.push(ignored);
  findings.push(stillInForceFinding("variation.in-force", order, request.on));
  const added = request.addedTerms ?? [];
  if (isInterim(order)) {
    findings.push(inform("variation.necessity", "interim", {}, [pfs("s.11(8)")]));
    return findings;
  }
  if (added.length === 0) {
    findings.push(inform("variation.necessity", "nothing-added", {}, [pfs("s.10(3)(a)")]));
    return findings;
  }
  findings.push(addedTermsNecessity(request.necessary, added, [pfs("s.10(3)(a)")]), addedPeriodFinding(order, added));
  return findings;
}
