/**
 * What the offence rules read from each jurisdiction's Act: the provisions each finding cites, when the offences
 * began, and what is said of sentence once an offence may have been committed. The classification itself is
 * the same in both jurisdictions and takes one of these tables; England and Wales's is here (SPA 2019 s.8,
 * s.11), Northern Ireland's with the rest of its Act in `src/law/ni/offences-law.ts`.
 */
import { decide, inform, type Finding } from "../../core/assessment";
import { withFields } from "../../core/objects";
import type { LocalDate, When } from "../../core/calendar";
import { spa, type Citation } from "../../core/citation";
import { deepFreeze } from "../../core/freeze";
import type { Jurisdiction } from "../../core/jurisdiction";
import type { Incident } from "../../model/schemas";
import { COMMENCEMENT_DATE } from "../commencement";
import type { OrderEntry } from "../history";
import { NORTHERN_IRELAND_OFFENCE_LAW } from "../ni/offences-law";
import type { Obligation } from "../notification/obligation";
import { summaryLimit } from "../penalties";
import type { Offence, OffenceClassification } from "./catalogue";

/** What is known when an offence may have been committed: the incident, its offence and day, and the dates of the case. */
export interface SentenceContext {
  incident: Incident;
  offence: Offence;
  on: LocalDate;
  asOf: When;
  convictedOn: LocalDate | undefined;
  /** The order the incident was read against, when one was found. */
  entry: OrderEntry | undefined;
}

/** One jurisdiction's offence law, as the classification reads it. Citation lists are frozen: findings copy them. */
export interface OffenceLaw {
  jurisdiction: Jurisdiction;
  /** The breach offence: cited for reasonable excuse, knowledge of the order and which order was breached. */
  breach: Citation[];
  /** The duty of each kind with the offence of failing it. */
  duty: Readonly<Record<Obligation["kind"], Citation[]>>;
  /** Reasonable excuse for a failure to notify. */
  failureExcuse: Citation[];
  /** A failure to notify is a continuing offence, prosecuted once. */
  continuing: Citation[];
  /** The duty to allow fingerprints or photographs, with the offence of failing it. */
  fingerprints: Citation[];
  /** The offence of notifying information known to be false. */
  falseInformation: Citation[];
  /** The notification requirements bind a person subject to an order. */
  subject: Citation[];
  /** The offences, for an incident kept but not assessed. */
  offences: Citation[];
  /**
   * Whether the initial period starts with service (England and Wales), so that an unserved order has its own
   * sentence; in Northern Ireland it starts when the order comes into force.
   */
  initialFromService: boolean;
  /** Which sentences of `notification-failure.duty` repeat the duty's own (its variant may be this Act's only). */
  dutyVariants: { says: "duty-says" | "ni-duty-says"; met: "met" | "ni-met" };
  /** The deciding finding that no offence could be committed on `on`, or `null` when the offences existed. */
  commencement(on: LocalDate): Finding | null;
  /** The informative findings on sentence and procedure, and the summary maximum, for an offence that may have been committed. */
  sentence(context: SentenceContext): { findings: Finding[]; summary: OffenceClassification["maximum"]["summary"] };
}

/** A deciding finding made informative: it explains the classification and takes no part in the verdict. */
function asNote(f: Finding): Finding {
  return f.informative === true ? f : withFields(f, { informative: true as const });
}

/**
 * England and Wales: the offences of SPA 2019 s.8 and s.11, in force from 20 January 2020; the summary maximum
 * follows the general limit by date; conditional discharge is barred for breach (s.8(4)); a s.11 offence may be
 * tried where the person resides or is found (s.11(6)).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/11
 */
export const ENGLAND_AND_WALES_OFFENCE_LAW: OffenceLaw = deepFreeze({
  jurisdiction: "england-and-wales",
  breach: [spa("s.8(1)")],
  duty: {
    initial: [spa("s.9(1)"), spa("s.11(1)(a)")],
    "new-name": [spa("s.9(3)"), spa("s.11(1)(a)")],
    "new-address": [spa("s.9(4)"), spa("s.11(1)(a)")],
  },
  failureExcuse: [spa("s.11(1)(a)")],
  continuing: [spa("s.11(3)"), spa("s.11(4)"), spa("s.11(5)")],
  fingerprints: [spa("s.10(5)"), spa("s.11(1)(a)")],
  falseInformation: [spa("s.11(1)(b)")],
  subject: [spa("s.9")],
  offences: [spa("s.8(1)"), spa("s.11(1)")],
  initialFromService: true,
  dutyVariants: { says: "duty-says", met: "met" },
  commencement: (on: LocalDate) => (on < COMMENCEMENT_DATE ? decide("offence.commencement", "no", "before", { on }, [spa("s.8(1)"), spa("s.11(1)")]) : null),
  sentence: ({ incident, offence, on, asOf, convictedOn }: SentenceContext) => {
    const limit = summaryLimit(on, { asOf, convictedOn, offence: incident.type === "term-breached" ? "breach" : "notification" });
    const findings = limit.findings.map(asNote);
    if (!offence.conditionalDischargeAvailable) findings.push(inform("penalty.conditional-discharge", "barred", {}, [spa("s.8(4)")]));
    if (incident.type !== "term-breached") findings.push(inform("offence.venue", "where-found", {}, [spa("s.11(6)")]));
    return { findings, summary: { custodyMonths: limit.value, fine: "unlimited" as const } };
  },
});

const LAWS: Readonly<Record<Jurisdiction, OffenceLaw>> = {
  "england-and-wales": ENGLAND_AND_WALES_OFFENCE_LAW,
  "northern-ireland": NORTHERN_IRELAND_OFFENCE_LAW,
};

/**
 * The offence law of a jurisdiction: England and Wales (SPA 2019) or Northern Ireland (PfS(NI)A 2022).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/8
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 */
export function offenceLaw(jurisdiction: Jurisdiction): OffenceLaw {
  return LAWS[jurisdiction];
}
