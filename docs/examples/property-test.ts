// Arbitraries in your own property tests: every generated case file evaluates.
import fc from "fast-check";
import { caseFile } from "stalking-protection-orders/arbitraries";
import { evaluateCase } from "stalking-protection-orders";

fc.assert(
  fc.property(caseFile(), (file) => evaluateCase(file).ok),
  { numRuns: 50, seed: 2026 },
);
