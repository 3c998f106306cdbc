/**
 * The maximum custody on summary conviction for the Act's offences, by date (SPA 2019 s.8(3), s.11(7)).
 *
 * The Act sets "the general limit in a magistrates' court", which has moved: an offence committed before
 * 2 May 2022 is limited to 6 months; for later offences the limit follows the conviction date. The limits
 * are a dated table so a future change is one row. England and Wales only: the Northern Ireland Act fixes its
 * own maximum (`niSummaryCustodyLimit` in `./ni/penalties.ts`).
 */
import { deepFreeze } from "../core/freeze";
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { assess, decide, inform, type Assessment, type Finding } from "../core/assessment";
import { parseWhen, type LocalDate } from "../core/calendar";
import { LocalDateSchema, WhenSchema } from "../core/date-schemas";
import { spa, statutoryInstrument, type Citation } from "../core/citation";
import { inputError, parseInput } from "../core/errors";
import { COMMENCEMENT_DATE } from "./commencement";

/** A summary custody limit in months. */
export type SummaryCustodyMonths = 6 | 12;

/** Offences committed before this day are limited to 6 months on summary conviction (law page §7). */
export const TWELVE_MONTH_OFFENCES_FROM: LocalDate = "2022-05-02";

/**
 * The general limit for offences committed on or after 2 May 2022, by conviction date: each row applies
 * from its day until the next row's. Add a row when the limit changes again.
 */
export const SUMMARY_LIMITS_BY_CONVICTION: readonly { from: LocalDate; months: SummaryCustodyMonths; source: Citation | null }[] = deepFreeze([
  { from: "2022-05-02", months: 12, source: null },
  { from: "2023-03-30", months: 6, source: statutoryInstrument(2023, 298) },
  { from: "2024-11-18", months: 12, source: statutoryInstrument(2024, 1067) },
]);

/** Input of {@link summaryCustodyLimit}: the offence date and the conviction date or, failing that, `asOf`. */
export const SummaryLimitInputSchema = strictObject({
    offenceOn: WhenSchema,
    convictedOn: z.optional(LocalDateSchema),
    asOf: z.optional(WhenSchema),
    offence: z.optional(z.enum(["breach", "notification"])),
  }).check(z.superRefine((v, ctx) => {
    if (v.convictedOn === undefined && v.asOf === undefined) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: "is required when convictedOn is not given" });
    }
  }));

/** Input of {@link summaryCustodyLimit}. `offence` picks the citation: s.8(3) for a breach, s.11(7) for notification. */
export type SummaryLimitInput = z.input<typeof SummaryLimitInputSchema>;

function statuteCites(offence: SummaryLimitInput["offence"]): Citation[] {
  if (offence === "breach") return [spa("s.8(3)")];
  if (offence === "notification") return [spa("s.11(7)")];
  return [spa("s.8(3)"), spa("s.11(7)")];
}

/** The limit and the finding that explains it, for a conviction on `on` of an offence committed `offenceOn`. */
function limitOn(offenceOn: LocalDate, on: LocalDate, statute: Citation[], hypothetical: boolean): { months: SummaryCustodyMonths; finding: Finding } {
  if (offenceOn < TWELVE_MONTH_OFFENCES_FROM) {
    return { months: 6, finding: decide("penalty.summary-custody", "yes", "before-may-2022", { offenceOn }, statute) };
  }
  let row = SUMMARY_LIMITS_BY_CONVICTION[0] as (typeof SUMMARY_LIMITS_BY_CONVICTION)[number];
  for (const r of SUMMARY_LIMITS_BY_CONVICTION) if (r.from <= on) row = r;
  return {
    months: row.months,
    finding: decide("penalty.summary-custody", "yes", "general-limit", { on, months: row.months, hypothetical }, row.source === null ? statute : [...statute, row.source]),
  };
}

/**
 * The maximum custody on summary conviction, in months, for an offence under the Act: 6 months for an
 * offence committed before 2 May 2022; otherwise by conviction date — 12 months before 30 March 2023,
 * 6 months to 17 November 2024 (SI 2023/298), 12 months from 18 November 2024 (SI 2024/1067). Without
 * `convictedOn` the figure is as at `asOf`, with an informative finding that it depends on the conviction
 * date. Either way the fine is unlimited and the maximum on indictment is 5 years.
 * @example summaryCustodyLimit({ offenceOn: "2024-01-10", convictedOn: "2024-11-18" }).value // 12
 * @throws SpoInputError without either date, for an offence before 20 January 2020, or a conviction before the offence
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export function summaryCustodyLimit(input: SummaryLimitInput): Assessment<SummaryCustodyMonths> {
  const parsed = parseInput(SummaryLimitInputSchema, input);
  const offenceOn = parseWhen(parsed.offenceOn).date;
  if (offenceOn < COMMENCEMENT_DATE) inputError("offenceOn", "is before 20 January 2020, when the Act's offences came into force");
  if (parsed.convictedOn !== undefined && parsed.convictedOn < offenceOn) inputError("convictedOn", "is before the offence was committed");
  return summaryLimit(offenceOn, parsed);
}

/** The summary limit for input already validated (offence on or after commencement, conviction not before it). */
export function summaryLimit(
  offenceOn: LocalDate,
  dates: { convictedOn?: LocalDate | undefined; asOf?: string | undefined; offence?: SummaryLimitInput["offence"] },
): Assessment<SummaryCustodyMonths> {
  const statute = statuteCites(dates.offence);
  if (dates.convictedOn !== undefined) {
    const { months, finding } = limitOn(offenceOn, dates.convictedOn, statute, false);
    return assess([finding], months);
  }
  const asOf = parseWhen(dates.asOf as string).date;
  const on = asOf < offenceOn ? offenceOn : asOf;
  const { months, finding } = limitOn(offenceOn, on, statute, true);
  const notes: Finding[] = [finding];
  if (offenceOn >= TWELVE_MONTH_OFFENCES_FROM) {
    notes.push(inform("penalty.depends-on-conviction", "as-at", { months, on }, statute, "unknown", ["convictedOn"]));
  }
  return assess(notes, months);
}
