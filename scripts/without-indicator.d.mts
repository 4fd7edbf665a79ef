/** Types of scripts/without-indicator.mjs for the tests. */
export function withoutIndicator(): import("esbuild").Plugin;
