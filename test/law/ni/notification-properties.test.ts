// Invariants of every Northern Ireland notification assessment: it cites the Northern Ireland Act (or an Act
// s.14(5) names), never SPA 2019, and says nothing only England and Wales law says.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays } from "../../../src/core/calendar";
import type { Citation } from "../../../src/core/citation";
import { evaluateCase } from "../../../src/case";
import { assessNotification } from "../../../src/law/notification";
import { EXEMPTION_SCHEMES, type NotificationEvent, type NotificationRecord, type Order, type SexOffenderNotification } from "../../../src/model/schemas";

const PSNI = "police-service-of-northern-ireland" as const;
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

/** The Acts a Northern Ireland notification answer may cite: its own, and the three schemes of s.14(5). */
const ALLOWED_SOURCES = new Set([
  "PfS(NI)A 2022",
  "SOA 2003",
  "Justice Act (NI) 2015",
  "Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (NI) 2015",
]);

const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((d) => addDays(from, d));
const when = fc.tuple(day("2026-03-01", 40), fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined })).map(([d, h]) => (h === undefined ? d : `${d}T${String(h).padStart(2, "0")}:30:00Z`));

const order: fc.Arbitrary<Order> = fc
  .record({
    kind: fc.constantFrom("full" as const, "interim" as const),
    madeOn: day("2026-03-01", 5),
    lateBy: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    last: fc.integer({ min: 0, max: 30 }),
    replaces: fc.boolean(),
    discharged: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    outcome: fc.option(fc.constantFrom("order-made" as const, "withdrawn" as const, "dismissed" as const), { nil: undefined }),
    determined: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    met: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map((r) => {
    const o: Order = {
      id: "SPO-NI",
      kind: r.kind,
      madeOn: r.madeOn,
      applicantForce: PSNI,
      duration: r.kind === "interim" ? { type: "fixed", lastDay: addDays(r.madeOn, r.last) } : { type: "fixed", lastDay: addDays(r.madeOn, 800) },
      terms: [{ id: "T1", type: "prohibition", text: "x" }],
    };
    if (r.lateBy !== undefined) o.comesIntoForceOn = addDays(r.madeOn, r.lateBy);
    if (r.discharged !== undefined) o.dischargedOn = addDays(r.madeOn, r.discharged);
    if (r.kind === "full" && r.replaces) o.replacesInterimOrder = true;
    if (r.kind === "interim" && r.outcome !== undefined) {
      o.mainApplicationOutcome = r.outcome;
      if (r.determined !== undefined) o.mainApplicationDeterminedOn = addDays(r.madeOn, r.determined);
      if (r.outcome === "dismissed" && r.met !== undefined && r.determined !== undefined) o.appealConditionsMetOn = addDays(r.madeOn, r.determined + r.met);
    }
    return o;
  });

const son: fc.Arbitrary<SexOffenderNotification | undefined> = fc.option(
  fc.record({ ended: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), scheme: fc.option(fc.constantFrom(...EXEMPTION_SCHEMES), { nil: undefined }) }).map((r) => {
    const s: SexOffenderNotification = { subjectWhenOrderMade: true };
    if (r.ended !== undefined) s.endedOn = addDays("2026-03-06", r.ended);
    if (r.scheme !== undefined) s.scheme = r.scheme;
    return s;
  }),
  { nil: undefined },
);

const event: fc.Arbitrary<NotificationEvent> = fc.oneof(
  fc.record({ type: fc.constant("name-used" as const), on: when, name: fc.constantFrom("Sam Reeve", "Jo Reeve") }),
  fc.record({ type: fc.constant("address-changed" as const), on: when, address: fc.constantFrom("1 Lisburn Road", "2 Malone Road") }),
);

const note: fc.Arbitrary<NotificationRecord> = fc
  .record({
    at: when,
    names: fc.subarray(["Sam Reeve", "Jo Reeve"]),
    homeAddress: fc.option(fc.constantFrom("1 Lisburn Road", "2 Malone Road"), { nil: undefined }),
    station: fc.option(fc.record({ force: fc.constantFrom(PSNI, "kent" as const), prescribed: fc.option(fc.boolean(), { nil: undefined }) }), { nil: undefined }),
  })
  .map((r) => {
    const n: NotificationRecord = { at: r.at, names: r.names };
    if (r.homeAddress !== undefined) n.homeAddress = r.homeAddress;
    if (r.station !== undefined) n.station = r.station.prescribed === undefined ? { force: r.station.force } : { force: r.station.force, prescribed: r.station.prescribed };
    return n;
  });

/** No sentence only England and Wales law says. */
const ENGLAND_AND_WALES_ONLY = /SPA|local police area|served|service on|s\.9\b|s\.10\b/;

function checkCitations(citations: readonly Citation[]): void {
  expect(citations.length).toBeGreaterThan(0);
  for (const c of citations) {
    expect(ALLOWED_SOURCES, c.label).toContain(c.source);
    expect(c.source).not.toBe("SPA 2019");
  }
}

describe("a Northern Ireland notification assessment", () => {
  test.prop([order, son, fc.array(event, { maxLength: 5 }), fc.array(note, { maxLength: 5 }), when], RUNS)(
    "cites only PfS(NI)A 2022 or an Act s.14(5) names, in every finding and obligation, and says nothing from England and Wales law",
    (o, s, events, notifications, asOf) => {
      let a;
      try {
        a = assessNotification({ order: o, asOf, events, notifications, ...(s === undefined ? {} : { sexOffenderNotification: s }) });
      } catch {
        return; // an inconsistent record (an exemption ending before the order was made) is an input error
      }
      for (const f of a.findings) {
        checkCitations(f.citations);
        expect(f.reason).not.toMatch(ENGLAND_AND_WALES_ONLY);
      }
      for (const ob of a.value) {
        checkCitations(ob.citations);
        expect(ob.reason, ob.variant).not.toMatch(ENGLAND_AND_WALES_ONLY);
        expect(["unserved", "ceased-before-service", "served-as-ceased"]).not.toContain(ob.variant);
      }
    },
  );

  test.prop([order, order, son, fc.array(event, { maxLength: 5 }), fc.array(note, { maxLength: 5 }), when], RUNS)(
    "the same holds for a whole case's history (evaluateCase)",
    (first, second, s, events, notifications, asOf) => {
      const orders = [
        { ...first, id: "ISPO-NI", kind: "interim" as const, replacesInterimOrder: undefined },
        { ...second, id: "SPO-NI", kind: "full" as const, mainApplicationOutcome: undefined, mainApplicationDeterminedOn: undefined, appealConditionsMetOn: undefined, replacesInterimOrder: "ISPO-NI" },
      ].map((x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)));
      const r = evaluateCase({ asOf, orders, notification: { events, notifications, ...(s === undefined ? {} : { sexOffenderNotification: s }) } });
      if (!r.ok) return;
      const n = r.report.notification;
      expect(n).toBeDefined();
      for (const f of n!.findings) {
        checkCitations(f.citations);
        expect(f.reason).not.toMatch(ENGLAND_AND_WALES_ONLY);
      }
      for (const ob of n!.value) checkCitations(ob.citations);
    },
  );
});
