// Benchmark plumbing: repeated runs, medians, machine description, child processes, the printed table and results.json.
import os from "node:os";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (bench/..). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Generated inputs kept between runs (git-ignored): big workbooks are made once. */
export const CACHE_DIR = join(ROOT, ".tmp", "bench");

export interface Row {
  section: string;
  name: string;
  /** Median over runs. */
  value: number;
  unit: string;
  runs: number;
  note?: string;
}

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `runs` times (after one warm-up unless `warmup` is false) and returns the median milliseconds. */
export async function timeMedian(fn: () => unknown | Promise<unknown>, runs = 5, warmup = true): Promise<number> {
  if (warmup) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/**
 * Like timeMedian, but also the median CPU time of the process (user + system) per run. On a busy machine wall
 * time includes waiting for a core; CPU time is close to what an idle machine's wall time would be.
 * @example const { wall, cpu } = await timeMedianCpu(() => work(), 5)
 */
export async function timeMedianCpu(fn: () => unknown | Promise<unknown>, runs = 5, warmup = true): Promise<{ wall: number; cpu: number }> {
  if (warmup) await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/**
 * CPU milliseconds (user + system) used so far by this process's finished children and the descendants they waited
 * for (Linux /proc/self/stat cutime + cstime, at the usual 100 ticks a second), or null where /proc is missing. The
 * difference around a whole-process run is that run's CPU time: on a busy machine a child's wall time is mostly
 * waiting for a core, its CPU time is not.
 * @example const c0 = childCpuMs(); spawnSync(...); const cpu = c0 === null ? null : childCpuMs()! - c0
 */
export function childCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of proc(5); f[0] is field 3.
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return null;
  }
}

/** "CPU 1,234/s": a rate from CPU milliseconds, for notes. */
export function cpuRate(count: number, cpuMs: number, unit: string): string {
  return `CPU-time rate ${Math.round(count / (cpuMs / 1000)).toLocaleString("en-US")} ${unit}`;
}

export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    /** 1-minute load average when the bench started: other work on the machine slows every figure. */
    load: Math.round(os.loadavg()[0] * 10) / 10,
    date: new Date().toISOString(),
  };
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return "—";
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en-US");
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toPrecision(3);
}

/** Prints rows as an aligned table. */
export function printTable(rows: Row[]): string {
  const head = ["section", "figure", "median", "unit", "runs", "note"];
  const body = rows.map((r) => [r.section, r.name, fmt(r.value), r.unit, String(r.runs), r.note ?? ""]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Megabytes, for memory figures. */
export const MB = (bytes: number): number => bytes / 2 ** 20;

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The JSON object on the last stdout line, if there is one. */
  json: unknown;
  /** Wall time of the whole child, milliseconds. */
  ms: number;
}

/**
 * Runs `node <args>` from the repository root and collects its output; never rejects for a non-zero exit.
 * @example await runNode(["--import", "tsx", "bench/child.ts", "read", "big.xlsx"])
 */
export function runNode(args: string[], timeoutMs = 20 * 60_000, env: Record<string, string> = {}): Promise<NodeRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split("\n").pop() ?? "";
      let json: unknown = null;
      if (last.startsWith("{")) {
        try {
          json = JSON.parse(last);
        } catch {
          json = null;
        }
      }
      done({ code: code ?? (signal ? 128 : null), stdout, stderr: signal ? `${stderr}\nkilled by ${signal}` : stderr, json, ms: performance.now() - t0 });
    });
  });
}

/**
 * Runs `node [nodeArgs] --import tsx <script> [args]` and returns the JSON the child prints on its last stdout line.
 * Children keep memory figures honest (a fresh heap, `process.resourceUsage().maxRSS` of their own). Rejects with
 * the end of the child's stderr when it exits non-zero or prints no JSON.
 * @example await runChild<{ ms: number }>("bench/child.ts", ["sheet", "list", "10000", "5"], ["--expose-gc"])
 */
export async function runChild<T>(script: string, args: string[], nodeArgs: string[] = []): Promise<T> {
  const r = await runNode([...nodeArgs, "--import", "tsx", script, ...args]);
  if (r.code === 0 && r.json) return r.json as T;
  throw new Error(`${script} ${args.join(" ")}: exit ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`);
}
