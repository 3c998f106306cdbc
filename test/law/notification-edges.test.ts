// Notification edges: same-day and same-instant boundaries, the final-day rule's "in effect" test, what an
// initial notification must contain, advance notice windows, and the exact shape of an obligation.
import { describe, expect, it } from "vitest";
import { assessIdentificationRequest, assessNotification, type Obligation } from "../../src/law/notification";
import type { NotificationInput, NotificationRecord, Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";

const served: Order = fullOrder({ madeOn: "2026-06-01", servedAt: "2026-06-01T15:00:00+01:00", courtArea: "kent", duration: { type: "until-further-order" } });
const note = (at: string, extra: Partial<NotificationRecord> = {}): NotificationRecord => ({ at, names: ["John Smith"], homeAddress: "1 Old Street", ...extra });
const run = (extra: Partial<NotificationInput>, order: Order = served): Obligation[] =>
  assessNotification({ order, asOf: "2026-07-01", events: [], notifications: [], ...extra }).value;
const initial = (extra: Partial<NotificationInput>, order?: Order) => run(extra, order)[0] as Obligation;
const son = (endedOn: string) => ({ sexOffenderNotification: { subjectWhenOrderMade: true, endedOn } });

describe("boundaries of time", () => {
  it("the period is whole London days: a notification any time on the day of service counts, even before the moment of service; one the day before does not", () => {
    expect(initial({ notifications: [note("2026-06-01T15:00:00+01:00")] }).status).toBe("met");
    expect(initial({ notifications: [note("2026-06-01T14:59:59+01:00")] }).status).toBe("met");
    expect(initial({ notifications: [note("2026-06-01T00:00:00+01:00")] }).status).toBe("met");
    expect(initial({ notifications: [note("2026-05-31T23:59:59+01:00")] }).status).toBe("overdue");
  });

  it("a notification on the day of service without a time counts", () => {
    expect(initial({ notifications: [note("2026-06-01")] }).status).toBe("met");
  });

  it("with asOf an instant, a notification that day without a time is taken as known", () => {
    expect(initial({ asOf: "2026-06-03T10:00:00+01:00", notifications: [note("2026-06-03")] }).status).toBe("met");
  });

  it("obligations for events on the same day keep the events' order", () => {
    const events = [
      { type: "address-changed" as const, on: "2026-06-10", address: "A" },
      { type: "address-changed" as const, on: "2026-06-10", address: "B" },
    ];
    expect(run({ events, notifications: [note("2026-06-02")] }).slice(1).map((o) => [o.event, o.subject])).toEqual([
      [0, "A"],
      [1, "B"],
    ]);
  });
});

describe("what the initial notification must contain", () => {
  it("a name used on the day of service must be in it", () => {
    const events = [{ type: "name-used" as const, on: "2026-06-01", name: "Jack" }];
    expect(initial({ events, notifications: [note("2026-06-02")] }).status).toBe("overdue");
    expect(initial({ events, notifications: [note("2026-06-02", { names: ["John Smith", "Jack"] })] }).status).toBe("met");
  });

  it("a name first used after service is a new-name duty, not part of the initial notification", () => {
    const [first, name] = run({ events: [{ type: "name-used", on: "2026-06-02", name: "Jack" }], notifications: [note("2026-06-03"), { at: "2026-06-03", names: ["Jack"] }] });
    expect(first?.status).toBe("met");
    expect(name).toMatchObject({ kind: "new-name", status: "met" });
  });

  it("a move before service does not add a name to give", () => {
    expect(initial({ events: [{ type: "address-changed", on: "2026-05-20", address: "1 Old Street" }], notifications: [note("2026-06-02")] }).status).toBe("met");
  });

  it("blank names are no names", () => {
    expect(initial({ notifications: [note("2026-06-02", { names: ["  "] })] }).status).toBe("overdue");
  });

  it("an event on the day of service is covered by the initial notification", () => {
    const [, o] = run({ events: [{ type: "address-changed", on: "2026-06-01T20:00:00+01:00", address: "2 New Road" }], notifications: [note("2026-06-02")] });
    expect(o?.status).toBe("not-required");
    expect(o?.reason).toContain("is covered by the initial notification");
  });
});

describe("new names and addresses", () => {
  it("a notification after the event must actually contain the name", () => {
    const events = [{ type: "name-used" as const, on: "2026-06-10", name: "Jack" }];
    expect(run({ events, notifications: [note("2026-06-02"), { at: "2026-06-11", names: ["Someone Else"] }] })[1]?.status).toBe("overdue");
  });

  it("a name event between an advance notice and the move does not close the advance-notice window", () => {
    const events = [
      { type: "name-used" as const, on: "2026-06-11", name: "Jack" },
      { type: "address-changed" as const, on: "2026-06-12", address: "2 New Road" },
    ];
    const notes = [note("2026-06-02"), { at: "2026-06-10", homeAddress: "2 New Road", names: ["Jack"] }];
    expect(run({ events, notifications: notes }).find((o) => o.kind === "new-address")?.status).toBe("met");
  });

  it("for a full order replacing an interim order, events from the day it was made are its own duties", () => {
    const replacing = { ...served, replacesInterimOrder: true };
    const [, before, onMadeDay] = run(
      { events: [{ type: "address-changed", on: "2026-06-01", address: "2 New Road" }, { type: "address-changed", on: "2026-05-31", address: "3 Old Road" }], notifications: [] },
      replacing,
    );
    expect(before).toMatchObject({ status: "not-required", reason: 'New home address "3 Old Road" dates from before the order was made.' });
    expect(onMadeDay).toMatchObject({ status: "overdue", trigger: "2026-06-01" });
  });
});

describe("the final-day rule: was the order in effect on the final day? (s.9(6)(d))", () => {
  it.each([
    ["an interim order determined before it", interimOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-08-31" }, mainApplicationDeterminedOn: "2026-06-19" }), "not-required"],
    ["an interim order determined that day", interimOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-08-31" }, mainApplicationDeterminedOn: "2026-06-20" }), "overdue"],
    ["an interim order determined that day, with a time", interimOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-08-31" }, mainApplicationDeterminedOn: "2026-06-20", mainApplicationDeterminedAt: "2026-06-20T10:00:00+01:00" }), "overdue"],
    ["an interim order determined later, with a time", interimOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-08-31" }, mainApplicationDeterminedAt: "2026-06-25T10:00:00+01:00", mainApplicationDeterminedOn: "2026-06-25" }), "overdue"],
    ["an interim order determined before it, recorded by time only", interimOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-08-31" }, mainApplicationDeterminedAt: "2026-06-19T10:00:00+01:00" }), "not-required"],
    ["a full order discharged the day before", fullOrder({ madeOn: "2026-06-01", duration: { type: "until-further-order" }, dischargedAt: "2026-06-19T10:00:00+01:00" }), "not-required"],
    ["a full order discharged that day", fullOrder({ madeOn: "2026-06-01", duration: { type: "until-further-order" }, dischargedAt: "2026-06-20T10:00:00+01:00" }), "overdue"],
    ["a fixed order ending the day before", fullOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-06-19" } }), "not-required"],
    ["a fixed order ending that day", fullOrder({ madeOn: "2026-06-01", duration: { type: "fixed", lastDay: "2026-06-20" } }), "overdue"],
  ] as const)("%s: %s", (_, order, status) => {
    expect(initial(son("2026-06-20"), order).status).toBe(status);
  });

  it("a final day on asOf itself starts the period", () => {
    expect(initial({ ...son("2026-07-01") })).toMatchObject({ trigger: "2026-07-01", status: "pending" });
  });

  it("exemption ending on the day the order was made: the ordinary rule from service applies", () => {
    expect(initial({ ...son("2026-06-01") })).toMatchObject({ trigger: "2026-06-01", status: "overdue" });
    expect(initial({ ...son("2026-06-01") }, { ...served, servedAt: "2026-06-03" })).toMatchObject({ trigger: "2026-06-03", lastDay: "2026-06-05" });
  });

  it("events after the final day are duties; events on it are covered by the initial notification", () => {
    const events = [
      { type: "address-changed" as const, on: "2026-06-20", address: "A" },
      { type: "address-changed" as const, on: "2026-06-25", address: "B" },
    ];
    const [, onFinalDay, after] = run({ ...son("2026-06-20"), events });
    expect(onFinalDay?.reason).toContain("covered by the initial notification");
    expect(after).toMatchObject({ status: "overdue", trigger: "2026-06-25" });
  });

  it("a full order replacing an interim order: no initial duty even after the final day", () => {
    const [first, after] = run({ ...son("2026-06-20"), events: [{ type: "address-changed", on: "2026-06-25", address: "B" }] }, { ...served, replacesInterimOrder: true });
    expect(first?.status).toBe("not-required");
    expect(after?.status).toBe("overdue");
  });
});

describe("obligations carry only the fields that apply", () => {
  it("a pending initial duty", () => {
    expect(Object.keys(initial({ asOf: "2026-06-02" })).sort()).toEqual(["citations", "endsAt", "kind", "lastDay", "orderId", "params", "reason", "status", "trigger", "variant"]);
  });

  it("a met event duty", () => {
    const [, o] = run({ events: [{ type: "address-changed", on: "2026-06-10", address: "A" }], notifications: [note("2026-06-02"), { at: "2026-06-11", homeAddress: "A" }] });
    expect(Object.keys(o as Obligation).sort()).toEqual(["citations", "endsAt", "event", "kind", "lastDay", "metAt", "params", "reason", "status", "subject", "trigger", "variant"]);
  });
});

describe("method and identification wording", () => {
  it("uses the right article for the force", () => {
    const text = (force: "hampshire" | "essex") =>
      assessNotification({ order: served, asOf: "2026-07-01", events: [], notifications: [note("2026-06-02", { homeAddressPoliceArea: "kent", station: { force } })] }).findings.find(
        (f) => f.rule === "notification.method",
      )?.reason;
    expect(text("hampshire")).toContain("at a Hampshire and Isle of Wight Constabulary station");
    expect(text("essex")).toContain("at an Essex Police station");
  });

  it("reads kinds case-insensitively", () => {
    expect(assessIdentificationRequest({ kinds: [" Fingerprints ", "PHOTOGRAPH"] }).verdict).toBe("yes");
  });
});
