// One child process of Node, run to its end: the CLI tests, scripts/score-layouts.ts and scripts/compare-check.ts
// run `chitieu` (its source or a built bundle) through it.
import { spawn } from "node:child_process";

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` with stdin closed and collects stdout and stderr as text (decoded as streams: a chunk may end
 * inside a multi-byte character, "Đạt" came back as "��ạt"). `env` is added to this process's environment.
 * @example await runNode([bin, "--version"], { env: { NO_COLOR: "1" } }) → { code: 0, stdout: "chitieu 0.1.0\n", stderr: "" }
 */
export function runNode(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<NodeRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...opts.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d: string) => (stdout += d));
    child.stderr.on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
