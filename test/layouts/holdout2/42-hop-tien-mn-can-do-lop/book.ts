// Layout 42: a preschool's weighing-and-measuring table by class (MN Hợp Tiến, Đồng Hỷ, Thái Nguyên, last weighing of 2019-2020): three header rows, count-and-rate pairs, a target row, less-is-better caps, hidden earlier-weighing columns.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả cân đo trẻ cuối năm học 2019-2020 (lần 3) theo nhóm, lớp, Trường Mầm non Hợp Tiến");
  const s = b.sheet("Cân đo cuối năm");
  s.cols([5, 22, 8, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 18, 9, 9]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN ĐỒNG HỶ", "TRƯỜNG MẦM NON HỢP TIẾN"],
    date: "Hợp Tiến, ngày 29 tháng 5 năm 2020",
    title: ["KẾT QUẢ CÂN, ĐO TRẺ CUỐI NĂM HỌC 2019-2020 (LẦN 3)", "(Cân đo ngày 27/5/2020)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "O"],
    titleSpan: ["A", "O"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Nhóm, lớp", head).merge("C8:C10", "Tổng số trẻ", head).merge("D8:D10", "Số trẻ được cân, đo", head);
  s.merge("E8:H8", "Cân nặng theo tuổi", head).merge("I8:L8", "Chiều cao theo tuổi", head);
  s.merge("M8:N9", "Thừa cân, béo phì", head);
  s.merge("E9:F9", "Phát triển bình thường", head).merge("G9:H9", "Suy dinh dưỡng thể nhẹ cân", head);
  s.merge("I9:J9", "Phát triển bình thường", head).merge("K9:L9", "Suy dinh dưỡng thể thấp còi", head);
  s.row("E10", ["SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)"], head);
  s.merge("O8:O10", "Ghi chú", head);
  s.merge("P8:Q8", "Lần 2 (tháng 12/2019)", head);
  s.row("P9", ["SDD nhẹ cân (%)", "SDD thấp còi (%)"], head);
  s.hideCols("P", "Q");
  s.row("A11", ["", "Chỉ tiêu năm học", "", "", "", "", "", "Dưới 2%", "", "", "", "Dưới 3%", "", "Không quá 1%", "Theo kế hoạch năm học"], { italic: true, bold: true, border: true, align: "center" });

  // [class, children, measured (null = not weighed), light, stunted, overweight, typed rates {col: text}, first weighing light/stunted, note]
  type C = [string, number, number | null, number, number, number, Record<string, CellInput>, [number, number], string];
  const classes: C[] = [
    ["Nhà trẻ 24-36 tháng", 25, 25, 1, 1, 0, {}, [8, 8], ""],
    ["Mẫu giáo 3 tuổi A", 30, 30, 0, 1, 0, { L: "3,3%" }, [3.3, 6.7], "TL thấp còi ghi tay"],
    ["Mẫu giáo 3 tuổi B", 28, 27, 0, 0, 1, {}, [3.6, 3.6], "01 trẻ nghỉ ốm"],
    ["Mẫu giáo 4 tuổi A", 32, 32, 0, 1, 0, {}, [0, 3.1], ""],
    ["Mẫu giáo 4 tuổi B", 31, 31, 0, 0, 0, {}, [3.2, 0], ""],
    ["Mẫu giáo 5 tuổi A", 35, 35, 0, 1, 0, {}, [2.9, 2.9], ""],
    ["Mẫu giáo 5 tuổi B", 34, 34, 0, 0, 1, {}, [0, 0], ""],
    ["Mẫu giáo 5 tuổi C (điểm lẻ)", 22, null, 0, 0, 0, {}, [4.5, 9.1], "Chưa cân đo: trẻ nghỉ dài ngày, cân bổ sung sau"],
  ];
  const first = 12;
  const rate = (r: number, col: string, n: number, m: number | null, typed?: CellInput): CellInput =>
    typed ?? { v: `=IF(D${r}="","",ROUND(${col}${r}/D${r}*100,1))`, fmt: "0.0", result: m === null ? "" : Math.round((n / m) * 1000) / 10 };
  const rows = classes.map(([name, n, m, light, stunt, over, typed, lastTime, note], i) => {
    const r = first + i;
    const cnt = (x: number): CellInput => (m === null ? "" : x);
    return [
      i + 1, name, n, m ?? "",
      cnt(m === null ? 0 : m - light), rate(r, "E", m === null ? 0 : m - light, m), cnt(light), rate(r, "G", light, m, typed.H),
      cnt(m === null ? 0 : m - stunt), rate(r, "I", m === null ? 0 : m - stunt, m), cnt(stunt), rate(r, "K", stunt, m, typed.L),
      cnt(over), rate(r, "M", over, m, typed.N), note, lastTime[0], lastTime[1],
    ] as CellInput[];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const sum = (c: string) => `=SUM(${c}${first}:${c}${last})`;
  const tot = end;
  table(s, `A${tot}`, [["", "Toàn trường", sum("C"), sum("D"), sum("E"), { v: `=ROUND(E${tot}/D${tot}*100,1)`, fmt: "0.0" }, sum("G"), { v: `=ROUND(G${tot}/D${tot}*100,1)`, fmt: "0.0" }, sum("I"), { v: `=ROUND(I${tot}/D${tot}*100,1)`, fmt: "0.0" }, sum("K"), { v: `=ROUND(K${tot}/D${tot}*100,1)`, fmt: "0.0" }, sum("M"), { v: `=ROUND(M${tot}/D${tot}*100,1)`, fmt: "0.0" }, "Trừ lớp 5 tuổi C"]], { bold: true, align: "center" });

  const v = (x: number) => String(Math.round(x * 10) / 10).replace(".", ",");
  const indicators: Array<[string, string, string, number, "lt" | "le", number]> = [
    ["H", "G", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", 2, "lt", 3],
    ["L", "K", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", 3, "lt", 4],
    ["N", "M", "Tỷ lệ trẻ thừa cân, béo phì", 1, "le", 5],
  ];
  classes.forEach(([name, , m, ...counts], i) => {
    const r = first + i;
    const typed = counts[3];
    for (const [rc, cc, label, t, op, k] of indicators) {
      const target = `${op === "lt" ? "Dưới" : "Không quá"} ${t}% (dòng Chỉ tiêu năm học)`;
      if (m === null) {
        s.expect(`${rc}${r}|${cc}${r}`, { indicator: `${name} · ${label}`, target, actual: "(trống)", status: "no_data", why: "class not weighed (Ghi chú: chưa cân đo)" });
        continue;
      }
      const n = counts[k - 3] as number;
      const x = (n / m) * 100;
      const ok = op === "lt" ? x < t : x <= t;
      const status: Status = ok ? "met" : "not_met";
      const shown = typed[rc] ?? v(x);
      s.expect(`${rc}${r}|${cc}${r}`, { indicator: `${name} · ${label}`, target, actual: `${n} (${shown})`, status, why: `${n}/${m} = ${v(x)}% ${ok ? (op === "lt" ? "<" : "≤") : op === "lt" ? "≥" : ">"} ${t}% (less is better${op === "lt" ? ", \"Dưới\" is strict" : ""})` });
    }
  });
  s.set(`B${end + 2}`, "Ghi chú: TL (%) tính trên số trẻ được cân, đo; cột Lần 2 (ẩn) dùng để so sánh.", { italic: true });
  signature(s, end + 4, { col: "B", title: "NHÂN VIÊN Y TẾ", name: "Dương Thị Thu" }, { col: "J", title: "HIỆU TRƯỞNG", name: "Hoàng Thị Nga" });
  b.facts = {
    sheet: "Cân đo cuối năm",
    headerRows: "8-10 (Cân nặng theo tuổi / Chiều cao theo tuổi over the categories, over SL | TL (%); Thừa cân, béo phì spans rows 8-9)",
    nameColumn: "B (Nhóm, lớp)",
    target: "row 11 (Chỉ tiêu năm học): H \"Dưới 2%\", L \"Dưới 3%\", N \"Không quá 1%\"; no target for the \"Phát triển bình thường\" columns",
    actualColumns: "H, L, N (TL (%): ROUND formulas in points, one typed text \"3,3%\") with their counts in G, K, M",
    ignoreColumns: "C, D (sizes), E-F and I-J (Phát triển bình thường: no target), O (Ghi chú), P-Q (hidden: the December weighing)",
    totalRows: `${tot} (Toàn trường)`,
    targetRows: "11",
    otherRows: `${end + 2} (note), signature below`,
    asOf: "2020-05-29",
    period: "2019-2020",
    rollUps: indicators.map(([, , label]) => s.rollUp(` · ${label}`, "nhóm, lớp")),
    notes: "The last weighing of the school year, so the year's caps are due. Less is better for all three. \"Dưới 2%\" and \"Dưới 3%\" are strict; a class with one stunted child in 32 (3,1%) misses \"Dưới 3%\" while one in 35 (2,9%) meets it. Under \"TL (%)\" the figures are percent points. A cap met is met, never exceeded.",
  };
  return b;
}
