/**
 * A fast path in front of the zod schema for the hottest entry point (`assessApplicant`, called once per
 * officer per screen in a case-management system). It recognises plainly valid input only, reading no more
 * than the schema reads, and answers `undefined` for anything else — which then goes through the schema as
 * usual. So the schema stays the one source of error messages, and anything the fast path accepts the schema
 * accepts too: `test/model/fast-validation.test.ts` checks that on valid, nearly valid and arbitrary input.
 */
import { localDateProblem } from "../core/calendar";
import { FORCES, TERRITORIAL_FORCE_IDS } from "./forces";
import type { ApplicantInput } from "./schemas";

type Fields = Record<string, unknown>;

/** Each force's ranks, by force id. */
const RANKS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(FORCES.map((f) => [f.id, new Set<string>(f.ranks)]));
const PLACE_FORCE_SET: ReadonlySet<string> = new Set([...TERRITORIAL_FORCE_IDS, "outside-england-and-wales"]);
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

/** `undefined` (absent) or a non-empty string. */
function optionalText(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length > 0);
}

function place(value: unknown): boolean {
  if (value === undefined) return true;
  const p = fields(value, PLACE_KEYS);
  return p !== undefined && typeof p.force === "string" && PLACE_FORCE_SET.has(p.force) && optionalText(p.bcu);
}

/**
 * The input as an `ApplicantInput` if it is plainly valid, else `undefined` (validate it with
 * `ApplicantInputSchema` to learn why). The value is the input itself: the library never changes its inputs.
 */
export function fastApplicantInput(input: unknown): ApplicantInput | undefined {
  const top = fields(input, INPUT_KEYS);
  if (top === undefined) return undefined;
  const applicant = fields(top.applicant, APPLICANT_KEYS);
  if (applicant === undefined || typeof applicant.force !== "string") return undefined;
  const ranks = RANKS_OF.get(applicant.force);
  // A rank the force has is a rank of the ladders, so this one test is both of the schema's rank checks.
  if (ranks === undefined || typeof applicant.rank !== "string" || !ranks.has(applicant.rank)) return undefined;
  if (!optionalText(applicant.bcu)) return undefined;
  const defendant = fields(top.defendant, DEFENDANT_KEYS);
  if (defendant === undefined || !optionalText(defendant.id)) return undefined;
  const born = defendant.dateOfBirth;
  if (born !== undefined && (typeof born !== "string" || localDateProblem(born) !== null)) return undefined;
  if (!place(defendant.residesIn) || !place(defendant.believedToBeIn) || !place(defendant.intendsToComeTo)) return undefined;
  return input as ApplicantInput;
}
