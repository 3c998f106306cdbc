// runCli in-process: a defect in the library is one line and exit status 70, never a stack trace.
import { describe, expect, it } from "vitest";
import { INTERNAL_ERROR, runCli, type Io } from "../../src/cli/run";
import { decodeUtf8 } from "../../src/cli/read";

function io(over: Partial<Io> = {}): Io & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => {}, write: () => {}, err: (t) => errors.push(t), readFile: () => ({ ok: true, text: "{}" }), version: "0.0.0", errors, ...over };
}

describe("runCli", () => {
  it("an internal error is said in one line, exit 70", () => {
    const sink = io({ readFile: () => { throw new RangeError("Invalid string length"); } });
    expect(runCli(["evaluate", "x.json"], sink)).toBe(INTERNAL_ERROR);
    expect(sink.errors).toEqual(["spo: internal error: Invalid string length"]);
  });

  it("even when writing the error fails", () => {
    expect(runCli(["evaluate", "x.json"], io({ readFile: () => { throw new Error("x"); }, err: () => { throw new Error("closed"); } }))).toBe(INTERNAL_ERROR);
  });
});

describe("decodeUtf8", () => {
  it("drops a leading BOM and refuses invalid bytes", () => {
    expect(decodeUtf8(Buffer.from("\ufeff{}", "utf8"))).toBe("{}");
    expect(decodeUtf8(Uint8Array.from([0x7b, 0xe9, 0x7d]))).toBeNull();
  });
});
