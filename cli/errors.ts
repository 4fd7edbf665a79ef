// The CLI's one failure type: a one-line message in Vietnamese and English, and the exit code it ends with.

/** Exit codes: 0 done, 1 shortfalls found (only with --fail-on-shortfall), 2 bad usage or unreadable input. */
export const EXIT = { ok: 0, shortfall: 1, usage: 2 } as const;

export class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly code: number = EXIT.usage,
  ) {
    super(`${vi} / ${en}`);
  }
}
