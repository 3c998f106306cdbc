// Northern Ireland notification (PfS(NI)A 2022 s.14): the initial 3 days from coming into force, new names and
// addresses, the three exemption schemes and the final day, with the boundary day and the day either side.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/assessment";
import { assessNotification, type Obligation } from "../../../src/law/notification";
import type { NotificationEvent, NotificationInput, NotificationRecord, Order } from "../../../src/model/schemas";
import { niFullOrder } from "../../support/ni-builders";

const PSNI = "police-service-of-northern-ireland" as const;
const NAMES = ["Sam Reeve"];
const ADDRESS = "1 Lisburn Road, Belfast";
const STATION = { force: PSNI, prescribed: true } as const;

/** A full order made on 2026-03-02 for 2 years, with one term. */
const niOrder = (overrides: Partial<Order> = {}): Order =>
  niFullOrder({ id: "SPO-NI-1", terms: [{ id: "T1", type: "prohibition", text: "Must not contact V1 directly or indirectly." }], ...overrides });

/** An interim order made on 2026-03-02 with a fixed period to 2026-04-30, with one term. */
const niInterim = (overrides: Partial<Order> = {}): Order => niOrder({ id: "ISPO-NI-1", kind: "interim", duration: { type: "fixed", lastDay: "2026-04-30" }, ...overrides });

const note = (at: string, extra: Partial<NotificationRecord> = {}): NotificationRecord => ({ at, names: NAMES, homeAddress: ADDRESS, station: STATION, ...extra });
const input = (order: Order, asOf: string, extra: Partial<NotificationInput> = {}): NotificationInput => ({ order, asOf, events: [], notifications: [], ...extra });
const run = (i: NotificationInput) => assessNotification(i);
const initial = (i: NotificationInput) => run(i).value.find((o) => o.kind === "initial") as Obligation;
const ruled = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const labels = (cites: { label: string }[]) => cites.map((c) => c.label);

describe("the initial notification: 3 days beginning with the day the order comes into force (s.14(1))", () => {
  describe("made on 2 March, no later coming into force recorded: the day made (convention)", () => {
    const order = niOrder();

    it("the period is 2–4 March, cited to s.14(1)–(2), with the convention stated", () => {
      const a = run(input(order, "2026-03-03"));
      expect(a.value[0]).toMatchObject({ kind: "initial", trigger: "2026-03-02", lastDay: "2026-03-04", status: "pending", variant: "ni-pending" });
      expect(labels(a.value[0]!.citations)).toEqual(["PfS(NI)A 2022 s.14(1)", "PfS(NI)A 2022 s.14(2)"]);
      const [cif] = ruled(a.findings, "notification.coming-into-force");
      expect(cif).toMatchObject({ variant: "made-day", informative: true, params: { on: "2026-03-02" } });
      expect(cif?.reason).toContain("not with service");
      expect(cif?.reason).toContain("(convention)");
      expect(labels(cif!.citations)).toEqual(["PfS(NI)A 2022 s.14(1)"]);
    });

    it("1 March (the day before) does not count; 2 March and 4 March do; 5 March is late", () => {
      expect(initial(input(order, "2026-03-10", { notifications: [note("2026-03-01")] })).status).toBe("overdue");
      expect(initial(input(order, "2026-03-10", { notifications: [note("2026-03-02")] })).status).toBe("met");
      expect(initial(input(order, "2026-03-10", { notifications: [note("2026-03-04T23:59:00Z")] })).status).toBe("met");
      expect(initial(input(order, "2026-03-10", { notifications: [note("2026-03-05")] }))).toMatchObject({ status: "overdue", variant: "ni-late", metAt: "2026-03-05" });
    });

    it("pending on 4 March, overdue from 5 March", () => {
      expect(initial(input(order, "2026-03-04")).status).toBe("pending");
      expect(initial(input(order, "2026-03-05"))).toMatchObject({ status: "overdue", variant: "ni-not-notified" });
    });

    it("never waits on service: servedAt is not the trigger", () => {
      const served = niOrder({ servedAt: "2026-03-20" });
      expect(initial(input(served, "2026-03-10"))).toMatchObject({ trigger: "2026-03-02", status: "overdue" });
      expect(initial(input(niOrder({ servedAt: undefined }), "2026-03-03")).missing).toBeUndefined();
    });
  });

  describe("made on 2 March, coming into force on 9 March as recorded", () => {
    const order = niOrder({ comesIntoForceOn: "2026-03-09" });

    it("before 9 March the 3 days have not started; on 9 March they run to 11 March", () => {
      const before = initial(input(order, "2026-03-08"));
      expect(before).toMatchObject({ status: "pending", variant: "ni-not-in-force", trigger: null, lastDay: null, params: { inForceOn: "2026-03-09" } });
      expect(before.missing).toBeUndefined();
      expect(initial(input(order, "2026-03-09"))).toMatchObject({ status: "pending", trigger: "2026-03-09", lastDay: "2026-03-11" });
      expect(ruled(run(input(order, "2026-03-09")).findings, "notification.coming-into-force")[0]).toMatchObject({ variant: "recorded", params: { on: "2026-03-09", madeOn: "2026-03-02" } });
    });

    it("8 March (the day before) does not count; 9 March and 11 March do; 12 March is late", () => {
      expect(initial(input(order, "2026-03-20", { notifications: [note("2026-03-08")] })).status).toBe("overdue");
      expect(initial(input(order, "2026-03-20", { notifications: [note("2026-03-09")] })).status).toBe("met");
      expect(initial(input(order, "2026-03-20", { notifications: [note("2026-03-11")] })).status).toBe("met");
      expect(initial(input(order, "2026-03-20", { notifications: [note("2026-03-12")] })).status).toBe("overdue");
    });

    it("pending on 11 March, overdue from 12 March", () => {
      expect(initial(input(order, "2026-03-11")).status).toBe("pending");
      expect(initial(input(order, "2026-03-12")).status).toBe("overdue");
    });

    it("a name used, or a move made, between making and coming into force is for the initial notification", () => {
      const events: NotificationEvent[] = [{ type: "name-used", on: "2026-03-05", name: "Jo Reeve" }];
      const a = run(input(order, "2026-03-20", { events, notifications: [note("2026-03-10")] }));
      expect(a.value[0]?.status).toBe("overdue");
      expect(a.value[1]).toMatchObject({ kind: "new-name", status: "not-required", variant: "covered" });
      expect(run(input(order, "2026-03-20", { events, notifications: [note("2026-03-10", { names: ["Sam Reeve", "Jo Reeve"] })] })).value[0]?.status).toBe("met");
    });
  });

  it("no initial notification under an order that replaces an interim order (s.14(1)(a))", () => {
    const o = initial(input(niOrder({ replacesInterimOrder: true }), "2026-04-01"));
    expect(o).toMatchObject({ status: "not-required", variant: "replaces-interim" });
    expect(labels(o.citations)).toEqual(["PfS(NI)A 2022 s.14(1)", "PfS(NI)A 2022 s.14(2)"]);
  });

  describe("an interim order coming into force after it was made", () => {
    const base = { madeOn: "2026-03-02", comesIntoForceOn: "2026-03-09" };

    it("had ceased before its coming into force (main application determined on 8 March): no duty", () => {
      const o = initial(input(niInterim({ ...base, mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-03-08" }), "2026-03-20"));
      expect(o).toMatchObject({ status: "not-required", variant: "ni-ceased-before-in-force", params: { interim: true, inForceOn: "2026-03-09" } });
    });

    it("ceasing on the day it comes into force (9 March) or later: the duty arises for the full 3 days", () => {
      for (const day of ["2026-03-09", "2026-03-10"]) {
        const o = initial(input(niInterim({ ...base, mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: day }), "2026-03-20"));
        expect(o).toMatchObject({ trigger: "2026-03-09", lastDay: "2026-03-11", status: "overdue" });
      }
    });

    it("dismissed before it came into force, with no day on which an appeal stopped being possible: unknown", () => {
      const o = initial(input(niInterim({ ...base, mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-05" }), "2026-03-20"));
      expect(o).toMatchObject({ status: "unknown", variant: "ni-ceased-unknown", missing: ["order.appealConditionsMetOn"] });
    });
  });
});

describe("new names (s.14(3)) and new home addresses (s.14(4)): before the end of 3 days beginning with the day", () => {
  const order = niOrder();
  const first = note("2026-03-03");

  it("a name first used on 10 March: pending on 12 March, overdue on 13 March; notified on 12 met, on 13 late", () => {
    const events: NotificationEvent[] = [{ type: "name-used", on: "2026-03-10", name: "Jo Reeve" }];
    const duty = (asOf: string, notes: NotificationRecord[]) => run(input(order, asOf, { events, notifications: [first, ...notes] })).value[1];
    expect(duty("2026-03-12", [])).toMatchObject({ kind: "new-name", trigger: "2026-03-10", lastDay: "2026-03-12", status: "pending" });
    expect(duty("2026-03-13", [])?.status).toBe("overdue");
    expect(duty("2026-03-20", [{ at: "2026-03-12", names: ["Jo Reeve"], station: STATION }])?.status).toBe("met");
    expect(duty("2026-03-20", [{ at: "2026-03-13", names: ["Jo Reeve"], station: STATION }])?.status).toBe("overdue");
    expect(labels(duty("2026-03-13", [])!.citations)).toEqual(["PfS(NI)A 2022 s.14(3)"]);
  });

  it("a name notified before it is used creates no duty (s.14(3)(b): it has been notified)", () => {
    const events: NotificationEvent[] = [{ type: "name-used", on: "2026-03-10", name: "Jo Reeve" }];
    expect(run(input(order, "2026-03-20", { events, notifications: [note("2026-03-03", { names: ["Sam Reeve", "Jo Reeve"] })] })).value[1]).toMatchObject({ status: "not-required", variant: "already-notified" });
  });

  it("a move on 20 March: notified on 22 met, on 23 late; pending on 22, overdue on 23", () => {
    const events: NotificationEvent[] = [{ type: "address-changed", on: "2026-03-20", address: "2 Malone Road" }];
    const duty = (asOf: string, notes: NotificationRecord[]) => run(input(order, asOf, { events, notifications: [first, ...notes] })).value[1];
    expect(duty("2026-03-22", [])).toMatchObject({ kind: "new-address", trigger: "2026-03-20", lastDay: "2026-03-22", status: "pending" });
    expect(duty("2026-03-23", [])?.status).toBe("overdue");
    expect(duty("2026-03-30", [{ at: "2026-03-22", homeAddress: "2 Malone Road", station: STATION }])).toMatchObject({ status: "met", variant: "met" });
    expect(duty("2026-03-30", [{ at: "2026-03-23", homeAddress: "2 Malone Road", station: STATION }])).toMatchObject({ status: "overdue", variant: "ni-late" });
    expect(labels(duty("2026-03-23", [])!.citations)).toEqual(["PfS(NI)A 2022 s.14(4)"]);
  });

  it("a new address notified before the move counts, as the library's reading of s.14(4), not a rule like SPA s.10(3)(b)", () => {
    const events: NotificationEvent[] = [{ type: "address-changed", on: "2026-03-20", address: "2 Malone Road" }];
    const o = run(input(order, "2026-03-30", { events, notifications: [first, { at: "2026-03-18", homeAddress: "2 Malone Road", station: STATION }] })).value[1];
    expect(o).toMatchObject({ status: "met", variant: "ni-met-before-move", metAt: "2026-03-18" });
    expect(o?.reason).toContain("the library's reading of \"before the end of\" in s.14(4)");
    expect(o?.reason).not.toMatch(/SPA|s\.10/);
  });
});

describe("the exemption (s.14(5)) and the final day (s.14(6)–(7))", () => {
  const order = niOrder({ duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] });
  const move: NotificationEvent = { type: "address-changed", on: "2026-04-01", address: "2 Malone Road" };

  it.each([
    [undefined, "PfS(NI)A 2022 s.14(5)(a)", "SOA 2003 Part 2", "https://www.legislation.gov.uk/ukpga/2003/42/part/2", "Sexual Offences Act 2003"],
    ["soa-2003-part-2", "PfS(NI)A 2022 s.14(5)(a)", "SOA 2003 Part 2", "https://www.legislation.gov.uk/ukpga/2003/42/part/2", "Sexual Offences Act 2003"],
    ["justice-ni-2015-part-8", "PfS(NI)A 2022 s.14(5)(b)", "Justice Act (NI) 2015 Part 8", "https://www.legislation.gov.uk/nia/2015/9/part/8", "Justice (Northern Ireland) Act 2015, as the Act names it"],
    [
      "human-trafficking-ni-2015-sch-3",
      "PfS(NI)A 2022 s.14(5)(c)",
      "Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (NI) 2015 Sch. 3",
      "https://www.legislation.gov.uk/nia/2015/2/schedule/3",
      "Schedule 3 to the Human Trafficking and Exploitation",
    ],
  ] as const)("scheme %s: nothing is required while it lasts, citing %s", (scheme, paragraph, act, url, words) => {
    const son = { subjectWhenOrderMade: true, ...(scheme === undefined ? {} : { scheme }) };
    const a = run(input(order, "2026-05-01", { sexOffenderNotification: son, events: [move] }));
    expect(a.value.map((o) => [o.status, o.variant])).toEqual([
      ["not-required", "ni-exempt"],
      ["not-required", "ni-exempt"],
    ]);
    expect(a.value[0]?.reason).toContain(words);
    expect(a.verdict).toBe("yes");
    const [f] = ruled(a.findings, "notification.exemption");
    expect(f).toMatchObject({ variant: "ni-subject", params: { scheme: scheme ?? "soa-2003-part-2" } });
    expect(labels(f!.citations)).toEqual([paragraph, act]);
    expect(f!.citations[1]?.url).toBe(url);
    for (const x of [...a.findings, ...a.value]) expect(x.reason).not.toContain("SPA");
  });

  describe("final day 10 May (after the order was made, while it is in effect)", () => {
    const son = { subjectWhenOrderMade: true, endedOn: "2026-05-10", scheme: "justice-ni-2015-part-8" as const };

    it("the initial 3 days run from the final day: 10–12 May", () => {
      const a = run(input(order, "2026-05-11", { sexOffenderNotification: son }));
      expect(a.value[0]).toMatchObject({ trigger: "2026-05-10", lastDay: "2026-05-12", status: "pending" });
      const [f] = ruled(a.findings, "notification.final-day");
      expect(f).toMatchObject({ variant: "ni-from-final-day", params: { ended: "2026-05-10", scheme: "justice-ni-2015-part-8" } });
      expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.14(6)", "PfS(NI)A 2022 s.14(7)"]);
      expect(f?.reason).toContain("instead of from the day the order came into force");
    });

    it("9 May (the day before) does not count; 10 and 12 May do; 13 May is late", () => {
      const at = (day: string) => initial(input(order, "2026-05-20", { sexOffenderNotification: son, notifications: [note(day)] }));
      expect(at("2026-05-09").status).toBe("overdue");
      expect(at("2026-05-10").status).toBe("met");
      expect(at("2026-05-12").status).toBe("met");
      expect(at("2026-05-13").status).toBe("overdue");
    });

    it("still exempt on 9 May; pending on 12 May; overdue on 13 May", () => {
      expect(initial(input(order, "2026-05-09", { sexOffenderNotification: son }))).toMatchObject({ status: "not-required", variant: "ni-exempt" });
      expect(initial(input(order, "2026-05-12", { sexOffenderNotification: son })).status).toBe("pending");
      expect(initial(input(order, "2026-05-13", { sexOffenderNotification: son })).status).toBe("overdue");
    });

    it("a move during the exemption raises no duty of its own", () => {
      const o = run(input(order, "2026-05-20", { sexOffenderNotification: son, events: [move] })).value[1];
      expect(o).toMatchObject({ status: "not-required", variant: "ni-exempt-then", params: { scheme: "justice-ni-2015-part-8" } });
      expect(o?.reason).toContain("Justice (Northern Ireland) Act 2015");
    });
  });

  it("a final day after the order ceased: the requirements never applied under it (s.14(6)(d))", () => {
    const ended = niOrder({ dischargedOn: "2026-05-01" });
    const a = run(input(ended, "2026-06-01", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-05-10" } }));
    expect(a.value[0]).toMatchObject({ status: "not-required", variant: "ni-never-applied" });
    expect(labels(ruled(a.findings, "notification.exemption")[0]!.citations)).toEqual(["PfS(NI)A 2022 s.14(6)(d)", "PfS(NI)A 2022 s.14(5)(a)", "SOA 2003 Part 2"]);
  });

  it("a final day on the order's last day in effect counts (in effect on part of that day)", () => {
    const ending = niOrder({ dischargedOn: "2026-05-10" });
    expect(initial(input(ending, "2026-06-01", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-05-10" } }))).toMatchObject({ trigger: "2026-05-10", status: "overdue" });
  });

  describe("an order made on 2 March, coming into force on 9 March", () => {
    const later = niOrder({ comesIntoForceOn: "2026-03-09" });
    const son = (endedOn: string) => ({ sexOffenderNotification: { subjectWhenOrderMade: true, endedOn } });

    it("exemption ending on 8 March, before it came into force: the ordinary 3 days from 9 March, with the reading stated", () => {
      const a = run(input(later, "2026-03-20", son("2026-03-08")));
      expect(a.value[0]).toMatchObject({ trigger: "2026-03-09", lastDay: "2026-03-11", status: "overdue" });
      expect(ruled(a.findings, "notification.exemption")[0]).toMatchObject({ variant: "ni-ended-before-in-force", params: { inForceOn: "2026-03-09" } });
    });

    it("ending on 9 March or 10 March: the final day starts the 3 days", () => {
      expect(initial(input(later, "2026-03-20", son("2026-03-09")))).toMatchObject({ trigger: "2026-03-09", lastDay: "2026-03-11" });
      expect(initial(input(later, "2026-03-20", son("2026-03-10")))).toMatchObject({ trigger: "2026-03-10", lastDay: "2026-03-12" });
    });
  });

  it("an interim order dismissed before the final day, with no day on which an appeal stopped being possible: unknown", () => {
    const interim = niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-20" });
    const a = run(input(interim, "2026-04-20", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-04-01" }, events: [{ type: "address-changed", on: "2026-04-10", address: "X" }] }));
    expect(a.value[0]).toMatchObject({ status: "unknown", variant: "ni-final-day-unknown", missing: ["order.appealConditionsMetOn"] });
    expect(a.value[1]).toMatchObject({ status: "unknown", variant: "ni-edge-of-order", missing: ["order.appealConditionsMetOn"] });
    expect(a.verdict).toBe("unknown");
    expect(ruled(a.findings, "notification.exemption")[0]).toMatchObject({ variant: "ni-in-effect-unknown", verdict: "unknown" });
  });
});

describe("notes said once (s.14)", () => {
  const a = run(input(niOrder(), "2026-03-10", { notifications: [note("2026-03-03"), note("2026-03-20")] }));

  it("no further information is known to be prescribed (s.14(2)(c))", () => {
    const [f] = ruled(a.findings, "notification.prescribed-information");
    expect(f).toMatchObject({ variant: "none-known", informative: true });
    expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.14(2)(c)"]);
  });

  it("the meaning of home address (s.14(8))", () => {
    const [f] = ruled(a.findings, "notification.home-address");
    expect(f?.reason).toMatch(/Northern Ireland.*Great Britain.*regularly be found.*Great Britain/);
    expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.14(8)"]);
  });

  it("every day counts, and records after asOf are ignored, citing s.14", () => {
    const [pauses] = ruled(a.findings, "notification.no-pauses");
    expect(pauses).toMatchObject({ variant: "ni-every-day" });
    expect(labels(pauses!.citations)).toEqual(["PfS(NI)A 2022 s.14(1)", "PfS(NI)A 2022 s.14(3)", "PfS(NI)A 2022 s.14(4)"]);
    expect(labels(ruled(a.findings, "notification.after-as-of")[0]!.citations)).toEqual(["PfS(NI)A 2022 s.14"]);
  });
});

describe("new names and addresses on the day an order ceases (s.14(3)–(4) need a person subject to an order)", () => {
  const first = note("2026-03-03");
  const move = (on: string): NotificationEvent => ({ type: "address-changed", on, address: "2 Malone Road" });

  it("discharged on 10 May without a time: a move that day is unknown, naming the times; the day before a duty; the day after none", () => {
    const order = niOrder({ dischargedOn: "2026-05-10" });
    const duty = (on: string) => run(input(order, "2026-06-01", { events: [move(on)], notifications: [first] })).value[1];
    expect(duty("2026-05-09")?.status).toBe("overdue");
    expect(duty("2026-05-10")).toMatchObject({ status: "unknown", variant: "ni-edge-of-order", missing: ["order.dischargedAt", "events[0].on"] });
    expect(duty("2026-05-11")).toMatchObject({ status: "not-required", variant: "not-subject" });
  });

  it("an interim order ceasing on the withdrawal of the main application (s.11(9)) on 10 April", () => {
    const order = niInterim({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-04-10" });
    const duty = (on: string) => run(input(order, "2026-06-01", { events: [move(on)], notifications: [first] })).value[1];
    expect(duty("2026-04-09")?.status).toBe("overdue");
    expect(duty("2026-04-10")).toMatchObject({ status: "unknown", missing: ["order.mainApplicationDeterminedAt", "events[0].on"] });
    expect(duty("2026-04-11")?.status).toBe("not-required");
  });
});

describe("whether the order is in effect on the final day (s.14(6)(d)): every way a Northern Ireland order ends", () => {
  type Expect = "final-day" | "never-applied" | { unknown: string };
  const at = "2026-04-10T15:00:00+01:00";
  const rows: [string, Order, string, Expect][] = [
    ["full order, fixed period to 10 May, final day 10 May", niOrder({ duration: { type: "fixed", lastDay: "2026-05-10" } }), "2026-05-10", "final-day"],
    ["full order, fixed period to 10 May, final day 11 May", niOrder({ duration: { type: "fixed", lastDay: "2026-05-10" } }), "2026-05-11", "never-applied"],
    ["discharged at an instant on 10 May, final day 10 May", niOrder({ dischargedAt: "2026-05-10T10:00:00+01:00" }), "2026-05-10", "final-day"],
    ["discharged at an instant on 10 May, final day 11 May", niOrder({ dischargedAt: "2026-05-10T10:00:00+01:00" }), "2026-05-11", "never-applied"],
    ["interim, order made on 10 April, final day 9 April", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-09", "final-day"],
    ["interim, order made on 10 April, final day 10 April", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10", "final-day"],
    ["interim, order made on 10 April, final day 11 April", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-11", "never-applied"],
    ["interim, order made at an instant on 10 April, final day 11 April", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedAt: at }), "2026-04-11", "never-applied"],
    ["interim, order made at an instant on 10 April, final day 10 April", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedAt: at }), "2026-04-10", "final-day"],
    ["interim, withdrawn on 10 April, final day 11 April", niInterim({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-11", "never-applied"],
    ["interim, withdrawn on 10 April, final day 10 April", niInterim({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10", "final-day"],
    ["interim, order made on a day not recorded, final day 3 March", niInterim({ mainApplicationOutcome: "order-made" }), "2026-03-03", { unknown: "order.mainApplicationDeterminedOn" }],
    ["interim, dismissed, no appeal possible from 15 April, final day 15 April", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-10", appealConditionsMetOn: "2026-04-15" }), "2026-04-15", "final-day"],
    ["interim, dismissed, no appeal possible from 15 April, final day 16 April", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-10", appealConditionsMetOn: "2026-04-15" }), "2026-04-16", "never-applied"],
    ["interim, dismissed on 10 April, appeal day unrecorded, final day 10 April", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10", "final-day"],
    ["interim, dismissed on 10 April, appeal day unrecorded, final day 11 April", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-11", { unknown: "order.appealConditionsMetOn" }],
    ["interim, determined on 10 April with no outcome, final day 10 April", niInterim({ mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10", "final-day"],
    ["interim, determined on 10 April with no outcome, final day 11 April", niInterim({ mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-11", { unknown: "order.mainApplicationOutcome" }],
    ["interim, nothing determined, final day 30 April (its last day)", niInterim(), "2026-04-30", "final-day"],
    ["interim, nothing determined, final day 1 May (after its fixed period)", niInterim(), "2026-05-01", "never-applied"],
  ];

  it.each(rows)("%s", (_, order, endedOn, expected) => {
    const a = run(input(order, "2026-06-30", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn } }));
    const duty = a.value.find((o) => o.kind === "initial");
    if (expected === "final-day") {
      expect(duty).toMatchObject({ trigger: endedOn });
      expect(ruled(a.findings, "notification.final-day")[0]).toMatchObject({ variant: "ni-from-final-day", params: { ended: endedOn } });
    } else if (expected === "never-applied") {
      expect(duty).toMatchObject({ status: "not-required", variant: "ni-never-applied" });
      expect(ruled(a.findings, "notification.exemption")[0]).toMatchObject({ variant: "ni-not-in-effect", params: { ended: endedOn, kind: order.kind, id: order.id } });
    } else {
      expect(duty).toMatchObject({ status: "unknown", variant: "ni-final-day-unknown", missing: [expected.unknown] });
      expect(ruled(a.findings, "notification.exemption")[0]).toMatchObject({ variant: "ni-in-effect-unknown", verdict: "unknown", missing: [expected.unknown] });
    }
  });

  it("an exemption that ends on the day the order is made is not a final day: the ordinary 3 days; the next day is one", () => {
    const same = run(input(niOrder(), "2026-06-30", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-03-02" } }));
    expect(same.value[0]).toMatchObject({ trigger: "2026-03-02", lastDay: "2026-03-04" });
    expect(ruled(same.findings, "notification.final-day")).toEqual([]);
    const next = run(input(niOrder(), "2026-06-30", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-03-03" } }));
    expect(next.value[0]).toMatchObject({ trigger: "2026-03-03", lastDay: "2026-03-05" });
  });

  it("as at the final day itself the 3 days are running; the day before, the person is still exempt", () => {
    const son = { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-05-10" } };
    expect(initial(input(niOrder(), "2026-05-10", son))).toMatchObject({ trigger: "2026-05-10", status: "pending" });
    expect(initial(input(niOrder(), "2026-05-09", son))).toMatchObject({ status: "not-required", variant: "ni-exempt" });
  });
});

describe("a move on the day an order stops having effect: what would settle it (s.11(9)-(10), s.14(4))", () => {
  const move = (on: string): NotificationEvent => ({ type: "address-changed", on, address: "2 Malone Road" });
  const rows: [string, Order, string, string[]][] = [
    ["discharged on 10 April, move that day", niOrder({ dischargedOn: "2026-04-10" }), "2026-04-10", ["order.dischargedAt", "events[0].on"]],
    ["discharged at noon on 10 April, move that day", niOrder({ dischargedAt: "2026-04-10T12:00:00+01:00" }), "2026-04-10", ["events[0].on"]],
    ["discharged on 10 April, move at 09:00 that day", niOrder({ dischargedOn: "2026-04-10" }), "2026-04-10T09:00:00+01:00", ["order.dischargedAt"]],
    ["interim, order made on a day not recorded, move on 10 April", niInterim({ mainApplicationOutcome: "order-made" }), "2026-04-10", ["order.mainApplicationDeterminedOn"]],
    ["interim, order made on 10 April, move that day", niInterim({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-04-10" }), "2026-04-10", ["order.mainApplicationDeterminedAt", "events[0].on"]],
    ["interim, dismissed on 5 April, appeal day unrecorded, move on 10 April", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-05" }), "2026-04-10", ["order.appealConditionsMetOn"]],
    ["interim, dismissed, no appeal possible from 10 April, move that day", niInterim({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-04-05", appealConditionsMetOn: "2026-04-10" }), "2026-04-10", ["events[0].on"]],
    ["interim, determined on 5 April with no outcome, move on 10 April", niInterim({ mainApplicationDeterminedOn: "2026-04-05" }), "2026-04-10", ["order.mainApplicationOutcome"]],
  ];

  it.each(rows)("%s: unknown, naming %j", (_, order, on, missing) => {
    const duty = run(input(order, "2026-06-30", { events: [move(on)], notifications: [note("2026-03-03")] })).value[1];
    expect(duty).toMatchObject({ kind: "new-address", status: "unknown", variant: "ni-edge-of-order", missing });
  });

  it("a move before an interim order's determination day is under the requirements: overdue when not notified", () => {
    const duty = run(input(niInterim({ mainApplicationDeterminedOn: "2026-04-12" }), "2026-06-30", { events: [move("2026-04-10")], notifications: [note("2026-03-03")] })).value[1];
    expect(duty).toMatchObject({ kind: "new-address", status: "overdue", variant: "ni-not-notified" });
  });
});
