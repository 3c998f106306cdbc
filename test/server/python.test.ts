// A Python standard-library client (urllib) reads a report: a system not written in JavaScript can use it.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/index";
import { exampleText, LARGEST_EXAMPLE, live, run } from "./support";

const s = await live();

describe("a Python client", () => {
  it("evaluates a case file, reads a 422's issues, a deadline and the health check", async () => {
    const r = await run("python3", ["test/server/client.py", s.url, LARGEST_EXAMPLE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const expected = evaluateCase(JSON.parse(exampleText()));
    if (!expected.ok) throw new Error("the example is valid");
    expect(JSON.parse(r.stdout)).toEqual({
      status: 200,
      asOf: expected.report.asOf,
      orderVerdicts: expected.report.orders.map((o) => o.lawful.verdict),
      agenda: expected.report.agenda.map((a) => a.due),
      keyDates: expected.report.keyDates.length,
      invalidStatus: 422,
      invalidIssues: [{ path: "asOf", message: "is not a real calendar day" }],
      deadlineStatus: 200,
      deadline: { startsOn: "2026-10-24", lastDay: "2026-10-26", endsAt: "2026-10-27T00:00:00+00:00" },
      healthStatus: 200,
      healthOk: true,
    });
  });
});
