// Layout 305: a province department's universal-education counts by district after term one (Sở GD&ĐT Quảng Bình, school year 2016-2017): eight districts with their number of communes, communes at each level as counts, a plan column (KH năm 2017) beside two of the four counts, a text column naming the district's own level; below, a second table of term-one dropouts by level with the school year's cap per level, one already over it.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phổ cập giáo dục, xóa mù chữ theo huyện và học sinh bỏ học học kỳ I năm học 2016-2017, Sở GD&ĐT Quảng Bình");
  const s = b.sheet("PCGD-XMC HK1");
  s.cols([5, 22, 9, 11, 11, 11, 11, 11, 11, 34]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Bình, ngày 25 tháng 01 năm 2017",
    title: ["KẾT QUẢ PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ VÀ HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2016-2017", "(Kèm theo Báo cáo sơ kết học kỳ I năm học 2016-2017)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:J8", "Bảng 1. Số xã, phường, thị trấn đạt chuẩn phổ cập giáo dục, xóa mù chữ", { bold: true });
  s.merge("A9:A10", "TT", head);
  s.merge("B9:B10", "Huyện, thị xã, thành phố", head);
  s.merge("C9:C10", "Số xã, phường, thị trấn", head);
  s.merge("D9:E9", "PCGD tiểu học mức độ 3", head);
  s.merge("F9:F10", "PCGD THCS mức độ 2 trở lên", head);
  s.merge("G9:H9", "PCGD THCS mức độ 3", head);
  s.merge("I9:I10", "XMC mức độ 2", head);
  s.merge("J9:J10", "Mức đạt chuẩn của huyện", head);
  s.row("D10", ["Kế hoạch năm 2017", "Đã đạt"], head);
  s.row("G10", ["Kế hoạch năm 2017", "Đã đạt"], head);
  // district, communes, TH3 plan, TH3 got, THCS2 got, THCS3 plan, THCS3 got, XMC2 got, district level
  type D = [string, number, number, number, number, number, number, number, string];
  const ds: D[] = [
    ["Thành phố Đồng Hới", 16, 16, 16, 16, 15, 14, 16, "PCGDTH mức độ 3; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Thị xã Ba Đồn", 16, 16, 16, 16, 13, 12, 16, "PCGDTH mức độ 3; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Huyện Minh Hóa", 16, 14, 13, 14, 5, 4, 15, "PCGDTH mức độ 2; PCGD THCS mức độ 1; XMC mức độ 1"],
    ["Huyện Tuyên Hóa", 20, 19, 18, 19, 9, 8, 19, "PCGDTH mức độ 2; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Huyện Quảng Trạch", 18, 18, 17, 18, 10, 10, 18, "PCGDTH mức độ 2; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Huyện Bố Trạch", 30, 29, 28, 29, 18, 17, 29, "PCGDTH mức độ 2; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Huyện Quảng Ninh", 15, 15, 15, 15, 10, 10, 15, "PCGDTH mức độ 3; PCGD THCS mức độ 2; XMC mức độ 2"],
    ["Huyện Lệ Thủy", 28, 27, 26, 27, 16, 15, 28, "PCGDTH mức độ 2; PCGD THCS mức độ 2; XMC mức độ 2"],
  ];
  const ind = ["Số xã đạt chuẩn PCGD tiểu học mức độ 3", "Số xã đạt chuẩn PCGD THCS mức độ 3"];
  const judge = (got: number, plan: number): Status => (got > plan ? "exceeded" : got === plan ? "met" : "pending");
  const why = (got: number, plan: number, n: number) => got === plan ? `${got} of the ${plan} communes planned for 2017 already recognised${plan === n ? " (every commune)" : ""}` : `${got} against ${plan} planned for 2017; the year's recognition round is at year end`;
  let r = 11;
  for (const [i, d] of ds.entries()) {
    s.row(`A${r}`, [String(i + 1), d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]], { border: true, align: "center" });
    s.set(`B${r}`, d[0], { border: true });
    s.set(`J${r}`, d[8], { border: true, wrap: true });
    s.expect(`E${r}`, { indicator: `${d[0]} · ${ind[0]}`, target: `${d[2]} xã (column D, Kế hoạch năm 2017)`, status: judge(d[3], d[2]), why: why(d[3], d[2], d[1]) });
    s.expect(`H${r}`, { indicator: `${d[0]} · ${ind[1]}`, target: `${d[5]} xã (column G, Kế hoạch năm 2017)`, status: judge(d[6], d[5]), why: why(d[6], d[5], d[1]) });
    r++;
  }
  // r = 19: the province
  const S = (k: number) => ds.reduce((t, d) => t + (d[k] as number), 0);
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}11:${c}18)`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", S(1)), sum("D", S(2)), sum("E", S(3)), sum("F", S(4)), sum("G", S(5)), sum("H", S(6)), sum("I", S(7)), "Tỉnh: PCGDTH mức độ 2; PCGD THCS mức độ 1; XMC mức độ 2"], { border: true, bold: true, align: "center" });
  s.set(`J${r}`, "Tỉnh: PCGDTH mức độ 2; PCGD THCS mức độ 1; XMC mức độ 2", { border: true, bold: true, wrap: true });
  s.expect(`E${r}`, { indicator: `Toàn tỉnh · ${ind[0]}`, target: `${S(2)} xã (column D, SUM)`, status: "pending", why: `${S(3)} of ${S(1)} communes (93,7%, as on the page) against ${S(2)} planned for 2017` });
  s.expect(`H${r}`, { indicator: `Toàn tỉnh · ${ind[1]}`, target: `${S(5)} xã (column G, SUM)`, status: "pending", why: `${S(6)} of ${S(1)} communes (56,6%, as on the page) against ${S(5)} planned for 2017` });
  // the second table: term-one dropouts
  s.merge("A22:J22", "Bảng 2. Học sinh bỏ học học kỳ I năm học 2016-2017", { bold: true });
  s.row("B23", ["Cấp học", "Tổng số học sinh đầu năm", "Số học sinh bỏ học học kỳ I", "Tỷ lệ (%)", "Chỉ tiêu năm học 2016-2017"], head);
  type L = [string, number, number, string, number, Status, string];
  const lvls: L[] = [
    ["Tiểu học", 68540, 4, "Dưới 0,05%", 0.05, "pending", "4 of 68.540 = 0,01% after term one, under the cap; the year's count can still grow"],
    ["Trung học cơ sở", 49120, 98, "Dưới 0,3%", 0.3, "pending", "98 of 49.120 = 0,20% after term one, under the cap; term two still to come"],
    ["Trung học phổ thông", 36800, 145, "Dưới 0,35%", 0.35, "not_met", "145 of 36.800 = 0,39% after term one: already over the year's cap, and a dropout count only grows"],
  ];
  r = 24;
  const r2 = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  for (const [lv, pupils, out, cap, , st, w] of lvls) {
    s.row(`B${r}`, [lv, pupils, out, { v: `=ROUND(D${r}/C${r}*100,2)`, result: r2(out, pupils), fmt: "0.00", border: true, align: "center" }, cap], { border: true, align: "center" });
    s.set(`C${r}`, { v: pupils, fmt: "#,##0" }, { border: true, align: "center" });
    s.expect(`D${r}|E${r}`, { indicator: `Tỷ lệ học sinh bỏ học · ${lv}`, target: `${cap} (column F, chỉ tiêu năm học)`, status: st, why: w });
    r++;
  }
  const P = lvls.reduce((t, l) => t + l[1], 0);
  const O = lvls.reduce((t, l) => t + l[2], 0);
  s.row(`B${r}`, ["Cộng", { v: "=SUM(C24:C26)", result: P, fmt: "#,##0", border: true, bold: true, align: "center" }, { v: "=SUM(D24:D26)", result: O, border: true, bold: true, align: "center" }, { v: `=ROUND(D${r}/C${r}*100,2)`, result: r2(O, P), fmt: "0.00", border: true, bold: true, align: "center" }, "Dưới 0,3%"], { border: true, bold: true, align: "center" });
  s.expect(`D${r}|E${r}`, { indicator: "Tỷ lệ học sinh bỏ học · Cộng", target: "Dưới 0,3% (column F)", status: "pending", why: `${O} of ${P.toLocaleString("de-DE")} = 0,16% (as on the page) after term one, under the cap with term two to come` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số xã đạt chuẩn tính theo kết quả kiểm tra công nhận năm 2016; kế hoạch năm 2017 sẽ được kiểm tra, công nhận vào tháng 12/2017.",
    "- 100% xã, phường, thị trấn đạt chuẩn PCGD tiểu học mức độ 2 trở lên, PCGD THCS mức độ 1 trở lên và XMC mức độ 1 trở lên.",
    "- Chỉ tiêu tỷ lệ học sinh bỏ học tính cho cả năm học 2016-2017.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hoàng Thị Lan" }, { col: "G", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Nguyễn Văn Quảng" });
  b.facts = {
    sheet: "PCGD-XMC HK1",
    headerRows: "9-10 (table 1); 23 (table 2)",
    nameColumn: "B (Huyện, thị xã, thành phố; Cấp học)",
    target: "column D (Kế hoạch năm 2017) for E; column G (Kế hoạch năm 2017) for H; column F (Chỉ tiêu năm học) for table 2",
    actualColumns: "E and H (communes recognised) in table 1; D|E (dropouts and their ROUND rate) in table 2",
    ignoreColumns: "A (TT), C (communes: the base), F and I (levels with no plan on the sheet: reported, not judged), J (the district's own level in words)",
    totalRows: "19 (Toàn tỉnh: SUMs, judged), 27 (Cộng of table 2, judged)",
    otherRows: "8 and 22 (table titles); notes and signature under table 2",
    asOf: "2017-01-25",
    period: "2017 (PCGD); 2016-2017 (dropouts)",
    notes: "The counts are 2016's recognitions read after term one; the 2017 plan is recognised in December 2017, so short is pending and a district already at its plan met. Dropouts are a cap for the school year read after term one: under the cap pending (the count still grows), the upper secondary rate already over its cap not met. The province's 149/159, 90/159, 154/159, 156/159 and 247 dropouts (0,16%, 4 in primary) follow the page.",
  };
  return b;
}
