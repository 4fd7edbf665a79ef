/** Types of scripts/function-values.mjs for the tests. */
export function functionValues(code: string): string;
