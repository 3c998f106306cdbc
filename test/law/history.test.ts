// The history model: spans agree with the finding-by-finding answer of law/in-force.ts (England and Wales and
// Northern Ireland), the indexes agree with a plain scan, and the links between an interim order and the full
// order replacing it.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { order as orderArb, instant, localDate } from "../../src/arbitraries";
import { verdictOfFindings } from "../../src/core/assessment";
import { addDays, parseWhen } from "../../src/core/calendar";
import { MaxTree } from "../../src/core/max-tree";
import { momentOf, spanCovers, type Span } from "../../src/core/span";
import { SpanIndex } from "../../src/core/span-index";
import { History, orderSpan, termSpan } from "../../src/law/history";
import { inForceFindings, termInForceFindings } from "../../src/law/in-force";
import type { Order } from "../../src/model/schemas";
import { fullOrder, interimOrder } from "../support/builders";

/** An order with, sometimes, a discharge or a determination, and a moment near one of its dates. */
const orderAndMoment = orderArb()
  .chain((o) =>
    fc.tuple(
      fc.constant(o),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.boolean()), { nil: undefined }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom("made", "last", "ended"),
      fc.boolean(),
    ),
  )
  .chain(([o, ending, offset, near, timed]) => {
    const out: Order = { ...o };
    if (ending !== undefined) {
      const [days, at] = ending;
      const day = addDays(o.madeOn, days);
      if (o.kind === "interim") {
        out.mainApplicationDeterminedOn = day;
        if (at) out.mainApplicationDeterminedAt = `${day}T12:00:00Z`;
      } else {
        out.dischargedOn = day;
        if (at) out.dischargedAt = `${day}T12:00:00Z`;
      }
    }
    const anchor = near === "made" ? o.madeOn : near === "last" && o.duration.type === "fixed" ? o.duration.lastDay : (out.dischargedOn ?? out.mainApplicationDeterminedOn ?? o.madeOn);
    const day = addDays(anchor, offset);
    const at = timed ? instant({ min: day, max: day }) : localDate({ min: day, max: day });
    return at.map((when) => [out, when] as const);
  })
  // A recorded instant must fall on its recorded day (the schema's rule); drop the few draws where it does not.
  .filter(([o]) => (o.dischargedAt === undefined || parseWhen(o.dischargedAt).date === o.dischargedOn) && (o.mainApplicationDeterminedAt === undefined || parseWhen(o.mainApplicationDeterminedAt).date === o.mainApplicationDeterminedOn));

describe("spans agree with the in-force findings", () => {
  test.prop([orderAndMoment], { numRuns: 400 })("an order's span covers a moment exactly when the order is in force then", ([o, when]) => {
    const at = parseWhen(when);
    expect(spanCovers(orderSpan(o), momentOf(at))).toBe(verdictOfFindings(inForceFindings(o, at)));
  });

  test.prop([orderAndMoment], { numRuns: 200 })("a term's span covers a moment exactly when the term is in force then", ([o, when]) => {
    const at = parseWhen(when);
    for (const term of o.terms) expect(spanCovers(termSpan(o, term), momentOf(at))).toBe(verdictOfFindings(termInForceFindings(o, term, at)));
  });
});

/**
 * A Northern Ireland order (PfS(NI)A 2022): sometimes a later day of coming into force, terms with periods of their
 * own (longer or shorter than the record's duration), a discharge, and for an interim order an outcome of the main
 * application with or without its day and, after a dismissal, the day no appeal can follow; a moment near one of
 * its dates.
 */
const niOrderAndMoment = orderArb()
  .chain((o) =>
    fc.tuple(
      fc.constant(o),
      fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      fc.array(fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }), { minLength: o.terms.length, maxLength: o.terms.length }),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.boolean()), { nil: undefined }),
      fc.option(fc.constantFrom("order-made" as const, "withdrawn" as const, "dismissed" as const), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom("made", "in-force", "last", "ended", "met"),
      fc.boolean(),
    ),
  )
  .chain(([o, inForceAfter, own, ending, outcome, metAfter, offset, near, timed]) => {
    const out: Order = { ...o, applicantForce: "police-service-of-northern-ireland", terms: o.terms.map((t, i) => (own[i] === undefined ? t : { ...t, lastDay: addDays(o.madeOn, own[i]) })) };
    if (inForceAfter !== undefined) out.comesIntoForceOn = addDays(o.madeOn, inForceAfter);
    if (ending !== undefined) {
      const [days, at] = ending;
      const day = addDays(o.madeOn, days);
      if (o.kind === "interim" && days % 2 === 0) {
        out.mainApplicationDeterminedOn = day;
        if (at) out.mainApplicationDeterminedAt = `${day}T12:00:00Z`;
      } else {
        out.dischargedOn = day;
        if (at) out.dischargedAt = `${day}T12:00:00Z`;
      }
    }
    if (o.kind === "interim" && outcome !== undefined) {
      out.mainApplicationOutcome = outcome;
      if (outcome === "dismissed" && metAfter !== undefined) out.appealConditionsMetOn = addDays(out.mainApplicationDeterminedOn ?? o.madeOn, metAfter);
    }
    const last = o.duration.type === "fixed" ? o.duration.lastDay : o.madeOn;
    const anchors: Record<string, string> = {
      made: o.madeOn,
      "in-force": out.comesIntoForceOn ?? o.madeOn,
      last: out.terms.find((t) => t.lastDay !== undefined)?.lastDay ?? last,
      ended: out.dischargedOn ?? out.mainApplicationDeterminedOn ?? last,
      met: out.appealConditionsMetOn ?? last,
    };
    const day = addDays(anchors[near] ?? o.madeOn, offset);
    const at = timed ? instant({ min: day, max: day }) : localDate({ min: day, max: day });
    return at.map((when) => [out, when] as const);
  });

describe("Northern Ireland spans agree with the in-force findings", () => {
  test.prop([niOrderAndMoment], { numRuns: 600 })("an order's span covers a moment exactly when the order is in force then", ([o, when]) => {
    const at = parseWhen(when);
    expect(spanCovers(orderSpan(o), momentOf(at))).toBe(verdictOfFindings(inForceFindings(o, at)));
  });

  test.prop([niOrderAndMoment], { numRuns: 300 })("a term's span covers a moment exactly when the term is in force then", ([o, when]) => {
    const at = parseWhen(when);
    for (const term of o.terms) expect(spanCovers(termSpan(o, term), momentOf(at))).toBe(verdictOfFindings(termInForceFindings(o, term, at)));
  });
});

describe("the indexes agree with a plain scan", () => {
  const span = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5 })).map(
    ([from, fuzzFrom, length, fuzzTo]): Span => ({ maybeFrom: from, sureFrom: from + fuzzFrom, sureTo: from + fuzzFrom + length, maybeTo: from + fuzzFrom + length + fuzzTo }),
  );
  test.prop([fc.array(span, { maxLength: 40 }), fc.integer({ min: -5, max: 180 }), fc.integer({ min: 1, max: 3 })])("SpanIndex.mayCover finds every span that may cover the moment, once", (spans, lo, width) => {
    const at = { lo, hi: lo + width };
    const index = new SpanIndex(spans.map((s, i) => ({ span: s, item: i })));
    const found = [...index.mayCover(at)].map((x) => x.item).sort((a, b) => a - b);
    const expected = spans.flatMap((s, i) => (spanCovers(s, at) === "no" ? [] : [i]));
    expect(found).toEqual(expected);
  });

  test.prop([fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: -2, max: 62 }), fc.integer({ min: -50, max: 50 })])("MaxTree finds the first and last position past a threshold", (values, at, threshold) => {
    const tree = new MaxTree(values);
    const first = values.findIndex((v, i) => i >= at && v > threshold);
    let last = -1;
    values.forEach((v, i) => {
      if (i <= at && v > threshold) last = i;
    });
    expect(tree.firstAtOrAfter(at, threshold)).toBe(first);
    expect(tree.lastAtOrBefore(at, threshold)).toBe(last);
  });
});

describe("links between orders", () => {
  const interim = interimOrder({ id: "ISPO-1", madeOn: "2026-03-02", duration: { type: "fixed", lastDay: "2026-06-30" } });
  const full = fullOrder({ id: "SPO-1", madeOn: "2026-04-20", madeAt: "2026-04-20T11:00:00+01:00", replacesInterimOrder: "ISPO-1" });

  it("an interim order without a recorded determination ceases when the full order replacing it is made (s.5(6)(b))", () => {
    const h = new History([
      { order: interim, path: "orders[0]" },
      { order: full, path: "orders[1]" },
    ]);
    const [i, f] = h.entries;
    expect(f?.replaces).toBe(i);
    expect(i?.determinationFrom).toBe(f);
    expect(i?.order).toMatchObject({ mainApplicationDeterminedOn: "2026-04-20", mainApplicationDeterminedAt: "2026-04-20T11:00:00+01:00" });
    expect(spanCovers(i!.span, momentOf(parseWhen("2026-04-20T10:59:59+01:00")))).toBe("yes");
    expect(spanCovers(i!.span, momentOf(parseWhen("2026-04-20T11:00:00+01:00")))).toBe("no");
    // The order as recorded is not changed.
    expect(interim.mainApplicationDeterminedOn).toBeUndefined();
  });

  it("a recorded determination is kept", () => {
    const recorded = { ...interim, mainApplicationDeterminedOn: "2026-04-10" };
    const h = new History([
      { order: recorded, path: "orders[0]" },
      { order: full, path: "orders[1]" },
    ]);
    expect(h.entries[0]?.determinationFrom).toBeUndefined();
    expect(h.entries[0]?.order.mainApplicationDeterminedOn).toBe("2026-04-10");
  });

  it("finds the orders with a term that may be in effect at a moment, and the last order made by a day", () => {
    const h = new History([
      { order: { ...interim, terms: [{ id: "T1", type: "prohibition", text: "x" }] }, path: "orders[0]" },
      { order: { ...full, terms: [{ id: "T1", type: "prohibition", text: "y" }] }, path: "orders[1]" },
    ]);
    expect(h.termMayBeInEffect("T1", parseWhen("2026-03-10"), 2).map((t) => t.entry.order.id)).toEqual(["ISPO-1"]);
    expect(h.termMayBeInEffect("T1", parseWhen("2026-05-10"), 2).map((t) => t.entry.order.id)).toEqual(["SPO-1"]);
    expect(h.termMayBeInEffect("T1", parseWhen("2026-04-20"), 2).map((t) => t.entry.order.id)).toEqual(["SPO-1", "ISPO-1"]);
    expect(h.termMayBeInEffect("T9", parseWhen("2026-04-20"), 2)).toEqual([]);
    expect(h.lastMadeBy("2026-04-19")?.order.id).toBe("ISPO-1");
    expect(h.lastMadeBy("2026-04-20")?.order.id).toBe("SPO-1");
    expect(h.lastMadeBy("2026-03-01")).toBeUndefined();
  });
});
