import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { BREACH_GUIDELINE, classifyBreach, classifyNotificationFailures, OFFENCES } from "../../src/law/offences";
import type { Incident, Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";
import { rule } from "../support/findings";


describe("the offence catalogue", () => {
  it.each([
    ["breach-of-order", "H20164", "ST19001", ["s.8(1)", "s.8(2)"], false, false],
    ["failure-to-notify-initial", "H20165", "ST19002", ["s.9(1)", "s.11(1)(a)", "s.11(2)"], true, true],
    ["failure-to-notify-new-name", "H20166", "ST19003", ["s.9(3)", "s.11(1)(a)", "s.11(2)"], true, true],
    ["failure-to-notify-new-address", "H20167", "ST19004", ["s.9(4)", "s.11(1)(a)", "s.11(2)"], true, true],
    ["failure-to-allow-fingerprints-or-photographs", "H20168", "ST19005", ["s.10(5)", "s.11(1)(a)", "s.11(2)"], true, false],
    ["false-information", "H20169", "ST19006", ["s.11(1)(b)", "s.11(2)"], true, false],
  ])("%s: PNLD %s, CJS %s", (id, pnld, cjs, provisions, cd, continuing) => {
    const o = OFFENCES.find((x) => x.offence === id);
    expect(o).toMatchObject({ pnldCode: pnld, cjsCode: cjs, modeOfTrial: "either-way", conditionalDischargeAvailable: cd, continuing });
    expect(o?.provisions.map((c) => c.provision)).toEqual(provisions);
    expect(o?.maximumOnIndictment).toEqual({ custodyYears: 5, fine: "unlimited" });
    expect(o?.sentencingGuideline).toBe(id === "breach-of-order" ? BREACH_GUIDELINE : null);
  });

  it("has exactly six offences", () => {
    expect(OFFENCES).toHaveLength(6);
  });
});

describe("classifyBreach: term breached (s.8)", () => {
  const order = fullOrder({
    madeOn: "2026-03-02",
    servedAt: "2026-03-02T16:00:00Z",
    duration: { type: "fixed", lastDay: "2028-03-01" },
    terms: [
      { id: "T1", type: "prohibition", text: "No contact with V1." },
      { id: "T2", type: "prohibition", text: "Not to enter Elm Street.", lastDay: "2026-09-01" },
    ],
  });
  const breach = (termId: string, at: string, reasonableExcuse?: boolean | null): Incident => ({ type: "term-breached", termId, at, ...(reasonableExcuse === undefined ? {} : { reasonableExcuse }) });
  const classify = (i: Incident, o: Order = order, asOf = "2028-06-01") => classifyBreach(i, { order: o, asOf, convictedOn: asOf });

  it("a breach without reasonable excuse is breach-of-order, with the summary maximum and no conditional discharge", () => {
    const a = classify(breach("T1", "2026-05-01T10:00:00+01:00", false));
    expect(a.verdict).toBe("yes");
    expect(a.value).toMatchObject({
      offence: "breach-of-order",
      pnldCode: "H20164",
      cjsCode: "ST19001",
      conditionalDischargeAvailable: false,
      maximum: { summary: { custodyMonths: 12, fine: "unlimited" }, indictment: { custodyYears: 5, fine: "unlimited" } },
    });
    expect(rule(a, "penalty.conditional-discharge")?.citations[0]?.label).toBe("SPA 2019 s.8(4)");
  });

  it.each([
    [true, "no"],
    [false, "yes"],
    [null, "unknown"],
    [undefined, "unknown"],
  ] as const)("reasonable excuse %s → %s", (excuse, verdict) => {
    const a = classify(breach("T1", "2026-05-01", excuse));
    expect(a.verdict).toBe(verdict);
    expect(a.value === null).toBe(verdict === "no");
    if (verdict === "unknown") expect(rule(a, "breach.reasonable-excuse")?.missing).toEqual(["incident.reasonableExcuse"]);
  });

  it.each([
    ["the order's last day", "T1", "2028-03-01", "yes"],
    ["the day after the order's last day", "T1", "2028-03-02", "no"],
    ["the term's last day", "T2", "2026-09-01", "yes"],
    ["the day after the term's last day", "T2", "2026-09-02", "no"],
    ["the day the order was made, no time", "T1", "2026-03-02", "unknown"],
    ["the day the order was made, before it was made", "T1", "2026-03-02T08:00:00Z", "no"],
  ])("a breach on %s → %s", (_, termId, at, verdict) => {
    const timed = at.includes("T08") ? { ...order, madeAt: "2026-03-02T10:00:00Z" } : order;
    expect(classify(breach(termId, at, false), timed).verdict).toBe(verdict);
  });

  it("on the day made, after it was made, is a breach", () => {
    expect(classify(breach("T1", "2026-03-02T17:00:00Z", false), { ...order, madeAt: "2026-03-02T10:00:00Z" }).verdict).toBe("yes");
  });

  it("an act before service: knowledge of the order will be in issue", () => {
    const a = classify(breach("T1", "2026-03-02T12:00:00Z", false), { ...order, madeAt: "2026-03-02T10:00:00Z" });
    expect(a.verdict).toBe("yes");
    expect(rule(a, "breach.knowledge")).toMatchObject({ informative: true });
    expect(rule(a, "breach.knowledge")?.reason).toContain("knew of the order will be in issue");
    expect(rule(classify(breach("T1", "2026-05-01", false)), "breach.knowledge")).toBeUndefined();
  });

  it("an interim order after the main application was determined", () => {
    const interim = interimOrder({ madeOn: "2026-03-02", duration: { type: "fixed", lastDay: "2026-06-30" }, mainApplicationDeterminedOn: "2026-04-10" });
    expect(classify(breach("T1", "2026-04-09", false), interim).verdict).toBe("yes");
    expect(classify(breach("T1", "2026-04-10", false), interim).verdict).toBe("unknown");
    expect(classify(breach("T1", "2026-04-11", false), interim).verdict).toBe("no");
  });

  it("input errors: an unknown term, an incident after asOf", () => {
    expect(() => classify(breach("T9", "2026-05-01"))).toThrow(/incident.termId: is not the id of a term/);
    expect(() => classifyBreach(breach("T1", "2026-05-02"), { order, asOf: "2026-05-01" })).toThrow(/incident.at: is after asOf/);
  });

  it("without a conviction date the summary figure is as at asOf, noted as depending on conviction", () => {
    const a = classifyBreach(breach("T1", "2023-06-01", false), { order: { ...order, madeOn: "2023-01-02", servedAt: "2023-01-02", duration: { type: "until-further-order" } }, asOf: "2024-01-01" });
    expect(a.value?.maximum.summary.custodyMonths).toBe(6);
    expect(rule(a, "penalty.depends-on-conviction")?.informative).toBe(true);
  });
});

describe("classifyBreach: notification, fingerprints, false information (s.11)", () => {
  const order = fullOrder({ madeOn: "2026-06-01", servedAt: "2026-06-01", duration: { type: "until-further-order" } });

  it("a failure to give the initial notification is a continuing offence from the first day of failure", () => {
    const a = classifyBreach({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-06-04", reasonableExcuse: false }, { order, asOf: "2026-07-01" });
    expect(a.verdict).toBe("yes");
    expect(a.value).toMatchObject({ offence: "failure-to-notify-initial", cjsCode: "ST19002", continuing: true, conditionalDischargeAvailable: true });
    expect(rule(a, "notification-failure.continuing")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.11(3)", "SPA 2019 s.11(4)", "SPA 2019 s.11(5)"]);
    // the period had not ended on the third day
    expect(classifyBreach({ type: "notification-failure", obligation: "initial", firstFailedOn: "2026-06-03", reasonableExcuse: false }, { order, asOf: "2026-07-01" }).verdict).toBe("no");
  });

  it.each([
    ["new-name", "failure-to-notify-new-name", "ST19003"],
    ["new-address", "failure-to-notify-new-address", "ST19004"],
  ] as const)("a %s failure", (obligation, offence, cjs) => {
    const a = classifyBreach({ type: "notification-failure", obligation, firstFailedOn: "2026-06-20" }, { order, asOf: "2026-07-01" });
    expect(a.verdict).toBe("unknown");
    expect(a.value).toMatchObject({ offence, cjsCode: cjs });
  });

  it("refusing fingerprints or photographs", () => {
    const a = classifyBreach({ type: "refused-fingerprints-or-photographs", at: "2026-06-02", reasonableExcuse: false }, { order, asOf: "2026-07-01" });
    expect(a.value).toMatchObject({ offence: "failure-to-allow-fingerprints-or-photographs", cjsCode: "ST19005", continuing: false });
  });

  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("false information, known false: %s → %s", (knewFalse, verdict) => {
    const a = classifyBreach({ type: "false-information", at: "2026-06-02", knewFalse }, { order, asOf: "2026-07-01" });
    expect(a.verdict).toBe(verdict);
    if (verdict !== "no") expect(a.value?.cjsCode).toBe("ST19006");
  });

  it("no offence before the Act came into force", () => {
    const old = fullOrder({ madeOn: "2019-06-01", servedAt: "2019-06-01", duration: { type: "until-further-order" } });
    const a = classifyBreach({ type: "term-breached", termId: "T1", at: "2019-07-01", reasonableExcuse: false }, { order: old, asOf: "2026-07-01" });
    expect(a.verdict).toBe("no");
    expect(a.value).toBeNull();
  });
});

describe("classifyNotificationFailures", () => {
  it("turns each overdue duty into its offence in one call", () => {
    const order = fullOrder({ madeOn: "2026-06-01", servedAt: "2026-06-01", duration: { type: "until-further-order" } });
    const failures = classifyNotificationFailures({
      order,
      asOf: "2026-07-01",
      events: [{ type: "address-changed", on: "2026-06-20", address: "2 New Road" }],
      notifications: [],
    });
    expect(failures.map((f) => [f.obligation.kind, f.incident.firstFailedOn, f.classification.verdict, f.classification.value?.cjsCode])).toEqual([
      ["initial", "2026-06-04", "unknown", "ST19002"],
      ["new-address", "2026-06-23", "unknown", "ST19004"],
    ]);
    expect(classifyNotificationFailures({ order, asOf: "2026-06-02", events: [], notifications: [] })).toEqual([]);
  });
});

describe("properties", () => {
  const scenario = fc.record({
    made: fc.integer({ min: 0, max: 2000 }),
    length: fc.integer({ min: 0, max: 1500 }),
    offset: fc.integer({ min: -30, max: 2000 }),
    excuse: fc.constantFrom(true, false, null),
    interim: fc.boolean(),
  });
  const build = (s: { made: number; length: number; interim: boolean }): Order => {
    const madeOn = addDays("2020-01-20", s.made);
    return (s.interim ? interimOrder : fullOrder)({ madeOn, servedAt: madeOn, duration: { type: "fixed", lastDay: addDays(madeOn, s.length) } });
  };

  test.prop([scenario])("never an offence for an act outside every period of effect", (s) => {
    const order = build(s);
    const at = addDays(order.madeOn, s.offset);
    const last = (order.duration as { lastDay: string }).lastDay;
    const a = classifyBreach({ type: "term-breached", termId: "T1", at, reasonableExcuse: s.excuse }, { order, asOf: "2035-01-01" });
    if (at < order.madeOn || at > last) {
      expect(a.verdict).toBe("no");
      expect(a.value).toBeNull();
    }
  });

  test.prop([scenario])("reasonable excuse true always gives no", (s) => {
    const order = build(s);
    const at = addDays(order.madeOn, Math.max(0, s.offset));
    expect(classifyBreach({ type: "term-breached", termId: "T1", at, reasonableExcuse: true }, { order, asOf: "2035-01-01" }).verdict).toBe("no");
    expect(classifyBreach({ type: "refused-fingerprints-or-photographs", at, reasonableExcuse: true }, { order, asOf: "2035-01-01" }).verdict).toBe("no");
  });

  test.prop([scenario])("the summary limit is always 6 or 12, and value is null exactly when the verdict is no", (s) => {
    const order = build(s);
    const at = addDays(order.madeOn, Math.max(0, s.offset));
    const a = classifyBreach({ type: "term-breached", termId: "T1", at, reasonableExcuse: s.excuse }, { order, asOf: "2035-01-01" });
    expect(a.value === null).toBe(a.verdict === "no");
    if (a.value !== null) expect([6, 12]).toContain(a.value.maximum.summary.custodyMonths);
  });
});
