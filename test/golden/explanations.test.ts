// Golden explanations: the full text of every finding for a spread of cases, compared with reviewed files in
// test/golden/__golden__/. A change of wording, verdict, rule id or citation shows up as a diff to review
// (update with `npx vitest run -u` after reading it).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/assessment";
import { evaluateCase } from "../../src/case";
import { explain } from "../../src/output/explain";
import { appealRights, type AppealDecision } from "../../src/law/appeals";
import { assessApplicant, assessApplication, policies } from "../../src/law/application";
import { assessDischarge, assessVariation } from "../../src/law/discharge";
import { assessGrounds } from "../../src/law/grounds";
import { orderInForce, termInForce } from "../../src/law/in-force";
import { assessIdentificationRequest, assessNotification } from "../../src/law/notification";
import { classifyBreach } from "../../src/law/offences";
import { assessOrder } from "../../src/law/order";
import { summaryCustodyLimit } from "../../src/law/penalties";
import type { ApplicantInput, DischargeRequest, Incident, NotificationInput, Order } from "../../src/model/schemas";
import { applicationInput, fullOrder, groundsInput, interimOrder } from "../support/builders";

type Case = [label: string, run: () => Assessment<unknown>];

function render(cases: Case[]): string {
  return `${cases.map(([label, run]) => `## ${label}\n${explain(run())}\n`).join("\n")}`;
}

const applicant = (a: ApplicantInput["applicant"], d: ApplicantInput["defendant"]): ApplicantInput => ({ applicant: a, defendant: d });

const APPLICANTS: Case[] = [
  ["eligible superintendent in the BCU", () => assessApplicant(applicant({ force: "kent", rank: "superintendent", bcu: "North" }, { residesIn: { force: "kent", bcu: "North" } }))],
  ["inspector below the minimum rank", () => assessApplicant(applicant({ force: "kent", rank: "inspector", bcu: "North" }, { residesIn: { force: "kent", bcu: "North" } }))],
  ["resident elsewhere, no belief", () => assessApplicant(applicant({ force: "kent", rank: "superintendent", bcu: "North" }, { residesIn: { force: "essex", bcu: "North" } }))],
  ["residence not recorded", () => assessApplicant(applicant({ force: "kent", rank: "superintendent", bcu: "North" }, {}))],
  ["believed to be in, another BCU", () => assessApplicant(applicant({ force: "kent", rank: "superintendent", bcu: "North" }, { believedToBeIn: { force: "kent", bcu: "South" } }))],
  ["intends to come to, BCU unknown", () => assessApplicant(applicant({ force: "kent", rank: "superintendent", bcu: "North" }, { intendsToComeTo: { force: "kent" } }))],
  ["applicant BCU unknown", () => assessApplicant(applicant({ force: "kent", rank: "superintendent" }, { residesIn: { force: "kent", bcu: "North" } }))],
  ["BTP", () => assessApplicant(applicant({ force: "british-transport-police", rank: "chief-superintendent" }, {}))],
  ["statutory policy", () => assessApplicant(applicant({ force: "metropolitan", rank: "constable" }, { residesIn: { force: "metropolitan" } }), policies.statutory)],
];

const GROUNDS: Case[] = [
  ["all three grounds", () => assessGrounds(groundsInput())],
  ["court stage, stalking by proxy, acts abroad before 2020", () => assessGrounds(groundsInput({ stage: "court", acts: [{ kind: "following", on: "2019-05-01", where: "Lyon", against: "V1" }], necessity: { toProtect: ["V2", "V3"], judged: true } }))],
  ["no acts; risk judged absent; necessity undecided", () => assessGrounds(groundsInput({ acts: [], risk: { to: ["V1"], judged: false }, necessity: { toProtect: ["V1"], judged: null } }))],
  ["other act undecided; nobody at risk named; necessity refused", () => assessGrounds(groundsInput({ acts: [{ kind: "other" }, { kind: "other", associatedWithStalking: false }], risk: { to: ["D1"], judged: true }, necessity: { toProtect: ["V1"], judged: false } }))],
  ["listed act recorded as not associated; risk undecided; nobody to protect", () => assessGrounds(groundsInput({ acts: [{ kind: "contacting", associatedWithStalking: false }], risk: { judged: null }, necessity: { toProtect: [], judged: true } }))],
  ["several counting acts", () => assessGrounds(groundsInput({ acts: [{ kind: "loitering" }, { kind: "publishing", on: "2026-01-02" }], risk: { to: ["V1", "V2"], harm: ["physical", "psychological"], judged: true } }))],
];

const APPLICATIONS: Case[] = [
  ["application in Kent", () => assessApplication(applicationInput())],
  ["before commencement, youth court", () => assessApplication({ ...applicationInput(), madeOn: "2020-01-19", defendant: { id: "D1", dateOfBirth: "2003-01-20", residesIn: { force: "kent", bcu: "North" } }, grounds: { ...applicationInput().grounds, acts: [{ kind: "following", on: "2019-12-01" }] } })],
  ["no date of birth", () => assessApplication({ ...applicationInput(), defendant: { id: "D1", residesIn: { force: "kent", bcu: "North" } } })],
];

const earlier: Order = fullOrder({ id: "SPO-0", madeOn: "2025-01-10", duration: { type: "fixed", lastDay: "2027-01-09" }, terms: [{ id: "E1", type: "prohibition", text: "Must not enter Ashford." }] });
const ORDERS: Case[] = [
  ["lawful full order", () => assessOrder(fullOrder({ servedAt: "2026-03-02T15:00:00Z", terms: [{ id: "T1", type: "prohibition", text: "No contact.", lastDay: "2027-03-01" }, { id: "T2", type: "requirement", text: "Attend a course.", locality: "Maidstone" }] }))],
  ["unlawful full order: everything wrong", () => assessOrder(fullOrder({ madeOn: "2020-01-10", duration: { type: "fixed", lastDay: "2021-01-01" }, servedAt: "2020-01-09", dischargedOn: "2020-01-01", terms: [{ id: "T1", type: "prohibition", text: " ", lastDay: "2022-01-01" }, { id: "T1", type: "requirement", text: "x", locality: " " }] }))],
  ["no terms, until further order, replacing an interim order", () => assessOrder(fullOrder({ terms: [], duration: { type: "until-further-order" }, replacesInterimOrder: true }))],
  ["term ending before the order", () => assessOrder(fullOrder({ terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2026-01-01" }] }))],
  ["interim order: lawful, determined", () => assessOrder(interimOrder({ mainApplicationDeterminedOn: "2026-04-01" }))],
  ["interim order: until further order, ending before made, determined before made", () => assessOrder(interimOrder({ duration: { type: "until-further-order" }, mainApplicationDeterminedOn: "2026-01-01" }))],
  ["interim order ending before it was made", () => assessOrder(interimOrder({ duration: { type: "fixed", lastDay: "2026-01-01" } }))],
  ["earlier order: compatibility not judged", () => assessOrder(fullOrder(), { earlierOrders: [earlier, interimOrder({ madeOn: "2025-02-01" })] })],
  ["earlier order: judged compatible", () => assessOrder(fullOrder(), { earlierOrders: [earlier], earlierOrdersCompatible: true })],
  ["earlier orders: judged incompatible", () => assessOrder(fullOrder(), { earlierOrders: [earlier, { ...earlier, id: undefined }], earlierOrdersCompatible: false })],
  ["two earlier orders no longer in force", () => assessOrder(fullOrder(), { earlierOrders: [{ ...earlier, duration: { type: "fixed", lastDay: "2026-01-01" } }, { ...earlier, duration: { type: "fixed", lastDay: "2026-02-01" } }] })],
];

const inForceOrder = fullOrder({ id: "SPO-5", madeOn: "2026-03-02", dischargedOn: "2027-05-10", terms: [{ id: "T1", type: "prohibition", text: "x", lastDay: "2026-09-01" }] });
const IN_FORCE: Case[] = [
  ["before made", () => orderInForce(inForceOrder, "2026-03-01")],
  ["on the day made", () => orderInForce(inForceOrder, "2026-03-02")],
  ["in force", () => orderInForce(inForceOrder, "2026-06-01T12:00:00+01:00")],
  ["on the day discharged", () => orderInForce(inForceOrder, "2027-05-10")],
  ["after discharge", () => orderInForce({ ...inForceOrder, dischargedAt: "2027-05-10T10:00:00+01:00" }, "2027-05-10T12:00:00+01:00")],
  ["term after its own period", () => termInForce(inForceOrder, "T1", "2026-09-02")],
  ["term within its own period", () => termInForce(inForceOrder, "T1", "2026-09-01")],
  ["until further order", () => orderInForce(fullOrder({ duration: { type: "until-further-order" } }), "2030-01-01")],
  ["interim: on the day of determination, after it", () => orderInForce(interimOrder({ mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10")],
  ["interim: after its fixed period", () => orderInForce(interimOrder({ mainApplicationDeterminedAt: "2026-04-10T11:00:00+01:00", mainApplicationDeterminedOn: "2026-04-10" }), "2026-05-01")],
];

const dischargeOrder = fullOrder({ madeOn: "2026-03-02", applicantForce: "kent", duration: { type: "until-further-order" } });
const discharge = (extra: Partial<DischargeRequest>): DischargeRequest => ({ order: dischargeOrder, on: "2027-01-01", appliedBy: { role: "defendant" }, consents: {}, ...extra });
const DISCHARGES: Case[] = [
  ["defendant applies, both consents given", () => assessDischarge(discharge({ consents: { chiefOfficers: ["kent", "essex"] }, defendantResidesIn: "essex" }))],
  ["defendant applies, no consents", () => assessDischarge(discharge({ defendantResidesIn: "essex" }))],
  ["defendant applies, residence unknown", () => assessDischarge(discharge({ consents: { chiefOfficers: ["kent"] } }))],
  ["chief officer applies, defendant's consent not recorded", () => assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "kent" } }))],
  ["another chief officer, belief not recorded", () => assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "sussex" }, consents: { defendant: true } }))],
  ["another chief officer, no belief", () => assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "sussex", believesDefendantInArea: false } }))],
  ["another chief officer who believes", () => assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "sussex", believesDefendantInArea: true }, consents: { defendant: false } }))],
  ["chief officer of the area of residence", () => assessDischarge(discharge({ appliedBy: { role: "chief-officer", force: "essex" }, defendantResidesIn: "essex", consents: { defendant: true } }))],
  ["after the lock", () => assessDischarge(discharge({ on: "2028-03-02" }))],
  ["order already ended", () => assessDischarge(discharge({ order: fullOrder({ duration: { type: "fixed", lastDay: "2028-03-01" } }), on: "2028-06-01" }))],
  ["order already discharged", () => assessDischarge(discharge({ order: { ...dischargeOrder, dischargedOn: "2026-12-01" } }))],
  ["interim order, applicant chief officer", () => assessDischarge(discharge({ order: interimOrder({ applicantForce: "kent" }), on: "2026-03-10", appliedBy: { role: "chief-officer", force: "kent" } }))],
  ["interim order, another chief officer", () => assessDischarge(discharge({ order: interimOrder({ applicantForce: "kent" }), on: "2026-03-10", appliedBy: { role: "chief-officer", force: "essex" } }))],
  ["variation adding a term, judged necessary", () => assessVariation({ order: dischargeOrder, on: "2026-06-01", appliedBy: { role: "defendant" }, addedTerms: [{ id: "T3", type: "prohibition", text: "x" }], necessary: true })],
  ["variation adding a term, judged unnecessary", () => assessVariation({ order: dischargeOrder, on: "2026-06-01", appliedBy: { role: "defendant" }, addedTerms: [{ id: "T3", type: "prohibition", text: "x" }], necessary: false })],
  ["variation adding a term, undecided", () => assessVariation({ order: dischargeOrder, on: "2026-06-01", appliedBy: { role: "defendant" }, addedTerms: [{ id: "T3", type: "prohibition", text: "x" }] })],
  ["variation adding nothing", () => assessVariation({ order: dischargeOrder, on: "2026-06-01", appliedBy: { role: "chief-officer", force: "kent" } })],
  ...(["order-made", "order-refused", "interim-order-made", "interim-order-refused"] as const).map((decision): Case => [`appeal: ${decision}`, () => appealRights({ decision })]),
  ...(["defendant", "chief-officer"] as const).flatMap((by): Case[] => [
    [`appeal: s.4 order made on the ${by}'s application`, () => appealRights({ decision: "section-4-order-made", onApplicationOf: by } as AppealDecision)],
    [`appeal: s.4 order refused on the ${by}'s application`, () => appealRights({ decision: "section-4-order-refused", onApplicationOf: by } as AppealDecision)],
  ]),
];

const served = fullOrder({ madeOn: "2026-06-01", servedAt: "2026-06-01", courtArea: "kent", duration: { type: "until-further-order" } });
const note = (at: string, extra: object = {}) => ({ at, names: ["John Smith"], homeAddress: "1 Old Street", ...extra });
const notification = (extra: Partial<NotificationInput>): NotificationInput => ({ order: served, asOf: "2026-07-01", events: [], notifications: [], ...extra });
const NOTIFICATIONS: Case[] = [
  ["met, with a station in the area", () => assessNotification(notification({ notifications: [note("2026-06-02", { homeAddressPoliceArea: "kent", station: { force: "kent" } })] }))],
  ["overdue, late, wrong station", () => assessNotification(notification({ notifications: [note("2026-06-05", { homeAddressPoliceArea: "kent", station: { force: "essex" } })] }))],
  ["pending", () => assessNotification(notification({ asOf: "2026-06-02" }))],
  ["unserved", () => assessNotification(notification({ order: fullOrder({ madeOn: "2026-06-01", duration: { type: "until-further-order" } }) }))],
  ["replacing an interim order: new name pending, new name already notified, name reused, move met", () =>
    assessNotification(notification({
      order: { ...served, replacesInterimOrder: true },
      asOf: "2026-06-21",
      events: [
        { type: "name-used", on: "2026-05-20", name: "Old" },
        { type: "name-used", on: "2026-06-10", name: "Jack" },
        { type: "name-used", on: "2026-06-12", name: "Jack" },
        { type: "name-used", on: "2026-06-20", name: "Johnny" },
        { type: "name-used", on: "2026-06-20", name: "Known" },
        { type: "address-changed", on: "2026-06-15", address: "2 New Road", policeArea: "essex" },
      ],
      notifications: [note("2026-06-02", { names: ["Known"] }), { at: "2026-06-11", names: ["Jack"], station: { force: "british-transport-police" } }, { at: "2026-06-16", homeAddress: "2 New Road", station: { force: "essex" } }],
    }))],
  ["exempt", () => assessNotification(notification({ sexOffenderNotification: { subjectWhenOrderMade: true } }))],
  ["final day", () => assessNotification(notification({ sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-06-20" }, events: [{ type: "address-changed", on: "2026-06-10", address: "X" }] }))],
  ["final day after the order ended", () => assessNotification(notification({ order: { ...served, dischargedOn: "2026-06-10" }, sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-06-20" } }))],
  ["events after asOf ignored; a move after the order ended; one on the day it ended", () =>
    assessNotification(notification({
      order: { ...served, dischargedOn: "2026-06-20" },
      events: [{ type: "address-changed", on: "2026-06-20", address: "A" }, { type: "address-changed", on: "2026-06-25", address: "B" }, { type: "name-used", on: "2026-07-05", name: "Later" }],
      notifications: [note("2026-06-02"), note("2026-07-02")],
    }))],
  ["method: area unknown", () => assessNotification(notification({ order: { ...served, courtArea: undefined }, notifications: [note("2026-06-02", { station: { force: "kent" } })] }))],
  ["identification: allowed", () => assessIdentificationRequest({ kinds: ["fingerprints", "photographs"] })],
  ["identification: DNA and hair", () => assessIdentificationRequest({ kinds: ["dna", "hair"] })],
];

const breachOrder = fullOrder({ madeOn: "2026-03-02", madeAt: "2026-03-02T10:00:00Z", servedAt: "2026-03-02T16:00:00Z", duration: { type: "fixed", lastDay: "2028-03-01" } });
const classify = (incident: Incident, order: Order = breachOrder, convictedOn?: string) =>
  classifyBreach(incident, { order, asOf: "2028-06-01", ...(convictedOn === undefined ? {} : { convictedOn }) });
const OFFENCE_CASES: Case[] = [
  ["breach without excuse", () => classify({ type: "term-breached", termId: "T1", at: "2026-05-01", reasonableExcuse: false }, breachOrder, "2028-06-01")],
  ["breach with excuse", () => classify({ type: "term-breached", termId: "T1", at: "2026-05-01", reasonableExcuse: true })],
  ["breach, excuse undecided, before service", () => classify({ type: "term-breached", termId: "T1", at: "2026-03-02T12:00:00Z" })],
  ["breach on the day served, no time", () => classify({ type: "term-breached", termId: "T1", at: "2026-03-02", reasonableExcuse: false })],
  ["breach of an unserved order", () => classify({ type: "term-breached", termId: "T2", at: "2026-05-01", reasonableExcuse: false }, { ...breachOrder, servedAt: undefined })],
  ["breach after the order ended", () => classify({ type: "term-breached", termId: "T1", at: "2028-03-02", reasonableExcuse: false })],
  ["initial notification failure", () => classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-05", reasonableExcuse: false })],
  ["initial notification failure too early", () => classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-04" })],
  ["initial failure, unserved order", () => classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-05" }, { ...breachOrder, servedAt: undefined })],
  ["initial failure, replacing order", () => classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-03-05" }, { ...breachOrder, replacesInterimOrder: true })],
  ["new-name failure", () => classify({ type: "notification-failure", obligation: "new-name", firstFailedOn: "2026-08-01", reasonableExcuse: null })],
  ["new-address failure", () => classify({ type: "notification-failure", obligation: "new-address", firstFailedOn: "2026-08-01", reasonableExcuse: true })],
  ["fingerprints refused", () => classify({ type: "refused-fingerprints-or-photographs", at: "2026-04-01", reasonableExcuse: false })],
  ["false information: knew", () => classify({ type: "false-information", at: "2026-04-01", knewFalse: true })],
  ["false information: did not know", () => classify({ type: "false-information", at: "2026-04-01", knewFalse: false })],
  ["false information: undecided", () => classify({ type: "false-information", at: "2026-04-01" })],
  ["before commencement", () => classify({ type: "false-information", at: "2019-04-01", knewFalse: true }, { ...breachOrder, madeOn: "2019-03-01", madeAt: undefined, servedAt: undefined })],
  ["summary limit: old offence", () => summaryCustodyLimit({ offenceOn: "2021-06-01", asOf: "2026-01-01" })],
  ["summary limit: 2023 conviction", () => summaryCustodyLimit({ offenceOn: "2023-01-01", convictedOn: "2023-06-01", offence: "breach" })],
  ["summary limit: no conviction date", () => summaryCustodyLimit({ offenceOn: "2024-01-01", asOf: "2024-12-01", offence: "notification" })],
  ["summary limit: 2022 conviction", () => summaryCustodyLimit({ offenceOn: "2022-06-01", convictedOn: "2022-12-01" })],
];

describe("golden explanations", () => {
  it.each([
    ["applicants", APPLICANTS],
    ["grounds", GROUNDS],
    ["applications", APPLICATIONS],
    ["orders", ORDERS],
    ["in-force", IN_FORCE],
    ["discharge-variation-appeals", DISCHARGES],
    ["notification", NOTIFICATIONS],
    ["offences", OFFENCE_CASES],
  ] as const)("%s", async (name, cases) => {
    await expect(render(cases as Case[])).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });

  const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));
  it.each(examples)("examples/%s", async (file) => {
    const text = explain(evaluateCase(JSON.parse(readFileSync(`examples/${file}`, "utf8"))));
    await expect(text).toMatchFileSnapshot(`./__golden__/examples/${file.replace(/\.json$/, ".txt")}`);
  });
});
