import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatPath, inputError, parseInput, SpoInputError } from "../../src/core/errors";

describe("input errors", () => {
  it("formats paths with dots and indexes", () => {
    expect(formatPath(["order", "terms", 2, "lastDay"])).toBe("order.terms[2].lastDay");
    expect(formatPath(["terms", 0], "order")).toBe("order.terms[0]");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath(["odd key"])).toBe('["odd key"]');
  });

  it("throws SpoInputError with every issue and a readable message", () => {
    const schema = z.strictObject({ a: z.string(), b: z.array(z.number()) });
    let caught: unknown;
    try {
      parseInput(schema, { b: [1, "x"], c: 1 }, "input");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SpoInputError);
    expect(caught).toBeInstanceOf(Error);
    const err = caught as SpoInputError;
    expect(err.name).toBe("SpoInputError");
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "input.a", message: "is required" },
        { path: "input.b[1]", message: "must be a number" },
        { path: "input.c", message: "is not a recognised field" },
      ]),
    );
    expect(err.message).toContain("input.b[1]: must be a number");
  });

  it("reports the branch of a union that was meant", () => {
    const schema = z.union([z.strictObject({ kind: z.literal("a"), x: z.string() }), z.string()]);
    expect(() => parseInput(schema, { kind: "a" })).toThrow(/x: is required/);
  });

  it("returns parsed values untouched", () => {
    expect(parseInput(z.array(z.string()), ["a"])).toEqual(["a"]);
  });

  it("throws single issues", () => {
    expect(() => inputError("a.b", "is wrong")).toThrow(new SpoInputError([{ path: "a.b", message: "is wrong" }]));
  });
});

describe("messages and paths at the edges", () => {
  it("joins issues, and leaves out an empty path", () => {
    expect(new SpoInputError([{ path: "", message: "must be an object" }]).message).toBe("Invalid input: must be an object");
    expect(new SpoInputError([{ path: "a", message: "x" }, { path: "b", message: "y" }]).message).toBe("Invalid input: a: x; b: y");
  });

  it("quotes symbol keys", () => {
    expect(formatPath([Symbol.for("k")])).toBe('["Symbol(k)"]');
  });

  it("reports the union branch with the fewest complaints, whichever comes first", () => {
    const schema = z.union([z.strictObject({ a: z.string(), b: z.string(), c: z.string() }), z.strictObject({ a: z.string(), d: z.number() })]);
    expect(() => parseInput(schema, { a: "x" })).toThrow(new SpoInputError([{ path: "d", message: "is required" }]));
  });
});
