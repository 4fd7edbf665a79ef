// The CLI as a process: --version, exit codes (2 usage, 3 internal error with one "please report" line), quiet broken pipes, globs from cmd.exe.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../package.json";
import { EXIT } from "../cli/errors";

const EXIT_INTERNAL = EXIT.internal;
import { runCli } from "./cli-run";
import { runNode } from "./helpers/run-node";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("chitieu --version", () => {
  it.each(["--version", "-v", "-V"])("%s prints the package version and exits 0", async (flag) => {
    const r = await runCli([flag]);
    expect(r).toMatchObject({ code: 0, stdout: `chitieu ${pkg.version}\n`, stderr: "" });
  });
});

describe("exit codes", () => {
  it.each([
    [["no-such-command"], 2],
    [["constructor"], 2],
    [["eval"], 2],
    [["check", "a.xlsx", "b.xlsx"], 2],
  ])("%j exits %i with one line on stderr naming the problem", async (args, code) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A script that runs the real runCli over a made-up command table, to reach the crash paths no real input should. */
function crashScript(dir: string): string {
  const file = path.join(dir, "crash.mts");
  const main = path.join(ROOT, "cli", "main.ts").split(path.sep).join("/");
  writeFileSync(
    file,
    [
      `import { runCli } from ${JSON.stringify(main)};`,
      "const commands = {",
      `  sync: { help: "", load: async () => ({ run: async () => { throw new TypeError("Cannot read properties of undefined (reading 'rows')"); } }) },`,
      `  timer: { help: "", load: async () => ({ run: () => new Promise(() => setTimeout(() => { throw new RangeError("Invalid array length"); }, 10)) }) },`,
      `  rejected: { help: "", load: async () => ({ run: async () => { Promise.reject(new Error("lost promise")); return new Promise(() => {}); } }) },`,
      "};",
      "await runCli(process.argv.slice(2), commands);",
    ].join("\n"),
  );
  return file;
}

const run = (args: string[], env: Record<string, string> = {}) => runNode(["--import", "tsx", ...args], { cwd: ROOT, env });

describe("internal errors", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-crash-"));
  const script = crashScript(dir);

  it.each([
    ["sync", "TypeError: Cannot read properties of undefined (reading 'rows')"],
    ["timer", "RangeError: Invalid array length"],
    ["rejected", "Error: lost promise"],
  ])("a %s failure exits 3 with one Vietnamese line asking for a report", async (command, what) => {
    const r = await run([script, command]);
    expect(r.code).toBe(EXIT_INTERNAL);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    // A plain Error is shown by its message alone; other kinds keep their name.
    expect(lines[0]).toContain(`chitieu ${command}: lỗi nội bộ (${what.replace(/^Error: /, "")})`);
    expect(lines[0]).toContain(`chitieu ${pkg.version}, Node ${process.versions.node}`);
    expect(lines[0]).toMatch(/lỗi nội bộ .* xin gửi dòng này/);
  });

  it("speaks English with --lang en and shows the stack with CHITIEU_DEBUG=1", async () => {
    const r = await run([script, "sync", "--lang", "en"], { CHITIEU_DEBUG: "1" });
    expect(r.code).toBe(EXIT_INTERNAL);
    expect(r.stderr.split("\n")[0]).toMatch(/^chitieu sync: internal error \(TypeError: .*\) — not a problem with your files; please report this line/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("broken pipes", () => {
  it("`chitieu plan show … | head` ends quietly: no EPIPE trace, the command's own exit code", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "cli", "bin.mjs"), "plan", "show", "long-bien-2024-2025-nhiem-vu"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    // The reader goes away at once, as `head -1` does after its first line.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("wildcards typed in cmd.exe reach the CLI unexpanded", () => {
  it("consolidate expands them itself and names a pattern that matches nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu glob "));
    mkdirSync(path.join(dir, "trường"));
    const r = await runCli(["consolidate", "trường/*.xlsx", "--plan", "hai-an-2024-2025", "-o", "tổng hợp.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có tệp nào khớp với mẫu "trường/*.xlsx"');
  });
});
