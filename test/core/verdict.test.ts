import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { and, not, or, VERDICTS, verdictOf, type Verdict } from "../../src/core/verdict";

const verdict = fc.constantFrom<Verdict>(...VERDICTS);

describe("Kleene truth tables", () => {
  it.each([
    ["yes", "yes", "yes", "yes"],
    ["yes", "no", "no", "yes"],
    ["yes", "unknown", "unknown", "yes"],
    ["no", "no", "no", "no"],
    ["no", "unknown", "no", "unknown"],
    ["unknown", "unknown", "unknown", "unknown"],
  ] as const)("%s ∧ %s = %s, %s ∨ %s = %s", (a, b, conj, disj) => {
    expect(and(a, b)).toBe(conj);
    expect(and(b, a)).toBe(conj);
    expect(or(a, b)).toBe(disj);
    expect(or(b, a)).toBe(disj);
  });

  it("negates yes and no, and keeps unknown", () => {
    expect(not("yes")).toBe("no");
    expect(not("no")).toBe("yes");
    expect(not("unknown")).toBe("unknown");
  });

  it("has identities for empty conjunction and disjunction", () => {
    expect(and()).toBe("yes");
    expect(or()).toBe("no");
  });

  it("reads judgements", () => {
    expect(verdictOf(true)).toBe("yes");
    expect(verdictOf(false)).toBe("no");
    expect(verdictOf(null)).toBe("unknown");
    expect(verdictOf(undefined)).toBe("unknown");
  });
});

describe("Kleene laws", () => {
  test.prop([verdict, verdict])("commutativity", (a, b) => {
    expect(and(a, b)).toBe(and(b, a));
    expect(or(a, b)).toBe(or(b, a));
  });

  test.prop([verdict, verdict, verdict])("associativity", (a, b, c) => {
    expect(and(and(a, b), c)).toBe(and(a, and(b, c)));
    expect(or(or(a, b), c)).toBe(or(a, or(b, c)));
    expect(and(a, b, c)).toBe(and(and(a, b), c));
  });

  test.prop([verdict])("identity: yes for and, no for or", (a) => {
    expect(and(a, "yes")).toBe(a);
    expect(or(a, "no")).toBe(a);
  });

  test.prop([fc.array(verdict)])("no dominates and; yes dominates or", (vs) => {
    expect(and(...vs, "no")).toBe("no");
    expect(or(...vs, "yes")).toBe("yes");
  });

  test.prop([verdict, verdict])("De Morgan", (a, b) => {
    expect(not(and(a, b))).toBe(or(not(a), not(b)));
    expect(not(or(a, b))).toBe(and(not(a), not(b)));
  });

  test.prop([verdict])("double negation", (a) => {
    expect(not(not(a))).toBe(a);
  });

  test.prop([verdict, verdict, verdict])("distributivity", (a, b, c) => {
    expect(and(a, or(b, c))).toBe(or(and(a, b), and(a, c)));
    expect(or(a, and(b, c))).toBe(and(or(a, b), or(a, c)));
  });
});
