// How long a Northern Ireland order has effect (PfS(NI)A 2022 s.9, s.11(6), (9)-(10)): each term's own period, an
// interim order's fixed period, coming into force, and the edges at which an order stops having effect. London
// days: 29 March 2026 is the day the clocks go forward, so its start and end are an hour apart from UTC's.
import { describe, expect, it } from "vitest";
import { endOfLondonDay, startOfLondonDay } from "../../../src/core/calendar";
import { NEVER_AFTER } from "../../../src/core/span";
import { comesIntoForceOn, endEdges, lastDayOfEffect, startEdge, termLastDay } from "../../../src/law/ni/duration";
import type { Order } from "../../../src/model/schemas";
import { niFullOrder, niInterimOrder } from "../../support/ni-builders";

const day = (d: string) => ({ lo: startOfLondonDay(d), hi: endOfLondonDay(d) });
const end = (d: string) => ({ lo: endOfLondonDay(d), hi: endOfLondonDay(d) });
const instant = (s: string) => ({ lo: Date.parse(s), hi: Date.parse(s) });
const term = (id: string, lastDay?: string): Order["terms"][number] => ({ id, type: "prohibition", text: `term ${id}`, ...(lastDay === undefined ? {} : { lastDay }) });

describe("comesIntoForceOn and termLastDay (s.9(1)-(2), s.14(1))", () => {
  it("comes into force on the recorded day, else the day made", () => {
    expect(comesIntoForceOn({ madeOn: "2026-03-02" })).toBe("2026-03-02");
    expect(comesIntoForceOn({ madeOn: "2026-03-02", comesIntoForceOn: "2026-03-09" })).toBe("2026-03-09");
  });

  it("a term's own last day, else the record's fixed period, else until further order", () => {
    expect(termLastDay({ duration: { type: "fixed", lastDay: "2028-03-01" } }, { lastDay: "2029-01-01" })).toBe("2029-01-01");
    expect(termLastDay({ duration: { type: "fixed", lastDay: "2028-03-01" } }, {})).toBe("2028-03-01");
    expect(termLastDay({ duration: { type: "until-further-order" } }, {})).toBeNull();
  });
});

describe("lastDayOfEffect (s.9, s.11(6))", () => {
  it("a full order lasts while its longest term does, whichever order the terms are listed in", () => {
    const terms = [term("T1", "2028-03-01"), term("T2", "2029-01-01"), term("T3", "2028-06-01")];
    expect(lastDayOfEffect(niFullOrder({ terms }))).toBe("2029-01-01");
    expect(lastDayOfEffect(niFullOrder({ terms: [...terms].reverse() }))).toBe("2029-01-01");
  });

  it("a term without its own period runs for the record's; one until further order makes the order open-ended", () => {
    expect(lastDayOfEffect(niFullOrder({ terms: [term("T1", "2028-01-01"), term("T2")] }))).toBe("2028-03-01");
    expect(lastDayOfEffect(niFullOrder({ duration: { type: "until-further-order" }, terms: [term("T1", "2029-01-01"), term("T2")] }))).toBeNull();
    expect(lastDayOfEffect(niFullOrder({ duration: { type: "until-further-order" }, terms: [term("T1", "2029-01-01")] }))).toBe("2029-01-01");
  });

  it("an order recorded with no terms ends with its duration", () => {
    expect(lastDayOfEffect(niFullOrder({ terms: [] }))).toBe("2028-03-01");
    expect(lastDayOfEffect(niFullOrder({ terms: [], duration: { type: "until-further-order" } }))).toBeNull();
  });

  it("an interim order has its fixed period only, whatever its terms say (s.11(6))", () => {
    expect(lastDayOfEffect(niInterimOrder({ terms: [term("T1", "2026-04-01")] }))).toBe("2026-04-30");
    expect(lastDayOfEffect(niInterimOrder({ terms: [term("T1")] }))).toBe("2026-04-30");
  });
});

describe("startEdge: when the order starts to have effect", () => {
  it("when made: the instant if recorded, else the whole London day", () => {
    expect(startEdge(niFullOrder({ madeOn: "2026-03-29" }))).toEqual(day("2026-03-29"));
    expect(startEdge(niFullOrder({ madeOn: "2026-03-29", madeAt: "2026-03-29T14:00:00+01:00" }))).toEqual(instant("2026-03-29T13:00:00Z"));
  });

  it("from the start of a later day of coming into force; the day made itself changes nothing", () => {
    expect(startEdge(niFullOrder({ madeOn: "2026-03-27", madeAt: "2026-03-27T14:00:00Z", comesIntoForceOn: "2026-03-29" }))).toEqual({ lo: startOfLondonDay("2026-03-29"), hi: startOfLondonDay("2026-03-29") });
    expect(startEdge(niFullOrder({ madeOn: "2026-03-27", madeAt: "2026-03-27T14:00:00Z", comesIntoForceOn: "2026-03-27" }))).toEqual(instant("2026-03-27T14:00:00Z"));
  });
});

describe("endEdges: where an order stops having effect (s.9, s.10(2), s.11(6)-(10))", () => {
  it("a full order: the end of its last day, and a discharge's day or instant", () => {
    expect(endEdges(niFullOrder())).toEqual([end("2028-03-01")]);
    expect(endEdges(niFullOrder({ dischargedOn: "2026-03-29" }))).toEqual([end("2028-03-01"), day("2026-03-29")]);
    expect(endEdges(niFullOrder({ dischargedAt: "2026-03-29T10:00:00+01:00" }))).toEqual([end("2028-03-01"), instant("2026-03-29T09:00:00Z")]);
    expect(endEdges(niFullOrder({ duration: { type: "until-further-order" } }))).toEqual([]);
  });

  it("an interim order with nothing determined ends with its fixed period only", () => {
    expect(endEdges(niInterimOrder())).toEqual([end("2026-04-30")]);
  });

  it("ceases when an order is made on the main application, or it is withdrawn, at that day or instant (s.11(9))", () => {
    expect(endEdges(niInterimOrder({ mainApplicationOutcome: "order-made", mainApplicationDeterminedOn: "2026-03-29" }))).toEqual([end("2026-04-30"), day("2026-03-29")]);
    expect(endEdges(niInterimOrder({ mainApplicationOutcome: "withdrawn", mainApplicationDeterminedAt: "2026-03-29T10:00:00+01:00" }))).toEqual([end("2026-04-30"), instant("2026-03-29T09:00:00Z")]);
  });

  it("with no day of determination recorded: at some moment after it was made", () => {
    expect(endEdges(niInterimOrder({ madeOn: "2026-03-02", mainApplicationOutcome: "order-made" }))).toEqual([end("2026-04-30"), { lo: endOfLondonDay("2026-03-02"), hi: NEVER_AFTER }]);
  });

  it("after a dismissal: on the day no appeal can follow (s.11(10)); without that day, from the dismissal on, open", () => {
    expect(endEdges(niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-20", appealConditionsMetOn: "2026-04-10" }))).toEqual([end("2026-04-30"), day("2026-04-10")]);
    expect(endEdges(niInterimOrder({ mainApplicationOutcome: "dismissed", mainApplicationDeterminedOn: "2026-03-20" }))).toEqual([end("2026-04-30"), { lo: startOfLondonDay("2026-03-20"), hi: NEVER_AFTER }]);
    expect(endEdges(niInterimOrder({ madeOn: "2026-03-02", mainApplicationOutcome: "dismissed" }))).toEqual([end("2026-04-30"), { lo: startOfLondonDay("2026-03-02"), hi: NEVER_AFTER }]);
  });

  it("determined with no outcome recorded: from the determination on, open", () => {
    expect(endEdges(niInterimOrder({ mainApplicationDeterminedOn: "2026-03-20" }))).toEqual([end("2026-04-30"), { lo: startOfLondonDay("2026-03-20"), hi: NEVER_AFTER }]);
  });
});
