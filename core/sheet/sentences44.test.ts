// A target sentence above a unit table (or a line under its header with no group row) judges only the column it is
// about: review44d's probes, and near misses of each class (two columns, a plan column, another unit or noun, a later
// period in the label, a definition, a floor for each unit over the total).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet } from "./types";

const V = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"];
interface Probe { above?: string; line?: string; head: string[]; rows: CellValue[][]; total?: CellValue[]; names?: string[] }
function sheetOf(p: Probe) {
  const w = p.head.length;
  const pad = (r: CellValue[]) => [...r, ...Array(Math.max(0, w - r.length)).fill(null)];
  const values: CellValue[][] = [pad(["UBND XÃ AN PHÚ"]), pad([]), pad(["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 11 NĂM 2025"]), pad(p.above ? [p.above] : []), pad([]), p.head];
  if (p.line) values.push(pad([p.line]));
  p.rows.forEach((r, i) => values.push(pad([String(i + 1), (p.names ?? V)[i]!, ...r])));
  if (p.total) values.push(pad(["", "Toàn xã", ...p.total]));
  values.push(pad([]), pad([null, "Người lập biểu"]));
  return { name: "Bao cao", values };
}
const L = "ABCDEFGHIJ";
/** Verdict letters per column ("D=MNMM"), judged cells only; "" when nothing is judged. */
function verdicts(p: Probe): { got: string; r: CheckedSheet | null } {
  const r = checkSheet(sheetOf(p), null, { asOf: "2025-12-05" });
  if (!r.ok) return { got: "", r: null };
  const ab: Record<string, string> = { met: "M", exceeded: "E", not_met: "N", pending: "P", no_data: "-", review: "R", overdue: "O" };
  const cols = new Map<number, string>();
  for (const i of [...r.items].sort((a, b) => a.cell.col - b.cell.col || a.cell.row - b.cell.row)) cols.set(i.cell.col, (cols.get(i.cell.col) ?? "") + (ab[i.status] ?? "?"));
  return { got: [...cols].map(([c, s]) => `${L[c]}=${s}`).join(" "), r };
}
const above = (s: string, p: Omit<Probe, "above">): Probe => ({ above: s, ...p });
const line = (s: string, p: Omit<Probe, "line">): Probe => ({ line: s, ...p });
const fee = { head: ["TT", "Thôn", "Số hộ", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], rows: [[200, 24000, ""], [150, 31500, ""], [180, 30000, ""], [90, 29000, ""]] };
const sorting = { head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác tại nguồn", "Tỷ lệ (%)", "Ghi chú"], rows: [[200, 170, 85, ""], [150, 100, 66.7, ""], [180, 144, 80, ""], [90, 90, 100, ""]] };
const S = ["Trường TH An Phú", "Trường TH Bình Minh", "Trường TH Tân Lập", "Trường TH Hòa Bình"];

describe("a sentence above the header judges only the column it names (review44d)", () => {
  const cases: [string, Probe, string][] = [
    // 1. One clause, one column: the shorter heading contained in the longer is not judged by it.
    ["p02", above("Yêu cầu: số giáo viên tin học mỗi trường ít nhất 2 người.", { head: ["TT", "Trường", "Số giáo viên", "Số giáo viên tin học", "Ghi chú"], names: S, rows: [[35, 2, ""], [42, 1, ""], [28, 3, ""], [31, 0, ""]] }), "D=MNEN"],
    ["p02 line", line("Yêu cầu: số giáo viên tin học mỗi trường ít nhất 2 người.", { head: ["TT", "Trường", "Số giáo viên", "Số giáo viên tin học", "Ghi chú"], names: S, rows: [[35, 2, ""], [42, 1, ""], [28, 3, ""], [31, 0, ""]] }), "D=MNEN"],
    ["p03", above("Yêu cầu: số học sinh bỏ học không quá 3 em/trường.", { head: ["TT", "Trường", "Số học sinh", "Số học sinh bỏ học", "Ghi chú"], names: S, rows: [[450, 1, ""], [390, 4, ""], [512, 0, ""], [301, 3, ""]] }), "D=MNMM"],
    ["p32", above("Yêu cầu: số hộ tham gia thu gom rác mỗi thôn đạt ít nhất 150 hộ.", { head: ["TT", "Thôn", "Số hộ tham gia", "Số hộ tham gia thu gom rác", "Ghi chú"], rows: [[200, 160, ""], [180, 120, ""], [170, 150, ""], [90, 80, ""]] }), "D=ENMN"],
    // Neither heading inside the other: neither is judged.
    ["p36", above("Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ, hộ nghèo được miễn thu.", { head: ["TT", "Thôn", "Số hộ", "Số hộ nghèo", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], rows: [[200, 12, 24000, ""], [150, 9, 31500, ""], [180, 15, 30000, ""], [90, 4, 29000, ""]] }), ""],
    // 2. A plan column is never judged as a result; the result beside it is.
    ["p41", above("Yêu cầu: số hộ phân loại rác tối thiểu 100 hộ/thôn.", { head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác (chỉ tiêu giao)", "Số hộ phân loại rác (thực hiện)", "Ghi chú"], rows: [[200, 150, 170, ""], [150, 100, 90, ""], [180, 120, 144, ""], [90, 60, 81, ""]] }), "E=ENEN"],
    ["plan KH", above("Yêu cầu: số hộ phân loại rác tối thiểu 100 hộ/thôn.", { head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác KH", "Ghi chú"], rows: [[200, 150, ""], [150, 100, ""], [180, 120, ""], [90, 60, ""]] }), ""],
    ["plan dự kiến", above("Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", { ...fee, head: ["TT", "Thôn", "Số hộ", "Mức thu bình quân dự kiến (đồng/hộ/tháng)", "Ghi chú"] }), ""],
    // 3. The label's period stays with its clause.
    ["p18", above("Chỉ tiêu năm 2026: tỷ lệ hộ phân loại rác tại nguồn đạt từ 90% trở lên.", sorting), ""],
    ["p17b", above("Mục tiêu đến năm 2030: tỷ lệ hộ phân loại rác tại nguồn đạt từ 95% trở lên.", sorting), ""],
    ["p45", above("Mục tiêu tháng 01 năm 2026: mức thu bình quân không quá 25.000 đồng/hộ.", fee), ""],
    ["p45 line", line("Mục tiêu tháng 01 năm 2026: mức thu bình quân không quá 25.000 đồng/hộ.", fee), ""],
    // 4. Another unit, another noun.
    ["p11", above("Yêu cầu: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.", fee), ""],
    ["p11 line", line("Yêu cầu: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.", fee), ""],
    ["p08", above("Yêu cầu: ghi số tổ thu gom đang hoạt động; thôn có trên 200 hộ ghi rõ số tổ thu gom và người phụ trách.", { head: ["TT", "Thôn", "Số hộ", "Số tổ thu gom", "Ghi chú"], rows: [[250, 2, ""], [150, 1, ""], [310, 3, ""], [90, 1, ""]] }), ""],
    // A clause that says what the figure is sets no target.
    ["p37", above("Yêu cầu: số hộ thu gom là số hộ được thu gom ít nhất 1 lần trong tháng.", { head: ["TT", "Thôn", "Số hộ", "Số hộ thu gom", "Ghi chú"], rows: [[200, 150, ""], [150, 90, ""], [180, 180, ""], [90, 40, ""]] }), ""],
    // 5. A floor for each unit is not the total's.
    ["p46", above("Yêu cầu: số hộ tham gia thu gom rác mỗi thôn đạt ít nhất 150 hộ.", { head: ["TT", "Thôn", "Số hộ", "Số hộ tham gia thu gom rác", "Ghi chú"], rows: [[200, 160, ""], [180, 120, ""], [170, 150, ""], [90, 80, ""]], total: [640, 510, ""] }), "D=ENMN"],
    ["p46 /thôn", above("Yêu cầu: số hộ tham gia thu gom rác đạt ít nhất 150 hộ/thôn.", { head: ["TT", "Thôn", "Số hộ", "Số hộ tham gia thu gom rác", "Ghi chú"], rows: [[200, 160, ""], [180, 120, ""], [170, 150, ""], [90, 80, ""]], total: [640, 510, ""] }), "D=ENMN"],
    // Kept right: the same shapes where the sentence is the column's own.
    ["fee", above("Chỉ tiêu năm 2025: mức thu bình quân không quá 30.000 đồng/hộ.", fee), "D=MNMM"],
    ["fee line", line("Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", fee), "D=MNMM"],
    ["rate", above("Chỉ tiêu năm 2025: tỷ lệ hộ được thu gom rác thải đạt từ 90% trở lên.", { head: ["TT", "Thôn", "Số hộ", "Số hộ được thu gom rác thải", "Tỷ lệ (%)", "Ghi chú"], rows: [[200, 190, 95, ""], [150, 120, 80, ""], [180, 162, 90, ""], [90, 90, 100, ""]] }), "E=ENME"],
    ["share column", above("Chỉ tiêu năm 2025: tỷ lệ hộ được thu gom rác thải đạt từ 90% trở lên.", { head: ["TT", "Thôn", "Số hộ", "Tỷ lệ hộ được thu gom rác thải", "Ghi chú"], rows: [[200, 95, ""], [150, 80, ""], [180, 90, ""], [90, 100, ""]] }), "D=ENME"],
    ["school year", above("Chỉ tiêu năm học 2025-2026: tỷ lệ học sinh lên lớp đạt từ 98% trở lên.", { head: ["TT", "Trường", "Số học sinh", "Tỷ lệ học sinh lên lớp (%)", "Ghi chú"], names: S, rows: [[450, 99.1, ""], [390, 97.2, ""], [512, 98, ""], [301, 100, ""]] }), "D=ENME"],
    // Near misses of our own.
    ["same unit, month", above("Chỉ tiêu năm 2025: mức thu bình quân không quá 30.000 đồng/hộ/tháng.", fee), "D=MNMM"],
    ["other measure", above("Yêu cầu: mức thu bình quân không quá 30 nghìn đồng/người.", fee), ""],
    ["earlier label year", above("Chỉ tiêu năm 2024: mức thu bình quân không quá 30.000 đồng/hộ.", fee), "D=MNMM"],
    ["month label this month", above("Mục tiêu tháng 11 năm 2025: mức thu bình quân không quá 30.000 đồng/hộ.", fee), "D=MNMM"],
    ["horizon this year", above("Mục tiêu đến năm 2026: mức thu bình quân không quá 30.000 đồng/hộ.", fee), ""],
    ["là with a figure", above("Yêu cầu: mức thu bình quân là không quá 30.000 đồng/hộ.", fee), "D=MNMM"],
    ["count noun of other column", above("Yêu cầu: số tổ thu gom ở thôn có ít nhất 100 hộ.", { head: ["TT", "Thôn", "Số hộ", "Số tổ thu gom", "Ghi chú"], rows: [[250, 2, ""], [150, 1, ""], [310, 3, ""], [90, 1, ""]] }), ""],
    ["whole, not each", above("Yêu cầu: toàn xã có ít nhất 500 hộ tham gia thu gom rác.", { head: ["TT", "Thôn", "Số hộ", "Số hộ tham gia thu gom rác", "Ghi chú"], rows: [[200, 160, ""], [180, 120, ""], [170, 150, ""], [90, 80, ""]], total: [640, 510, ""] }), "D=E"],
  ];
  for (const [name, p, want] of cases) it(name, () => expect(verdicts(p).got).toBe(want));

  it("says which sentence was not used, and why, on the not-judged line", () => {
    const { r } = verdicts(above("Yêu cầu: số giáo viên tin học mỗi trường ít nhất 2 người.", { head: ["TT", "Trường", "Số giáo viên", "Số giáo viên tin học", "Ghi chú"], names: S, rows: [[35, 2, ""], [42, 1, ""], [28, 3, ""], [31, 0, ""]] }));
    const nj = r!.coverage.notJudged.find((n) => n.name === "Số giáo viên");
    expect(nj?.reason).toBe("sentence_refused");
    expect(nj?.message.vi).toContain('"số giáo viên tin học mỗi trường ít nhất 2 người."');
    expect(nj?.message.vi).toContain('câu cũng nêu cột "Số giáo viên tin học"');
    expect(nj?.message.en).toContain("also names column");
  });
});
