/** Types of scripts/share-regexes.mjs for the tests. */
export function shareRegexes(code: string): string;
