// Layout 129: a kindergarten's year-end check of its plan targets per age group (MN Diễn Liên, Diễn Châu, Kế hoạch giáo dục nhà trường 2021-2022): a target row above the age rows, percent cells, strict caps, a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Đánh giá thực hiện chỉ tiêu chăm sóc, giáo dục trẻ theo độ tuổi cuối năm học 2021-2022, Trường Mầm non Diễn Liên");
  const s = b.sheet("CT do tuoi");
  s.cols([5, 26, 9, 13, 13, 14, 14, 16, 26, 12]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DIỄN CHÂU", "TRƯỜNG MẦM NON DIỄN LIÊN"],
    date: "Diễn Liên, ngày 25 tháng 5 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHĂM SÓC, GIÁO DỤC TRẺ NĂM HỌC 2021 - 2022", "(Theo mục III. Mục tiêu, chỉ tiêu - Kế hoạch giáo dục nhà trường năm học 2021-2022)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Độ tuổi", head).merge("C8:C9", "Số trẻ", head);
  s.merge("D8:E8", "Chăm sóc, giáo dục", head).merge("F8:G8", "Suy dinh dưỡng", head);
  s.merge("H8:H9", "Trẻ 5 tuổi hoàn thành chương trình GDMN", head).merge("I8:I9", "Ghi chú", head).merge("J8:J9", "Chuyên cần năm học 2020-2021", head);
  s.row("D9", ["Tỷ lệ chuyên cần", "Tỷ lệ bé ngoan", "Thể nhẹ cân", "Thể thấp còi"], head);
  s.row("A10", ["", "Chỉ tiêu (giao cho từng độ tuổi và toàn trường)", "", "≥ 90%", "95%", "Dưới 3%", "Dưới 4%", "100% trẻ 5 tuổi", "", ""], { ...head, italic: true });
  const p = (v: number): CellInput => ({ v, pct: true, fmt: "0.0%" });
  type Row = [string, string, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput, string, CellInput];
  const rows: Row[] = [
    ["1", "Nhà trẻ (24-36 tháng)", 45, p(0.88), p(0.956), p(0.022), p(0.044), "-", "", p(0.85)],
    ["2", "Mẫu giáo 3-4 tuổi", 62, p(0.903), p(0.952), p(0.016), p(0.032), "-", "", p(0.89)],
    ["3", "Mẫu giáo 4-5 tuổi", 70, p(0.9), p(0.943), p(0.03), "", "-", "Thấp còi: chưa cân đo đợt cuối năm", p(0.91)],
    ["4", "Mẫu giáo 5-6 tuổi", 68, p(0.946), p(0.971), p(0.015), p(0.029), "67/68", "01 trẻ khuyết tật học hòa nhập, đánh giá theo kế hoạch giáo dục cá nhân", p(0.93)],
  ];
  rows.forEach((x, i) => s.row(`A${11 + i}`, x, { border: true, align: "center" }));
  s.row("A15", ["", "Toàn trường", { v: "=SUM(C11:C14)", result: 245 }, p(0.91), p(0.955), p(0.021), "", "-", "Thấp còi: chờ số liệu khối 4-5 tuổi", p(0.9)], { border: true, align: "center", bold: true });
  s.hideCols("J");
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("D11", "Nhà trẻ · Tỷ lệ chuyên cần", "≥ 90%", "not_met", "88,0% < 90%");
  e("E11", "Nhà trẻ · Tỷ lệ bé ngoan", "95%", "exceeded", "95,6% > 95%");
  e("F11", "Nhà trẻ · SDD thể nhẹ cân", "Dưới 3%", "met", "2,2% under the cap");
  e("G11", "Nhà trẻ · SDD thể thấp còi", "Dưới 4%", "not_met", "4,4% over the cap");
  e("D12", "Mẫu giáo 3-4 tuổi · Tỷ lệ chuyên cần", "≥ 90%", "exceeded", "90,3% > 90%");
  e("E12", "Mẫu giáo 3-4 tuổi · Tỷ lệ bé ngoan", "95%", "exceeded", "95,2% > 95%");
  e("F12", "Mẫu giáo 3-4 tuổi · SDD thể nhẹ cân", "Dưới 3%", "met", "1,6%");
  e("G12", "Mẫu giáo 3-4 tuổi · SDD thể thấp còi", "Dưới 4%", "met", "3,2%");
  e("D13", "Mẫu giáo 4-5 tuổi · Tỷ lệ chuyên cần", "≥ 90%", "met", "90,0% exactly at the inclusive floor");
  e("E13", "Mẫu giáo 4-5 tuổi · Tỷ lệ bé ngoan", "95%", "not_met", "94,3% < 95%");
  e("F13", "Mẫu giáo 4-5 tuổi · SDD thể nhẹ cân", "Dưới 3%", "not_met", "3,0% is not under 3% (strict \"Dưới\")");
  e("G13", "Mẫu giáo 4-5 tuổi · SDD thể thấp còi", "Dưới 4%", "no_data", "blank; note: not yet weighed");
  e("D14", "Mẫu giáo 5-6 tuổi · Tỷ lệ chuyên cần", "≥ 90%", "exceeded", "94,6%");
  e("E14", "Mẫu giáo 5-6 tuổi · Tỷ lệ bé ngoan", "95%", "exceeded", "97,1%");
  e("F14", "Mẫu giáo 5-6 tuổi · SDD thể nhẹ cân", "Dưới 3%", "met", "1,5%");
  e("G14", "Mẫu giáo 5-6 tuổi · SDD thể thấp còi", "Dưới 4%", "met", "2,9%");
  e("H14", "Mẫu giáo 5-6 tuổi · Hoàn thành chương trình GDMN", "100% trẻ 5 tuổi", "review", "67/68 = 98,5%, but the one child left out is a disabled child assessed on an individual plan: whether 100% counts that child the row does not say");
  e("D15", "Toàn trường · Tỷ lệ chuyên cần", "≥ 90%", "exceeded", "91,0%");
  e("E15", "Toàn trường · Tỷ lệ bé ngoan", "95%", "exceeded", "95,5%");
  e("F15", "Toàn trường · SDD thể nhẹ cân", "Dưới 3%", "met", "2,1%");
  e("G15", "Toàn trường · SDD thể thấp còi", "Dưới 4%", "no_data", "blank while the 4-5 group is missing");
  notes(s, 17, "B", ["Ghi chú:", "- Tỷ lệ chuyên cần tính bình quân các tháng trong năm học; tỷ lệ suy dinh dưỡng theo kết quả cân đo tháng 5/2022.", "- Cột H chỉ đánh giá đối với trẻ mẫu giáo 5-6 tuổi."]);
  signature(s, 21, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Hồ Thị Minh" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thanh Hoa" });
  b.facts = {
    sheet: "CT do tuoi",
    headerRows: "8-9 (merged groups), 10 (the target row)",
    nameColumn: "B (Độ tuổi)",
    target: "row 10 (Chỉ tiêu, one per column, for every age group and the school): \"≥ 90%\" floor, \"95%\" floor, \"Dưới 3%\" / \"Dưới 4%\" strict caps, \"100% trẻ 5 tuổi\" (column H, the 5-6 group only)",
    actualColumns: "D-G (percent cells), H (\"67/68\" text for the 5-6 group; \"-\" elsewhere)",
    ignoreColumns: "C (Số trẻ), I (Ghi chú), J (hidden: last year's attendance)",
    totalRows: "15 (Toàn trường: judged on the same targets)",
    targetRows: "10",
    otherRows: "17-19 (notes), signature from 21",
    asOf: "2022-05-25",
    period: "2021-2022",
    notes: "Percent cells (0,9 shown 90,0%). The \"-\" in H for the younger groups is not applicable, not a figure. The hidden column J is last year's attendance and is never judged.",
  };
  return b;
}
