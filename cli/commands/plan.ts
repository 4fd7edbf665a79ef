// `chitieu plan list|show|lint`: lists the bundled plan templates, prints one as a table, and lints a plan for inconsistencies.
import path from "node:path";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import { lintPlan, type LintFinding } from "../../core/plan/lint";
import type { Plan } from "../../core/plan/schema";
import { formatPlanIssues, validatePlan } from "../../core/plan/validate";
import { canonical } from "../../core/rule/canonical";
import { readIndicator } from "../../core/plan/reading";
import type { Lang } from "../../core/types";
import { CliError, EXIT, terminalSafe } from "../errors";
import { PLAN_FILE, readTextInput } from "../guard/output";

const HELP = `Cách dùng / Usage:
  chitieu plan list                          kế hoạch có sẵn / bundled plans
  chitieu plan show <mã|tệp.json> [--lang en] [--json]
                                             bảng chỉ tiêu / indicator table (--json: the plan as JSON)
  chitieu plan lint <mã|tệp.json> [--strict] [--json]
                                             tìm chỗ không nhất quán / find inconsistencies
                                             exit 0; --strict: exit 1 khi có phát hiện / when anything is found;
                                             exit 2: không đọc được đầu vào / unreadable input`;

/** Line and column of a character offset, 1-based. */
function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** Reads and validates a plan file; every failure is one CliError line naming the file (a FIFO, a folder or an unreadable file included). */
export async function readPlanFile(file: string): Promise<Plan> {
  const text = await readTextInput(file, PLAN_FILE);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const where = m ? lineCol(text, Number(m[1])) : undefined;
    const at = where ? `:${where.line}:${where.col}` : "";
    throw new CliError(`${file}${at}: JSON không hợp lệ`, `${file}${at}: invalid JSON (${msg})`);
  }
  const r = validatePlan(json);
  if (!r.ok) {
    const lines = formatPlanIssues(r.errors);
    process.stderr.write(lines.map((l) => terminalSafe(`${file}: ${l}`)).join("\n") + "\n");
    throw new CliError(`${file}: không đúng lược đồ kế hoạch (${lines.length} lỗi, xem trên)`, `${file}: not a valid plan (${lines.length} error(s) above)`);
  }
  return r.plan;
}

/** A bundled plan id or a path to a .json file. */
async function resolvePlan(ref: string | undefined): Promise<Plan> {
  if (!ref) throw new CliError("thiếu mã kế hoạch hoặc tệp .json", "missing plan id or .json file");
  if (ref.endsWith(".json") || ref.includes("/") || ref.includes(path.sep)) return readPlanFile(ref);
  const plan = getBundledPlan(ref);
  if (!plan) {
    const ids = loadBundledPlans().map((p) => p.id).join(", ");
    throw new CliError(`không có kế hoạch "${ref}"; có: ${ids}`, `no plan "${ref}"; bundled plans: ${ids}`);
  }
  return plan;
}

/** Plan text is the user's (or a stranger's): control characters and ANSI escapes in it are shown, never obeyed. */
function table(raw: string[][], maxWidths: number[] = []): string {
  const rows = raw.map((r) => r.map((c) => terminalSafe(c)));
  const widths = rows[0].map((_, c) => Math.min(Math.max(...rows.map((r) => [...(r[c] ?? "")].length)), maxWidths[c] ?? Infinity));
  const cut = (s: string, w: number) => ([...s].length > w ? [...s].slice(0, w - 1).join("") + "…" : s);
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cut(cell, widths[c]) : cut(cell, widths[c]).padEnd(widths[c]))).join("  ").trimEnd()).join("\n");
}

function flag(argv: string[], name: string): boolean {
  return argv.includes(name);
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function positional(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") i++;
    else if (!argv[i].startsWith("--")) out.push(argv[i]);
  }
  return out;
}

function list(): number {
  const rows = [["Mã/id", "Chỉ tiêu/ind.", "Nhiệm vụ/tasks", "Giai đoạn/period", "Tên/title"]];
  for (const p of loadBundledPlans()) rows.push([p.id, String(p.indicators.length), String(p.tasks.length), p.period, p.title]);
  process.stdout.write(table(rows, [40, 14, 14, 16, 70]) + "\n");
  return EXIT.ok;
}

async function show(argv: string[]): Promise<number> {
  const plan = await resolvePlan(positional(argv)[0]);
  if (flag(argv, "--json")) {
    process.stdout.write(JSON.stringify(plan, null, 2) + "\n");
    return EXIT.ok;
  }
  const lang: Lang = option(argv, "--lang") === "en" ? "en" : "vi";
  const head = [
    plan.title,
    `${plan.issuer}${plan.number ? ` · ${plan.number}` : ""}${plan.date ? ` · ${plan.date}` : ""}${plan.place ? ` · ${plan.place}` : ""}`,
    `${lang === "vi" ? "Giai đoạn" : "Period"}: ${plan.period} · ${plan.indicators.length} ${lang === "vi" ? "chỉ tiêu" : "indicators"} · ${plan.tasks.length} ${lang === "vi" ? "nhiệm vụ" : "tasks"}`,
    "",
  ];
  const rows = [lang === "vi" ? ["Mã", "Cấp", "Chỉ tiêu", "Kế hoạch", "Quy tắc"] : ["Id", "Level", "Indicator", "Target", "Rule"]];
  for (const ind of plan.indicators) {
    const r = readIndicator(plan, ind);
    const rule = r.ok ? canonical(r.rule, lang) : `? ${r.error.message[lang]}`;
    rows.push([ind.id, ind.level, ind.name, ind.target, rule]);
  }
  const out = [...head.map((l) => terminalSafe(l)), table(rows, [34, 5, 48, 30, 60])];
  if (plan.tasks.length) {
    out.push("", lang === "vi" ? "Nhiệm vụ:" : "Tasks:");
    const trows = [lang === "vi" ? ["STT", "Thời gian", "Chủ trì", "Nội dung"] : ["No", "Timing", "Lead", "Content"]];
    for (const t of plan.tasks) trows.push([t.no, t.timing ?? [t.start, t.end].filter(Boolean).join(" – "), t.lead ?? "", t.content]);
    out.push(table(trows, [5, 30, 30, 70]));
  }
  process.stdout.write(out.join("\n") + "\n");
  return EXIT.ok;
}

const SEVERITY = { error: "LỖI/error", warning: "CẢNH BÁO/warning", info: "LƯU Ý/info" } as const;

function formatFinding(f: LintFinding): string {
  const where = f.location.indicator ?? (f.location.task ? `task ${f.location.task}` : "");
  return terminalSafe(`${SEVERITY[f.severity]} ${f.location.path}${where ? ` [${where}]` : ""} (${f.code}): ${f.message.vi} / ${f.message.en}`);
}

async function lint(argv: string[]): Promise<number> {
  const plan = await resolvePlan(positional(argv)[0]);
  const findings = lintPlan(plan);
  if (flag(argv, "--json")) process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
  else {
    for (const f of findings) process.stdout.write(formatFinding(f) + "\n");
    const n = (s: LintFinding["severity"]) => findings.filter((f) => f.severity === s).length;
    process.stdout.write(
      findings.length
        ? `${terminalSafe(plan.id)}: ${findings.length} phát hiện (${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} lưu ý) / ${findings.length} finding(s)\n`
        : `${terminalSafe(plan.id)}: không thấy chỗ nào không nhất quán / no inconsistencies found\n`,
    );
  }
  return flag(argv, "--strict") && findings.length ? EXIT.shortfall : EXIT.ok;
}

/** Entry point for `chitieu plan ...`. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h") {
    process.stdout.write(HELP + "\n");
    return sub ? EXIT.ok : EXIT.usage;
  }
  switch (sub) {
    case "list":
      return list();
    case "show":
      return show(rest);
    case "lint":
      return lint(rest);
    default:
      throw new CliError(`không có lệnh con "${sub}" (list, show, lint)`, `unknown subcommand "${sub}" (list, show, lint)`);
  }
}
