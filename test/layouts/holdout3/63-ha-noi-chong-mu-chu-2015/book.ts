// Layout 63: a city's literacy summary by district at the 2015 milestone of its plan (Hà Nội, KH 09/KH-UBND 2014): city-wide rates judged on the total row only, a per-district standard judged on every row, a commune share, 2020 targets in the plan that are not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả chống mù chữ năm 2015 theo quận, huyện, thị xã, thành phố Hà Nội");
  const s = b.sheet("Biểu XMC 2015");
  s.cols([5, 18, 11, 11, 9, 11, 11, 9, 10, 10, 9, 10, 12, 18]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Nội, ngày 15 tháng 01 năm 2016",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ CHỐNG MÙ CHỮ NĂM 2015", "(Thực hiện Kế hoạch số 09/KH-UBND ngày 08/01/2014 của UBND Thành phố)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Quận, huyện, thị xã", head);
  s.merge("C8:E8", "Độ tuổi 15-60", head).merge("F8:H8", "Độ tuổi 15-35", head);
  s.merge("C9:C10", "Tổng số", head).merge("D9:E9", "Biết chữ", head).row("D10", ["SL", "TL"], head);
  s.merge("F9:F10", "Tổng số", head).merge("G9:H9", "Biết chữ", head).row("G10", ["SL", "TL"], head);
  s.merge("I8:J8", "Người mới biết chữ (2013-2015)", head).merge("I9:I10", "Tổng số", head).merge("J9:J10", "Tiếp tục học tập", head);
  s.merge("K8:L8", "Đơn vị cấp xã", head).merge("K9:K10", "Tổng số", head).merge("L9:L10", "Đạt chuẩn chống mù chữ", head);
  s.merge("M8:M10", "Quận, huyện đạt chuẩn chống mù chữ", head).merge("N8:N10", "Ghi chú", head);

  // [district, pop 15-60, literate, pop 15-35, literate, new literates, continuing, communes, communes meeting, district word, note]
  type U = [string, number, number, number, number, number, number, number, number, string, string];
  const units: U[] = [
    ["Ba Vì", 168420, 165310, 84210, 84150, 310, 262, 31, 28, "Chưa đạt", "3 xã miền núi chưa đạt"],
    ["Mỹ Đức", 109870, 108940, 55020, 55020, 145, 132, 22, 22, "Đạt", ""],
    ["Thạch Thất", 119640, 118980, 61380, 61380, 88, 80, 23, 23, "Đạt", ""],
    ["Quốc Oai", 105210, 104480, 53940, 53940, 96, 90, 21, 21, "Đạt", ""],
    ["Sóc Sơn", 199300, 197210, 101460, 101410, 172, 158, 26, 26, "Đạt", ""],
    ["Chương Mỹ", 195480, 194020, 98210, 98210, 120, 111, 32, 32, "Đạt", ""],
    ["Ứng Hòa", 121650, 120780, 60110, 60110, 84, 75, 29, 28, "Đạt", "Xã Đội Bình chưa đạt"],
    ["Phú Xuyên", 118930, 118250, 59400, 59400, 60, 55, 28, 28, "đạt", ""],
    ["Đông Anh", 236770, 236110, 124380, 124380, 40, 37, 24, 24, "Đạt", ""],
    ["Gia Lâm", 165020, 164680, 86950, 86950, 25, 24, 22, 22, "Đạt", ""],
    ["Hoàng Mai", 279140, 278960, 150230, 150230, 12, 12, 14, 14, "Đạt", ""],
    ["Sơn Tây", 85310, 85050, 43170, 43170, 28, 24, 15, 15, "", "Chưa có quyết định công nhận"],
  ];
  const first = 11;
  const fmtN: CellInput = { v: 0, fmt: "#,##0" };
  const n = (v: number): CellInput => ({ ...(fmtN as object), v }) as CellInput;
  const rate = (num: string, den: string, r: number): CellInput => ({ v: `=IF(${num}${r}="","",${num}${r}/${den}${r})`, fmt: "0.00%" });
  const end = table(s, `A${first}`, units.map((u, i) => {
    const r = first + i;
    return [i + 1, u[0], n(u[1]), n(u[2]), rate("D", "C", r), n(u[3]), n(u[4]), rate("G", "F", r), n(u[5]), n(u[6]), u[7], u[8], u[9], u[10]];
  }), { align: "center" });
  const last = end - 1;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, fmt: "#,##0" });
  const tot = (k: number) => units.reduce((a, u) => a + (u[k] as number), 0);
  const T = { p60: tot(1), l60: tot(2), p35: tot(3), l35: tot(4), nl: tot(5), cont: tot(6), xa: tot(7), xaDat: tot(8) };
  table(s, `A${end}`, [["", "Toàn thành phố", sum("C"), sum("D"), { v: `=D${end}/C${end}`, fmt: "0.00%", result: T.l60 / T.p60 }, sum("F"), sum("G"), { v: `=G${end}/F${end}`, fmt: "0.00%", result: T.l35 / T.p35 }, sum("I"), sum("J"), sum("K"), sum("L"), `=COUNTIF(M${first}:M${last},"Đạt")`, ""]], { bold: true, align: "center" });
  table(s, `A${end + 1}`, [["", "Tỷ lệ", "", "", "", "", "", "", "", { v: `=J${end}/I${end}`, fmt: "0.0%", result: T.cont / T.nl }, "", { v: `=L${end}/K${end}`, fmt: "0.0%", result: T.xaDat / T.xa }, "", ""]], { bold: true, align: "center" });

  const pct = (a: number, b2: number, d = 2) => ((a / b2) * 100).toFixed(d).replace(".", ",");
  const vi = (x: number) => x.toLocaleString("de-DE");
  const judge = (x: number, t: number): Status => (Math.abs(x - t) < 1e-9 ? "met" : x > t ? "exceeded" : "not_met");
  const r60 = (T.l60 / T.p60) * 100;
  s.expect(`E${end}|D${end}`, { indicator: "Toàn thành phố · Tỷ lệ người biết chữ độ tuổi 15-60", target: "Đạt 99% (mục tiêu đến năm 2015; plan.json)", actual: `${vi(T.l60)}/${vi(T.p60)} (${pct(T.l60, T.p60)}%)`, status: judge(r60, 99), why: `${pct(T.l60, T.p60)}% against the 2015 target 99%; the 2020 target (99,5%) is not yet due` });
  const r35 = (T.l35 / T.p35) * 100;
  s.expect(`H${end}|G${end}`, { indicator: "Toàn thành phố · Tỷ lệ người biết chữ độ tuổi 15-35", target: "Đạt 100% (plan.json)", actual: `${vi(T.l35)}/${vi(T.p35)} (${pct(T.l35, T.p35)}%)`, status: judge(r35, 100), why: `${vi(T.p35 - T.l35)} people aged 15-35 still illiterate: ${pct(T.l35, T.p35, 3)}% is short of 100% although it shows as ${pct(T.l35, T.p35)}%` });
  const rc = (T.cont / T.nl) * 100;
  s.expect(`J${end + 1}|J${end}`, { indicator: "Số người mới biết chữ tiếp tục tham gia học tập", target: "Có 90% (mục tiêu đến năm 2015; plan.json)", actual: `${vi(T.cont)}/${vi(T.nl)} (${pct(T.cont, T.nl, 1)}%)`, status: judge(rc, 90), why: `${pct(T.cont, T.nl, 1)}% against 90% (95% is the 2020 target)` });
  const rx = (T.xaDat / T.xa) * 100;
  s.expect(`L${end + 1}|L${end}`, { indicator: "Đơn vị cấp xã đạt chuẩn chống mù chữ", target: "99,7% đơn vị cấp xã (plan.json)", actual: `${T.xaDat}/${T.xa} (${pct(T.xaDat, T.xa, 1)}%)`, status: judge(rx, 99.7), why: `${T.xaDat}/${T.xa} = ${pct(T.xaDat, T.xa, 2)}% < 99,7%` });
  units.forEach((u, i) => {
    const r = first + i;
    const w = u[9];
    const [st, why]: [Status, string] = w === "" ? ["no_data", "no recognition decision yet (Ghi chú)"] : /^đạt$/i.test(w) ? ["met", w === "đạt" ? "\"đạt\" in lower case" : "Đạt"] : ["not_met", "Chưa đạt"];
    s.expect(`M${r}`, { indicator: `${u[0]} · Quận, huyện đạt chuẩn chống mù chữ`, target: "100% quận, huyện, thị xã đạt chuẩn (plan.json)", status: st, why });
  });
  const after = notes(s, end + 3, "B", [
    "Ghi chú:",
    "- Số liệu theo kết quả điều tra, cập nhật phổ cập giáo dục - chống mù chữ tháng 10/2015; biểu chỉ tổng hợp 12/30 quận, huyện, thị xã có xã chưa hoàn thành hoặc có lớp xóa mù chữ trong giai đoạn 2013-2015.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đỗ Thị Thanh Hà" }, { col: "I", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Lê Ngọc Quang" });

  const quote15 = "Tỷ lệ người biết chữ độ tuổi 15 - 60 tuổi đạt 99%; trong đó độ tuổi 15 - 35 tuổi tỷ lệ người biết chữ đạt 100%.";
  b.plan = {
    id: "ha-noi-2014-xoa-mu-chu-den-2020",
    title: "Kế hoạch xóa mù chữ đến năm 2020 thành phố Hà Nội",
    issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    number: "09/KH-UBND",
    date: "2014-01-08",
    place: "Hà Nội",
    period: "2014-2020",
    notes: "Mục tiêu theo Kế hoạch số 09/KH-UBND; mốc năm 2015 và năm 2020. / Targets of KH 09/KH-UBND, with a 2015 milestone and 2020 targets.",
    indicators: [
      { id: "gdtx.xmc.2015.biet-chu-15-60", section: ["I. Mục tiêu", "1. Mục tiêu đến năm 2015"], name: "Tỷ lệ người biết chữ độ tuổi 15 - 60 tuổi", level: "GDTX", unit: "%", target: "đạt 99%", quote: quote15, scope: "district" },
      { id: "gdtx.xmc.2015.biet-chu-15-35", section: ["I. Mục tiêu", "1. Mục tiêu đến năm 2015"], name: "Tỷ lệ người biết chữ độ tuổi 15 - 35 tuổi", level: "GDTX", unit: "%", target: "đạt 100%", quote: quote15, scope: "district" },
      { id: "gdtx.xmc.2015.tiep-tuc-hoc", section: ["I. Mục tiêu", "1. Mục tiêu đến năm 2015"], name: "Số người mới biết chữ tiếp tục tham gia học tập", level: "GDTX", unit: "%", target: "Có 90%", quote: "Có 90% số người mới biết chữ tiếp tục tham gia học tập với nhiều hình thức khác nhau nhằm củng cố vững chắc kết quả biết chữ.", scope: "district" },
      { id: "gdtx.xmc.2015.quan-huyen", section: ["I. Mục tiêu", "1. Mục tiêu đến năm 2015"], name: "Quận, huyện, thị xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015", level: "GDTX", target: "100%", quote: "Có 100% quận, huyện, thị xã và 99,7% đơn vị cấp xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015.", scope: "unit" },
      { id: "gdtx.xmc.2015.xa", section: ["I. Mục tiêu", "1. Mục tiêu đến năm 2015"], name: "Đơn vị cấp xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015", level: "GDTX", unit: "%", target: "99,7%", quote: "Có 100% quận, huyện, thị xã và 99,7% đơn vị cấp xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015.", scope: "district" },
      { id: "gdtx.xmc.2020.biet-chu-15-60", section: ["I. Mục tiêu", "2. Mục tiêu đến năm 2020"], name: "Tỷ lệ người biết chữ độ tuổi 15-60 tuổi", level: "GDTX", unit: "%", target: "đạt 99,5%", quote: "Tỷ lệ người biết chữ độ tuổi 15-60 tuổi đạt 99,5%. Trong đó tỷ lệ người biết chữ độ tuổi 15 - 35 tuổi đạt 100%.", scope: "district" },
      { id: "gdtx.xmc.2020.tiep-tuc-hoc", section: ["I. Mục tiêu", "2. Mục tiêu đến năm 2020"], name: "Số người mới biết chữ tiếp tục tham gia học tập", level: "GDTX", unit: "%", target: "Có 95%", quote: "Có 95% số người mới biết chữ tiếp tục tham gia học tập với nhiều hình thức khác nhau nhằm củng cố vững chắc kết quả biết chữ.", scope: "district" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu XMC 2015",
    headerRows: "8-10 (Độ tuổi 15-60 / 15-35 over Tổng số | Biết chữ, the latter over SL | TL; Người mới biết chữ; Đơn vị cấp xã)",
    nameColumn: "B (Quận, huyện, thị xã)",
    target: "plan.json, 2015 milestone: E/H (city rates) and J, L (shares on the Tỷ lệ row) are judged on the city total only; M (district recognised) on every district row. The 2020 indicators of the plan are not yet due.",
    actualColumns: `E${end} (with D${end}), H${end} (with G${end}), J${end + 1} (with J${end}), L${end + 1} (with L${end}); M${first}-M${last} (Đạt, đạt, Chưa đạt, blank)`,
    ignoreColumns: "C, F, I, K (sizes); per-district rates in E and H and per-district counts in J and L (the plan's rates are city-wide); N (Ghi chú)",
    totalRows: `${end} (Toàn thành phố), ${end + 1} (Tỷ lệ)`,
    otherRows: `${end + 3}-${after - 1} (notes), signature below`,
    asOf: "2016-01-15",
    period: "2014-2020",
    rollUps: [s.rollUp(" · Quận, huyện đạt chuẩn chống mù chữ", "quận, huyện")],
    notes: "The plan's literacy rates and shares are city-wide: judge the Toàn thành phố / Tỷ lệ rows, not each district's rate. The 15-35 rate shows 99,99% with a two-decimal format but is short of 100%. Each district must be recognised (\"Đạt\", once \"đạt\"); Sơn Tây has no decision yet. In January 2016 the 2015 milestone is due and judged; the 2020 targets also in the plan are not yet due.",
  };
  return b;
}
