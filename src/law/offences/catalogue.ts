/**
 * The offences of the Act as data (SPA 2019 s.8, s.11): titles, provisions, charge codes, mode of trial and
 * what the Act says of sentence. The Northern Ireland catalogue (PfS(NI)A 2022 s.13, s.16) has the same ids and
 * shape, and lives with the rest of that Act in `src/law/ni/offences.ts`.
 */
import { deepFreeze } from "../../core/freeze";
import { spa, type Citation } from "../../core/citation";
import { inputError } from "../../core/errors";
import { JURISDICTIONS, type Jurisdiction } from "../../core/jurisdiction";
import { NI_OFFENCES } from "../ni/offences";
import type { SummaryCustodyMonths } from "../penalties";

/** The offences the Act creates, by id. */
export type OffenceId =
  | "breach-of-order"
  | "failure-to-notify-initial"
  | "failure-to-notify-new-name"
  | "failure-to-notify-new-address"
  | "failure-to-allow-fingerprints-or-photographs"
  | "false-information";

/**
 * The fine on summary conviction: unlimited (SPA 2019 s.8(2), s.11(2)), or not exceeding the statutory maximum
 * (PfS(NI)A 2022 s.13(3)(b), s.16(2)(b)).
 */
export type SummaryFine = "unlimited" | "statutory-maximum";

/**
 * An offence as data: its provisions, charge codes, mode of trial and what the Act says of sentence. The codes
 * are `null` where none is known (every Northern Ireland offence), and so is the guideline where none applies.
 */
export interface Offence {
  offence: OffenceId;
  title: string;
  provisions: Citation[];
  pnldCode: string | null;
  cjsCode: string | null;
  modeOfTrial: "either-way";
  maximumOnIndictment: { custodyYears: 5; fine: "unlimited" };
  conditionalDischargeAvailable: boolean;
  continuing: boolean;
  sentencingGuideline: string | null;
}

/** An offence with the summary maximum that applies on the dates given. */
export interface OffenceClassification extends Omit<Offence, "maximumOnIndictment"> {
  maximum: {
    summary: { custodyMonths: SummaryCustodyMonths; fine: SummaryFine };
    indictment: { custodyYears: 5; fine: "unlimited" };
  };
}

/** The Sentencing Council guideline stated to apply to breach of an order (named only: no ranges encoded). */
export const BREACH_GUIDELINE = "Sentencing Council: Breach of a protective order (restraining and non-molestation orders), in force 1 October 2018";

const INDICTMENT = { custodyYears: 5, fine: "unlimited" } as const;

/**
 * The six offences of the Act (law page §7): titles, provisions, PNLD and CJS codes, all triable either way
 * (5 years on indictment). Conditional discharge is barred only for breach of an order (s.8(4)); the s.9
 * failures are continuing offences (s.11(3)–(5)); refusing fingerprints or photographs is treated as a
 * one-off offence (convention).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export const OFFENCES: readonly Offence[] = deepFreeze([
  {
    offence: "breach-of-order",
    title: "Breach of a stalking protection order or interim stalking protection order without reasonable excuse",
    provisions: [spa("s.8(1)"), spa("s.8(2)")],
    pnldCode: "H20164",
    cjsCode: "ST19001",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: false,
    continuing: false,
    sentencingGuideline: BREACH_GUIDELINE,
  },
  {
    offence: "failure-to-notify-initial",
    title: "Failure without reasonable excuse to notify name(s) and home address within 3 days of service (or of the final day)",
    provisions: [spa("s.9(1)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20165",
    cjsCode: "ST19002",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-notify-new-name",
    title: "Failure without reasonable excuse to notify a name not already notified within 3 days",
    provisions: [spa("s.9(3)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20166",
    cjsCode: "ST19003",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-notify-new-address",
    title: "Failure without reasonable excuse to notify a new home address within 3 days",
    provisions: [spa("s.9(4)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20167",
    cjsCode: "ST19004",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: true,
    sentencingGuideline: null,
  },
  {
    offence: "failure-to-allow-fingerprints-or-photographs",
    title: "Failure without reasonable excuse to allow fingerprints or photographs to be taken when requested on notification",
    provisions: [spa("s.10(5)"), spa("s.11(1)(a)"), spa("s.11(2)")],
    pnldCode: "H20168",
    cjsCode: "ST19005",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: false,
    sentencingGuideline: null,
  },
  {
    offence: "false-information",
    title: "Notifying information known to be false in purported compliance with the notification requirements",
    provisions: [spa("s.11(1)(b)"), spa("s.11(2)")],
    pnldCode: "H20169",
    cjsCode: "ST19006",
    modeOfTrial: "either-way",
    maximumOnIndictment: INDICTMENT,
    conditionalDischargeAvailable: true,
    continuing: false,
    sentencingGuideline: null,
  },
]);

const BY_ID: Readonly<Record<Jurisdiction, ReadonlyMap<string, Offence>>> = {
  "england-and-wales": new Map(OFFENCES.map((o) => [o.offence, o])),
  "northern-ireland": new Map(NI_OFFENCES.map((o) => [o.offence, o])),
};

/**
 * The catalogue entry for an offence id, in a jurisdiction (England and Wales unless given): the same ids name
 * the Northern Ireland offences (PfS(NI)A 2022 s.13, s.16), which have no known codes.
 * @example offenceById("breach-of-order").cjsCode // "ST19001"
 * @example offenceById("breach-of-order", "northern-ireland").cjsCode // null
 * @throws SpoInputError for an unknown id or jurisdiction
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 */
export function offenceById(id: OffenceId, jurisdiction: Jurisdiction = "england-and-wales"): Offence {
  const table = typeof jurisdiction === "string" && (JURISDICTIONS as readonly string[]).includes(jurisdiction) ? BY_ID[jurisdiction] : undefined;
  if (table === undefined) return inputError("jurisdiction", `must be one of: ${JURISDICTIONS.join(", ")}`);
  const offence = typeof id === "string" ? table.get(id) : undefined;
  return offence ?? inputError("id", `must be one of: ${OFFENCES.map((o) => o.offence).join(", ")}`);
}

