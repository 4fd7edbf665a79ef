// Layout 327: a district youth union's term targets reviewed year by year before its congress (Huyện đoàn Phú Vang, Thừa Thiên Huế, term 2012-2017, read on 30/6/2017): indicators as rows, a target column whose words say whether it is yearly ("hằng năm", a range "2.500 - 3.000 đoàn viên/năm", "trên 65%") or for the whole term (a range "8 - 12 mô hình", "1.100 - 1.300", "nâng lên 30%"), a column per year and one for the first half of 2017, a cumulative SUM column, the previous term's results in a hidden column, the union's own word.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội Đoàn huyện Phú Vang lần thứ XI, nhiệm kỳ 2012-2017 (đến 30/6/2017)");
  const s = b.sheet("Chi tieu NQ DH XI");
  s.cols([5, 42, 11, 13, 24, 9, 9, 9, 9, 10, 10, 12]);
  titleBlock(s, {
    left: ["BCH ĐOÀN HUYỆN PHÚ VANG", "***"],
    date: "Phú Vang, ngày 30 tháng 6 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐOÀN HUYỆN LẦN THỨ XI", "Nhiệm kỳ 2012 - 2017 (Phụ lục kèm theo Báo cáo chính trị trình Đại hội lần thứ XII)"],
    leftSpan: ["A", "C"],
    rightSpan: ["H", "L"],
    titleSpan: ["A", "L"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Kết quả nhiệm kỳ 2007-2012", "Chỉ tiêu Nghị quyết nhiệm kỳ 2012-2017", "Kết quả thực hiện", undefined, undefined, undefined, undefined, "Lũy kế nhiệm kỳ", "Tự đánh giá"], h);
  s.merge("F7:J7", "Kết quả thực hiện", h);
  s.row("A8", [undefined, undefined, undefined, undefined, undefined, "Năm 2013", "Năm 2014", "Năm 2015", "Năm 2016", "6 tháng 2017"], h);
  for (const c of ["A", "B", "C", "D", "E", "K", "L"]) s.merge(`${c}7:${c}8`, s.get(`${c}7`)?.v ?? "", h);
  s.hideCols("D");
  const Y = ["F", "G", "H", "I", "J"];
  const years = ["2013", "2014", "2015", "2016", "6 tháng 2017"];
  // tt, text, unit, last term, target, five values, cumulative?, word
  type R = [string, string, string, number | string, string, number[], boolean, string];
  const rows: R[] = [
    ["1", "Kết nạp đoàn viên mới", "đoàn viên", 11840, "Hằng năm phát triển từ 2.500 đến 3.000 đoàn viên mới", [2860, 3140, 2430, 2675, 1320], true, "Đạt"],
    ["2", "Tỷ lệ đoàn viên trong thanh niên", "%", 24.6, "Đến cuối nhiệm kỳ nâng lên 30%", [26.4, 27.8, 28.9, 29.6, 30.2], false, "Đạt"],
    ["3", "Giới thiệu đoàn viên ưu tú cho cấp ủy Đảng xem xét kết nạp", "đoàn viên", 1046, "Cả nhiệm kỳ giới thiệu 1.100 - 1.300 đoàn viên ưu tú", [245, 262, 238, 251, 118], true, "Đạt"],
    ["4", "Tỷ lệ đoàn viên được kết nạp Đảng trong tổng số đảng viên mới của Đảng bộ huyện", "%", 61.5, "Hằng năm trên 65%", [67.2, 64.8, 66.5, 65.0, 70.1], false, "Cơ bản đạt"],
    ["5", "Xây dựng mô hình kinh tế trong thanh niên có thu nhập trên 100 triệu đồng/năm", "mô hình", 5, "Cả nhiệm kỳ 8 - 12 mô hình", [2, 3, 2, 3, 1], true, "Đạt"],
  ];
  let r = 9;
  const fmtPct = (v: number) => v.toFixed(1).replace(".", ",");
  for (const [tt, text, unit, last, target, vals, cum, word] of rows) {
    const pct = unit === "%";
    const cells: CellInput[] = [tt, text, unit, pct ? { v: last, fmt: "0.0" } : { v: last, fmt: "#,##0" }, target, ...vals.map((v) => (pct ? { v, fmt: "0.0" as const } : { v, fmt: "#,##0" as const })), cum ? { v: `=SUM(F${r}:J${r})`, result: vals.reduce((a, b2) => a + b2, 0), fmt: "#,##0" } : "", word];
    s.row(`A${r}`, cells, { border: true, align: "center", wrap: true });
    s.set(`B${r}`, text, { border: true, wrap: true });
    s.set(`E${r}`, target, { border: true, wrap: true });
    r++;
  }
  const ex = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target: `${target} (column E)`, status, why });
  // Row 9: yearly range, more is better.
  const r1 = rows[0];
  r1[5].forEach((v, i) => {
    const yr = years[i];
    const st: Status = i === 4 ? "pending" : v > 3000 ? "exceeded" : v >= 2500 ? "met" : "not_met";
    const why = i === 4 ? "1.320 in the first half of 2017; the year is not over" : st === "met" ? `${v.toLocaleString("de-DE")} inside 2.500-3.000` : st === "exceeded" ? `${v.toLocaleString("de-DE")} above the range's top (more is better)` : `${v.toLocaleString("de-DE")} under 2.500; the year is closed`;
    ex(`${Y[i]}9`, `Kết nạp đoàn viên mới · ${yr}`, r1[4], st, why);
  });
  // Row 10: term level, judged on the latest figure only.
  ex("J10", "Tỷ lệ đoàn viên trong thanh niên · 6 tháng 2017", rows[1][4], "exceeded", "30,2% on 30/6/2017, above 30% already; the earlier years are steps, not judged");
  // Row 11: term range, cumulative.
  ex("K11", "Giới thiệu đoàn viên ưu tú cho cấp ủy Đảng · Lũy kế nhiệm kỳ", rows[2][4], "met", "245 + 262 + 238 + 251 + 118 = 1.114, inside 1.100-1.300 (more to come can only keep it met or above)");
  // Row 12: yearly strict floor.
  rows[3][5].forEach((v, i) => {
    const st: Status = i === 4 ? "pending" : v > 65 ? "exceeded" : "not_met";
    const why = i === 4 ? "half a year; the yearly share is judged when the year closes" : st === "exceeded" ? `${fmtPct(v)}% above 65%` : `${fmtPct(v)}% is not above 65% ("trên" is strict)`;
    ex(`${Y[i]}12`, `Tỷ lệ đoàn viên được kết nạp Đảng trong tổng số đảng viên mới · ${years[i]}`, rows[3][4], st, why);
  });
  // Row 13: term range, cumulative.
  ex("K13", "Mô hình kinh tế thanh niên thu nhập trên 100 triệu đồng/năm · Lũy kế nhiệm kỳ", rows[4][4], "met", "2 + 3 + 2 + 3 + 1 = 11, inside 8-12");
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Số liệu năm tính từ 01/01 đến 31/12; cột \"6 tháng 2017\" tính đến ngày 30/6/2017.",
    "- Cột \"Lũy kế nhiệm kỳ\" chỉ cộng đối với các chỉ tiêu tính bằng số lượng.",
    "- Cột \"Tự đánh giá\" do Ban Thường vụ Huyện đoàn đánh giá.",
  ]);
  signature(s, r + 7, { col: "B", title: "VĂN PHÒNG HUYỆN ĐOÀN", name: "Hồ Thị Ngọc Ánh" }, { col: "I", title: "TM. BAN THƯỜNG VỤ / BÍ THƯ", name: "Nguyễn Văn Ngự" });
  b.facts = {
    sheet: "Chi tieu NQ DH XI",
    headerRows: "7-8 (Kết quả thực hiện over the years)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Chỉ tiêu Nghị quyết: yearly for rows 9 and 12, for the whole term for rows 10, 11 and 13)",
    actualColumns: "F-J (one per year; 6 tháng 2017) for the yearly rows 9 and 12; J for row 10 (a level to reach by the term's end); K (Lũy kế nhiệm kỳ, SUM of F:J) for the term counts in rows 11 and 13",
    ignoreColumns: "A (TT), C (ĐVT), D (Kết quả nhiệm kỳ 2007-2012: hidden), K for rows 9 and 12 (a sum of yearly figures), L (Tự đánh giá: the union's own word)",
    otherRows: "notes and signature under the table",
    asOf: "2017-06-30",
    period: "nhiệm kỳ 2012-2017",
    notes: "Read on 30/6/2017, months before the congress. The target's words decide what is judged: \"Hằng năm\" rows are judged year by year (2013-2016 closed; the half year 2017 pending); \"Cả nhiệm kỳ\" rows on the cumulative column (already inside their range: met); \"Đến cuối nhiệm kỳ nâng lên 30%\" on the latest figure (30,2%: already above). A range for a count is a floor with a top: above it is exceeded, inside met. \"Trên 65%\" is strict (65,0% is not met). Column D (the previous term) is hidden; column L is the union's own word.",
  };
  return b;
}
