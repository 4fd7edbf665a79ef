// The catalogue of bad inputs: each with the outcome users get. Source of docs/robustness.md and of its test.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gridSheet, writeBook } from "./helpers/xlsx";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { evaluate } from "../core/rule/evaluate";
import { parseTarget } from "../core/rule/parse";
import { templateFromGrid } from "../core/report/template";
import { checkSheet } from "../core/sheet/check";
import { validatePlan } from "../core/plan/validate";
import { planFromGrid } from "../core/plan/grid";
import type { CellValue } from "../core/types";
import type { SheetData } from "../core/sheet/model";

export const ROOT = resolve(import.meta.dirname, "..");

/** What a case produced, reduced to what the table promises. */
export interface Outcome {
  /** A verdict code, an error code, or "exit N". */
  code: string;
  /** The message users see (first line), for the doc and for "says where" checks. */
  message: string;
}

export interface BadInputCase {
  area: "ô / cell" | "chỉ tiêu / target" | "mẫu báo cáo / template" | "trang tính / sheet" | "tệp / file" | "kế hoạch / plan";
  input: string;
  /** Expected outcome code. */
  expect: string;
  /** Text the message must contain (where it says what and where). */
  mentions?: RegExp;
  run(): Outcome | Promise<Outcome>;
}

const AT_LEAST = "ít nhất 65%";

function cell(actual: CellValue, target = AT_LEAST, opts = {}): () => Outcome {
  return () => {
    const v = evaluate(target, actual, opts);
    return { code: v.status, message: v.explanation };
  };
}

function target(text: string): () => Outcome {
  return () => {
    const r = parseTarget(text);
    if (r.ok) return { code: `rule:${r.rule.kind}`, message: "" };
    return { code: `unreadable:${r.error.code}`, message: r.error.message.vi };
  };
}

function template(values: CellValue[][]): () => Outcome {
  return () => {
    const r = templateFromGrid(values);
    if (r.ok) return { code: "ok", message: "" };
    return { code: r.errors[0].code, message: r.errors.map((e) => e.message.vi).join(" ") };
  };
}

function sheet(values: CellValue[][], extra: Partial<SheetData> = {}): () => Outcome {
  return () => {
    const r = checkSheet({ name: "Trang1", values, ...extra }, null, { asOf: "2025-06-01" });
    if (!r.ok) return { code: r.error.code, message: r.error.message.vi };
    const s = r.summary.byStatus;
    const codes = Object.entries(s)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}×${n}`)
      .join(",");
    return { code: `checked:${codes || "nothing"}`, message: r.findings.map((f) => f.message.vi).join(" ") };
  };
}

function plan(json: unknown): () => Outcome {
  return () => {
    const r = validatePlan(json);
    if (r.ok) return { code: "ok", message: "" };
    return { code: "invalid_plan", message: r.errors.map((e) => `${e.path}: ${e.message.vi}`).join("; ") };
  };
}

let scratch: string | null = null;
/** A private folder for the file cases (made on first use). */
export function scratchDir(): string {
  if (!scratch) scratch = mkdtempSync(join(tmpdir(), "chitieu-robust-"));
  return scratch;
}

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/**
 * Runs `chitieu <args>` on a file made by `make`; the outcome is the exit code and the first stderr line.
 * Also asserts the input is byte-identical afterwards (no data loss), reported as code "input changed".
 */
function cli(args: (file: string) => string[], make: (dir: string) => string | Promise<string>): () => Promise<Outcome> {
  return async () => {
    const dir = mkdtempSync(join(scratchDir(), "case-"));
    const file = await make(dir);
    const before = (() => {
      try {
        return sha(file);
      } catch {
        return null;
      }
    })();
    const r = spawnSync(process.execPath, [join(ROOT, "cli/bin.mjs"), ...args(file)], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    const after = before === null ? null : sha(file);
    if (before !== after) return { code: "input changed", message: file };
    const line = (r.stderr || r.stdout).split("\n").find((l) => l.trim() !== "") ?? "";
    return { code: `exit ${r.status}`, message: line };
  };
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A minimal OLE compound file header: what legacy .xls files and password-protected .xlsx files start with. */
function oleFile(dir: string, name: string, streamName: string): string {
  const buf = Buffer.alloc(4096);
  OLE_SIGNATURE.copy(buf, 0);
  // The stream name in UTF-16LE somewhere in the directory sector, which is how the CLI tells the two apart.
  Buffer.from(streamName, "utf16le").copy(buf, 1024);
  const p = join(dir, name);
  writeFileSync(p, buf);
  return p;
}

/** A small, valid indicator workbook, the way a clerk's file looks. */
async function sampleBook(dir: string): Promise<string> {
  const p = join(dir, "so-lieu.xlsx");
  writeBook(p, [gridSheet("Chỉ tiêu", [["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], [1, "Tỷ lệ trẻ nhà trẻ ra lớp", "%", "ít nhất 65%", 0.6]])]);
  return p;
}

const LIST_HEADER: CellValue[] = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"];

export const CASES: BadInputCase[] = [
  // Cells: every garbage actual ends in a verdict with a reason.
  { area: "ô / cell", input: "empty string", expect: "no_data", run: cell("") },
  { area: "ô / cell", input: "whitespace only", expect: "no_data", run: cell("   \t ") },
  { area: "ô / cell", input: "null (blank cell)", expect: "no_data", run: cell(null) },
  { area: "ô / cell", input: '"x"', expect: "invalid", run: cell("x") },
  { area: "ô / cell", input: '"—" (em dash placeholder)', expect: "no_data", run: cell("—") },
  { area: "ô / cell", input: '"N/A"', expect: "no_data", run: cell("N/A") },
  { area: "ô / cell", input: '"chưa có"', expect: "no_data", run: cell("chưa có") },
  { area: "ô / cell", input: 'text "#DIV/0!"', expect: "invalid", run: cell("#DIV/0!") },
  { area: "ô / cell", input: "error value #N/A", expect: "no_data", run: cell({ error: "#N/A" }) },
  { area: "ô / cell", input: "error value #VALUE!", expect: "invalid", run: cell({ error: "#VALUE!" }) },
  { area: "ô / cell", input: "negative rate -5%", expect: "invalid", run: cell("-5%") },
  // Gross enrolment can pass 100% (children from other districts), so this is judged, with a warning.
  { area: "ô / cell", input: "rate over 100% (130%)", expect: "exceeded", mentions: /lớn hơn 100%/, run: cell("130%") },
  { area: "ô / cell", input: "numerator above denominator 9.300/9.232", expect: "invalid", run: cell("9.300/9.232") },
  { area: "ô / cell", input: "a date where a number belongs", expect: "invalid", run: cell(new Date(Date.UTC(2025, 5, 30))) },
  { area: "ô / cell", input: "32,767-character text", expect: "invalid", run: cell("9".repeat(32_767)) },
  { area: "ô / cell", input: "10 MB text", expect: "invalid", run: cell("a".repeat(10 * 1024 * 1024)) },
  { area: "ô / cell", input: 'formula-looking text "=HYPERLINK(…)"', expect: "invalid", run: cell('=HYPERLINK("http://example.invalid","bấm")') },
  { area: "ô / cell", input: "HTML text <script>", expect: "invalid", run: cell("<script>alert(1)</script>") },
  { area: "ô / cell", input: "NaN", expect: "invalid", run: cell(Number.NaN) },
  { area: "ô / cell", input: "Infinity", expect: "invalid", run: cell(Number.POSITIVE_INFINITY) },
  { area: "ô / cell", input: "list of numbers 1,2,3", expect: "invalid", run: cell("1,2,3") },
  { area: "ô / cell", input: "boolean TRUE against a percent", expect: "invalid", run: cell(true) },
  // Issue 10: when the two readings of a plain figure disagree and nothing decides, the verdict is "Cần xác nhận".
  { area: "ô / cell", input: "plain 0.9 against 'dưới 1%' (read as 90% or as 0,9%: verdicts differ)", expect: "review", mentions: /90%.*0,9%/, run: cell(0.9, "dưới 1%") },
  // Targets: unreadable ones say what could not be read.
  { area: "chỉ tiêu / target", input: "empty target", expect: "unreadable:empty", run: target("") },
  { area: "chỉ tiêu / target", input: "punctuation only", expect: "unreadable:unreadable", run: target("???") },
  { area: "chỉ tiêu / target", input: "operator with no figure: 'ít nhất'", expect: "unreadable:missing_number", run: target("ít nhất") },
  { area: "chỉ tiêu / target", input: "100 KB adversarial text", expect: "unreadable:missing_number", run: target("ít nhất ".repeat(12_500)) },
  { area: "chỉ tiêu / target", input: "HTML in a target", expect: "unreadable:unreadable", run: target("<img src=x onerror=alert(1)>") },
  { area: "chỉ tiêu / target", input: "formula text '=1+1'", expect: "unreadable:unreadable", run: target("=A1+1") },
  { area: "chỉ tiêu / target", input: "month 13: 'chậm nhất tháng 13/2025'", expect: "unreadable:bad_date", run: target("chậm nhất tháng 13/2025") },
  { area: "chỉ tiêu / target", input: "impossible date 31/02/2025", expect: "unreadable:bad_date", run: target("trước ngày 31/02/2025") },
  { area: "chỉ tiêu / target", input: "swapped range 'từ 60 đến 50%'", expect: "rule:range", run: target("từ 60 đến 50%") },
  { area: "chỉ tiêu / target", input: "population numbers only: 'trẻ từ 24 tháng tuổi'", expect: "unreadable:unreadable", run: target("trẻ từ 24 tháng tuổi đến 6 tuổi") },
  // Report templates: errors name the cell.
  { area: "mẫu báo cáo / template", input: "empty template", expect: "empty_template", run: template([]) },
  { area: "mẫu báo cáo / template", input: "unknown placeholder {{ten}}", expect: "unknown_placeholder", mentions: /B2/, run: template([["BÁO CÁO"], [null, "{{ten}}"]]) },
  { area: "mẫu báo cáo / template", input: "unbalanced braces", expect: "bad_syntax", mentions: /A1/, run: template([["{{plan.title"]]) },
  { area: "mẫu báo cáo / template", input: "repeat row never closed", expect: "unclosed_repeat", mentions: /A2/, run: template([["x"], ["{{#each indicators}}{{name}}", "{{status}}"]]) },
  { area: "mẫu báo cáo / template", input: "nested repeat rows", expect: "nested_repeat", run: template([["{{#each indicators}}{{#each shortfalls}}{{name}}{{/each}}{{/each}}"]]) },
  { area: "mẫu báo cáo / template", input: "repeat over an unknown list", expect: "unknown_list", run: template([["{{#each truong}}{{name}}{{/each}}"]]) },
  // Sheets.
  { area: "trang tính / sheet", input: "empty sheet", expect: "empty_sheet", run: sheet([]) },
  { area: "trang tính / sheet", input: "no recognisable header", expect: "no_header", mentions: /Thực hiện/, run: sheet([["a", "b"], [1, 2], [3, 4]]) },
  { area: "trang tính / sheet", input: "header only, no data rows", expect: "no_data", run: sheet([LIST_HEADER]) },
  {
    area: "trang tính / sheet",
    input: "every actual an error value",
    expect: "checked:no_data×1,invalid×1",
    run: sheet([LIST_HEADER, [1, "Tỷ lệ trẻ ra lớp", "%", "ít nhất 65%", { error: "#N/A" }], [2, "Tỷ lệ trẻ học 2 buổi", "%", "100%", { error: "#REF!" }]]),
  },
  {
    area: "trang tính / sheet",
    input: "indicator named with HTML and formula text",
    expect: "checked:not_met×1",
    run: sheet([LIST_HEADER, [1, "<img src=x onerror=alert(1)>", "%", "ít nhất 65%", "50%"]]),
  },
  {
    area: "trang tính / sheet",
    input: "numerator above denominator in a pair",
    expect: "checked:invalid×1",
    mentions: /lớn hơn|vượt/,
    run: sheet([
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", null],
      [null, null, null, "Số lượng", "Tổng số"],
      [1, "Học sinh hoàn thành chương trình lớp học", "ít nhất 65%", 120, 100],
    ], { merges: [{ top: 0, left: 3, bottom: 0, right: 4 }] }),
  },
  {
    // Enrolment takes in children from outside the area: above 100% is a figure, judged with its note (round 15).
    area: "trang tính / sheet",
    input: "an enrolment pair above 100%",
    expect: "checked:exceeded×1",
    mentions: /lớn hơn/,
    run: sheet([
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", null],
      [null, null, null, "Số lượng", "Tổng số"],
      [1, "Trẻ ra lớp", "ít nhất 65%", 120, 100],
    ], { merges: [{ top: 0, left: 3, bottom: 0, right: 4 }] }),
  },
  // Plans.
  { area: "kế hoạch / plan", input: "not an object", expect: "invalid_plan", run: plan([1, 2]) },
  { area: "kế hoạch / plan", input: "missing title and indicators", expect: "invalid_plan", mentions: /title/, run: plan({ id: "x", issuer: "UBND", period: "2024-2025" }) },
  {
    area: "kế hoạch / plan",
    input: "indicator target of the wrong type",
    expect: "invalid_plan",
    mentions: /indicators\[0\]\.target/,
    run: plan({ id: "x", title: "t", issuer: "UBND", period: "2024-2025", indicators: [{ id: "a", name: "n", target: 65 }] }),
  },
  {
    area: "kế hoạch / plan",
    input: "plan sheet missing its target column",
    expect: "plan_sheet_error",
    mentions: /Kế hoạch/,
    run: () => {
      const r = planFromGrid([["Mã", "Chỉ tiêu", "ĐVT"], ["a", "Tỷ lệ", "%"]], {});
      return r.ok ? { code: "ok", message: "" } : { code: "plan_sheet_error", message: r.errors.map((e) => e.message.vi).join(" ") };
    },
  },
  // Files through the CLI: one line, exit 2, input untouched.
  { area: "tệp / file", input: "file does not exist", expect: "exit 2", mentions: /khong-co\.xlsx/, run: cli((f) => ["check", f], (d) => join(d, "khong-co.xlsx")) },
  {
    area: "tệp / file",
    input: "corrupt zip named .xlsx",
    expect: "exit 2",
    run: cli((f) => ["check", f], (d) => {
      const p = join(d, "hong.xlsx");
      writeFileSync(p, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 7)]));
      return p;
    }),
  },
  { area: "tệp / file", input: "zero-byte file", expect: "exit 2", run: cli((f) => ["check", f], (d) => (writeFileSync(join(d, "rong.xlsx"), ""), join(d, "rong.xlsx"))) },
  { area: "tệp / file", input: "plain text renamed .xlsx", expect: "exit 2", run: cli((f) => ["check", f], (d) => (writeFileSync(join(d, "t.xlsx"), "STT;Chỉ tiêu\n1;x\n"), join(d, "t.xlsx"))) },
  { area: "tệp / file", input: "legacy .xls (Excel 97-2003)", expect: "exit 2", mentions: /xlsx/, run: cli((f) => ["check", f], (d) => oleFile(d, "cu.xls", "Workbook")) },
  { area: "tệp / file", input: "password-protected .xlsx", expect: "exit 2", mentions: /mật khẩu/, run: cli((f) => ["check", f], (d) => oleFile(d, "khoa.xlsx", "EncryptionInfo")) },
  { area: "tệp / file", input: "a folder instead of a file", expect: "exit 2", run: cli((f) => ["check", f], (d) => (mkdirSync(join(d, "thu-muc.xlsx")), join(d, "thu-muc.xlsx"))) },
  { area: "tệp / file", input: "sheet name that does not exist", expect: "exit 2", mentions: /Không có|không có/, run: cli((f) => ["check", f, "--sheet", "Không có"], sampleBook) },
  { area: "tệp / file", input: "output path equal to the input", expect: "exit 2", run: cli((f) => ["check", f, "-o", f], sampleBook) },
  { area: "tệp / file", input: "unknown bundled plan id", expect: "exit 2", run: cli((f) => ["check", f, "--plan", "khong-co-ke-hoach"], sampleBook) },
  {
    area: "tệp / file",
    input: "plan file with bad JSON",
    expect: "exit 2",
    mentions: /JSON/,
    run: cli((f) => ["plan", "lint", f], (d) => (writeFileSync(join(d, "kh.json"), '{"id": "x",'), join(d, "kh.json"))),
  },
];
