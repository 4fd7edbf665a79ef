// The npm package as a user gets it: `npm pack`, then `npm install -g` of the tarball into an empty prefix, then `chitieu`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json";

const ROOT = path.resolve(import.meta.dirname, "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let work = "";
let tarball = "";
let packed: { path: string; size: number }[] = [];
let prefix = "";
let bin = "";

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false", ...env }, timeout: 170_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "chitieu-pack-"));
  // `npm pack` runs the package's `prepare` script, which builds dist/cli: the tarball holds a fresh build.
  const r = sh(NPM, ["pack", "--json", "--pack-destination", work], ROOT);
  const info = JSON.parse(r.stdout.slice(r.stdout.indexOf("["))) as Array<{ filename: string; files: { path: string; size: number }[]; size: number; unpackedSize: number }>;
  tarball = path.join(work, info[0].filename);
  packed = info[0].files;
  console.log(`package: ${info[0].filename}, ${info[0].size.toLocaleString("en-US")} bytes packed, ${info[0].unpackedSize.toLocaleString("en-US")} unpacked, ${packed.length} files`);
  // An empty folder and an empty prefix: nothing from this checkout's node_modules can be found from there.
  const clean = path.join(work, "clean");
  prefix = path.join(work, "prefix");
  mkdirSync(clean);
  sh(NPM, ["install", "-g", tarball, "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund"], clean);
  bin = process.platform === "win32" ? path.join(prefix, "chitieu.cmd") : path.join(prefix, "bin", "chitieu");
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function chitieu(args: string[], cwd = work) {
  return spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
}

describe("npm pack", () => {
  it("ships the built CLI, its notices, the README and the deployment guides, and no source or tests", () => {
    const paths = packed.map((f) => f.path);
    expect(paths).toContain("dist/cli/chitieu.mjs");
    expect(paths).toContain("dist/cli/THIRD-PARTY-NOTICES.txt");
    expect(paths).toContain("package.json");
    expect(paths).toContain("README.md");
    const stray = paths.filter((p) => !/^(dist\/cli\/|package\.json$|README\.md$|docs\/deploy-[a-z]+\.md$)/.test(p));
    expect(stray).toEqual([]);
  });
});

describe("npm install -g of the tarball", () => {
  const installed = () => path.join(prefix, "lib", "node_modules", "chitieu");

  it("installs the runtime dependencies and none of the development tools", () => {
    const modules = readdirSync(path.join(installed(), "node_modules"));
    for (const dep of Object.keys(pkg.dependencies)) expect(modules, dep).toContain(dep);
    for (const dev of ["tsx", "esbuild", "vitest", "typescript", "playwright-core", "@google"]) expect(modules, dev).not.toContain(dev);
  });

  it("chitieu --version prints the package version", () => {
    const r = chitieu(["--version"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`chitieu ${pkg.version}\n`);
    expect(r.status).toBe(0);
  });

  it("chitieu eval judges a figure", () => {
    const r = chitieu(["eval", "ít nhất 65%", "64,9%"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Chưa đạt/);
  });

  it("chitieu validates a plan file it is given (the validator and zod load on first use, from the installed files)", () => {
    const shown = chitieu(["plan", "show", "hai-an-2024-2025", "--json"]);
    expect(shown.status).toBe(0);
    const plan = JSON.parse(shown.stdout) as { indicators: Record<string, unknown>[] };
    const good = path.join(work, "ke-hoach.json");
    writeFileSync(good, JSON.stringify(plan));
    expect(chitieu(["plan", "lint", good]).status).toBe(0);
    plan.indicators[0].qoute = "x";
    const bad = path.join(work, "ke-hoach-sai.json");
    writeFileSync(bad, JSON.stringify(plan));
    const r = chitieu(["plan", "lint", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/qoute/);
  });

  it("chitieu demo checks, consolidates and writes its workbooks", () => {
    const out = path.join(work, "kết quả demo");
    const r = chitieu(["demo", "--out", out, "--no-pdf"]);
    expect(r.stderr.replace(/^\d+\/\d+ .*\n/gm, "")).toBe("");
    expect(r.status).toBe(0);
    const written = readdirSync(out);
    expect(written.some((f) => f.endsWith(".chitieu.xlsx") || f.endsWith(".xlsx"))).toBe(true);
    expect(existsSync(path.join(out, "truong"))).toBe(true);
  });

  it("runs the bundle, not TypeScript: no .ts file is installed", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.name === "node_modules" ? [] : e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    expect(walk(installed()).filter((f) => f.endsWith(".ts"))).toEqual([]);
    expect(readFileSync(path.join(installed(), "dist", "cli", "chitieu.mjs"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("keeps regular expressions with \\p{…} as literals, not rebuilt from a string on every evaluation", () => {
    // esbuild lowers such literals to `new RegExp("…")` for a node target unless told Node has them (scripts/build-cli.mjs).
    const dir = path.join(installed(), "dist", "cli");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mjs"));
    const lowered = files.flatMap((f) => readFileSync(path.join(dir, f), "utf8").match(/new RegExp\("[^"]*\\\\p\{/g) ?? []);
    expect(lowered).toEqual([]);
  });
});
