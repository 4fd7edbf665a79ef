// Layout 160: a Sở GD&ĐT's year-end results of the school-milk programme per district (Tây Ninh plan 2017-2020), a target row under a merged header, a count-and-ROUND coverage rate, a stunting rate at the start and end of the year with a "Mức giảm" formula judged against "Giảm ≥ 0,5%/năm" (points or percent: review where the two readings part), a blank count, "Chưa cân đo", a province row the SUM leaves incomplete.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện Chương trình Sữa học đường năm học 2018-2019 theo huyện, thành phố, tỉnh Tây Ninh");
  const s = b.sheet("KQ SHD 2018-2019");
  s.cols([5, 22, 12, 12, 10, 12, 12, 11, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH TÂY NINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Tây Ninh, ngày 20 tháng 6 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH SỮA HỌC ĐƯỜNG NĂM HỌC 2018-2019", "(Theo Kế hoạch thực hiện Chương trình Sữa học đường trong trường mầm non, mẫu giáo, tiểu học trên địa bàn tỉnh Tây Ninh, giai đoạn 2017-2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:E8", "Trẻ mẫu giáo, học sinh tiểu học được uống sữa", head).merge("F8:H8", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi (%)", head).merge("I8:I9", "Ghi chú", head);
  s.row("C9", ["Tổng số trẻ MG, HS TH", "Số được uống sữa", "Tỷ lệ (%)", "Đầu năm học", "Cuối năm học", "Mức giảm"], head);
  s.row("A10", ["", "Chỉ tiêu năm học", "", "", "≥ 95%", "", "", "Giảm ≥ 0,5%/năm", ""], { ...head, bold: false, italic: true });
  const rate = (r: number, res: number | string): CellInput => ({ v: `=IF(D${r}="","",ROUND(D${r}/C${r}*100,1))`, result: res, fmt: "0.0" });
  const drop = (r: number, res: number | string): CellInput => ({ v: `=IF(ISNUMBER(G${r}),ROUND(F${r}-G${r},1),"")`, result: res, fmt: "0.0" });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  type U = [string, number, number | "", number, number | string, string, Status, string, Status, string];
  const units: U[] = [
    ["Thành phố Tây Ninh", 14250, 13980, 5.2, 4.4, "", "exceeded", "13.980/14.250 = 98,1", "exceeded", "5,2 → 4,4: giảm 0,8 điểm (15% tương đối): over either way"],
    ["Huyện Tân Biên", 9820, 9329, 9.8, 9.5, "", "met", "9.329/9.820 = 95,0 at the floor", "review", "9,8 → 9,5: giảm 0,3 điểm % (< 0,5: not met) but 3,1% of the rate (≥ 0,5%: met); nothing on the sheet says which"],
    ["Huyện Tân Châu", 12460, 11710, 10.4, 9.6, "", "not_met", "11.710/12.460 = 94,0", "exceeded", "10,4 → 9,6: giảm 0,8 điểm: over either way"],
    ["Huyện Dương Minh Châu", 10150, 9801, 8.1, 8.1, "", "exceeded", "9.801/10.150 = 96,6", "not_met", "8,1 → 8,1: no fall"],
    ["Huyện Châu Thành", 11380, "", 9.2, 8.5, "Chưa nhận báo cáo số trẻ uống sữa học kỳ II", "no_data", "blank count: not reported (note)", "exceeded", "9,2 → 8,5: giảm 0,7 điểm: over either way"],
    ["Huyện Hòa Thành", 13020, 12890, 4.9, 5.1, "", "exceeded", "12.890/13.020 = 99,0", "not_met", "4,9 → 5,1: the rate rose (mức giảm -0,2)"],
    ["Huyện Gò Dầu", 12110, 11505, 7.6, "Chưa cân đo", "Trạm y tế chưa cân đo cuối năm", "met", "11.505/12.110 = 95,0 after ROUND (95,004): at the floor", "no_data", "end-of-year rate not measured (\"Chưa cân đo\")"],
    ["Huyện Bến Cầu", 5640, 5193, 11.5, 10.9, "", "not_met", "5.193/5.640 = 92,1", "exceeded", "11,5 → 10,9: giảm 0,6 điểm: over either way"],
    ["Huyện Trảng Bàng", 15310, 14902, 7.0, 6.6, "", "exceeded", "14.902/15.310 = 97,3", "review", "7,0 → 6,6: giảm 0,4 điểm % (< 0,5) but 5,7% of the rate (≥ 0,5%); nothing on the sheet says which"],
  ];
  const first = 12;
  units.forEach((u, i) => {
    const r = first + i;
    const d = typeof u[4] === "number" ? r1(u[3] - u[4]) : "";
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], rate(r, u[2] === "" ? "" : r1((u[2] / u[1]) * 100)), { v: u[3], fmt: "0.0" }, typeof u[4] === "number" ? { v: u[4], fmt: "0.0" } : u[4], drop(r, d), u[5]], { border: true, align: "center", wrap: true });
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ trẻ MG, HS TH được uống sữa`, target: "≥ 95%", status: u[6], why: u[7], ...(u[2] === "" ? { actual: "(trống)" } : {}) });
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Mức giảm tỷ lệ SDD thể thấp còi`, target: "Giảm ≥ 0,5%/năm", status: u[8], why: u[9], ...(typeof u[4] === "string" ? { actual: u[4] } : {}) });
  });
  const last = first + units.length - 1;
  const sum = (k: 1 | 2) => units.reduce((a, u) => a + (typeof u[k] === "number" ? (u[k] as number) : 0), 0);
  s.row("A11", ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, result: sum(1) }, { v: `=SUM(D${first}:D${last})`, result: sum(2) }, rate(11, r1((sum(2) / sum(1)) * 100)), "", "", "", "Chưa đủ số liệu 9/9 đơn vị"], { border: true, bold: true, align: "center", wrap: true });
  s.expect("E11|D11", { indicator: "Toàn tỉnh · Tỷ lệ trẻ MG, HS TH được uống sữa", target: "≥ 95%", status: "no_data", why: "the SUM keeps Châu Thành's children but not its count (blank): the province rate is not a figure" });
  const rollUps = [" · Tỷ lệ trẻ MG, HS TH được uống sữa", " · Mức giảm tỷ lệ SDD thể thấp còi"].map((x) => s.rollUp(x, "huyện, thành phố"));
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm học theo Kế hoạch: tỷ lệ trẻ mẫu giáo, học sinh tiểu học được uống sữa đạt từ 95% trở lên; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm ít nhất 0,5%/năm.",
    "- Tỷ lệ suy dinh dưỡng do Trạm y tế cân đo đầu năm học (tháng 9/2018) và cuối năm học (tháng 5/2019).",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Mỹ Hạnh" }, { col: "F", title: "KT. GIÁM ĐỐC", name: "Nguyễn Văn Tâm" });
  b.facts = {
    sheet: "KQ SHD 2018-2019",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu năm học)",
    nameColumn: "B (Huyện, thành phố)",
    target: "row 10: E \"≥ 95%\", H \"Giảm ≥ 0,5%/năm\"",
    actualColumns: "E (count D over C, IF/ROUND), H (Mức giảm = F - G, ROUND)",
    ignoreColumns: "C (denominator), F and G (the two stunting rates the fall is taken from), I (Ghi chú)",
    totalRows: "11 (Toàn tỉnh, on top: SUM)",
    targetRows: "10",
    otherRows: `${last + 2}-${last + 4} (notes), signature from ${last + 6}`,
    asOf: "2019-06-20",
    period: "Năm học 2018-2019",
    rollUps,
    notes: "\"Giảm ≥ 0,5%/năm\" on a rate reads as percentage points or as a share of the rate; the two part for falls between 0,1 and 0,5 points (review). The province row is incomplete (Châu Thành's count blank) and has no stunting figures.",
  };
  return b;
}
