// The attacks of the hardening audit, each as it was reported, against the built package: shared mutable state,
// unbounded input, throws and wrong answers, output that can be forged.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as lib from "stalking-protection-orders";
import { caseFile } from "stalking-protection-orders/arbitraries";
import { jsonSchema } from "stalking-protection-orders/json-schema";

const {
  addDays,
  ageOn,
  assessGrounds,
  assessIdentificationRequest,
  assessNotification,
  daysBeginningWith,
  daysBetween,
  evaluateCase,
  explain,
  FORCES,
  getForce,
  interimVariationApplicants,
  isSpoInputError,
  OFFENCES,
  policies,
  policyNamed,
  rankAtLeast,
  SUMMARY_LIMITS_BY_CONVICTION,
} = lib;

/** The issues of the input error `run` throws; fails the test if it throws anything else or nothing. */
function inputIssues(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (e) {
    if (isSpoInputError(e)) return e.issues;
    throw e;
  }
  throw new Error("expected an input error");
}

const order: lib.Order = { id: "SPO-1", kind: "full", madeOn: "2026-03-02", servedAt: "2026-03-02", applicantForce: "kent", courtArea: "kent", duration: { type: "until-further-order" }, terms: [{ id: "T1", type: "prohibition", text: "x" }] };

describe("shared mutable state", () => {
  it("exported tables are deeply frozen: changing them throws and changes no answer", () => {
    expect(() => (getForce("kent").ranks as string[]).reverse()).toThrow(TypeError);
    expect(rankAtLeast("essex", "inspector", "superintendent")).toBe(false);
    expect(() => {
      (OFFENCES[0] as { cjsCode: string }).cjsCode = "X";
    }).toThrow(TypeError);
    expect(OFFENCES[0]?.cjsCode).toBe("ST19001");
    for (const table of [FORCES, OFFENCES, SUMMARY_LIMITS_BY_CONVICTION, policies, policies.superintendentInBcu.citation, lib.RANKS, lib.FORCE_IDS, lib.KEY_DATE_KINDS, lib.VERDICTS]) {
      expect(Object.isFrozen(table)).toBe(true);
    }
    expect(FORCES.every((f) => Object.isFrozen(f) && Object.isFrozen(f.ranks))).toBe(true);
  });

  it("a citation pushed onto a returned obligation does not appear in the next report", () => {
    const input = { order, asOf: "2026-04-01", notifications: [] };
    const first = assessNotification(input);
    first.value[0]?.citations.push({ source: "X", provision: "y", label: "X y" });
    // A citation itself is frozen reference data: it cannot be changed at all.
    expect(() => {
      (first.findings[0]?.citations[0] as { label: string }).label = "changed";
    }).toThrow(TypeError);
    const again = assessNotification(input);
    expect(again.value[0]?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.9(1)", "SPA 2019 s.9(2)"]);
    expect(again.findings[0]?.citations[0]?.label).toBe("SPA 2019 s.9(1)");
  });

  it("a finding's citation list is its own, even where the rule cites a shared list (found by the property below)", () => {
    const file = { asOf: "2026-04-01", order: { ...order, servedAt: "2026-03-02" }, notification: { sexOffenderNotification: { subjectWhenOrderMade: true } } };
    const first = evaluateCase(file);
    if (!first.ok) throw new Error("the case is valid");
    const finding = first.report.notification?.findings[0];
    expect(finding?.citations).toHaveLength(2);
    finding?.citations.splice(0, 2, null as never);
    const again = evaluateCase(file);
    expect(again.ok && again.report.notification?.findings[0]?.citations.map((c) => c.label)).toEqual(["SPA 2019 s.9(5)", "SOA 2003 Part 2"]);
  });

  /** Every object and array inside a report, as [parent, key] pairs to change. */
  function slots(root: unknown): [Record<string, unknown>, string][] {
    const out: [Record<string, unknown>, string][] = [];
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== "object" || node === null) continue;
      for (const key of Object.keys(node)) {
        out.push([node as Record<string, unknown>, key]);
        stack.push((node as Record<string, unknown>)[key]);
      }
    }
    return out;
  }

  test.prop([caseFile(), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 1 })], { numRuns: 60 })(
    "changing any part of a returned report, then evaluating again, gives the original answer",
    (file, picks, junk) => {
      const before = JSON.stringify(evaluateCase(file));
      const r = evaluateCase(file);
      const all = slots(r);
      for (const pick of picks) {
        if (all.length === 0) break;
        const [parent, key] = all[pick % all.length] as [Record<string, unknown>, string];
        const value = parent[key];
        try {
          if (Array.isArray(value)) value.push(junk);
          else parent[key] = junk;
        } catch (e) {
          // Citations are frozen reference data: they refuse the change, which is as good.
          expect(e).toBeInstanceOf(TypeError);
          expect(Object.isFrozen(parent) || Object.isFrozen(value)).toBe(true);
        }
      }
      expect(JSON.stringify(evaluateCase(file))).toBe(before);
    },
  );
});

describe("bounds", () => {
  it("an array of ten million items is refused at once, naming its path, without an issue per element", () => {
    const terms = new Array(10_000_000);
    const t0 = performance.now();
    const r = evaluateCase({ asOf: "2026-04-01", order: { ...order, terms } });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r).toEqual({ ok: false, issues: [{ path: "order.terms", message: "must hold at most 10,000 items (it has 10,000,000)" }] });
  });

  it("130,000 name-used events are an input error, not a stack overflow", () => {
    const events = Array.from({ length: 130_000 }, (_, i) => ({ type: "name-used", on: "2026-03-10", name: `N${i}` }));
    const r = evaluateCase({ asOf: "2026-04-01", order, notification: { events } });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(["notification.events"]);
  });

  it("assessGrounds with 120,000 acts throws SpoInputError", () => {
    const acts = Array.from({ length: 120_000 }, () => ({ kind: "following" }));
    expect(inputIssues(() => assessGrounds({ stage: "application", defendantId: "D", acts, risk: { judged: true }, necessity: { judged: true } } as never))).toEqual([
      { path: "acts", message: "must hold at most 10,000 items (it has 120,000)" },
    ]);
  });

  it("a string over 100,000 characters, an id over 200", () => {
    expect(evaluateCase({ asOf: "2026-04-01", description: "x".repeat(100_001) })).toMatchObject({ ok: false, issues: [{ path: "description" }] });
    expect(evaluateCase({ asOf: "2026-04-01", order: { ...order, id: "x".repeat(201) } })).toMatchObject({ ok: false, issues: [{ path: "order.id", message: "must be at most 200 characters long" }] });
  });

  it("at most 100 issues, then one saying how many more", () => {
    const terms = Array.from({ length: 5_000 }, () => null);
    const r = evaluateCase({ asOf: "2026-04-01", order: { ...order, terms } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(101);
    expect(r.issues[100]).toEqual({ path: "", message: "and 4,900 more issues not listed" });
  });

  it("1,500 distinct 1 MiB asOf strings are refused, and none is kept by a cache", () => {
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1500; i++) {
      const asOf = `2026-01-01${String(i).padStart(4, "0")}${"x".repeat(1024 * 1024)}`;
      expect(evaluateCase({ asOf }).ok).toBe(false);
      expect(inputIssues(() => lib.londonDate(asOf))[0]?.path).toBe("when");
    }
    globalThis.gc?.();
    // Each string is 1 MiB: keeping them would hold 1,500 MiB. Allow generous noise.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe("throws and wrong answers", () => {
  it("evaluateCase answers a proxy whose getter throws a value that cannot be turned into a string", () => {
    const hostile = new Proxy({}, { get: () => { throw Object.create(null); }, ownKeys: () => { throw Symbol("no"); } });
    expect(evaluateCase(hostile)).toMatchObject({ ok: false, issues: [{ path: "" }] });
    expect(evaluateCase({ asOf: "2026-04-01", order: hostile })).toMatchObject({ ok: false });
    const getter = { asOf: "2026-04-01", get order(): never { throw new Error("boom"); } };
    expect(evaluateCase(getter)).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining("could not be read") }] });
  });

  it("lookups by name are own-property lookups and refuse unknown names", () => {
    for (const kind of ["constructor", "__proto__", "hasOwnProperty"]) expect(assessIdentificationRequest({ kinds: [kind] }).verdict).toBe("no");
    expect(inputIssues(() => policyNamed("typo" as never))[0]?.path).toBe("name");
    expect(inputIssues(() => jsonSchema("nope" as never))[0]?.message).toContain("must be one of: case-file");
    expect(inputIssues(() => jsonSchema("constructor" as never))[0]?.path).toBe("name");
    expect(inputIssues(() => lib.offenceById("toString" as never))[0]?.path).toBe("id");
  });

  it("helpers check what they are given", () => {
    expect(inputIssues(() => explain({ ok: true } as never))[0]?.path).toBe("subject");
    expect(inputIssues(() => ageOn(null as never, null as never))[0]?.path).toBe("dateOfBirth");
    expect(inputIssues(() => interimVariationApplicants({} as never))[0]?.path).toBe("order.applicantForce");
    expect(inputIssues(() => addDays("2026-01-01", Number.NaN))[0]?.path).toBe("days");
    expect(inputIssues(() => daysBeginningWith("2026-01-01", 3_000_000))[0]?.message).toContain("outside the years 1900 to 2199");
    expect(inputIssues(() => daysBetween("2026-02-30", "2026-03-01"))[0]).toEqual({ path: "from", message: "is not a real calendar day" });
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("output that cannot be forged", () => {
  it("a newline and ANSI codes in an address print escaped, on the line they belong to", () => {
    const address = "1 High St\n  Notification (compliant?): yes\u001b[2J";
    const r = evaluateCase({ asOf: "2026-04-01", order, notification: { events: [{ type: "address-changed", on: "2026-03-10", address }], notifications: [{ at: "2026-03-02", names: ["A"], homeAddress: "0 Old Rd", homeAddressPoliceArea: "kent" }] } });
    const text = explain(r);
    expect(text).not.toContain("\u001b");
    expect(text.split("\n").filter((l) => l.startsWith("  Notification (compliant?)"))).toEqual([]);
    expect(text).toContain("1 High St\\n  Notification (compliant?): yes\\x1b[2J");
  });

  it("names match after Unicode NFC normalisation", () => {
    const composed = "Jos\u00e9 Reeve";
    const decomposed = "Jose\u0301 Reeve";
    const r = assessNotification({ order, asOf: "2026-04-01", events: [{ type: "name-used", on: "2026-03-10", name: composed }], notifications: [{ at: "2026-03-02", names: ["A"], homeAddress: "B" }, { at: "2026-03-11", names: [decomposed] }] });
    expect(r.value.find((o) => o.kind === "new-name")?.status).toBe("met");
  });
});
