// The terminal summary of a check: counts by verdict and the largest shortfalls, as a plain aligned table.
import type { Lang } from "../../core/types";
import { STATUS, STATUS_CODES } from "../../core/rule/verdict";
import type { CheckedSheet } from "../../core/sheet/types";

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
  vi: { total: "Tổng số", achieved: "đạt/vượt", short: "Chưa đạt nhiều nhất", none: "Không có chỉ tiêu chưa đạt.", rollup: "Theo đơn vị" },
  en: { total: "Total", achieved: "met/exceeded", short: "Largest shortfalls", none: "No shortfalls.", rollup: "By unit" },
};

/**
 * Lines to print after a check: one line per verdict that occurs, the totals, then up to `top` shortfalls.
 * @example summaryLines(result, "vi") → ["  ✓ Đạt              12", ..., "Tổng số 30 chỉ tiêu: 22 đạt/vượt", ...]
 */
export function summaryLines(result: CheckedSheet, lang: Lang = "vi", top = 5): string[] {
  const t = T[lang];
  const lines: string[] = [];
  const labelWidth = Math.max(...STATUS_CODES.map((s) => width(STATUS[s][lang]))) + 2;
  for (const s of STATUS_CODES) {
    const n = result.summary.byStatus[s];
    if (n > 0) lines.push(`  ${STATUS[s].symbol} ${pad(STATUS[s][lang], labelWidth)}${String(n).padStart(5)}`);
  }
  lines.push(`${t.total}: ${result.summary.total} · ${t.achieved}: ${result.summary.achieved}`);
  if (result.rollUps.length > 0) {
    lines.push("", `${t.rollup}:`);
    for (const r of result.rollUps) lines.push(`  ${pad(cut(r.name, 50), 52)}${r.text[lang]}`);
  }
  lines.push("");
  if (result.shortfalls.length === 0) {
    lines.push(t.none);
    return lines;
  }
  lines.push(`${t.short}:`);
  for (const sf of result.shortfalls.slice(0, top)) {
    const item = result.items[sf.item];
    const who = item.unitName ? `${item.unitName}: ` : "";
    lines.push(`  ${item.verdict.symbol} ${cut(who + item.name, 60)}`);
    lines.push(`      ${item.verdict.explanations[lang]}`);
  }
  if (result.shortfalls.length > top) lines.push(`  … (+${result.shortfalls.length - top})`);
  return lines;
}
