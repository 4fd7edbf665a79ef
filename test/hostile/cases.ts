// The hostile-input suite: one case per class of issue 14 (a careless user or a hostile file), each with what the user must see; the source of docs/robustness.md's hostile table.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { getBundledPlan } from "../../core/plan/bundled";
import { planStatusColumn } from "../../core/sheet/status";
import { checkSheet } from "../../core/sheet/check";
import { haiAnList } from "../../core/sheet/fixtures";
import { formulaFits, formulaString, hostInput } from "../../core/sheet/output";
import { failure } from "../../cli/errors";
import { packagePartNames, readPackagePart, summarize } from "../../cli/guard/package";
import { fileFor } from "../../scripts/start-excel.mjs";
import { bombSheet, listRows, ods, schoolRows, xlsx, type Cell } from "./build";

export const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "cli/bin.mjs");
const PLAN = "hai-an-2024-2025";

/** Issue 14's items, the classes the cases belong to. */
export type Item = "1 output" | "2 cells" | "3 bounded" | "4 figures" | "5 messages";

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface Ctx {
  /** A fresh folder for this case. */
  dir: string;
  /** Folder holding the tool's records of what it wrote (kept apart from the user's own). */
  state: string;
  /** Writes a file under `dir` and returns its path. */
  file(name: string, data: Buffer | string): string;
  /** Files whose bytes must be identical when the case ends (every input). */
  keep(...paths: string[]): void;
  /** Runs the CLI; killed (and reported) after `timeoutMs`. `as` runs it as another user (uid, gid). */
  cli(args: string[], opts?: { timeoutMs?: number; as?: [number, number]; env?: Record<string, string>; onStart?: (pid: number) => void }): Promise<Run>;
}

export interface HostileCase {
  item: Item;
  /** What the careless user does or the hostile file is. */
  input: string;
  /** What the user sees (the documented outcome). */
  sees: string;
  /** Set while the outcome depends on another engineer's work not merged yet: the issue and part it waits on. */
  waitsOn?: string;
  /** Only with CHITIEU_LONG=1. */
  long?: boolean;
  /** Needs root (a tmpfs mount, another user via setpriv); skipped otherwise. */
  root?: boolean;
  run(ctx: Ctx): Promise<void>;
}

/** Runs the CLI as a user would, with stdin closed, collecting output; never waits past the timeout. */
export function runCli(args: string[], cwd: string, env: Record<string, string>, timeoutMs: number, as?: [number, number], onStart?: (pid: number) => void): Promise<Run> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const cmd = as ? "setpriv" : process.execPath;
    const argv = as ? [`--reuid=${as[0]}`, `--regid=${as[1]}`, "--clear-groups", process.execPath, BIN, ...args] : [BIN, ...args];
    const child = spawn(cmd, argv, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("spawn", () => child.pid !== undefined && onStart?.(child.pid));
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr: stderr.split("\n").filter((l) => !/^npm warn/.test(l)).join("\n"), ms: Date.now() - started });
    });
  });
}

/** The plan as a JSON file, changed by `edit` (duplicate ids, absurd thresholds). */
function planFile(ctx: Ctx, name: string, edit: (p: ReturnType<typeof clonePlan>) => void = () => {}): string {
  const p = clonePlan();
  edit(p);
  return ctx.file(name, JSON.stringify(p));
}
function clonePlan() {
  return structuredClone(getBundledPlan(PLAN)!);
}

const book = (rows: Cell[][], more: Partial<Parameters<typeof xlsx>[0]["sheets"][number]> = {}) => xlsx({ sheets: [{ name: "Chỉ tiêu", rows, ...more }] });
const school = (name: string, nhaTre: number, mauGiao?: number) => xlsx({ sheets: [{ name: "Báo cáo trường", rows: schoolRows(name, nhaTre, mauGiao) }] });

/** One line on stderr: the run ended with exactly one message line (progress lines aside). */
function oneLine(r: Run): string {
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "" && !/^\d+\/\d+ /.test(l));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\n|    at |Error:|TypeError|RangeError|Cannot read properties/);
  return lines[0];
}

/** Every formula in a written sheet part stays within Excel's limits (no text constant over 255 characters). */
async function formulasFit(path: string): Promise<void> {
  for (const name of (await packagePartNames(path)) ?? []) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = (await readPackagePart(path, name)) ?? "";
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) {
      const f = unxml(m[1]);
      expect(formulaFits(f), f.slice(0, 80)).toBe(true);
    }
  }
}

const unxml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** One cell of an output's first sheet, read from the package: its formula and its text (shared strings resolved). */
async function readCell(path: string, ref: string): Promise<{ formula?: string; text?: string }> {
  const xml = (await readPackagePart(path, "xl/worksheets/sheet1.xml")) ?? "";
  const m = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>(.*?)</c>)`).exec(xml);
  if (!m) return {};
  const inner = m[2] ?? "";
  const formula = /<f[^>]*>(.*?)<\/f>/.exec(inner)?.[1];
  const v = /<v>(.*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(inner)?.[1];
  let text = v === undefined ? undefined : unxml(v);
  if (/t="s"/.test(m[1]) && text !== undefined) {
    const sst = (await readPackagePart(path, "xl/sharedStrings.xml")) ?? "";
    const items = [...sst.matchAll(/<si>(.*?)<\/si>/gs)].map((x) => [...x[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unxml(t[1])).join(""));
    text = items[Number(text)];
  }
  return { formula: formula === undefined ? undefined : unxml(formula), text };
}

/** Temporary files this tool leaves beside an output (none may survive a run). */
const temps = (dir: string) => readdirSync(dir).filter((n) => /\.tmp$/.test(n));

export const CASES: HostileCase[] = [
  // ── 1. Outputs: never an input, a device, a FIFO or a folder; an existing file only when ours and unchanged ──
  {
    item: "1 output",
    input: "check -o naming the input itself",
    sees: "exit 2: không ghi đè tệp đầu vào <tên>",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", a]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/không ghi đè tệp đầu vào so-lieu\.xlsx/);
    },
  },
  {
    item: "1 output",
    input: "check -o naming a hard link or a symbolic link to the input",
    sees: "exit 2: không ghi đè tệp đầu vào <tên> (<đường dẫn> là cùng một tệp)",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      linkSync(a, join(c.dir, "lien-ket-cung.xlsx"));
      symlinkSync(a, join(c.dir, "lien-ket-mem.xlsx"));
      c.keep(a);
      for (const o of ["lien-ket-cung.xlsx", "lien-ket-mem.xlsx"]) {
        const r = await c.cli(["check", a, "-o", join(c.dir, o)]);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/không ghi đè tệp đầu vào so-lieu\.xlsx .*cùng một tệp/);
      }
    },
  },
  {
    item: "1 output",
    input: "-o naming the plan file (check and consolidate) or the unit list (template)",
    sees: "exit 2: không ghi đè tệp kế hoạch <tên> / tệp danh sách đơn vị <tên>",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      const p = planFile(c, "ke-hoach.json");
      const s = c.file("truong-a.xlsx", school("Trường MN Cát Bi", 0.6));
      const u = c.file("don-vi.txt", "Tên\nTrường MN Cát Bi\n");
      c.keep(a, p, s, u);
      for (const args of [["check", a, "--plan", p, "-o", p], ["consolidate", s, "--plan", p, "-o", p]]) {
        const r = await c.cli(args);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/không ghi đè tệp kế hoạch ke-hoach\.json/);
      }
      const t = await c.cli(["template", PLAN, "--layout", "matrix", "--units", u, "-o", u]);
      expect(t.code).toBe(2);
      expect(oneLine(t)).toMatch(/không ghi đè tệp danh sách đơn vị don-vi\.txt/);
    },
  },
  {
    item: "1 output",
    input: "consolidate -o naming one of the schools' files",
    sees: "exit 2: không ghi đè tệp đầu vào <tên>; no school is left out or overwritten",
    async run(c) {
      const a = c.file("truong-a.xlsx", school("Trường MN Cát Bi", 0.6));
      const b = c.file("truong-b.xlsx", school("Trường MN Thành Tô", 0.5));
      c.keep(a, b);
      for (const args of [["consolidate", a, b, "--plan", PLAN, "-o", b], ["consolidate", c.dir, "--plan", PLAN, "-o", b]]) {
        const r = await c.cli(args);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/không ghi đè tệp đầu vào truong-b\.xlsx/);
      }
    },
  },
  {
    item: "1 output",
    input: "-o naming a folder, a FIFO or a device (/dev/full)",
    sees: "exit 2 at once: không ghi vào <tên>: là thư mục / là ống dẫn (FIFO) / là thiết bị; the node is left as it was",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      mkdirSync(join(c.dir, "thu-muc.xlsx"));
      execFileSync("mkfifo", [join(c.dir, "ong.xlsx")]);
      const cases: [string, RegExp][] = [
        [join(c.dir, "thu-muc.xlsx"), /là thư mục/],
        [join(c.dir, "ong.xlsx"), /là ống dẫn \(FIFO\)/],
        ["/dev/full", /là thiết bị/],
      ];
      for (const [o, says] of cases) {
        const r = await c.cli(["check", a, "-o", o], { timeoutMs: 30_000 });
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(says);
      }
      expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
      expect(lstatSync(join(c.dir, "ong.xlsx")).isFIFO()).toBe(true);
    },
  },
  {
    item: "1 output",
    input: "check again after the user edited <book>.chitieu.xlsx, or when a file of theirs has that name",
    sees: "exit 0; their file kept byte for byte, result in <book>.chitieu (2).xlsx, one stderr line saying so and naming --overwrite",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      expect((await c.cli(["check", a])).code).toBe(0);
      const out = join(c.dir, "so-lieu.chitieu.xlsx");
      writeFileSync(out, Buffer.concat([readFileSync(out), Buffer.from("sửa")]));
      c.keep(out);
      const r = await c.cli(["check", a]);
      expect(r.code).toBe(0);
      expect(oneLine(r)).toMatch(/so-lieu\.chitieu\.xlsx đã có .*so-lieu\.chitieu \(2\)\.xlsx .*--overwrite/);
      expect(existsSync(join(c.dir, "so-lieu.chitieu (2).xlsx"))).toBe(true);
      // A file the tool never wrote is the user's too.
      const b = c.file("khac.xlsx", book(listRows()));
      const theirs = c.file("khac.chitieu.xlsx", "của tôi");
      c.keep(b, theirs);
      const r2 = await c.cli(["check", b]);
      expect(r2.code).toBe(0);
      expect(existsSync(join(c.dir, "khac.chitieu (2).xlsx"))).toBe(true);
    },
  },
  {
    item: "1 output",
    input: "check twice, untouched in between; then edit the output and check with --overwrite",
    sees: "exit 0 each time; the tool's unchanged output is replaced in place, an edited one only with --overwrite; no numbered copies",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      expect((await c.cli(["check", a])).code).toBe(0);
      const again = await c.cli(["check", a]);
      expect(again.code).toBe(0);
      expect(again.stderr.trim()).toBe("");
      const out = join(c.dir, "so-lieu.chitieu.xlsx");
      writeFileSync(out, "đã sửa");
      const forced = await c.cli(["check", a, "--overwrite"]);
      expect(forced.code).toBe(0);
      expect(statSync(out).size).toBeGreaterThan(1000);
      expect(readdirSync(c.dir).filter((n) => /\(\d+\)/.test(n))).toEqual([]);
    },
  },
  {
    item: "1 output",
    input: "an input whose name is 248 bytes of Vietnamese (the longest a disk takes is 255): the default output name would pass it; -o with a 300-byte name",
    sees: "default: exit 0, the name shortened and a line saying so; -o: exit 2: tên hoặc đường dẫn quá dài",
    async run(c) {
      let stem = "";
      for (const ch of "Báo cáo Trường Tiểu học Nguyễn Bỉnh Khiêm phường Đằng Hải ".repeat(8)) if (Buffer.byteLength(stem + ch) <= 243) stem += ch;
      const a = c.file(`${stem}.xlsx`, book(listRows()));
      c.keep(a);
      const r = await c.cli(["check", a]);
      expect(r.code).toBe(0);
      expect(oneLine(r)).toMatch(/rút gọn/);
      expect(temps(c.dir)).toEqual([]);
      const long = await c.cli(["check", a, "-o", join(c.dir, `${"ư".repeat(150)}.xlsx`)]);
      expect(long.code).toBe(2);
      expect(oneLine(long)).toMatch(/quá dài/);
    },
  },
  {
    item: "1 output",
    input: "Ctrl+C / kill (SIGTERM) while the output is being written; a temp file left by a run killed with -9",
    sees: "exit 143; no temporary file left, no output; the next run removes the killed run's temp (its own names only)",
    async run(c) {
      const rows: Cell[][] = listRows();
      for (let i = 0; i < 20_000; i++) rows.push([i + 4, `Tỷ lệ trẻ ra lớp nhóm ${i}`, "%", "ít nhất 65%", 0.6 + (i % 10) / 100]);
      const a = c.file("lon.xlsx", book(rows));
      const stale = c.file(".chitieu-999999-0123456789ab.tmp", "x");
      const old = Date.now() / 1000 - 3600;
      utimesSync(stale, old, old);
      const theirs = c.file(".chitieu-ghi-chu.tmp", "của tôi");
      c.keep(a, theirs);
      let pid = 0;
      let seen = false;
      const watch = setInterval(() => {
        if (!seen && pid && readdirSync(c.dir).some((n) => /^\.chitieu-\d+-[0-9a-f]{12}\.tmp$/.test(n) && !n.includes("999999"))) {
          seen = true;
          process.kill(pid, "SIGTERM");
        }
      }, 5);
      // The failpoint keeps the finished temp file for 5 s before its rename, so a busy machine cannot make the watch
      // miss it (it used to be there for a few milliseconds only).
      const r = await c.cli(["check", a, "--no-report"], { timeoutMs: 120_000, onStart: (p) => (pid = p), env: { CHITIEU_FAILPOINT_HOLD_TEMP_MS: "5000" } });
      clearInterval(watch);
      expect(seen, "the run ended before its temp file appeared").toBe(true);
      expect(r.code).toBe(143);
      expect(readdirSync(c.dir).filter((n) => /^\.chitieu-\d+-[0-9a-f]{12}\.tmp$/.test(n))).toEqual([]);
      expect(existsSync(join(c.dir, "lon.chitieu.xlsx"))).toBe(false);
      expect(existsSync(theirs)).toBe(true);
    },
  },
  {
    item: "1 output",
    input: "demo run where out/truong also holds the user's own school file",
    sees: "exit 0; the roll-up counts the demo's 6 schools (+1 broken) only; the user's file untouched",
    async run(c) {
      mkdirSync(join(c.dir, "out", "truong"), { recursive: true });
      const mine = c.file(join("out", "truong", "Trường MN Của Tôi.xlsx"), school("Trường MN Của Tôi", 0.6));
      c.keep(mine);
      const r = await c.cli(["demo", "--out", join(c.dir, "out"), "--no-pdf"], { timeoutMs: 300_000 });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Tổng hợp 6 trường \(1 tệp không đọc được/);
      expect(r.stdout).not.toMatch(/Của Tôi/);
    },
  },
  {
    item: "1 output",
    input: "consolidate a folder that also holds last month's roll-up, a check output and a subfolder",
    sees: "exit 0; each left out with one stderr line saying what and why; the roll-up counts only the schools",
    async run(c) {
      const folder = join(c.dir, "truong");
      mkdirSync(join(folder, "thang-truoc"), { recursive: true });
      const a = c.file("truong/a.xlsx", school("Trường MN Cát Bi", 0.6));
      const b = c.file("truong/b.xlsx", school("Trường MN Thành Tô", 0.5));
      const old = c.file("truong/tong-hop-thang-5.xlsx", xlsx({ creator: "chitieu consolidate", sheets: [{ name: "Tổng hợp", rows: schoolRows("Toàn quận", 0.55) }] }));
      const checked = c.file("truong/a.chitieu.xlsx", school("Trường MN Cát Bi", 0.6));
      c.keep(a, b, old, checked);
      const r = await c.cli(["consolidate", folder, "--plan", PLAN, "-o", join(c.dir, "tong-hop.xlsx"), "-q"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Tổng hợp 2\/2 tệp/);
      expect(r.stderr).toMatch(/bỏ qua thang-truoc: thư mục con/);
      expect(r.stderr).toMatch(/bỏ qua a\.chitieu\.xlsx: kết quả kiểm tra/);
      expect(r.stderr).toMatch(/bỏ qua tong-hop-thang-5\.xlsx: tệp tổng hợp/);
    },
  },

  // ── 2. The user's cells: never overwritten; text stays text; no formula past Excel's limits ──
  {
    item: "2 cells",
    input: "a user formula showing \"\" in the first empty-looking column right of the table",
    sees: "exit 0; the formula kept as it was; status and explanation go in the next free columns",
    async run(c) {
      const rows = listRows();
      // F is where the block would go first: the free column right after the actual.
      rows[4] = [...rows[4], { f: 'IF(E5>0,"","kiểm tra")', v: "" }];
      const a = c.file("so-lieu.xlsx", book(rows));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "ket-qua.xlsx")]);
      expect(r.code).toBe(0);
      const out = join(c.dir, "ket-qua.xlsx");
      expect(await readCell(out, "F5")).toMatchObject({ formula: 'IF(E5>0,"","kiểm tra")' });
      expect(await readCell(out, "G4")).toMatchObject({ text: "Đánh giá (Chỉ tiêu)" });
      await formulasFit(out);
    },
  },
  {
    item: "2 cells",
    input: "a user's note on an empty cell, or a drop-down (data validation) over the column, where the status column would go",
    sees: "exit 0; that column skipped; the note and the validation kept",
    async run(c) {
      const a = c.file("ghi-chu.xlsx", book(listRows(), { notes: { F5: "hỏi lại trường" } }));
      const b = c.file("xac-thuc.xlsx", book(listRows(), { validations: ["F1:F200"] }));
      c.keep(a, b);
      for (const [f, out] of [[a, "ghi-chu.out.xlsx"], [b, "xac-thuc.out.xlsx"]]) {
        const r = await c.cli(["check", f, "-o", join(c.dir, out)]);
        expect(r.code).toBe(0);
        expect(await readCell(join(c.dir, out), "G4")).toMatchObject({ text: "Đánh giá (Chỉ tiêu)" });
      }
      expect((await readPackagePart(join(c.dir, "ghi-chu.out.xlsx"), "xl/comments1.xml")) ?? "").toMatch(/hỏi lại trường/);
      expect((await readPackagePart(join(c.dir, "xac-thuc.out.xlsx"), "xl/worksheets/sheet1.xml")) ?? "").toMatch(/sqref="F1:F200"/);
    },
  },
  {
    item: "2 cells",
    input: "the user's own note on a figure the check has a finding about",
    sees: "exit 0; their note kept word for word on its cell; the finding goes on the tool's own status cell of that row",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows(), { notes: { E6: "số của tháng 5" } }));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "ket-qua.xlsx")]);
      expect(r.code).toBe(0);
      expect((await readPackagePart(join(c.dir, "ket-qua.xlsx"), "xl/comments1.xml")) ?? "").toMatch(/<comment ref="E6"[^>]*>.*số của tháng 5/s);
    },
  },
  {
    item: "2 cells",
    input: "a data sheet the user named \"Báo cáo\"",
    sees: "it is checked like any sheet (only sheets carrying the tool's mark are skipped)",
    async run(c) {
      const a = c.file("bao-cao.xlsx", xlsx({ sheets: [{ name: "Báo cáo", rows: listRows() }] }));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "ket-qua.xlsx")]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/trang "Báo cáo"/);
    },
  },
  {
    item: "2 cells",
    input: "every kind of user cell where the block would go (value, formula showing \"\", note, validation, merge, hidden column, the tool's old cells the user typed over) — the one planning rule all three hosts call",
    sees: "the block moves right of each; refused (naming the cells) only when validation runs to the sheet's last column",
    async run() {
      const kinds: ((s: ReturnType<typeof haiAnList>) => void)[] = [
        (s) => (s.values[9][7] = "ghi chú"),
        (s) => (s.formulas = Object.assign([], { 9: Object.assign([], { 7: '=IF(E10>0,"","x")' }) })),
        (s) => (s.notes = [{ row: 9, col: 7, text: "của tôi" }]),
        (s) => (s.validations = [{ top: 0, left: 7, bottom: 1_048_575, right: 7 }]),
        (s) => (s.merges = [{ top: 9, left: 6, bottom: 9, right: 7 }]),
        (s) => (s.hiddenColumns = [7]),
        (s) => ((s.owned = [{ top: 4, left: 7, bottom: 12, right: 8 }]), (s.values[9][7] = "tôi sửa")),
      ];
      for (const put of kinds) {
        const s = haiAnList();
        put(s);
        const checked = checkSheet(s, null);
        if (!checked.ok) throw new Error(checked.error.message.en);
        const p = planStatusColumn(s, checked);
        expect(p.ok && p.edits.block.range.left).toBeGreaterThan(7);
      }
    },
  },
  {
    item: "2 cells",
    input: "text written back that a host would retype: \"#N/A\", \"12/2025\", \"1e5\", \"(5)\", \"12:30\", \"TRUE\", \"'quoted\"",
    sees: "each goes to Excel and Sheets behind an apostrophe, so the cell keeps the text; a text longer than 255 characters never goes into a formula",
    async run() {
      for (const t of ["#N/A", "12/2025", "1e5", "(5)", "12:30", "TRUE", "'quoted", "=1+1"]) expect(hostInput({ text: t })).toBe(`'${t}`);
      expect(hostInput({ text: "Chưa đạt" })).toBe("Chưa đạt");
      expect(formulaString("x".repeat(256))).toBeNull();
      expect(formulaFits(`TARGET_STATUS(E5,"${"ít nhất 65%, ".repeat(30)}")`)).toBe(false);
    },
  },

  // ── 3. Bounded work: small files finish fast (the xlsx reader and the parser are other engineers' work) ──
  {
    item: "3 bounded",
    input: "a 2.4 KB workbook with one merged range over a million rows and every column",
    sees: "finishes within 30 s: a result or one line (exit 0 or 2)",
    async run(c) {
      const a = c.file("gop.xlsx", book(listRows(), { merges: ["A20:XFD1048576"] }));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "ket-qua.xlsx")], { timeoutMs: 30_000 });
      expect([0, 2]).toContain(r.code);
    },
  },
  {
    item: "3 bounded",
    input: "a drop-down list (data validation) over a whole column, and over the whole sheet",
    sees: "finishes within 30 s each: over a column, exit 0 with the block beside it; over the whole sheet no column is free of it, so exit 2 in one line naming the drop-down (the planning rule of the case above)",
    async run(c) {
      for (const [n, sqref, code] of [["cot", "F1:F1048576", 0], ["trang", "A1:XFD1048576", 2]] as const) {
        const a = c.file(`${n}.xlsx`, book(listRows(), { validations: [sqref] }));
        c.keep(a);
        const r = await c.cli(["check", a, "-o", join(c.dir, `${n}.out.xlsx`)], { timeoutMs: 30_000 });
        expect(r.code, r.stderr).toBe(code);
        if (code === 2) expect(oneLine(r)).toMatch(/xác thực/);
      }
    },
  },
  {
    item: "1 output",
    input: "a FIFO named .xlsx given as the workbook (check, consolidate)",
    sees: "exit 2 at once: tệp đầu vào <tên> là ống dẫn (FIFO), không phải tệp",
    async run(c) {
      execFileSync("mkfifo", [join(c.dir, "ong.xlsx")]);
      const b = c.file("b.xlsx", school("Trường MN Thành Tô", 0.5));
      c.keep(b);
      for (const args of [["check", join(c.dir, "ong.xlsx")], ["consolidate", b, join(c.dir, "ong.xlsx"), "--plan", PLAN, "-o", join(c.dir, "th.xlsx")]]) {
        const r = await c.cli(args, { timeoutMs: 30_000 });
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/tệp đầu vào .*ong\.xlsx là ống dẫn \(FIFO\)/);
      }
    },
  },
  {
    item: "3 bounded",
    input: "a zip bomb: a 1.2 MB workbook whose sheet inflates to 300 MB",
    sees: "exit 2 within 30 s under 1 GB, naming the file as too large",
    async run(c) {
      const a = c.file("bom.xlsx", xlsx({ sheets: [{ name: "S", rows: [["x"]] }], deflated: { "xl/worksheets/sheet1.xml": await bombSheet(300) } }));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "ket-qua.xlsx")], { timeoutMs: 30_000 });
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/bom\.xlsx.*(quá lớn|bất thường)/);
    },
  },
  {
    item: "3 bounded",
    input: "XML entity expansion (a DOCTYPE defining nested entities) in a sheet; a zip entry named ../../thoat.txt",
    sees: "no expansion and nothing written outside the output's folder (exit 0 or 2)",
    async run(c) {
      const a = c.file("thuc-the.xlsx", book(listRows(), { prolog: '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' }));
      const z = c.file("truot.xlsx", xlsx({ sheets: [{ name: "Chỉ tiêu", rows: listRows() }], rawEntries: [{ name: "../../thoat.txt", data: "thoát" }] }));
      c.keep(a, z);
      for (const f of [a, z]) {
        const r = await c.cli(["check", f, "-o", join(c.dir, `${f.endsWith("thuc-the.xlsx") ? "a" : "b"}.out.xlsx`)], { timeoutMs: 30_000 });
        expect([0, 2]).toContain(r.code);
      }
      expect(existsSync(resolve(c.dir, "../../thoat.txt"))).toBe(false);
      expect(existsSync(resolve(c.dir, "../thoat.txt"))).toBe(false);
    },
  },
  {
    item: "3 bounded",
    input: "a 100,000-character target made of commas and numbers",
    sees: "judged or refused within 30 s (the parser is linear)",
    async run(c) {
      const r = await c.cli(["eval", "ít nhất 65%, 70%, ".repeat(6_000).slice(0, 100_000), "66%"], { timeoutMs: 30_000 });
      expect([0, 2]).toContain(r.code);
    },
  },
  {
    item: "3 bounded",
    input: "a 400-digit (or 20-digit) threshold typed as a target on a sheet or in eval",
    sees: "refused as unreadable (never \"Đạt: 5 < ∞\")",
    async run(c) {
      for (const t of [`ít nhất ${"9".repeat(400)}`, `ít nhất ${"1".repeat(20)}`]) {
        const r = await c.cli(["eval", t, "5"]);
        expect(r.stdout).not.toMatch(/Đạt|Vượt|Chưa đạt/);
      }
    },
  },

  // ── 4. Figures: refused when a plan loads; a unit counted once ──
  {
    item: "4 figures",
    input: "a plan file with two indicators sharing an id",
    sees: "exit 2 when it loads (check, consolidate, template, plan show): one line naming the id and the indicator",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      const p = planFile(c, "trung-ma.json", (pl) => (pl.indicators[1].id = pl.indicators[0].id));
      c.keep(a, p);
      const r = await c.cli(["check", a, "--plan", p]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/mã "mn\.quy-mo\.truong" của chỉ tiêu "Số trường mầm non công lập" trùng/);
    },
  },
  {
    item: "4 figures",
    input: "a plan file whose threshold has 400 digits",
    sees: "exit 2 when it loads: one line naming the indicator and the digit count",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      const p = planFile(c, "so-dai.json", (pl) => (pl.indicators[0].target = `${"9".repeat(400)} trường`));
      c.keep(a, p);
      const r = await c.cli(["check", a, "--plan", p]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/"mn\.quy-mo\.truong" \(Số trường mầm non\) có ngưỡng không dùng được \(số 400 chữ số/);
    },
  },
  {
    item: "4 figures",
    input: "consolidate the same school twice (a copy with its title in capitals) beside another school",
    sees: "exit 0; counted once; one stderr line naming the unit and both files; the same line under the roll-up's title",
    async run(c) {
      const a = c.file("a.xlsx", school("Trường MN Cát Bi", 0.6));
      const a2 = c.file("a (1).xlsx", school("TRƯỜNG MN CÁT BI", 0.6));
      const b = c.file("b.xlsx", school("Trường MN Thành Tô", 0.5));
      c.keep(a, a2, b);
      const out = join(c.dir, "tong-hop.xlsx");
      const r = await c.cli(["consolidate", a, a2, b, "--plan", PLAN, "-o", out, "-q", "--json"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).units).toHaveLength(2);
      expect(r.stderr).toMatch(/Đơn vị "Trường MN Cát Bi" có 2 tệp cùng số liệu \(a\.xlsx, a \(1\)\.xlsx\): chỉ tính một lần/);
      expect((await readPackagePart(out, "xl/sharedStrings.xml")) ?? "").toMatch(/⚠ Đơn vị &quot;Trường MN Cát Bi&quot;|⚠ Đơn vị "Trường MN Cát Bi"/);
    },
  },
  {
    item: "4 figures",
    input: "consolidate the same school twice with different figures, one title typed in NFD (combining accents)",
    sees: "exit 0; neither file rolled up; both listed as not read with the reason; one stderr line",
    async run(c) {
      const a = c.file("dang-hai.xlsx", school("Trường MN Đằng Hải".normalize("NFD"), 0.5));
      const a2 = c.file("dang-hai-moi.xlsx", school("Trường MN Đằng Hải", 0.7));
      const b = c.file("b.xlsx", school("Trường MN Thành Tô", 0.5));
      c.keep(a, a2, b);
      const r = await c.cli(["consolidate", a, a2, b, "--plan", PLAN, "-o", join(c.dir, "tong-hop.xlsx"), "-q", "--json"]);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.units.map((u: { unit: string }) => u.unit)).toEqual(["Trường MN Thành Tô"]);
      expect(j.failed.map((f: { file: string }) => f.file.split("/").pop()).sort()).toEqual(["dang-hai-moi.xlsx", "dang-hai.xlsx"]);
      expect(r.stderr).toMatch(/"Trường MN Đằng Hải" có 2 tệp với số liệu khác nhau/);
    },
  },

  // ── 5. Messages: one line, what/where/what to do; exit codes 0/1/2/3 ──
  {
    item: "5 messages",
    input: "a workbook the user may not read; an output folder they may not write (run as an ordinary user)",
    sees: "exit 2: không có quyền đọc <tệp> … / không có quyền ghi <tệp> …; chọn thư mục khác bằng -o",
    root: true,
    async run(c) {
      const a = c.file("khoa.xlsx", book(listRows()));
      c.keep(a);
      chmodSync(c.dir, 0o777);
      chmodSync(a, 0o000);
      const r = await c.cli(["check", a], { as: [65534, 65534] });
      chmodSync(a, 0o644);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/không có quyền đọc .*khoa\.xlsx/);
      const ro = join(c.dir, "chi-doc");
      mkdirSync(ro, { mode: 0o555 });
      chmodSync(ro, 0o555);
      const w = await c.cli(["check", a, "-o", join(ro, "kq.xlsx")], { as: [65534, 65534] });
      expect(w.code).toBe(2);
      expect(oneLine(w)).toMatch(/không có quyền ghi .*kq\.xlsx/);
    },
  },
  {
    item: "5 messages",
    input: "the output drive is full (a 4 KB tmpfs)",
    sees: "exit 2: ổ đĩa đầy, không ghi được <tệp>; giải phóng chỗ trống hoặc chọn ổ khác bằng -o; no temp file left",
    root: true,
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      const mnt = join(c.dir, "day");
      mkdirSync(mnt);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", mnt]);
      try {
        const r = await c.cli(["check", a, "-o", join(mnt, "kq.xlsx")]);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(/ổ đĩa đầy, không ghi được .*kq\.xlsx/);
        expect(readdirSync(mnt)).toEqual([]);
      } finally {
        execFileSync("umount", [mnt]);
      }
    },
  },
  {
    item: "5 messages",
    input: "--plan naming a FIFO, a folder, a missing file",
    sees: "exit 2 at once: tệp kế hoạch … là ống dẫn (FIFO) / là thư mục / không tìm thấy …",
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      execFileSync("mkfifo", [join(c.dir, "ong.json")]);
      mkdirSync(join(c.dir, "thu-muc.json"));
      const cases: [string, RegExp][] = [
        ["ong.json", /tệp kế hoạch .*ong\.json là ống dẫn \(FIFO\)/],
        ["thu-muc.json", /tệp kế hoạch .*thu-muc\.json là thư mục/],
        ["khong-co.json", /tệp kế hoạch: không tìm thấy .*khong-co\.json/],
      ];
      for (const [p, says] of cases) {
        const r = await c.cli(["check", a, "--plan", join(c.dir, p)], { timeoutMs: 30_000 });
        expect(r.code).toBe(2);
        expect(oneLine(r)).toMatch(says);
      }
    },
  },
  {
    item: "5 messages",
    input: "a workbook whose shared-strings part is corrupt",
    sees: "exit 2: <tệp> bị hỏng, không mở được; mở bằng Excel/LibreOffice để sửa — no library error text",
    async run(c) {
      const a = c.file("hong.xlsx", xlsx({ sharedStrings: true, sheets: [{ name: "Chỉ tiêu", rows: listRows() }], override: { "xl/sharedStrings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><si><t>STT</t></si></sst>' } }));
      c.keep(a);
      const r = await c.cli(["check", a]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toMatch(/hong\.xlsx bị hỏng, không mở được; mở bằng Excel\/LibreOffice/);
    },
  },
  {
    item: "5 messages",
    input: "an .ods spreadsheet (or one renamed .xlsx)",
    sees: "exit 2: <tệp> là bảng tính OpenDocument (.ods); lưu thành .xlsx hoặc soffice --headless --convert-to xlsx \"<tệp>\"",
    async run(c) {
      for (const name of ["bang.xlsx", "bang.ods"]) {
        const a = c.file(name, ods());
        c.keep(a);
        const r = await c.cli(["check", a]);
        expect(r.code).toBe(2);
        expect(oneLine(r)).toContain(`${name} là bảng tính OpenDocument (.ods), không phải .xlsx; mở bằng LibreOffice và lưu thành .xlsx, hoặc chạy: soffice --headless --convert-to xlsx "${name}"`);
      }
    },
  },
  {
    item: "5 messages",
    input: "an error with --lang en; an internal error (a bug)",
    sees: "one language: Vietnamese by default, --lang en the line in English only; a bug: exit 3 and \"lỗi nội bộ … xin gửi dòng này\" (\"internal error … please report this line\" with --lang en)",
    async run(c) {
      const r = await c.cli(["check", join(c.dir, "khong-co.xlsx"), "--lang", "en"]);
      expect(r.code).toBe(2);
      const line = oneLine(r);
      expect(line).not.toMatch(/không|tìm/);
      expect(line).toMatch(/khong-co\.xlsx/);
      const bug = failure(new TypeError("Cannot read properties of undefined (reading 'x')"), "check");
      expect(bug.code).toBe(3);
      expect(bug.line).toMatch(/lỗi nội bộ .* xin gửi dòng này/);
      expect(bug.line).not.toMatch(/internal error/);
      expect(failure(new TypeError("x"), "check", "en").line).toMatch(/internal error .* please report this line/);
    },
  },
  {
    item: "5 messages",
    input: "a workbook with parts the output cannot keep (a chart, an external link, a sheet dropped by streaming)",
    sees: "exit 0 and one stderr line naming what the output lacks (sheets by name, other parts by count), or nothing when all is kept",
    async run(c) {
      const a = c.file("bieu-do.xlsx", xlsx({
        sheets: [{ name: "Chỉ tiêu", rows: listRows() }, { name: "Ghi chép", rows: [["riêng"]] }],
        extraParts: [
          { name: "xl/charts/chart1.xml", type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", data: '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>' },
          { name: "xl/externalLinks/externalLink1.xml", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml", data: '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
        ],
      }));
      c.keep(a);
      const out = join(c.dir, "ket-qua.xlsx");
      const r = await c.cli(["check", a, "-o", out, "--stream"]);
      expect(r.code).toBe(0);
      const before = (await summarize(a))!;
      const after = (await summarize(out))!;
      const lostSheets = before.sheets.filter((s) => !after.sheets.includes(s));
      for (const s of lostSheets) expect(r.stderr).toContain(`"${s}"`);
      if (after.parts.chart < before.parts.chart) expect(r.stderr).toMatch(/biểu đồ/);
      if (after.parts.externalLink < before.parts.externalLink) expect(r.stderr).toMatch(/liên kết tới sổ khác/);
    },
  },
  {
    item: "5 messages",
    input: "plan show of a plan file whose text holds ANSI escapes and terminal control codes",
    sees: "the text printed with each control character shown as �, never obeyed",
    async run(c) {
      const p = planFile(c, "ansi.json", (pl) => {
        pl.title = "\u001b[2J\u001b[31mĐỎ\u001b[0m\u001b]0;tiêu đề\u0007";
        pl.indicators[0].name = "Số trường\rXÓA";
      });
      c.keep(p);
      const r = await c.cli(["plan", "show", p]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).toContain("�[31mĐỎ");
    },
  },
  {
    item: "5 messages",
    input: "a request to the Excel dev server with a malformed percent-encoding (\"/%zz\", \"/%E0%A4%A\") or a NUL",
    sees: "400 for that request; the server keeps serving",
    async run() {
      for (const u of ["/%zz", "/%E0%A4%A", "/a%00b"]) expect(fileFor(u, "/srv/d")).toBeNull();
      expect(fileFor("/../../etc/passwd", "/srv/d")).toBe("/srv/d/etc/passwd");
      expect(fileFor("/", "/srv/d")).toBe("/srv/d/taskpane.html");
    },
  },

  // ── Long run (CHITIEU_LONG=1): bigger inputs and repetitions of the same classes ──
  {
    item: "1 output",
    input: "five checks in a row, the output edited between each",
    sees: "numbered copies (2) … (5), every earlier file kept byte for byte",
    long: true,
    async run(c) {
      const a = c.file("so-lieu.xlsx", book(listRows()));
      c.keep(a);
      expect((await c.cli(["check", a])).code).toBe(0);
      for (let n = 2; n <= 5; n++) {
        for (const f of readdirSync(c.dir).filter((x) => /\.chitieu( \(\d+\))?\.xlsx$/.test(x))) {
          writeFileSync(join(c.dir, f), `sửa ${f}`);
          c.keep(join(c.dir, f));
        }
        const r = await c.cli(["check", a]);
        expect(r.code).toBe(0);
        expect(existsSync(join(c.dir, `so-lieu.chitieu (${n}).xlsx`))).toBe(true);
      }
    },
  },
  {
    item: "1 output",
    input: "Ctrl+C (SIGINT) at the moment the output of a 100,000-row check is being written",
    sees: "exit 130; no temporary file and no output left",
    long: true,
    async run(c) {
      const rows: Cell[][] = listRows();
      for (let i = 0; i < 100_000; i++) rows.push([i + 4, `Tỷ lệ trẻ ra lớp nhóm ${i}`, "%", "ít nhất 65%", 0.6 + (i % 10) / 100]);
      const a = c.file("rat-lon.xlsx", book(rows));
      c.keep(a);
      let pid = 0;
      let seen = false;
      const watch = setInterval(() => {
        if (!seen && pid && readdirSync(c.dir).some((n) => /^\.chitieu-\d+-[0-9a-f]{12}\.tmp$/.test(n))) {
          seen = true;
          process.kill(pid, "SIGINT");
        }
      }, 5);
      const r = await c.cli(["check", a, "--no-report"], { timeoutMs: 600_000, onStart: (p) => (pid = p) });
      clearInterval(watch);
      expect(seen).toBe(true);
      expect(r.code).toBe(130);
      expect(temps(c.dir)).toEqual([]);
      expect(existsSync(join(c.dir, "rat-lon.chitieu.xlsx"))).toBe(false);
    },
  },
  {
    item: "4 figures",
    input: "forty schools' files where ten are sent twice (five as copies, five with changed figures and NFD titles)",
    sees: "exit 0; 35 units rolled up; 5 merges and 5 conflicts, each one line; every file untouched",
    long: true,
    async run(c) {
      const files: string[] = [];
      for (let i = 0; i < 40; i++) files.push(c.file(`t${i}.xlsx`, school(`Trường MN Số ${i}`, 0.5 + i / 100)));
      for (let i = 0; i < 5; i++) files.push(c.file(`t${i} (ban sao).xlsx`, school(`TRƯỜNG MN SỐ ${i}`, 0.5 + i / 100)));
      for (let i = 5; i < 10; i++) files.push(c.file(`t${i} moi.xlsx`, school(`Trường MN Số ${i}`.normalize("NFD"), 0.9)));
      c.keep(...files);
      const r = await c.cli(["consolidate", c.dir, "--plan", PLAN, "-o", join(c.dir, "tong-hop.xlsx"), "-q", "--json"], { timeoutMs: 600_000 });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).units).toHaveLength(35);
      expect(r.stderr.match(/chỉ tính một lần/g)).toHaveLength(5);
      expect(r.stderr.match(/số liệu khác nhau/g)).toHaveLength(5);
    },
  },
  {
    item: "3 bounded",
    input: "a zip bomb inflating to 2 GB",
    sees: "exit 2 within 30 s under 1 GB",
    long: true,
    async run(c) {
      const a = c.file("bom-lon.xlsx", xlsx({ sheets: [{ name: "S", rows: [["x"]] }], deflated: { "xl/worksheets/sheet1.xml": await bombSheet(2000) } }));
      c.keep(a);
      const r = await c.cli(["check", a, "-o", join(c.dir, "kq.xlsx")], { timeoutMs: 30_000 });
      expect(r.code).toBe(2);
    },
  },
];
