// Layout 251: a primary school's year-end review beside next year's targets (TH Phong Hòa I, Phong Điền, Thừa Thiên Huế, 25/9/2022): last year's target / result / the clerk's own word, then next year's targets with no result; percents stored as fractions, deadlines as words with completion dates as date cells, a prize count whose names are on a second sheet.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng kết năm học 2021-2022 và chỉ tiêu năm học 2022-2023, trường TH Phong Hòa I (Phong Điền, Thừa Thiên Huế)");
  const s = b.sheet("Tong ket 2021-2022");
  s.cols([5, 42, 15, 15, 11, 15, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT PHONG ĐIỀN", "TRƯỜNG TH PHONG HÒA I"],
    number: "Phụ lục kèm Báo cáo tổng kết năm học 2021-2022",
    date: "Phong Hòa, ngày 25 tháng 9 năm 2022",
    title: ["ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2021-2022", "VÀ CHỈ TIÊU PHẤN ĐẤU NĂM HỌC 2022-2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung chỉ tiêu", head);
  s.merge("C8:E8", "Năm học 2021-2022", head);
  s.row("C9", ["Chỉ tiêu", "Thực hiện", "Tự đánh giá"], head);
  s.merge("F8:F9", "Chỉ tiêu năm học 2022-2023", head).merge("G8:G9", "Ghi chú", head);
  const p = (v: number): CellInput => ({ v, pct: true, fmt: v === 1 ? "0%" : "0.0%" });
  const d = (v: string): CellInput => ({ v, date: true, fmt: "dd/mm/yyyy" });
  // [name, target, result, clerk's word, next year's target, note, verdict]
  type R = [string, CellInput, CellInput, string, CellInput, string, [Status, string]];
  const rows: R[] = [
    ["Duy trì sĩ số học sinh", p(1), p(1), "Đạt", p(1), "", ["met", "100% kept, the target"]],
    ["Học sinh hoàn thành chương trình lớp học", p(0.995), p(0.991), "Chưa đạt", p(0.995), "4 HS khuyết tật học hòa nhập", ["not_met", "99,1% against 99,5%; the school year is over"]],
    ["Học sinh lớp 5 hoàn thành chương trình tiểu học", p(1), p(1), "Đạt", p(1), "", ["met", "100% of grade 5"]],
    ["Học sinh đạt giải cấp huyện (các cuộc thi, giao lưu)", "15 giải", 18, "Vượt", "16 giải", "Danh sách tại sheet \"DS giai\"", ["exceeded", "18 prizes against 15 (the names are listed on the second sheet)"]],
    ["Giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019", p(0.8), p(0.857), "Vượt", p(0.9), "24/28 giáo viên", ["exceeded", "24 of 28 teachers = 85,7%, above 80%"]],
    ["Hoàn thành báo cáo tự đánh giá chất lượng giáo dục", "Trước 31/5/2022", d("2022-06-10"), "Chậm", "Duy trì", "Nộp Phòng GD&ĐT ngày 10/6/2022", ["not_met", "due before 31/5/2022, sent on 10/6/2022: done late"]],
    ["Cập nhật dữ liệu phổ cập giáo dục trên hệ thống", "Trước 15/10/2021", d("2021-10-12"), "Đạt", "Trước 15/10/2022", "", ["met", "updated on 12/10/2021, before the 15/10/2021 deadline"]],
    ["Trường học xanh - sạch - đẹp - an toàn", "Đạt", "Đạt", "Đạt", "Đạt", "Phòng GD&ĐT kiểm tra tháng 4/2022", ["met", "recognised at the April 2022 inspection"]],
  ];
  rows.forEach(([name, tgt, res, word, next, note, v], i) => {
    const r = 10 + i;
    s.row(`A${r}`, [String(i + 1), name, tgt, res, word, next, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    const t = typeof tgt === "object" && tgt !== null ? `${String(Math.round((tgt.v as number) * 1000) / 10).replace(".", ",")}% (column C, a percent cell)` : `${tgt} (column C)`;
    s.expect(`D${r}`, { indicator: name, target: t, status: v[0], why: v[1] });
  });
  notes(s, 19, "B", [
    "Ghi chú:",
    "- Cột F là chỉ tiêu đăng ký cho năm học 2022-2023, chưa có kết quả.",
    "- Cột E do nhà trường tự đánh giá.",
  ]);
  signature(s, 23, { col: "B", title: "THƯ KÝ HỘI ĐỒNG", name: "Hoàng Thị Mỹ Linh" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Văn Quang" });
  const g = b.sheet("DS giai");
  g.cols([5, 26, 8, 40, 12]);
  g.merge("A1:E1", "DANH SÁCH HỌC SINH ĐẠT GIẢI CẤP HUYỆN NĂM HỌC 2021-2022", { bold: true, align: "center" });
  g.row("A3", ["TT", "Họ và tên", "Lớp", "Cuộc thi / giao lưu", "Giải"], head);
  const names = ["Nguyễn Bảo Anh", "Lê Minh Châu", "Trần Gia Huy", "Hồ Thị Khánh Linh", "Phan Đức Minh", "Nguyễn Thảo Nguyên", "Lê Văn Phúc", "Trương Ngọc Quỳnh", "Hoàng Anh Tú", "Nguyễn Thị Thu Trang", "Võ Minh Khang", "Đặng Bảo Ngọc", "Phạm Quốc Bảo", "Lê Thị Hoài An", "Trần Nhật Nam", "Nguyễn Hải Yến", "Hồ Đăng Khoa", "Lê Thanh Tâm"];
  const contests = ["Trạng nguyên Tiếng Việt", "Olympic Tiếng Anh", "Giao lưu Tiếng Việt của chúng em", "Vẽ tranh An toàn giao thông"];
  const prizes = ["Nhất", "Nhì", "Ba", "Khuyến khích"];
  names.forEach((n, i) => g.row(`A${4 + i}`, [String(i + 1), n, `${4 + (i % 2)}/${1 + (i % 3)}`, contests[i % 4], prizes[(i * 3) % 4]], { border: true }));
  g.set("B23", "Tổng cộng: 18 giải", { bold: true });
  b.facts = {
    sheet: "Tong ket 2021-2022",
    headerRows: "8-9 (Năm học 2021-2022 over Chỉ tiêu / Thực hiện / Tự đánh giá)",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column C (Chỉ tiêu 2021-2022: percent cells stored as fractions, counts in words \"15 giải\", deadlines \"Trước 31/5/2022\", \"Đạt\")",
    actualColumns: "D (Thực hiện: percent cells, a count, date cells, words)",
    ignoreColumns: "A (TT), E (the school's own word), F (next year's targets: no result yet), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes 19-21; signature from 23; sheet \"DS giai\" (the 18 prize-winners by name: the detail of row 13, not indicators)",
    asOf: "2022-09-25",
    period: "2021-2022",
    notes: "The year 2021-2022 is over: judge D against C. Column F holds next year's targets and has nothing to judge. A report sent on 10/6/2022 against \"Trước 31/5/2022\" is done late (not met, as 247); an update on 12/10/2021 before 15/10/2021 is met. The prize count 18 against \"15 giải\" exceeded; the second sheet lists the names.",
  };
  return b;
}
