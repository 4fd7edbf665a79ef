// Layout 229: a provincial labour department's results of the 2023 year-end poverty review by district (Cà Mau: 9.604 poor households, 3,14%; 6.943 near-poor, 2,27%): each district has its own reduction target as a range in percentage points ("Giảm 1 - 1,5%"), last year's rate typed beside this year's formula rate, the reduction a ROUND formula, last year's counts hidden, near-poor columns with no target, a province row under its own range; a reduction below, inside, at either edge of and above its range (above it: review).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023 theo huyện, thành phố và chỉ tiêu giảm nghèo năm 2023, tỉnh Cà Mau");
  const s = b.sheet("KQ ra soat 2023");
  s.cols([5, 20, 11, 10, 10, 10, 10, 10, 14, 10, 10, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH CÀ MAU", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    number: "Biểu 02 (kèm theo Báo cáo số 28/BC-SLĐTBXH)",
    date: "Cà Mau, ngày 15 tháng 01 năm 2024",
    title: ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2023", "(theo chuẩn nghèo đa chiều giai đoạn 2022-2025) và thực hiện chỉ tiêu giảm tỷ lệ hộ nghèo năm 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head).merge("C8:C9", "Tổng số hộ dân cư", head);
  s.merge("D8:E8", "Hộ nghèo cuối năm 2022", head).merge("F8:G8", "Hộ nghèo cuối năm 2023", head);
  s.merge("H8:H9", "Mức giảm tỷ lệ hộ nghèo năm 2023 (%)", head).merge("I8:I9", "Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2023 (NQ HĐND tỉnh)", head);
  s.merge("J8:K8", "Hộ cận nghèo cuối năm 2023", head).merge("L8:L9", "Ghi chú", head);
  s.row("D9", ["Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"], head);
  s.row("J9", ["Số hộ", "Tỷ lệ (%)"], head);
  s.hideCols("D");
  // [đơn vị, hộ dân cư, hộ nghèo 2022, tỷ lệ 2022, hộ nghèo 2023, chỉ tiêu [from,to], cận nghèo, ghi chú]
  type R = [string, number, number, number, number, [number, number], number, string];
  const rows: R[] = [
    ["Thành phố Cà Mau", 60200, 813, 1.35, 560, [0.3, 0.5], 610, ""],
    ["Huyện Thới Bình", 36100, 1895, 5.25, 1540, [1, 1.5], 980, "Phát sinh 126 hộ nghèo mới"],
    ["Huyện U Minh", 26300, 1552, 5.9, 1230, [1, 1.5], 720, ""],
    ["Huyện Trần Văn Thời", 47900, 2136, 4.46, 1700, [0.8, 1], 1150, ""],
    ["Huyện Cái Nước", 34600, 1007, 2.91, 770, [0.5, 1], 690, ""],
    ["Huyện Phú Tân", 25100, 1230, 4.9, 800, [1, 1.5], 640, ""],
    ["Huyện Đầm Dơi", 41800, 2103, 5.03, 1700, [1, 1.5], 1120, "Ảnh hưởng giá tôm giảm"],
    ["Huyện Năm Căn", 15460, 557, 3.6, 480, [0.5, 1], 433, ""],
    ["Huyện Ngọc Hiển", 18400, 1100, 5.98, 824, [1.5, 2], 600, "Huyện có tỷ lệ hộ nghèo cao nhất"],
  ];
  const vi = (n: number) => n.toFixed(2).replace(".", ",");
  const range = ([a, c]: [number, number]) => `Giảm ${String(a).replace(".", ",")} - ${String(c).replace(".", ",")}%`;
  const judge = (red: number, [a, c]: [number, number], from: number, to: number): [Status, string] => {
    const t = `${vi(from)} - ${vi(to)} = ${vi(red)} points`;
    if (red < a) return ["not_met", `${t}, under the range's ${String(a).replace(".", ",")}`];
    if (red > c) return ["review", `${t}, above the range ${String(a).replace(".", ",")}-${String(c).replace(".", ",")}: as a band it misses, as a reduction more is better; nothing on the row decides`];
    return ["met", `${t}, inside ${String(a).replace(".", ",")}-${String(c).replace(".", ",")}${red === a || red === c ? " (at its edge)" : ""}`];
  };
  const round2 = (n: number) => Math.round(n * 100) / 100;
  rows.forEach(([dv, hh, p22, r22, p23, tgt, cn, note], i) => {
    const r = 10 + i;
    const r23 = round2((p23 / hh) * 100);
    const red = round2(r22 - r23);
    const cells: CellInput[] = [i + 1, dv, { v: hh, fmt: "#,##0" }, { v: p22, fmt: "#,##0" }, { v: r22, fmt: "0.00" }, { v: p23, fmt: "#,##0" }, { v: `=ROUND(F${r}/C${r}*100,2)`, fmt: "0.00", result: r23 }, { v: `=ROUND(E${r}-G${r},2)`, fmt: "0.00", result: red }, range(tgt), { v: cn, fmt: "#,##0" }, { v: `=ROUND(J${r}/C${r}*100,2)`, fmt: "0.00", result: round2((cn / hh) * 100) }, note];
    s.row(`A${r}`, cells, bd);
    s.set(`B${r}`, dv, { border: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    const st = judge(red, tgt, r22, r23);
    s.expect(`H${r}|G${r}`, { indicator: `${dv} · Giảm tỷ lệ hộ nghèo năm 2023`, target: range(tgt), status: st[0], why: st[1] });
  });
  const first = 10;
  const lastUnit = 10 + rows.length - 1;
  const t = lastUnit + 1;
  const sumHH = rows.reduce((a, x) => a + x[1], 0);
  const sum23 = rows.reduce((a, x) => a + x[4], 0);
  const sumCN = rows.reduce((a, x) => a + x[6], 0);
  const tr23 = round2((sum23 / sumHH) * 100);
  const tred = round2(3.98 - tr23);
  s.row(`A${t}`, ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${lastUnit})`, fmt: "#,##0", result: sumHH }, { v: `=SUM(D${first}:D${lastUnit})`, fmt: "#,##0" }, { v: 3.98, fmt: "0.00" }, { v: `=SUM(F${first}:F${lastUnit})`, fmt: "#,##0", result: sum23 }, { v: `=ROUND(F${t}/C${t}*100,2)`, fmt: "0.00", result: tr23 }, { v: `=ROUND(E${t}-G${t},2)`, fmt: "0.00", result: tred }, range([0.5, 1]), { v: `=SUM(J${first}:J${lastUnit})`, fmt: "#,##0", result: sumCN }, { v: `=ROUND(J${t}/C${t}*100,2)`, fmt: "0.00", result: round2((sumCN / sumHH) * 100) }, "Tỷ lệ 2022 theo Quyết định công bố kết quả rà soát năm 2022"], { ...bd, bold: true });
  s.set(`L${t}`, "Tỷ lệ 2022 theo Quyết định công bố kết quả rà soát năm 2022", { border: true, wrap: true, italic: true });
  const pst = judge(tred, [0.5, 1], 3.98, tr23);
  s.expect(`H${t}|G${t}`, { indicator: "Toàn tỉnh · Giảm tỷ lệ hộ nghèo năm 2023", target: range([0.5, 1]), status: pst[0], why: pst[1] });
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Mức giảm tính bằng tỷ lệ hộ nghèo cuối năm 2022 trừ tỷ lệ hộ nghèo cuối năm 2023 (điểm phần trăm).",
    "- Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2023 giao cho từng huyện, thành phố theo Nghị quyết HĐND tỉnh về kế hoạch phát triển KT-XH năm 2023.",
    "- Hộ cận nghèo: không giao chỉ tiêu giảm, báo cáo để theo dõi.",
  ]);
  signature(s, t + 8, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Kiều Oanh" }, { col: "I", title: "GIÁM ĐỐC", name: "Lâm Văn Đức" });
  b.facts = {
    sheet: "KQ ra soat 2023",
    headerRows: "8-9",
    nameColumn: "B (Huyện, thành phố)",
    target: "column I (Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2023: a range in percentage points, one per district and one for the province)",
    actualColumns: "H (Mức giảm: ROUND(E - G)); G (this year's rate) for a reader that takes the reduction from E itself",
    ignoreColumns: "A (TT), C (households), D (2022 counts, hidden), E (2022 rate: the baseline), F (2023 counts), J-K (near-poor: no target), L (Ghi chú)",
    totalRows: `${t} (Toàn tỉnh: SUM counts, its own range "Giảm 0,5 - 1%")`,
    targetRows: "none",
    otherRows: `notes ${t + 2}-${t + 5}; signature from ${t + 8}`,
    asOf: "2024-01-15",
    period: "Năm 2023",
    rollUps: [s.rollUp(" · Giảm tỷ lệ hộ nghèo năm 2023", "huyện, thành phố")],
    notes: "Each district is judged on its own range of reduction in percentage points (the notes define the reduction as last year's rate minus this year's): below the range not met (0,98 and 0,96 against 1 - 1,5), inside or at either edge met (0,50 against 0,5 - 1; 1,50 against 1,5 - 2), above it review (1,71 against 1 - 1,5: a band missed or a reduction bettered, nothing on the sheet decides). The province row has its own range (0,84 inside 0,5 - 1; 0,91 with a 2022 rate worked from the hidden counts, inside too). Near-poor columns have no target; the 2022 counts are hidden.",
  };
  return b;
}
