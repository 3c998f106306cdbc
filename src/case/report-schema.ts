/**
 * The schema of what `evaluateCase` returns, for systems that store or check reports: `schema/case-report.json`
 * and `schema/evaluate-result.json`, and the service's OpenAPI document, are generated from it. It describes the
 * output, so it is never used to parse input; `test/case/report-schema.test.ts` checks every example's report
 * against its JSON Schema with ajv, and that the schema's type and {@link CaseReport} agree.
 */
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { VERDICTS } from "../core/verdict";
import { RULE_IDS } from "../messages/rules";
import { OBLIGATION_KINDS } from "../model/schemas/notification";
import { KEY_DATE_KINDS } from "./report";

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.describe("A London calendar day, YYYY-MM-DD."));
const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/), z.describe("An ISO 8601 date-time with its offset."));
const when = z.string().check(z.describe("A day (YYYY-MM-DD) or an instant (ISO 8601), as the case file gave it."));
const count = z.int().check(z.minimum(0));

const verdict = z.enum(VERDICTS as ["yes", "no", "unknown"]);

const citation = strictObject({
  source: z.string(),
  provision: z.string(),
  label: z.string().check(z.describe('How the provision is cited in text, e.g. "SPA 2019 s.9(1)".')),
  url: z.optional(z.string()),
});

const paramValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.readonly(z.array(z.string()))]);
const params = z.record(z.string(), paramValue).check(z.describe("Every value the sentence mentions, by name."));

const finding = strictObject({
  rule: z.enum(RULE_IDS as [string, ...string[]]).check(z.describe("The stable id of the rule.")),
  variant: z.string().check(z.describe("Which of the rule's sentences this is; with params, what a message catalogue needs.")),
  verdict,
  reason: z.string().check(z.describe("The English sentence.")),
  params,
  citations: z.array(citation),
  missing: z.optional(z.array(z.string()).check(z.describe("Input paths that would settle an unknown verdict."))),
  informative: z.optional(z.literal(true)),
});

/** An assessment whose value is described by `value`. */
function assessment<V extends z.core.SomeType>(value: V) {
  return strictObject({ verdict, findings: z.array(finding), value });
}

/** An assessment with no value: in JSON its `value` is absent. */
const bare = strictObject({ verdict, findings: z.array(finding), value: z.optional(z.never()) });

const dutyKind = z.enum(OBLIGATION_KINDS as ["initial", "new-name", "new-address"]);

const obligation = strictObject({
  kind: dutyKind,
  trigger: z.nullable(day),
  lastDay: z.nullable(day),
  endsAt: z.nullable(instant),
  status: z.enum(["met", "overdue", "pending", "not-required", "unknown"]),
  metAt: z.optional(when),
  citations: z.array(citation),
  orderId: z.optional(z.string()),
  subject: z.optional(z.string().check(z.describe("The name or address the duty is about, from the record."))),
  event: z.optional(count),
  variant: z.string(),
  params,
  reason: z.string(),
  missing: z.optional(z.array(z.string())),
});

const offence = strictObject({
  offence: z.string().check(z.describe("The offence's id, e.g. breach-of-order.")),
  title: z.string(),
  provisions: z.array(citation),
  pnldCode: z.nullable(z.string()),
  cjsCode: z.nullable(z.string()),
  modeOfTrial: z.literal("either-way"),
  conditionalDischargeAvailable: z.boolean(),
  continuing: z.boolean(),
  sentencingGuideline: z.nullable(z.string()),
  maximum: strictObject({
    summary: strictObject({ custodyMonths: count, fine: z.string() }),
    indictment: strictObject({ custodyYears: count, fine: z.string() }),
  }),
});

const failureIncident = strictObject({
  type: z.literal("notification-failure"),
  obligation: dutyKind,
  firstFailedOn: day,
  reasonableExcuse: z.optional(z.nullable(z.boolean())),
  description: z.optional(z.string()),
  orderId: z.optional(z.string()),
});

const keyDateKind = z.enum(KEY_DATE_KINDS as unknown as [string, ...string[]]);

/** What key dates and agenda items share beyond their day: which order, term, event or incident they are about. */
const about = {
  kind: keyDateKind,
  duty: z.optional(dutyKind),
  orderId: z.optional(z.string()),
  termId: z.optional(z.string()),
  event: z.optional(count),
  incident: z.optional(count),
  label: z.string().check(z.describe("A plain description with nothing from the record in it.")),
  citation,
};

const keyDate = strictObject({ date: day, endsAt: z.optional(instant), ...about });

const agendaItem = strictObject({
  due: day,
  endsAt: z.nullable(instant),
  status: z.enum(["overdue", "due"]),
  daysLeft: z.int().check(z.describe("London days from asOf's day to due; negative when overdue.")),
  ...about,
});

const orderReport = strictObject({
  id: z.nullable(z.string()),
  kind: z.enum(["full", "interim"]),
  lawful: bare,
  inForce: bare,
});

/** Everything `evaluateCase` found as at `asOf` (contract v2). */
export const CaseReportSchema = strictObject({
  asOf: when,
  jurisdiction: z.enum(["england-and-wales", "northern-ireland"]),
  application: z.optional(assessment(strictObject({ court: z.nullable(z.enum(["magistrates-court", "youth-court"])) }))),
  orders: z.array(orderReport),
  notification: z.optional(assessment(z.array(obligation))),
  notificationFailures: z.optional(z.array(strictObject({ obligation, incident: failureIncident, classification: assessment(z.nullable(offence)) }))),
  discharge: z.optional(bare),
  incidents: z.array(assessment(z.nullable(offence))),
  keyDates: z.array(keyDate),
  agenda: z.array(agendaItem),
});

const issue = strictObject({ path: z.string(), message: z.string() });

/** `evaluateCase`'s result: the report, or the input issues. */
export const EvaluateResultSchema = z.union([
  strictObject({ ok: z.literal(true), report: CaseReportSchema }),
  strictObject({ ok: z.literal(false), issues: z.array(issue) }),
]);
