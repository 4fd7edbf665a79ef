// Layout 139: a lower-secondary school's year-end report, statistics part (the common "Mẫu báo cáo tổng kết năm học" for THCS, 2021-2022): a staff table with no targets above a pupils table with grade columns, a SUM total, a ROUND rate column over two different denominators, a target column, a grade-9-only row with "X" elsewhere, a hidden row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo tổng kết năm học 2021-2022, phần thống kê số liệu, Trường THCS Tân Lập");
  const s = b.sheet("Thong ke cuoi nam");
  s.cols([5, 40, 16, 9, 9, 9, 9, 11, 10, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐAN PHƯỢNG", "TRƯỜNG THCS TÂN LẬP"],
    number: "Số: 28/BC-THCSTL",
    date: "Tân Lập, ngày 31 tháng 5 năm 2022",
    title: ["BÁO CÁO TỔNG KẾT NĂM HỌC 2021 - 2022", "A. PHẦN THỐNG KÊ SỐ LIỆU"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.set("A8", "1. Đội ngũ CB, GV, NV", { bold: true });
  s.row("B9", ["Nội dung", "Tổng số", "Số nữ", "Đạt chuẩn ĐT", "Trên chuẩn", "Chưa đạt"], head);
  const staff: [string, number, number, number, number, number][] = [["Ban giám hiệu", 3, 2, 3, 3, 0], ["Giáo viên", 38, 29, 38, 30, 0], ["Nhân viên", 5, 4, 4, 1, 1]];
  staff.forEach((x, i) => s.row(`B${10 + i}`, x, { border: true, align: "center" }));
  s.row("B13", ["TỔNG CỘNG", { v: "=SUM(C10:C12)", result: 46 }, { v: "=SUM(D10:D12)", result: 35 }, { v: "=SUM(E10:E12)", result: 45 }, { v: "=SUM(F10:F12)", result: 34 }, { v: "=SUM(G10:G12)", result: 1 }], { border: true, bold: true, align: "center" });

  s.set("A15", "2. Học sinh", { bold: true });
  s.merge("A16:A17", "TT", head).merge("B16:B17", "Nội dung", head).merge("C16:C17", "Chỉ tiêu năm học", head);
  s.merge("D16:G16", "Số liệu cuối năm học", head).merge("H16:H17", "Tổng cộng", head).merge("I16:I17", "Tỷ lệ (%)", head).merge("J16:J17", "Ghi chú", head);
  s.row("D17", ["Lớp 6", "Lớp 7", "Lớp 8", "Lớp 9"], head);
  const rate = (r: number, over: string, res: number): CellInput => ({ v: `=ROUND(${over === "G" ? `G${r}/G19` : `H${r}/H${over}`}*100,1)`, result: res, fmt: "0.0" });
  const sum = (r: number, res: number): CellInput => ({ v: `=SUM(D${r}:G${r})`, result: res });
  type Row = [string, string, string, CellInput[], CellInput, CellInput, string];
  const rows: Row[] = [
    ["1", "Số học sinh đầu năm", "", [142, 138, 131, 127], sum(18, 538), "", ""],
    ["2", "Số học sinh cuối năm", "", [141, 137, 129, 126], sum(19, 533), "", "01 HS chuyển trường (lớp 8)"],
    ["3", "Học sinh bỏ học", "Dưới 1%", [1, 0, 2, 1], sum(20, 4), rate(20, "18", 0.7), "Tỷ lệ tính trên số HS đầu năm"],
    ["4", "Học sinh lên lớp thẳng", "≥ 95%", [135, 131, 122, 124], sum(21, 512), rate(21, "19", 96.1), ""],
    ["5", "Kết quả học tập mức Tốt (Giỏi)", "≥ 17%", [28, 25, 19, 18], sum(22, 90), rate(22, "19", 16.9), "Lớp 6, 7 theo TT 22; lớp 8, 9 theo TT 58"],
    ["6", "Kết quả học tập mức Khá", "≥ 40%", [58, 55, 52, 49], sum(23, 214), rate(23, "19", 40.2), ""],
    ["7", "Kết quả học tập mức Chưa đạt (Yếu, Kém)", "Không quá 3%", [4, 4, 4, 3], sum(24, 15), rate(24, "19", 2.8), ""],
    ["", "Trong đó: HS khuyết tật học hòa nhập", "", [1, 0, 1, 0], sum(25, 2), "", ""],
    ["8", "Rèn luyện (hạnh kiểm) Tốt và Khá", "≥ 98%", [139, 135, 127, 124], sum(26, 525), rate(26, "19", 98.5), ""],
    ["9", "Học sinh lớp 9 được công nhận tốt nghiệp THCS", "100% HS lớp 9", ["X", "X", "X", 125], { v: "=G27", result: 125 }, rate(27, "G", 99.2), "01 HS nghỉ ốm dài ngày, xét tốt nghiệp đợt 2"],
    ["10", "Học sinh giỏi cấp huyện (số giải)", "25 giải", [6, 7, 5, 9], sum(28, 27), "", ""],
  ];
  rows.forEach((x, i) => {
    const r = 18 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], ...x[3], x[4], x[5], x[6]], { border: true, align: "center", wrap: true });
  });
  s.hideRows(25);
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("I20|H20", "Học sinh bỏ học", "Dưới 1%", "met", "4/538 = 0,7% (over the start-of-year count, as the note says)");
  e("I21|H21", "Học sinh lên lớp thẳng", "≥ 95%", "exceeded", "512/533 = 96,1%");
  e("I22|H22", "Kết quả học tập mức Tốt", "≥ 17%", "not_met", "90/533 = 16,9% < 17%");
  e("I23|H23", "Kết quả học tập mức Khá", "≥ 40%", "exceeded", "214/533 = 40,2%");
  e("I24|H24", "Kết quả học tập mức Chưa đạt", "Không quá 3%", "met", "15/533 = 2,8%, under the cap");
  e("I26|H26", "Rèn luyện Tốt và Khá", "≥ 98%", "exceeded", "525/533 = 98,5%");
  e("I27|G27", "Tốt nghiệp THCS", "100% HS lớp 9", "not_met", "125/126 = 99,2%: one pupil waits for the second round, still short of 100% at the report date");
  e("H28", "Học sinh giỏi cấp huyện", "25 giải", "exceeded", "27 prizes > 25");
  notes(s, 30, "B", ["Ghi chú:", "- \"X\": không áp dụng đối với khối lớp đó.", "- Tỷ lệ (%) tính trên số học sinh cuối năm, trừ dòng 3 (trên số HS đầu năm) và dòng 9 (trên số HS lớp 9)."]);
  signature(s, 34, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đỗ Thị Hạnh" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Tuấn" });
  b.facts = {
    sheet: "Thong ke cuoi nam",
    headerRows: "9 (staff table), 16-17 (pupils table: Số liệu cuối năm học over Lớp 6-9)",
    nameColumn: "B (Nội dung)",
    target: "column C (Chỉ tiêu năm học), pupils table only",
    actualColumns: "I (ROUND rates) with H (SUM totals); H28 (a count of prizes); G27 for the grade-9 row",
    ignoreColumns: "D-G (grade breakdown; the targets are school-wide), J (Ghi chú)",
    totalRows: "13 (staff TỔNG CỘNG)",
    otherRows: "8-13 (staff table: no targets), 18-19 (enrolment counts, denominators), 25 (hidden: pupils with disabilities), 30-32 (notes), signature from 34",
    asOf: "2022-05-31",
    period: "2021-2022",
    notes: "Rates use three denominators: start-of-year pupils (drop-outs), end-of-year pupils (most rows), grade-9 pupils (graduation). \"X\" = not applicable. Targets are school-wide: the grade columns are not judged.",
  };
  return b;
}
