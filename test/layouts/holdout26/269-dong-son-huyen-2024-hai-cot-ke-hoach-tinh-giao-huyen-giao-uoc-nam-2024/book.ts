// Layout 269: a district's year estimate against two plans side by side (huyện Đông Sơn, Thanh Hóa, council session 17/12/2024): ĐVT, the province's plan and the district council's own plan as two target columns, the year's estimate, two percent columns as fractions, last year hidden, the district's own word; where the two plans give different verdicts nothing decides: review.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Ước thực hiện các chỉ tiêu chủ yếu năm 2024, huyện Đông Sơn (Thanh Hóa)");
  const s = b.sheet("Chi tieu 2024");
  s.cols([5, 42, 11, 12, 12, 12, 10, 10, 11, 12]);
  titleBlock(s, {
    left: ["HĐND - UBND HUYỆN ĐÔNG SƠN"],
    number: "Phụ lục kèm Báo cáo trình Kỳ họp thứ 24 HĐND huyện khóa XX",
    date: "Đông Sơn, ngày 17 tháng 12 năm 2024",
    title: ["ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2024"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A6:A7", "TT", head); s.merge("B6:B7", "Chỉ tiêu", head); s.merge("C6:C7", "ĐVT", head);
  s.merge("D6:E6", "Kế hoạch năm 2024", head);
  s.merge("F6:F7", "Ước thực hiện năm 2024", head);
  s.merge("G6:H6", "So sánh (%)", head);
  s.merge("I6:I7", "Đánh giá", head);
  s.merge("J6:J7", "Thực hiện năm 2023", head);
  s.row("D7", ["Tỉnh giao", "NQ HĐND huyện"], head);
  s.row("G7", ["KH tỉnh", "KH huyện"], head);
  type R = [string, string, CellInput, CellInput, number, number | null, number | null, string, number, Status, string];
  const pc = (v: number | null): CellInput => (v === null ? "-" : { v, pct: true, fmt: "0.0%" });
  const rows: R[] = [
    ["Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", 693000, 1603000, 3800019, 5.483, 2.371, "Vượt", 1152400, "exceeded", "3.800.019 million against 693.000 (province, 548%) and 1.603.000 (district, 237%): past both"],
    ["Thu nhập bình quân đầu người", "triệu đồng", "-", 66, 67.192, null, 1.018, "Vượt", 61.5, "exceeded", "67,192 million against the district's 66 (101,8%); the province set none"],
    ["Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", "Dưới 0,41%", "Dưới 0,3%", 0.11, null, null, "Vượt", 0.36, "met", "0,11% under both caps"],
    ["Số trường đạt chuẩn quốc gia mức độ 1", "trường", 38, 38, 38, 1, 1, "Đạt", 37, "met", "38 of 38 schools against 38 in both plans"],
    ["Số trường đạt chuẩn quốc gia mức độ 2", "trường", 24, 26, 25, 1.042, 0.962, "Đạt", 22, "review", "25 schools: past the province's 24 but short of the district council's 26; nothing on the sheet says which plan the verdict follows"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95.5, 96.5, 96.86, 1.014, 1.004, "Vượt", 95.9, "exceeded", "96,86% against 95,5% and 96,5%: strictly past both inclusive targets"],
    ["Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4", "%", 100, 100, 100, 1, 1, "Đạt", 98.2, "met", "100% against 100% in both plans"],
    ["Số xã đạt chuẩn nông thôn mới kiểu mẫu (lũy kế)", "xã", "-", 5, 5, null, 1, "Đạt", 3, "met", "5 communes against the district's 5; the province set none"],
  ];
  let r = 8;
  for (const [i, [name, dvt, tinh, huyen, uoc, pT, pH, word, last, st, why]] of rows.entries()) {
    s.row(`A${r}`, [String(i + 1), name, dvt, tinh, huyen, uoc, pc(pT), pc(pH), word, last], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    const t = (v: CellInput) => (typeof v === "number" ? `${v.toLocaleString("de-DE")} ${dvt}` : String(v));
    s.expect(`F${r}`, { indicator: name, target: `${t(tinh)} (Tỉnh giao, column D) and ${t(huyen)} (NQ HĐND huyện, column E)`, status: st, why });
    r++;
  }
  s.hideCols("J");
  notes(s, r + 1, "B", ["Ghi chú:", "- Năm 2024 có 28 chỉ tiêu chủ yếu: 17 chỉ tiêu vượt kế hoạch, 10 chỉ tiêu đạt, 01 chỉ tiêu đúng hướng; biểu này trích 08 chỉ tiêu.", "- Cột \"So sánh\" chỉ tính cho chỉ tiêu có giá trị tuyệt đối."]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Văn Tú" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", name: "Nguyễn Văn Quân" });
  b.facts = {
    sheet: "Chi tieu 2024",
    headerRows: "6-7",
    nameColumn: "B (Chỉ tiêu)",
    target: "columns D (Kế hoạch năm 2024 · Tỉnh giao) and E (Kế hoạch năm 2024 · NQ HĐND huyện), under one merged head; numbers in the ĐVT of column C, caps \"Dưới 0,41%\", \"Dưới 0,3%\", or \"-\" (no plan)",
    actualColumns: "F (Ước thực hiện năm 2024)",
    ignoreColumns: "A (TT), C (ĐVT), G-H (So sánh: fractions, derived), I (Đánh giá: the district's own word), J (hidden: 2023)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2024-12-17",
    period: "2024",
    notes: "Year-end estimate at the December session: the estimate is the year's result. Two plans: where the figure passes or misses both, the verdict is plain; the schools at level 2 (25) pass the province's 24 but miss the district council's 26 and nothing decides which plan governs: review. Where one plan is \"-\" the other decides. Column J (hidden) is 2023.",
  };
  return b;
}
