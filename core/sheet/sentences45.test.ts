// A target sentence set aside (sentences44's refusals) must never turn into another confident answer: rereview44e's
// probes (q…) and near misses of our own. A column whose line under the header was refused is not handed to the
// sentence above it (B1); the sheet whose sentence was refused stays the one checked (B2); a share clause sets a share
// column, never a count (S1); "đ", "đồng", "VNĐ" are one unit (S3); plan words are matched with their marks (S4).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { nothingJudged } from "./coverage";
import type { SheetData } from "./model";
import type { CheckedSheet } from "./types";
import { bestSheet } from "../session/choose";

const V = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"];
const S = ["Trường TH An Phú", "Trường TH Bình Minh", "Trường TH Tân Lập", "Trường TH Hòa Bình"];
interface Probe { above?: string; line?: string; title?: string; head: string[]; rows: CellValue[][]; total?: CellValue[]; names?: string[] }
function sheetOf(p: Probe): SheetData {
  const w = p.head.length;
  const pad = (r: CellValue[]) => [...r, ...Array(Math.max(0, w - r.length)).fill(null)];
  const values: CellValue[][] = [pad(["UBND XÃ AN PHÚ"]), pad([]), pad([p.title ?? "BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 11 NĂM 2025"]), pad(p.above ? [p.above] : []), pad([]), p.head];
  if (p.line) values.push(pad([p.line]));
  p.rows.forEach((r, i) => values.push(pad([String(i + 1), (p.names ?? V)[i]!, ...r])));
  if (p.total) values.push(pad(["", "Toàn xã", ...p.total]));
  values.push(pad([]), pad([null, "Người lập biểu"]));
  return { name: "Bao cao", values };
}
const L = "ABCDEFGHIJ";
const AB: Record<string, string> = { met: "M", exceeded: "E", not_met: "N", pending: "P", no_data: "-", review: "R", overdue: "O" };
/** Verdict letters per column ("D=MNMM"), judged cells only; "" when nothing is judged. */
function letters(r: CheckedSheet): string {
  const cols = new Map<number, string>();
  for (const i of [...r.items].sort((a, b) => a.cell.col - b.cell.col || a.cell.row - b.cell.row)) cols.set(i.cell.col, (cols.get(i.cell.col) ?? "") + (AB[i.status] ?? "?"));
  return [...cols].map(([c, s]) => `${L[c]}=${s}`).join(" ");
}
function verdicts(p: Probe): { got: string; r: CheckedSheet } {
  const r = checkSheet(sheetOf(p), null, { asOf: "2025-12-05" });
  if (!r.ok) throw new Error(r.error.message.en);
  return { got: letters(r), r };
}
const fee = { head: ["TT", "Thôn", "Số hộ", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], rows: [[200, 24000, ""], [150, 31500, ""], [180, 30000, ""], [90, 29000, ""]] };
const feeIn = (unit: string) => ({ ...fee, head: ["TT", "Thôn", "Số hộ", `Mức thu bình quân (${unit})`, "Ghi chú"] });
const sorting = { head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác tại nguồn", "Tỷ lệ (%)", "Ghi chú"], rows: [[200, 170, 85, ""], [150, 100, 66.7, ""], [180, 144, 80, ""], [90, 90, 100, ""]] };
const pair = { head: ["TT", "Thôn", "Số hộ phân loại rác tại nguồn", "Tỷ lệ hộ phân loại rác tại nguồn (%)", "Ghi chú"], rows: [[170, 85, ""], [100, 66.7, ""], [144, 80, ""], [90, 100, ""]] };
const market = { head: ["TT", "Chợ", "Số hộ kinh doanh", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], names: ["Chợ An Phú", "Chợ Bình Minh", "Chợ Tân Lập", "Chợ Hòa Bình"], rows: [[40, 150000, ""], [35, 180000, ""], [28, 210000, ""], [20, 120000, ""]] };
const teachers = { head: ["TT", "Trường", "Số giáo viên", "Số giáo viên tin học", "Ghi chú"], names: S, rows: [[35, 2, ""], [42, 1, ""], [28, 3, ""], [31, 0, ""]] };
const schools = ["THCS An Phú", "THCS Bình Minh", "THCS Tân Lập", "THCS Hòa Bình"];
const year = "BÁO CÁO KẾT QUẢ NĂM HỌC 2024-2025";

describe("a refused sentence leaves its column unjudged, never judged by another target", () => {
  const cases: [string, Probe, string][] = [
    // B1: the line under the header set aside; the sentence above is not its stand-in.
    ["q31 line of another unit under a general cap", { above: "Yêu cầu chung: mức thu bình quân không quá 30.000 đồng/hộ.", line: "Hộ kinh doanh tại chợ: mức thu bình quân không quá 200.000 đồng/cơ sở/tháng.", ...market }, ""],
    ["q32 line of a later month under last year's cap", { above: "Chỉ tiêu năm 2024: mức thu bình quân không quá 35.000 đồng/hộ.", line: "Chỉ tiêu tháng 01 năm 2026: mức thu bình quân không quá 25.000 đồng/hộ.", ...fee }, ""],
    ["q33 line of the longer heading under a general floor", { above: "Yêu cầu: số giáo viên mỗi trường ít nhất 30 người.", line: "Yêu cầu: số giáo viên tin học mỗi trường ít nhất 2 người.", ...teachers }, "D=MNEN"],
    ["q28 line per person under a general cap", { above: "Yêu cầu chung: mức thu bình quân không quá 30.000 đồng/hộ.", line: "Thôn vùng cao: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.", ...fee }, ""],
    // Near miss: a line refused for one column leaves the sentence above free for another column it names.
    ["line refused for D, sentence above for C", { above: "Yêu cầu: số hộ mỗi thôn ít nhất 100 hộ.", line: "Thôn vùng cao: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.", ...fee }, ""],
    // S1: a share clause over a count and its share: the share is judged, the count is not.
    ["q22 Học sinh tốt nghiệp / Tỷ lệ tốt nghiệp (%)", { above: "Chỉ tiêu năm học 2024-2025: tỷ lệ học sinh tốt nghiệp THCS đạt từ 98% trở lên.", title: year, head: ["TT", "Trường", "Học sinh tốt nghiệp THCS", "Tỷ lệ tốt nghiệp THCS (%)", "Ghi chú"], names: schools, rows: [[120, 99.2, ""], [98, 97.0, ""], [150, 98, ""], [80, 100, ""]] }, "D=ENME"],
    ["q22b Số HS tốt nghiệp / Tỷ lệ tốt nghiệp (%)", { above: "Chỉ tiêu năm học 2024-2025: tỷ lệ học sinh tốt nghiệp THCS đạt từ 98% trở lên.", title: year, head: ["TT", "Trường", "Số HS tốt nghiệp THCS", "Tỷ lệ tốt nghiệp THCS (%)", "Ghi chú"], names: schools, rows: [[120, 99.2, ""], [98, 97.0, ""], [150, 98, ""], [80, 100, ""]] }, "D=ENME"],
    ["q22c Số HS lớp 9 / Được công nhận / Tỷ lệ", { above: "Chỉ tiêu năm học 2024-2025: tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt từ 98% trở lên.", title: year, head: ["TT", "Trường", "Số HS lớp 9", "Được công nhận tốt nghiệp", "Tỷ lệ tốt nghiệp (%)", "Ghi chú"], names: schools, rows: [[121, 120, 99.2, ""], [101, 98, 97.0, ""], [153, 150, 98, ""], [80, 80, 100, ""]] }, "E=ENME"],
    ["q05 Hộ phân loại rác / Tỷ lệ phân loại rác (%)", { above: "Yêu cầu: tỷ lệ hộ phân loại rác tại nguồn đạt từ 80% trở lên.", head: ["TT", "Thôn", "Hộ phân loại rác", "Tỷ lệ phân loại rác (%)", "Ghi chú"], rows: [[170, 85, ""], [100, 66.7, ""], [144, 80, ""], [90, 100, ""]] }, "D=ENME"],
    ["q20 the share heading repeats the count's noun", { above: "Chỉ tiêu năm 2025: tỷ lệ hộ phân loại rác tại nguồn đạt từ 80% trở lên.", ...pair }, "D=ENME"],
    ["q21 '80% số hộ …' never judges the count", { above: "Chỉ tiêu năm 2025: 80% số hộ phân loại rác tại nguồn.", ...pair }, "D=ENME"],
    ["q30 '100% số trường có phòng tin học' over the count", { above: "Chỉ tiêu năm 2025: 100% số trường có phòng tin học.", head: ["TT", "Xã", "Số trường", "Số trường có phòng tin học", "Tỷ lệ trường có phòng tin học (%)", "Ghi chú"], names: ["Xã An Phú", "Xã Bình Minh", "Xã Tân Lập"], rows: [[4, 4, 100, ""], [5, 4, 80, ""], [3, 3, 100, ""]] }, "E=MNM"],
    ["a share clause over a count alone", { above: "Yêu cầu: ít nhất 90% số hộ tham gia thu gom rác.", head: ["TT", "Thôn", "Số hộ", "Số hộ tham gia thu gom rác", "Ghi chú"], rows: [[200, 160, ""], [180, 120, ""], [170, 150, ""], [90, 80, ""]] }, ""],
    ["a share clause over yes/no marks still judges each unit", { above: "Chỉ tiêu năm 2025: 100% số trường có phòng tin học.", head: ["TT", "Trường", "Số học sinh", "Số trường có phòng tin học", "Ghi chú"], names: S, rows: [[450, "x", ""], [390, "", ""], [512, "x", ""], [301, "x", ""]] }, "D=M-MM"],
    // S3: one unit of money, however written; a scale is another unit.
    ["q26 (đ/hộ/tháng)", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", ...feeIn("đ/hộ/tháng") }, "D=MNMM"],
    ["(VNĐ/hộ)", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", ...feeIn("VNĐ/hộ") }, "D=MNMM"],
    ["(vnđ/hộ/tháng) with 'đ/hộ'", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đ/hộ.", ...feeIn("vnđ/hộ/tháng") }, "D=MNMM"],
    ["(nghìn đồng/hộ) is another scale", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", ...feeIn("nghìn đồng/hộ") }, ""],
    ["(1000đ/hộ) is another scale", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", ...feeIn("1000đ/hộ") }, ""],
    ["(đ/người) is another noun", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ.", ...feeIn("đ/người") }, ""],
    // S4: plan words with their marks.
    ["q27 'chi tiêu' is spending", { above: "Yêu cầu: mức chi tiêu bình quân cho tuyên truyền không quá 2.000.000 đồng/thôn.", head: ["TT", "Thôn", "Số buổi tuyên truyền", "Mức chi tiêu bình quân cho tuyên truyền (đồng/thôn)", "Ghi chú"], rows: [[2, 1500000, ""], [3, 2500000, ""], [1, 2000000, ""], [2, 1800000, ""]] }, "D=MNMM"],
    ["'được giao đất' is no plan", { above: "Yêu cầu: số hộ được giao đất mỗi thôn ít nhất 20 hộ.", head: ["TT", "Thôn", "Số hộ", "Số hộ được giao đất", "Ghi chú"], rows: [[200, 25, ""], [150, 12, ""], [180, 20, ""], [90, 30, ""]] }, "D=ENME"],
    ["'kế hoạch hoá gia đình' is no plan", { above: "Yêu cầu: số cặp vợ chồng thực hiện kế hoạch hoá gia đình mỗi thôn ít nhất 20 cặp.", head: ["TT", "Thôn", "Số hộ", "Số cặp vợ chồng thực hiện kế hoạch hoá gia đình", "Ghi chú"], rows: [[200, 25, ""], [150, 12, ""], [180, 20, ""], [90, 30, ""]] }, "D=ENME"],
    ["'được giao' ending the heading is a plan", { above: "Yêu cầu: số hộ phân loại rác tối thiểu 100 hộ/thôn.", head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác được giao", "Ghi chú"], rows: [[200, 150, ""], [150, 100, ""], [180, 120, ""], [90, 60, ""]] }, ""],
    ["'(KH)' is a plan", { above: "Yêu cầu: số hộ phân loại rác tối thiểu 100 hộ/thôn.", head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác (KH)", "Ghi chú"], rows: [[200, 150, ""], [150, 100, ""], [180, 120, ""], [90, 60, ""]] }, ""],
  ];
  for (const [name, p, want] of cases) it(name, () => expect(verdicts(p).got).toBe(want));

  it("lists the column of a refused line with that line and why (q31)", () => {
    const { r } = verdicts({ above: "Yêu cầu chung: mức thu bình quân không quá 30.000 đồng/hộ.", line: "Hộ kinh doanh tại chợ: mức thu bình quân không quá 200.000 đồng/cơ sở/tháng.", ...market });
    const nj = r.coverage.notJudged.find((n) => n.name.startsWith("Mức thu"));
    expect(nj?.reason).toBe("sentence_refused");
    expect(nj?.message.vi).toContain("200.000 đồng/cơ sở/tháng");
    expect(nj?.message.vi).not.toContain("30.000");
  });
});

describe("the sheet whose target sentence was refused stays the one checked (B2)", () => {
  const HINT = { vi: "chọn trang khác bằng --sheet", en: "choose another with --sheet" };
  const other = (name: string, rows: CellValue[][]): SheetData => ({ name, values: [["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 10 NĂM 2025"], [], ["TT", "Nội dung", "Chỉ tiêu", "Thực hiện"], ...rows] });
  const t10 = other("Thang 10", [["1", "Tỷ lệ hộ phân loại rác tại nguồn", "80%", "70%"], ["2", "Mức thu bình quân (đồng/hộ/tháng)", "không quá 30.000", "28.000"], ["3", "Số tổ thu gom hoạt động", "ít nhất 4", "3"]]);
  const t10met = other("Thang 10", [["1", "Tỷ lệ hộ phân loại rác tại nguồn", "80%", "85%"], ["2", "Mức thu bình quân (đồng/hộ/tháng)", "không quá 30.000", "28.000"], ["3", "Số tổ thu gom hoạt động", "ít nhất 4", "5"]]);
  const list2024: SheetData = { name: "Chi tieu 2024", values: [["CHỈ TIÊU NĂM 2024"], [], ["TT", "Nội dung", "Chỉ tiêu"], ["1", "Tỷ lệ hộ phân loại rác tại nguồn", "đạt từ 60% trở lên"], ["2", "Mức thu bình quân", "không quá 35.000 đồng/hộ"]] };
  const many = other("Thang 10", Array.from({ length: 10 }, (_, i): CellValue[] => [String(i + 1), `Số buổi tuyên truyền đợt ${i + 1}`, "ít nhất 2", "3"]));
  const choose = (sheets: SheetData[]) => {
    const best = bestSheet(sheets.map((sheet) => ({ sheet, result: checkSheet(sheet, null, { asOf: "2025-12-05", siblings: sheets.filter((s) => s !== sheet) }) })), { named: false, hint: HINT });
    if (!best.ok) throw new Error(best.message.en);
    return { sheet: sheets[best.index]!.name, got: letters(best.result), said: nothingJudged(best.result)?.vi ?? "" };
  };
  const nextYear = "Chỉ tiêu năm 2026: tỷ lệ hộ phân loại rác tại nguồn đạt từ 90% trở lên.";
  const perHead = "Yêu cầu: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.";
  const cases: [string, SheetData[], string, RegExp][] = [
    ["q02 label of a later year, last month's list beside", [sheetOf({ above: nextYear, ...sorting }), t10], "Bao cao", /nhãn "Chỉ tiêu năm 2026:" nêu kỳ sau/],
    ["q01b the other sheet first", [t10, sheetOf({ above: nextYear, ...sorting })], "Bao cao", /nhãn "Chỉ tiêu năm 2026:" nêu kỳ sau/],
    ["q02d the other sheet all met", [sheetOf({ above: nextYear.replace("90%", "80%"), ...sorting }), t10met], "Bao cao", /nêu kỳ sau kỳ của trang/],
    ["q03 beside a list of targets with no figures", [sheetOf({ above: nextYear, ...sorting }), list2024], "Bao cao", /tỷ lệ hộ phân loại rác tại nguồn đạt từ 90%/],
    ["q04 another unit, beside a list of targets", [sheetOf({ above: perHead, ...fee }), list2024], "Bao cao", /đơn vị của câu \(đồng\/khẩu\/tháng\)/],
    ["q06 another unit, last month's list beside", [sheetOf({ above: perHead, ...fee }), t10], "Bao cao", /đơn vị của câu/],
  ];
  for (const [name, sheets, want, why] of cases)
    it(name, () => {
      const c = choose(sheets);
      expect(c.sheet).toBe(want);
      expect(c.got).toBe("");
      expect(c.said).toMatch(why);
    });

  it("q05 keeps the share judged on the clerk's sheet", () => {
    const c = choose([sheetOf({ above: "Yêu cầu: tỷ lệ hộ phân loại rác tại nguồn đạt từ 80% trở lên.", head: ["TT", "Thôn", "Hộ phân loại rác", "Tỷ lệ phân loại rác (%)", "Ghi chú"], rows: [[170, 85, ""], [100, 66.7, ""], [144, 80, ""], [90, 100, ""]] }), list2024]);
    expect([c.sheet, c.got]).toEqual(["Bao cao", "D=ENME"]);
  });
  it("q02c, q06c: with no sentence at all, the other sheet is taken as before", () => {
    expect(choose([sheetOf(sorting), t10]).sheet).toBe("Thang 10");
    expect(choose([sheetOf(fee), t10]).sheet).toBe("Thang 10");
  });
  it("a sheet judging more than the refused sentence would have still wins, and the refused sheet is named", () => {
    const sheets = [sheetOf({ above: nextYear, ...sorting }), many];
    const best = bestSheet(sheets.map((sheet) => ({ sheet, result: checkSheet(sheet, null, { asOf: "2025-12-05" }) })), { named: false, hint: HINT });
    expect(best.ok && sheets[best.index]!.name).toBe("Thang 10");
    if (best.ok) expect(best.result.coverage.elsewhere?.sheets).toContain("Bao cao");
  });
});

// mend45s (review45s B1): a total row a sentence for each unit is not asked of weighs as judged when a sheet is picked,
// so leaving it out never ties the clerk's sheet with last month's and hands the check to it.
describe("a total row left out by a sentence for each unit never moves the check to another sheet (review45s B1)", () => {
  const HINT = { vi: "chọn trang khác bằng --sheet", en: "choose another with --sheet" };
  const list = (rows: CellValue[][]): SheetData => ({ name: "Thang 10", values: [["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 10 NĂM 2025"], [], ["TT", "Nội dung", "Chỉ tiêu", "Thực hiện"], ...rows] });
  const t10 = list([["1", "Tỷ lệ hộ phân loại rác tại nguồn", "80%", "85%"], ["2", "Mức thu bình quân (đồng/hộ/tháng)", "không quá 30.000", "28.000"], ["3", "Số tổ thu gom hoạt động", "ít nhất 4", "5"], ["4", "Số buổi tuyên truyền", "ít nhất 2", "3"]]);
  const t10more = list(Array.from({ length: 6 }, (_, i): CellValue[] => [String(i + 1), `Số buổi tuyên truyền đợt ${i + 1}`, "ít nhất 2", "3"]));
  const t10sent: SheetData = { name: "Thang 10", values: [["BÁO CÁO KẾT QUẢ THÁNG 10 NĂM 2025"], ["Yêu cầu: tỷ lệ hộ phân loại rác tại nguồn đạt từ 60% trở lên."], [], ["TT", "Thôn", "Số hộ", "Tỷ lệ hộ phân loại rác tại nguồn (%)"], ...V.map((v, i): CellValue[] => [String(i + 1), v, [200, 150, 180, 90][i]!, [85, 70, 90, 75][i]!])] };
  const teams = (above: string, total: CellValue[] | null = [7, ""]) => sheetOf({ above, head: ["TT", "Thôn", "Số tổ thu gom rác hoạt động", "Ghi chú"], rows: [[2, ""], [1, ""], [3, ""], [1, ""]], ...(total ? { total } : {}) });
  const each = "Yêu cầu: mỗi thôn có ít nhất 2 tổ thu gom rác hoạt động.";
  const slash = "Yêu cầu: số tổ thu gom rác hoạt động ít nhất 2 tổ/thôn.";
  const choose = (sheets: SheetData[]) => {
    const best = bestSheet(sheets.map((sheet) => ({ sheet, result: checkSheet(sheet, null, { asOf: "2025-12-05", siblings: sheets.filter((s) => s !== sheet) }) })), { named: false, hint: HINT });
    if (!best.ok) throw new Error(best.message.en);
    return { sheet: sheets[best.index]!.name, got: letters(best.result), r: best.result };
  };
  const cases: [string, () => SheetData[], string, string][] = [
    ["b01 'mỗi thôn', last month's list first", () => [t10, teams(each)], "Bao cao", "C=MNEN"],
    ["b02 'mỗi thôn', last month's list after", () => [teams(each), t10], "Bao cao", "C=MNEN"],
    ["e02 '2 tổ/thôn', last month's list after", () => [teams(slash), t10], "Bao cao", "C=MNEN"],
    ["e03 last month's sentence sheet first", () => [t10sent, teams(each)], "Bao cao", "C=MNEN"],
    ["e04 last month's sentence sheet after", () => [teams(each), t10sent], "Bao cao", "C=MNEN"],
    ["'/thôn', last month's sentence sheet first", () => [t10sent, teams(slash)], "Bao cao", "C=MNEN"],
    // As on main: no total row (or a blank one) weighs nothing; a sheet judging more still wins; a whole's floor judges the total.
    ["e05 no total row: the tie with last month's list is main's", () => [teams(each, null), t10], "Thang 10", "D=EMEE"],
    ["a blank total row weighs nothing", () => [teams(each, [null, ""]), t10], "Thang 10", "D=EMEE"],
    ["last month judging more still wins", () => [teams(each), t10more], "Thang 10", "D=EEEEEE"],
    ["b04 'toàn xã' judges the total alone: last month judging more wins, as on main", () => [teams("Yêu cầu: toàn xã có ít nhất 10 tổ thu gom rác hoạt động."), t10], "Thang 10", "D=EMEE"],
  ];
  for (const [name, sheets, want, got] of cases)
    it(name, () => {
      const c = choose(sheets());
      expect([c.sheet, c.got]).toEqual([want, got]);
    });
  it("says why the sheet was taken, and lists the other sheet", () => {
    const { r } = choose([t10, teams(each)]);
    expect(r.coverage.totalsAside).toBe(1);
    expect(r.coverage.choice?.vi).toMatch(/câu chỉ tiêu cho 5 ô có số liệu \(câu nêu mức cho từng thôn, không cho dòng tổng\); các trang khác: "Thang 10" \(4\)/);
    expect(r.shortfalls.length).toBe(2);
  });
  it("the sheet alone: units judged, the total not; 'toàn xã' judges the total only", () => {
    expect(verdicts({ above: each, head: ["TT", "Thôn", "Số tổ thu gom rác hoạt động", "Ghi chú"], rows: [[2, ""], [1, ""], [3, ""], [1, ""]], total: [7, ""] }).got).toBe("C=MNEN");
    expect(verdicts({ above: "Yêu cầu: toàn xã có ít nhất 10 tổ thu gom rác hoạt động.", head: ["TT", "Thôn", "Số tổ thu gom rác hoạt động", "Ghi chú"], rows: [[2, ""], [1, ""], [3, ""], [1, ""]], total: [7, ""] }).got).toBe("C=N");
  });
});

// mend45s (review45s S1): the parser keeps a sentence's unit without its scale ("60 triệu đồng/người/năm" → 60000000
// đồng/người/năm); under a heading with a scale the sentence must say that same scale before the unit.
describe("a scaled unit is the heading's when both say the same scale (review45s S1)", () => {
  const income = (unit: string) => ({ head: ["TT", "Thôn", "Số hộ", `Thu nhập bình quân (${unit})`, "Ghi chú"], rows: [[200, 62, ""], [150, 55, ""], [180, 60, ""], [90, 71, ""]] });
  const fee1000 = (unit: string) => ({ head: ["TT", "Thôn", "Số hộ", `Mức thu bình quân (${unit})`, "Ghi chú"], rows: [[200, 24, ""], [150, 31.5, ""], [180, 30, ""], [90, 29, ""]] });
  const inc = "Chỉ tiêu năm 2025: thu nhập bình quân đạt 60 triệu đồng/người/năm.";
  const cases: [string, Probe, string][] = [
    ["d20 (triệu đồng/…) under '60 triệu đồng/…'", { above: inc, ...income("triệu đồng/người/năm") }, "D=ENME"],
    ["d19 (tr.đ/…) under '60 triệu đồng/…'", { above: inc, ...income("tr.đ/người/năm") }, "D=ENME"],
    ["(trđ/…) under '60 triệu đồng/…'", { above: inc, ...income("trđ/người/năm") }, "D=ENME"],
    ["(Triệu đồng/…) under '60 triệu đ/…'", { above: "Chỉ tiêu năm 2025: thu nhập bình quân đạt 60 triệu đ/người/năm.", ...income("Triệu đồng/người/năm") }, "D=ENME"],
    ["d12 (nghìn đồng/…) under '30 nghìn đồng/…'", { above: "Yêu cầu: mức thu bình quân không quá 30 nghìn đồng/hộ/tháng.", ...fee1000("nghìn đồng/hộ/tháng") }, "D=MNMM"],
    ["(nghìn đồng/…) under '30 ngàn đồng/…'", { above: "Yêu cầu: mức thu bình quân không quá 30 ngàn đồng/hộ/tháng.", ...fee1000("nghìn đồng/hộ/tháng") }, "D=MNMM"],
    ["(1000đ/…) under '30 nghìn đồng/…'", { above: "Yêu cầu: mức thu bình quân không quá 30 nghìn đồng/hộ/tháng.", ...fee1000("1000đ/hộ/tháng") }, "D=MNMM"],
    ["d15 (đồng/…) under '30 nghìn đồng/…': the value is scaled", { above: "Yêu cầu: mức thu bình quân không quá 30 nghìn đồng/hộ/tháng.", ...feeIn("đồng/hộ/tháng") }, "D=MNMM"],
    // Still refused: no scale said in the sentence, another scale, another noun after the scale.
    ["d13 (nghìn đồng/…) under '30.000 đồng/…'", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ/tháng.", ...fee1000("nghìn đồng/hộ/tháng") }, ""],
    ["d21 (1.000đ/…) under '30.000 đồng/…'", { above: "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ/tháng.", ...fee1000("1.000đ/hộ/tháng") }, ""],
    ["(triệu đồng/…) under '60.000.000 đồng/…'", { above: "Chỉ tiêu năm 2025: thu nhập bình quân đạt 60.000.000 đồng/người/năm.", ...income("triệu đồng/người/năm") }, ""],
    ["(nghìn đồng/…) under '60 triệu đồng/…'", { above: inc, ...income("nghìn đồng/người/năm") }, ""],
    ["(tỷ đồng/…) under '60 triệu đồng/…'", { above: inc, ...income("tỷ đồng/người/năm") }, ""],
    ["(triệu đồng/hộ/năm) under '60 triệu đồng/người/năm'", { above: inc, ...income("triệu đồng/hộ/năm") }, ""],
    ["(triệu đồng/…) with 'triệu' said of another figure", { above: "Chỉ tiêu năm 2025: thu nhập bình quân đạt 60.000.000 đồng/người/năm, hỗ trợ 5 triệu cho mỗi hộ.", ...income("triệu đồng/người/năm") }, ""],
  ];
  for (const [name, p, want] of cases) it(name, () => expect(verdicts(p).got).toBe(want));
});
