// Layout 175: a province's year-end table for the council (Thái Nguyên, NQ 26/2008/NQ-HĐND): the 2008 main targets with TH 2007 / KH 2008 / Ước TH 2008, a ROUND ratio and the sheet's own Đánh giá, then on the same sheet a second table of the 2009 targets (nothing to judge); section rows, a band plan "12 - 13", a band estimate "8.500 - 9.000", "Giảm còn 14%" (a level, lower is better), strict "Dưới 20" at 20, a count with its unit, the sheet's "Cơ bản đạt" on a shortfall, "Chưa có số liệu ước".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2008 và chỉ tiêu năm 2009, tỉnh Thái Nguyên (kèm Nghị quyết số 26/2008/NQ-HĐND)");
  const s = b.sheet("Bieu chi tieu 2008-2009");
  s.cols([6, 46, 12, 11, 11, 13, 11, 14]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    date: "Thái Nguyên, ngày 09 tháng 12 năm 2008",
    title: ["BIỂU KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2008 VÀ CHỈ TIÊU NĂM 2009", "(Kèm theo Báo cáo của UBND tỉnh trình Kỳ họp thứ 11, HĐND tỉnh khóa XI)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:H8", "I. KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2008", { bold: true, align: "left" });
  s.row("A9", ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2007", "Kế hoạch năm 2008", "Ước thực hiện năm 2008", "Ước TH so KH (%)", "Đánh giá"], head);
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) && v >= 1000 ? "#,##0" : Number.isInteger(v) ? "0" : "0.0" } : v);
  // [chỉ tiêu, ĐVT, TH 2007, KH 2008, ƯTH 2008, đánh giá, status, why]
  type X = [string, string, number | string, number | string, number | string, string, Status, string];
  const sections: [string, string, X[]][] = [
    ["1", "Kinh tế", [
      ["Tốc độ tăng trưởng kinh tế (GDP)", "%", 12.5, "12 - 13", 12.2, "Đạt", "met", "12,2 inside 12 - 13"],
      ["GDP bình quân đầu người", "Triệu đồng", 8.9, 10.5, 10.8, "Vượt", "exceeded", "10,8 > 10,5"],
      ["Giá trị sản xuất công nghiệp (giá cố định 1994)", "Tỷ đồng", 9350, 11500, 11200, "Cơ bản đạt", "not_met", "11.200 < 11.500 (97,4%): the sheet's \"Cơ bản đạt\" does not make it met"],
      ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 1610, 1850, 2030, "Vượt", "exceeded", "2.030 > 1.850"],
      ["Tổng vốn đầu tư phát triển trên địa bàn", "Tỷ đồng", 7200, 8500, "8.500 - 9.000", "Đạt", "met", "an estimate given as a band: its low end 8.500 already equals the plan, so met whichever end"],
    ]],
    ["2", "Văn hóa - xã hội", [
      ["Tỷ lệ hộ nghèo", "%", 17.1, "Giảm còn 14%", 14.6, "Không đạt", "not_met", "14,6 is above the level 14 the plan brings it down to (lower is better)"],
      ["Số lao động được giải quyết việc làm mới", "Người", 15800, 16000, "16.240 người", "Vượt", "exceeded", "16.240 > 16.000, unit in the cell"],
      ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", 21.3, "Dưới 20", { v: 20, fmt: "0.0" } as unknown as number, "Đạt", "not_met", "20,0 is not under 20 (strict \"Dưới\"); the sheet's \"Đạt\" is wrong"],
      ["Tỷ lệ lao động qua đào tạo", "%", 31, 33, 33.5, "Vượt", "exceeded", "33,5 > 33"],
      ["Số xã đạt chuẩn quốc gia về y tế (lũy kế)", "Xã", 95, 110, 110, "Đạt", "met", "110 = 110"],
    ]],
    ["3", "Môi trường", [
      ["Tỷ lệ che phủ rừng", "%", 49.5, 50, 50.3, "Vượt", "exceeded", "50,3 > 50"],
      ["Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "%", 80, 83, "Chưa có số liệu ước", "", "no_data", "no estimate yet"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [k, title, xs] of sections) {
    s.row(`A${r}`, [k, title, "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of xs) {
      n++;
      const ratio: CellInput = { v: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r})),ROUND(F${r}/E${r}*100,1),"")`, result: typeof x[3] === "number" && typeof x[4] === "number" ? Math.round((x[4] / x[3]) * 1000) / 10 : "", fmt: "0.0" };
      const actual = typeof x[4] === "object" ? (x[4] as CellInput) : num(x[4]);
      s.row(`A${r}`, [`${k}.${n}`, x[0], x[1], num(x[2]), num(x[3]), actual, ratio, x[5]], { border: true, wrap: true, align: "center" });
      s.set(`B${r}`, x[0], { border: true, wrap: true, align: "left" });
      s.expect(`F${r}`, { indicator: x[0], target: s.text(`E${r}`), status: x[6], why: x[7] });
      r++;
    }
    n = 0;
  }
  const lastA = r - 1;
  // Second table on the same sheet: the 2009 targets, with no figures to judge yet.
  const hb = lastA + 2;
  s.merge(`A${hb}:H${hb}`, "II. MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2009", { bold: true, align: "left" });
  s.row(`A${hb + 1}`, ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2009", "", "", "", "Ghi chú"], head);
  const plan2009: [string, string, number | string, string][] = [
    ["Tốc độ tăng trưởng kinh tế (GDP)", "%", "11 - 12", ""],
    ["GDP bình quân đầu người", "Triệu đồng", 12, ""],
    ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 2100, ""],
    ["Tỷ lệ hộ nghèo", "%", "Giảm còn 12%", "Theo chuẩn nghèo giai đoạn 2006-2010"],
    ["Số lao động được giải quyết việc làm mới", "Người", 16500, ""],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "Dưới 19", ""],
    ["Tỷ lệ che phủ rừng", "%", 51, ""],
  ];
  plan2009.forEach((p, i) => {
    const rr = hb + 2 + i;
    s.row(`A${rr}`, [i + 1, p[0], p[1], num(p[2]), "", "", "", p[3]], { border: true, wrap: true, align: "center" });
    s.set(`B${rr}`, p[0], { border: true, wrap: true, align: "left" });
  });
  const lastB = hb + 1 + plan2009.length;
  notes(s, lastB + 2, "B", [
    "Ghi chú:",
    "- Số ước thực hiện năm 2008 tổng hợp đến ngày 30/11/2008.",
    "- Cột Đánh giá do các sở, ngành tự đánh giá khi tổng hợp.",
  ]);
  signature(s, lastB + 6, { col: "B", title: "", name: "" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Phạm Xuân Đương" });
  b.facts = {
    sheet: "Bieu chi tieu 2008-2009",
    headerRows: `9 (table I), ${hb + 1} (table II)`,
    nameColumn: "B (Chỉ tiêu), C (Đơn vị tính)",
    target: "column E (Kế hoạch năm 2008) in table I",
    actualColumns: "F (Ước thực hiện năm 2008) in table I",
    ignoreColumns: "D (TH 2007), G (ratio, blank for bands and text), H (the sheet's own Đánh giá); table II (KH 2009: targets with no results yet)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `table titles 8 and ${hb}; sections ${sectionRows.join(", ")}; table II ${hb + 1}-${lastB}; notes ${lastB + 2}-${lastB + 4}; signature from ${lastB + 6}`,
    asOf: "2008-12-09",
    period: "2008",
    notes: "Two tables on one sheet: only table I is judged (KH 2008 against Ước TH 2008); table II lists the 2009 plan with nothing to judge. Bands in the plan (\"12 - 13\") and in the estimate (\"8.500 - 9.000\", met at either end); \"Giảm còn 14%\" is a level to get under; \"Dưới 20\" strict at 20,0; the sheet's own Đánh giá is wrong twice (\"Cơ bản đạt\", \"Đạt\").",
  };
  return b;
}
