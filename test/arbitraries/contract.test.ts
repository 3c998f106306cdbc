// The arbitraries' contract, on the built `stalking-protection-orders/arbitraries` entry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applicantInput,
  caseFile,
  forceId,
  groundsInput,
  incident,
  instant,
  localDate,
  notificationInput,
  order,
  rank,
} from "stalking-protection-orders/arbitraries";
import {
  ApplicantInputSchema,
  assessNotification,
  assessOrder,
  CaseFileSchema,
  evaluateCase,
  FORCE_IDS,
  GroundsInputSchema,
  IncidentSchema,
  InstantSchema,
  isEligibleApplicant,
  LocalDateSchema,
  NotificationInputSchema,
  OrderSchema,
  RANKS,
} from "stalking-protection-orders";

const RUNS = { numRuns: 150 };
const passes = (schema: { safeParse: (v: unknown) => { success: boolean } }) => (v: unknown) => schema.safeParse(v).success;

describe("every value passes its schema", () => {
  it.each([
    ["localDate", localDate(), LocalDateSchema],
    ["instant", instant(), InstantSchema],
    ["applicantInput", applicantInput(), ApplicantInputSchema],
    ["groundsInput", groundsInput(), GroundsInputSchema],
    ["order", order(), OrderSchema],
    ["notificationInput", notificationInput(), NotificationInputSchema],
    ["incident", incident(), IncidentSchema],
    ["caseFile", caseFile(), CaseFileSchema],
  ] as const)("%s", (_, arb, schema) => {
    fc.assert(fc.property(arb as fc.Arbitrary<unknown>, passes(schema)), RUNS);
  });

  it("forceId and rank", () => {
    fc.assert(fc.property(forceId(), (f) => FORCE_IDS.includes(f)), RUNS);
    fc.assert(fc.property(rank(), (r) => RANKS.includes(r)), RUNS);
    fc.assert(fc.property(rank({ force: "city-of-london" }), (r) => r !== "deputy-commissioner" && r !== "chief-constable"), RUNS);
  });
});

describe("promises the arbitraries make", () => {
  it("caseFile() always evaluates ok", () => {
    fc.assert(fc.property(caseFile(), (file) => evaluateCase(file).ok), RUNS);
  });

  it("applicantInput({ eligible: true }) is always eligible, { eligible: false } never", () => {
    fc.assert(fc.property(applicantInput({ eligible: true }), (i) => isEligibleApplicant(i)), RUNS);
    fc.assert(fc.property(applicantInput({ eligible: false }), (i) => !isEligibleApplicant(i)), RUNS);
  });

  it("order({ valid }) is lawful or unlawful as asked", () => {
    fc.assert(fc.property(order({ valid: true }), (o) => assessOrder(o).verdict === "yes"), RUNS);
    fc.assert(fc.property(order({ valid: false }), (o) => assessOrder(o).verdict === "no"), RUNS);
    fc.assert(fc.property(order({ kind: "interim" }), (o) => o.kind === "interim"), RUNS);
  });

  it("notificationInput() can always be assessed", () => {
    fc.assert(fc.property(notificationInput(), (i) => Array.isArray(assessNotification(i).value)), RUNS);
  });

  it("the same seed gives the same values", () => {
    const a = fc.sample(caseFile(), { seed: 42, numRuns: 20 });
    const b = fc.sample(caseFile(), { seed: 42, numRuns: 20 });
    expect(a).toEqual(b);
  });

  it("leans toward boundary days", () => {
    const days = fc.sample(localDate({ min: "2024-01-01", max: "2028-12-31" }), { seed: 7, numRuns: 2000 });
    expect(days).toContain("2024-02-29");
    expect(days).toContain("2026-10-25");
    expect(days).toContain("2026-03-29");
    const instants = fc.sample(instant(), { seed: 7, numRuns: 500 });
    expect(instants.some((i) => i.endsWith("T23:30:00.000Z"))).toBe(true);
    expect(instants.some((i) => /T00:00:00\+0[01]:00$/.test(i))).toBe(true);
  });
});

describe("Northern Ireland arbitraries ({ jurisdiction: \"northern-ireland\" })", () => {
  const NI = { jurisdiction: "northern-ireland" } as const;

  it.each([
    ["applicantInput", applicantInput(NI), ApplicantInputSchema],
    ["groundsInput", groundsInput(NI), GroundsInputSchema],
    ["order", order(NI), OrderSchema],
    ["notificationInput", notificationInput(NI), NotificationInputSchema],
    ["caseFile", caseFile(NI), CaseFileSchema],
  ] as const)("%s passes its schema", (_, arb, schema) => {
    fc.assert(fc.property(arb as fc.Arbitrary<unknown>, passes(schema)), RUNS);
  });

  it("give the PSNI's cases, which evaluate ok under the Northern Ireland Act", () => {
    fc.assert(fc.property(forceId(NI), (f) => f === "police-service-of-northern-ireland"), RUNS);
    fc.assert(
      fc.property(caseFile(NI), (file) => {
        const r = evaluateCase(file);
        // A file with neither an order nor an application names no force, so no jurisdiction: England and Wales.
        const named = r.ok && (r.report.orders.length > 0 || r.report.application !== undefined);
        return r.ok && r.report.jurisdiction === (named ? "northern-ireland" : "england-and-wales");
      }),
      RUNS,
    );
  });

  it("keep their promises: eligible or not, lawful or not, as asked", () => {
    fc.assert(fc.property(applicantInput({ ...NI, eligible: true }), (i) => isEligibleApplicant(i)), RUNS);
    fc.assert(fc.property(applicantInput({ ...NI, eligible: false }), (i) => !isEligibleApplicant(i)), RUNS);
    fc.assert(fc.property(order({ ...NI, valid: true }), (o) => assessOrder(o).verdict === "yes"), RUNS);
    fc.assert(fc.property(order({ ...NI, valid: false }), (o) => assessOrder(o).verdict === "no"), RUNS);
  });
});

