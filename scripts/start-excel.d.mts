// Types of scripts/start-excel.mjs for TypeScript callers (tests).
export declare const CERT_DIR: string;
export declare function prepareCertificates(opts?: { dir?: string; platform?: NodeJS.Platform; tools?: unknown }): Promise<{ cert: Buffer; key: Buffer; ca: Buffer; trusted: boolean; note: string }>;
