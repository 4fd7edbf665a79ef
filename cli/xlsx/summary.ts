// The terminal summary of a check: counts by verdict and the largest shortfalls, as a plain aligned table.
import type { Lang } from "../../core/types";
import { STATUS, STATUS_CODES } from "../../core/rule/verdict";
import type { CheckedSheet } from "../../core/sheet/types";
import { isPending, cleanLine, cleanOf, incompleteLine, withFigures } from "../../core/sheet/coverage";

/** Display width of a string in a terminal: combining marks take no column. */
function width(s: string): number {
  return [...s.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join("")}…`;
}

const T = {
  vi: {
    total: "Tổng số",
    achieved: "đạt/vượt",
    short: "Chưa đạt nhiều nhất",
    rollup: "Theo đơn vị",
    judged: (j: number, d: number) => `Đã đánh giá: ${j} · chưa có số liệu: ${d}`,
    notJudged: (n: number) => `Có số liệu nhưng chưa đánh giá được (${n})`,
    more: (n: number) => `  … và ${n} dòng khác (xem --json)`,
    moreFigures: (s: string) => `  … còn ${s} khác (xem --json)`,
    moreShort: (n: number) => `  … và ${n} chỉ tiêu chưa đạt khác (xem cột đánh giá trong sổ kết quả)`,
    choice: "Chọn bảng",
    left: (n: number) => `Bỏ qua (không phải số liệu): ${n} dòng`,
    // Tasks not done yet are no figures below a target: each said as what it is.
    pending: (n: number, k: number) => `${k === n ? "Chưa hoàn thành" : k ? "Chưa đạt mức hoặc chưa hoàn thành" : "Chưa đạt mức"} nhưng chưa đến hạn (${n})`,
    asked: (n: number) => `Cần xác nhận (${n})`,
    unread: (n: number) => `Không đọc được chỉ tiêu hoặc số liệu (${n})`,
  },
  en: {
    total: "Total",
    achieved: "met/exceeded",
    short: "Largest shortfalls",
    rollup: "By unit",
    judged: (j: number, d: number) => `Judged: ${j} · no data yet: ${d}`,
    notJudged: (n: number) => `With figures but not judged (${n})`,
    more: (n: number) => `  … and ${n} more rows (see --json)`,
    moreFigures: (s: string) => `  … also ${s} (see --json)`,
    moreShort: (n: number) => `  … and ${n} more shortfalls (see the status column in the output workbook)`,
    choice: "Table chosen",
    left: (n: number) => `Left out (not figures): ${n} ${n === 1 ? "row" : "rows"}`,
    pending: (n: number, k: number) => `${k === n ? "Not done yet" : k ? "Not yet at target or not done yet" : "Not yet at target"} but not yet due (${n})`,
    asked: (n: number) => `To confirm (${n})`,
    unread: (n: number) => `Target or figure not understood (${n})`,
  },
};

/** Rows with figures listed one by one in the summary; the rest are counted. */
const NOT_JUDGED_LINES = 10;

/**
 * Lines to print after a check: one line per verdict that occurs, the totals, what was judged and what was not
 * (each unjudged row with its cell and why), then up to `top` shortfalls. "No shortfalls" is said plainly only when
 * every row with a figure was judged and nothing waits for review.
 * @example summaryLines(result, "vi") → ["  ✓ Đạt              12", ..., "Tổng số: 30 · đạt/vượt: 22", "Đã đánh giá: 30 · chưa có số liệu: 0", ...]
 */
export function summaryLines(result: CheckedSheet, lang: Lang = "vi", top = 5): string[] {
  const t = T[lang];
  const lines: string[] = [];
  const c = result.coverage;
  const labelWidth = Math.max(...STATUS_CODES.map((s) => width(STATUS[s][lang]))) + 2;
  // Core decides whether "no shortfalls" may be said plainly; rows with figures left unjudged come first, before any
  // verdict, so no count below reads as the whole sheet's.
  const clean = cleanOf(result);
  const incomplete = incompleteLine(clean, lang);
  if (incomplete) lines.push(incomplete);
  for (const s of STATUS_CODES) {
    const n = result.summary.byStatus[s];
    if (n > 0) lines.push(`  ${STATUS[s].symbol} ${pad(STATUS[s][lang], labelWidth)}${String(n).padStart(5)}`);
  }
  lines.push(`${t.total}: ${result.summary.total} · ${t.achieved}: ${result.summary.achieved}`);
  lines.push(t.judged(c.judged, c.noData));
  if (c.choice) lines.push(`${t.choice}: ${c.choice[lang]}`);
  for (const d of result.layout.decisions ?? []) lines.push(`  · ${d[lang]}`);
  const left = result.layout.excludedRows?.length ?? 0;
  if (left > 0) lines.push(t.left(left));
  if (c.notJudgedTotal > 0) {
    const shown = c.notJudged.slice(0, NOT_JUDGED_LINES);
    lines.push("", `${t.notJudged(c.notJudgedTotal)}:`);
    for (const n of shown) lines.push(`  ◦ ${n.message[lang]}`);
    // A matrix column is one line for its units' cells (`count`): the rest is what no line stands for.
    const more = c.notJudgedTotal - shown.reduce((a, n) => a + (n.count ?? 1), 0);
    if (more > 0) lines.push(t.moreFigures(withFigures(more, clean.cells, lang)));
  }
  if (result.rollUps.length > 0) {
    lines.push("", `${t.rollup}:`);
    for (const r of result.rollUps) lines.push(`  ${pad(cut(r.name, 50), 52)}${r.text[lang]}`);
  }
  // A figure below its target that is not yet due is no shortfall, but a clean "no shortfalls" would hide it.
  // Items listed under a heading, each with its explanation, the rest counted.
  const listItems = (heading: string, items: CheckedSheet["items"]) => {
    if (items.length === 0) return;
    lines.push("", `${heading}:`);
    for (const i of items.slice(0, NOT_JUDGED_LINES)) lines.push(`  ${i.verdict.symbol} ${cut((i.unitName ? `${i.unitName}: ` : "") + i.name, 60)}`, `      ${i.verdict.explanations[lang]}`);
    if (items.length > NOT_JUDGED_LINES) lines.push(t.more(items.length - NOT_JUDGED_LINES));
  };
  // A figure below its target that is not yet due is no shortfall, but a clean "no shortfalls" would hide it.
  const pending = result.items.filter(isPending);
  listItems(t.pending(pending.length, clean.tasks ?? 0), pending);
  // A verdict the tool would not give ("Cần xác nhận": two readings judge differently) is listed with both readings:
  // counted only, it would leave "no shortfalls" as the last word over what may be one.
  const asked = result.items.filter((i) => i.status === "review");
  listItems(t.asked(asked.length), asked);
  // A target or a figure the tool could not read is counted above, but the clerk must see which row to fix.
  const unread = result.items.filter((i) => i.status === "unreadable" || i.status === "invalid");
  listItems(t.unread(unread.length), unread);
  lines.push("");
  // Core decides whether "no shortfalls" may be said plainly, and words what stops it (rows asked about, below target
  // not yet due, not judged here or on another sheet, a blank form), as the report and the panes do.
  if (clean.kind !== "shortfalls") {
    lines.push(cleanLine(clean, "cli", lang));
    return lines;
  }
  lines.push(`${t.short}:`);
  for (const sf of result.shortfalls.slice(0, top)) {
    const item = result.items[sf.item];
    const who = item.unitName ? `${item.unitName}: ` : "";
    lines.push(`  ${item.verdict.symbol} ${cut(who + item.name, 60)}`);
    lines.push(`      ${item.verdict.explanations[lang]}`);
  }
  if (result.shortfalls.length > top) lines.push(t.moreShort(result.shortfalls.length - top));
  return lines;
}
