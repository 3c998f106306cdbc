// Access-log lines: their shape, and that a hostile path cannot forge a line or flood the log.
import { describe, expect, it } from "vitest";
import { accessLogLine, internalErrorLine } from "../../src/server/access-log";

describe("accessLogLine", () => {
  it("is method, path, status and milliseconds", () => {
    expect(accessLogLine("GET", "/healthz", 200, 0.24)).toBe("GET /healthz 200 0.2ms");
    expect(accessLogLine(undefined, undefined, 408, undefined)).toBe("- - 408 -");
  });

  it("escapes control characters, spaces and non-ASCII in the path, and shortens it", () => {
    expect(accessLogLine("GET", "/a\nPOST /forged 200 1ms", 404, 1)).toBe("GET /a%0APOST%20/forged%20200%201ms 404 1.0ms");
    expect(accessLogLine("GET", "/é", 404, 1)).toBe("GET /%C3%A9 404 1.0ms");
    const long = accessLogLine("GET", `/${"a".repeat(10_000)}`, 404, 1);
    expect(long.length).toBeLessThan(250);
  });

  it("an internal error names the kind of error only", () => {
    expect(internalErrorLine("POST", "/v1/evaluate", new RangeError("Jane Doe"))).toBe("internal error (RangeError) in POST /v1/evaluate");
    expect(internalErrorLine("GET", "/x", "a string")).toBe("internal error (string) in GET /x");
  });
});
