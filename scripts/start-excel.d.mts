// Types of scripts/start-excel.mjs for TypeScript callers (tests): its certificate step and its request-path rule.
export declare const CERT_DIR: string;
export declare function prepareCertificates(opts?: { dir?: string; platform?: NodeJS.Platform; tools?: unknown }): Promise<{ cert: Buffer; key: Buffer; ca: Buffer; trusted: boolean; note: string }>;

/** The file under `dir` (default dist/excel) a URL path names, or null when it cannot name one. */
export declare function fileFor(urlPath: string, dir?: string): string | null;
