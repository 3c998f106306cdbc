// withFields is `{ ...base, ...extra }` without the slow spread: same keys, same order, same values, a fresh object.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { withFields } from "../../src/core/objects";

describe("withFields", () => {
  it("puts base's keys first and extra's after, extra winning on a shared key", () => {
    const base = { kind: "full", id: "SPO-1", at: "2026-01-01" };
    const out = withFields(base, { at: "2026-02-01", lastDay: "2028-01-31" });
    expect(Object.keys(out)).toEqual(["kind", "id", "at", "lastDay"]);
    expect(out).toEqual({ kind: "full", id: "SPO-1", at: "2026-02-01", lastDay: "2028-01-31" });
    expect(base).toEqual({ kind: "full", id: "SPO-1", at: "2026-01-01" });
    expect(out).not.toBe(base);
  });

  const record = fc.dictionary(fc.string({ maxLength: 6 }).filter((k) => k !== "__proto__"), fc.jsonValue(), { maxKeys: 6 });
  test.prop([record, record])("is the spread, keys and order alike", (a, b) => {
    const out = withFields(a, b);
    expect(out).toStrictEqual({ ...a, ...b });
    expect(Object.keys(out)).toEqual(Object.keys({ ...a, ...b }));
  });
});
