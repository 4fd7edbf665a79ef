// Layout 116: a primary school's plan annex of quality targets per grade (TH Diễn Thành, Diễn Châu, KH 39/KH-THDT, 2024-2025), filled with year-end results: three target/actual/rate triples per grade row.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục chỉ tiêu chất lượng giáo dục theo khối lớp và kết quả cuối năm học 2024-2025, Trường Tiểu học Diễn Thành");
  const s = b.sheet("Chỉ tiêu khối lớp");
  s.cols([8, 9, 12, 9, 9, 12, 9, 9, 12, 9, 9, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DIỄN CHÂU", "TRƯỜNG TH DIỄN THÀNH"],
    date: "Diễn Thành, ngày 26 tháng 5 năm 2025",
    title: ["PHỤ LỤC: CHỈ TIÊU CHẤT LƯỢNG GIÁO DỤC THEO KHỐI LỚP", "(Kèm theo Kế hoạch số 39/KH-THDT ngày 30/8/2024; cột Thực hiện ghi kết quả đánh giá cuối năm học 2024-2025)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "Khối", head).merge("B8:B9", "Số HS", head);
  s.merge("C8:E8", "Hoàn thành chương trình lớp học", head);
  s.merge("F8:H8", "Phẩm chất đạt mức Tốt", head);
  s.merge("I8:K8", "Năng lực đạt mức Tốt", head);
  s.merge("L8:L9", "Ghi chú", head);
  s.row("C9", ["Chỉ tiêu", "Thực hiện (SL)", "Tỷ lệ (%)", "Chỉ tiêu", "Thực hiện (SL)", "Tỷ lệ (%)", "Chỉ tiêu", "Thực hiện (SL)", "Tỷ lệ (%)"], head);
  s.row("A10", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"], { italic: true, align: "center", border: true });
  const bd = { border: true, align: "center" as const };
  type G = [string, number, string, number | "", string, number | "", string, number | "", string];
  const grades: G[] = [
    ["Khối 1", 112, "97%", 108, "75%", 86, "70%", 78, ""],
    ["Khối 2", 98, "98%", 97, "75%", 74, "70%", 69, ""],
    ["Khối 3", 105, "99%", 104, "Từ 75% trở lên", 78, "70%", "", "Chưa nhập năng lực đặc thù"],
    ["Khối 4", 90, "99%", 90, "75%", 72, "70%", 63, ""],
    ["Khối 5", 87, "100% HTCT tiểu học", 87, "80%", 70, "75%", 64, ""],
  ];
  const rate = (n: number | "", d: number) => (n === "" ? "" : Math.round((n / d) * 1000) / 10);
  grades.forEach((g, i) => {
    const r = 11 + i;
    s.row(`A${r}`, [
      g[0], g[1], g[2], g[3], { v: g[3] === "" ? "" : `=ROUND(D${r}/B${r}*100,1)`, result: rate(g[3], g[1]), fmt: "0.0" },
      g[4], g[5], { v: g[5] === "" ? "" : `=ROUND(G${r}/B${r}*100,1)`, result: rate(g[5], g[1]), fmt: "0.0" },
      g[6], g[7], g[7] === "" ? "" : { v: `=ROUND(J${r}/B${r}*100,1)`, result: rate(g[7], g[1]), fmt: "0.0" }, g[8],
    ], bd);
  });
  // Whole-school row: SUMs; the competence total is left blank while grade 3 is missing.
  s.row("A16", [
    "Toàn trường", { v: "=SUM(B11:B15)", result: 492 }, "Trên 98%", { v: "=SUM(D11:D15)", result: 486 }, { v: "=ROUND(D16/B16*100,1)", result: 98.8, fmt: "0.0" },
    "≥ 75%", { v: "=SUM(G11:G15)", result: 380 }, { v: "=ROUND(G16/B16*100,1)", result: 77.2, fmt: "0.0" },
    "≥ 70%", "", "", "Chờ số liệu khối 3",
  ], { ...bd, bold: true });
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("E11|D11", "Khối 1 · Hoàn thành chương trình lớp học", "97%", "not_met", "108/112 = 96,4% < 97%");
  e("H11|G11", "Khối 1 · Phẩm chất Tốt", "75%", "exceeded", "86/112 = 76,8%");
  e("K11|J11", "Khối 1 · Năng lực Tốt", "70%", "not_met", "78/112 = 69,6% < 70%");
  e("E12|D12", "Khối 2 · Hoàn thành chương trình lớp học", "98%", "exceeded", "97/98 = 99,0%");
  e("H12|G12", "Khối 2 · Phẩm chất Tốt", "75%", "exceeded", "74/98 = 75,5%");
  e("K12|J12", "Khối 2 · Năng lực Tốt", "70%", "exceeded", "69/98 = 70,4%");
  e("E13|D13", "Khối 3 · Hoàn thành chương trình lớp học", "99%", "exceeded", "104/105 = 99,05% (shown 99,0) ≥ 99%");
  e("H13|G13", "Khối 3 · Phẩm chất Tốt", "Từ 75% trở lên", "not_met", "78/105 = 74,3% < 75%");
  e("J13|K13", "Khối 3 · Năng lực Tốt", "70%", "no_data", "count and rate blank; note \"Chưa nhập năng lực đặc thù\"");
  e("E14|D14", "Khối 4 · Hoàn thành chương trình lớp học", "99%", "exceeded", "90/90 = 100%");
  e("H14|G14", "Khối 4 · Phẩm chất Tốt", "75%", "exceeded", "72/90 = 80,0%");
  e("K14|J14", "Khối 4 · Năng lực Tốt", "70%", "met", "63/90 = 70,0%, exactly the floor");
  e("E15|D15", "Khối 5 · Hoàn thành chương trình tiểu học", "100% HTCT tiểu học", "met", "87/87 = 100%");
  e("H15|G15", "Khối 5 · Phẩm chất Tốt", "80%", "exceeded", "70/87 = 80,5%");
  e("K15|J15", "Khối 5 · Năng lực Tốt", "75%", "not_met", "64/87 = 73,6% < 75%");
  e("E16|D16", "Toàn trường · Hoàn thành chương trình lớp học", "Trên 98%", "exceeded", "486/492 = 98,8% > 98% (strict \"Trên\" passed)");
  e("H16|G16", "Toàn trường · Phẩm chất Tốt", "≥ 75%", "exceeded", "380/492 = 77,2%");
  e("J16|K16", "Toàn trường · Năng lực Tốt", "≥ 70%", "no_data", "total left blank while grade 3 is missing (\"Chờ số liệu khối 3\")");
  signature(s, 18, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hồ Thị Thanh Hương" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "Chỉ tiêu khối lớp",
    headerRows: "8-9 (three merged groups over Chỉ tiêu / Thực hiện (SL) / Tỷ lệ (%)), 10 (column numbers)",
    nameColumn: "A (Khối)",
    target: "the Chỉ tiêu column of each group (C, F, I), one target per grade row and per group; \"97%\" and \"75%\" are floors",
    actualColumns: "E, H, K (Tỷ lệ (%): ROUND formulas over the counts D, G, J and Số HS in B)",
    ignoreColumns: "B (Số HS: the denominator), L (Ghi chú)",
    totalRows: "16 (Toàn trường: SUMs; it carries its own whole-school targets and is judged on them)",
    otherRows: "10 (column numbers), 18-24 (signature)",
    asOf: "2025-05-26",
    period: "2024-2025",
    notes: "Each grade has its own targets in the same row; the whole-school row has different wording (\"Trên 98%\", \"≥ 75%\"). Grade 3's competence result is blank, so the school total of that group is blank too.",
  };
  return b;
}
