/**
 * fast-check arbitraries for the library's inputs, for property tests in your own suite.
 * Import from `stalking-protection-orders/arbitraries`; needs `fast-check` 4 installed.
 */
export {};
