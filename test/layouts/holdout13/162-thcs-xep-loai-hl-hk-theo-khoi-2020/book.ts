// Layout 162: a lower-secondary school's year-end learning and conduct ratings per grade (the Mẫu báo cáo kết quả xếp loại học lực, hạnh kiểm), SL and ROUND % pairs under a two-level merged header, a target row from the school plan with "Yếu, kém ≤ 3%" merged over the Yếu and Kém pairs (the two together), "Không có HS xếp loại hạnh kiểm yếu", a school total row by SUM.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê xếp loại học lực, hạnh kiểm cuối năm học 2019-2020 theo khối lớp, trường THCS (mẫu báo cáo kết quả xếp loại)");
  const s = b.sheet("HL-HK ca nam");
  s.cols([12, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN THANH CHƯƠNG", "TRƯỜNG THCS THANH LĨNH"],
    date: "Thanh Lĩnh, ngày 30 tháng 7 năm 2020",
    title: ["THỐNG KÊ XẾP LOẠI HỌC LỰC, HẠNH KIỂM CUỐI NĂM", "Năm học 2019-2020"],
    leftSpan: ["A", "F"],
    rightSpan: ["K", "T"],
    titleSpan: ["A", "T"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "Khối", head).merge("B8:B10", "Sĩ số", head).merge("C8:L8", "Học lực", head).merge("M8:T8", "Hạnh kiểm", head);
  const groups = ["Giỏi", "Khá", "Trung bình", "Yếu", "Kém", "Tốt", "Khá", "Trung bình", "Yếu"];
  const cols = ["C", "E", "G", "I", "K", "M", "O", "Q", "S"];
  const next = (c: string) => String.fromCharCode(c.charCodeAt(0) + 1);
  groups.forEach((g, i) => {
    s.merge(`${cols[i]}9:${next(cols[i])}9`, g, head);
    s.row(`${cols[i]}10`, ["SL", "%"], head);
  });
  const it = { ...head, bold: false, italic: true };
  s.row("A11", ["Chỉ tiêu", ""], it);
  s.row("C11", ["", "≥ 20%"], it);
  s.merge("I11:L11", "Yếu, kém ≤ 3%", it);
  s.row("M11", ["", "≥ 80%"], it);
  s.merge("S11:T11", "Không có HS xếp loại yếu", it);
  const pct = (c: string, r: number, res: number): CellInput => ({ v: `=IF($B${r}=0,"",ROUND(${c}${r}/$B${r}*100,2))`, result: res, fmt: "0.00" });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  // [khối, sĩ số, HL G, K, TB, Y, Kém, HK T, K, TB, Y]
  type G = [string, number, number, number, number, number, number, number, number, number, number];
  const grades: G[] = [
    ["Khối 6", 168, 36, 70, 58, 4, 0, 140, 24, 4, 0],
    ["Khối 7", 162, 30, 68, 59, 5, 0, 128, 30, 3, 1],
    ["Khối 8", 155, 31, 62, 58, 3, 1, 130, 22, 3, 0],
    ["Khối 9", 149, 33, 60, 51, 4, 1, 125, 20, 4, 0],
  ];
  const first = 12;
  const last = first + grades.length - 1;
  const total: G = ["Toàn trường", ...Array.from({ length: 10 }, (_, k) => grades.reduce((a, g) => a + (g[k + 1] as number), 0))] as G;
  const why: Record<string, [Status, string][]> = {
    "Khối 6": [["exceeded", "36/168 = 21,43"], ["met", "Yếu 2,38 + Kém 0,00 = 2,38 ≤ 3"], ["exceeded", "140/168 = 83,33"], ["met", "0 HS yếu"]],
    "Khối 7": [["not_met", "30/162 = 18,52"], ["not_met", "Yếu 3,09 + Kém 0,00 = 3,09 > 3"], ["not_met", "128/162 = 79,01"], ["not_met", "1 HS hạnh kiểm yếu"]],
    "Khối 8": [["met", "31/155 = 20,00 at the floor"], ["met", "Yếu 1,94 + Kém 0,65 = 2,59 ≤ 3 (4/155 = 2,58)"], ["exceeded", "130/155 = 83,87"], ["met", "0 HS yếu"]],
    "Khối 9": [["exceeded", "33/149 = 22,15"], ["not_met", "Yếu 2,68 + Kém 0,67 = 3,35 > 3 (5/149 = 3,36): each column alone is under 3, the two together are not"], ["exceeded", "125/149 = 83,89"], ["met", "0 HS yếu"]],
    "Toàn trường": [["exceeded", "130/634 = 20,50"], ["met", "Yếu 2,52 + Kém 0,32 = 2,84 ≤ 3 (18/634)"], ["exceeded", "523/634 = 82,49"], ["not_met", "1 HS hạnh kiểm yếu (khối 7)"]],
  };
  const put = (g: G, r: number, style: object) => {
    const cells: CellInput[] = [g[0], g[1]];
    for (let k = 0; k < 9; k++) {
      const c = cols[k];
      cells.push(r === last + 1 ? { v: `=SUM(${c}${first}:${c}${last})`, result: g[k + 2] as number } : (g[k + 2] as number));
      cells.push(pct(c, r, r2(((g[k + 2] as number) / g[1]) * 100)));
    }
    if (r === last + 1) cells[1] = { v: `=SUM(B${first}:B${last})`, result: g[1] };
    s.row(`A${r}`, cells, style);
    const w = why[g[0]];
    const yk = r2((g[5] / g[1]) * 100) + r2((g[6] / g[1]) * 100);
    s.expect(`D${r}|C${r}`, { indicator: `${g[0]} · Học lực giỏi`, target: "≥ 20%", status: w[0][0], why: w[0][1] });
    s.expect(`J${r}|L${r}`, { indicator: `${g[0]} · Học lực yếu, kém`, target: "Yếu, kém ≤ 3%", status: w[1][0], why: w[1][1], actual: `J + L = ${yk.toFixed(2).replace(".", ",")}` });
    s.expect(`N${r}|M${r}`, { indicator: `${g[0]} · Hạnh kiểm tốt`, target: "≥ 80%", status: w[2][0], why: w[2][1] });
    s.expect(`S${r}`, { indicator: `${g[0]} · Hạnh kiểm yếu`, target: "Không có HS xếp loại yếu", status: w[3][0], why: w[3][1] });
  };
  grades.forEach((g, i) => put(g, first + i, { border: true, align: "center" }));
  put(total, last + 1, { border: true, align: "center", bold: true });
  const rollUps = [" · Học lực giỏi", " · Học lực yếu, kém", " · Hạnh kiểm tốt", " · Hạnh kiểm yếu"].map((x) => s.rollUp(x, "khối"));
  notes(s, last + 3, "A", [
    "Ghi chú:",
    "- Chỉ tiêu theo Kế hoạch năm học 2019-2020 của nhà trường: học lực giỏi từ 20% trở lên; học lực yếu, kém (cộng chung) không quá 3%; hạnh kiểm tốt từ 80% trở lên; không có học sinh xếp loại hạnh kiểm yếu.",
    "- Số liệu sau xét lên lớp, chưa tính học sinh rèn luyện, kiểm tra lại trong hè.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thu Hà" }, { col: "M", title: "HIỆU TRƯỞNG", name: "Phan Văn Lợi" });
  b.facts = {
    sheet: "HL-HK ca nam",
    headerRows: "8-10 (Học lực / Hạnh kiểm, ratings, SL %), 11 (Chỉ tiêu)",
    nameColumn: "A (Khối)",
    target: "row 11: D \"≥ 20%\", I:L merged \"Yếu, kém ≤ 3%\" (Yếu and Kém together), N \"≥ 80%\", S:T merged \"Không có HS xếp loại yếu\"",
    actualColumns: "D (Giỏi %), J + L (Yếu % + Kém %), N (HK Tốt %), S (HK Yếu SL)",
    ignoreColumns: "B (Sĩ số), the SL columns beside judged %, E-H, O-R (no target)",
    totalRows: `${last + 1} (Toàn trường: SUM)`,
    targetRows: "11",
    otherRows: `${last + 3}-${last + 5} (notes), signature from ${last + 7}`,
    asOf: "2020-07-30",
    period: "Năm học 2019-2020",
    rollUps,
    notes: "The Yếu-kém ceiling spans two rating pairs and applies to their sum (the note says \"cộng chung\"): Khối 9 has each column under 3% but the sum over. The school row is judged like the grades.",
  };
  return b;
}
