/** Orders, lawful or not, and the grounds for one. */
import { array, boolean, constant, constantFrom, integer, oneof, option, record, subarray, tuple, type Arbitrary } from "fast-check";
import { addDays, minimumFixedPeriodLastDay, startOfLondonDay, type LocalDate } from "../core/calendar";
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
export function groundsInput(options: { stage?: GroundsInput["stage"] } = {}): Arbitrary<GroundsInput> {
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
    return input;
  });
}

type Kind = Order["kind"];

function terms(madeOn: LocalDate, last: LocalDate | null): Arbitrary<Term[]> {
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
      if (row.ownPeriod !== undefined) {
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

/** A lawful order of the given kind: `assessOrder` answers `yes` for it (no earlier orders). */
function lawful(kind: Kind, madeBetween?: MadeBetween): Arbitrary<Order> {
  return tuple(madeBetween === undefined ? localDate() : localDate(madeBetween), forceId(), integer({ min: 0, max: 1200 }), boolean(), integer({ min: 0, max: 3 }), integer({ min: 0, max: 40 }), boolean()).chain(
    ([madeOn, applicantForce, extra, untilFurther, served, serveAfter, timed]) => {
      const duration: Order["duration"] =
        kind === "full" && untilFurther
          ? { type: "until-further-order" }
          : { type: "fixed", lastDay: kind === "full" ? addDays(minimumFixedPeriodLastDay(madeOn), extra) : addDays(madeOn, extra % 120) };
      const last = duration.type === "fixed" ? duration.lastDay : null;
      return terms(madeOn, last).map((ts): Order => {
        const order: Order = { id: `SPO-${madeOn}`, kind, madeOn, applicantForce, duration, terms: ts };
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
function unlawful(kind: Kind, madeBetween?: MadeBetween): Arbitrary<Order> {
  return tuple(lawful(kind, madeBetween), integer({ min: 0, max: 5 }), integer({ min: 1, max: 300 })).map(([o, how, n]): Order => {
    switch (how) {
      case 0:
        return { ...o, terms: [] };
      case 1:
        return { ...o, terms: o.terms.map((t, i) => (i === 0 ? { ...t, text: " " } : t)) };
      case 2:
        return { ...o, terms: [...o.terms, { ...(o.terms[0] as Term) }] };
      case 3: {
        const madeOn = addDays("2020-01-20", -n);
        const { madeAt: _, servedAt: __, ...rest } = o;
        return { ...rest, madeOn, duration: { type: "fixed", lastDay: addDays(madeOn, 900) }, terms: o.terms.map(({ lastDay: ___, ...t }) => t) };
      }
      case 4:
        if (kind === "interim") return { ...o, duration: { type: "until-further-order" } };
        return { ...o, duration: { type: "fixed", lastDay: addDays(minimumFixedPeriodLastDay(o.madeOn), -n) }, terms: o.terms.map(({ lastDay: _, ...t }) => t) };
      default: {
        const { madeAt: _, ...rest } = o;
        return { ...rest, servedAt: addDays(o.madeOn, -n) };
      }
    }
  });
}

/**
 * A full or interim order that passes `OrderSchema`. `{ valid: true }`: `assessOrder` answers `yes`;
 * `{ valid: false }`: it answers `no` (no terms, a blank term, repeated term ids, made before 2020, too short
 * or until further order for an interim order, served before made); otherwise either. `madeBetween` bounds the
 * day it is made (an unlawful order made before 2020 ignores it).
 * @example fc.assert(fc.property(order({ kind: "full", valid: true }), (o) => assessOrder(o).verdict === "yes"))
 */
export function order(options: { kind?: Kind; valid?: boolean; madeBetween?: MadeBetween } = {}): Arbitrary<Order> {
  const kind = options.kind === undefined ? constantFrom<Kind>("full", "interim") : constant(options.kind);
  const between = options.madeBetween;
  return kind.chain((k) =>
    options.valid === true ? lawful(k, between) : options.valid === false ? unlawful(k, between) : oneof(lawful(k, between), unlawful(k, between)),
  );
}
