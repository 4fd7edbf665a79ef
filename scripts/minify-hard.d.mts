/** Types of scripts/minify-hard.mjs for the tests. */
export function minifyHard(code: string): Promise<string>;
