/**
 * The duties to notify a new name (SPA 2019 s.9(3)) and a change of home address (s.9(4)), each within 3 days
 * beginning with the day it happens, while the person is under the requirements (see `coverage.ts`). A name
 * already notified raises no duty, nor does a name used again; a change of address may be notified before the
 * move (s.10(3)(b)), counting if given after the previous move and after the requirements began.
 */
import { joinPath } from "../../core/assessment";
import { compareWhen, notificationPeriod, type ParsedWhen } from "../../core/calendar";
import { momentOf } from "../../core/span";
import type { NotificationEvent, NotificationRecord } from "../../model/schemas";
import type { History } from "../history";
import { inForceFindings } from "../in-force";
import type { Coverage } from "./coverage";
import type { Exemption } from "./exemption";
import type { NotificationLaw } from "./law";
import { obligation, settle, type Obligation } from "./obligation";
import { NoteList, normText, type Dated, type PreparedRecord } from "./record";
import type { RecordPaths } from "./method";
import type { Verdict } from "../../core/verdict";

/** The notifications giving each name, and each home address, as searchable lists. */
function listsBy(record: PreparedRecord, verdicts: readonly Verdict[], missing: readonly (readonly string[])[], keysOf: (n: NotificationRecord) => string[]): Map<string, NoteList> {
  const groups = new Map<string, { notes: Dated<NotificationRecord>[]; verdicts: Verdict[] }>();
  const position = new Map<Dated<NotificationRecord>, number>();
  record.notes.forEach((n, i) => {
    position.set(n, i);
    for (const key of new Set(keysOf(n.item))) {
      if (key === "") continue;
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { notes: [], verdicts: [] }));
      group.notes.push(n);
      group.verdicts.push(verdicts[i] as Verdict);
    }
  });
  const missingOf = (n: Dated<NotificationRecord>): readonly string[] => missing[position.get(n) as number] ?? [];
  return new Map([...groups].map(([key, g]) => [key, new NoteList(g.notes, g.verdicts, missingOf)]));
}

/** Why the person was under no duty at an event, when no order's requirements covered it. */
export function notSubjectVariant(history: History, when: ParsedWhen): "covered" | "before-order" | "not-subject" {
  if (!history.mayBeInEffect(momentOf(when)).next().done) return "covered";
  const first = history.inOrderMade[0];
  return first !== undefined && compareWhen(when, first.made) === -1 ? "before-order" : "not-subject";
}

/** What would settle whether the person was under the requirements at an event on the edge of an order. */
export function edgeMissing(history: History, e: Dated<NotificationEvent>, eventPath: string): string[] {
  const out: string[] = [];
  for (const { item: entry } of history.mayBeInEffect(momentOf(e.when))) {
    const findings = inForceFindings(entry.order, e.when, { order: entry.path, at: eventPath });
    for (const f of findings) if (f.verdict === "unknown") out.push(...(f.missing ?? []));
    if (out.length >= 4) break;
  }
  return out.length > 0 ? out : [eventPath];
}

/** The new-name and new-address obligations, one per event known by `asOf`, in time order. */
export function eventObligations(
  history: History,
  record: PreparedRecord,
  method: { verdicts: readonly Verdict[]; missing: readonly (readonly string[])[] },
  coverage: Coverage,
  exemption: Exemption,
  paths: RecordPaths,
  law: NotificationLaw,
): Obligation[] {
  const w = law.wording;
  const byName = listsBy(record, method.verdicts, method.missing, (n) => (n.names ?? []).map(normText));
  const byAddress = listsBy(record, method.verdicts, method.missing, (n) => [normText(n.homeAddress)]);
  const empty = new NoteList([], [], () => []);
  const out: Obligation[] = [];
  const firstUse = new Map<string, string>();
  let previousMove: ParsedWhen | null = null;
  for (const e of record.events) {
    const kind = e.item.type === "name-used" ? "new-name" : "new-address";
    const subject = e.item.type === "name-used" ? normText(e.item.name) : normText(e.item.address);
    const key = { subject, event: e.index };
    const eventPath = joinPath(`${paths.events}[${e.index}]`, "on");
    const advanceFrom = previousMove;
    if (e.item.type === "address-changed") previousMove = e.when;
    const exemptBefore = exemption.eventsExemptBefore;
    if (exemptBefore === "always") {
      out.push(obligation(w, kind, key, { status: "not-required", variant: exemption.variant, params: exemption.params }));
      continue;
    }
    if (exemptBefore !== null && e.when.date < exemptBefore) {
      out.push(obligation(w, kind, key, { status: "not-required", variant: "exempt-then", params: exemption.params }));
      continue;
    }
    const covered = coverage.at(momentOf(e.when));
    if (covered.state === "no") {
      out.push(obligation(w, kind, key, { status: "not-required", variant: law.notSubjectVariant(history, e.when) }));
      continue;
    }
    if (covered.state === "unknown") {
      out.push(
        obligation(w, kind, key, {
          period: notificationPeriod(e.when.date),
          status: "unknown",
          variant: "edge-of-order",
          missing: law.edgeMissing(history, e, eventPath),
        }),
      );
      continue;
    }
    if (kind === "new-name") {
      const first = firstUse.get(subject);
      if (first !== undefined) {
        out.push(obligation(w, kind, key, { status: "not-required", variant: "used-again", params: { first } }));
        continue;
      }
      const notes = byName.get(subject) ?? empty;
      const earlier = notes.candidates(notes.before(e.when));
      if (earlier.counts !== undefined) {
        out.push(obligation(w, kind, key, { status: "not-required", variant: "already-notified", params: { on: earlier.counts.when.date } }));
        continue;
      }
      if (earlier.unchecked !== undefined) {
        out.push(
          obligation(w, kind, key, {
            period: notificationPeriod(e.when.date),
            status: "unknown",
            variant: "notified-unchecked",
            params: { on: earlier.unchecked.note.when.date },
            missing: earlier.unchecked.missing,
          }),
        );
        continue;
      }
      firstUse.set(subject, e.when.date);
      out.push(settle(w, kind, key, e.when.date, notes.candidates([[notes.fromDay(e.when.date), notes.length]]), record.asOf));
      continue;
    }
    // Advance notice counts from the later of the previous move and the start of the requirements.
    const from = advanceFrom !== null && compareWhen(advanceFrom, covered.dutyFrom) !== -1 ? advanceFrom : covered.dutyFrom;
    const notes = byAddress.get(subject) ?? empty;
    out.push(settle(w, kind, key, e.when.date, notes.candidates(notes.notBefore(from)), record.asOf));
  }
  return out;
}
