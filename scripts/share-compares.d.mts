/** Types of scripts/share-compares.mjs for the tests. */
export function shareCompares(code: string): string;

/** Whether an identifier is given a value other than by a declaration with no value (scripts/share-regexes.mjs uses it). */
export function writes(n: unknown): boolean;
