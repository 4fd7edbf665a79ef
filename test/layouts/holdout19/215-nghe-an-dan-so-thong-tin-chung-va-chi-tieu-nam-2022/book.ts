// Layout 215: a provincial population office's year-end return on its 2022 targets (Nghệ An; crude birth rate 13,41‰, two communes halving third births): a general-information sheet first (reporting unit, period, population, births: figures not to judge), then the indicator table with last year's result, the plan in words ("Giảm 0,2‰ so với năm 2021", "Giảm còn 20,8%", "Dưới 113", "Tăng 5% so với năm 2021"), the year's result as numbers and text, signed differences, a hidden 2020 column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu công tác dân số năm 2022, Chi cục Dân số - KHHGĐ tỉnh Nghệ An");
  // Sheet 1: general information, as the return's cover.
  const g = b.sheet("Thong tin chung");
  g.cols([5, 46, 46]);
  g.merge("A1:C1", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CÔNG TÁC DÂN SỐ NĂM 2022", { bold: true, align: "center", size: 14 });
  g.merge("A2:C2", "THÔNG TIN CHUNG", { bold: true, align: "center" });
  const info: Array<[string, CellInput]> = [
    ["Đơn vị báo cáo", "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An"],
    ["Đơn vị nhận báo cáo", "Sở Y tế Nghệ An; Tổng cục Dân số - KHHGĐ"],
    ["Kỳ báo cáo", "Năm 2022 (từ 01/01/2022 đến 31/12/2022)"],
    ["Ngày chốt số liệu", { v: "2022-12-31", date: true, fmt: "dd/mm/yyyy", align: "left" }],
    ["Chỉ tiêu giao theo", "Quyết định số 4370/QĐ-UBND ngày 24/12/2021 của UBND tỉnh"],
    ["Dân số trung bình năm 2022 (người)", { v: 3418530, fmt: "#,##0", align: "left" }],
    ["Số đơn vị hành chính cấp huyện / cấp xã", "21 / 460"],
    ["Số trẻ sinh ra trong năm (trẻ)", { v: 45846, fmt: "#,##0", align: "left" }],
    ["Trong đó: sinh con thứ 3 trở lên (trẻ)", { v: 9637, fmt: "#,##0", align: "left" }],
    ["Người lập biểu / điện thoại", "Nguyễn Thị Quỳnh Trang - 0238.3844.xxx"],
  ];
  info.forEach(([k, v], i) => g.row(`A${4 + i}`, [i + 1, k, v], { border: true, wrap: true }));
  // Sheet 2: the targets.
  const s = b.sheet("Bieu 01 - Chi tieu");
  s.cols([5, 50, 14, 11, 11, 24, 26, 12, 12, 30]);
  titleBlock(s, {
    left: ["SỞ Y TẾ NGHỆ AN", "CHI CỤC DÂN SỐ - KHHGĐ"],
    number: "Biểu 01/DS-NA",
    date: "Nghệ An, ngày 12 tháng 01 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÔNG TÁC DÂN SỐ NĂM 2022", "(Kèm theo Báo cáo tổng kết công tác dân số năm 2022)"],
    leftSpan: ["A", "B"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "TH năm 2020", "TH năm 2021", "Kế hoạch năm 2022", "Thực hiện năm 2022", "So với năm 2021 (±)", "So với KH (±)", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(7)-(5)", "(9)", "(10)"], { border: true, italic: true, align: "center" });
  s.hideCols("D");
  const n = (v: number, fmt: "0.00" | "0.0" | "#,##0" = "0.00"): CellInput => ({ v, fmt });
  // [chỉ tiêu, ĐVT, 2020, 2021, KH 2022, TH 2022, so KH (typed), ghi chú, status | null, why]
  type R = [string, string, CellInput, CellInput, string, CellInput, string, string, Status | null, string];
  const rows: R[] = [
    ["Tỷ suất sinh thô", "‰", n(14.85), n(14.32), "Giảm 0,2‰ so với năm 2021", n(13.41), "Vượt (giảm 0,91‰)", "", "met", "14,32 → 13,41: down 0,91‰, more than the 0,2‰ asked (at most 14,12); a reduction target is a cap, so met"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "%", n(21.6), n(21.35), "Giảm còn 20,8%", n(21.02), "+0,22", "", "not_met", "21,02 above the 20,8 the rate was to fall to"],
    ["Tỷ số giới tính khi sinh", "Số bé trai/100 bé gái", n(116.1, "0.0"), n(115.2, "0.0"), "Dưới 113", n(113.0, "0.0"), "Đạt", "", "not_met", "113,0 is not under 113 (strict \"Dưới\"); the sheet's own \"Đạt\" is wrong"],
    ["Số xã, phường, thị trấn giảm 50% số người sinh con thứ 3 trở lên so với năm trước", "Xã", "01", "03", "Từ 02 xã trở lên", "02 xã (Châu Thắng - Quỳ Châu; Hồng Sơn - TP Vinh)", "Đạt", "", "met", "2 communes, at the floor"],
    ["Số người mới sử dụng biện pháp tránh thai hiện đại", "Người", n(97420, "#,##0"), n(99870, "#,##0"), "98.500", n(101240, "#,##0"), "+2.740", "", "exceeded", "101.240 above 98.500"],
    ["Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh (ít nhất 4 bệnh phổ biến)", "%", n(55.2, "0.0"), n(58.4, "0.0"), "Từ 65% trở lên", n(61.8, "0.0"), "-3,2", "", "not_met", "61,8 under 65"],
    ["Tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh (ít nhất 5 bệnh phổ biến)", "%", n(68.0, "0.0"), n(71.2, "0.0"), "Từ 75% trở lên", "78,6 (ước)", "+3,6", "Số ước đến 31/12, chính thức trong quý I/2023", "exceeded", "78,6 above 75; an estimate to 31/12, which a year-end return judges as the year's figure (the official figure follows in quarter I/2023)"],
    ["Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn", "%", n(38.7, "0.0"), n(42.5, "0.0"), "Tăng 5% so với năm 2021", n(46.1, "0.0"), "Chưa đạt", "", "review", "42,5 → 46,1: up 3,6 points, short of 5 points (not met), but up 8,5% of 42,5, over 5% (exceeded): nothing says points or percent (the sheet's \"Chưa đạt\" reads points)"],
    ["Tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm", "%", n(58.0, "0.0"), n(61.3, "0.0"), "-", n(64.0, "0.0"), "", "Chỉ tiêu chưa giao năm 2022", null, ""],
    ["Số cộng tác viên dân số được tập huấn, bồi dưỡng nghiệp vụ", "Người", n(4980, "#,##0"), n(5120, "#,##0"), "5.200", "Đang tổng hợp", "", "Chờ báo cáo của 04 huyện", "no_data", "no figure yet"],
  ];
  const first = 10;
  rows.forEach(([label, unit, y20, y21, kh, th, vsKh, note, st, why], i) => {
    const r = first + i;
    const numeric = typeof th === "object" && th !== null && typeof y21 === "object" && y21 !== null;
    const diff: CellInput = numeric ? { v: `=G${r}-E${r}`, result: Math.round(((th as { v: number }).v - (y21 as { v: number }).v) * 100) / 100, fmt: "0.00" } : "";
    s.row(`A${r}`, [i + 1, label, unit, y20, y21, kh, th, diff, vsKh, note], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, label, { border: true, wrap: true });
    s.set(`J${r}`, note, { border: true, wrap: true, italic: true });
    if (st) s.expect(`G${r}`, { indicator: label, target: kh, status: st, why });
  });
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Cột (9) do đơn vị tự đánh giá so với kế hoạch giao.",
    "- Số liệu năm 2022 là số chính thức đến 31/12/2022, trừ các chỉ tiêu ghi \"(ước)\".",
    "- Tỷ lệ sàng lọc tính trên tổng số phụ nữ mang thai, trẻ sinh ra trong năm.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Quỳnh Trang" }, { col: "G", title: "CHI CỤC TRƯỞNG", name: "Phan Văn Cường" });
  b.facts = {
    sheet: "Bieu 01 - Chi tieu",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column F (Kế hoạch năm 2022: words, levels, a count); reductions and increases read against column E (TH năm 2021)",
    actualColumns: "G (Thực hiện năm 2022: numbers, text with names, an estimate, words)",
    ignoreColumns: "A (TT), C (Đơn vị tính), D (hidden: 2020), E (2021: the baseline, not a result), H (derived difference), I (the office's own comparison with the plan), J (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `9 (column numbers); notes ${last + 2}-${last + 5}; signature from ${last + 7}; the whole first sheet (Thong tin chung: population, births, counts that are not indicators)`,
    asOf: "2023-01-12",
    period: "Năm 2022",
    notes: "A general-information sheet comes first; the table is on the second sheet. \"Giảm 0,2‰ so với năm 2021\" is a cap read from the 2021 column (met). \"Giảm còn 20,8%\" and \"Dưới 113\" are caps (113,0 fails the strict one, though the office wrote \"Đạt\"). \"Tăng 5% so với năm 2021\" on a rate can be points or percent and the readings disagree (review). A year-end estimate (\"(ước)\") is judged as the year's figure. A \"-\" plan is not judged; \"Đang tổng hợp\" has no data.",
  };
  return b;
}
