// Shared by the CLI tests: run `node cli/bin.mjs ...` as a user would, hash files, and read verdict cells back.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { TestBook } from "./helpers/xlsx";

const BIN = resolve(import.meta.dirname, "../cli/bin.mjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process (stdin closed, stderr not a terminal) and collects its output. */
export function runCli(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", ...env } });
    let stdout = "";
    let stderr = "";
    // Decoded as a stream: a chunk may end inside a multi-byte character ("Đạt" came back as "��ạt").
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr: stderr.split("\n").filter((l) => !/^npm warn/.test(l)).join("\n") }));
  });
}

/** SHA-256 of a file's bytes. */
export async function sha256(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** A workbook read back with the CLI's own reader, for assertions. */
export async function loadBook(path: string): Promise<TestBook> {
  return new TestBook(path);
}
