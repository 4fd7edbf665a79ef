// Layout 130: a district education office's start-of-year table of preschool enrolment by school against the plan it set (Phòng GD&ĐT Đông Hưng, Thái Bình, KH 12/KH-GD&ĐT, 2019-2020): KH/TH/% triples per school, a target in a header, a hidden merged school, a school not reported.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp huy động trẻ ra lớp đầu năm học 2019-2020 theo trường so với kế hoạch giao, Phòng GD&ĐT Đông Hưng");
  const s = b.sheet("Huy dong dau nam");
  s.cols([5, 26, 8, 8, 9, 8, 8, 9, 9, 9, 10, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐÔNG HƯNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Đông Hưng, ngày 15 tháng 10 năm 2019",
    title: ["TỔNG HỢP HUY ĐỘNG TRẺ RA LỚP ĐẦU NĂM HỌC 2019 - 2020", "(So với chỉ tiêu huy động đầu năm học giao tại Kế hoạch số 12/KH-GD&ĐT ngày 09/9/2019 chỉ đạo thực hiện nhiệm vụ năm học bậc học mầm non)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head);
  s.merge("C8:E8", "Trẻ nhà trẻ", head).merge("F8:H8", "Trẻ mẫu giáo", head);
  s.merge("I8:K8", "Trẻ 5 tuổi ra lớp (chỉ tiêu 100%)", head).merge("L8:L9", "Ghi chú", head);
  s.row("C9", ["KH giao", "TH", "% so KH", "KH giao", "TH", "% so KH", "Số trẻ 5 tuổi", "Ra lớp", "Tỷ lệ (%)"], head);
  s.row("A10", ["1", "2", "3", "4", "5=4/3", "6", "7", "8=7/6", "9", "10", "11=10/9", "12"], { italic: true, align: "center", border: true });
  type Sch = [string, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput, string];
  const schools: Sch[] = [
    ["MN Đông Sơn", 60, 62, 180, 176, 61, 61, ""],
    ["MN Đông Giang", 55, 55, 170, 172, 58, 58, ""],
    ["MN Đông La", 70, 66, 210, 214, 73, 72, "01 trẻ 5 tuổi học tại trường ngoài huyện (TP Thái Bình)"],
    ["MN Đông Xá", "-", "-", 150, 150, 52, 52, "Không có nhóm nhà trẻ"],
    ["MN Đông Hợp", 48, "", 160, "", 55, "", "Chưa báo cáo"],
    ["MN Đông Các", 40, 45, 130, 128, 44, 44, ""],
    ["MN Đông Kinh", "", "", "", "", "", "", "Đã sáp nhập vào MN Đông Các từ 01/8/2019"],
    ["MN Liên Giang", 65, 65, 200, 205, 70, 70, ""],
    ["MN Thị trấn Đông Hưng", 90, 98, 260, 258, 86, 86, ""],
  ];
  const num = (v: CellInput) => (typeof v === "number" ? v : null);
  const ratio = (a: CellInput, b: CellInput) => (num(a) !== null && num(b) !== null ? Math.round((num(a)! / num(b)!) * 1000) / 10 : "");
  const f = (fm: string, r: number | string): CellInput => (r === "" ? "" : { v: fm, result: r, fmt: "0.0" });
  schools.forEach((x, i) => {
    const r = 11 + i;
    s.row(`A${r}`, [
      i + 1, x[0],
      x[1], x[2], f(`=ROUND(D${r}/C${r}*100,1)`, ratio(x[2], x[1])),
      x[3], x[4], f(`=ROUND(G${r}/F${r}*100,1)`, ratio(x[4], x[3])),
      x[5], x[6], f(`=ROUND(J${r}/I${r}*100,1)`, ratio(x[6], x[5])),
      x[7],
    ], { border: true, align: "center" });
  });
  s.hideRows(17);
  const t = 20;
  s.row(`A${t}`, ["", "Cộng toàn huyện", { v: "=SUM(C11:C19)", result: 428 }, { v: "=SUM(D11:D19)", result: 391 }, { v: `=ROUND(D${t}/C${t}*100,1)`, result: 91.4, fmt: "0.0" },
    { v: "=SUM(F11:F19)", result: 1460 }, { v: "=SUM(G11:G19)", result: 1303 }, { v: `=ROUND(G${t}/F${t}*100,1)`, result: 89.2, fmt: "0.0" },
    { v: "=SUM(I11:I19)", result: 499 }, { v: "=SUM(J11:J19)", result: 443 }, { v: `=ROUND(J${t}/I${t}*100,1)`, result: 88.8, fmt: "0.0" }, "Thiếu số liệu MN Đông Hợp"], { border: true, align: "center", bold: true });
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  const verdicts: [number, Status, string, Status, string, Status, string][] = [
    [11, "exceeded", "62 > 60", "not_met", "176 < 180", "met", "61/61"],
    [12, "met", "55 = 55", "exceeded", "172 > 170", "met", "58/58"],
    [13, "not_met", "66 < 70", "exceeded", "214 > 210", "review", "72/73 = 98,6%, but the missing child attends a school outside the district: counted as mobilised or not, the row does not decide"],
    [14, "exceeded", "", "met", "150 = 150", "met", "52/52"],
    [15, "no_data", "not reported (\"Chưa báo cáo\")", "no_data", "not reported", "no_data", "not reported"],
    [16, "exceeded", "45 > 40", "not_met", "128 < 130", "met", "44/44"],
    [18, "met", "65 = 65", "exceeded", "205 > 200", "met", "70/70"],
    [19, "exceeded", "98 > 90", "not_met", "258 < 260", "met", "86/86"],
  ];
  for (const [r, a, wa, m, wm, c, wc] of verdicts) {
    const name = s.text(`B${r}`);
    if (r !== 14) e(`D${r}`, `${name} · Trẻ nhà trẻ`, s.text(`C${r}`), a, wa);
    e(`G${r}`, `${name} · Trẻ mẫu giáo`, s.text(`F${r}`), m, wm);
    e(`K${r}|J${r}`, `${name} · Trẻ 5 tuổi ra lớp`, "100%", c, wc);
  }
  const rollUps = [s.rollUp(" · Trẻ nhà trẻ", "trường"), s.rollUp(" · Trẻ mẫu giáo", "trường"), s.rollUp(" · Trẻ 5 tuổi ra lớp", "trường")];
  e(`D${t}`, "Cộng toàn huyện · Trẻ nhà trẻ", "428", "no_data", "the sum lacks MN Đông Hợp, which has not reported: the shortfall is not the district's figure");
  e(`G${t}`, "Cộng toàn huyện · Trẻ mẫu giáo", "1460", "no_data", "the sum lacks MN Đông Hợp");
  e(`K${t}|J${t}`, "Cộng toàn huyện · Trẻ 5 tuổi ra lớp", "100%", "no_data", "the sum lacks MN Đông Hợp");
  signature(s, t + 2, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Huyền" }, { col: "H", title: "KT. TRƯỞNG PHÒNG", name: "Nguyễn Văn Quang" });
  b.facts = {
    sheet: "Huy dong dau nam",
    headerRows: "8-9 (merged groups over KH giao / TH / % so KH), 10 (column numbers with ratio formulas)",
    nameColumn: "B (Trường)",
    target: "columns C and F (KH giao, per school); column I's group header \"(chỉ tiêu 100%)\" for the five-year-olds",
    actualColumns: "D, G (counts); K (Tỷ lệ (%): ROUND over J/I), J the count of five-year-olds in class",
    ignoreColumns: "E, H (% so KH: derived), I (denominator), L (Ghi chú)",
    totalRows: "20 (Cộng toàn huyện: SUMs, incomplete while a school has not reported)",
    otherRows: "10 (column numbers), 17 (hidden: a school merged into another), signature from 22",
    asOf: "2019-10-15",
    period: "2019-2020",
    rollUps,
    notes: "Start-of-year mobilisation is judged against the office's plan for the year on this count. MN Đông Xá has no nhà trẻ group (\"-\" / \"-\"): not judged. The hidden row 17 is a merged school with no figures.",
  };
  return b;
}
