// Layout 319: a district agriculture office's winter-spring sowing progress by commune (Phòng NN&PTNT huyện Đam Rông, Lâm Đồng, end of January 2021): three crop groups each with a plan/done pair of hectare columns, a SUM pair for all crops, a rate and a "so cùng kỳ" rate that has no target, the planting calendar's deadlines only in a note row over the header; read on 31/1 before the deadlines: short is pending, one commune has finished its maize, one has sown more than planned.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ gieo trồng vụ Đông Xuân 2020-2021 theo xã đến 31/01/2021, Phòng NN&PTNT huyện Đam Rông (Lâm Đồng)");
  const s = b.sheet("Tien do DX 2020-2021");
  s.cols([5, 16, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐAM RÔNG", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
    date: "Đam Rông, ngày 01 tháng 02 năm 2021",
    title: ["TIẾN ĐỘ GIEO TRỒNG CÂY TRỒNG VỤ ĐÔNG XUÂN 2020-2021", "(Số liệu tính đến hết ngày 31/01/2021; đơn vị tính: ha)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "M"],
    titleSpan: ["A", "M"],
  });
  s.merge("A9:M9", "Lịch thời vụ (Kế hoạch sản xuất vụ Đông Xuân 2020-2021 của UBND huyện): lúa nước gieo sạ tập trung, kết thúc trước ngày 10/02/2021; ngô và các cây trồng khác hoàn thành gieo trồng trước ngày 28/02/2021.", { italic: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.set("A11", { v: "TT", span: [2, 1] }, head);
  s.set("B11", { v: "Xã", span: [2, 1] }, head);
  s.set("C11", { v: "Lúa nước", span: [1, 2] }, head);
  s.set("E11", { v: "Ngô", span: [1, 2] }, head);
  s.set("G11", { v: "Cây trồng khác", span: [1, 2] }, head);
  s.set("I11", { v: "Tổng diện tích gieo trồng", span: [1, 2] }, head);
  s.set("K11", { v: "Tỷ lệ so với kế hoạch (%)", span: [2, 1] }, head);
  s.set("L11", { v: "So với cùng kỳ năm trước (%)", span: [2, 1] }, head);
  s.set("M11", { v: "Ghi chú", span: [2, 1] }, head);
  s.row("C12", ["KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH"], head);
  // name, rice plan, rice done, maize plan, maize done, other plan, other done, vs same period last year (%), note
  type U = [string, number, number, number, number, number, number, number, string];
  const units: U[] = [
    ["Rô Men", 120, 42, 12, 8, 20, 12, 101.2, ""],
    ["Phi Liêng", 95, 30, 10, 10, 18, 9, 97.8, "Ngô đã gieo xong"],
    ["Đạ K'Nàng", 140, 51, 8.5, 5, 22, 14, 99.4, ""],
    ["Liêng S'Rônh", 85, 22, 15, 9, 16, 8, 95.6, "Thiếu nước cục bộ"],
    ["Đạ Rsal", 110, 38, 9, 4, 24, 13, 100.5, ""],
    ["Đạ M'Rông", 60, 12, 14, 6, 12, 5, 96.3, ""],
    ["Đạ Tông", 90, 28, 12, 14, 18, 11, 102.7, "Ngô vượt diện tích kế hoạch"],
    ["Đạ Long", 80, 22, 9, 1, 16.5, 10, 98.1, ""],
  ];
  const fmt1 = (x: number) => (Number.isInteger(x) ? x : { v: x, fmt: "0.0" as const, border: true, align: "center" as const });
  const vi = (x: number) => (Math.round(x * 10) / 10).toString().replace(".", ",");
  const crops: Array<[string, number, string, string, string]> = [["Lúa nước", 1, "C", "D", "trước ngày 10/02/2021"], ["Ngô", 3, "E", "F", "trước ngày 28/02/2021"], ["Cây trồng khác", 5, "G", "H", "trước ngày 28/02/2021"]];
  let r = 13;
  for (const [i, u] of units.entries()) {
    const [name, rp, rd, mp, md, op, od, same, note] = u;
    const kh = rp + mp + op;
    const th = rd + md + od;
    s.row(`A${r}`, [String(i + 1), name, rp, rd, fmt1(mp), md, fmt1(op), od, { v: `=C${r}+E${r}+G${r}`, result: kh, border: true, align: "center" }, { v: `=D${r}+F${r}+H${r}`, result: th, border: true, align: "center" }, { v: `=ROUND(J${r}/I${r}*100,1)`, fmt: "0.0", border: true, align: "center", result: Math.round((th / kh) * 1000) / 10 }, { v: same, fmt: "0.0", border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`M${r}`, note, { border: true, italic: true, wrap: true });
    for (const [crop, k, pc, dc, due] of crops) {
      const plan = u[k] as number;
      const done = u[k + 1] as number;
      const st: Status = done > plan ? "exceeded" : done === plan ? "met" : "pending";
      s.expect(`${dc}${r}`, { indicator: `Diện tích gieo trồng ${crop.toLowerCase()} vụ Đông Xuân · ${name}`, target: `${vi(plan)} ha (column ${pc}, KH), ${due} (row 9)`, status: st, why: st === "pending" ? `${vi(done)} of ${vi(plan)} ha on 31/1; the calendar runs to ${due.replace("trước ngày ", "")}` : st === "met" ? `${vi(done)} of ${vi(plan)} ha: sown in full before the calendar's end` : `${vi(done)} ha against ${vi(plan)} planned: more than the plan` });
    }
    s.expect(`J${r}|K${r}`, { indicator: `Tổng diện tích gieo trồng vụ Đông Xuân · ${name}`, target: `${vi(kh)} ha (column I, KH = C+E+G), by 28/02/2021`, status: "pending", why: `${vi(th)} of ${vi(kh)} ha on 31/1; column L (so cùng kỳ) has no target` });
    r++;
  }
  // r = 21: the district
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number, one = false): CellInput => ({ v: `=SUM(${c}13:${c}20)`, result: res, border: true, bold: true, align: "center", ...(one ? { fmt: "0.0" as const } : {}) });
  const KH = S(1) + S(3) + S(5);
  const TH = S(2) + S(4) + S(6);
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S(1)), sum("D", S(2)), sum("E", S(3), true), sum("F", S(4)), sum("G", S(5), true), sum("H", S(6)), sum("I", KH, true), sum("J", TH), { v: `=ROUND(J${r}/I${r}*100,1)`, fmt: "0.0", border: true, bold: true, align: "center", result: Math.round((TH / KH) * 1000) / 10 }, { v: 99, fmt: "0.0", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  for (const [crop, k, pc, dc, due] of crops) {
    s.expect(`${dc}${r}`, { indicator: `Diện tích gieo trồng ${crop.toLowerCase()} vụ Đông Xuân · Toàn huyện`, target: `${vi(S(k))} ha (column ${pc}, SUM), ${due}`, status: "pending", why: `${vi(S(k + 1))} of ${vi(S(k))} ha (${vi((S(k + 1) / S(k)) * 100)}%) on 31/1; not yet due` });
  }
  s.expect(`J${r}|K${r}`, { indicator: "Tổng diện tích gieo trồng vụ Đông Xuân · Toàn huyện", target: `${vi(KH)} ha (column I, SUM), by 28/02/2021`, status: "pending", why: `${vi(TH)} of ${vi(KH)} ha (${vi((TH / KH) * 100)}%) on 31/1; 99% of the same period last year is not a target` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- KH: kế hoạch gieo trồng vụ Đông Xuân 2020-2021 UBND huyện giao; TH: diện tích đã gieo trồng đến hết ngày 31/01/2021.",
    "- Cây trồng khác gồm: rau các loại, đậu các loại, khoai lang, cây thức ăn gia súc.",
    "- Đề nghị UBND các xã chỉ đạo nông dân chủ động làm đất, tích trữ nước, gieo trồng bảo đảm lịch thời vụ.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "K' Thị Hương" }, { col: "I", title: "TRƯỞNG PHÒNG", name: "Lê Văn Tuấn" });
  b.facts = {
    sheet: "Tien do DX 2020-2021",
    headerRows: "11-12 (crop groups merged over KH / TH pairs in row 12)",
    nameColumn: "B (Xã)",
    target: "the KH column of each crop pair (C rice, E maize, G other crops; I = C+E+G for all crops), due by the calendar in row 9 (rice before 10/02/2021, the rest before 28/02/2021)",
    actualColumns: "D, F, H (TH of each crop), J (TH of all crops, a formula) or K (its rate, ROUND formula on the 0-100 scale)",
    ignoreColumns: "A (TT), L (so với cùng kỳ năm trước: a comparison with no target), M (Ghi chú)",
    totalRows: "21 (Toàn huyện: SUM of rows 13-20 for every KH and TH; judged against the KH sums)",
    targetRows: "9 (the planting calendar: the deadlines)",
    otherRows: "notes and signature under the table",
    asOf: "2021-01-31",
    period: "vụ Đông Xuân 2020-2021",
    notes: "Every plan is a season's area and the sheet is of 31/1/2021, before both calendar deadlines (10/2 for rice, 28/2 for the rest), so short is pending; Phi Liêng has sown all its maize (10 of 10 ha: met) and Đạ Tông more maize than planned (14 against 12 ha: exceeded). Each crop's TH is judged against the KH beside it, not against the all-crop total. Column L compares with last year and is not a target.",
  };
  return b;
}
