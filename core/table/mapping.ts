// A user's column mapping in words ("chỉ tiêu=D, thực hiện=F, tiêu đề=8"), as `--map` and the panes take it, read into layout overrides.
import type { Bilingual } from "../types";
import type { ColumnRole, LayoutOverrides } from "../sheet/types";
import { fold } from "../sheet/text";
import { MAP_KEYS } from "./vocabulary";

export type MappingResult = { ok: true; overrides: LayoutOverrides } | { ok: false; message: Bilingual };

const HEADER_KEYS = /^(tieu de|dong tieu de|header)$/;
const ROWS_KEYS = /^(du lieu|dong|rows|data)$/;

/** Column letters → 0-based index. @example columnIndex("AB") → 27 */
function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads a mapping: comma- or semicolon-separated `role=column` pairs with the role in the user's words (the keys of
 * MAP_KEYS: "chỉ tiêu"/"kế hoạch" target, "thực hiện"/"kết quả" actual, "tên"/"nội dung" name, "ĐVT", "tỷ lệ",
 * "tử số", "mẫu số", "năm trước", "hạn", "hoàn thành", "ghi chú", "đơn vị" …), plus `tiêu đề=<row>` for the header
 * row and `dữ liệu=<first>-<last>` for the data rows. Columns and rows are as the sheet shows them; `origin` is where
 * the read range starts. `role=-` removes a role.
 * @example parseMapping("chỉ tiêu=D, thực hiện=F") → { ok: true, overrides: { columns: { target: 3, actual: 5 } } }
 * @example parseMapping("tiêu đề=8; tên=B") → { ok: true, overrides: { headerRows: [7], firstDataRow: 8, columns: { name: 1 } } }
 */
export function parseMapping(text: string, origin: { row: number; col: number } = { row: 0, col: 0 }): MappingResult {
  const columns: Partial<Record<ColumnRole, number | null>> = {};
  const out: LayoutOverrides = {};
  const bad = (part: string): MappingResult => ({
    ok: false,
    message: {
      vi: `không hiểu "${part}" trong --map; viết dạng "chỉ tiêu=D, thực hiện=F" (vai trò: chỉ tiêu, thực hiện, tên, ĐVT, tỷ lệ, tử số, mẫu số, năm trước, hạn, hoàn thành, ghi chú; thêm "tiêu đề=8" cho dòng tiêu đề)`,
      en: `cannot read "${part}" in --map; write it as "chỉ tiêu=D, thực hiện=F" (roles: chỉ tiêu (target), thực hiện (actual), tên (name), ĐVT, tỷ lệ (rate), tử số, mẫu số, năm trước (baseline), hạn (deadline), hoàn thành (completion), ghi chú; add "tiêu đề=8" for the header row)`,
    },
  });
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) return bad(part);
    const key = fold(part.slice(0, eq));
    const value = part.slice(eq + 1).trim();
    if (HEADER_KEYS.test(key)) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return bad(part);
      out.headerRows = [n - 1 - origin.row];
      out.firstDataRow ??= n - origin.row;
      continue;
    }
    if (ROWS_KEYS.test(key)) {
      const m = /^(\d+)\s*[-–:]\s*(\d+)$/.exec(value);
      if (!m || Number(m[2]) < Number(m[1])) return bad(part);
      out.firstDataRow = Number(m[1]) - 1 - origin.row;
      out.lastDataRow = Number(m[2]) - 1 - origin.row;
      continue;
    }
    const role = MAP_KEYS.find(([re]) => re.test(key))?.[1];
    if (!role) return bad(part);
    if (value === "-" || value === "") {
      columns[role as ColumnRole] = null;
      continue;
    }
    if (!/^[A-Za-z]{1,3}$/.test(value)) return bad(part);
    const col = columnIndex(value) - origin.col;
    if (col < 0) return bad(part);
    if (role === "unitName") out.unitColumn = col;
    else columns[role as ColumnRole] = col;
  }
  if (Object.keys(columns).length > 0) out.columns = columns;
  return { ok: true, overrides: out };
}
