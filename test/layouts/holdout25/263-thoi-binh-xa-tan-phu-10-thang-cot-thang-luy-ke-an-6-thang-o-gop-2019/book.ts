// Layout 263: a commune's ten-month table for the district council's supervision (xã Tân Phú, Thới Bình, Cà Mau, November 2019): the year's plan, the first six months in a hidden column, one column per month July-October, a cumulative SUM and a percent of plan as a fraction; below, state indicators with the month columns merged into one note cell; ten months: cumulative short pending, past the year's plan exceeded.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện chỉ tiêu kinh tế - xã hội 10 tháng năm 2019, xã Tân Phú (Thới Bình, Cà Mau)");
  const s = b.sheet("10 thang");
  s.cols([5, 40, 10, 11, 11, 8, 8, 8, 8, 12, 10, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN THỚI BÌNH", "UBND XÃ TÂN PHÚ"],
    number: "Biểu số 02 (phục vụ giám sát của HĐND huyện)",
    date: "Tân Phú, ngày 05 tháng 11 năm 2019",
    title: ["TÌNH HÌNH THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI 10 THÁNG NĂM 2019"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Chỉ tiêu", head).merge("C7:C8", "ĐVT", head).merge("D7:D8", "Kế hoạch năm 2019", head);
  s.merge("E7:E8", "6 tháng đầu năm", head).merge("F7:I7", "Thực hiện theo tháng", head);
  s.merge("J7:J8", "Lũy kế 10 tháng", head).merge("K7:K8", "So KH (%)", head).merge("L7:L8", "Ghi chú", head);
  s.row("F8", ["Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10"], head);
  const pc = (r: number, n: number, d: number): CellInput => ({ v: `=ROUND(J${r}/D${r},3)`, pct: true, fmt: "0.0%", result: `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%` });
  s.merge("A9:L9", "I. CÁC CHỈ TIÊU THEO DÕI THEO THÁNG", { bold: true, border: true });
  type R = [string, string, number, number[], string, [Status, string]];
  const rows: R[] = [
    ["Thu ngân sách nhà nước", "triệu đồng", 812, [402, 61, 58, 64, 65], "", ["pending", "650 of 812 million (80,0%) after ten months"]],
    ["Vận động Quỹ Đền ơn đáp nghĩa", "triệu đồng", 45, [38, 6, 2, 0, 1], "", ["exceeded", "47 million against the year's 45"]],
    ["Cấp mới thẻ BHYT (hộ gia đình)", "thẻ", 300, [210, 25, 30, 22, 18], "", ["exceeded", "305 cards against the year's 300"]],
    ["Giải quyết việc làm", "lao động", 120, [70, 8, 10, 9, 6], "", ["pending", "103 of 120 workers after ten months"]],
    ["Xây dựng nhà Đại đoàn kết", "căn", 10, [4, 1, 2, 2, 0], "01 căn đang xây", ["pending", "9 of 10 houses; one is being built"]],
  ];
  let r = 10;
  rows.forEach(([name, dvt, kh, m, note, v], i) => {
    const total = m.reduce((a, x) => a + x, 0);
    s.row(`A${r}`, [String(i + 1), name, dvt, kh, ...m, { v: `=SUM(E${r}:I${r})`, result: total }, pc(r, total, kh), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`J${r}`, { indicator: name, target: `${kh} ${dvt} (Kế hoạch năm 2019, column D)`, status: v[0], why: v[1] });
    r++;
  });
  s.merge(`A${r}:L${r}`, "II. CÁC CHỈ TIÊU TỔNG HỢP (không theo dõi theo tháng)", { bold: true, border: true });
  r++;
  type Q = [string, string, CellInput, CellInput, string, [Status, string]];
  const state: Q[] = [
    ["Diện tích lúa 2 vụ", "ha", 1150, 1186, "Vụ Hè Thu đã xuống giống hết", ["exceeded", "1.186 ha sown to two crops against 1.150; the sowing is done"]],
    ["Số ấp đạt chuẩn văn hóa", "ấp", 7, 7, "Giữ vững 7/7 ấp", ["met", "7 of 7 hamlets"]],
    ["Xây dựng nông thôn mới: số tiêu chí đạt", "tiêu chí", 19, 16, "3 tiêu chí đang hoàn thiện hồ sơ", ["pending", "16 of 19 criteria; the year has two months left"]],
  ];
  state.forEach(([name, dvt, kh, th, note, v], i) => {
    s.row(`A${r}`, [String(rows.length + i + 1), name, dvt, kh, "", "", "", "", "", th, typeof kh === "number" && typeof th === "number" ? pc(r, th, kh) : "", note], { border: true, align: "center" });
    s.merge(`E${r}:I${r}`, "Không theo dõi theo tháng", { border: true, italic: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`J${r}`, { indicator: name, target: `${kh} ${dvt} (Kế hoạch năm 2019, column D)`, status: v[0], why: v[1] });
    r++;
  });
  s.hideCols("E");
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"6 tháng đầu năm\" đã báo cáo tại kỳ họp giữa năm; lũy kế = 6 tháng + các tháng 7-10.", "- Số liệu tháng 10 là số ước."]);
  signature(s, r + 5, { col: "B", title: "CÔNG CHỨC THỐNG KÊ", name: "Lâm Văn Tới" }, { col: "H", title: "TM. UBND XÃ / CHỦ TỊCH", name: "Trần Văn Hải" });
  b.facts = {
    sheet: "10 thang",
    headerRows: "7-8 (Thực hiện theo tháng over Tháng 7 … Tháng 10)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2019, in the ĐVT of column C)",
    actualColumns: "J (Lũy kế 10 tháng: SUM of the hidden six months in E and the months F-I; typed for section II)",
    ignoreColumns: "A (TT), C (ĐVT), E (hidden: the first six months, a part of J), F-I (single months: parts of J; merged note in section II), K (So KH, derived), L (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "9, 15 (sections I, II); notes and signature under the table",
    asOf: "2019-11-05",
    period: "2019",
    notes: "Ten months of the calendar year: the cumulative column J is the result, never a single month; short of the year's plan is pending, past it exceeded. Section II has no months (a merged note cell) and its figure typed in J. The hidden column E is part of the sum, not a result.",
  };
  return b;
}
