/**
 * How a notification is given in Northern Ireland (PfS(NI)A 2022 s.15(1)–(2)): by attending any police station
 * in Northern Ireland prescribed by regulations under SOA 2003 s.87(1)(a) and notifying orally, acknowledged in
 * writing. Any prescribed station will do: there is no local-area rule. The record says whether a station is
 * prescribed (`station.prescribed`); the library holds no list of prescribed stations. A station of a force
 * other than the PSNI is not in Northern Ireland.
 *
 * Conventions, each stated in a finding: a notification whose station is not recorded, or whose station is not
 * recorded as prescribed or not, counts — timing and content decide.
 */
import { inform, type Finding } from "../../../core/assessment";
import { pfs } from "../../../core/citation";
import type { Verdict } from "../../../core/verdict";
import { PSNI } from "../../../model/forces";
import type { History } from "../../history";
import type { MethodResult, RecordPaths } from "../../notification/method";
import type { PreparedRecord } from "../../notification/record";

/**
 * Whether each notification was given at a prescribed police station in Northern Ireland, with the findings
 * explaining it (in the record's time order).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/15
 */
export function niMethodOfNotification(record: PreparedRecord, _history: History, paths: RecordPaths): MethodResult {
  const verdicts: Verdict[] = [];
  const missing: string[][] = [];
  const findings: Finding[] = [inform("notification.method", "ni-how", {}, [pfs("s.15(1)"), pfs("s.15(2)")])];
  const unrecorded: string[] = [];
  const notPrescribedUnrecorded: string[] = [];
  const cite = [pfs("s.15(1)(a)")];
  for (const n of record.notes) {
    const station = n.item.station;
    const on = n.when.date;
    // Every station is checked or counted: nothing here is left to settle, so no notification's verdict is unknown.
    missing.push([]);
    if (station === undefined) {
      verdicts.push("yes");
      unrecorded.push(`${paths.notifications}[${n.index}].station`);
    } else if (station.force !== PSNI) {
      verdicts.push("no");
      findings.push(inform("notification.method", "ni-outside", { on, force: station.force }, cite, "no"));
    } else if (station.prescribed === false) {
      verdicts.push("no");
      findings.push(inform("notification.method", "ni-not-prescribed", { on }, cite, "no"));
    } else if (station.prescribed === true) {
      verdicts.push("yes");
      findings.push(inform("notification.method", "ni-prescribed", { on }, cite));
    } else {
      verdicts.push("yes");
      notPrescribedUnrecorded.push(`${paths.notifications}[${n.index}].station.prescribed`);
    }
  }
  if (unrecorded.length > 0) {
    findings.push(inform("notification.method-not-checked", "unrecorded", { count: unrecorded.length }, [pfs("s.15(1)")], "unknown", unrecorded));
  }
  if (notPrescribedUnrecorded.length > 0) {
    findings.push(inform("notification.method-not-checked", "ni-prescribed-unrecorded", { count: notPrescribedUnrecorded.length }, cite, "unknown", notPrescribedUnrecorded));
  }
  return { verdicts, missing, findings };
}
