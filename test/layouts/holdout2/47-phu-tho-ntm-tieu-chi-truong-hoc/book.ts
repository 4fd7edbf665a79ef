// Layout 47: a province's district table of new-countryside education criteria (Phú Thọ, Sở GDĐT report 111/BC-SGD&ĐT, 2014): a plan count per district, count-and-share pairs where the share is not what the plan counts, a hidden row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện tiêu chí số 5 (Trường học) và tiêu chí số 14 (Giáo dục) xây dựng nông thôn mới năm 2014 theo huyện, tỉnh Phú Thọ");
  const s = b.sheet("TC5-TC14 theo huyện");
  s.cols([5, 24, 10, 11, 10, 10, 11, 10, 10, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH PHÚ THỌ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Phụ lục kèm theo Báo cáo số 111/BC-SGD&ĐT",
    date: "Phú Thọ, ngày 13 tháng 01 năm 2015",
    title: ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ SỐ 5 (TRƯỜNG HỌC) VÀ TIÊU CHÍ SỐ 14 (GIÁO DỤC)", "TRONG XÂY DỰNG NÔNG THÔN MỚI NĂM 2014"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Huyện, thành, thị", head).merge("C8:C10", "Tổng số xã xây dựng NTM", head);
  s.merge("D8:F8", "Tiêu chí số 5 - Trường học", head).merge("G8:I8", "Tiêu chí số 14 - Giáo dục", head).merge("J8:J10", "Ghi chú", head);
  s.merge("D9:D10", "Kế hoạch năm 2014 (số xã đạt)", head).merge("E9:F9", "Thực hiện năm 2014", head);
  s.merge("G9:G10", "Kế hoạch năm 2014 (số xã đạt)", head).merge("H9:I9", "Thực hiện năm 2014", head);
  s.row("E10", ["Số xã đạt", "Tỷ lệ (%)"], head);
  s.row("H10", ["Số xã đạt", "Tỷ lệ (%)"], head);

  // [district, communes, TC5 plan ("-" = none), TC5 done (null = not reported), TC14 plan, TC14 done, note, hidden?]
  type U = [string, number, number | "-", CellInput | null, number, CellInput | null, string, boolean?];
  const units: U[] = [
    ["Thành phố Việt Trì", 9, 6, 7, 8, 8, ""],
    ["Thị xã Phú Thọ", 4, 3, 3, 4, 4, ""],
    ["Huyện Đoan Hùng", 27, 8, 6, 14, 15, "02 xã chưa đủ phòng học"],
    ["Huyện Hạ Hòa", 32, 7, 7, 15, 13, ""],
    ["Huyện Thanh Ba", 26, 6, "8 xã", 12, 12, "Số liệu ghi tay"],
    ["Huyện Phù Ninh", 18, 6, 6, 10, 11, ""],
    ["Huyện Yên Lập", 16, 3, 2, 7, 7, ""],
    ["Huyện Cẩm Khê", 30, 7, null, 14, null, "Chưa gửi báo cáo"],
    ["Huyện Tam Nông", 19, 5, 5, 9, 8, ""],
    ["Huyện Lâm Thao (địa giới cũ)", 14, 5, 5, 10, 10, "Số liệu trước điều chỉnh địa giới", true],
    ["Huyện Lâm Thao", 12, 5, 6, 9, 9, ""],
    ["Huyện Thanh Sơn", 22, 4, 4, 8, 9, ""],
    ["Huyện Thanh Thủy", 14, 4, 3, 8, 8, ""],
    ["Huyện Tân Sơn", 17, "-", 2, 5, 6, "Tiêu chí 5 chưa giao kế hoạch"],
  ];
  const first = 11;
  let no = 0;
  const rows = units.map(([name, n, p5, d5, p14, d14, note, hidden], i) => {
    const r = first + i;
    const rate = (col: string): CellInput => ({ v: `=IF(ISNUMBER(${col}${r}),ROUND(${col}${r}/C${r}*100,1),"")`, fmt: "0.0" });
    return [hidden ? "" : ++no, name, n, p5, d5 ?? "", rate("E"), p14, d14 ?? "", rate("H"), note];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  units.forEach((u, i) => { if (u[7]) s.hideRows(first + i); });
  const last = end - 1;
  // The province total leaves the hidden row out, as the office did by hand.
  const sumVisible = (c: string) => `=SUM(${c}${first}:${c}${last})-${c}${first + units.findIndex((u) => u[7])}`;
  table(s, `A${end}`, [["", "Toàn tỉnh", sumVisible("C"), sumVisible("D"), sumVisible("E"), { v: `=ROUND(E${end}/C${end}*100,1)`, fmt: "0.0" }, sumVisible("G"), sumVisible("H"), { v: `=ROUND(H${end}/C${end}*100,1)`, fmt: "0.0" }, "Thanh Ba ghi chữ, không cộng"]], { bold: true, align: "center" });

  units.forEach(([name, n, p5, d5, p14, d14, , hidden], i) => {
    if (hidden) return;
    const r = first + i;
    const judge = (col: string, rateCol: string, label: string, plan: number | "-", done: CellInput | null) => {
      if (plan === "-") return;
      const target = `${plan} xã (cột Kế hoạch năm 2014)`;
      if (done === null) {
        s.expect(`${col}${r}|${rateCol}${r}`, { indicator: `${name} · ${label}`, target, actual: "(trống)", status: "no_data", why: "not reported" });
        return;
      }
      const x = typeof done === "number" ? done : Number(String(done).replace(/\D+/g, ""));
      const st: Status = x > plan ? "exceeded" : x === plan ? "met" : "not_met";
      s.expect(`${col}${r}|${rateCol}${r}`, { indicator: `${name} · ${label}`, target, actual: `${typeof done === "number" ? done : `"${done}"`} (${String(Math.round((x / n) * 1000) / 10).replace(".", ",")}% số xã)`, status: st, why: `${x} ${st === "exceeded" ? ">" : st === "met" ? "=" : "<"} ${plan} communes planned; the share of all ${n} communes is not what the plan counts` });
    };
    judge("E", "F", "Số xã đạt tiêu chí số 5 (Trường học)", p5, d5);
    judge("H", "I", "Số xã đạt tiêu chí số 14 (Giáo dục)", p14, d14);
  });
  const hiddenRow = first + units.findIndex((u) => u[7]);
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ (%) tính trên tổng số xã xây dựng nông thôn mới của huyện.",
    "- Huyện Tân Sơn chưa được giao kế hoạch tiêu chí số 5 năm 2014.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thanh Hà" }, { col: "G", title: "GIÁM ĐỐC", name: "Đinh Công Thủy" });
  b.facts = {
    sheet: "TC5-TC14 theo huyện",
    headerRows: "8-10 (criterion over Kế hoạch năm 2014 | Thực hiện năm 2014, Thực hiện over Số xã đạt | Tỷ lệ (%))",
    nameColumn: "B (Huyện, thành, thị)",
    target: "columns D (TC 5) and G (TC 14): a planned count of communes per district; \"-\" = no plan",
    actualColumns: "E (TC 5 communes reaching it; one typed \"8 xã\") and H (TC 14), with their shares F and I",
    ignoreColumns: "C (communes in the programme), F and I as targets (shares of all communes, not the plan's measure), J (Ghi chú)",
    totalRows: `${end} (Toàn tỉnh)`,
    otherRows: `${hiddenRow} (hidden: old boundaries, never judged), ${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2015-01-13",
    period: "2014",
    rollUps: [
      s.rollUp(" · Số xã đạt tiêu chí số 5 (Trường học)", "huyện, thành, thị"),
      s.rollUp(" · Số xã đạt tiêu chí số 14 (Giáo dục)", "huyện, thành, thị"),
    ],
    notes: "The target is a count per district in its own column, beside the count achieved. The share columns divide by all communes of the district: 7 of 9 (77,8%) exceeds a plan of 6. Tân Sơn has no TC 5 plan (not judged). Cẩm Khê has not reported.",
  };
  return b;
}
