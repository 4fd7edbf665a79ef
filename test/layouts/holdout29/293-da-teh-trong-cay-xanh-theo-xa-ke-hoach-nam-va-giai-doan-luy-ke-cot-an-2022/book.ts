// Layout 293: a district's tree planting by commune read in September (UBND huyện Đạ Tẻh, Lâm Đồng, 10/9/2022): a unit line "ĐVT: cây", the year's plan and the 2021-2025 phase's plan side by side, the result split by planter (people / a state enterprise) with a SUM column and a rate, a hidden 2021 column feeding a cumulative formula against the phase, a forestry company as a row among the communes, a SUM total; the year and the phase are both still running.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả trồng cây xanh năm 2022 theo xã, thị trấn đến ngày 10/9/2022, UBND huyện Đạ Tẻh (Lâm Đồng)");
  const s = b.sheet("Trong cay 2022");
  s.cols([5, 26, 11, 11, 11, 11, 9, 12, 11, 13, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐẠ TẺH", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
    date: "Đạ Tẻh, ngày 12 tháng 9 năm 2022",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ TRỒNG CÂY XANH NĂM 2022", "(Kế hoạch trồng 3,532 triệu cây xanh gắn với trồng rừng cảnh quan giai đoạn 2021-2025; số liệu đến ngày 10/9/2022)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  s.set("J7", "ĐVT: cây", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Đơn vị", head);
  s.merge("C8:C9", "Kế hoạch năm 2022", head);
  s.merge("D8:G8", "Kết quả trồng đến ngày 10/9/2022", head);
  s.row("D9", ["Nhân dân trồng", "Doanh nghiệp nhà nước trồng", "Tổng cộng", "Tỷ lệ so KH (%)"], head);
  s.merge("H8:H9", "Kế hoạch giai đoạn 2021-2025", head);
  s.merge("I8:I9", "Kết quả năm 2021", head);
  s.merge("J8:J9", "Lũy kế 2021 đến 10/9/2022", head);
  s.merge("K8:K9", "Ghi chú", head);
  // name, plan 2022, people, enterprise, phase plan, 2021 result, note
  type U = [string, number, number, number, number, number, string];
  const units: U[] = [
    ["Thị trấn Đạ Tẻh", 52000, 31250, 0, 280000, 48000, ""],
    ["Xã An Nhơn", 58000, 36800, 0, 320000, 55000, ""],
    ["Xã Đạ Kho", 60000, 61200, 0, 330000, 62000, "Vượt kế hoạch năm"],
    ["Xã Đạ Lây", 56000, 30110, 0, 300000, 50000, ""],
    ["Xã Đạ Pal", 54000, 28400, 0, 290000, 47000, ""],
    ["Xã Hà Đông", 48000, 48000, 0, 262000, 51000, "Hoàn thành kế hoạch năm"],
    ["Xã Hương Lâm", 50000, 22900, 0, 270000, 40000, "Thiếu cây giống"],
    ["Xã Mỹ Đức", 72000, 41500, 0, 390000, 70000, ""],
    ["Xã Quảng Trị", 62000, 35300, 0, 330000, 57000, ""],
    ["Xã Quốc Oai", 65000, 38000, 0, 350000, 60000, ""],
    ["Xã Triệu Hải", 56000, 30000, 0, 110000, 52000, ""],
    ["Công ty TNHH MTV Lâm nghiệp Đạ Tẻh", 50000, 0, 20000, 300000, 45000, "Trồng cây phân tán trên đất lâm nghiệp"],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p1 = (n: number, d: number) => (Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",");
  let r = 10;
  for (const [i, [name, plan, people, ent, phase, y21, note]] of units.entries()) {
    const done = people + ent;
    const rate: CellInput = { v: `=ROUND(F${r}/C${r}*100,1)`, result: Math.round((done / plan) * 1000) / 10, fmt: "0.0", border: true, align: "center" };
    s.row(`A${r}`, [String(i + 1), name, plan, people, ent, { v: `=D${r}+E${r}`, result: done, border: true, align: "center", fmt: "#,##0" }, rate, phase, y21, { v: `=I${r}+F${r}`, result: y21 + done, border: true, align: "center", fmt: "#,##0" }, note], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const y: Status = done > plan ? "exceeded" : done === plan ? "met" : "pending";
    s.expect(`F${r}|G${r}`, { indicator: `Trồng cây xanh năm 2022 · ${name}`, target: `${vi(plan)} cây (column C, Kế hoạch năm 2022)`, status: y, why: y === "pending" ? `${vi(done)} of ${vi(plan)} = ${p1(done, plan)}% on 10/9; the year's plan runs to 31/12/2022` : y === "met" ? `${vi(done)} of ${vi(plan)}: the year's plan reached` : `${vi(done)} against ${vi(plan)} = ${p1(done, plan)}%: the year's plan passed already` });
    const cum = y21 + done;
    s.expect(`J${r}`, { indicator: `Trồng cây xanh lũy kế giai đoạn 2021-2025 · ${name}`, target: `${vi(phase)} cây (column H, Kế hoạch giai đoạn 2021-2025)`, status: cum >= phase ? "met" : "pending", why: `${vi(cum)} of ${vi(phase)} (2021's ${vi(y21)}, hidden column I, plus 2022's ${vi(done)}); the phase runs to 2025` });
    r++;
  }
  // r = 22: the district
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const done = S(2) + S(3);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}21)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S(1)), sum("D", S(2)), sum("E", S(3)), sum("F", done), { v: `=ROUND(F${r}/C${r}*100,1)`, result: Math.round((done / S(1)) * 1000) / 10, fmt: "0.0", border: true, bold: true, align: "center" }, sum("H", S(4)), sum("I", S(5)), sum("J", S(5) + done), ""], { border: true, bold: true, align: "center" });
  s.expect(`F${r}|G${r}`, { indicator: "Trồng cây xanh năm 2022 · Toàn huyện", target: `${vi(S(1))} cây (column C, SUM)`, status: "pending", why: `${vi(done)} of ${vi(S(1))} = ${p1(done, S(1))}% on 10/9/2022; the year runs to 31/12` });
  s.expect(`J${r}`, { indicator: "Trồng cây xanh lũy kế giai đoạn 2021-2025 · Toàn huyện", target: `${vi(S(4))} cây (column H, SUM: 3,532 triệu cây)`, status: "pending", why: `${vi(S(5) + done)} of ${vi(S(4))}; the phase runs to 2025` });
  s.hideCols("I");
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch năm 2022 và kế hoạch giai đoạn theo Kế hoạch của UBND huyện về trồng 3,532 triệu cây xanh gắn với trồng rừng cảnh quan giai đoạn 2021-2025.",
    "- Kết quả năm 2022 tính đến ngày 10/9/2022; các đơn vị tiếp tục trồng đến hết mùa mưa và chăm sóc số cây đã trồng năm 2021.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "K' Thị Hạnh" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Trần Văn Minh" });
  b.facts = {
    sheet: "Trong cay 2022",
    headerRows: "8-9 (unit line \"ĐVT: cây\" in row 7)",
    nameColumn: "B (Đơn vị)",
    target: "column C (Kế hoạch năm 2022) for the year's result F; column H (Kế hoạch giai đoạn 2021-2025) for the cumulative J",
    actualColumns: "F (Tổng cộng = D + E) or G (Tỷ lệ so KH, a ROUND on the 0-100 scale); J (Lũy kế = hidden I + F)",
    ignoreColumns: "A (TT), D and E (the result's parts), I (Kết quả năm 2021: hidden, last year), K (Ghi chú)",
    totalRows: "22 (Toàn huyện: SUM of rows 10-21; judged)",
    otherRows: "7 (unit line), notes and signature under the table",
    asOf: "2022-09-10",
    period: "2022 (phase 2021-2025)",
    notes: "Figures to 10/9/2022, the year's plan and the phase's run on: a commune short of its year plan is pending, one at or above it met or exceeded (Hà Đông 48.000/48.000, Đạ Kho 61.200/60.000). Every cumulative is short of its phase plan and pending. The forestry company's 20.000 are in the enterprise column. The district: 423.460 of 683.000 = 62,0%, as on the page.",
  };
  return b;
}
