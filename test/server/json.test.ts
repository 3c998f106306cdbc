// The JSON scanner behind a 400's position: it agrees with JSON.parse on what is JSON, and points at the
// first byte that is not.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { HttpError } from "../../src/server/http-errors";
import { findJsonSyntaxError, parseJsonBody } from "../../src/server/json";

const at = (text: string) => findJsonSyntaxError(Buffer.from(text, "utf8"));
const parsesAsJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a":}', 5, 1, 6],
    ["", 0, 1, 1],
    ["[1,2", 4, 1, 5],
    ['{"a" 1}', 5, 1, 6],
    ["[1,]", 3, 1, 4],
    ['{"a":1,}', 7, 1, 8],
    ["{ not json", 2, 1, 3],
    ['"a\nb"', 2, 1, 3],
    ['"\\x"', 1, 1, 2],
    ['"\\u12g4"', 1, 1, 2],
    ["01", 1, 1, 2],
    ["-", 1, 1, 2],
    ["1.", 2, 1, 3],
    ["1e+", 3, 1, 4],
    ["tru", 0, 1, 1],
    ["[] []", 3, 1, 4],
    ['{\n  "é": "ü",\n  x', 18, 3, 3],
    ['["ünïcode", ]', 14, 1, 13],
  ])("%j: byte %i, line %i, column %i", (text, offset, line, column) => {
    expect(at(text)).toMatchObject({ offset, line, column });
  });

  it("accepts what JSON.parse accepts", () => {
    for (const text of ["{}", "[]", " 0 ", "-0.5e-7", '"\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true,"d":false}', "\t\r\n[\n]\n"]) {
      expect(at(text), text).toBeNull();
    }
  });

  it("does not recurse: a million nested arrays are scanned", () => {
    expect(at("[".repeat(1_000_000))).toMatchObject({ offset: 1_000_000, problem: expect.stringMatching(/end of input/) as unknown as string });
  });

  test.prop([fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.json().map((j) => `${j}x`))], { numRuns: 300 })(
    "finds an error exactly when JSON.parse throws",
    (text) => {
      expect(at(text) === null).toBe(parsesAsJson(text));
    },
  );
});

describe("parseJsonBody", () => {
  it("parses UTF-8 JSON, a leading byte-order mark allowed", () => {
    expect(parseJsonBody(Buffer.from('\uFEFF{"a":"é"}', "utf8"))).toEqual({ a: "é" });
  });

  it("throws a 400 naming the line, column and byte", () => {
    try {
      parseJsonBody(Buffer.from('{"asOf": }'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HttpError);
      expect((e as HttpError).status).toBe(400);
      expect((e as HttpError).issues).toEqual([
        { path: "", message: 'is not valid JSON: expected a value (an object, array, string, number, true, false or null), found "}" at line 1, column 10 (byte 9)' },
      ]);
    }
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(() => parseJsonBody(Buffer.from([0x22, 0xc3, 0x22]))).toThrow("is not valid UTF-8");
  });
});
