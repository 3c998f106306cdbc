import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { assessIdentificationRequest, assessNotification, notificationPeriod, type Obligation } from "../../src/law/notification";
import type { NotificationInput, NotificationRecord, Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";

const ADDRESS = "1 Old Street, Maidstone";
const NAMES = ["John Smith"];

function input(order: Order, asOf: string, extra: Partial<NotificationInput> = {}): NotificationInput {
  return { order, asOf, events: [], notifications: [], ...extra };
}
const initialNote = (at: string, extra: Partial<NotificationRecord> = {}): NotificationRecord => ({ at, names: NAMES, homeAddress: ADDRESS, ...extra });
const obligations = (i: NotificationInput) => assessNotification(i).value;
const initial = (i: NotificationInput) => obligations(i).find((o) => o.kind === "initial") as Obligation;

describe("the initial notification: 3 days beginning with the day of service (s.9(1))", () => {
  it("gives the period, and is pending while it runs", () => {
    const o = initial(input(fullOrder({ servedAt: "2026-06-01T10:00:00+01:00" }), "2026-06-02"));
    expect(o).toMatchObject({ kind: "initial", trigger: "2026-06-01", lastDay: "2026-06-03", endsAt: "2026-06-04T00:00:00+01:00", status: "pending" });
    expect(o.citations.map((c) => c.label)).toEqual(["SPA 2019 s.9(1)", "SPA 2019 s.9(2)"]);
  });

  describe.each([
    // [label, servedAt, 23:59 London on the last day, 00:00 London the next day]
    ["across the October clock change (ends in GMT)", "2026-10-23T10:00:00+01:00", "2026-10-25T23:59:00Z", "2026-10-26T00:00:00Z"],
    ["across the March clock change (ends in BST)", "2026-03-27T10:00:00Z", "2026-03-29T22:59:00Z", "2026-03-29T23:00:00Z"],
    ["in summer, where 23:30 UTC is the next London day", "2026-07-01T09:00:00+01:00", "2026-07-03T22:59:00Z", "2026-07-03T23:30:00Z"],
    ["in winter", "2026-12-01T09:00:00Z", "2026-12-03T23:59:00Z", "2026-12-04T00:00:00Z"],
  ])("%s", (_, servedAt, lastMinute, nextMidnight) => {
    const order = fullOrder({ madeOn: servedAt.slice(0, 10), servedAt, duration: { type: "until-further-order" } });

    it("met by a notification at 23:59 London on the last day", () => {
      const o = initial(input(order, nextMidnight, { notifications: [initialNote(lastMinute)] }));
      expect(o.status).toBe("met");
      expect(o.metAt).toBe(lastMinute);
    });

    it("overdue at 00:00 London the next day, even if notified then", () => {
      const late = initial(input(order, nextMidnight, { notifications: [initialNote(nextMidnight)] }));
      expect(late.status).toBe("overdue");
      expect(late.metAt).toBe(nextMidnight);
      expect(initial(input(order, nextMidnight)).status).toBe("overdue");
    });

    it("pending at 23:59 London on the last day if not yet notified", () => {
      expect(initial(input(order, lastMinute)).status).toBe("pending");
    });

    it("ends at the London midnight after the last day", () => {
      const o = initial(input(order, lastMinute));
      expect(Date.parse(o.endsAt as string)).toBe(Date.parse(nextMidnight.endsWith(":30:00Z") ? nextMidnight.replace("23:30", "23:00") : nextMidnight));
    });
  });

  it("needs a name and a home address; every name used by then", () => {
    const order = fullOrder({ servedAt: "2026-06-01" });
    expect(initial(input(order, "2026-06-10", { notifications: [{ at: "2026-06-02", names: NAMES }] })).status).toBe("overdue");
    expect(initial(input(order, "2026-06-10", { notifications: [{ at: "2026-06-02", homeAddress: ADDRESS }] })).status).toBe("overdue");
    const alias = { events: [{ type: "name-used" as const, on: "2026-05-20", name: "Jack Smith" }] };
    expect(initial(input(order, "2026-06-10", { ...alias, notifications: [initialNote("2026-06-02")] })).status).toBe("overdue");
    expect(initial(input(order, "2026-06-10", { ...alias, notifications: [initialNote("2026-06-02", { names: ["John Smith", " Jack Smith "] })] })).status).toBe("met");
  });

  it("the period is whole London days: earlier on the day of service counts, an earlier day does not", () => {
    const order = fullOrder({ madeOn: "2026-05-31", madeAt: "2026-05-31T09:00:00+01:00", servedAt: "2026-06-01T15:00:00+01:00" });
    expect(initial(input(order, "2026-06-10", { notifications: [initialNote("2026-06-01T12:00:00+01:00")] })).status).toBe("met");
    expect(initial(input(order, "2026-06-10", { notifications: [initialNote("2026-06-01T16:00:00+01:00")] })).status).toBe("met");
    // The day before service is outside the period: the duty is overdue, and the note says when it was given.
    const early = initial(input(order, "2026-06-10", { notifications: [initialNote("2026-05-31T12:00:00+01:00")] }));
    expect(early).toMatchObject({ status: "overdue", trigger: "2026-06-01" });
    expect(early).not.toHaveProperty("metAt");
  });

  it("an unserved order: pending, naming order.servedAt", () => {
    const a = assessNotification(input(fullOrder(), "2026-09-01"));
    expect(a.value[0]).toMatchObject({ status: "pending", trigger: null, lastDay: null, endsAt: null, missing: ["order.servedAt"] });
    expect(a.verdict).toBe("yes");
    // served after asOf: not yet served as at asOf
    expect(initial(input(fullOrder({ servedAt: "2026-09-05" }), "2026-09-01")).status).toBe("pending");
  });

  it("a full order replacing an interim order needs no initial notification", () => {
    const o = initial(input(fullOrder({ servedAt: "2026-06-01", replacesInterimOrder: true }), "2026-07-01"));
    expect(o).toMatchObject({ status: "not-required", trigger: null });
    expect(initial(input(interimOrder({ servedAt: "2026-03-03" }), "2026-03-10")).status).toBe("overdue");
  });
});

describe("new names (s.9(3))", () => {
  const order = fullOrder({ servedAt: "2026-06-01" });
  const notified = initialNote("2026-06-02");

  it("a new name must be notified within 3 days beginning with its first use", () => {
    const events = [{ type: "name-used" as const, on: "2026-06-10", name: "Jack Smith" }];
    const due = obligations(input(order, "2026-06-12", { events, notifications: [notified] }))[1];
    expect(due).toMatchObject({ kind: "new-name", trigger: "2026-06-10", lastDay: "2026-06-12", status: "pending", subject: "Jack Smith", event: 0 });
    expect(obligations(input(order, "2026-06-13", { events, notifications: [notified] }))[1]?.status).toBe("overdue");
    const met = obligations(input(order, "2026-06-13", { events, notifications: [notified, { at: "2026-06-12T20:00:00Z", names: ["Jack Smith"] }] }))[1];
    expect(met).toMatchObject({ status: "met", metAt: "2026-06-12T20:00:00Z" });
  });

  it("a name already notified earlier raises no new duty", () => {
    const events = [{ type: "name-used" as const, on: "2026-06-10", name: "Jack Smith" }];
    const o = obligations(input(order, "2026-07-01", { events, notifications: [initialNote("2026-06-02", { names: ["John Smith", "Jack Smith"] })] }))[1];
    expect(o).toMatchObject({ status: "not-required", trigger: null });
    expect(o?.reason).toContain("already been notified");
  });

  it("a name used again raises no second duty", () => {
    const events = [
      { type: "name-used" as const, on: "2026-06-10", name: "Jack Smith" },
      { type: "name-used" as const, on: "2026-06-20", name: "Jack Smith" },
    ];
    const [, first, second] = obligations(input(order, "2026-07-01", { events, notifications: [notified] }));
    expect(first?.status).toBe("overdue");
    expect(second?.status).toBe("not-required");
  });

  it("a name used before service is covered by the initial notification", () => {
    const events = [{ type: "name-used" as const, on: "2026-05-20", name: "Jack Smith" }];
    expect(obligations(input(order, "2026-07-01", { events, notifications: [notified] }))[1]?.status).toBe("not-required");
  });
});

describe("new home addresses (s.9(4))", () => {
  const order = fullOrder({ servedAt: "2026-06-01" });
  const notified = initialNote("2026-06-02");
  const move = (on: string, address: string) => ({ type: "address-changed" as const, on, address });

  it("may be notified in advance", () => {
    const events = [move("2026-06-20", "2 New Road")];
    const o = obligations(input(order, "2026-07-01", { events, notifications: [notified, { at: "2026-06-18", homeAddress: "2 New Road" }] }))[1];
    expect(o).toMatchObject({ kind: "new-address", trigger: "2026-06-20", status: "met", metAt: "2026-06-18" });
  });

  it("two changes in one week are two duties", () => {
    const events = [move("2026-06-20", "2 New Road"), move("2026-06-24", "3 Other Lane")];
    const notes = [notified, { at: "2026-06-21", homeAddress: "2 New Road" }];
    const [, first, second] = obligations(input(order, "2026-07-01", { events, notifications: notes }));
    expect(first).toMatchObject({ subject: "2 New Road", status: "met" });
    expect(second).toMatchObject({ subject: "3 Other Lane", trigger: "2026-06-24", lastDay: "2026-06-26", status: "overdue" });
  });

  it("an old notification of the same address does not meet a later move back to it", () => {
    const events = [move("2026-06-20", "2 New Road"), move("2026-07-20", ADDRESS)];
    const notes = [notified, { at: "2026-06-21", homeAddress: "2 New Road" }];
    expect(obligations(input(order, "2026-08-01", { events, notifications: notes }))[2]?.status).toBe("overdue");
  });

  it("matches the address exactly after trimming", () => {
    const events = [move("2026-06-20", "2 New Road")];
    expect(obligations(input(order, "2026-07-01", { events, notifications: [notified, { at: "2026-06-21", homeAddress: " 2 New Road " }] }))[1]?.status).toBe("met");
    expect(obligations(input(order, "2026-07-01", { events, notifications: [notified, { at: "2026-06-21", homeAddress: "2 new road" }] }))[1]?.status).toBe("overdue");
  });

  it("no duty once the order has ceased; unknown on the day it ceased", () => {
    const ended = fullOrder({ servedAt: "2026-06-01", dischargedOn: "2027-01-10" });
    expect(obligations(input(ended, "2027-02-01", { events: [move("2027-01-20", "X")], notifications: [notified] }))[1]?.status).toBe("not-required");
    const sameDay = obligations(input(ended, "2027-02-01", { events: [move("2027-01-10", "X")], notifications: [notified] }))[1];
    expect(sameDay).toMatchObject({ status: "unknown", missing: ["order.dischargedAt", "events[0].on"] });
    expect(assessNotification(input(ended, "2027-02-01", { events: [move("2027-01-10", "X")], notifications: [notified] })).verdict).toBe("unknown");
  });
});

describe("exemption for sex-offender notification (s.9(5)–(7))", () => {
  const order = fullOrder({ servedAt: "2026-06-01", duration: { type: "until-further-order" } });

  it("without a final day, nothing is required", () => {
    const a = assessNotification(input(order, "2026-09-01", { sexOffenderNotification: { subjectWhenOrderMade: true }, events: [{ type: "address-changed", on: "2026-07-01", address: "X" }] }));
    expect(a.value.map((o) => o.status)).toEqual(["not-required", "not-required"]);
    expect(a.verdict).toBe("yes");
    expect(a.findings.find((f) => f.rule === "notification.exemption")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.9(5)", "SOA 2003 Part 2"]);
  });

  it("with a final day, the initial 3 days run from the final day", () => {
    const son = { subjectWhenOrderMade: true, endedOn: "2026-08-14" };
    const o = initial(input(order, "2026-08-20", { sexOffenderNotification: son }));
    expect(o).toMatchObject({ trigger: "2026-08-14", lastDay: "2026-08-16", status: "overdue" });
    expect(initial(input(order, "2026-08-20", { sexOffenderNotification: son, notifications: [initialNote("2026-08-16")] })).status).toBe("met");
    // before the final day is reached, still exempt
    expect(initial(input(order, "2026-08-13", { sexOffenderNotification: son })).status).toBe("not-required");
    // a move during the exemption is covered by the initial notification from the final day
    const a = assessNotification(input(order, "2026-08-20", { sexOffenderNotification: son, events: [{ type: "address-changed", on: "2026-07-01", address: "X" }] }));
    expect(a.value[1]?.status).toBe("not-required");
    expect(a.findings.find((f) => f.rule === "notification.final-day")?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.9(6)", "SPA 2019 s.9(7)"]);
  });

  it("a final day after the order ended: the duties never apply", () => {
    const ended = fullOrder({ servedAt: "2026-06-01", dischargedOn: "2026-07-01" });
    expect(initial(input(ended, "2026-09-01", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-08-14" } })).status).toBe("not-required");
  });

  it("rejects an inconsistent record", () => {
    expect(() => assessNotification(input(order, "2026-09-01", { sexOffenderNotification: { subjectWhenOrderMade: true, endedOn: "2026-01-01" } }))).toThrow(
      /sexOffenderNotification.endedOn/,
    );
    expect(() => assessNotification(input(order, "2026-09-01", { sexOffenderNotification: { subjectWhenOrderMade: false, endedOn: "2026-08-01" } }))).toThrow(
      /applies only when subjectWhenOrderMade is true/,
    );
  });
});

describe("as at a date", () => {
  it("ignores events and notifications after asOf, with a note", () => {
    const order = fullOrder({ servedAt: "2026-06-01" });
    const a = assessNotification(input(order, "2026-06-03", { notifications: [initialNote("2026-06-03T12:00:00+01:00"), initialNote("2026-06-05")] }));
    expect(a.value[0]?.status).toBe("met");
    expect(a.findings.find((f) => f.rule === "notification.after-as-of")?.reason).toMatch(/^1 event or notification dated after .* is ignored: /);
    const two = assessNotification(input(order, "2026-06-03", { events: [{ type: "name-used", on: "2026-06-10", name: "Later" }], notifications: [initialNote("2026-06-02"), initialNote("2026-06-04")] }));
    expect(two.findings.find((f) => f.rule === "notification.after-as-of")?.reason).toBe(
      "2 events or notifications dated after 2026-06-03 are ignored: the position is assessed as at that time.",
    );
    const earlier = assessNotification(input(order, "2026-06-03T11:00:00+01:00", { notifications: [initialNote("2026-06-03T12:00:00+01:00")] }));
    expect(earlier.value[0]?.status).toBe("pending");
  });
});

describe("method (s.10)", () => {
  const order = fullOrder({ servedAt: "2026-06-01", courtArea: "kent" });
  const method = (notes: NotificationRecord[], extra: Partial<NotificationInput> = {}) =>
    assessNotification(input(order, "2026-07-01", { notifications: notes, ...extra })).findings.filter((f) => f.rule === "notification.method");

  it("checks the station is in the local police area", () => {
    expect(method([initialNote("2026-06-02", { homeAddressPoliceArea: "kent", station: { force: "kent" } })])[0]).toMatchObject({ verdict: "yes", informative: true });
    expect(method([initialNote("2026-06-02", { homeAddressPoliceArea: "kent", station: { force: "essex" } })])[0]?.verdict).toBe("no");
  });

  it("falls back to the last notified home address, then the court's area", () => {
    const notes = [initialNote("2026-06-02", { homeAddressPoliceArea: "essex" }), { at: "2026-06-20", names: ["J"], station: { force: "essex" as const } }];
    expect(method(notes)[0]?.verdict).toBe("yes");
    expect(method([{ at: "2026-06-02", names: NAMES, station: { force: "kent" } }])[0]?.verdict).toBe("yes");
    expect(method([initialNote("2026-06-02", { homeAddressPoliceArea: "outside-england-and-wales", station: { force: "kent" } })])[0]?.verdict).toBe("yes");
  });

  it("does not use the court's area for a home address whose area is not recorded", () => {
    expect(method([initialNote("2026-06-02", { station: { force: "kent" } })])[0]).toMatchObject({
      verdict: "unknown",
      missing: ["notifications[0].homeAddressPoliceArea"],
    });
  });

  describe("a change of home address (s.10(3))", () => {
    const move = { type: "address-changed" as const, on: "2026-06-15", address: "2 New Road, Chelmsford", policeArea: "essex" as const };
    const first = initialNote("2026-06-02", { homeAddressPoliceArea: "kent" });
    const at = (day: string, force: "kent" | "essex") => ({ at: day, homeAddress: move.address, station: { force } });

    it("notified in advance: a station in the old home address's area (s.10(3)(b))", () => {
      const [f] = method([first, at("2026-06-12", "kent")], { events: [move] });
      expect(f).toMatchObject({ verdict: "yes" });
      expect(f?.citations.map((c) => c.label)).toContain("SPA 2019 s.10(3)(b)");
      expect(method([first, at("2026-06-12", "essex")], { events: [move] })[0]?.verdict).toBe("no");
    });

    it("notified after the move: a station in the new home address's area (s.10(3)(a))", () => {
      expect(method([first, at("2026-06-16", "essex")], { events: [move] })[0]?.verdict).toBe("yes");
      expect(method([first, at("2026-06-16", "kent")], { events: [move] })[0]?.verdict).toBe("no");
    });

    it("takes a move's area from any record of the same address", () => {
      const unrecorded = { ...move, policeArea: undefined };
      expect(method([first, { ...at("2026-06-16", "essex"), homeAddressPoliceArea: "essex" as const }], { events: [unrecorded] })[0]?.verdict).toBe("yes");
      expect(method([first, at("2026-06-16", "essex")], { events: [unrecorded] })[0]).toMatchObject({
        verdict: "unknown",
        missing: ["notifications[1].homeAddressPoliceArea"],
      });
    });

    it("takes the area from a move when no later notification gave an address", () => {
      const namesOnly = (force: "kent" | "essex") => ({ at: "2026-06-20", names: NAMES, station: { force } });
      expect(method([first, namesOnly("essex")], { events: [move] })[0]?.verdict).toBe("yes");
      expect(method([first, namesOnly("kent")], { events: [move] })[0]?.verdict).toBe("no");
      expect(method([first, namesOnly("essex")], { events: [{ ...move, policeArea: undefined }] })[0]).toMatchObject({
        verdict: "unknown",
        missing: ["events[0].policeArea"],
      });
    });

    it("takes an unrecorded move's area from a notice of the address given in advance", () => {
      const unrecorded = { ...move, policeArea: undefined };
      const advance = { at: "2026-06-12", homeAddress: move.address, homeAddressPoliceArea: "essex" as const };
      expect(method([first, advance, { at: "2026-06-20", names: NAMES, station: { force: "essex" } }], { events: [unrecorded] })[0]?.verdict).toBe("yes");
      expect(method([first, advance, at("2026-06-16", "essex")], { events: [unrecorded] })[0]?.verdict).toBe("yes");
    });

    it("keeps a move's recorded area when a later notification of the address omits it", () => {
      expect(method([first, at("2026-06-16", "essex")], { events: [move] })[0]?.verdict).toBe("yes");
    });

    it("on a move back to an earlier address, takes that address's area from the earlier move", () => {
      const away = { type: "address-changed" as const, on: "2026-06-20", address: "7 Mill Lane, Maidstone", policeArea: "kent" as const };
      const back = { ...move, on: "2026-06-25", policeArea: undefined };
      const names = (force: "kent" | "essex") => ({ at: "2026-06-27", names: NAMES, station: { force } });
      expect(method([first, names("essex")], { events: [move, away, back] })[0]?.verdict).toBe("yes");
      expect(method([first, names("kent")], { events: [move, away, back] })[0]?.verdict).toBe("no");
    });

    it("prefers a record's own area to another record of the same address", () => {
      const later = { ...at("2026-06-16", "kent"), homeAddressPoliceArea: "kent" as const };
      expect(method([first, later], { events: [move] })[0]?.verdict).toBe("yes");
    });

    it("without the old address's area, an advance notice cannot be checked", () => {
      const [f] = method([initialNote("2026-06-02"), at("2026-06-12", "kent")], { events: [move] });
      expect(f).toMatchObject({ verdict: "unknown", missing: ["notifications[0].homeAddressPoliceArea"] });
    });
  });

  it("judges each notification by the records up to it, not by later ones", () => {
    const later = { at: "2026-06-20", names: NAMES, homeAddress: "9 Far Road", homeAddressPoliceArea: "essex" as const };
    expect(method([initialNote("2026-06-02", { homeAddressPoliceArea: "kent", station: { force: "kent" } }), later])[0]?.verdict).toBe("yes");
  });

  it("is not moved by events other than changes of address", () => {
    const noCourt = fullOrder({ servedAt: "2026-06-01" });
    const findings = assessNotification(
      input(noCourt, "2026-07-01", {
        events: [{ type: "name-used", on: "2026-06-10", name: "Jon Smith" }],
        notifications: [
          initialNote("2026-06-02", { homeAddressPoliceArea: "kent", station: { force: "kent" } }),
          { at: "2026-06-11", names: ["Jon Smith"], station: { force: "kent" } },
        ],
      }),
    ).findings.filter((f) => f.rule === "notification.method");
    expect(findings.map((f) => f.verdict)).toEqual(["yes", "yes"]);
    expect(findings.flatMap((f) => f.citations.map((c) => c.label))).not.toContain("SPA 2019 s.10(3)(b)");
  });

  it("does not treat a notification without an address as notice of a move", () => {
    const [f] = method([initialNote("2026-06-02", { homeAddressPoliceArea: "kent" }), { at: "2026-06-05", names: NAMES, station: { force: "kent" } }], {
      events: [{ type: "address-changed", on: "2026-06-09", address: "   ", policeArea: "essex" }],
    });
    expect(f?.verdict).toBe("yes");
    expect(f?.citations.map((c) => c.label)).not.toContain("SPA 2019 s.10(3)(b)");
  });

  it("says why the court's area was needed", () => {
    const noCourt = fullOrder({ servedAt: "2026-06-01" });
    const reason = (note: NotificationRecord) =>
      assessNotification(input(noCourt, "2026-07-01", { notifications: [note] })).findings.find((x) => x.rule === "notification.method")?.reason;
    expect(reason({ at: "2026-06-02", names: NAMES, station: { force: "kent" } })).toContain("no home address is recorded");
    expect(reason(initialNote("2026-06-02", { homeAddressPoliceArea: "outside-england-and-wales", station: { force: "kent" } }))).toContain(
      "no home address in England and Wales",
    );
  });

  it("accepts only a police area in England and Wales as the court's area", () => {
    expect(() => assessNotification(input(fullOrder({ servedAt: "2026-06-01", courtArea: "outside-england-and-wales" as never }), "2026-07-01"))).toThrow(
      /order\.courtArea: must be a territorial force id/,
    );
  });

  it("with no home address in England and Wales and no court area recorded, names the court area", () => {
    const noCourt = fullOrder({ servedAt: "2026-06-01" });
    const f = assessNotification(
      input(noCourt, "2026-07-01", { notifications: [initialNote("2026-06-02", { homeAddressPoliceArea: "outside-england-and-wales", station: { force: "kent" } })] }),
    ).findings.find((x) => x.rule === "notification.method");
    expect(f).toMatchObject({ verdict: "unknown", missing: ["order.courtArea"] });
  });

  it("cannot tell without any area", () => {
    const noCourt = fullOrder({ servedAt: "2026-06-01" });
    const f = assessNotification(input(noCourt, "2026-07-01", { notifications: [initialNote("2026-06-02", { station: { force: "kent" } })] })).findings.find(
      (x) => x.rule === "notification.method",
    );
    expect(f).toMatchObject({ verdict: "unknown", missing: ["notifications[0].homeAddressPoliceArea"] });
  });
});

describe("the compliance verdict", () => {
  it("is no if any duty is overdue, else yes", () => {
    const order = fullOrder({ servedAt: "2026-06-01" });
    expect(assessNotification(input(order, "2026-06-10")).verdict).toBe("no");
    expect(assessNotification(input(order, "2026-06-10", { notifications: [initialNote("2026-06-01")] })).verdict).toBe("yes");
  });
});

describe("identification requests (s.10(5)–(6))", () => {
  it("allows fingerprints and photographs", () => {
    const a = assessIdentificationRequest({ kinds: ["fingerprints", "photograph"] });
    expect(a.verdict).toBe("yes");
    expect(a.findings[0]?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.10(5)(a)", "SPA 2019 s.10(6)"]);
  });

  it.each(["dna", "DNA", "saliva", "hair", "iris scan"])("refuses %s: the Act gives no such power", (kind) => {
    const a = assessIdentificationRequest({ kinds: ["fingerprints", kind] });
    expect(a.verdict).toBe("no");
    expect(a.findings.find((f) => f.rule === "identification.not-allowed")?.reason).toMatch(/The Act gives no power to take .* or any other sample/);
  });

  it("needs at least one kind", () => {
    expect(() => assessIdentificationRequest({ kinds: [] })).toThrow(/kinds: must list at least one kind/);
  });
});

describe("properties", () => {
  const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays("2026-06-01", n));
  const time = fc.integer({ min: 0, max: 47 }).map((h) => `T${String(Math.floor(h / 2)).padStart(2, "0")}:${h % 2 === 0 ? "00" : "30"}:00Z`);
  const when = fc.tuple(day, fc.option(time, { nil: undefined })).map(([d, t]) => (t === undefined ? d : `${d}${t}`));
  const note = fc.record({
    at: when,
    names: fc.constantFrom<string[]>(["John Smith"], ["John Smith", "Jack Smith"], ["Jack Smith"]),
    homeAddress: fc.constantFrom(ADDRESS, "2 New Road", "3 Other Lane"),
  });
  const event = fc.oneof(
    fc.record({ type: fc.constant("name-used" as const), on: when, name: fc.constantFrom("Jack Smith", "J. Smith") }),
    fc.record({ type: fc.constant("address-changed" as const), on: when, address: fc.constantFrom("2 New Road", "3 Other Lane") }),
  );
  const scenario = fc.record({
    servedAt: when,
    events: fc.array(event, { maxLength: 4 }),
    notifications: fc.array(note, { maxLength: 4 }),
    asOf: fc.integer({ min: 0, max: 70 }).map((n) => addDays("2026-06-01", n)),
  });
  const build = (s: { servedAt: string; events: NotificationInput["events"]; notifications: NotificationRecord[]; asOf: string }) =>
    input(fullOrder({ madeOn: "2026-06-01", servedAt: s.servedAt, duration: { type: "until-further-order" } }), s.asOf, {
      events: s.events ?? [],
      notifications: s.notifications,
    });

  test.prop([scenario, note])("adding a notification never turns met into overdue", (s, extra) => {
    const before = obligations(build(s));
    const after = obligations(build({ ...s, notifications: [...s.notifications, extra] }));
    before.forEach((o, i) => {
      if (o.status === "met") expect(after[i]?.status).not.toBe("overdue");
    });
  });

  test.prop([scenario, fc.integer({ min: 0, max: 30 })])("moving asOf later never turns overdue into met or pending", (s, later) => {
    const before = obligations(build(s));
    const after = obligations(build({ ...s, asOf: addDays(s.asOf, later) }));
    before.forEach((o, i) => {
      if (o.status === "overdue") expect(after[i]?.status).toBe("overdue");
    });
  });

  test.prop([scenario])("every obligation's period is 3 days beginning with its trigger", (s) => {
    for (const o of obligations(build(s))) {
      if (o.trigger === null) {
        expect(o.lastDay).toBeNull();
        expect(o.endsAt).toBeNull();
      } else {
        expect(o.lastDay).toBe(addDays(o.trigger, 2));
        expect(o.endsAt).toBe(notificationPeriod(o.trigger).endsAt);
      }
    }
  });
});
