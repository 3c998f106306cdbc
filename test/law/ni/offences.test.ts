// Northern Ireland offences (PfS(NI)A 2022 s.13, s.16): the catalogue, and each offence's classification. Only
// the offence's own findings are checked here: whether the order was in force is another module's question.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Assessment, Finding } from "../../../src/core/assessment";
import { addDays, parseWhen } from "../../../src/core/calendar";
import { History } from "../../../src/law/history";
import { NI_OFFENCES, OFFENCES, afterAsOf, classifyBreach, classifyNotificationFailures, offenceById, type OffenceClassification, type OffenceId } from "../../../src/law/offences";
import { resolveTermBreach } from "../../../src/law/offences/resolve";
import { englishReason } from "../../../src/messages/rules";
import type { Incident, Order } from "../../../src/model/schemas";
import { issuesOf, rule } from "../../support/findings";
import { niFullOrder } from "../../support/ni-builders";


/** A full order made at 10:00 UTC on 2024-03-04 until further order, with two terms (one limited to Belfast). */
const niOrder = (overrides: Partial<Order> = {}): Order =>
  niFullOrder({
    id: "SPO-NI-1",
    madeOn: "2024-03-04",
    madeAt: "2024-03-04T10:00:00Z",
    servedAt: "2024-03-04T10:00:00Z",
    duration: { type: "until-further-order" },
    terms: [
      { id: "T1", type: "prohibition", text: "Must not contact V1 directly or indirectly." },
      { id: "T2", type: "prohibition", text: "Must not enter Elm Street, Belfast.", locality: "Belfast" },
    ],
    ...overrides,
  });

function niInterim(overrides: Partial<Order> = {}): Order {
  return niOrder({ id: "ISPO-NI-1", kind: "interim", duration: { type: "fixed", lastDay: "2024-09-30" }, ...overrides });
}

const ASOF = "2025-01-01";
const classify = (incident: Incident, order: Order = niOrder(), asOf = ASOF, convictedOn?: string) =>
  classifyBreach(incident, { order, asOf, ...(convictedOn === undefined ? {} : { convictedOn }) });
const breach = (at: string, reasonableExcuse?: boolean | null, termId = "T1"): Incident => ({ type: "term-breached", termId, at, ...(reasonableExcuse === undefined ? {} : { reasonableExcuse }) });

/** The findings the offence rules make themselves: not those on whether the order was in force. */
const own = (a: { findings: Finding[] }): Finding[] => a.findings.filter((f) => !f.rule.startsWith("in-force."));
const labels = (f: Finding | undefined) => f?.citations.map((c) => c.label);
const NI_SOURCES = ["PfS(NI)A 2022", "S.R. 2023/174"];

const NI_MAXIMUM = { summary: { custodyMonths: 6, fine: "statutory-maximum" }, indictment: { custodyYears: 5, fine: "unlimited" } };

describe("the Northern Ireland catalogue (s.13, s.16)", () => {
  it.each([
    ["breach-of-order", ["s.13(1)", "s.13(3)"], false],
    ["failure-to-notify-initial", ["s.14(1)", "s.16(1)(a)", "s.16(2)"], true],
    ["failure-to-notify-new-name", ["s.14(3)", "s.16(1)(a)", "s.16(2)"], true],
    ["failure-to-notify-new-address", ["s.14(4)", "s.16(1)(a)", "s.16(2)"], true],
    ["failure-to-allow-fingerprints-or-photographs", ["s.15(3)", "s.16(1)(c)", "s.16(2)"], false],
    ["false-information", ["s.16(1)(b)", "s.16(2)"], false],
  ] as const)("%s: %j, continuing %s, no codes, no CD bar, no guideline", (id, provisions, continuing) => {
    const o = offenceById(id, "northern-ireland");
    expect(o).toMatchObject({ offence: id, pnldCode: null, cjsCode: null, modeOfTrial: "either-way", conditionalDischargeAvailable: true, continuing, sentencingGuideline: null });
    expect(o.maximumOnIndictment).toEqual({ custodyYears: 5, fine: "unlimited" });
    expect(o.provisions.map((c) => c.provision)).toEqual(provisions);
    expect(o.provisions.every((c) => c.source === "PfS(NI)A 2022")).toBe(true);
    expect(NI_OFFENCES).toContain(o);
  });

  it("has the same six ids as England and Wales, in the same order, and is frozen", () => {
    expect(NI_OFFENCES.map((o) => o.offence)).toEqual(OFFENCES.map((o) => o.offence));
    expect(Object.isFrozen(NI_OFFENCES)).toBe(true);
    expect(Object.isFrozen(NI_OFFENCES[0]?.provisions)).toBe(true);
    // Each entry has the England and Wales shape, key for key, so reports look the same.
    NI_OFFENCES.forEach((o, i) => expect(Object.keys(o)).toEqual(Object.keys(OFFENCES[i] as object)));
  });

  it("only the s.16(1)(a) failures to notify are continuing (s.16(3)–(5))", () => {
    expect(NI_OFFENCES.filter((o) => o.continuing).map((o) => o.offence)).toEqual(["failure-to-notify-initial", "failure-to-notify-new-name", "failure-to-notify-new-address"]);
  });

  it("offenceById is England and Wales unless told; an unknown jurisdiction is an input error", () => {
    expect(offenceById("breach-of-order").cjsCode).toBe("ST19001");
    expect(offenceById("breach-of-order", "england-and-wales").pnldCode).toBe("H20164");
    expect(offenceById("breach-of-order", "northern-ireland").cjsCode).toBeNull();
    expect(issuesOf(() => offenceById("breach-of-order", "scotland" as never))).toEqual([{ path: "jurisdiction", message: "must be one of: england-and-wales, northern-ireland" }]);
    expect(issuesOf(() => offenceById("stalking" as OffenceId, "northern-ireland"))[0]?.path).toBe("id");
  });
});

describe("classifyBreach, Northern Ireland: breach of an order (s.13)", () => {
  it("a breach without reasonable excuse: the NI maximum, no codes, a conditional discharge available, no guideline", () => {
    const a = classify(breach("2024-05-01", false), niOrder(), ASOF, "2024-12-01");
    expect(a.verdict).toBe("yes");
    expect(a.value).toMatchObject({ offence: "breach-of-order", pnldCode: null, cjsCode: null, conditionalDischargeAvailable: true, continuing: false, sentencingGuideline: null, maximum: NI_MAXIMUM });
    expect(a.value?.provisions.map((c) => c.label)).toEqual(["PfS(NI)A 2022 s.13(1)", "PfS(NI)A 2022 s.13(3)"]);
    expect(rule(a, "penalty.summary-custody")).toMatchObject({ variant: "ni-fixed", verdict: "yes", informative: true, params: { months: 6, years: 5 } });
    expect(labels(rule(a, "penalty.summary-custody"))).toEqual(["PfS(NI)A 2022 s.13(3)"]);
    expect(rule(a, "penalty.summary-custody")?.reason).toContain("a fine not exceeding the statutory maximum");
    // Nothing England and Wales says of sentence or venue.
    for (const id of ["penalty.conditional-discharge", "penalty.depends-on-conviction", "offence.venue"]) expect(rule(a, id)).toBeUndefined();
  });

  it.each([
    [true, "no"],
    [false, "yes"],
    [null, "unknown"],
    [undefined, "unknown"],
  ] as const)("reasonable excuse %s → %s (s.13(1))", (excuse, verdict) => {
    const a = classify(breach("2024-05-01", excuse));
    expect(a.verdict).toBe(verdict);
    expect(a.value === null).toBe(verdict === "no");
    const f = rule(a, "breach.reasonable-excuse");
    expect(labels(f)).toEqual(["PfS(NI)A 2022 s.13(1)"]);
    if (verdict === "unknown") expect(f).toMatchObject({ verdict: "unknown", missing: ["incident.reasonableExcuse"] });
    else expect(f).not.toHaveProperty("missing");
  });

  // England and Wales's general limit moved on 30 March 2023 and 18 November 2024; Northern Ireland's did not.
  it.each(["2023-10-20", "2024-03-29", "2024-11-17", "2024-11-18", "2030-01-01"])("the summary maximum is 6 months whatever the conviction date (%s)", (convictedOn) => {
    const order = niOrder({ madeOn: "2023-10-19", madeAt: "2023-10-19T10:00:00+01:00", servedAt: "2023-10-19T10:00:00+01:00" });
    const a = classify(breach("2023-10-20T12:00:00+01:00", false), order, "2030-01-02", convictedOn);
    expect(a.value?.maximum).toEqual(NI_MAXIMUM);
    expect(rule(a, "penalty.summary-custody")?.variant).toBe("ni-fixed");
  });

  it("without a conviction date the maximum is the same, and nothing says it depends on one", () => {
    const a = classify(breach("2024-05-01", false));
    expect(a.value?.maximum.summary).toEqual({ custodyMonths: 6, fine: "statutory-maximum" });
    expect(rule(a, "penalty.depends-on-conviction")).toBeUndefined();
  });

  describe("where the term can be breached (s.13(2))", () => {
    it("a term not limited to a locality: anywhere in the UK, outside it for the persons s.8(6)(b) names", () => {
      const f = rule(classify(breach("2024-05-01", false)), "breach.territorial-reach");
      expect(f).toMatchObject({ variant: "ni-uk-wide", verdict: "unknown", informative: true, params: { term: "T1", kind: "full" } });
      expect(f).not.toHaveProperty("missing");
      expect(labels(f)).toEqual(["PfS(NI)A 2022 s.13(2)", "PfS(NI)A 2022 s.8(6)"]);
      expect(f?.reason).toContain("anywhere in the United Kingdom");
      expect(f?.reason).toContain("UK national");
      expect(f?.reason).toContain("the application for the order was made");
    });

    it("an interim order: s.11(5), residence when the main application was made", () => {
      const f = rule(classify(breach("2024-05-01", false), niInterim()), "breach.territorial-reach");
      expect(labels(f)).toEqual(["PfS(NI)A 2022 s.13(2)", "PfS(NI)A 2022 s.11(5)"]);
      expect(f?.reason).toContain("the main application was made");
    });

    it("a term limited to a locality is to be complied with there only", () => {
      const f = rule(classify(breach("2024-05-01", false, "T2")), "breach.territorial-reach");
      expect(f).toMatchObject({ variant: "ni-locality", verdict: "unknown", informative: true, params: { term: "T2", locality: "Belfast" } });
      expect(f?.reason).toContain("Belfast");
    });

    it("no note when there is no offence", () => {
      expect(rule(classify(breach("2024-05-01", true)), "breach.territorial-reach")).toBeUndefined();
    });
  });

  it("knowledge of an unserved order cites s.13(1)", () => {
    const f = rule(classify(breach("2024-05-01", false), niOrder({ servedAt: undefined })), "breach.knowledge");
    expect(f).toMatchObject({ variant: "unserved", informative: true });
    expect(labels(f)).toEqual(["PfS(NI)A 2022 s.13(1)"]);
  });

  it("which order a term breach is of cites s.13(1)", () => {
    const first = niOrder({ id: "A", duration: { type: "fixed", lastDay: "2026-03-03" } });
    const second = niOrder({ id: "B", madeOn: "2024-06-03", madeAt: "2024-06-03T10:00:00Z", servedAt: "2024-06-03T10:00:00Z" });
    const history = new History([
      { order: first, path: "orders[0]" },
      { order: second, path: "orders[1]" },
    ]);
    const r = resolveTermBreach(history, "T1", parseWhen("2024-07-01"), "incidents[0].orderId", "incidents[0].termId");
    expect("ambiguous" in r && labels(r.ambiguous)).toEqual(["PfS(NI)A 2022 s.13(1)"]);
  });
});

describe("classifyBreach, Northern Ireland: notification offences (s.16)", () => {
  it("failing to give the initial notification (s.16(1)(a), s.14(1)) is continuing from the first day of failure", () => {
    const a = classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2024-03-07", reasonableExcuse: false });
    expect(a.verdict).toBe("yes");
    expect(a.value).toMatchObject({ offence: "failure-to-notify-initial", pnldCode: null, cjsCode: null, continuing: true, conditionalDischargeAvailable: true, sentencingGuideline: null, maximum: NI_MAXIMUM });
    expect(labels(rule(a, "notification-failure.duty"))).toEqual(["PfS(NI)A 2022 s.14(1)", "PfS(NI)A 2022 s.16(1)(a)"]);
    expect(labels(rule(a, "notification-failure.continuing"))).toEqual(["PfS(NI)A 2022 s.16(3)", "PfS(NI)A 2022 s.16(4)", "PfS(NI)A 2022 s.16(5)"]);
    expect(labels(rule(a, "penalty.summary-custody"))).toEqual(["PfS(NI)A 2022 s.16(2)"]);
    expect(rule(a, "offence.venue")).toBeUndefined();
    expect(a.value?.title).toContain("coming into force");
  });

  it("within the 3 days there is no failure yet", () => {
    const a = classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2024-03-06", reasonableExcuse: false });
    expect(a.verdict).toBe("no");
    expect(rule(a, "notification-failure.duty")).toMatchObject({ verdict: "no", variant: "period-running" });
  });

  it.each([
    [true, "no"],
    [false, "yes"],
    [null, "unknown"],
  ] as const)("failure to notify, reasonable excuse %s → %s", (excuse, verdict) => {
    const a = classify({ type: "notification-failure", obligation: "initial", firstFailedOn: "2024-03-07", reasonableExcuse: excuse });
    expect(a.verdict).toBe(verdict);
    const f = rule(a, "notification-failure.reasonable-excuse");
    expect(labels(f)).toEqual(["PfS(NI)A 2022 s.16(1)(a)"]);
    if (verdict === "unknown") expect(f?.missing).toEqual(["incident.reasonableExcuse"]);
  });

  it.each([
    ["new-name", "failure-to-notify-new-name", "s.14(3)", { type: "name-used", on: "2024-04-01", name: "Sam Roe" }],
    ["new-address", "failure-to-notify-new-address", "s.14(4)", { type: "address-changed", on: "2024-04-01", address: "2 New Road, Belfast" }],
  ] as const)("a %s failure is %s (s.16(1)(a) with %s)", (obligation, offence, duty, event) => {
    const a = classifyBreach(
      { type: "notification-failure", obligation, firstFailedOn: "2024-04-04", reasonableExcuse: false },
      { order: niOrder(), asOf: ASOF, events: [event], notifications: [] },
    );
    expect(a.verdict).toBe("yes");
    expect(a.value).toMatchObject({ offence, continuing: true, pnldCode: null, cjsCode: null, maximum: NI_MAXIMUM });
    expect(labels(rule(a, "notification-failure.duty"))).toEqual([`PfS(NI)A 2022 ${duty}`, "PfS(NI)A 2022 s.16(1)(a)"]);
    expect(a.value?.provisions.map((c) => c.provision)).toEqual([duty, "s.16(1)(a)", "s.16(2)"]);
  });

  it("a failure whose duty was met uses the Northern Ireland sentence, repeating the duty's own", () => {
    const a = classifyBreach(
      { type: "notification-failure", obligation: "initial", firstFailedOn: "2024-03-07", reasonableExcuse: false },
      { order: niOrder(), asOf: ASOF, notifications: [{ at: "2024-03-05T10:00:00Z", names: ["Sam Roe"], homeAddress: "1 Old Road, Belfast" }] },
    );
    const f = rule(a, "notification-failure.duty");
    expect(f).toMatchObject({ verdict: "no", variant: "ni-met" });
    expect(f?.reason).toMatch(/^The duty was met: Name\(s\) and home address notified on 2024-03-05/);
    expect(a.verdict).toBe("no");
  });

  it("the Northern Ireland duty sentences repeat the duty's own, whichever catalogue has its variant", () => {
    const params = { subject: "", trigger: "2024-03-04", lastDay: "2024-03-06", on: "2024-03-05", duty: "initial", dutyVariant: "met" };
    expect(englishReason("notification-failure.duty", "ni-duty-says", params)).toBe(englishReason("notification.initial", "met", params));
    expect(englishReason("notification-failure.duty", "ni-met", params)).toBe(`The duty was met: ${englishReason("notification.initial", "met", params)}`);
    expect(englishReason("notification-failure.duty", "ni-duty-says", { ...params, dutyVariant: "no-such-variant" })).toBe("");
  });

  it.each([
    [true, "no"],
    [false, "yes"],
    [null, "unknown"],
  ] as const)("refusing fingerprints or photographs (s.16(1)(c), s.15(3)), excuse %s → %s; not continuing", (excuse, verdict) => {
    const a = classify({ type: "refused-fingerprints-or-photographs", at: "2024-03-05T11:00:00Z", reasonableExcuse: excuse });
    expect(a.verdict).toBe(verdict);
    expect(labels(rule(a, "fingerprints.reasonable-excuse"))).toEqual(["PfS(NI)A 2022 s.15(3)", "PfS(NI)A 2022 s.16(1)(c)"]);
    if (verdict !== "no") {
      expect(a.value).toMatchObject({ offence: "failure-to-allow-fingerprints-or-photographs", continuing: false, cjsCode: null, maximum: NI_MAXIMUM });
      expect(rule(a, "notification-failure.continuing")).toBeUndefined();
    }
  });

  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("false information (s.16(1)(b)), known false %s → %s; not continuing", (knewFalse, verdict) => {
    const a = classify({ type: "false-information", at: "2024-03-05T11:00:00Z", knewFalse });
    expect(a.verdict).toBe(verdict);
    expect(labels(rule(a, "false-information.knowledge"))).toEqual(["PfS(NI)A 2022 s.16(1)(b)"]);
    if (verdict !== "no") expect(a.value).toMatchObject({ offence: "false-information", continuing: false, pnldCode: null, maximum: NI_MAXIMUM });
  });

  it("classifyNotificationFailures: each overdue duty of an NI order becomes its NI offence", () => {
    const failures = classifyNotificationFailures({ order: niOrder(), asOf: "2024-06-01", events: [{ type: "address-changed", on: "2024-05-01", address: "2 New Road, Belfast" }], notifications: [] });
    expect(failures.map((f) => [f.obligation.kind, f.incident.firstFailedOn, f.classification.verdict, f.classification.value?.offence, f.classification.value?.cjsCode])).toEqual([
      ["initial", "2024-03-07", "unknown", "failure-to-notify-initial", null],
      ["new-address", "2024-05-04", "unknown", "failure-to-notify-new-address", null],
    ]);
    for (const f of failures) expect(f.classification.value?.maximum).toEqual(NI_MAXIMUM);
  });
});

describe("commencement: no Northern Ireland offence before 19 October 2023 (S.R. 2023/174)", () => {
  // An order recorded as made before commencement (itself unlawful), so that only the offence's date is in issue.
  const early = niOrder({ madeOn: "2023-10-02", madeAt: "2023-10-02T10:00:00+01:00", servedAt: "2023-10-02T10:00:00+01:00" });
  const incidents = (on: string): Incident[] => [
    breach(`${on}T12:00:00+01:00`, false),
    { type: "refused-fingerprints-or-photographs", at: `${on}T12:00:00+01:00`, reasonableExcuse: false },
    { type: "false-information", at: `${on}T12:00:00+01:00`, knewFalse: true },
    { type: "notification-failure", obligation: "initial", firstFailedOn: on, reasonableExcuse: false },
  ];

  it.each(incidents("2023-10-18").map((i) => [i.type, i] as const))("%s on 18 October 2023: no, citing S.R. 2023/174", (_, incident) => {
    const a = classify(incident, early);
    expect(a.verdict).toBe("no");
    expect(a.value).toBeNull();
    const f = rule(a, "offence.commencement");
    expect(f).toMatchObject({ variant: "ni-before", verdict: "no", params: { on: "2023-10-18" } });
    expect(labels(f)).toEqual(["S.R. 2023/174 art.2", "PfS(NI)A 2022 s.13(1)", "PfS(NI)A 2022 s.16(1)"]);
    expect(f?.reason).toContain("19 October 2023");
  });

  it.each(["2023-10-19", "2023-10-20"].flatMap((on) => incidents(on).map((i) => [on, i.type, i] as const)))("on %s a %s can be an offence", (_, __, incident) => {
    const a = classify(incident, early);
    expect(rule(a, "offence.commencement")).toBeUndefined();
    // Whether a notification duty had been failed is the notification module's answer; the rest are decided here.
    if (incident.type !== "notification-failure") expect(a.verdict).toBe("yes");
    expect(a.value).not.toBeNull();
  });

  it("the day is the London day: 23:59 on the 18th is before, 00:59 on the 19th (23:59 UTC on the 18th) is not", () => {
    expect(rule(classify(breach("2023-10-18T22:59:00Z", false), early), "offence.commencement")?.verdict).toBe("no");
    expect(rule(classify(breach("2023-10-18T23:59:00Z", false), early), "offence.commencement")).toBeUndefined();
  });

  it("an NI incident after the England and Wales commencement but before NI's is still no, with the NI sentence", () => {
    const old = niOrder({ madeOn: "2021-01-04", madeAt: "2021-01-04T10:00:00Z", servedAt: "2021-01-04T10:00:00Z" });
    const a = classify(breach("2021-06-01", false), old);
    expect(a.verdict).toBe("no");
    expect(rule(a, "offence.commencement")?.variant).toBe("ni-before");
  });
});

describe("an incident after asOf", () => {
  it("cites the offences of the jurisdiction given (England and Wales by default)", () => {
    expect(labels(afterAsOf("2024-06-01", "2024-07-01", "northern-ireland").findings[0])).toEqual(["PfS(NI)A 2022 s.13(1)", "PfS(NI)A 2022 s.16(1)"]);
    expect(labels(afterAsOf("2024-06-01", "2024-07-01").findings[0])).toEqual(["SPA 2019 s.8(1)", "SPA 2019 s.11(1)"]);
    expect(afterAsOf("2024-06-01", "2024-07-01", "northern-ireland")).toMatchObject({ verdict: "no", value: null });
  });
});

describe("properties", () => {
  const incidentOf = (kind: number, at: string, excuse: boolean | null, knewFalse: boolean | null): Incident => {
    switch (kind) {
      case 0:
        return breach(at, excuse);
      case 1:
        return breach(at, excuse, "T2");
      case 2:
        return { type: "refused-fingerprints-or-photographs", at, reasonableExcuse: excuse };
      case 3:
        return { type: "false-information", at, knewFalse };
      default:
        return { type: "notification-failure", obligation: "initial", firstFailedOn: at, reasonableExcuse: excuse };
    }
  };
  const scenario = fc.record({
    made: fc.integer({ min: -60, max: 1500 }),
    offset: fc.integer({ min: 1, max: 1200 }),
    kind: fc.integer({ min: 0, max: 4 }),
    excuse: fc.constantFrom(true, false, null),
    knewFalse: fc.constantFrom(true, false, null),
    interim: fc.boolean(),
    convicted: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const run = (s: Scenario): Assessment<OffenceClassification | null> => {
    const madeOn = addDays("2023-10-19", s.made);
    const order = (s.interim ? niInterim : niOrder)({ madeOn, madeAt: `${madeOn}T10:00:00Z`, servedAt: `${madeOn}T10:00:00Z`, duration: s.interim ? { type: "fixed", lastDay: addDays(madeOn, 400) } : { type: "until-further-order" } });
    const at = addDays(madeOn, s.offset);
    const convictedOn = s.convicted === undefined ? undefined : addDays(at, s.convicted);
    return classify(incidentOf(s.kind, at, s.excuse, s.knewFalse), order, "2035-01-01", convictedOn);
  };

  test.prop([scenario])("no Northern Ireland offence finding cites SPA 2019 (or anything but PfS(NI)A 2022 and S.R. 2023/174)", (s) => {
    const a = run(s);
    for (const f of own(a)) for (const c of f.citations) expect(NI_SOURCES).toContain(c.source);
    for (const c of a.value?.provisions ?? []) expect(c.source).toBe("PfS(NI)A 2022");
  });

  test.prop([scenario])("a classification has the NI maximum and no codes; the value is null exactly when the verdict is no", (s) => {
    const a = run(s);
    expect(a.value === null).toBe(a.verdict === "no");
    if (a.value !== null) {
      expect(a.value.maximum).toEqual(NI_MAXIMUM);
      expect([a.value.pnldCode, a.value.cjsCode, a.value.sentencingGuideline]).toEqual([null, null, null]);
      expect(a.value.conditionalDischargeAvailable).toBe(true);
      expect(a.value.continuing).toBe(a.value.offence.startsWith("failure-to-notify"));
    }
    for (const id of ["penalty.conditional-discharge", "penalty.depends-on-conviction", "offence.venue"]) expect(rule(a, id)).toBeUndefined();
  });

  test.prop([scenario])("reasonable excuse true always gives no", (s) => {
    const a = run({ ...s, excuse: true, kind: s.kind === 3 ? 0 : s.kind });
    expect(a.verdict).toBe("no");
  });

  test.prop([scenario])("an offence dated before 19 October 2023 is never one", (s) => {
    const a = run({ ...s, made: -400, offset: Math.min(s.offset, 399) });
    expect(a.verdict).toBe("no");
    expect(rule(a, "offence.commencement")?.variant).toBe("ni-before");
  });
});
