// Types for scripts/start-excel.mjs, which tests import for its request-path rule.

/** The file under `dir` (default dist/excel) a URL path names, or null when it cannot name one. */
export function fileFor(urlPath: string, dir?: string): string | null;
