// Figures written with their share beside them ("431 (89,2%)", "117 (99,2%)"): which part a target judges.
import type { CellValue } from "../types";
import { readCell } from "../number/cell";
import { awaitsDecision } from "./vocabulary";

// A count (or a pair of counts), optional words, then a share in brackets: "431 (89,2%)", "27 giải (90%)", "1 (0,2%)",
// "14/16 GV (87,5%)".
const COUNT_SHARE = /^\s*(\d+\s*\/\s*\d+|\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*([\p{L} ]{0,20}?)\s*\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)\s*$/u;

// A yes word before a level: "Đạt Mức độ 1", "Đạt chuẩn mức độ 2", "Được công nhận mức 3" say the level reached.
const YES_LEVEL = /^\s*(?:đ[ạa]t(?: chu[ẩa]n)?|đ[ưu][ợo]c c[ôo]ng nh[ậa]n|c[ôo]ng nh[ậa]n)\s+((?:m[ứu]c(?: đ[ộo])?|c[ấa]p(?: đ[ộo])?)\s*\d+)\s*$/iu;

// A yes word, then the figure alone or in brackets: "Đạt 96,5%", "đạt 12/12 trường", "Hoàn thành (100%)".
const YES_FIGURE = /^\s*(?:đ[ạa]t|ho[àa]n th[àa]nh|đ[ãa] đ[ạa]t|đ[ãa] ho[àa]n th[àa]nh|c[óo])\s*:?\s*\(?\s*(\d[\d.,]*\s*(?:%|\/\s*\d[\d.,]*)?(?:\s*\p{L}+)?)\s*\)?(?:\s+\p{L}+){0,4}\s*$/iu;
// A share or count, then a remark in brackets or after a dash: "96,5% (vượt KH)", "95% - Đạt", "12 (tăng 2)".
const FIGURE_REMARK = /^\s*(\d[\d.,]*\s*%?)\s*(?:\((?![\d.,]+\s*%\s*\))[^()]*\)|[-–]\s*\p{L}[\p{L} ]*)\s*$/u;

// Words in a cited paper's bracket that undo or defer the answer before it ("đã hết hạn", "đề nghị công nhận").
const UNDONE = /(?<!\p{L})(?:h[eế]t (?:h[aạ]n|hi[eệ]u l[uự]c)|đ[eề] ngh[iị]|ch[oờ]|tr[iì]nh|thu h[oồ]i|b[aã]i b[oỏ]|h[uủ]y|ch[uư]a|d[uự] ki[eế]n|đang|t[aạ]m)(?!\p{L})/iu;

/**
 * The part of a "count (share%)" cell a target judges: the share for a percent target, the count (with its
 * noun) otherwise; the level of "Đạt Mức độ 1"; other cells unchanged.
 * @example figureFor("431 (89,2%)", true) → "89,2%" · figureFor("431 (89,2%)", false) → "431"
 * @example figureFor("14/16 GV (87,5%)", true) → "87,5%" · figureFor("14/16 GV (87,5%)", false) → "14/16 GV"
 * @example figureFor("Đạt Mức độ 1", false) → "Mức độ 1"
 */
export function figureFor(v: CellValue, percentTarget: boolean): CellValue {
  // "8 (*)": a footnote mark is no remark to drop; the judge asks about the figure (judgeFigure).
  if (typeof v !== "string" || v.length > 60 || FOOTNOTED.test(v.trim())) return v;
  // "1 (… chờ Quyết định công nhận)": a bracket saying a further case awaits a decision defers the answer; it is kept
  // for the judge (judgeFigure), never dropped as a remark.
  const waits = /\(([^()]*)\)\s*$/u.exec(v);
  if (waits && awaitsDecision(waits[1])) return v;
  const level = YES_LEVEL.exec(v);
  if (level) return level[1];
  // "Đạt 96,2% (tăng 1,2%)": a remark in brackets after a figure (not the share of a count, read below) is dropped.
  const bracket = /^(.*\d.*?)\s*\(([^()]*)\)\s*$/u.exec(v);
  if (bracket && !COUNT_SHARE.test(v) && /\p{L}/u.test(bracket[2]) && /\p{L}/u.test(bracket[1])) return figureFor(bracket[1], percentTarget);
  // "Đạt chuẩn (QĐ số 1520/QĐ-UBND ngày 12/5/2014)": the answer, then the decision that records it; its number and
  // date are no figure.
  const cited = /^([^()\d]*\p{L}[^()\d]*?)\s*\(\s*((?:theo\s+)?(?:QĐ|Quyết định|CV|Công văn|TB|Thông báo|Văn bản|VB)(?!\p{L})[^()]*\d[^()]*)\)\s*$/iu.exec(v);
  // (Not a paper that undoes or defers it: "đã hết hạn", "đề nghị công nhận", "chờ thẩm định", "thu hồi".)
  if (cited && !UNDONE.test(cited[2])) return cited[1].trim();
  // "Đạt 96,5%", "Hoàn thành 12/12 trường", "Đạt (95%)", "Có 12/15 trường đạt chuẩn": a yes word before the figure
  // says nothing the figure does not; words after its noun repeat the indicator.
  const said = YES_FIGURE.exec(v);
  if (said) {
    // The core reader reads a result word before a figure itself (core/number/cell.ts RESULT_LEAD): the cell goes to
    // the judge as typed, quoted whole ("Đạt 8/10 tiêu chí", not "8/10 tiêu").
    const r = readCell(v);
    if (r.kind === "number" || r.kind === "fraction") return v;
    return figureFor(said[1].trim(), percentTarget);
  }
  // "96,5% (vượt KH)", "95% - Đạt": the figure, then a remark on it.
  const remark = FIGURE_REMARK.exec(v);
  if (remark) return remark[1].trim();
  const m = COUNT_SHARE.exec(v);
  if (!m) return v;
  return percentTarget ? `${m[3]}%` : `${m[1]}${m[2] ? ` ${m[2].trim()}` : ""}`;
}

/** "8 (*)", "12*": a figure and a footnote mark, the figure in group 1. */
export const FOOTNOTED = /^(\d[\d.,]*)\s*(?:\(\*+\)|\*+)$/;

// A rate computed from two cells: "=ROUND(G10/D10*100,1)", "=G10/D10*100", "=ROUND(G10/D10,3)", "=G10/D10".
const GUARDED_RATIO = /^=\s*IF(ERROR)?\(/i;
const DIVISION = /\$?([A-Z]{1,3})\$?(\d+)\s*\/\s*\$?([A-Z]{1,3})\$?(\d+)(?![\d:])/gi;
const RATIO_FORMULA = /^=\s*(?:ROUND\(\s*)?\$?([A-Z]{1,3})\$?(\d+)\s*\/\s*\$?([A-Z]{1,3})\$?(\d+)\s*(?:\*\s*100\s*)?(?:,\s*\d\s*\))?\s*$/i;

/**
 * The two cells a rate formula divides, in `values` coordinates (the sheet's origin taken off), or null for any other
 * formula: the exact share the shown, rounded rate stands for.
 * @example ratioCells("=ROUND(G10/D10*100,1)") → { num: [9, 6], den: [9, 3] } · ratioCells("=SUM(D10:D12)") → null
 */
export function ratioCells(formula: string, origin: { row: number; col: number } = { row: 0, col: 0 }): { num: [number, number]; den: [number, number] } | null {
  const f = formula.trim();
  let m = RATIO_FORMULA.exec(f);
  // A rate guarded against a blank ("=IF(D12=\"\",\"\",ROUND(D12/C12*100,1))", "=IFERROR(D12/C12,0)"): its one division.
  if (!m && GUARDED_RATIO.test(f) && !/\b(?!(?:IF|IFERROR|ROUND|ISBLANK|ISNUMBER|AND|OR)\()[A-Z]{2,}\(/i.test(f)) {
    // The division must be a whole argument ("100-D12/C12*100" is its complement, "(1-D12/C12)*100" too: not this rate).
    const all = [...f.matchAll(DIVISION)];
    const a = all[0];
    if (all.length === 1 && /[(,]\s*(ROUND\(\s*)?$/i.test(f.slice(0, a.index)) && /^\s*(\*\s*100\s*)?(,\s*\d\s*\)\s*)?[,)]/.test(f.slice(a.index! + a[0].length))) m = a;
  }
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { num: [Number(m[2]) - 1 - origin.row, col(m[1]) - origin.col], den: [Number(m[4]) - 1 - origin.row, col(m[3]) - origin.col] };
}

/**
 * A figure written per something, as a target per something is ("14,7 m2/trẻ", "1,5 m2/trẻ em", "8 bộ/12 nhóm
 * (lớp)"), read in the target's unit ("m2/trẻ", "bộ/nhóm, lớp"): the value per one, when the measure is the target's
 * and the thing counted is the same noun (its first word: "trẻ em" is "trẻ", "nhóm (lớp)" is "nhóm, lớp"). Null when
 * the cell is no figure per something, or one in another unit ("5 bộ/sân chơi" against "5 loại/điểm trường").
 * @example perUnitFigure("8 bộ/12 nhóm (lớp)", "bộ/nhóm, lớp") → 0.6667
 */
export function perUnitFigure(text: string, targetUnit: string): number | null {
  const t = /^([^/]+?)\s*\/\s*([^/]+)$/.exec(targetUnit.trim());
  const m = /^(\d+(?:[.,]\d+)?)\s*([^\d\s/][^/]*?)\s*\/\s*(?:(\d+)\s+)?([^\d\s/].*)$/u.exec(text.replace(/\s+/g, " ").trim());
  if (!t || !m) return null;
  const low = (s: string) => s.toLocaleLowerCase("vi").normalize("NFC").replace(/²/g, "2").trim();
  const firstWord = (s: string) => low(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean)[0] ?? "";
  if (low(m[2]) !== low(t[1]) || firstWord(m[4]) === "" || firstWord(m[4]) !== firstWord(t[2])) return null;
  const n = Number(m[1].replace(",", "."));
  const per = m[3] !== undefined ? Number(m[3]) : 1;
  if (!Number.isFinite(n) || !(per > 0)) return null;
  return Number((n / per).toPrecision(12));
}
