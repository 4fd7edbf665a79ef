/** Types of scripts/share-optionals.mjs for the tests. */
export function shareOptionals(code: string): string;
