// Layout 249: a primary school's year-end summary (TH Mỹ Thủy, TP Thủ Đức, 24/6/2022): indicators as columns, grades as rows, the school's targets in a row above the grades, every rate typed as text ("98,9%"), the whole-school row judged, last year's same row under it; the year is over.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp chất lượng cuối năm học 2021-2022 theo khối, trường TH Mỹ Thủy (TP Thủ Đức)");
  const s = b.sheet("Tong hop cuoi nam");
  s.cols([5, 30, 9, 12, 12, 12, 12, 13, 13, 20]);
  titleBlock(s, {
    left: ["UBND TP THỦ ĐỨC", "TRƯỜNG TIỂU HỌC MỸ THỦY"],
    date: "Thủ Đức, ngày 24 tháng 6 năm 2022",
    title: ["BẢNG TỔNG HỢP CHẤT LƯỢNG GIÁO DỤC CUỐI NĂM", "Năm học 2021-2022"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Khối lớp", head).merge("C7:C8", "Sĩ số", head);
  s.merge("D7:E7", "Hoàn thành môn học", head);
  s.row("D8", ["Tiếng Việt", "Toán"], head);
  s.merge("F7:G7", "Mức Tốt", head);
  s.row("F8", ["Phẩm chất", "Năng lực"], head);
  s.merge("H7:H8", "Được khen thưởng", head).merge("I7:I8", "Hoàn thành chương trình lớp học", head).merge("J7:J8", "Ghi chú", head);
  s.row("A9", ["", "Chỉ tiêu năm học (toàn trường)", "", "≥ 98%", "≥ 98%", "85%", "80%", "≥ 40%", "100%", "Theo KH số 112/KH-THMT"], { border: true, align: "center", bold: true, italic: true });
  s.set("B9", "Chỉ tiêu năm học (toàn trường)", { border: true, bold: true, italic: true, wrap: true });
  const grades: [string, number, string[]][] = [
    ["Khối 1", 198, ["98,5%", "97,0%", "88,4%", "80,3%", "47,0%", "99,5%"]],
    ["Khối 2", 205, ["99,0%", "97,6%", "87,8%", "79,0%", "45,4%", "99,5%"]],
    ["Khối 3", 214, ["98,6%", "97,2%", "85,5%", "78,0%", "43,9%", "99,5%"]],
    ["Khối 4", 189, ["99,5%", "98,4%", "84,1%", "79,4%", "44,4%", "100%"]],
    ["Khối 5", 176, ["98,9%", "98,3%", "85,2%", "80,7%", "45,5%", "100%"]],
  ];
  grades.forEach(([g, n, vals], i) => s.row(`A${10 + i}`, [String(i + 1), g, n, ...vals, ""], { border: true, align: "center" }));
  const total = ["98,9%", "97,7%", "86,3%", "79,4%", "45,2%", "99,7%"];
  s.row("A15", ["", "Toàn trường", { v: "=SUM(C10:C14)", result: 982 }, ...total, "3 HS rèn luyện thêm trong hè"], { border: true, align: "center", bold: true });
  s.set("J15", "3 HS rèn luyện thêm trong hè", { border: true, italic: true, wrap: true });
  s.row("A16", ["", "Cùng kỳ năm học 2020-2021", 1004, "99,2%", "98,8%", "88,0%", "82,5%", "48,3%", "99,8%", "Để so sánh"], { border: true, align: "center", italic: true });
  const ind: [string, string, string, Status, string][] = [
    ["D", "Hoàn thành môn Tiếng Việt", "≥ 98%", "exceeded", "98,9% against the floor of 98%; the year is over"],
    ["E", "Hoàn thành môn Toán", "≥ 98%", "not_met", "97,7% (959 of 982, the grades' rates summed back to pupils) short of the floor of 98%, final at the year's end"],
    ["F", "Phẩm chất mức Tốt", "85%", "exceeded", "86,3% (847 of 982) above 85%"],
    ["G", "Năng lực mức Tốt", "80%", "not_met", "79,4% short of 80%"],
    ["H", "Học sinh được khen thưởng", "≥ 40%", "exceeded", "45,2% (444 of 982) above the floor of 40%"],
    ["I", "Hoàn thành chương trình lớp học", "100%", "not_met", "99,7%: 3 pupils must practise over the summer, short of 100%"],
  ];
  ind.forEach(([c, name, tgt, st, why]) => s.expect(`${c}15`, { indicator: name, target: `${tgt} (row 9, Chỉ tiêu năm học toàn trường)`, status: st, why }));
  notes(s, 18, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính trên sĩ số cuối năm của từng khối; dòng \"Toàn trường\" tính trên tổng sĩ số.",
    "- Khối 1, 2 đánh giá theo Thông tư 27/2020; khối 3, 4, 5 theo Thông tư 22/2016 (quy đổi mức Tốt).",
  ]);
  signature(s, 22, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Lê Thị Ngọc Hân" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Nguyễn Minh Đạo" });
  b.facts = {
    sheet: "Tong hop cuoi nam",
    headerRows: "7-8 (Hoàn thành môn học over Tiếng Việt / Toán; Mức Tốt over Phẩm chất / Năng lực)",
    nameColumn: "B (Khối lớp); the indicators are the column heads D-I",
    target: "row 9 (Chỉ tiêu năm học toàn trường, words \"≥ 98%\", \"85%\" …)",
    actualColumns: "D-I of row 15 (Toàn trường, rates typed as text)",
    ignoreColumns: "A (TT), C (Sĩ số), J (Ghi chú)",
    totalRows: "15 (Toàn trường: judged against the school's targets of row 9)",
    targetRows: "9 (Chỉ tiêu năm học, toàn trường)",
    otherRows: "10-14 (grades: parts of the school, the targets are the school's); 16 (last year's same figures, not results); notes 18-20; signature from 22",
    asOf: "2022-06-24",
    period: "2021-2022",
    notes: "The targets are the school's, written once in row 9; the whole-school row 15 is judged, the grade rows are its parts, and row 16 is last year. Rates are typed text. The year is over: short is not met (Toán 97,7% against ≥ 98%; 99,7% against 100%).",
  };
  return b;
}
