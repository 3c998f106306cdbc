/**
 * The person's notification duties over the whole history, computed once (SPA 2019 s.9, s.10; in Northern
 * Ireland PfS(NI)A 2022 s.14, s.15, chosen once from the history's jurisdiction): each order's initial duty, one
 * set of new-name and new-address duties while any order is in effect, one exemption. The notification
 * assessment and the offences of failing to notify both read this one model.
 */
import { inform, type Finding } from "../../core/assessment";
import { parseWhen, type When } from "../../core/calendar";
import type { NotificationEvent, NotificationRecord, SexOffenderNotification } from "../../model/schemas";
import type { History } from "../history";
import { Coverage } from "./coverage";
import { eventObligations } from "./events";
import type { Exemption } from "./exemption";
import { InitialMatcher, initialObligations, planInitial } from "./initial";
import { NOTIFICATION_LAWS } from "./law";
import type { RecordPaths } from "./method";
import { obligationFinding, type Obligation } from "./obligation";
import { prepareRecord, type Dated, type PreparedRecord } from "./record";

/** The person's notification record, as given. */
export interface NotificationParts {
  sexOffenderNotification?: SexOffenderNotification | undefined;
  events?: readonly NotificationEvent[] | undefined;
  notifications?: readonly NotificationRecord[] | undefined;
}

/** The model: every obligation, the findings explaining them, and the exemption (for the offences). */
export interface PersonDuties {
  obligations: Obligation[];
  findings: Finding[];
  exemption: Exemption;
  record: PreparedRecord;
}

/**
 * Computes the person's duties as at `asOf`, under the Act of the history's jurisdiction. `paths` say where the
 * record's parts are in the caller's input.
 */
export function personDuties(history: History, parts: NotificationParts, asOfText: When, paths: RecordPaths): PersonDuties {
  const law = NOTIFICATION_LAWS[history.jurisdiction];
  const asOf = parseWhen(asOfText);
  const record = prepareRecord(parts, asOf);
  const exemption = law.exemption(parts.sexOffenderNotification, asOf);
  const method = law.method(record, history, paths);
  const position = new Map<Dated<NotificationRecord>, number>(record.notes.map((n, i) => [n, i]));
  const missingOf = (n: Dated<NotificationRecord>): readonly string[] => method.missing[position.get(n) as number] ?? [];
  const plans = history.entries.map((entry) => planInitial(entry, exemption, asOf, law));
  const initial = initialObligations(plans, new InitialMatcher(record, method.verdicts, missingOf), asOf, law.wording);
  const coverage = new Coverage(history, plans, law);
  const events = eventObligations(history, record, method, coverage, exemption, paths, law);
  const obligations = [...initial, ...events];
  const findings: Finding[] = [...exemption.findings];
  for (const plan of plans) for (const f of plan.notes ?? []) findings.push(f);
  for (const o of obligations) findings.push(obligationFinding(o));
  if (record.ignored > 0) {
    const n = record.ignored;
    findings.push(inform("notification.after-as-of", "ignored", { count: n, asOf: asOfText }, [...law.afterAsOf]));
  }
  for (const f of method.findings) findings.push(f);
  for (const f of law.closing({ history, record, asOf: asOfText })) findings.push(f);
  return { obligations, findings, exemption, record };
}
