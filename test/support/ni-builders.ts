// Northern Ireland test inputs: orders applied for by the Chief Constable of the PSNI (PfS(NI)A 2022), made after
// the Act's order provisions came into operation on 19 October 2023. Each test states only what it is about.
import { expect } from "vitest";
import type { Finding } from "../../src/core/assessment";
import type { Order } from "../../src/model/schemas";

/** The force whose applications and orders are Northern Ireland ones. */
export const NI_FORCE = "police-service-of-northern-ireland" as const;

/** A lawful full NI order made on 2026-03-02: two terms for the record's 2-year period, one limited to a locality. */
export function niFullOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: "SPO-1",
    kind: "full",
    madeOn: "2026-03-02",
    applicantForce: NI_FORCE,
    duration: { type: "fixed", lastDay: "2028-03-01" },
    terms: [
      { id: "T1", type: "prohibition", text: "Must not contact V1 directly or indirectly." },
      { id: "T2", type: "prohibition", text: "Must not enter Botanic Avenue, Belfast.", locality: "Belfast" },
    ],
    ...overrides,
  };
}

/** A lawful NI interim order made on 2026-03-02 with a fixed period to 2026-04-30. */
export function niInterimOrder(overrides: Partial<Order> = {}): Order {
  return niFullOrder({ id: "ISPO-1", kind: "interim", duration: { type: "fixed", lastDay: "2026-04-30" }, ...overrides });
}

/** The sources a Northern Ireland answer may cite: the Act, its commencement order and its court rules. */
export const NI_SOURCES = ["PfS(NI)A 2022", "S.R. 2023/174", "S.R. 2023/175"] as const;

/** Every finding cites something, and every citation is from the Northern Ireland Act or its statutory rules. */
export function expectNiCitations(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.citations.length, `${f.rule}/${f.variant}`).toBeGreaterThan(0);
    for (const c of f.citations) expect(NI_SOURCES as readonly string[], `${f.rule}/${f.variant}: ${c.label}`).toContain(c.source);
  }
}
