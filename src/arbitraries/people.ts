/** Forces, ranks and applicant inputs, with eligibility under the default policy chosen on request. */
import { boolean, constantFrom, oneof, option, record, tuple, type Arbitrary } from "fast-check";
import { FORCE_IDS, FORCES, PSNI, RANKS, TERRITORIAL_FORCE_IDS, getForce, type ForceId, type Rank, type TerritorialForceId } from "../model/forces";
import type { ApplicantInput, Place } from "../model/schemas";
import type { Jurisdiction } from "../core/jurisdiction";

/**
 * A force id of one jurisdiction (England and Wales by default: its 45 forces; Northern Ireland: the PSNI).
 * @example fc.sample(forceId(), 2) // e.g. ["kent", "british-transport-police"]
 * @example fc.sample(forceId({ jurisdiction: "northern-ireland" }), 1) // ["police-service-of-northern-ireland"]
 */
export function forceId(options: { jurisdiction?: Jurisdiction } = {}): Arbitrary<ForceId> {
  const jurisdiction = options.jurisdiction ?? "england-and-wales";
  return constantFrom(...FORCE_IDS.filter((id) => getForce(id).jurisdiction === jurisdiction));
}

/**
 * A rank: from `force`'s ladder when given, else any rank of any ladder.
 * @example fc.sample(rank({ force: "city-of-london" }), 2)
 */
export function rank(options: { force?: ForceId } = {}): Arbitrary<Rank> {
  return options.force === undefined ? constantFrom(...RANKS) : constantFrom(...getForce(options.force).ranks);
}

const BCUS = ["North", "South", "East", "West", "Central"] as const;

/** The forces of England and Wales, whose applications the BCU policy and the police-area rule are about. */
const EW_FORCES = FORCES.filter((f) => f.jurisdiction === "england-and-wales");
const LIMBS = ["residesIn", "believedToBeIn", "intendsToComeTo"] as const;

function elsewhere(force: ForceId): Arbitrary<Place> {
  return record({
    force: constantFrom(...TERRITORIAL_FORCE_IDS.filter((f) => f !== force), "outside-england-and-wales" as const),
    bcu: constantFrom(...BCUS),
  });
}

/** An applicant the default policy accepts: superintendent or above, in the BCU where the defendant is. */
function eligible(): Arbitrary<ApplicantInput> {
  return constantFrom(...EW_FORCES).chain((force) => {
    const senior = force.ranks.slice(force.ranks.indexOf("superintendent"));
    return tuple(constantFrom(...senior), constantFrom(...BCUS), constantFrom(...LIMBS), elsewhere(force.id), boolean()).map(
      ([r, bcu, limb, other, withOther]): ApplicantInput => {
        if (!force.hasPoliceArea) return { applicant: { force: force.id, rank: r }, defendant: withOther ? { residesIn: other } : {} };
        const own: Place = { force: force.id as TerritorialForceId, bcu };
        const defendant: ApplicantInput["defendant"] = { [limb]: own };
        if (withOther && limb !== "residesIn") defendant.residesIn = other;
        return { applicant: { force: force.id, rank: r, bcu }, defendant };
      },
    );
  });
}

/** An applicant the default policy refuses: rank too low, defendant elsewhere, or another BCU. */
function ineligible(): Arbitrary<ApplicantInput> {
  const tooJunior = constantFrom(...EW_FORCES).chain((force) =>
    tuple(constantFrom(...force.ranks.slice(0, force.ranks.indexOf("superintendent"))), constantFrom(...BCUS)).map(
      ([r, bcu]): ApplicantInput =>
        force.hasPoliceArea
          ? { applicant: { force: force.id, rank: r, bcu }, defendant: { residesIn: { force: force.id as TerritorialForceId, bcu } } }
          : { applicant: { force: force.id, rank: r }, defendant: {} },
    ),
  );
  const territorial = EW_FORCES.filter((f) => f.hasPoliceArea);
  const livesElsewhere = constantFrom(...territorial).chain((force) =>
    tuple(constantFrom(...force.ranks), elsewhere(force.id)).map(([r, other]): ApplicantInput => ({
      applicant: { force: force.id, rank: r, bcu: "North" },
      defendant: { residesIn: other },
    })),
  );
  const otherBcu = constantFrom(...territorial).chain((force) =>
    tuple(constantFrom(...force.ranks.slice(force.ranks.indexOf("superintendent"))), constantFrom(...LIMBS)).map(([r, limb]): ApplicantInput => ({
      applicant: { force: force.id, rank: r, bcu: "North" },
      defendant: { [limb]: { force: force.id as TerritorialForceId, bcu: "South" } },
    })),
  );
  return oneof(tooJunior, livesElsewhere, otherBcu);
}

/** Any valid applicant input, including ones whose answer is unknown (BCU or residence not recorded). */
function anyApplicant(): Arbitrary<ApplicantInput> {
  const place = option(record({ force: constantFrom(...TERRITORIAL_FORCE_IDS), bcu: option(constantFrom(...BCUS), { nil: undefined }) }), { nil: undefined }).map(
    (p) => (p === undefined ? undefined : p.bcu === undefined ? { force: p.force } : (p as Place)),
  );
  const open = constantFrom(...EW_FORCES).chain((force) =>
    tuple(constantFrom(...force.ranks), option(constantFrom(...BCUS), { nil: undefined }), place, place, place).map(
      ([r, bcu, residesIn, believedToBeIn, intendsToComeTo]): ApplicantInput => {
        const defendant: ApplicantInput["defendant"] = {};
        if (residesIn !== undefined) defendant.residesIn = residesIn;
        if (believedToBeIn !== undefined) defendant.believedToBeIn = believedToBeIn;
        if (intendsToComeTo !== undefined) defendant.intendsToComeTo = intendsToComeTo;
        return { applicant: bcu === undefined ? { force: force.id, rank: r } : { force: force.id, rank: r, bcu }, defendant };
      },
    ),
  );
  return oneof(eligible(), ineligible(), open);
}

const NI_PLACE: Place = { force: PSNI };
const NOT_NI: readonly Place[] = [{ force: "kent" }, { force: "metropolitan", bcu: "North" }];

/**
 * A Northern Ireland applicant (the PSNI, any rank — the Act alone applies by default): eligible when the
 * defendant resides in, or is believed to be in or coming to, Northern Ireland (PfS(NI)A 2022 s.7(3)).
 */
function northernIreland(want: boolean | undefined): Arbitrary<ApplicantInput> {
  const ranks = constantFrom(...getForce(PSNI).ranks);
  const inNi = tuple(ranks, constantFrom(...LIMBS), option(constantFrom(...NOT_NI), { nil: undefined })).map(([r, limb, other]): ApplicantInput => {
    const defendant: ApplicantInput["defendant"] = { [limb]: NI_PLACE };
    if (other !== undefined && limb !== "residesIn") defendant.residesIn = other;
    return { applicant: { force: PSNI, rank: r }, defendant };
  });
  const outside = tuple(ranks, constantFrom(...NOT_NI)).map(([r, residesIn]): ApplicantInput => ({ applicant: { force: PSNI, rank: r }, defendant: { residesIn } }));
  const place = option(constantFrom<Place>(NI_PLACE, ...NOT_NI, { force: "outside-england-and-wales" }), { nil: undefined });
  const open = tuple(ranks, place, place).map(([r, residesIn, believedToBeIn]): ApplicantInput => {
    const defendant: ApplicantInput["defendant"] = {};
    if (residesIn !== undefined) defendant.residesIn = residesIn;
    if (believedToBeIn !== undefined) defendant.believedToBeIn = believedToBeIn;
    return { applicant: { force: PSNI, rank: r }, defendant };
  });
  return want === true ? inNi : want === false ? outside : oneof(inNi, outside, open);
}

/**
 * Input for `assessApplicant`. `{ eligible: true }` is always eligible under the default policy
 * (`policies.superintendentInBcu`; in Northern Ireland the Act alone), `{ eligible: false }` never is; without
 * it, anything valid, including inputs whose answer is `unknown`. `jurisdiction` (default England and Wales)
 * chooses the applying force: `"northern-ireland"` gives the PSNI.
 * @example fc.assert(fc.property(applicantInput({ eligible: true }), (i) => isEligibleApplicant(i)))
 * @example fc.assert(fc.property(applicantInput({ jurisdiction: "northern-ireland", eligible: true }), (i) => isEligibleApplicant(i)))
 */
export function applicantInput(options: { eligible?: boolean; jurisdiction?: Jurisdiction } = {}): Arbitrary<ApplicantInput> {
  if (options.jurisdiction === "northern-ireland") return northernIreland(options.eligible);
  if (options.eligible === true) return eligible();
  if (options.eligible === false) return ineligible();
  return anyApplicant();
}

