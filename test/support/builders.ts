// Small, readable builders for test inputs: each test states only what it is about.
import type { ApplicationInput, GroundsInput, Order } from "../../src/model/schemas";

export function groundsInput(overrides: Partial<GroundsInput> = {}): GroundsInput {
  return {
    stage: "application",
    defendantId: "D1",
    acts: [{ kind: "following", on: "2026-01-05", against: "V1" }],
    risk: { to: ["V1"], harm: ["psychological"], judged: true },
    necessity: { toProtect: ["V1"], judged: true },
    ...overrides,
  };
}

export function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  const g = groundsInput();
  return {
    madeOn: "2026-03-02",
    applicant: { force: "kent", rank: "superintendent", bcu: "North" },
    defendant: { id: "D1", dateOfBirth: "1990-06-15", residesIn: { force: "kent", bcu: "North" } },
    grounds: { acts: g.acts, risk: g.risk, necessity: g.necessity },
    ...overrides,
  };
}

export function fullOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: "SPO-1",
    kind: "full",
    madeOn: "2026-03-02",
    applicantForce: "kent",
    duration: { type: "fixed", lastDay: "2028-03-01" },
    terms: [
      { id: "T1", type: "prohibition", text: "Must not contact V1 directly or indirectly." },
      { id: "T2", type: "prohibition", text: "Must not enter Elm Street, Maidstone.", locality: "Maidstone" },
    ],
    ...overrides,
  };
}

export function interimOrder(overrides: Partial<Order> = {}): Order {
  return fullOrder({ id: "ISPO-1", kind: "interim", duration: { type: "fixed", lastDay: "2026-04-30" }, ...overrides });
}
