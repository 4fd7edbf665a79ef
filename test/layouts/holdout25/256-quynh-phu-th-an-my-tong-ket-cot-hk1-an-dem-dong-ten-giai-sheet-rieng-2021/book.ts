// Layout 256: a primary school's year-end table of its targets (TH An Mỹ, Quỳnh Phụ, Thái Bình, 26/5/2021): the year's target, the pupils counted, the term-one count in a hidden column beside the year-end count, a rate stored as a fraction, prize counts whose names sit on a second sheet, and a summer task not yet due; the year is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu năm học 2020-2021, trường TH An Mỹ (Quỳnh Phụ, Thái Bình)");
  const s = b.sheet("Chi tieu 2020-2021");
  s.cols([5, 42, 12, 10, 10, 10, 11, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD-ĐT QUỲNH PHỤ", "TRƯỜNG TIỂU HỌC AN MỸ"],
    number: "Phụ lục 1 kèm Báo cáo số 12/BC-TH",
    date: "An Mỹ, ngày 26 tháng 5 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC 2020-2021"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Chỉ tiêu", head).merge("C7:C8", "Chỉ tiêu năm học", head).merge("D7:D8", "Tổng số HS", head);
  s.merge("E7:G7", "Kết quả thực hiện", head).merge("H7:H8", "Ghi chú", head);
  s.row("E8", ["Học kỳ I", "Cuối năm", "Tỷ lệ"], head);
  // [name, target, pupils (denominator or ""), HKI, year-end, note, verdict]
  type R = [string, CellInput, number | "", CellInput, CellInput, string, [Status, string]];
  const pc = (v: number): CellInput => ({ v, pct: true, fmt: "0%" });
  const rows: R[] = [
    ["Huy động trẻ 6 tuổi vào lớp 1", pc(1), 156, 156, 156, "", ["met", "156 of 156 six-year-olds = 100%, enrolment closed in the autumn"]],
    ["Học sinh hoàn thành chương trình lớp học", "≥ 98%", 758, "-", 751, "7 HS rèn luyện trong hè", ["exceeded", "751 of 758 = 99,1%, above the floor of 98%; the year-end evaluation is final"]],
    ["Học sinh lớp 5 hoàn thành chương trình tiểu học", pc(1), 149, "-", 148, "Tính trên số HS lớp 5", ["not_met", "148 of 149 grade-5 pupils = 99,3%, short of 100%; the year is over"]],
    ["Duy trì sĩ số", pc(1), 758, 758, 758, "", ["met", "758 pupils kept all year = 100%"]],
    ["Học sinh được khen thưởng cuối năm", pc(0.4), 758, "-", 296, "", ["not_met", "296 of 758 = 39,1%, short of 40%; the awards are made"]],
  ];
  let r = 9;
  for (const [name, tgt, den, hk1, cn, note, v] of rows) {
    const rate: CellInput = typeof cn === "number" && typeof den === "number" ? { v: `=ROUND(F${r}/D${r},3)`, pct: true, fmt: "0.0%", result: `${((Math.round((cn / den) * 1000) / 10).toFixed(1)).replace(".", ",")}%` } : "";
    s.row(`A${r}`, [String(r - 8), name, tgt, den, hk1, cn, rate, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    const tgtText = typeof tgt === "object" && tgt !== null ? `${Math.round((tgt.v as number) * 100)}% (column C, a percent cell)` : `${tgt} (column C)`;
    s.expect(`F${r}|G${r}`, { indicator: name, target: tgtText, status: v[0], why: v[1] });
    r++;
  }
  // counts without a denominator, the names on the second sheet
  type Q = [string, string, CellInput, CellInput, string, [Status, string]];
  const counts: Q[] = [
    ["Giáo viên dạy giỏi cấp huyện", "04 GV", 0, 3, "Danh sách tại sheet DS khen", ["not_met", "3 of the 4 planned; the district contest was held in the spring and nothing is left this year"]],
    ["Học sinh đạt giải Giao lưu Toán Tuổi thơ cấp huyện", "10 giải", "-", 12, "Danh sách tại sheet DS khen", ["exceeded", "12 prizes against 10"]],
    ["Bồi dưỡng chuyên môn hè 2021 cho 100% GV", "Hoàn thành trước 15/8/2021", "-", "", "Theo lịch của Phòng", ["pending", "blank on 26/5/2021; due by 15/8/2021"]],
  ];
  for (const [name, tgt, hk1, cn, note, v] of counts) {
    s.row(`A${r}`, [String(r - 8), name, tgt, "-", hk1, cn, "", note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`F${r}`, { indicator: name, target: `${tgt} (column C)`, status: v[0], why: v[1] });
    r++;
  }
  s.hideCols("E");
  notes(s, 18, "B", [
    "Ghi chú:",
    "- Cột \"Học kỳ I\" giữ số liệu sơ kết tháng 1/2021 để đối chiếu.",
    "- Tỷ lệ mục 3 tính trên số học sinh lớp 5.",
  ]);
  signature(s, 22, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Huệ" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Phạm Văn Toàn" });

  const d = b.sheet("DS khen");
  d.cols([5, 30, 14, 30]);
  d.merge("A1:D1", "DANH SÁCH GIÁO VIÊN, HỌC SINH ĐẠT GIẢI CẤP HUYỆN NĂM HỌC 2020-2021", { bold: true, align: "center" });
  d.row("A3", ["TT", "Họ và tên", "Lớp / Tổ", "Thành tích"], head);
  const names: [string, string, string][] = [
    ["Trần Thị Hoa", "Tổ 1", "GV dạy giỏi cấp huyện"],
    ["Vũ Văn Minh", "Tổ 4", "GV dạy giỏi cấp huyện"],
    ["Đỗ Thị Thu", "Tổ 5", "GV dạy giỏi cấp huyện"],
    ["Nguyễn Hải Đăng", "5A", "Giải Nhất Toán Tuổi thơ"],
    ["Phạm Minh Khôi", "5A", "Giải Nhì Toán Tuổi thơ"],
    ["Bùi Thu Trang", "5B", "Giải Nhì Toán Tuổi thơ"],
    ["Lê Gia Bảo", "5B", "Giải Ba Toán Tuổi thơ"],
    ["Vũ Ngọc Ánh", "5C", "Giải Ba Toán Tuổi thơ"],
    ["Trần Đức Huy", "4A", "Giải Ba Toán Tuổi thơ"],
    ["Đặng Thảo My", "4A", "Giải KK Toán Tuổi thơ"],
    ["Nguyễn Quang Vinh", "4B", "Giải KK Toán Tuổi thơ"],
    ["Phạm Thùy Linh", "4C", "Giải KK Toán Tuổi thơ"],
    ["Hoàng Anh Tuấn", "5C", "Giải KK Toán Tuổi thơ"],
    ["Mai Khánh Chi", "5A", "Giải KK Toán Tuổi thơ"],
    ["Lương Bảo Ngọc", "5B", "Giải KK Toán Tuổi thơ"],
  ];
  names.forEach(([n, c, t], i) => d.row(`A${4 + i}`, [String(i + 1), n, c, t], { border: true }));
  b.facts = {
    sheet: "Chi tieu 2020-2021",
    headerRows: "7-8 (Kết quả thực hiện over Học kỳ I / Cuối năm / Tỷ lệ)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column C (Chỉ tiêu năm học: percent cells stored as fractions, \"≥ 98%\", counts \"04 GV\", \"10 giải\", a deadline)",
    actualColumns: "F (Cuối năm: counts) with G (Tỷ lệ: ROUND of F over D, a fraction) for rows 9-13",
    ignoreColumns: "A (TT), D (Tổng số HS: the denominator), E (hidden: term-one figures), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes 18-20; signature from 22; sheet DS khen is a list of names, not a table of targets",
    asOf: "2021-05-26",
    period: "2020-2021",
    notes: "Year-end report: the year is over, so a rate or count short of its target is not met (grade-5 completion 148/149, awards 39,1% against 40%, 3 of 4 good teachers). The hidden column E holds term-one figures and is never the result. The summer training row is blank before its deadline of 15/8/2021: pending. The names on DS khen back the counts and are not judged.",
  };
  return b;
}
