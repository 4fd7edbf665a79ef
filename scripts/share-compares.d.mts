/** Types of scripts/share-compares.mjs for the tests. */
export function shareCompares(code: string): string;
