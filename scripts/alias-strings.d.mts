/** Types of scripts/alias-strings.mjs for the tests. */
export function aliasStrings(code: string, options?: { props?: boolean; globals?: boolean; regexes?: boolean }): string;
