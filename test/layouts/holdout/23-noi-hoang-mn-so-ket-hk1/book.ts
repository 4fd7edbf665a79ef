// Layout 23: a preschool's first-term report workbook (MN Nội Hoàng, Yên Dũng, 2013-2014): an information sheet, then the indicators with last year hidden.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo sơ kết học kỳ I năm học 2013-2014, Trường Mầm non Nội Hoàng: đặc điểm tình hình và kết quả thực hiện chỉ tiêu");
  const g = b.sheet("Đặc điểm");
  g.cols([30, 12, 12, 12, 24]);
  g.merge("A1:E1", "ĐẶC ĐIỂM TÌNH HÌNH NHÀ TRƯỜNG HỌC KỲ I NĂM HỌC 2013-2014", { bold: true, align: "center" });
  g.row("A3", ["Nội dung", "Số nhóm, lớp", "Số trẻ", "Số giáo viên", "Ghi chú"], { bold: true, border: true, align: "center" });
  g.row("A4", ["Nhà trẻ", 3, 62, 6, ""], { border: true });
  g.row("A5", ["Mẫu giáo", 8, 246, 16, "02 điểm lẻ"], { border: true });
  g.row("A6", ["Tổng cộng", "=B4+B5", "=C4+C5", "=D4+D5", ""], { border: true, bold: true });

  const s = b.sheet("Kết quả HKI");
  s.cols([6, 44, 8, 12, 12, 12, 12, 18]);
  titleBlock(s, {
    left: ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG MN NỘI HOÀNG"],
    number: "Số: 27/BCMN",
    date: "Nội Hoàng, ngày 02 tháng 01 năm 2014",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU HỌC KỲ I NĂM HỌC 2013-2014"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm học", "Học kỳ I năm học 2012-2013", "Thực hiện học kỳ I", "Tỷ lệ so với kế hoạch", "Ghi chú"], head);
  s.hideCols("E");
  const bd = { border: true, wrap: true };
  const p = (v: number) => ({ v, pct: true, fmt: "0.0%" as const });
  type Row = [string, string, string, CellInput, CellInput, CellInput, string, Status, string];
  const rows: Row[] = [
    ["1", "Tỷ lệ huy động trẻ nhà trẻ", "%", p(0.3), p(0.26), p(0.318), "", "exceeded", "31,8% > 30%"],
    ["2", "Tỷ lệ huy động trẻ mẫu giáo", "%", p(0.95), p(0.935), p(0.948), "", "not_met", "94,8% < 95%"],
    ["3", "Tỷ lệ trẻ 5 tuổi ra lớp", "%", p(1), p(1), p(1), "", "met", ""],
    ["4", "Tỷ lệ trẻ ăn bán trú", "%", p(0.9), p(0.82), p(0.87), "Điểm lẻ chưa có bếp", "not_met", "87% < 90%"],
    ["5", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "%", "Dưới 6%", p(0.071), p(0.052), "", "met", "5,2% < 6%"],
    ["6", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 7%", p(0.083), p(0.074), "Cân đo tháng 11", "not_met", "7,4% is not below 7%"],
    ["7", "Số giáo viên đạt giáo viên dạy giỏi cấp trường", "GV", "10", 7, "Hội thi tổ chức tháng 3", "", "pending", "the contest is in March 2014"],
    ["8", "Tỷ lệ trẻ mẫu giáo được làm quen với tin học", "%", "30%", "", "", "", "no_data", "blank"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    const ratio = typeof x[5] === "object" && x[5] !== null && typeof x[3] === "object" ? { v: `=F${r}/D${r}`, pct: true, fmt: "0.0%" as const } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], ratio, x[6]], bd);
    s.expect(`F${r}`, { indicator: x[1], target: typeof x[3] === "object" && x[3] !== null ? `${Math.round((x[3] as { v: number }).v * 100)}% (ô định dạng %)` : String(x[3]), status: x[7], why: x[8] });
  });
  signature(s, 19, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thơm" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Hoàng Thị Huệ" });
  b.facts = {
    sheet: "Kết quả HKI",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm học)",
    actualColumns: "F (Thực hiện học kỳ I)",
    ignoreColumns: "E (hidden: the same term last year), G (ratio to plan, a formula), H (Ghi chú)",
    otherRows: "19-25 (signature)",
    asOf: "2014-01-02",
    period: "2013-2014",
    notes: "The first sheet has a small table with figures but no targets. Row 7's figure \"Hội thi tổ chức tháng 3\" is text in the actual column.",
  };
  return b;
}
