/** Orders, lawful or not, and the grounds for one. */
import { array, boolean, constant, constantFrom, integer, oneof, option, record, subarray, tuple, type Arbitrary } from "fast-check";
import { addDays, minimumFixedPeriodLastDay, startOfLondonDay, type LocalDate } from "../core/calendar";
import type { Jurisdiction } from "../core/jurisdiction";
import { NI_COMMENCEMENT_DATE } from "../law/ni/commencement";
import { ACT_KINDS, type Act, type GroundsInput, type Order, type Term } from "../model/schemas";
import { forceId } from "./people";
import { localDate } from "./dates";

const PEOPLE = ["V-1", "V-2", "V-3"] as const;
const judgement = constantFrom(true, false, null);

/**
 * Input for `assessGrounds`: acts of every kind (dated on or before `assessedOn` when it is given), and risk and
 * necessity judgements that may be undecided.
 * @example fc.assert(fc.property(groundsInput(), (g) => ["yes", "no", "unknown"].includes(assessGrounds(g).verdict)))
 */
export function groundsInput(options: { stage?: GroundsInput["stage"]; jurisdiction?: Jurisdiction } = {}): Arbitrary<GroundsInput> {
  return tuple(
    options.stage === undefined ? constantFrom("application" as const, "court" as const) : constant(options.stage),
    option(localDate({ min: "2018-01-01", max: "2030-12-31" }), { nil: undefined }),
    array(
      record({
        kind: constantFrom(...ACT_KINDS),
        back: integer({ min: 0, max: 800 }),
        against: constantFrom(...PEOPLE),
        associatedWithStalking: constantFrom(true, false, null, undefined),
      }),
      { maxLength: 4 },
    ),
    subarray([...PEOPLE, "D-1"]),
    subarray([...PEOPLE, "D-1"]),
    judgement,
    judgement,
  ).map(([stage, assessedOn, acts, to, toProtect, risk, necessity]): GroundsInput => {
    const base = assessedOn ?? "2026-06-01";
    const out: Act[] = acts.map((a) => {
      const act: Act = { kind: a.kind, on: addDays(base, -a.back), against: a.against };
      if (a.associatedWithStalking !== undefined) act.associatedWithStalking = a.associatedWithStalking;
      return act;
    });
    const input: GroundsInput = { stage, defendantId: "D-1", acts: out, risk: { to, judged: risk }, necessity: { toProtect, judged: necessity } };
    if (assessedOn !== undefined) input.assessedOn = assessedOn;
    if (options.jurisdiction !== undefined) input.jurisdiction = options.jurisdiction;
    return input;
  });
}

type Kind = Order["kind"];

/**
 * Terms for an order made on `madeOn` whose period ends on `last` (`null`: until further order). In England and
 * Wales a term's own period ends within the order's (SPA 2019 s.3(3)); in Northern Ireland each term has its own
 * period of at least two years (PfS(NI)A 2022 s.9), and an interim order's terms share its period.
 */
function terms(madeOn: LocalDate, last: LocalDate | null, style: "england-and-wales" | "ni-full" | "ni-interim" = "england-and-wales"): Arbitrary<Term[]> {
  return array(
    record({
      type: constantFrom("prohibition" as const, "requirement" as const),
      locality: option(constantFrom("Maidstone", "Ealing Broadway", "Cardiff"), { nil: undefined }),
      ownPeriod: option(integer({ min: 0, max: 900 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  ).map((rows) =>
    rows.map((row, i) => {
      const term: Term = { id: `T${i + 1}`, type: row.type, text: `Term ${i + 1} of the order.` };
      if (row.locality !== undefined) term.locality = row.locality;
      if (row.ownPeriod !== undefined && style === "ni-full") term.lastDay = addDays(minimumFixedPeriodLastDay(madeOn), row.ownPeriod);
      else if (row.ownPeriod !== undefined && style === "england-and-wales") {
        const end = addDays(madeOn, row.ownPeriod);
        term.lastDay = last !== null && end > last ? last : end;
      }
      return term;
    }),
  );
}

/** The range of days an order may be made in. */
export interface MadeBetween {
  min: LocalDate;
  max: LocalDate;
}

/** The days an order may lawfully be made in: from its Act's commencement (Northern Ireland: 19 October 2023). */
function madeIn(jurisdiction: Jurisdiction, madeBetween: MadeBetween | undefined): MadeBetween | undefined {
  if (jurisdiction === "england-and-wales") return madeBetween;
  const min = madeBetween === undefined || madeBetween.min < NI_COMMENCEMENT_DATE ? NI_COMMENCEMENT_DATE : madeBetween.min;
  const max = madeBetween?.max ?? "2032-12-31";
  return { min, max: max < min ? min : max };
}

/** A lawful order of the given kind: `assessOrder` answers `yes` for it (no earlier orders). */
function lawful(kind: Kind, madeBetween?: MadeBetween, jurisdiction: Jurisdiction = "england-and-wales"): Arbitrary<Order> {
  const between = madeIn(jurisdiction, madeBetween);
  const ni = jurisdiction === "northern-ireland";
  return tuple(between === undefined ? localDate() : localDate(between), forceId({ jurisdiction }), integer({ min: 0, max: 1200 }), boolean(), integer({ min: 0, max: 3 }), integer({ min: 0, max: 40 }), boolean(), option(integer({ min: 0, max: 4 }), { nil: undefined })).chain(
    ([madeOn, applicantForce, extra, untilFurther, served, serveAfter, timed, laterInForce]) => {
      const duration: Order["duration"] =
        kind === "full" && untilFurther
          ? { type: "until-further-order" }
          : { type: "fixed", lastDay: kind === "full" ? addDays(minimumFixedPeriodLastDay(madeOn), extra) : addDays(madeOn, extra % 120) };
      const last = duration.type === "fixed" ? duration.lastDay : null;
      return terms(madeOn, last, ni ? (kind === "full" ? "ni-full" : "ni-interim") : "england-and-wales").map((ts): Order => {
        const order: Order = { id: `SPO-${madeOn}`, kind, madeOn, applicantForce, duration, terms: ts };
        // Northern Ireland: sometimes recorded as coming into force a few days after it was made (s.14(1)).
        if (ni && laterInForce !== undefined) order.comesIntoForceOn = addDays(madeOn, laterInForce);
        if (timed) order.madeAt = new Date(startOfLondonDay(madeOn) + 10 * 3_600_000).toISOString();
        // Served: not at all, on a later day (date only), or at an instant on a later day.
        if (served === 1) order.servedAt = addDays(madeOn, serveAfter);
        if (served >= 2) order.servedAt = new Date(startOfLondonDay(addDays(madeOn, serveAfter + 1)) + 15 * 3_600_000).toISOString();
        return order;
      });
    },
  );
}

/** One way to make a lawful order unlawful, each a record the law forbids (not an input error). */
function unlawful(kind: Kind, madeBetween?: MadeBetween, jurisdiction: Jurisdiction = "england-and-wales"): Arbitrary<Order> {
  const ni = jurisdiction === "northern-ireland";
  return tuple(lawful(kind, madeBetween, jurisdiction), integer({ min: 0, max: 5 }), integer({ min: 1, max: 300 })).map(([o, how, n]): Order => {
    switch (how) {
      case 0:
        return { ...o, terms: [] };
      case 1:
        return { ...o, terms: o.terms.map((t, i) => (i === 0 ? { ...t, text: " " } : t)) };
      case 2:
        return { ...o, terms: [...o.terms, { ...(o.terms[0] as Term) }] };
      case 3: {
        const madeOn = addDays(ni ? NI_COMMENCEMENT_DATE : "2020-01-20", -n);
        const { madeAt: _, servedAt: __, comesIntoForceOn: ____, ...rest } = o;
        return { ...rest, madeOn, duration: { type: "fixed", lastDay: addDays(madeOn, 900) }, terms: o.terms.map(({ lastDay: ___, ...t }) => t) };
      }
      case 4:
        if (kind === "interim") return { ...o, duration: { type: "until-further-order" } };
        // Too short: the order's period in England and Wales (s.3(2)); one term's in Northern Ireland (s.9(1)(a)).
        if (ni) return { ...o, terms: o.terms.map((t, i) => (i === 0 ? { ...t, lastDay: addDays(minimumFixedPeriodLastDay(o.madeOn), -n) } : t)) };
        return { ...o, duration: { type: "fixed", lastDay: addDays(minimumFixedPeriodLastDay(o.madeOn), -n) }, terms: o.terms.map(({ lastDay: _, ...t }) => t) };
      default: {
        const { madeAt: _, ...rest } = o;
        // Service is not a condition of the Northern Ireland Act: there, a discharge recorded before the order was made.
        return ni ? { ...rest, dischargedOn: addDays(o.madeOn, -n) } : { ...rest, servedAt: addDays(o.madeOn, -n) };
      }
    }
  });
}

/**
 * A full or interim order that passes `OrderSchema`. `{ valid: true }`: `assessOrder` answers `yes`;
 * `{ valid: false }`: it answers `no` (no terms, a blank term, repeated term ids, made before its Act came into
 * force, too short — the order in England and Wales, a term in Northern Ireland — or until further order for an
 * interim order, served — in Northern Ireland discharged — before made); otherwise either. `madeBetween` bounds the day it is made (an unlawful
 * order made before commencement ignores it). `jurisdiction` (default England and Wales) chooses the Act: a
 * Northern Ireland order is the PSNI's, with terms of their own periods and sometimes a later `comesIntoForceOn`.
 * @example fc.assert(fc.property(order({ kind: "full", valid: true }), (o) => assessOrder(o).verdict === "yes"))
 */
export function order(options: { kind?: Kind; valid?: boolean; madeBetween?: MadeBetween; jurisdiction?: Jurisdiction } = {}): Arbitrary<Order> {
  const kind = options.kind === undefined ? constantFrom<Kind>("full", "interim") : constant(options.kind);
  const between = options.madeBetween;
  const j = options.jurisdiction ?? "england-and-wales";
  return kind.chain((k) =>
    options.valid === true ? lawful(k, between, j) : options.valid === false ? unlawful(k, between, j) : oneof(lawful(k, between, j), unlawful(k, between, j)),
  );
}
