// Shared by the CLI tests: run `node cli/bin.mjs ...` as a user would, hash files, and read verdict cells back.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { TestBook } from "./helpers/xlsx";
import { runNode, type NodeRun } from "./helpers/run-node";

const BIN = resolve(import.meta.dirname, "../cli/bin.mjs");

export type CliRun = NodeRun;

/** Runs the CLI in a child process (stdin closed, stderr not a terminal) and collects its output. */
export async function runCli(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliRun> {
  const r = await runNode([BIN, ...args], { cwd, env: { NO_COLOR: "1", ...env } });
  return { ...r, stderr: r.stderr.split("\n").filter((l) => !/^npm warn/.test(l)).join("\n") };
}

/** SHA-256 of a file's bytes. */
export async function sha256(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** A workbook read back with the CLI's own reader, for assertions. */
export async function loadBook(path: string): Promise<TestBook> {
  return new TestBook(path);
}
