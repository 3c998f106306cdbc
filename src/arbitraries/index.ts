/**
 * fast-check arbitraries for the library's inputs, for property tests in your own suite. Every value passes
 * its schema; dates lean toward the boundaries where date bugs live. Import from
 * `stalking-protection-orders/arbitraries`; needs `fast-check` 4.
 * @example
 * import fc from "fast-check";
 * import { caseFile } from "stalking-protection-orders/arbitraries";
 * fc.assert(fc.property(caseFile(), (file) => evaluateCase(file).ok));
 */
export { instant, localDate, type DateRange } from "./dates";
export { applicantInput, forceId, rank } from "./people";
export { groundsInput, order } from "./orders";
export { caseFile, history, incident, notificationInput } from "./cases";
