// Layout 290: a province education department's school health check by school level (Sở GD&ĐT Lào Cai, school year 2023-2024): levels as rows, six conditions as SL/TL pairs, a cap row above the levels where one merged cap ("≤ 10%") covers two conditions together (overweight + obese), strict "Dưới" caps beside inclusive "Không quá", a condition with "-" (no cap), ROUND rates stored as fractions, a SUM row for the province.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả khám sức khỏe định kỳ học sinh năm học 2023-2024 theo cấp học, Sở GD&ĐT Lào Cai");
  const s = b.sheet("KSK 2023-2024");
  s.cols([5, 16, 10, 8, 8, 8, 8, 8, 8, 9, 8, 8, 8, 9, 8]);
  titleBlock(s, {
    left: ["UBND TỈNH LÀO CAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Lào Cai, ngày 05 tháng 6 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ HỌC SINH", "Năm học 2023-2024 (kèm theo Báo cáo tổng kết công tác y tế trường học)"],
    leftSpan: ["A", "E"],
    rightSpan: ["J", "O"],
    titleSpan: ["A", "O"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Cấp học", head);
  s.merge("C7:C8", "Số HS được khám", head);
  s.merge("D7:E7", "Suy dinh dưỡng", head);
  s.merge("F7:G7", "Thừa cân", head);
  s.merge("H7:I7", "Béo phì", head);
  s.merge("J7:K7", "Tật khúc xạ", head);
  s.merge("L7:M7", "Cong vẹo cột sống", head);
  s.merge("N7:O7", "Bệnh răng miệng", head);
  s.row("D8", ["SL", "TL", "SL", "TL", "SL", "TL", "SL", "TL", "SL", "TL", "SL", "TL"], head);
  // row 9: the plan's caps, one merged over the two overweight columns
  const cap = { bold: true, italic: true, border: true, align: "center" as const, wrap: true };
  s.merge("A9:C9", "Chỉ tiêu KH năm học (áp dụng từng cấp học)", { ...cap, align: "left" });
  s.merge("D9:E9", "Dưới 6%", cap);
  s.merge("F9:I9", "Thừa cân, béo phì không quá 10%", cap);
  s.merge("J9:K9", "Không quá 20%", cap);
  s.merge("L9:M9", "Dưới 4%", cap);
  s.merge("N9:O9", "-", cap);
  const pct = (r: number, c: string, n: number, d: number): CellInput => ({ v: `=ROUND(${c}${r}/C${r},4)`, pct: true, fmt: "0.00%", border: true, align: "center", result: `${(Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",")}%` });
  const p = (n: number, d: number) => `${(Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",")}%`;
  // level, examined, malnourished, overweight, obese, refractive errors, scoliosis, dental
  type U = [string, number, number, number, number, number, number, number];
  const units: U[] = [
    ["Mầm non", 38400, 3110, 2200, 540, 150, 40, 19500],
    ["Tiểu học", 62100, 3020, 3750, 2460, 11800, 2330, 41200],
    ["THCS", 36500, 1200, 3100, 1430, 11900, 2010, 18100],
    ["THPT", 15800, 432, 1539, 536, 8513, 1060, 6157],
  ];
  const under = (n: number, d: number, capPct: number): Status => (n * 100 < capPct * d ? "met" : "not_met");
  const atMost = (n: number, d: number, capPct: number): Status => (n * 100 <= capPct * d ? "met" : "not_met");
  const judge = (r: number, name: string, [, N, sdd, tc, bp, tkx, cv]: U) => {
    s.expect(`D${r}|E${r}`, { indicator: `Tỷ lệ học sinh suy dinh dưỡng · ${name}`, target: "Dưới 6% (row 9)", status: under(sdd, N, 6), why: `${sdd} of ${N} = ${p(sdd, N)}; a strict cap` });
    const both = tc + bp;
    s.expect(`F${r}|G${r}|H${r}|I${r}`, { indicator: `Tỷ lệ học sinh thừa cân, béo phì · ${name}`, target: "Thừa cân, béo phì không quá 10% (row 9, merged over F-I)", actual: `${tc} + ${bp} = ${both} (${p(both, N)})`, status: atMost(both, N, 10), why: `the cap covers both conditions together: ${tc} overweight + ${bp} obese = ${both} of ${N} = ${p(both, N)}${both * 10 === N ? ": exactly 10%, \"không quá\" is inclusive" : ""}` });
    s.expect(`J${r}|K${r}`, { indicator: `Tỷ lệ học sinh mắc tật khúc xạ · ${name}`, target: "Không quá 20% (row 9)", status: atMost(tkx, N, 20), why: `${tkx} of ${N} = ${p(tkx, N)}` });
    s.expect(`L${r}|M${r}`, { indicator: `Tỷ lệ học sinh cong vẹo cột sống · ${name}`, target: "Dưới 4% (row 9)", status: under(cv, N, 4), why: `${cv} of ${N} = ${p(cv, N)}` });
  };
  let r = 10;
  for (const [i, u] of units.entries()) {
    const [name, N, sdd, tc, bp, tkx, cv, rm] = u;
    s.row(`A${r}`, [String(i + 1), name, N, sdd, pct(r, "D", sdd, N), tc, pct(r, "F", tc, N), bp, pct(r, "H", bp, N), tkx, pct(r, "J", tkx, N), cv, pct(r, "L", cv, N), rm, pct(r, "N", rm, N)], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    judge(r, name, u);
    r++;
  }
  // r = 14: the province
  const T = units.reduce((t, u) => u.map((v, k) => (k === 0 ? "Toàn tỉnh" : (t[k] as number) + (v as number))) as U, ["Toàn tỉnh", 0, 0, 0, 0, 0, 0, 0] as U);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}13)`, result: res, border: true, bold: true, align: "center" });
  const [, N, sdd, tc, bp, tkx, cv, rm] = T;
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", N), sum("D", sdd), pct(r, "D", sdd, N), sum("F", tc), pct(r, "F", tc, N), sum("H", bp), pct(r, "H", bp, N), sum("J", tkx), pct(r, "J", tkx, N), sum("L", cv), pct(r, "L", cv, N), sum("N", rm), pct(r, "N", rm, N)], { border: true, bold: true, align: "center" });
  judge(r, "Toàn tỉnh", T);
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Kế hoạch liên ngành Y tế - Giáo dục về công tác y tế trường học năm học 2023-2024; áp dụng cho từng cấp học và toàn tỉnh.",
    "- Bệnh răng miệng: theo dõi, không giao chỉ tiêu (\"-\").",
    "- Số liệu khám sức khỏe định kỳ đã hoàn thành trước ngày 31/5/2024.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Thị Lan" }, { col: "J", title: "KT. GIÁM ĐỐC", name: "Phạm Văn Thắng" });
  b.facts = {
    sheet: "KSK 2023-2024",
    headerRows: "7-8",
    nameColumn: "B (Cấp học)",
    target: "row 9 (Chỉ tiêu KH năm học, caps for every level: \"Dưới 6%\" over D-E, \"Thừa cân, béo phì không quá 10%\" merged over F-I (the two conditions together), \"Không quá 20%\" over J-K, \"Dưới 4%\" over L-M, \"-\" over N-O)",
    actualColumns: "count/rate pairs D|E, F..I (summed), J|K, L|M; C is every pair's denominator; the rates are ROUND formulas stored as fractions",
    ignoreColumns: "A (TT), C (pupils examined: the denominator), N-O (dental disease: \"-\", no cap)",
    totalRows: "14 (Toàn tỉnh: SUM of rows 10-13; judged against the same caps)",
    targetRows: "9 (the caps)",
    otherRows: "notes and signature under the table",
    asOf: "2024-06-05",
    period: "2023-2024",
    notes: "All caps are less-is-better. \"Dưới\" is strict, \"không quá\" inclusive. The overweight cap is one merged cell over both the overweight and the obese pairs: judge their sum (primary 3.750 + 2.460 = 6.210 of 62.100, exactly 10,00%, met), never each pair alone. The checks were finished by 31/5/2024, so every figure is final. Dental disease has \"-\": not judged.",
  };
  return b;
}
