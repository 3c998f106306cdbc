/**
 * The 46 chief officers of police who may apply for a stalking protection order: in England and Wales the 43
 * territorial forces, the British Transport Police and the Ministry of Defence Police (SPA 2019 s.1(1), s.14);
 * in Northern Ireland the Chief Constable of the Police Service of Northern Ireland (PfS(NI)A 2022 s.7(2)) —
 * each with its jurisdiction and rank ladder.
 */
import { deepFreeze } from "../core/freeze";
import * as z from "zod/mini";
import { inputError } from "../core/errors";
import type { Jurisdiction } from "../core/jurisdiction";

/** The ranks every force shares, lowest first (law page §1). */
const COMMON_RANKS = ["constable", "sergeant", "inspector", "chief-inspector", "superintendent", "chief-superintendent"] as const;

const STANDARD_LADDER = [...COMMON_RANKS, "assistant-chief-constable", "deputy-chief-constable", "chief-constable"] as const;

const METROPOLITAN_LADDER = [
  ...COMMON_RANKS,
  "commander",
  "deputy-assistant-commissioner",
  "assistant-commissioner",
  "deputy-commissioner",
  "commissioner",
] as const;

const CITY_OF_LONDON_LADDER = [...COMMON_RANKS, "commander", "assistant-commissioner", "commissioner"] as const;

/** Every rank that exists in some force, kebab-case, e.g. `"chief-inspector"`, `"commander"`. */
export const RANKS = deepFreeze([
  ...STANDARD_LADDER,
  "commander",
  "deputy-assistant-commissioner",
  "assistant-commissioner",
  "deputy-commissioner",
  "commissioner",
] as const);

/** A police rank. Whether it exists depends on the force: see {@link Force.ranks}. */
export type Rank = (typeof RANKS)[number];

const TERRITORIAL = [
  ["avon-and-somerset", "Avon and Somerset Constabulary"],
  ["bedfordshire", "Bedfordshire Police"],
  ["cambridgeshire", "Cambridgeshire Constabulary"],
  ["cheshire", "Cheshire Constabulary"],
  ["city-of-london", "City of London Police"],
  ["cleveland", "Cleveland Police"],
  ["cumbria", "Cumbria Constabulary"],
  ["derbyshire", "Derbyshire Constabulary"],
  ["devon-and-cornwall", "Devon and Cornwall Police"],
  ["dorset", "Dorset Police"],
  ["durham", "Durham Constabulary"],
  ["dyfed-powys", "Dyfed-Powys Police"],
  ["essex", "Essex Police"],
  ["gloucestershire", "Gloucestershire Constabulary"],
  ["greater-manchester", "Greater Manchester Police"],
  ["gwent", "Gwent Police"],
  ["hampshire", "Hampshire and Isle of Wight Constabulary"],
  ["hertfordshire", "Hertfordshire Constabulary"],
  ["humberside", "Humberside Police"],
  ["kent", "Kent Police"],
  ["lancashire", "Lancashire Constabulary"],
  ["leicestershire", "Leicestershire Police"],
  ["lincolnshire", "Lincolnshire Police"],
  ["merseyside", "Merseyside Police"],
  ["metropolitan", "Metropolitan Police Service"],
  ["norfolk", "Norfolk Constabulary"],
  ["north-wales", "North Wales Police"],
  ["north-yorkshire", "North Yorkshire Police"],
  ["northamptonshire", "Northamptonshire Police"],
  ["northumbria", "Northumbria Police"],
  ["nottinghamshire", "Nottinghamshire Police"],
  ["south-wales", "South Wales Police"],
  ["south-yorkshire", "South Yorkshire Police"],
  ["staffordshire", "Staffordshire Police"],
  ["suffolk", "Suffolk Constabulary"],
  ["surrey", "Surrey Police"],
  ["sussex", "Sussex Police"],
  ["thames-valley", "Thames Valley Police"],
  ["warwickshire", "Warwickshire Police"],
  ["west-mercia", "West Mercia Police"],
  ["west-midlands", "West Midlands Police"],
  ["west-yorkshire", "West Yorkshire Police"],
  ["wiltshire", "Wiltshire Police"],
] as const;

/** The 43 territorial forces: each has a police area in England and Wales. */
export const TERRITORIAL_FORCE_IDS = deepFreeze(TERRITORIAL.map(([id]) => id));

/** The Police Service of Northern Ireland: its Chief Constable applies under the Northern Ireland Act. */
export const PSNI = "police-service-of-northern-ireland";

/** Every chief officer's force id: the 43 territorial forces, then BTP and MDP, then the PSNI. */
export const FORCE_IDS = deepFreeze([
  ...TERRITORIAL_FORCE_IDS,
  "british-transport-police",
  "ministry-of-defence-police",
  PSNI,
] as const);

/**
 * A force whose chief officer may apply (SPA 2019 s.14; PfS(NI)A 2022 s.7(2)), kebab-case, e.g. `"metropolitan"`,
 * `"kent"`, `"police-service-of-northern-ireland"`.
 */
export type ForceId = (typeof FORCE_IDS)[number];
/** A force with a police area in England and Wales (all but BTP and MDP). */
export type TerritorialForceId = (typeof TERRITORIAL_FORCE_IDS)[number];

/**
 * A chief officer of police (SPA 2019 s.14; PfS(NI)A 2022 s.7(2)): the force, its chief officer's title, the
 * jurisdiction whose Act its applications and orders come under, whether it has a police area (BTP and MDP do
 * not, so SPA 2019 s.1(3) does not apply to them; the PSNI's area is Northern Ireland), and its ranks, lowest
 * first.
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/14
 * @see https://www.legislation.gov.uk/nia/2022/17/section/7
 */
export interface Force {
  id: ForceId;
  name: string;
  chiefOfficer: string;
  jurisdiction: Jurisdiction;
  hasPoliceArea: boolean;
  ranks: readonly Rank[];
}

function territorial(id: TerritorialForceId, name: string): Force {
  if (id === "metropolitan") {
    return { id, name, chiefOfficer: "Commissioner of Police of the Metropolis", jurisdiction: "england-and-wales", hasPoliceArea: true, ranks: METROPOLITAN_LADDER };
  }
  if (id === "city-of-london") {
    return { id, name, chiefOfficer: "Commissioner of Police for the City of London", jurisdiction: "england-and-wales", hasPoliceArea: true, ranks: CITY_OF_LONDON_LADDER };
  }
  return { id, name, chiefOfficer: `Chief Constable of ${name}`, jurisdiction: "england-and-wales", hasPoliceArea: true, ranks: STANDARD_LADDER };
}

/**
 * All 46 chief officers of police who may apply for an order: the 45 of England and Wales (SPA 2019 s.1(1),
 * s.14), in id order with BTP and MDP last, then the Chief Constable of the PSNI (PfS(NI)A 2022 s.7(2)).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/14
 * @see https://www.legislation.gov.uk/nia/2022/17/section/7
 */
export const FORCES: readonly Force[] = deepFreeze([
  ...TERRITORIAL.map(([id, name]) => territorial(id, name)),
  {
    id: "british-transport-police",
    name: "British Transport Police",
    chiefOfficer: "Chief Constable of the British Transport Police Force",
    jurisdiction: "england-and-wales",
    hasPoliceArea: false,
    ranks: STANDARD_LADDER,
  },
  {
    id: "ministry-of-defence-police",
    name: "Ministry of Defence Police",
    chiefOfficer: "Chief Constable of the Ministry of Defence Police",
    jurisdiction: "england-and-wales",
    hasPoliceArea: false,
    ranks: STANDARD_LADDER,
  },
  {
    id: PSNI,
    name: "Police Service of Northern Ireland",
    chiefOfficer: "Chief Constable of the Police Service of Northern Ireland",
    jurisdiction: "northern-ireland",
    hasPoliceArea: true,
    ranks: STANDARD_LADDER,
  },
]);

const BY_ID = new Map<string, Force>(FORCES.map((f) => [f.id, f]));

/**
 * The force with this id; throws `SpoInputError` for an unknown id.
 * @example getForce("metropolitan").chiefOfficer // "Commissioner of Police of the Metropolis"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/14
 */
export function getForce(id: ForceId): Force {
  return BY_ID.get(id) ?? inputError("force", `must be one of the ${FORCES.length} force ids in FORCES (${JSON.stringify(id)} is not)`);
}

/**
 * The jurisdiction whose Act an application or order by this force comes under.
 * @example jurisdictionOf("police-service-of-northern-ireland") // "northern-ireland"
 * @see https://www.legislation.gov.uk/nia/2022/17/section/7
 */
export function jurisdictionOf(id: ForceId): Jurisdiction {
  return getForce(id).jurisdiction;
}

/**
 * Whether `rank` exists in `force`'s ladder.
 * @example hasRank("kent", "commander") // false
 */
export function hasRank(force: ForceId, rank: Rank): boolean {
  return getForce(force).ranks.includes(rank);
}

/**
 * Whether `rank` is `minimum` or higher in `force`'s ladder. Both ranks must exist in that force: a rank
 * the force does not have is an input error, not a "no".
 * @example rankAtLeast("metropolitan", "commander", "superintendent") // true
 * @example rankAtLeast("kent", "chief-inspector", "superintendent") // false
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/1
 */
export function rankAtLeast(force: ForceId, rank: Rank, minimum: Rank): boolean {
  const ladder = getForce(force).ranks;
  const have = ladder.indexOf(rank);
  if (have < 0) return inputError("rank", `${JSON.stringify(rank)} is not a rank in ${getForce(force).name}`);
  const need = ladder.indexOf(minimum);
  if (need < 0) return inputError("minimum", `${JSON.stringify(minimum)} is not a rank in ${getForce(force).name}`);
  return have >= need;
}

/** One of the 46 force ids. */
export const ForceIdSchema = z.enum(FORCE_IDS).check(z.meta({ description: "A chief officer's force (SPA 2019 s.14; PfS(NI)A 2022 s.7(2))." }));
/** One of the 43 territorial force ids (a police area in England and Wales). */
export const TerritorialForceIdSchema = z.enum(TERRITORIAL_FORCE_IDS);
/** A rank from any ladder; whether the force has it is checked where the force is known. */
export const RankSchema = z.enum(RANKS);
