// Runs the hostile-input suite: every case's outcome, every input byte-identical afterwards, and docs/robustness.md's hostile table equal to the cases.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CASES, ROOT, runCli, type Ctx, type HostileCase } from "./cases";

const LONG = process.env.CHITIEU_LONG === "1";
/** Cases waiting on other engineers' work run only when asked (the integrator sets it after merging them, then drops `waitsOn`). */
const ALL = process.env.CHITIEU_HOSTILE_ALL === "1";
const ROOT_USER = process.getuid?.() === 0;
/**
 * Whether an ordinary user (nobody, 65534) can run the CLI from this checkout at all: a clone under a private folder
 * (mktemp's 0700) cannot be traversed, and then the "another user" cases would measure the folder, not the tool.
 */
const OTHER_USER_CAN_RUN =
  ROOT_USER &&
  spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, join(ROOT, "cli/bin.mjs"), "--version"], { timeout: 30_000 }).status === 0;
const DOC = join(ROOT, "docs/robustness.md");
const BEGIN = "<!-- hostile:begin (generated from test/hostile/cases.ts; UPDATE_DOCS=1 npx vitest run test/hostile) -->";
const END = "<!-- hostile:end -->";

const base = mkdtempSync(join(tmpdir(), "chitieu-hostile-"));
// Cases run the CLI as an ordinary user too (permission refusals): it must be able to reach its own case folder.
chmodSync(base, 0o755);
const state = join(base, ".state");
mkdirSync(state, { recursive: true });

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

function skipReason(c: HostileCase): string | null {
  if (c.long && !LONG) return "CHITIEU_LONG=1";
  if (c.root && !ROOT_USER) return "needs root (tmpfs, another user)";
  if (c.root && !OTHER_USER_CAN_RUN) return "an ordinary user cannot run the CLI from this checkout (a private parent folder)";
  if (c.waitsOn && !ALL) return `waits on ${c.waitsOn}`;
  return null;
}

/** The table for docs/robustness.md, one row per case. */
export function renderHostile(): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const rows = CASES.map((c, i) => {
    const when = [c.long ? "CHITIEU_LONG=1" : "", c.root ? "root" : "", c.waitsOn ? `waits on ${c.waitsOn}` : ""].filter(Boolean).join("; ") || "every run";
    return `| H${i + 1} | ${c.item} | ${esc(c.input)} | ${esc(c.sees)} | ${esc(when)} |`;
  });
  return [BEGIN, "", `${CASES.length} cases.`, "", "| # | issue 14 item | what the user does / the file is | what the user sees | runs |", "|---|---|---|---|---|", ...rows, "", END].join("\n");
}

// At file level, so the scratch folder goes even when every case is skipped or filtered out.
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe.concurrent("hostile inputs (issue 14)", () => {
  CASES.forEach((c, i) => {
    const why = skipReason(c);
    const title = `H${i + 1} ${c.item}: ${c.input} → ${c.sees}${why ? ` [${why}]` : ""}`;
    (why ? it.skip : it)(
      title,
      async () => {
        const dir = join(base, `h${i + 1}`);
        mkdirSync(dir, { recursive: true });
        const kept = new Map<string, string>();
        const ctx: Ctx = {
          dir,
          state,
          file(name, data) {
            const p = join(dir, name);
            mkdirSync(dirname(p), { recursive: true });
            writeFileSync(p, data);
            return p;
          },
          keep(...paths) {
            for (const p of paths) kept.set(p, sha(p));
          },
          cli(args, opts = {}) {
            return runCli(args, dir, { CHITIEU_STATE_DIR: state, ...opts.env }, opts.timeoutMs ?? 120_000, opts.as, opts.onStart);
          },
        };
        await c.run(ctx);
        for (const [p, h] of kept) expect(sha(p), `${p} changed`).toBe(h);
      },
      c.long ? 600_000 : 300_000,
    );
  });
});

describe("docs/robustness.md", () => {
  it("lists every hostile case with what the user sees", () => {
    const doc = readFileSync(DOC, "utf8");
    const want = renderHostile();
    const a = doc.indexOf(BEGIN.slice(0, 20));
    const b = doc.indexOf(END);
    const current = a >= 0 && b > a ? doc.slice(a, b + END.length) : "";
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, a >= 0 && b > a ? doc.replace(current, want) : `${doc.trimEnd()}\n\n${want}\n`);
    else expect(current).toBe(want);
  });
});
