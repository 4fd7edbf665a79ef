// Which sheet of a workbook to check when the user names none: the one whose table judges the most, with the others' shortfalls said.
import type { Bilingual } from "../types";
import { isEmptyCell, type SheetData } from "../sheet/model";
import type { CheckResult, CheckedSheet } from "../sheet/types";
import { figureRowCount, setAside, weightOf, withFigures } from "../sheet/coverage";

/** A sheet with no value at all (whitespace counts as none). */
export function isBlankSheet(s: Pick<SheetData, "values">): boolean {
  return !s.values.some((r) => r && r.some((v) => !isEmptyCell(v) && !(typeof v === "string" && v.trim() === "")));
}

/** The sheet chosen and its check, or why none could be: every candidate empty, or none with a table core recognises. */
export type BestSheet =
  | { ok: true; index: number; result: CheckedSheet }
  | { ok: false; kind: "empty" | "noTable"; message: Bilingual; sheet?: string };

/**
 * Picks, among checked candidates, the sheet whose table judges the most figures (a general-information sheet
 * before the table, or a sheet of last year's figures, loses to the one that can be checked); then the one whose
 * targets stand in a column of their own (a sheet judged only on targets written into its row names is often the
 * published plan itself, its counts commitments, not results); then the one leaving fewer figures unjudged; then
 * the first. When others were checked too, `coverage.choice` of the winner names them with their shortfalls and
 * unjudged figures, and `coverage.complete` is false when they hold any: a clean sheet is not a clean workbook.
 * A candidate whose `result` is null was empty. `named` is true when the user named the sheet: the messages then
 * speak of that sheet, not of "every sheet"; `hint` says how to choose another (a CLI option, a pane's picker).
 * @example bestSheet([{ sheet: a, result: checkSheet(a, null) }, { sheet: b, result: checkSheet(b, null) }], { named: false, hint }) → { ok: true, index: 1, result }
 */
export function bestSheet(candidates: { sheet: SheetData; result: CheckResult | null }[], opts: { named: boolean; hint: Bilingual }): BestSheet {
  const named = opts.named;
  const nonEmpty = candidates.filter((c) => c.result !== null);
  if (nonEmpty.length === 0) {
    const first = candidates[0]?.sheet.name;
    return named && first !== undefined
      ? { ok: false, kind: "empty", message: { vi: `trang "${first}" đều trống, không có số liệu để kiểm tra`, en: `sheet "${first}" is empty, nothing to check` } }
      : { ok: false, kind: "empty", message: { vi: "mọi trang đều trống, không có số liệu để kiểm tra", en: "every sheet is empty, nothing to check" } };
  }
  const results: { sheet: SheetData; result: CheckedSheet; i: number }[] = [];
  for (const [i, c] of candidates.entries()) if (c.result?.ok) results.push({ sheet: c.sheet, result: c.result, i });
  if (results.length === 0) {
    const f = nonEmpty.find((c) => c.result && !c.result.ok)!;
    const failure = f.result as Extract<CheckResult, { ok: false }>;
    const expected = failure.error.expected.join("; ");
    const several = !named && nonEmpty.length > 1;
    const others = several ? `; các trang: ${nonEmpty.map((s) => `"${s.sheet.name}"`).join(", ")}` : "";
    const othersEn = several ? `; sheets: ${nonEmpty.map((s) => `"${s.sheet.name}"`).join(", ")}` : "";
    // Figures on it, none judged: said first, so a sheet whose only block is not read is never mistaken for an empty one.
    const rows = figureRowCount(f.sheet);
    return {
      ok: false,
      kind: "noTable",
      sheet: f.sheet.name,
      message: {
        vi: `trang "${f.sheet.name}"${rows ? ` (${withFigures(rows, false, "vi")}, không dòng nào được đánh giá)` : ""}: ${failure.error.message.vi.replace(/\.$/, "")}; cần các tiêu đề cột: ${expected}${others}`,
        en: `sheet "${f.sheet.name}"${rows ? ` (${withFigures(rows, false, "en")}, none judged)` : ""}: ${failure.error.message.en.replace(/\.$/, "")}; expected column headers: ${expected}${othersEn}`,
      },
    };
  }
  // A sheet whose target sentence was set aside weighs as it would have judged: the clerk's sheet stays the one checked.
  const weight = (r: CheckedSheet) => weightOf(r.coverage);
  const hasTargetColumn = (r: CheckedSheet) => (r.coverage.columns.some((c) => c.role === "target") ? 1 : 0);
  // Two sheets judging as many rows (one per school level, one per term) are both tables of the workbook: the first,
  // in the clerk's own order, is taken and the tie said, not the one that happens to list fewer unjudged figures (a
  // level with one school fewer). Only where neither judges anything do the unjudged figures decide.
  const order = results
    .slice()
    .sort((a, b) => weight(b.result) - weight(a.result) || hasTargetColumn(b.result) - hasTargetColumn(a.result) || (a.result.coverage.judged > 0 ? 0 : a.result.coverage.notJudgedTotal - b.result.coverage.notJudgedTotal) || a.i - b.i);
  const best = order[0];
  const short = (o: (typeof order)[number]) => o.result.shortfalls.length;
  const rivals = order.slice(1).filter((o) => o.result.coverage.judged > 0 || o.result.coverage.notJudgedTotal > 0);
  // A sheet where no table was recognised holds its rows with figures unread.
  const unread = named ? [] : candidates.flatMap((c) => (c.result && !c.result.ok ? [{ name: c.sheet.name, rows: figureRowCount(c.sheet) }] : [])).filter((u) => u.rows > 0);
  if (rivals.length > 0 || unread.length > 0 || best !== results[0]) {
    // Figures left unjudged said by the one sentence every surface uses (cells in a unit matrix).
    const unjudged = (o: (typeof order)[number], lang: "vi" | "en") => withFigures(o.result.coverage.notJudgedTotal, o.result.layout.shape === "matrix", lang);
    const list = [...order.slice(1).map((o) => `"${o.sheet.name}" (${o.result.coverage.judged}${short(o) ? `, ${short(o)} chưa đạt` : ""}${o.result.coverage.notJudgedTotal ? `, ${unjudged(o, "vi")} chưa đánh giá được` : ""})`), ...unread.map((u) => `"${u.name}" (không nhận ra bảng, ${withFigures(u.rows, false, "vi")})`)].join(", ");
    const listEn = [...order.slice(1).map((o) => `"${o.sheet.name}" (${o.result.coverage.judged}${short(o) ? `, ${short(o)} not met` : ""}${o.result.coverage.notJudgedTotal ? `, ${unjudged(o, "en")} not judged` : ""})`), ...unread.map((u) => `"${u.name}" (no table recognised, ${withFigures(u.rows, false, "en")})`)].join(", ");
    const tiedOnColumn = order[1] !== undefined && order[1].result.coverage.judged === best.result.coverage.judged && hasTargetColumn(best.result) > hasTargetColumn(order[1].result);
    const tied = order[1] !== undefined && order[1].result.coverage.judged === best.result.coverage.judged && hasTargetColumn(best.result) === hasTargetColumn(order[1].result);
    // Taken for figures its sentence was set aside for, or for total rows a sentence for each unit is not asked of.
    const bc = best.result.coverage;
    const kept = setAside(bc, false);
    const n = kept || bc.judged + (bc.totalsAside ?? 0);
    const cells = best.result.layout.shape === "matrix";
    const noun = best.result.layout.shape === "matrix" ? best.result.layout.unitNoun : "";
    const because = setAside(bc) > 0 && (order[1]?.result.coverage.judged ?? 0) >= bc.judged
      ? { vi: `vì trang có câu chỉ tiêu cho ${withFigures(n, cells, "vi")} (${kept ? "câu không dùng được" : `câu nêu mức cho từng ${noun}, không cho dòng tổng`})`, en: `as its target sentence is for ${withFigures(n, cells, "en")} (${kept ? "the sentence not used" : `set for each ${noun}, not for the total row`})` }
      : best.result.coverage.judged === 0
      ? { vi: "dù không trang nào đánh giá được chỉ tiêu nào", en: "though no sheet could judge anything" }
      : tied
      ? { vi: `vì là trang đầu trong các trang đánh giá được nhiều chỉ tiêu nhất (${best.result.coverage.judged}, bằng trang "${order[1].sheet.name}")`, en: `as the first of the sheets judging the most (${best.result.coverage.judged}, as many as sheet "${order[1].sheet.name}")` }
      : tiedOnColumn
      ? { vi: `vì có cột chỉ tiêu riêng (trang "${order[1].sheet.name}" chỉ có chỉ tiêu ghi trong tên dòng)`, en: `as its targets stand in a column (sheet "${order[1].sheet.name}" only states them in row names)` }
      : { vi: `vì đánh giá được nhiều chỉ tiêu nhất (${best.result.coverage.judged})`, en: `as it judges the most (${best.result.coverage.judged})` };
    const why = {
      vi: `Kiểm tra trang "${best.sheet.name}" ${because.vi}; các trang khác: ${list}; ${opts.hint.vi}.`,
      en: `Checked sheet "${best.sheet.name}" ${because.en}; other sheets: ${listEn}; ${opts.hint.en}.`,
    };
    const own = best.result.coverage.choice;
    best.result.coverage.choice = own ? { vi: `${why.vi} ${own.vi}`, en: `${why.en} ${own.en}` } : why;
  }
  // The sheet the chosen one took its units' targets from holds targets, not figures left open: a clean sheet is not a
  // clean workbook.
  const open = [
    ...rivals
      .filter((o) => o.sheet.name !== best.result.layout.targetsFrom && (short(o) > 0 || o.result.coverage.notJudgedTotal > 0))
      .map((o) => ({ name: o.sheet.name, notJudged: o.result.coverage.notJudgedTotal, shortfalls: short(o), cells: o.result.layout.shape === "matrix" })),
    ...unread.map((u) => ({ name: u.name, notJudged: u.rows, shortfalls: 0, cells: false })),
  ];
  if (open.length > 0) {
    best.result.coverage.complete = false;
    best.result.coverage.elsewhere = {
      sheets: open.map((o) => o.name),
      notJudged: open.reduce((n, o) => n + o.notJudged, 0),
      shortfalls: open.reduce((n, o) => n + o.shortfalls, 0),
      bySheet: open.map((o) => [o.name, o.notJudged, o.cells, o.shortfalls]),
    };
  }
  return { ok: true, index: best.i, result: best.result };
}
