/**
 * The maximum penalties for the Northern Ireland Act's offences (PfS(NI)A 2022 s.13(3), s.16(2)): on
 * indictment 5 years or a fine, or both; on summary conviction 6 months or a fine not exceeding the statutory
 * maximum, or both. The Act fixes both figures itself: there is no general limit that moves with the dates of
 * offence or conviction, so unlike England and Wales (`summaryCustodyLimit`) nothing here depends on a date.
 */
import * as z from "zod/mini";
import { strictObject } from "../../model/schemas/strict-object";
import { assess, decide, type Assessment, type Finding } from "../../core/assessment";
import { parseWhen } from "../../core/calendar";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import { pfs, type Citation } from "../../core/citation";
import { inputError, parseInput } from "../../core/errors";
import { deepFreeze } from "../../core/freeze";
import { NI_COMMENCEMENT_DATE } from "./commencement";

/**
 * The summary maximum of every Northern Ireland offence: 6 months' custody or a fine not exceeding the statutory
 * maximum, or both (s.13(3)(b), s.16(2)(b)). No pound figure is encoded: the statutory maximum is set elsewhere.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export const NI_SUMMARY_MAXIMUM = deepFreeze({ custodyMonths: 6, fine: "statutory-maximum" } as const);

/**
 * The maximum on indictment of every Northern Ireland offence: 5 years or a fine, or both (s.13(3)(a),
 * s.16(2)(a)). The Act puts no cap on that fine, so it is recorded as unlimited.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export const NI_INDICTMENT_MAXIMUM = deepFreeze({ custodyYears: 5, fine: "unlimited" } as const);

/** Which offence a penalty is for: the breach offence (s.13) or a notification offence (s.16). */
export type NiOffenceGroup = "breach" | "notification";

function penaltyCites(offence: NiOffenceGroup | undefined): Citation[] {
  if (offence === "breach") return [pfs("s.13(3)")];
  if (offence === "notification") return [pfs("s.16(2)")];
  return [pfs("s.13(3)"), pfs("s.16(2)")];
}

/**
 * The finding on the fixed summary maximum, citing s.13(3) for a breach, s.16(2) for a notification offence,
 * or both when the offence is not given.
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export function niSummaryMaximumFinding(offence?: NiOffenceGroup): Finding {
  const { custodyMonths } = NI_SUMMARY_MAXIMUM;
  return decide("penalty.summary-custody", "yes", "ni-fixed", { months: custodyMonths, years: NI_INDICTMENT_MAXIMUM.custodyYears }, penaltyCites(offence));
}

/** Input of {@link niSummaryCustodyLimit}: the offence date; a conviction date or `asOf` may be given but change nothing. */
export const NiSummaryLimitInputSchema = strictObject({
  offenceOn: WhenSchema,
  convictedOn: z.optional(LocalDateSchema),
  asOf: z.optional(WhenSchema),
  offence: z.optional(z.enum(["breach", "notification"])),
});

/** Input of {@link niSummaryCustodyLimit}. `offence` picks the citation: s.13(3) for a breach, s.16(2) for notification. */
export type NiSummaryLimitInput = z.input<typeof NiSummaryLimitInputSchema>;

/**
 * The maximum custody on summary conviction, in months, for an offence under the Northern Ireland Act: always
 * 6 (s.13(3)(b), s.16(2)(b)), with a fine not exceeding the statutory maximum, whatever the dates of offence and
 * conviction; 5 years on indictment. The England and Wales date-dependent limit (`summaryCustodyLimit`) does
 * not apply in Northern Ireland.
 * @example niSummaryCustodyLimit({ offenceOn: "2024-01-10" }).value // 6
 * @throws SpoInputError for malformed input, an offence before 19 October 2023 (S.R. 2023/174), or a conviction before the offence
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export function niSummaryCustodyLimit(input: NiSummaryLimitInput): Assessment<6> {
  const parsed = parseInput(NiSummaryLimitInputSchema, input);
  const offenceOn = parseWhen(parsed.offenceOn).date;
  if (offenceOn < NI_COMMENCEMENT_DATE) inputError("offenceOn", "is before 19 October 2023, when the Northern Ireland Act's offences came into operation");
  if (parsed.convictedOn !== undefined && parsed.convictedOn < offenceOn) inputError("convictedOn", "is before the offence was committed");
  return assess([niSummaryMaximumFinding(parsed.offence)], NI_SUMMARY_MAXIMUM.custodyMonths);
}
