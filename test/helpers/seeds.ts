// Where the five seed plan documents are, for the tests that check quotes against them; they live outside this repository.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The seeds folder: `CHITIEU_SEEDS` when set, else `../shared/seeds` beside the checkout (how the project is laid out
 * on the team's machines and in CI). Null when neither holds a seed file, so a clone of this repository alone still
 * passes `npm test`. `CHITIEU_REQUIRE_SEEDS=1` (set by `.ci/run`) turns a missing folder into a failure, so CI can
 * never go green by skipping the seed checks.
 * @example findSeedsDir({}) → "/work/shared/seeds" (or null on a bare clone)
 */
export function findSeedsDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.CHITIEU_SEEDS ? path.resolve(env.CHITIEU_SEEDS) : path.resolve(repoRoot, "..", "shared", "seeds");
  const present = existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".txt"));
  if (!present && env.CHITIEU_REQUIRE_SEEDS === "1") {
    throw new Error(`CHITIEU_REQUIRE_SEEDS=1 but no seed documents in ${dir}: clone the shared folder beside the repository or set CHITIEU_SEEDS`);
  }
  return present ? dir : null;
}

export const SEEDS_DIR = findSeedsDir();

/** One line for the test log when the seed checks are skipped, naming the folder looked in and how to run them. */
export function seedsSkipNote(what: string): string {
  const where = process.env.CHITIEU_SEEDS ?? path.resolve(repoRoot, "..", "shared", "seeds");
  return `${what}: skipped, no seed documents in ${where} (clone the shared folder beside the repository or set CHITIEU_SEEDS to run them)`;
}
