// Layout 09: a rural preschool's end-of-year indicator table (MN Mỹ Thạnh, Giồng Trôm, 2015-2016): text fractions, a last-year column, a hidden row, money in đồng.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu thống kê kết quả thực hiện các chỉ tiêu năm học 2015-2016, Trường Mầm non xã Mỹ Thạnh");
  const s = b.sheet("Chỉ tiêu NH 2015-2016");
  s.cols([5, 42, 9, 14, 12, 10, 14, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN GIỒNG TRÔM", "TRƯỜNG MẦM NON MỸ THẠNH"],
    date: "Mỹ Thạnh, ngày 20 tháng 5 năm 2016",
    title: ["BIỂU THỐNG KÊ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "NĂM HỌC 2015-2016", "(Kèm theo Báo cáo tổng kết năm học 2015-2016)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Nội dung chỉ tiêu", head).merge("C9:C10", "ĐVT", head).merge("D9:D10", "Chỉ tiêu", head);
  s.merge("E9:F9", "Kết quả năm học 2015-2016", head);
  s.row("E10", ["Số lượng", "Tỷ lệ (%)"], head);
  s.merge("G9:G10", "Năm học 2014-2015 (tỷ lệ %)", head).merge("H9:H10", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", "", ""], { ...bd, bold: true });
  sec(11, "I", "Phát triển số lượng");
  s.row("A12", ["1", "Huy động trẻ 5 tuổi ra lớp", "%", "100%", "102/102", "100%", 100, ""], bd);
  s.row("A13", ["2", "Số trẻ mẫu giáo", "Trẻ", "300 trẻ", 308, "", 291, "08 lớp"], bd);
  s.row("A14", ["3", "Số trẻ nhà trẻ", "Trẻ", "60 trẻ", 56, "", 52, "02 nhóm"], bd);
  s.row("A15", ["4", "Tỷ lệ chuyên cần trẻ mẫu giáo", "%", "Trên 95%", 293, { v: "=ROUND(E15/E13*100,1)", fmt: "0.0" }, 94.6, "Tính bình quân cả năm"], bd);
  sec(16, "II", "Chăm sóc, nuôi dưỡng");
  s.row("A17", ["5", "Trẻ được cân đo, theo dõi bằng biểu đồ tăng trưởng", "%", "100%", "308/308", "100%", 100, ""], bd);
  s.row("A18", ["6", "Trẻ mẫu giáo phát triển bình thường về cân nặng", "%", "≥ 97%", "303/308", { v: 98.37, fmt: "0.00" }, 97.2, ""], bd);
  s.row("A19", ["7", "Trẻ thừa cân, béo phì (mẫu giáo)", "%", "Dưới 1%", 3, { v: 0.97, fmt: "0.00" }, 1.4, ""], bd);
  s.row("A20", ["8", "Trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 2%", 1, 0.3, 1.1, "Cuối năm"], bd);
  s.row("A21", ["9", "Trẻ học 2 buổi/ngày", "%", "100%", 364, 100, 100, "Ẩn: trùng chỉ tiêu bán trú"], bd);
  s.hideRows(21);
  s.row("A22", ["10", "Ngộ độc thực phẩm", "Vụ", "Không để xảy ra", "0 vụ", "", "0", ""], bd);
  sec(23, "III", "Giáo dục và xã hội hóa");
  s.row("A24", ["11", "Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "%", "100%", "101/102", "99%", 100, "01 trẻ chuyển trường tháng 4"], bd);
  s.row("A25", ["12", "Giáo viên xếp loại soạn giảng Tốt", "%", "50%", 6, { v: "=ROUND(E25/13*100,1)", fmt: "0.0" }, 38.5, "6 tốt, 7 khá / 13 GV"], bd);
  s.row("A26", ["13", "Huy động xã hội hóa giáo dục", "Đồng", "30 triệu đồng", "35.430.000đ", "", "28.000.000", ""], bd);

  const e = (cell: string, indicator: string, target: string, status: Status, why: string, actual?: string) => s.expect(cell, { indicator, target, status, why, actual });
  e("E12|F12", "Huy động trẻ 5 tuổi ra lớp", "100%", "met", "102/102 = 100%", "102/102 (100%)");
  e("E13", "Số trẻ mẫu giáo", "300 trẻ", "exceeded", "308 > 300");
  e("E14", "Số trẻ nhà trẻ", "60 trẻ", "not_met", "56 < 60");
  e("F15|E15", "Tỷ lệ chuyên cần trẻ mẫu giáo", "Trên 95%", "met", "293/308 = 95,1% > 95%", "293 (95,1%)");
  e("E17|F17", "Trẻ được cân đo, theo dõi bằng biểu đồ tăng trưởng", "100%", "met", "308/308", "308/308 (100%)");
  e("F18|E18", "Trẻ mẫu giáo phát triển bình thường về cân nặng", "≥ 97%", "exceeded", "98,37% ≥ 97%", "303/308 (98,37)");
  e("F19|E19", "Trẻ thừa cân, béo phì (mẫu giáo)", "Dưới 1%", "met", "0,97 under ĐVT % is 0,97%, below 1%", "3 (0,97)");
  e("F20|E20", "Trẻ suy dinh dưỡng thể thấp còi", "Dưới 2%", "met", "0,3 under ĐVT % is 0,3% (not 30%): below 2%", "1 (0,3)");
  e("E22", "Ngộ độc thực phẩm", "Không để xảy ra", "met", "0 vụ");
  e("E24|F24", "Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "100%", "not_met", "101/102 = 99%", "101/102 (99%)");
  e("F25|E25", "Giáo viên xếp loại soạn giảng Tốt", "50%", "not_met", "6/13 = 46,2% < 50%", "6 (46,2%)");
  e("E26", "Huy động xã hội hóa giáo dục", "30 triệu đồng", "exceeded", "35.430.000 đồng = 35,43 triệu > 30 triệu");
  const n = notes(s, 28, "B", ["Ghi chú:", "- Cột \"Năm học 2014-2015\" để so sánh, không dùng đánh giá chỉ tiêu năm nay.", "- Dòng 9 (học 2 buổi/ngày) đã ẩn vì trùng với chỉ tiêu bán trú."]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Võ Thị Ngọc Hân" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Kim Phượng" });
  b.facts = {
    sheet: "Chỉ tiêu NH 2015-2016",
    headerRows: "9-10 (Kết quả năm học 2015-2016 over Số lượng | Tỷ lệ (%))",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column D (Chỉ tiêu)",
    actualColumns: "E (Số lượng: numbers and text fractions \"102/102\") and F (Tỷ lệ (%): text \"100%\", formulas, plain points 98,37, 0,97, 0,3)",
    ignoreColumns: "G (Năm học 2014-2015: last year, for comparison only), H (Ghi chú)",
    otherRows: "11, 16, 23 (sections I-III), 21 (hidden: not judged), 28-30 (notes), signature below",
    asOf: "2016-05-20",
    period: "2015-2016",
    notes: "Under ĐVT \"%\" a plain 0,97 or 0,3 is percent points (0,97%, 0,3%), as the row's count shows (3 of 308, 1 of 308). Money: \"35.430.000đ\" against \"30 triệu đồng\".",
  };
  return b;
}
