/**
 * What the offence rules read from the Northern Ireland Act (PfS(NI)A 2022 s.13–16): the provisions each finding
 * cites, the commencement of the offences (19 October 2023, S.R. 2023/174), the fixed penalties, and where a
 * term can be breached (s.13(2)). Nothing here cites SPA 2019: there is no conditional-discharge bar, no
 * date-dependent summary limit, no sentencing guideline and no venue rule for the notification offences.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import { withFields } from "../../core/objects";
import type { LocalDate } from "../../core/calendar";
import { NI_COMMENCEMENT_CITATION, pfs } from "../../core/citation";
import { deepFreeze } from "../../core/freeze";
import type { Incident } from "../../model/schemas";
import type { OrderEntry } from "../history";
import type { OffenceLaw, SentenceContext } from "../offences/law";
import { NI_COMMENCEMENT_DATE } from "./commencement";
import { NI_SUMMARY_MAXIMUM, niSummaryMaximumFinding } from "./penalties";

/**
 * Where the term breached is to be complied with, as far as the record shows (s.13(2) with s.8(6) or, for an
 * interim order, s.11(5)): throughout the United Kingdom unless limited to a locality, and outside it only for
 * the persons s.8(6)(b) / s.11(5)(b) name. Neither where the act took place nor those facts are recorded, so the
 * finding states the reach and its own verdict is `unknown`; `null` when the term is not known.
 */
function territoryFinding(incident: Incident, entry: OrderEntry | undefined): Finding | null {
  if (incident.type !== "term-breached" || entry === undefined) return null;
  const term = entry.order.terms.find((t) => t.id === incident.termId);
  if (term === undefined) return null;
  const cite = [pfs("s.13(2)"), pfs(entry.order.kind === "interim" ? "s.11(5)" : "s.8(6)")];
  if (term.locality !== undefined) return inform("breach.territorial-reach", "ni-locality", { term: term.id, locality: term.locality }, cite, "unknown");
  return inform("breach.territorial-reach", "ni-uk-wide", { term: term.id, kind: entry.order.kind }, cite, "unknown");
}

/**
 * Northern Ireland: the breach offence (s.13) and the notification offences (s.16), from 19 October 2023
 * (S.R. 2023/174 art.2). The summary maximum is fixed at 6 months or a fine not exceeding the statutory maximum
 * (s.13(3)(b), s.16(2)(b)); only the s.16(1)(a) failures to notify are continuing (s.16(3)–(5)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export const NORTHERN_IRELAND_OFFENCE_LAW: OffenceLaw = deepFreeze({
  jurisdiction: "northern-ireland",
  breach: [pfs("s.13(1)")],
  duty: {
    initial: [pfs("s.14(1)"), pfs("s.16(1)(a)")],
    "new-name": [pfs("s.14(3)"), pfs("s.16(1)(a)")],
    "new-address": [pfs("s.14(4)"), pfs("s.16(1)(a)")],
  },
  failureExcuse: [pfs("s.16(1)(a)")],
  continuing: [pfs("s.16(3)"), pfs("s.16(4)"), pfs("s.16(5)")],
  fingerprints: [pfs("s.15(3)"), pfs("s.16(1)(c)")],
  falseInformation: [pfs("s.16(1)(b)")],
  subject: [pfs("s.14")],
  offences: [pfs("s.13(1)"), pfs("s.16(1)")],
  initialFromService: false,
  dutyVariants: { says: "ni-duty-says", met: "ni-met" },
  commencement: (on: LocalDate) =>
    on < NI_COMMENCEMENT_DATE ? decide("offence.commencement", "no", "ni-before", { on }, [NI_COMMENCEMENT_CITATION, pfs("s.13(1)"), pfs("s.16(1)")]) : null,
  sentence: ({ incident, entry }: SentenceContext) => {
    const limit = niSummaryMaximumFinding(incident.type === "term-breached" ? "breach" : "notification");
    const findings: Finding[] = [withFields(limit, { informative: true as const })];
    const territory = territoryFinding(incident, entry);
    if (territory !== null) findings.push(territory);
    return { findings, summary: { ...NI_SUMMARY_MAXIMUM } };
  },
});
