// Layout 24: a school project's targets for two horizons (THCS Lý Tự Trọng, Tam Kỳ: "Giai đoạn 2010-2015" and "Tầm nhìn 2020"), reviewed when the first horizon has ended.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Đề án xây dựng trường THCS Lý Tự Trọng đạt chất lượng cao giai đoạn 2010-2015, tầm nhìn 2020: tổng kết giai đoạn 2010-2015");
  const s = b.sheet("Đánh giá 2015");
  s.cols([6, 44, 16, 16, 14, 20]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ TAM KỲ", "TRƯỜNG THCS LÝ TỰ TRỌNG"],
    date: "Tam Kỳ, ngày 15 tháng 01 năm 2016",
    title: ["TỔNG KẾT THỰC HIỆN CÁC CHỈ TIÊU CỦA ĐỀ ÁN GIAI ĐOẠN 2010-2015", "Xây dựng trường THCS Lý Tự Trọng đạt chất lượng cao giai đoạn 2010-2015, tầm nhìn 2020"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head);
  s.merge("C8:D8", "Mục tiêu của đề án", head);
  s.row("C9", ["Giai đoạn 2010-2015", "Tầm nhìn 2020"], head);
  s.merge("E8:E9", "Kết quả năm học 2014-2015", head).merge("F8:F9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  type Row = [string, string, string, string, string | number, Status, string];
  const rows: Row[] = [
    ["1", "Tỷ lệ học sinh xếp loại học lực giỏi", "Từ 45% trở lên", "Từ 55% trở lên", "47,3%", "exceeded", "47,3% ≥ 45% (the 2020 column is not due)"],
    ["2", "Tỷ lệ học sinh xếp loại hạnh kiểm tốt", "Từ 95% trở lên", "98%", "96,1%", "exceeded", "96,1% ≥ 95%"],
    ["3", "Số giải học sinh giỏi cấp tỉnh mỗi năm", "Ít nhất 15 giải", "Ít nhất 25 giải", 12, "not_met", "12 < 15"],
    ["4", "Tỷ lệ học sinh thi đỗ vào lớp 10 THPT chuyên", "Từ 20% trở lên", "Từ 30% trở lên", "18,5%", "not_met", "18,5% < 20%"],
    ["5", "Tỷ lệ giáo viên đạt trình độ trên chuẩn", "80%", "100%", "85,7%", "exceeded", "85,7% above a bare 80%"],
    ["6", "Kiểm định chất lượng giáo dục", "Đạt cấp độ 3", "Duy trì cấp độ 3", "Cấp độ 2", "not_met", "level 2 < level 3"],
    ["7", "Số phòng học bộ môn đạt chuẩn", "6 phòng", "10 phòng", 6, "met", ""],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], ""], bd);
    s.expect(`E${r}`, { indicator: x[1], target: x[2], status: x[5], why: x[6] });
  });
  signature(s, 18, { col: "B", title: "NGƯỜI LẬP", name: "Huỳnh Văn Tâm" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hạnh" });
  b.facts = {
    sheet: "Đánh giá 2015",
    headerRows: "8-9 (Mục tiêu của đề án over Giai đoạn 2010-2015 | Tầm nhìn 2020)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column C (Giai đoạn 2010-2015: the horizon that ends with this review)",
    actualColumns: "E (Kết quả năm học 2014-2015)",
    ignoreColumns: "D (Tầm nhìn 2020: not due), F (Ghi chú)",
    otherRows: "18-24 (signature)",
    asOf: "2016-01-15",
    period: "2010-2015",
    notes: "Two target columns; the review, after the end of 2015, judges the 2010-2015 one on the last full school year (2014-2015). The 2020 column is not due.",
  };
  return b;
}
