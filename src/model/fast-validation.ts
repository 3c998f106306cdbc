/**
 * A fast path in front of the zod schema for the hottest entry point (`assessApplicant`, called once per
 * officer per screen in a case-management system). It recognises plainly valid input only, reading no more
 * than the schema reads, and answers `undefined` for anything else — which then goes through the schema as
 * usual. So the schema stays the one source of error messages, and anything the fast path accepts the schema
 * accepts too: `test/model/fast-validation.test.ts` checks that on valid, nearly valid and arbitrary input.
 */
import { localDateProblem } from "../core/calendar";
import { FORCES, PSNI, TERRITORIAL_FORCE_IDS } from "./forces";
import { MAX_ID_LENGTH, type ApplicantInput } from "./schemas";

type Fields = Record<string, unknown>;

/** Each force's ranks, by force id. */
const RANKS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(FORCES.map((f) => [f.id, new Set<string>(f.ranks)]));
const PLACE_FORCE_SET: ReadonlySet<string> = new Set([...TERRITORIAL_FORCE_IDS, PSNI, "outside-england-and-wales"]);
const INPUT_KEYS: ReadonlySet<string> = new Set(["applicant", "defendant"]);
const APPLICANT_KEYS: ReadonlySet<string> = new Set(["force", "rank", "bcu"]);
const DEFENDANT_KEYS: ReadonlySet<string> = new Set(["id", "dateOfBirth", "residesIn", "believedToBeIn", "intendsToComeTo"]);
const PLACE_KEYS: ReadonlySet<string> = new Set(["force", "bcu"]);

function fields(value: unknown, keys: ReadonlySet<string>): Fields | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  // `for…in`, as zod's strict objects use, so inherited enumerable keys count as unrecognised here too.
  for (const key in value) if (!keys.has(key)) return undefined;
  return value as Fields;
}

/** `undefined` (absent) or a non-empty identifier no longer than the schema allows. */
function optionalText(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH);
}

type PlaceCopy = ApplicantInput["defendant"]["residesIn"];

/** The place, copied, if plainly valid; `null` if not; `undefined` if absent. */
function place(value: unknown): PlaceCopy | null {
  if (value === undefined) return undefined;
  const p = fields(value, PLACE_KEYS);
  if (p === undefined) return null;
  const force = p.force;
  const bcu = p.bcu;
  if (typeof force !== "string" || !PLACE_FORCE_SET.has(force) || !optionalText(bcu)) return null;
  return (bcu === undefined ? { force } : { force, bcu }) as PlaceCopy;
}

/**
 * A copy of the input as an `ApplicantInput` if it is plainly valid, else `undefined` (validate it with
 * `ApplicantInputSchema` to learn why). Each field is read once into the copy, so a getter cannot answer one way
 * here and another way later; the library never changes its inputs.
 */
export function fastApplicantInput(input: unknown): ApplicantInput | undefined {
  const top = fields(input, INPUT_KEYS);
  if (top === undefined) return undefined;
  const applicant = fields(top.applicant, APPLICANT_KEYS);
  if (applicant === undefined) return undefined;
  const { force, rank, bcu } = applicant;
  if (typeof force !== "string") return undefined;
  const ranks = RANKS_OF.get(force);
  // A rank the force has is a rank of the ladders, so this one test is both of the schema's rank checks.
  if (ranks === undefined || typeof rank !== "string" || !ranks.has(rank) || !optionalText(bcu)) return undefined;
  const defendant = fields(top.defendant, DEFENDANT_KEYS);
  if (defendant === undefined) return undefined;
  const { id, dateOfBirth } = defendant;
  if (!optionalText(id)) return undefined;
  if (dateOfBirth !== undefined && (typeof dateOfBirth !== "string" || localDateProblem(dateOfBirth) !== null)) return undefined;
  const residesIn = place(defendant.residesIn);
  const believedToBeIn = place(defendant.believedToBeIn);
  const intendsToComeTo = place(defendant.intendsToComeTo);
  if (residesIn === null || believedToBeIn === null || intendsToComeTo === null) return undefined;
  const out = { applicant: { force, rank }, defendant: {} } as ApplicantInput;
  if (bcu !== undefined) out.applicant.bcu = bcu as string;
  const d = out.defendant;
  if (id !== undefined) d.id = id as string;
  if (dateOfBirth !== undefined) d.dateOfBirth = dateOfBirth;
  if (residesIn !== undefined) d.residesIn = residesIn;
  if (believedToBeIn !== undefined) d.believedToBeIn = believedToBeIn;
  if (intendsToComeTo !== undefined) d.intendsToComeTo = intendsToComeTo;
  return out;
}
