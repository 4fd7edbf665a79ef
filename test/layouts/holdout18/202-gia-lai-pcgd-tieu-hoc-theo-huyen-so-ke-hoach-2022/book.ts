// Layout 202: a provincial education department's primary universalisation results by district against the year's plan (Sở GD&ĐT Gia Lai, 2022): 17 districts, communes at each level, a ROUND share without a target, a plan column of level-3 communes per district, the district's planned and recognised level as words ("Mức độ 2" / "Mức độ 3"), two hidden 2021 columns, a column-number row, the province row on top with SUMs, a district given no plan.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả phổ cập giáo dục tiểu học năm 2022 theo huyện, thị xã, thành phố so với kế hoạch, Sở Giáo dục và Đào tạo tỉnh Gia Lai");
  const s = b.sheet("PCGD TH theo huyen");
  s.cols([5, 22, 10, 8, 8, 8, 10, 13, 13, 14, 10, 10, 28]);
  titleBlock(s, {
    left: ["UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Gia Lai, ngày 20 tháng 8 năm 2022",
    title: ["KẾT QUẢ PHỔ CẬP GIÁO DỤC TIỂU HỌC NĂM 2022 SO VỚI KẾ HOẠCH", "(Kèm theo Báo cáo tổng kết năm học 2021-2022, cấp tiểu học)"],
    leftSpan: ["A", "C"],
    rightSpan: ["H", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head).merge("C8:C9", "Tổng số xã, phường, thị trấn", head);
  s.merge("D8:F8", "Số xã đạt chuẩn PCGD tiểu học", head).row("D9", ["Mức độ 1", "Mức độ 2", "Mức độ 3"], head);
  s.merge("G8:G9", "Tỷ lệ xã đạt mức độ 3 (%)", head).merge("H8:H9", "Kế hoạch năm 2022: số xã đạt mức độ 3", head);
  s.merge("I8:J8", "Mức độ đạt chuẩn của huyện", head).row("I9", ["Kế hoạch năm 2022", "Kết quả công nhận năm 2022"], head);
  s.merge("K8:L8", "Năm 2021", head).row("K9", ["Số xã mức độ 3", "Mức độ huyện"], head);
  s.merge("M8:M9", "Ghi chú", head);
  s.row("A10", Array.from({ length: 13 }, (_, i) => String(i + 1)), { ...head, bold: false, italic: true });
  s.hideCols("K", "L");
  const M2 = "Mức độ 2", M3 = "Mức độ 3";
  // [đơn vị, tổng xã, mức 3, KH mức 3 (number or text), KH mức huyện, KQ mức huyện, 2021 mức 3, 2021 mức huyện, ghi chú]
  type U = [string, number, number, number | string, string, string, number, string, string];
  const units: U[] = [
    ["Thành phố Pleiku", 22, 22, 22, M3, M3, 22, M3, ""],
    ["Thị xã An Khê", 11, 11, 11, M3, M3, 11, M3, ""],
    ["Thị xã Ayun Pa", 8, 8, 8, M3, M3, 8, M3, ""],
    ["Huyện Kbang", 14, 9, 10, M2, M2, 8, M2, ""],
    ["Huyện Đak Đoa", 17, 16, 15, M2, M3, 14, M2, "Công nhận mức độ 3 tháng 7/2022"],
    ["Huyện Chư Păh", 15, 11, 11, M2, M2, 10, M2, ""],
    ["Huyện Ia Grai", 13, 13, 13, M3, M3, 13, M3, ""],
    ["Huyện Mang Yang", 12, 9, 10, M2, M2, 9, M2, ""],
    ["Huyện Kông Chro", 14, 7, 8, M2, M2, 6, M2, ""],
    ["Huyện Đức Cơ", 10, 10, 10, M3, M3, 10, M3, ""],
    ["Huyện Chư Prông", 19, 15, 15, M2, M2, 14, M2, ""],
    ["Huyện Chư Sê", 15, 12, 13, M3, M2, 11, M2, ""],
    ["Huyện Đak Pơ", 8, 8, 8, M3, M3, 8, M3, ""],
    ["Huyện Ia Pa", 9, 6, "Chưa giao", M2, M2, 5, M2, "Huyện chưa đăng ký số xã mức độ 3"],
    ["Huyện Krông Pa", 14, 7, 7, M2, M2, 7, M2, ""],
    ["Huyện Phú Thiện", 10, 7, 7, M2, M2, 6, M2, ""],
    ["Huyện Chư Pưh", 9, 9, 8, M2, M3, 7, M2, "Công nhận mức độ 3 tháng 6/2022"],
  ];
  const lvl: Record<string, number> = { [M2]: 2, [M3]: 3 };
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  const top = 11, first = 12, last = first + units.length - 1;
  units.forEach((u, i) => {
    const r = first + i;
    const [name, n, l3, plan, lp, lr, p3, pl, note] = u;
    s.row(`A${r}`, [i + 1, name, n, 0, n - l3, l3, { v: `=ROUND(F${r}/C${r}*100,2)`, result: r2((l3 / n) * 100), fmt: "0.00" }, plan, lp, lr, p3, pl, note], { border: true, align: "center", wrap: true });
    let st: Status, why: string;
    if (typeof plan !== "number") { st = "refuse"; why = "no plan given (\"Chưa giao\"): nothing to judge the 6 communes against"; }
    else { st = l3 > plan ? "exceeded" : l3 === plan ? "met" : "not_met"; why = `${l3} communes at level 3 against ${plan} planned`; }
    s.expect(`F${r}`, { indicator: `${name} · Số xã đạt PCGD tiểu học mức độ 3`, target: typeof plan === "number" ? `${plan} xã (Kế hoạch năm 2022)` : plan, status: st, why });
    const d = lvl[lr] - lvl[lp];
    s.expect(`J${r}`, { indicator: `${name} · Mức độ đạt chuẩn PCGD tiểu học của huyện`, target: lp, status: d > 0 ? "exceeded" : d === 0 ? "met" : "not_met", why: d > 0 ? `recognised ${lr}, above the planned ${lp}` : d === 0 ? `recognised ${lr} as planned` : `recognised ${lr}, below the planned ${lp} (${l3}/${n} = ${vi(r2((l3 / n) * 100))}% of communes at level 3)` });
  });
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v });
  const planSum = units.reduce((a, u) => a + (typeof u[3] === "number" ? u[3] : 0), 0);
  s.row(`A${top}`, ["", "Toàn tỉnh", sum("C", 220), sum("D", 0), sum("E", 40), sum("F", 180), { v: `=ROUND(F${top}/C${top}*100,2)`, result: 81.82, fmt: "0.00" }, sum("H", planSum), "Duy trì mức độ 2", M2, sum("K", units.reduce((a, u) => a + u[6], 0)), "", "17/17 huyện đạt chuẩn"], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`F${top}`, { indicator: "Toàn tỉnh · Số xã đạt PCGD tiểu học mức độ 3", target: `=SUM(H${first}:H${last}) (${planSum})`, status: "review", why: `180 against the plans' sum ${planSum}, but the SUM leaves out Ia Pa, which had no plan while its 6 level-3 communes are in the 180: with them 180 ≥ ${planSum}, without them 174 < ${planSum}; nothing on the sheet says which` });
  s.expect(`J${top}`, { indicator: "Toàn tỉnh · Mức độ đạt chuẩn PCGD tiểu học của tỉnh", target: "Duy trì mức độ 2", status: "met", why: "level 2 kept (every district at level 2 or above)" });
  const rollUps = [s.rollUp(" · Số xã đạt PCGD tiểu học mức độ 3", "huyện, thị xã, thành phố"), s.rollUp(" · Mức độ đạt chuẩn PCGD tiểu học của huyện", "huyện, thị xã, thành phố")];
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Mức độ đạt chuẩn theo Nghị định số 20/2014/NĐ-CP; số liệu thời điểm tháng 6/2022.",
    "- Toàn tỉnh: 220/220 xã và 17/17 huyện, thị xã, thành phố đạt chuẩn PCGD tiểu học; 180 xã và 08 huyện đạt mức độ 3.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Rơ Mah H'Bloan" }, { col: "I", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Phạm Đình Thanh" });
  b.facts = {
    sheet: "PCGD TH theo huyen",
    headerRows: "8-9 (merged groups), 10 (column numbers)",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "column H (planned level-3 communes) for F; column I (planned district level, words) for J",
    actualColumns: "F (communes at level 3), J (district level recognised, words)",
    ignoreColumns: "C, D, E (counts), G (ROUND share, no target), K, L (hidden: 2021), M (Ghi chú)",
    totalRows: `${top} (Toàn tỉnh, SUMs on top: F judged as review, J judged)`,
    targetRows: "none",
    otherRows: `column-number row 10; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2022-08-20",
    period: "2022",
    rollUps,
    notes: "Two plans per district: a count (level-3 communes, H against F) and a level in words (I against J, Mức độ 3 above Mức độ 2). Ia Pa has no count plan (refuse). The province row sums plans that leave Ia Pa out against a count that keeps it in: review. The share column has no target.",
  };
  return b;
}
