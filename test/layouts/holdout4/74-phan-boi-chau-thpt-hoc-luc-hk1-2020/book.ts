// Layout 74: a high school's first-term grades and conduct by year group against whole-school targets (THPT Phan Bội Châu, Phan Thiết, Bình Thuận, January 2021): count-and-rate pairs under two header rows, the targets in a row below the school total and meant for the total only, strict "trên"/"dưới" next to inclusive ones, a rounded 2,5 that is not under 2,5.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê học lực, hạnh kiểm học kỳ I năm học 2020-2021 theo khối, Trường THPT Phan Bội Châu (Bình Thuận)");
  const s = b.sheet("HK I 2020-2021");
  s.cols([5, 30, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 18]);
  titleBlock(s, {
    left: ["SỞ GD&ĐT BÌNH THUẬN", "TRƯỜNG THPT PHAN BỘI CHÂU"],
    date: "Phan Thiết, ngày 11 tháng 01 năm 2021",
    title: ["THỐNG KÊ CHẤT LƯỢNG HỌC KỲ I NĂM HỌC 2020-2021", "Học lực, hạnh kiểm theo khối lớp"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Khối", head).merge("C8:C10", "Sĩ số", head);
  s.merge("D8:I8", "Học lực", head).merge("J8:M8", "Hạnh kiểm", head).merge("N8:N10", "Ghi chú", head);
  s.merge("D9:E9", "Giỏi", head).merge("F9:G9", "Khá", head).merge("H9:I9", "Yếu, kém", head).merge("J9:K9", "Tốt", head).merge("L9:M9", "Yếu", head);
  s.row("D10", ["SL", "%", "SL", "%", "SL", "%", "SL", "%", "SL", "%"], head);
  const bd = { border: true, align: "center" as const };
  // [grade, enrolled, excellent, good, weak or poor, conduct good, conduct weak]
  type G = [string, number, number, number, number, number, number];
  const grades: G[] = [
    ["Khối 10", 1060, 88, 571, 35, 742, 7],
    ["Khối 11", 1012, 97, 566, 28, 751, 5],
    ["Khối 12", 980, 110, 586, 14, 778, 2],
  ];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const rate = (col: string, r: number, value: number): CellInput => ({ v: `=ROUND(${col}${r}/C${r}*100,1)`, fmt: "0.0", result: value });
  const put = (r: number, no: CellInput, name: string, g: G, sums: boolean) => {
    const v = (i: number, col: string): CellInput => (sums ? `=SUM(${col}11:${col}13)` : g[i]);
    s.row(`A${r}`, [no, { v: name, align: "left" }, v(1, "C"), v(2, "D"), rate("D", r, round1((g[2] / g[1]) * 100)), v(3, "F"), rate("F", r, round1((g[3] / g[1]) * 100)), v(4, "H"), rate("H", r, round1((g[4] / g[1]) * 100)), v(5, "J"), rate("J", r, round1((g[5] / g[1]) * 100)), v(6, "L"), rate("L", r, round1((g[6] / g[1]) * 100)), ""], sums ? { ...bd, bold: true } : bd);
  };
  grades.forEach((g, i) => put(11 + i, i + 1, g[0], g, false));
  const total: G = ["Toàn trường", 0, 0, 0, 0, 0, 0];
  for (const g of grades) for (let k = 1; k < 7; k++) total[k] = (total[k] as number) + (g[k] as number);
  put(14, "", "Toàn trường", total, true);
  s.row("A15", ["", { v: "Chỉ tiêu năm học 2020-2021 (toàn trường)", align: "left" }, "", "", "10% trở lên", "", "Trên 50%", "", "Dưới 2,5%", "", "Trên 70%", "", "Không quá 0,5%", "Theo Kế hoạch năm học"], { ...bd, bold: true, italic: true, wrap: true });

  const T = total;
  const show = (n: number, d: number) => `${n.toLocaleString("de-DE")}/${d.toLocaleString("de-DE")} (${String(round1((n / d) * 100)).replace(".", ",")})`;
  type J = [string, string, string, number, Status, string];
  const judged: J[] = [
    ["E14|D14", "Học sinh học lực giỏi", "10% trở lên (dòng 15)", T[2], "pending", "9,7 < 10 after the first term; the target is for the school year"],
    ["G14|F14", "Học sinh học lực khá", "Trên 50% (dòng 15)", T[3], "met", "56,5 > 50: passes a strict \"trên\" threshold (met, not exceeded)"],
    ["I14|H14", "Học sinh học lực yếu, kém", "Dưới 2,5% (dòng 15)", T[4], "pending", "77/3.052 = 2,52%, shown 2,5: not under 2,5 either way (\"dưới\" is strict); the year's figure is not in yet"],
    ["K14|J14", "Học sinh hạnh kiểm tốt", "Trên 70% (dòng 15)", T[5], "met", "74,4 > 70: passes a strict \"trên\" threshold (met, not exceeded)"],
    ["M14|L14", "Học sinh hạnh kiểm yếu", "Không quá 0,5% (dòng 15)", T[6], "met", "14/3.052 = 0,46%, shown 0,5: within the ceiling either way"],
  ];
  for (const [cell, ind, target, n, status, why] of judged) s.expect(cell, { indicator: `Toàn trường · ${ind}`, target, actual: show(n, T[1]), status, why });
  const after = notes(s, 17, "B", [
    "Ghi chú:",
    "- Chỉ tiêu giao cho toàn trường theo Kế hoạch năm học 2020-2021; số liệu các khối để theo dõi.",
    "- Tỷ lệ (%) tính trên sĩ số cuối học kỳ I.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI THỐNG KÊ", name: "Võ Thị Ngọc Hân" }, { col: "J", title: "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", name: "Thái Tăng Sỹ" });
  b.facts = {
    sheet: "HK I 2020-2021",
    headerRows: "8-10 (Học lực / Hạnh kiểm over Giỏi, Khá, Yếu kém / Tốt, Yếu over SL | %)",
    nameColumn: "B (Khối)",
    target: "row 15 (Chỉ tiêu năm học 2020-2021 (toàn trường): \"10% trở lên\", \"Trên 50%\", \"Dưới 2,5%\", \"Trên 70%\", \"Không quá 0,5%\" under the % columns)",
    actualColumns: "row 14 (Toàn trường): E, G, I, K, M (ROUND rates) with D, F, H, J, L (counts)",
    ignoreColumns: "C (Sĩ số, the denominator), N (Ghi chú)",
    totalRows: "14 (Toàn trường: the row the targets apply to)",
    targetRows: "15",
    otherRows: "11-13 (Khối 10-12: breakdowns, no target of their own, not judged), 17-19 (notes), signature below",
    asOf: "2021-01-11",
    period: "2020-2021",
    notes: "The targets are the school's, for the whole year and the whole school (the note says the grade rows are for monitoring): only the Toàn trường row is judged. First-term results: a shortfall is pending; a figure above a strict \"trên\" floor is met (exceeded is kept for inclusive floors), under a ceiling is met. \"Trên\" and \"Dưới\" are strict; the shown 2,5 (2,52) is not under 2,5. Rates are plain numbers with one decimal.",
  };
  return b;
}
