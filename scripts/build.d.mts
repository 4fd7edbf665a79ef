// Types of scripts/build.mjs for TypeScript callers (tests, other build scripts).
export declare const ROOT: string;
export declare const GEN_DIR: string;
export declare const BROWSER_TARGET: string[];
export declare function importTs(entry: string, name: string, genDir?: string): Promise<any>;
export declare function assignedFields(): Promise<{ compilerOptions: Record<string, unknown> }>;
export declare function buildDocs(): Promise<{ files: string[] }>;
export declare function buildExcel(opts?: { baseUrl?: string; outDir?: string; genDir?: string }): Promise<{ dir: string; entry: string; baseUrl: string }>;
export declare function parseBuildArgs(argv: string[]): { names: string[]; baseUrl?: string };
export declare const TARGETS: Record<string, () => Promise<unknown>>;
