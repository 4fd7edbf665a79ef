// The built `chitieu` of this tree and of another commit's tree, side by side, for paired measures (bench/check-speed.ts)
// and output comparisons (scripts/compare-check.ts).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./harness";

/** The commit this branch left main at (`git merge-base HEAD main`): what a change is measured against by default. */
export function forkPoint(): string {
  return execSync(`git -C "${ROOT}" merge-base HEAD main`, { encoding: "utf8" }).trim().slice(0, 12);
}

/**
 * Builds the CLI of this tree, and of `commit` (git archive into .tmp/against-<commit>, node_modules linked), each with
 * its own scripts/build-cli.mjs into .tmp (inside the repository, so the runtime dependencies resolve). Returns the
 * two entry files, this tree's first.
 * @example const [mine, theirs] = await twoClis("main") → [".../.tmp/cli-this/chitieu.mjs", ".../.tmp/cli-main/chitieu.mjs"]
 */
export async function twoClis(commit: string): Promise<[string, string]> {
  const tree = treeOf(commit);
  const sha = tree.slice(tree.lastIndexOf("-") + 1);
  const build = async (root: string, out: string) => {
    const { buildCli } = (await import(pathToFileURL(join(root, "scripts", "build-cli.mjs")).href)) as { buildCli: (o: { outDir: string }) => Promise<{ entry: string }> };
    return (await buildCli({ outDir: out })).entry;
  };
  const mine = await build(ROOT, join(ROOT, ".tmp", "cli-this"));
  const theirs = await build(tree, join(ROOT, ".tmp", `cli-${sha}`));
  return [mine, theirs];
}

/** The files of `commit` (git archive into .tmp/against-<sha>, node_modules linked; made once), to build or bundle from. */
export function treeOf(commit: string): string {
  const sha = execSync(`git -C "${ROOT}" rev-parse ${commit}`, { encoding: "utf8" }).trim().slice(0, 12);
  const tree = join(ROOT, ".tmp", `against-${sha}`);
  if (!existsSync(join(tree, "package.json"))) {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    execSync(`git -C "${ROOT}" archive ${sha} | tar -x -C "${tree}"`);
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
  }
  return tree;
}
