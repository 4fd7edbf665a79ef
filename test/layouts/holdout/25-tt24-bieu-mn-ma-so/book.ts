// Layout 25: a statistical return in the shape of the Thông tư 24/2018 forms (preschool, start of year): a "Mã số" code column, totals split by ownership.
import { Book, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo thống kê giáo dục mầm non đầu năm học 2023-2024 (mẫu theo Thông tư 24/2018/TT-BGDĐT), một huyện");
  const s = b.sheet("Biểu 01-MN");
  s.cols([52, 8, 12, 12, 12, 12]);
  s.set("F1", "Biểu số: 01-MN-ĐN", { bold: true, align: "right" });
  s.merge("A2:F2", "BÁO CÁO THỐNG KÊ GIÁO DỤC MẦM NON", { bold: true, align: "center", size: 14 });
  s.merge("A3:F3", "Thời điểm báo cáo: 30/9/2023", { italic: true, align: "center" });
  s.row("A4", ["Đơn vị báo cáo: Phòng GDĐT huyện Thanh Sơn", "", "", "", "Đơn vị nhận báo cáo: Sở GDĐT"], { italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A6:A7", "Chỉ tiêu", head).merge("B6:B7", "Mã số", head).merge("C6:C7", "Tổng số", head);
  s.merge("D6:F6", "Chia ra", head);
  s.row("D7", ["Công lập", "Dân lập", "Tư thục"], head);
  s.row("A8", ["A", "B", "1", "2", "3", "4"], { italic: true, align: "center", border: true });
  const bd = { border: true };
  const rows: Array<[string, string, number, number, number, number]> = [
    ["1. Số trường", "01", 38, 33, 0, 5],
    ["   Trong đó: Số trường đạt chuẩn quốc gia", "02", 27, 27, 0, 0],
    ["2. Số nhóm, lớp", "03", 412, 371, 0, 41],
    ["3. Số trẻ em", "04", 10384, 9412, 0, 972],
    ["   Trong đó: - Trẻ em 5 tuổi", "05", 3251, 3010, 0, 241],
    ["   - Trẻ em học 2 buổi/ngày", "06", 10384, 9412, 0, 972],
    ["4. Số giáo viên", "07", 874, 790, 0, 84],
    ["   Trong đó: Giáo viên đạt chuẩn trình độ đào tạo trở lên", "08", 861, 790, 0, 71],
  ];
  rows.forEach((x, i) => s.row(`A${9 + i}`, [x[0], x[1], x[2], x[3], x[4], x[5]].map((v, k) => (k >= 2 ? { v: v as number, fmt: "#,##0" as const } : v)), { ...bd, align: undefined }));
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("C10", "Số trường mầm non đạt chuẩn quốc gia", "ít nhất 28 trường", "pending", "27 < 28 at the start of the school year (30/9); schools are recognised during the year, so the year-end count is not yet due (code 02 is not a figure)");
  e("C11", "Số nhóm, lớp mầm non", "không quá 420 nhóm, lớp", "met", "412 ≤ 420");
  e("C13", "Số trẻ 5 tuổi ra lớp", "3.251 trẻ", "met", "3.251 = the plan's count of 5-year-olds");
  e("C14", "Số trẻ học 2 buổi/ngày", "100% số trẻ", "met", "10.384 of 10.384 children (row 04)");
  e("C16", "Số giáo viên đạt chuẩn trình độ đào tạo trở lên", "ít nhất 850 giáo viên", "exceeded", "861 > 850");
  s.set("A18", "Ghi chú: Cột \"Mã số\" là mã dòng của biểu, không phải số liệu.", { italic: true });
  signature(s, 20, { col: "A", title: "NGƯỜI LẬP BIỂU", name: "Hà Thị Xuân" }, { col: "D", title: "THỦ TRƯỞNG ĐƠN VỊ", name: "Đinh Văn Cường", place: "Thanh Sơn, ngày 10 tháng 10 năm 2023" });
  b.plan = {
    id: "thanh-son-2023-2024-mn",
    title: "Kế hoạch phát triển giáo dục mầm non năm học 2023-2024",
    issuer: "ỦY BAN NHÂN DÂN HUYỆN THANH SƠN",
    place: "Thanh Sơn",
    period: "2023-2024",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục. / Plan written for the layout corpus.",
    indicators: [
      { id: "mn.truong-chuan", section: ["Chỉ tiêu"], name: "Số trường mầm non đạt chuẩn quốc gia", level: "MN", unit: "trường", target: "ít nhất 28 trường" },
      { id: "mn.nhom-lop", section: ["Chỉ tiêu"], name: "Số nhóm, lớp mầm non", level: "MN", unit: "nhóm, lớp", target: "không quá 420 nhóm, lớp" },
      { id: "mn.tre-5-tuoi", section: ["Chỉ tiêu"], name: "Số trẻ 5 tuổi ra lớp", level: "MN", unit: "trẻ", target: "3.251 trẻ" },
      { id: "mn.hai-buoi", section: ["Chỉ tiêu"], name: "Số trẻ học 2 buổi/ngày", level: "MN", unit: "%", target: "100% số trẻ" },
      { id: "mn.gv-dat-chuan", section: ["Chỉ tiêu"], name: "Số giáo viên mầm non đạt chuẩn trình độ đào tạo trở lên", level: "MN", unit: "giáo viên", target: "ít nhất 850 giáo viên" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu 01-MN",
    headerRows: "6-7 (Chia ra over Công lập | Dân lập | Tư thục; row 8 numbers the columns A, B, 1-4)",
    nameColumn: "A (Chỉ tiêu, with \"Trong đó:\" sub-rows indented)",
    target: "plan.json (district plan 2023-2024)",
    actualColumns: "C (Tổng số)",
    ignoreColumns: "B (Mã số: row codes 01-08, not figures), D-F (by ownership)",
    otherRows: "8 (column numbers), rows not in the plan (Số trường, Số trẻ em, Số giáo viên: denominators), 18 (note), signature",
    asOf: "2023-10-10",
    period: "2023-2024",
    notes: "The 100% target for 2-session days is read against row 04 (all children): 10.384 of 10.384. A start-of-year return: a count the year adds to (schools recognised as standard) is pending when still short, as in layout 13.",
  };
  return b;
}
