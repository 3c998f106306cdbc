/**
 * `assessNotification`: the notification duties under one order (SPA 2019 s.9, s.10; for an order applied for by
 * the PSNI, PfS(NI)A 2022 s.14, s.15; the typed API), from the same model `evaluateCase` uses for a whole history.
 */
import { assess, type Assessment } from "../../core/assessment";
import { parseInput } from "../../core/errors";
import { NotificationInputSchema, type NotificationInput } from "../../model/schemas";
import { historyOf } from "../history";
import { personDuties } from "./duties";
import type { Obligation } from "./obligation";

/** Where the typed input's parts are: at its top level. */
export const TYPED_RECORD_PATHS = { events: "events", notifications: "notifications" } as const;

/**
 * The notification duties that have arisen as at `asOf`, one obligation per duty, each `met`, `overdue`,
 * `pending`, `not-required` or `unknown`, with its 3-day period and citations. The verdict answers
 * "compliant at `asOf`?": `no` if any duty is overdue, else `unknown` if any is unknown, else `yes`.
 * Events and notifications dated after `asOf` are ignored (with a note). A notification meets a duty by its
 * content — the name for a new name, the new address for a new home address, and for the initial duty at least
 * one name, every name used by the day it began, and a home address (text compared after trimming and Unicode
 * NFC normalisation) — given within the period (any time on its first London day counts) at a station in the
 * person's local police area (s.10(1)–(3)); a notification at a station outside it meets no duty, and one whose
 * station is not recorded is not checked (with a note). For an order applied for by the PSNI the Northern Ireland
 * Act applies: the 3 days begin with the day the order comes into force (`comesIntoForceOn`, else the day made),
 * not service; three exemption schemes (`sexOffenderNotification.scheme`); any police station in Northern Ireland
 * prescribed for notification (`station.prescribed`; absent: not checked, with a note), with no local-area rule.
 * @example assessNotification({ order, asOf: "2026-10-29", events: [], notifications: [] }).value[0].status // "overdue"
 * @throws SpoInputError for malformed input
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/9
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 * @see https://www.legislation.gov.uk/nia/2022/17/section/14
 */
export function assessNotification(input: NotificationInput): Assessment<Obligation[]> {
  const parsed = parseInput(NotificationInputSchema, input);
  const { findings, obligations } = personDuties(historyOf(parsed.order), parsed, parsed.asOf, TYPED_RECORD_PATHS);
  return assess(findings, obligations);
}
