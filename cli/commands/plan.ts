// `chitieu plan list|show|lint`: lists the bundled plan templates, prints one as a table, and lints a plan for inconsistencies.
import { loadBundledPlans } from "../../core/plan/bundled";
import { lintPlan, type LintFinding } from "../../core/plan/lint";
import { lintLines } from "../../core/session/lint";
import type { Plan } from "../../core/plan/schema";
import { canonical } from "../../core/rule/canonical";
import { readIndicator } from "../../core/plan/reading";
import type { Lang } from "../../core/types";
import { CliError, EXIT, langOf, printHelp, terminalSafe } from "../errors";
import { resolvePlan as resolvePlanArg } from "../xlsx/plan";

const HELP = {
  vi: `Cách dùng:
  chitieu plan list                          các kế hoạch có sẵn
  chitieu plan show <mã|tệp.json> [--json]   bảng chỉ tiêu (--json: cả kế hoạch dạng JSON)
  chitieu plan lint <mã|tệp.json> [--strict] [--json]
                                             tìm chỗ không nhất quán; thoát mã 0, với --strict mã 1 khi có
                                             phát hiện; mã 2 khi không đọc được đầu vào
  --lang vi|en                               ngôn ngữ (mặc định vi)`,
  en: `Usage:
  chitieu plan list                          bundled plans
  chitieu plan show <id|file.json> [--json]  indicator table (--json: the whole plan as JSON)
  chitieu plan lint <id|file.json> [--strict] [--json]
                                             find inconsistencies; exit 0, with --strict exit 1 when anything
                                             is found; exit 2 when the input cannot be read
  --lang vi|en                               language (default vi)`,
};

/** A bundled plan id or a plan file, by the resolver every command uses; a schema failure lists every problem first. */
async function resolvePlan(ref: string | undefined, lang: Lang): Promise<Plan> {
  if (!ref) throw new CliError("thiếu mã kế hoạch hoặc tệp .json", "missing plan id or .json file");
  return resolvePlanArg(ref, { listAll: true, lang });
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

function list(lang: Lang): number {
  const rows = [lang === "vi" ? ["Mã", "Chỉ tiêu", "Nhiệm vụ", "Giai đoạn", "Tên"] : ["Id", "Indicators", "Tasks", "Period", "Title"]];
  for (const p of loadBundledPlans()) rows.push([p.id, String(p.indicators.length), String(p.tasks.length), p.period, p.title]);
  process.stdout.write(table(rows, [40, 14, 14, 16, 70]) + "\n");
  return EXIT.ok;
}

async function show(argv: string[]): Promise<number> {
  const lang: Lang = option(argv, "--lang") === "en" ? "en" : "vi";
  const plan = await resolvePlan(positional(argv)[0], lang);
  if (flag(argv, "--json")) {
    process.stdout.write(JSON.stringify(plan, null, 2) + "\n");
    return EXIT.ok;
  }
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

async function lint(argv: string[]): Promise<number> {
  const lang: Lang = option(argv, "--lang") === "en" ? "en" : "vi";
  const plan = await resolvePlan(positional(argv)[0], lang);
  const findings = lintPlan(plan);
  if (flag(argv, "--json")) process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
  else {
    // The same sentences the panes show: things by name, not by JSON path ("tasks[1].end"), dates dd/mm/yyyy.
    for (const l of lintLines(plan, null)) process.stdout.write(terminalSafe(l.text[lang]) + "\n");
    const n = (s: LintFinding["severity"]) => findings.filter((f) => f.severity === s).length;
    process.stdout.write(
      findings.length
        ? lang === "vi"
          ? `${terminalSafe(plan.id)}: ${findings.length} phát hiện (${n("error")} lỗi, ${n("warning")} mâu thuẫn, ${n("info")} lưu ý)\n`
          : `${terminalSafe(plan.id)}: ${findings.length} finding(s) (${n("error")} errors, ${n("warning")} inconsistencies, ${n("info")} notes)\n`
        : lang === "vi"
          ? `${terminalSafe(plan.id)}: không thấy chỗ nào không nhất quán\n`
          : `${terminalSafe(plan.id)}: no inconsistencies found\n`,
    );
  }
  return flag(argv, "--strict") && findings.length ? EXIT.shortfall : EXIT.ok;
}

/** Entry point for `chitieu plan ...`. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h" || rest.includes("--help")) {
    printHelp(HELP, argv);
    return sub ? EXIT.ok : EXIT.usage;
  }
  switch (sub) {
    case "list":
      return list(langOf(argv) ?? "vi");
    case "show":
      return show(rest);
    case "lint":
      return lint(rest);
    default:
      throw new CliError(`không có lệnh con "${sub}" (list, show, lint)`, `unknown subcommand "${sub}" (list, show, lint)`);
  }
}
