// Layout 113: a province's year-end 2013 table of new jobs and labour export by district (Sơn La, NQ 38/2012/NQ-HĐND): a KH/TH pair per indicator, a hidden 2012 column, a derived "% so KH" column, "-" where no export target was set, a count typed as text, a district not reported, the province total at the bottom with SUM formulas.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu giải quyết việc làm năm 2013 theo huyện, thành phố, tỉnh Sơn La");
  const s = b.sheet("GQVL 2013");
  s.cols([5, 20, 10, 10, 10, 10, 10, 10, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH SƠN LA", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    date: "Sơn La, ngày 15 tháng 01 năm 2014",
    title: ["KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢI QUYẾT VIỆC LÀM NĂM 2013", "(Theo Nghị quyết số 38/2012/NQ-HĐND ngày 12/12/2012 của HĐND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:F8", "Giải quyết việc làm mới (người)", head).row("C9", ["TH 2012", "KH 2013", "TH 2013", "% so KH"], head);
  s.merge("G8:H8", "Trong đó: xuất khẩu lao động (người)", head).row("G9", ["KH 2013", "TH 2013"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.hideCols("C");

  // [district, 2012, jobs KH, jobs TH, export KH, export TH, note]
  type D = [string, number, number, number | string, number | string, number | string, string];
  const ds: D[] = [
    ["Thành phố Sơn La", 2410, 2500, 2615, 40, 42, ""],
    ["Huyện Quỳnh Nhai", 905, 950, 950, 10, 7, ""],
    ["Huyện Thuận Châu", 2150, 2300, 2188, 25, 25, ""],
    ["Huyện Mường La", 1320, 1400, 1436, "-", "-", "Không giao chỉ tiêu xuất khẩu lao động"],
    ["Huyện Bắc Yên", 760, 800, "812", 5, 6, ""],
    ["Huyện Phù Yên", 1480, 1550, 1502, 20, 14, ""],
    ["Huyện Mộc Châu", 2630, 2700, 2771, 45, 51, ""],
    ["Huyện Yên Châu", 1120, 1200, 1200, 15, 15, ""],
    ["Huyện Mai Sơn", 2480, 2600, 2574, 35, 38, ""],
    ["Huyện Sông Mã", 1750, 1850, "Chưa báo cáo", 20, "Chưa báo cáo", "Chưa gửi báo cáo năm"],
  ];
  const n = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: "#,##0" } : v);
  const cmp = (kh: number, th: number): Status => (th > kh ? "exceeded" : th === kh ? "met" : "not_met");
  const dot = (v: number) => v.toLocaleString("de-DE");
  const sign = (st: Status) => (st === "exceeded" ? ">" : st === "met" ? "=" : "<");
  ds.forEach((d, i) => {
    const r = 10 + i;
    const pct: CellInput = typeof d[3] === "number" ? { v: `=ROUND(E${r}/D${r}*100,1)`, fmt: "0.0", result: Math.round((d[3] / d[2]) * 1000) / 10 } : "";
    s.row(`A${r}`, [i + 1, { v: d[0], align: "left" }, n(d[1]), n(d[2]), n(d[3]), pct, n(d[4]), n(d[5]), { v: d[6], align: "left", wrap: true }], { border: true, align: "center" });
    const th = typeof d[3] === "number" ? d[3] : /^\d+$/.test(d[3]) ? Number(d[3]) : undefined;
    if (th === undefined) s.expect(`E${r}`, { indicator: `${d[0]} · Giải quyết việc làm mới`, target: `${dot(d[2])} người (KH 2013)`, status: "no_data", why: `"${d[3]}": the year is over and the district has not reported` });
    else {
      const st = cmp(d[2], th);
      s.expect(`E${r}`, { indicator: `${d[0]} · Giải quyết việc làm mới`, target: `${dot(d[2])} người (KH 2013)`, status: st, why: `${dot(th)} ${sign(st)} ${dot(d[2])}${typeof d[3] === "string" ? "; the result is typed as text \"812\"" : ""}; the hidden TH 2012 column is not the plan` });
    }
    if (typeof d[4] === "number") {
      if (typeof d[5] === "number") {
        const st = cmp(d[4], d[5]);
        s.expect(`H${r}`, { indicator: `${d[0]} · Xuất khẩu lao động`, target: `${d[4]} người (KH 2013)`, status: st, why: `${d[5]} ${sign(st)} ${d[4]}` });
      } else s.expect(`H${r}`, { indicator: `${d[0]} · Xuất khẩu lao động`, target: `${d[4]} người (KH 2013)`, status: "no_data", why: `"${d[5]}": not reported` });
    }
  });
  const tot = 10 + ds.length;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}10:${c}${tot - 1})`, fmt: "#,##0" });
  s.row(`A${tot}`, ["", "Toàn tỉnh", sum("C"), sum("D"), sum("E"), { v: `=ROUND(E${tot}/D${tot}*100,1)`, fmt: "0.0" }, sum("G"), sum("H"), "Chưa gồm huyện Sông Mã"], { bold: true, border: true, align: "center" });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- KH 2013: chỉ tiêu giao cho các huyện, thành phố theo Chương trình giải quyết việc làm tỉnh Sơn La năm 2013.",
    "- Dấu \"-\": không giao chỉ tiêu.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lò Văn Thành" }, { col: "F", title: "KT. GIÁM ĐỐC", name: "Cầm Thị Hoa" });
  b.facts = {
    sheet: "GQVL 2013",
    headerRows: "8-9 (indicator over TH 2012 | KH 2013 | TH 2013 | % so KH)",
    nameColumn: "B (Huyện, thành phố)",
    target: "D (KH 2013, new jobs), G (KH 2013, labour export)",
    actualColumns: "E, H (TH 2013)",
    ignoreColumns: "C (TH 2012, hidden: last year), F (% so KH: derived), I (Ghi chú)",
    totalRows: `${tot} (Toàn tỉnh, SUM formulas)`,
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2014-01-15",
    period: "2013",
    rollUps: [s.rollUp(" · Giải quyết việc làm mới", "huyện, thành phố"), s.rollUp(" · Xuất khẩu lao động", "huyện, thành phố")],
    notes: "Counts of people, more is better: equal is met, above exceeded, below not met; the year is over, every figure final. \"-\" (Mường La's export) means no target: nothing to judge. Sông Mã has not reported (no data). Bắc Yên's result is typed as text \"812\". The \"% so KH\" column is derived from the pair and is not a result of its own; the province row is a total.",
  };
  return b;
}
