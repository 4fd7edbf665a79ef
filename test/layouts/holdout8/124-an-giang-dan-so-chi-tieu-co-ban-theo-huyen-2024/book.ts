// Layout 124: a provincial population plan's basic targets by district (An Giang, KH 288/KH-UBND 2024, Phụ lục 1) with the year's results beside them.
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục 1: Chỉ tiêu cơ bản công tác dân số năm 2024 theo huyện, thị xã, thành phố và kết quả thực hiện, tỉnh An Giang");
  const s = b.sheet("PL1 chỉ tiêu cơ bản");
  s.cols([5, 24, 13, 12, 12, 12, 12, 12, 11, 30]);
  const h = titleBlock(s, {
    left: ["SỞ Y TẾ AN GIANG", "CHI CỤC DÂN SỐ - KHHGĐ"],
    date: "An Giang, ngày 20 tháng 01 năm 2025",
    title: [
      "PHỤ LỤC 1",
      "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CƠ BẢN CÔNG TÁC DÂN SỐ NĂM 2024",
      "(Chỉ tiêu giao tại Kế hoạch số 288/KH-UBND ngày 21/3/2024 của UBND tỉnh)",
    ],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge(`A${h}:A${h + 1}`, "TT", head)
    .merge(`B${h}:B${h + 1}`, "Huyện, thị xã, thành phố", head)
    .merge(`C${h}:C${h + 1}`, "Dân số trung bình năm 2024 (người)", head)
    .merge(`D${h}:F${h}`, "Tỷ số giới tính khi sinh (số bé trai/100 bé gái)", head)
    .merge(`G${h}:I${h}`, "Số người mới sử dụng biện pháp tránh thai hiện đại (người)", head)
    .merge(`J${h}:J${h + 1}`, "Ghi chú", head);
  s.row(`D${h + 1}`, ["Thực hiện năm 2023", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Tỷ lệ TH/KH (%)"], head);
  s.row(`A${h + 2}`, ["A", "B", "1", "2", "3", "4", "5", "6", "7=6/5", "8"], { italic: true, align: "center", border: true });
  s.hideCols("D");
  const bd = { border: true, align: "center" as const };
  const t = (v: number): CellInput => ({ v, fmt: "0.00" });
  // [unit, population, SRB 2023, SRB plan, SRB result, status, why, users plan, users result, status, why, note]
  type U = [string, number, number, number, CellInput, Status, string, number, CellInput, Status, string, string];
  const units: U[] = [
    ["TP Long Xuyên", 286540, 108.4, 108.2, t(107.85), "met", "107,85 ≤ 108,20", 3950, 4012, "exceeded", "4.012 > 3.950", ""],
    ["TP Châu Đốc", 161330, 109.3, 108.5, t(109.12), "not_met", "109,12 > 108,50", 1820, 1820, "met", "1.820 = 1.820", ""],
    ["TX Tân Châu", 150820, 108.9, 108.8, t(108.8), "met", "108,80 = 108,80, at the ceiling", 2310, 2145, "not_met", "2.145 < 2.310", ""],
    ["TX Tịnh Biên", 128450, 109.6, 109.0, t(106.4), "met", "106,40 ≤ 109,00: under a ceiling is met, not exceeded", 1780, 1802, "exceeded", "1.802 > 1.780", ""],
    ["Huyện An Phú", 180210, 110.1, 108.9, "110,3", "not_met", "\"110,3\" typed as text, above 108,90", 2640, 2515, "not_met", "2.515 < 2.640", ""],
    ["Huyện Phú Tân", 204760, 108.8, 108.6, "", "no_data", "blank: no births tallied by sex", 2900, 2968, "exceeded", "2.968 > 2.900", "Chưa tổng hợp được số sinh theo giới tính"],
    ["Huyện Châu Phú", 239870, 108.9, 108.7, t(108.71), "not_met", "108,71 > 108,70 by 0,01", 3480, "3.480", "met", "\"3.480\" typed as text, equal to 3.480", ""],
    ["Huyện Tri Tôn", 135120, 109.9, 109.2, t(104.2), "met", "104,20 ≤ 109,20", 2150, 2097, "not_met", "2.097 < 2.150", ""],
    ["Huyện Châu Thành", 172640, 108.5, 108.6, t(108.3), "met", "108,30 ≤ 108,60", 2560, 2601, "exceeded", "2.601 > 2.560", ""],
    ["Huyện Chợ Mới", 306930, 109.4, 108.8, t(109.9), "not_met", "109,90 > 108,80", 4620, 4388, "not_met", "4.388 < 4.620", ""],
    ["Huyện Thoại Sơn", 170420, 108.9, 108.7, t(108.65), "met", "108,65 ≤ 108,70", 2870, "Đang tổng hợp", "no_data", "\"Đang tổng hợp\" after the year closed: no figure", ""],
  ];
  let r = h + 3;
  const first = r;
  units.forEach((u, i) => {
    const ratio = typeof u[8] === "number" ? { v: `=ROUND(H${r}/G${r}*100,1)`, fmt: "0.0" as const, result: Math.round((u[8] / u[7]) * 1000) / 10 } : "";
    s.row(`A${r}`, [String(i + 1), u[0], { v: u[1], fmt: "#,##0" }, t(u[2]), t(u[3]), u[4], { v: u[7], fmt: "#,##0" }, typeof u[8] === "number" ? { v: u[8], fmt: "#,##0" } : u[8], ratio, u[11]], bd);
    s.set(`B${r}`, u[0], { border: true });
    s.expect(`F${r}`, { indicator: `${u[0]} · Tỷ số giới tính khi sinh`, target: `${viNumber(u[3], 2)} (kế hoạch, mức trần)`, status: u[5], why: u[6] });
    s.expect(`H${r}`, { indicator: `${u[0]} · Số người mới sử dụng BPTT hiện đại`, target: viNumber(u[7]), status: u[9], why: u[10] });
    r++;
  });
  const last = r - 1;
  s.row(`A${r}`, ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, fmt: "#,##0" }, t(109.2), t(108.66), t(108.74), { v: `=SUM(G${first}:G${last})`, fmt: "#,##0" }, { v: `=SUM(H${first}:H${last})`, fmt: "#,##0" }, { v: `=ROUND(H${r}/G${r}*100,1)`, fmt: "0.0" }, "Tỷ số giới tính khi sinh toàn tỉnh tính trên tổng số sinh"], { ...bd, bold: true });
  s.expect(`F${r}`, { indicator: "Toàn tỉnh · Tỷ số giới tính khi sinh", target: "108,66 (kế hoạch tỉnh, mức trần)", status: "not_met", why: "108,74 > 108,66; the province figure is typed, not an average of the districts" });
  const total = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Tỷ số giới tính khi sinh: chỉ tiêu kế hoạch là mức tối đa, thực hiện không vượt mức kế hoạch là đạt.",
    "- Số người mới sử dụng BPTT hiện đại: thực hiện bằng hoặc cao hơn kế hoạch là đạt.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Thị Ngọc Hân" }, { col: "G", title: "CHI CỤC TRƯỞNG", name: "Nguyễn Văn Lực" });
  b.facts = {
    sheet: "PL1 chỉ tiêu cơ bản",
    headerRows: `${h}-${h + 1} (row ${h + 2} numbers the columns A, B, 1-8 with "7=6/5")`,
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "columns E (sex ratio at birth: a ceiling, as the note says) and G (new users of modern contraception: a floor)",
    actualColumns: "F and H (Thực hiện năm 2024)",
    ignoreColumns: "C (population), D (hidden: 2023 result), I (ratio formula), J (Ghi chú)",
    totalRows: `${total} (Toàn tỉnh: SUM for counts, a typed sex ratio judged against the province's 108,66)`,
    otherRows: `${h + 2} (column numbers), ${total + 2}-${total + 4} (notes), signature below`,
    asOf: "2025-01-20",
    period: "2024",
    rollUps: [s.rollUp(" · Tỷ số giới tính khi sinh", "huyện, thị xã, thành phố"), s.rollUp(" · Số người mới sử dụng BPTT hiện đại", "huyện, thị xã, thành phố")],
    notes: "The sex ratio is judged as a ceiling (lower is met, never exceeded); the count of new users as a floor. The province row's sex ratio is its own figure.",
  };
  return b;
}
