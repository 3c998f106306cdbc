// The message catalogue: every sentence the library prints comes from it. The English one reproduces each
// finding's reason; a pseudo-locale catalogue renders every example with no English left.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseReport } from "../../src/case";
import type { Finding } from "../../src/core/assessment";
import { englishMessages, RULE_IDS, TEXT_IDS, type Messages } from "../../src/messages";
import { explain } from "../../src/output/explain";

const reports: [string, CaseReport][] = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => {
    const r = evaluateCase(JSON.parse(readFileSync(`examples/${f}`, "utf8")));
    if (!r.ok) throw new Error(f);
    return [f, r.report];
  });

/** Every finding of a report, with those of its obligations' and failures' assessments. */
function findings(r: CaseReport): Finding[] {
  const out: Finding[] = [];
  const take = (a: { findings: Finding[] } | undefined) => a !== undefined && out.push(...a.findings);
  take(r.application);
  for (const o of r.orders) (take(o.lawful), take(o.inForce));
  take(r.notification);
  for (const f of r.notificationFailures ?? []) take(f.classification);
  take(r.discharge);
  for (const i of r.incidents) take(i);
  return out;
}

/** A catalogue that says every id as a token, nothing else: what is left after removing tokens was not from it. */
function pseudo(): Messages {
  const out: Record<string, unknown> = {};
  for (const id of RULE_IDS) {
    const variants = englishMessages[id] as Record<string, unknown>;
    out[id] = Object.fromEntries(Object.keys(variants).map((v) => [v, () => `⟦${id}/${v}⟧`]));
  }
  for (const id of TEXT_IDS) out[id] = () => `⟦${id}⟧`;
  return out as unknown as Messages;
}

describe("the English catalogue", () => {
  it("has a sentence for every rule's every variant and every text id", () => {
    expect(RULE_IDS.length).toBeGreaterThan(60);
    for (const id of RULE_IDS) for (const say of Object.values(englishMessages[id] as Record<string, unknown>)) expect(typeof say).toBe("function");
    for (const id of TEXT_IDS) expect(typeof englishMessages[id]).toBe("function");
  });

  it.each(reports)("%s: every finding's reason is the catalogue's sentence for its rule, variant and params", (_, r) => {
    for (const f of findings(r)) {
      expect(RULE_IDS).toContain(f.rule);
      const say = (englishMessages[f.rule] as Record<string, (p: unknown) => string>)[f.variant];
      expect(say, `${f.rule}/${f.variant}`).toBeTypeOf("function");
      expect(say?.(f.params)).toBe(f.reason);
    }
    expect(explain(r, { messages: englishMessages })).toBe(explain(r));
  });
});

describe("a pseudo-locale catalogue", () => {
  const messages = pseudo();
  it.each(reports)("%s renders with no English sentence left", (_, r) => {
    const text = explain(r, { messages });
    expect(text).toContain("⟦text.case-title⟧");
    const left = text.replace(/⟦[^⟧]*⟧/g, "");
    expect(left.trim(), left).toBe("");
  });

  it("an invalid case file renders from the catalogue too", () => {
    const text = explain(evaluateCase({ asOf: "2026-02-30" }), { messages });
    expect(text.replace(/⟦[^⟧]*⟧/g, "").trim()).toBe("");
  });
});
