// Layout 253: a city's new-countryside year results (Hà Nội, early January 2015): sections as rows, ĐVT, last year's result, the year's plan, the year's result, the 2015 goal of the programme beside it, a difference formula; the year is over: the plan for 2014 decides, never the 2015 goal.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2014, thành phố Hà Nội");
  const s = b.sheet("NTM 2014");
  s.cols([5, 46, 13, 11, 11, 11, 12, 11, 24]);
  titleBlock(s, {
    left: ["BAN CHỈ ĐẠO CHƯƠNG TRÌNH 02-CTr/TU", "VĂN PHÒNG ĐIỀU PHỐI NTM HÀ NỘI"],
    number: "Biểu 01 kèm Báo cáo tổng kết năm 2014",
    date: "Hà Nội, ngày 05 tháng 01 năm 2015",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2014"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2013", "Kế hoạch năm 2014", "Thực hiện năm 2014", "Mục tiêu đến năm 2015 (Chương trình 02)", "TH 2014 so KH (+/-)", "Ghi chú"], head);
  s.row("A8", ["A", "B", "C", "1", "2", "3", "4", "5 = 3 - 2", "6"], { align: "center", italic: true, border: true });
  // [name, ĐVT, 2013, KH 2014, TH 2014, goal 2015, note, verdict]
  type R = [string, string, CellInput, CellInput, CellInput, CellInput, string, [Status, string]];
  const section = (r: number, label: string, title: string) => {
    s.set(`A${r}`, label, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:I${r}`, title, { bold: true, border: true });
  };
  section(9, "I", "Kết quả công nhận xã đạt chuẩn nông thôn mới");
  const part1: R[] = [
    ["Số xã được công nhận đạt chuẩn NTM trong năm", "Xã", 27, 60, 71, "", "Tăng 11 xã so với kế hoạch", ["exceeded", "71 communes recognised in 2014 against 60 planned"]],
    ["Lũy kế số xã đạt chuẩn NTM", "Xã", 38, 98, 109, 160, "", ["exceeded", "109 against the 98 planned by the end of 2014 (160 is the 2015 goal, not this year's)"]],
    ["Bình quân số tiêu chí đạt chuẩn/xã", "Tiêu chí", 13.2, 15, "Trên 15", 17, "Năm 2010 bình quân 2 tiêu chí/xã", ["exceeded", "\"trên 15\" criteria per commune: above the 15 planned"]],
  ];
  section(13, "II", "Một số tiêu chí chủ yếu");
  const part2: R[] = [
    ["Tỷ lệ xã có đường ô tô đến trụ sở xã được cứng hóa", "%", 100, 100, 100, 100, "", ["met", "100% as planned"]],
    ["Tỷ lệ đường trục thôn, liên thôn được cứng hóa", "%", 88, 92, 95, 100, "", ["exceeded", "95% against 92% planned for 2014 (below the 2015 goal of 100%, which is not this year's)"]],
    ["Tỷ lệ thôn có điện", "%", 100, 100, 100, 100, "", ["met", "100%"]],
    ["Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "%", 91, 95, 94, 98, "Trong đó 36% dùng nước sạch", ["not_met", "94% against 95%; the year is over"]],
    ["Tỷ lệ hộ nghèo toàn thành phố", "%", 2.65, "Dưới 2%", 1.91, "Dưới 1,5%", "Giảm 5,61% so với năm 2011", ["met", "1,91% is under the 2% ceiling of 2014 (the 2015 goal under 1,5% is not this year's)"]],
    ["Tỷ lệ hộ nghèo khu vực nông thôn", "%", 3.9, "Dưới 3%", 2.89, "Dưới 2%", "Năm 2011: 11,25%", ["met", "2,89% is under the 3% ceiling of 2014 (the 2015 goal under 2% is not this year's)"]],
    ["Thu nhập bình quân đầu người khu vực nông thôn", "Triệu đồng/người/năm", 25.1, 28, 28.6, 32, "", ["exceeded", "28,6 million against 28 planned"]],
  ];
  const put = (rows: R[], start: number, from: number) => rows.forEach(([name, dvt, y13, kh, th, goal, note, v], i) => {
    const r = start + i;
    const diff: CellInput = typeof kh === "number" && typeof th === "number" ? { v: `=F${r}-E${r}`, result: Math.round((th - kh) * 100) / 100 } : "";
    s.row(`A${r}`, [String(from + i), name, dvt, y13, kh, th, goal, diff, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    const t = typeof kh === "number" ? `${String(kh).replace(".", ",")} ${dvt} (Kế hoạch năm 2014, column E)` : `${kh} (Kế hoạch năm 2014, column E)`;
    s.expect(`F${r}`, { indicator: name, target: t, status: v[0], why: v[1] });
  });
  put(part1, 10, 1);
  put(part2, 14, 1);
  notes(s, 23, "B", [
    "Ghi chú:",
    "- Cột 4 là mục tiêu cả giai đoạn đến năm 2015 theo Chương trình 02-CTr/TU, không phải kế hoạch năm 2014.",
    "- Cột 5 chỉ tính cho các chỉ tiêu bằng số.",
  ]);
  signature(s, 27, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Văn Chi" }, { col: "F", title: "CHÁNH VĂN PHÒNG", name: "Ngô Văn Ngọ" });
  b.facts = {
    sheet: "NTM 2014",
    headerRows: "7 (with a column-number row 8)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Kế hoạch năm 2014: numbers in the ĐVT of column C, or \"Dưới 2%\")",
    actualColumns: "F (Thực hiện năm 2014)",
    ignoreColumns: "A (TT), C (ĐVT), D (last year's result), G (the programme's 2015 goal, not this year's target), H (difference, derived), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8 (column numbers); 9 and 13 (section titles); notes 23-25; signature from 27",
    asOf: "2015-01-05",
    period: "2014",
    notes: "A year's results read in January of the next year: judge F against the 2014 plan in E; column G is the goal for 2015 and would turn several verdicts (roads 95% against 100%, the cumulative count 109 against 160). \"Trên 15\" against 15 exceeded; poverty 1,91% under the 2% ceiling and rural poverty 2,89% under 3% met; water 94% against 95% not met.",
  };
  return b;
}
