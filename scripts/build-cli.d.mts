// Types of scripts/build-cli.mjs for TypeScript callers (tests, the bench).
export declare function buildCli(opts?: { outDir?: string }): Promise<{ dir: string; entry: string; imports: string[]; bytes: number; files: string[] }>;
