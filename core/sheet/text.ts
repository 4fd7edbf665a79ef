// Folding Vietnamese header and indicator text for comparison: no diacritics, lower case, abbreviations expanded.
import type { CellValue } from "../types";
import { isCellError } from "../types";
import { isClean, oneSpaced } from "../spaces";
import { NOT_APPLICABLE } from "../table/vocabulary";

/** Text of a cell for display and matching: trimmed, every kind of space one space (`oneSpaced`); numbers as JS writes them. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return oneSpaced(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return "";
}

export { isClean };

/**
 * Lower case, diacritics and punctuation removed (except "%"), "đ" → "d", i/y spelling variants folded
 * ("tỷ"/"tỉ", "kỹ"/"kĩ" both → "ti", "ki"), single spaces.
 * @example fold("Tỷ lệ (%)") → "ti le %" · fold("Nội dung chỉ tiêu") → "noi dung chi tieu"
 */
export function fold(s: string): string {
  return folded(s);
}

/**
 * `f` worked out once per distinct text: a sheet repeats its names (one block per school, one row per unit). The
 * cache is cleared when it holds `maxEntries`, so a million distinct cells cannot hold memory; texts longer than
 * `maxText` (sentences, pasted documents, seldom repeated) are worked out each time and never kept.
 * @example const folded = oncePerText(foldOnce); folded("Tỷ lệ") → "ti le"
 */
export function oncePerText(f: (s: string) => string, maxText = 400, maxEntries = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    if (s.length > maxText) return f(s);
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= maxEntries) cache.clear();
    const out = f(s);
    cache.set(s, out);
    return out;
  };
}

const folded = oncePerText(foldOnce);

/**
 * Lower case, diacritics removed, "đ" → "d", single spaces, punctuation kept: the fold for text whose commas, slashes
 * and dashes carry meaning ("đạt 98,4%", "20/5", "-"); `fold` is this with the punctuation dropped.
 * @example foldMarks(" Đã thu  98,4% ") → "da thu 98,4%"
 */
export function foldMarks(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function foldOnce(s: string): string {
  const base = foldMarks(s)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  if (base === "") return "";
  // "tỷ lệ" and "tỉ lệ", "kỹ năng" and "kĩ năng" are the same word spelt two ways: fold the final y of such syllables.
  return base
    .split(" ")
    .map((t) => (t.length === 2 && t[1] === "y" && "tklmsh".includes(t[0]) ? `${t[0]}i` : t))
    .join(" ");
}

/**
 * School levels numbered, folded: "cấp I/II/III" and "cấp 1/2/3" are tiểu học, THCS and THPT.
 * @example levelNumerals("cap ii") → "trung hoc co so"
 */
export function levelNumerals(folded: string): string {
  const LONG: Record<string, string> = { i: "tieu hoc", "1": "tieu hoc", ii: "trung hoc co so", "2": "trung hoc co so", iii: "trung hoc pho thong", "3": "trung hoc pho thong" };
  return folded.replace(/\bcap (iii|ii|i|[123])\b(?![.,/]\d)/g, (_, n: string) => LONG[n]);
}

/** Abbreviations clerks use in headers and indicator names, folded, with their folded long forms. */
export const ABBREVIATIONS: Record<string, string> = {
  mn: "mam non",
  mg: "mau giao",
  th: "tieu hoc",
  thcs: "trung hoc co so",
  thpt: "trung hoc pho thong",
  gdtx: "giao duc thuong xuyen",
  cbql: "can bo quan li",
  gv: "giao vien",
  nv: "nhan vien",
  hs: "hoc sinh",
  hsg: "hoc sinh gioi",
  gvg: "giao vien gioi",
  pcgd: "pho cap giao duc",
  xmc: "xoa mu chu",
  gddt: "giao duc dao tao",
  gdmn: "giao duc mam non",
  gdth: "giao duc tieu hoc",
  gdpt: "giao duc pho thong",
  ctgdmn: "chuong trinh giao duc mam non",
  cqg: "chuan quoc gia",
  tc: "tieu chi",
  qg: "quoc gia",
  clc: "chat luong cao",
  cntt: "cong nghe thong tin",
  ubnd: "uy ban nhan dan",
  tl: "ti le",
  sl: "so luong",
  kh: "ke hoach",
  dvt: "don vi tinh",
  stt: "so thu tu",
  bhyt: "bao hiem y te",
  bhxh: "bao hiem xa hoi",
  ntm: "nong thon moi",
  bptt: "bien phap tranh thai",
};

// Words that carry no meaning for telling indicators apart.
// "theo" and "chia" join a heading's words ("Số học sinh chia theo hạnh kiểm") and tell no indicator from another.
const STOP = new Set(["cac", "va", "cua", "cho", "trong", "tren", "duoc", "nhung", "voi", "la", "o", "the", "do", "nay", "mot", "so", "theo", "chia"]);

/**
 * Folded tokens of an indicator name with abbreviations expanded and filler words dropped.
 * @example nameTokens("Tỷ lệ GV THCS đạt chuẩn") → ["ti","le","giao","vien","trung","hoc","co","so","dat","chuan"]
 */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  // "TC1", "CT2": a short abbreviation glued to its number is the abbreviation and the number.
  // "Kết quả" ("Kết quả xếp loại – Chưa đạt", "Kết quả thực hiện") names where a figure stands, never which one it is.
  for (const t of fold(s).replace(/\b([a-z]{1,4})(\d{1,2})\b/g, "$1 $2").replace(/\bket qua\b/g, "").split(" ")) {
    if (t === "") continue;
    const long = ABBREVIATIONS[t];
    if (long) {
      // The long form's words are filtered like typed ones: "THCS" and "trung học cơ sở" give the same tokens.
      for (const p of long.split(" ")) if (!STOP.has(p)) out.push(p);
    } else if (!STOP.has(t)) out.push(t);
  }
  return out;
}

/**
 * Whether a cell says nothing applies ("-", "–", "Không áp dụng"): dashes are kept, words compared without diacritics.
 * @example notApplicableCell("–") → true; notApplicableCell("0") → false
 */
export function notApplicableCell(v: CellValue | undefined): boolean {
  if (typeof v !== "string") return false;
  const t = notApplicableFold(v);
  return t !== "" && NOT_APPLICABLE.test(t);
}

// A matrix repeats its typed figures ("-", "13/28", "Đạt") down every column: each distinct short text is folded once
// (fold() would drop the dashes). Only short texts are kept: the cache outlives a check in a task pane.
const notApplicableFold = oncePerText(foldMarks, 64);
