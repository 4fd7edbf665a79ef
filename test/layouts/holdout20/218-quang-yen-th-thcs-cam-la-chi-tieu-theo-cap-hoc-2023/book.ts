// Layout 218: a two-level school's year-end quality table (TH&THCS Cẩm La, Quảng Yên, Quảng Ninh, 2022-2023): grades as rows in a primary block and a lower-secondary block, each block under its own target row (99% vs 97%, prizes vs good pupils, no dropout vs at most 1%), block subtotal rows and a whole-school row; the targets are set for each level as a whole (notes), so only the subtotal rows are judged and the grades below a target are not; a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Chất lượng giáo dục cuối năm học 2022-2023 theo cấp học, Trường TH&THCS Cẩm La (TX Quảng Yên, Quảng Ninh)");
  const s = b.sheet("Chat luong cuoi nam");
  s.cols([6, 26, 10, 10, 9, 9, 9, 9, 8, 8, 11, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THỊ XÃ QUẢNG YÊN", "TRƯỜNG TH&THCS CẨM LA"],
    date: "Cẩm La, ngày 29 tháng 5 năm 2023",
    title: ["THỐNG KÊ CHẤT LƯỢNG GIÁO DỤC CUỐI NĂM HỌC 2022 - 2023", "So với chỉ tiêu Kế hoạch chiến lược xây dựng và phát triển nhà trường giai đoạn 2019 - 2024 (điều chỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Khối lớp", head).merge("C8:C9", "Số HS đầu năm", head).merge("D8:D9", "Số HS cuối năm", head);
  s.merge("E8:F8", "Hoàn thành chương trình lớp học (TH) / Lên lớp (THCS)", head);
  s.merge("G8:H8", "Được khen thưởng (TH) / Học sinh Giỏi (THCS)", head);
  s.merge("I8:J8", "Bỏ học", head);
  s.row("E9", ["SL", "%", "SL", "%", "SL", "%"], head);
  s.merge("K8:K9", "HT/Lên lớp năm học 2021-2022 (%)", head).merge("L8:L9", "Ghi chú", head);
  s.hideCols("K");
  const pct = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  // [khối, đầu năm, cuối năm, HT, khen/giỏi, bỏ học, last year %, ghi chú]
  type G = [string, number, number, number, number, number, number, string];
  const th: G[] = [
    ["Khối 1", 62, 62, 61, 40, 0, 98.4, "01 HS khuyết tật học hòa nhập"],
    ["Khối 2", 58, 58, 58, 38, 0, 100, ""],
    ["Khối 3", 65, 65, 64, 44, 0, 98.5, ""],
    ["Khối 4", 60, 60, 60, 41, 0, 100, ""],
    ["Khối 5", 55, 55, 55, 36, 0, 100, ""],
  ];
  const thcs: G[] = [
    ["Khối 6", 71, 70, 68, 18, 1, 97.2, "01 HS bỏ học (tháng 11/2022)"],
    ["Khối 7", 66, 66, 63, 12, 0, 96.9, "03 HS rèn luyện, kiểm tra lại trong hè"],
    ["Khối 8", 62, 61, 60, 10, 1, 98.3, "01 HS bỏ học (tháng 02/2023)"],
    ["Khối 9", 57, 57, 57, 8, 0, 100, "Xét công nhận tốt nghiệp THCS"],
  ];
  let r = 10;
  const rate = (num: string, den: string, row: number, n: number, d: number): CellInput => ({ v: `=ROUND(${num}${row}/${den}${row}*100,2)`, result: pct(n, d), fmt: "0.00" });
  const block = (title: string, roman: string, targets: [string, string, string], grades: G[], totalLabel: string, expects: Array<[string, string, Status, string]>) => {
    s.row(`A${r}`, [roman, title], { border: true, bold: true });
    s.merge(`B${r}:L${r}`, title, { border: true, bold: true });
    r++;
    s.row(`A${r}`, ["", "Chỉ tiêu cả cấp học", "", "", targets[0], "", targets[1], "", targets[2], "", "", "KH chiến lược (điều chỉnh)"], { border: true, italic: true, bold: true, wrap: true, align: "center" });
    s.merge(`E${r}:F${r}`, targets[0], { border: true, italic: true, bold: true, wrap: true, align: "center" });
    s.merge(`G${r}:H${r}`, targets[1], { border: true, italic: true, bold: true, wrap: true, align: "center" });
    s.merge(`I${r}:J${r}`, targets[2], { border: true, italic: true, bold: true, wrap: true, align: "center" });
    const targetRow = r;
    r++;
    const first = r;
    grades.forEach(([k, c0, c1, ht, kt, bo, ly, note], i) => {
      s.row(`A${r}`, [i + 1, k, c0, c1, ht, rate("E", "D", r, ht, c1), kt, rate("G", "D", r, kt, c1), bo, rate("I", "C", r, bo, c0), { v: ly, fmt: "0.0" }, note], bd);
      s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
      r++;
    });
    const last = r - 1;
    const tot = (k: (g: G) => number) => grades.reduce((a, g) => a + k(g), 0);
    const [c0, c1, ht, kt, bo] = [tot((g) => g[1]), tot((g) => g[2]), tot((g) => g[3]), tot((g) => g[4]), tot((g) => g[5])];
    const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v });
    s.row(`A${r}`, ["", totalLabel, sum("C", c0), sum("D", c1), sum("E", ht), rate("E", "D", r, ht, c1), sum("G", kt), rate("G", "D", r, kt, c1), sum("I", bo), rate("I", "C", r, bo, c0), "", ""], { ...bd, bold: true });
    for (const [cells, ind, st, why] of expects) {
      const [a, bb] = cells.split("|");
      s.expect(`${a}${r}|${bb}${r}`, { indicator: `${totalLabel} · ${ind}`, target: ind.startsWith("Hoàn thành") || ind.startsWith("Lên lớp") ? targets[0] : ind.startsWith("Bỏ học") ? targets[2] : targets[1], status: st, why });
    }
    const totalRow = r;
    r++;
    return { targetRow, first, last, totalRow, c0, c1, ht, kt, bo };
  };
  const A = block("CẤP TIỂU HỌC", "A", ["Từ 99% trở lên", "Từ 60% trở lên", "Không có HS bỏ học"], th, "Cộng cấp tiểu học", [
    ["E|F", "Hoàn thành chương trình lớp học", "exceeded", "298/300 = 99,33%, above 99% for the level (Khối 1 and 3 alone are under 99%, but the target is the level's)"],
    ["G|H", "Được khen thưởng", "exceeded", "199/300 = 66,33%, above 60%"],
    ["I|J", "Bỏ học", "met", "no pupil dropped out"],
  ]);
  const B = block("CẤP TRUNG HỌC CƠ SỞ", "B", ["Từ 97% trở lên", "Từ 20% trở lên", "Không quá 1%"], thcs, "Cộng cấp THCS", [
    ["E|F", "Lên lớp", "exceeded", "248/254 = 97,64%, above 97% for the level (Khối 7 alone is 95,45%, not judged by itself)"],
    ["G|H", "Học sinh Giỏi", "not_met", "48/254 = 18,90%, under 20%"],
    ["I|J", "Bỏ học", "met", "2 of 256 enrolled at the start = 0,78%, under the 1% cap"],
  ]);
  const w = r;
  const sumTwo = (c: string, v: number): CellInput => ({ v: `=${c}${A.totalRow}+${c}${B.totalRow}`, result: v });
  s.row(`A${w}`, ["", "Toàn trường", sumTwo("C", A.c0 + B.c0), sumTwo("D", A.c1 + B.c1), sumTwo("E", A.ht + B.ht), rate("E", "D", w, A.ht + B.ht, A.c1 + B.c1), sumTwo("G", A.kt + B.kt), rate("G", "D", w, A.kt + B.kt, A.c1 + B.c1), sumTwo("I", A.bo + B.bo), rate("I", "C", w, A.bo + B.bo, A.c0 + B.c0), "", ""], { ...bd, bold: true });
  notes(s, w + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu giao cho từng cấp học (tính chung cả cấp, không giao riêng từng khối lớp) theo Quyết định phê duyệt điều chỉnh Kế hoạch chiến lược giai đoạn 2019 - 2024.",
    "- Tỷ lệ bỏ học tính trên số học sinh đầu năm; các tỷ lệ khác tính trên số học sinh cuối năm.",
    "- Cấp THCS: cột khen thưởng ghi số học sinh có kết quả học tập Tốt (lớp 6, 7) hoặc học lực Giỏi (lớp 8, 9).",
  ]);
  signature(s, w + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Vũ Thị Thanh Hương" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Phạm Văn Tuấn" });
  b.facts = {
    sheet: "Chat luong cuoi nam",
    headerRows: "8-9 (three indicators merged over SL / %)",
    nameColumn: "B (Khối lớp)",
    target: `rows ${A.targetRow} and ${B.targetRow} (Chỉ tiêu cả cấp học: a target per level, in E:F, G:H, I:J)`,
    actualColumns: "E with F, G with H, I with J (count and ROUND rate) on the subtotal rows",
    ignoreColumns: "A (TT), C and D (pupils: denominators), K (hidden: last year's rate), L (Ghi chú)",
    totalRows: `${A.totalRow} (Cộng cấp tiểu học) and ${B.totalRow} (Cộng cấp THCS): judged, the targets are the level's; ${w} (Toàn trường): no target of its own, not judged`,
    targetRows: `${A.targetRow}, ${B.targetRow}`,
    otherRows: `${A.targetRow - 1} and ${B.targetRow - 1} (level headings); grade rows ${A.first}-${A.last} and ${B.first}-${B.last} are not judged (the targets are not set per grade); notes ${w + 2}-${w + 6}, signature from ${w + 7}`,
    asOf: "2023-05-29",
    period: "Năm học 2022-2023",
    notes: "Each level has its own target row, and the notes say the targets are for the level as a whole, not each grade: only the two subtotal rows are judged (99,33% and 97,64% pass, though Khối 1, Khối 3 and Khối 7 alone fall under their level's floor). The dropout rate is over the start-of-year roll; the whole-school row has no target.",
  };
  return b;
}
