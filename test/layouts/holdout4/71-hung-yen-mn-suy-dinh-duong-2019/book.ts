// Layout 71: a province's end-of-year table of undernourished preschool children by district (Hưng Yên, school year 2018-2019): strict ceilings "Dưới 2%" and "Dưới 2,5%" in a target row above the districts, rates as ROUND formulas with two districts exactly on a ceiling, one rate typed as text, a district that has not reported, last year's rates hidden.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp tỷ lệ trẻ mầm non suy dinh dưỡng cuối năm học 2018-2019 theo huyện, tỉnh Hưng Yên");
  const s = b.sheet("SDD cuối năm");
  s.cols([5, 24, 13, 11, 11, 11, 11, 13, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH HƯNG YÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hưng Yên, ngày 12 tháng 8 năm 2019",
    title: ["TỔNG HỢP KẾT QUẢ CÂN, ĐO TRẺ EM CUỐI NĂM HỌC 2018-2019", "Các cơ sở giáo dục mầm non trên địa bàn tỉnh"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head).merge("C8:C9", "Số trẻ được cân, đo", head);
  s.merge("D8:E8", "Suy dinh dưỡng thể nhẹ cân", head).merge("F8:G8", "Suy dinh dưỡng thể thấp còi", head);
  s.row("D9", ["Số trẻ", "Tỷ lệ (%)", "Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("H8:H9", "Tỷ lệ nhẹ cân năm học 2017-2018 (%)", head).merge("I8:I9", "Ghi chú", head);
  s.hideCols("H");
  s.row("A10", ["", "Chỉ tiêu năm học 2018-2019", "", "", "Dưới 2%", "", "Dưới 2,5%", "", "Theo kế hoạch năm học của Sở"], { bold: true, italic: true, border: true, align: "center", wrap: true });

  // [unit, weighed, underweight, stunted, underweight rate typed as text (null = formula), last year, note]
  type U = [string, number | null, number | null, number | null, string | null, number | null, string];
  const units: U[] = [
    ["Thành phố Hưng Yên", 9850, 148, 207, null, 1.82, ""],
    ["Huyện Văn Lâm", 10200, 214, 230, null, 2.31, ""],
    ["Huyện Văn Giang", 11500, 230, 276, null, 2.05, ""],
    ["Huyện Yên Mỹ", 12400, 186, 322, null, 1.77, ""],
    ["Thị xã Mỹ Hào", 9600, 168, 240, null, 1.94, ""],
    ["Huyện Ân Thi", 10800, 205, 259, null, 2.12, ""],
    ["Huyện Khoái Châu", 15200, 274, 334, "1,8%", 1.96, "Tỷ lệ nhẹ cân nhập tay"],
    ["Huyện Kim Động", 10100, 192, 263, null, 1.88, ""],
    ["Huyện Tiên Lữ", 9300, 158, 214, null, 1.71, ""],
    ["Huyện Phù Cừ", null, null, null, null, 2.02, "Chưa gửi báo cáo"],
  ];
  const first = 11;
  const pct = (n: number | null, d: number | null) => (n === null || d === null ? null : Math.round((n / d) * 10000) / 100);
  const rateCell = (col: string, r: number, has: boolean): CellInput => (has ? { v: `=ROUND(${col}${r}/C${r}*100,2)`, fmt: "0.00" } : "");
  const end = table(s, `A${first}`, units.map((u, i) => {
    const r = first + i;
    const n = (x: number | null): CellInput => (x === null ? "" : { v: x, fmt: "#,##0" });
    return [i + 1, u[0], n(u[1]), n(u[2]), u[4] ?? rateCell("D", r, u[1] !== null), n(u[3]), rateCell("F", r, u[1] !== null), u[5] === null ? "" : { v: u[5], fmt: "0.00" }, u[6]];
  }), { align: "center" });
  const last = end - 1;
  table(s, `A${end}`, [["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, fmt: "#,##0" }, { v: `=SUM(D${first}:D${last})`, fmt: "#,##0" }, { v: `=ROUND(D${end}/C${end}*100,2)`, fmt: "0.00" }, { v: `=SUM(F${first}:F${last})`, fmt: "#,##0" }, { v: `=ROUND(F${end}/C${end}*100,2)`, fmt: "0.00" }, "", ""]], { bold: true, align: "center" });

  const two = (x: number) => x.toFixed(2).replace(".", ",");
  const judge = (rate: number | null, cap: number): Status => (rate === null ? "no_data" : rate < cap ? "met" : "not_met");
  units.forEach((u, i) => {
    const r = first + i;
    const w = pct(u[2], u[1]);
    const sw = judge(w, 2);
    s.expect(`E${r}|D${r}`, {
      indicator: `${u[0]} · Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân`,
      target: "Dưới 2% (dòng 10)",
      actual: u[1] === null ? "(trống)" : u[4] ?? `${u[2]!.toLocaleString("de-DE")}/${u[1].toLocaleString("de-DE")} (${two(w!)})`,
      status: sw,
      why: sw === "no_data" ? "the district has not reported (Ghi chú)" : u[4] ? `"${u[4]}" typed as text, under 2%` : sw === "met" ? `${two(w!)} < 2 (plain number under "Tỷ lệ (%)")` : w === 2 ? "2,00 is not below 2: \"dưới\" excludes the limit" : `${two(w!)} is not below 2`,
    });
    const t = pct(u[3], u[1]);
    const st = judge(t, 2.5);
    s.expect(`G${r}|F${r}`, {
      indicator: `${u[0]} · Tỷ lệ trẻ suy dinh dưỡng thể thấp còi`,
      target: "Dưới 2,5% (dòng 10)",
      actual: u[1] === null ? "(trống)" : `${u[3]!.toLocaleString("de-DE")}/${u[1].toLocaleString("de-DE")} (${two(t!)})`,
      status: st,
      why: st === "no_data" ? "the district has not reported (Ghi chú)" : st === "met" ? `${two(t!)} < 2,5` : t === 2.5 ? "2,50 is not below 2,5: \"dưới\" excludes the limit" : `${two(t!)} is not below 2,5`,
    });
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo kế hoạch năm học 2018-2019: tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân dưới 2%, thể thấp còi dưới 2,5%.",
    "- Cột tỷ lệ năm học 2017-2018 ẩn khi in.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đào Thị Doan" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Thịnh" });
  b.facts = {
    sheet: "SDD cuối năm",
    headerRows: "8-9 (Suy dinh dưỡng thể nhẹ cân / thấp còi over Số trẻ | Tỷ lệ (%))",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "row 10 (Chỉ tiêu năm học 2018-2019: \"Dưới 2%\" under E, \"Dưới 2,5%\" under G)",
    actualColumns: "E with D (underweight: ROUND formulas, one text \"1,8%\"), G with F (stunted: ROUND formulas)",
    ignoreColumns: "C (children weighed, the denominator), H (hidden: last year's underweight rate), I (Ghi chú)",
    targetRows: "10 (Chỉ tiêu năm học 2018-2019)",
    totalRows: `${end} (Toàn tỉnh)`,
    otherRows: `${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2019-08-12",
    period: "2018-2019",
    rollUps: [s.rollUp(" · Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "huyện, thị xã, thành phố"), s.rollUp(" · Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "huyện, thị xã, thành phố")],
    notes: "Less is better and \"dưới\" is strict: a rate equal to the ceiling (Văn Giang's 2,00, Mỹ Hào's 2,50) is not met; under a ceiling is met, never exceeded. Rates are plain numbers with two decimals under \"Tỷ lệ (%)\". Khoái Châu's underweight rate is typed as text \"1,8%\". Phù Cừ has not reported (no data). The school year is over: verdicts are final.",
  };
  return b;
}
