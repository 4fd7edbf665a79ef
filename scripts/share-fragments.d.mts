/** Types of scripts/share-fragments.mjs for the tests. */
export function shareFragments(code: string): string;
