// Layout 243: a provincial education department's preschool mobilisation by district (Sở GD&ĐT Thái Nguyên, school year 2021-2022): each district's assigned targets on a sheet of their own in the decision's order, the results on a second sheet in another order and spelling, rates stored as fractions, the five-year-olds' rate typed "100%" as text, a province row; read at the school year's end: final verdicts.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ huy động trẻ mầm non ra lớp năm học 2021-2022 theo huyện, thành phố, Sở GD&ĐT Thái Nguyên: chỉ tiêu giao ở một sheet, kết quả ở sheet khác");
  // Targets per district, in the order of the assigning decision.
  const g = b.sheet("Giao chi tieu 2021-2022");
  g.cols([6, 26, 16, 16, 16]);
  g.merge("A1:E1", "CHỈ TIÊU HUY ĐỘNG TRẺ MẦM NON RA LỚP NĂM HỌC 2021-2022", { bold: true, align: "center" });
  g.merge("A2:E2", "(Kèm theo Quyết định giao chỉ tiêu kế hoạch phát triển giáo dục năm học 2021-2022)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, border: true, wrap: true };
  g.row("A4", ["STT", "Đơn vị", "Nhà trẻ (%)", "Mẫu giáo (%)", "Trẻ 5 tuổi (%)"], th);
  // [name on the targets sheet, nhà trẻ %, mẫu giáo %]
  const tg: [string, number, number][] = [
    ["Thành phố Thái Nguyên", 40, 98],
    ["Thành phố Sông Công", 38, 98],
    ["Thị xã Phổ Yên", 35, 97],
    ["Huyện Phú Bình", 30, 97],
    ["Huyện Đồng Hỷ", 30, 96],
    ["Huyện Đại Từ", 30, 96],
    ["Huyện Phú Lương", 28, 96],
    ["Huyện Định Hóa", 28, 95],
    ["Huyện Võ Nhai", 25, 95],
  ];
  tg.forEach(([name, nt, mg], i) => g.row(`A${5 + i}`, [i + 1, name, nt, mg, 100], { border: true, align: "center" }));
  g.row("A14", ["", "Toàn tỉnh", 31.5, 96.5, 100], { border: true, align: "center", bold: true });
  // Results, by the department's usual order (mountain districts first) and short names.
  const s = b.sheet("Ket qua huy dong");
  s.cols([6, 20, 12, 12, 12, 12, 12, 12, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH THÁI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu 01/GDMN kèm Báo cáo tổng kết năm học",
    date: "Thái Nguyên, ngày 30 tháng 6 năm 2022",
    title: ["KẾT QUẢ HUY ĐỘNG TRẺ MẦM NON RA LỚP NĂM HỌC 2021-2022", "(Chỉ tiêu giao: sheet \"Giao chi tieu 2021-2022\")"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:D8", "Nhà trẻ", head).merge("E8:F8", "Mẫu giáo", head).merge("G8:H8", "Trẻ 5 tuổi", head);
  s.row("C9", ["Số trẻ", "Tỷ lệ", "Số trẻ", "Tỷ lệ", "Số trẻ", "Tỷ lệ"], head);
  s.merge("I8:I9", "Ghi chú", head);
  // [short name, index in tg, nhà trẻ count, rate, mẫu giáo count, rate, 5 tuổi count, 5-year rate text, note]
  type R = [string, number, number, number, number, number, number, string, string];
  const rows: R[] = [
    ["Võ Nhai", 8, 1210, 0.268, 4120, 0.953, 1402, "100%", ""],
    ["Định Hóa", 7, 1305, 0.271, 4388, 0.958, 1486, "100%", ""],
    ["Đại Từ", 5, 2890, 0.305, 8950, 0.962, 3021, "100%", ""],
    ["Phú Lương", 6, 1620, 0.28, 5210, 0.955, 1765, "100%", ""],
    ["Đồng Hỷ", 4, 1702, 0.292, 5305, 0.964, 1790, "100%", ""],
    ["Phú Bình", 3, 2415, 0.301, 7012, 0.971, 2380, "100%", ""],
    ["TP. Phổ Yên", 2, 3120, 0.342, 8905, 0.968, 3012, "100%", "Thành lập TP từ 10/4/2022 (trước là thị xã)"],
    ["TP. Sông Công", 1, 1505, 0.383, 3850, 0.981, 1298, "100%", ""],
    ["TP. Thái Nguyên", 0, 7980, 0.396, 21050, 0.984, 7105, "100%", ""],
  ];
  const p1 = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  const v = (got: number, floor: number): [Status, string] =>
    Math.round(got * 1000) > floor * 10 ? ["exceeded", `${p1(got)}, above the assigned ${floor}%`] : Math.round(got * 1000) === floor * 10 ? ["met", `${p1(got)}, at the assigned ${floor}%`] : ["not_met", `${p1(got)} under the assigned ${floor}% at the school year's end`];
  rows.forEach(([name, k, nt, ntr, mg, mgr, t5, t5r, note], i) => {
    const r = 10 + i;
    const [, tnt, tmg] = tg[k];
    s.row(`A${r}`, [i + 1, name, nt, { v: ntr, pct: true, fmt: "0.0%" }, mg, { v: mgr, pct: true, fmt: "0.0%" }, t5, t5r, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    const a = v(ntr, tnt);
    s.expect(`D${r}`, { indicator: `${name} · Tỷ lệ huy động trẻ nhà trẻ`, target: `${tnt}% (sheet Giao chi tieu, ${tg[k][0]})`, status: a[0], why: a[1] });
    const m = v(mgr, tmg);
    s.expect(`F${r}`, { indicator: `${name} · Tỷ lệ huy động trẻ mẫu giáo`, target: `${tmg}% (sheet Giao chi tieu, ${tg[k][0]})`, status: m[0], why: m[1] });
    s.expect(`H${r}`, { indicator: `${name} · Tỷ lệ huy động trẻ 5 tuổi`, target: `100% (sheet Giao chi tieu, ${tg[k][0]})`, status: "met", why: "\"100%\" typed as text against 100%" });
  });
  s.row("A19", ["", "Toàn tỉnh", "=SUM(C10:C18)", { v: 0.317, pct: true, fmt: "0.0%" }, "=SUM(E10:E18)", { v: 0.97, pct: true, fmt: "0.0%" }, "=SUM(G10:G18)", "100%", "Tăng 0,1% (NT), 0,6% (MG) so với năm học trước"], { border: true, align: "center", bold: true });
  s.expect("D19", { indicator: "Toàn tỉnh · Tỷ lệ huy động trẻ nhà trẻ", target: "31,5% (sheet Giao chi tieu, Toàn tỉnh)", status: "exceeded", why: "31,7%, above 31,5%" });
  s.expect("F19", { indicator: "Toàn tỉnh · Tỷ lệ huy động trẻ mẫu giáo", target: "96,5% (sheet Giao chi tieu, Toàn tỉnh)", status: "exceeded", why: "97,0%, above 96,5%" });
  s.expect("H19", { indicator: "Toàn tỉnh · Tỷ lệ huy động trẻ 5 tuổi", target: "100% (sheet Giao chi tieu, Toàn tỉnh)", status: "met", why: "100% against 100%" });
  notes(s, 21, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính trên số trẻ trong độ tuổi theo điều tra phổ cập năm 2021.",
    "- Số liệu đến ngày 31/5/2022.",
  ]);
  signature(s, 25, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Dương Thị Hạnh" }, { col: "F", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Phạm Thị Hòa" });
  b.facts = {
    sheet: "Ket qua huy dong",
    headerRows: "8-9 (Nhà trẻ / Mẫu giáo / Trẻ 5 tuổi over Số trẻ / Tỷ lệ)",
    nameColumn: "B (Huyện, thành phố: short names, another order than the targets sheet)",
    target: "sheet \"Giao chi tieu 2021-2022\", columns C-E, matched by district name (\"TP. Phổ Yên\" = \"Thị xã Phổ Yên\", a town when the targets were set, \"Võ Nhai\" = \"Huyện Võ Nhai\"); row 14 there for Toàn tỉnh",
    actualColumns: "D, F (fractions in percent format), H (text \"100%\")",
    ignoreColumns: "A (TT), C, E, G (counts of children), I (Ghi chú)",
    totalRows: "19 (Toàn tỉnh: counts by SUM, rates typed; judged against the province's own targets)",
    targetRows: "none on this sheet",
    otherRows: "notes 21-23; signature from 25",
    asOf: "2022-06-30",
    period: "2021-2022",
    notes: "The school year is over, so a rate under its district's target is not met. Each district has its own targets on the other sheet, listed in another order under full names; matching by row position would give wrong targets. The five-year-olds' rate is text \"100%\".",
  };
  return b;
}
