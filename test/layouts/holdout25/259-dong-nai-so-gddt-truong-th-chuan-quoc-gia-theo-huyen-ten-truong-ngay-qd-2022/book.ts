// Layout 259: a province education department's year-end table of primary schools recognised as meeting the national standard (Đồng Nai, 2022): districts as rows, the year's target count, the count recognised with the schools' names in one cell, the decision number and its date as a date cell, last year's count hidden, a province total with its own target; the year is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả công nhận trường tiểu học đạt chuẩn quốc gia năm 2022 theo huyện, Sở GD&ĐT Đồng Nai");
  const s = b.sheet("TH chuan QG 2022");
  s.cols([5, 22, 12, 12, 44, 18, 13, 11, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Phụ lục 3 kèm Báo cáo công tác năm 2022",
    date: "Đồng Nai, ngày 30 tháng 12 năm 2022",
    title: ["KẾT QUẢ CÔNG NHẬN TRƯỜNG TIỂU HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2022", "(chỉ tiêu theo Kế hoạch xây dựng trường đạt chuẩn quốc gia năm 2022)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Huyện, thành phố", head).merge("C7:C8", "Chỉ tiêu năm 2022 (trường)", head);
  s.merge("D7:G7", "Kết quả công nhận năm 2022", head).merge("H7:H8", "Năm 2021 (trường)", head).merge("I7:I8", "Ghi chú", head);
  s.row("D8", ["Số trường", "Tên trường", "Quyết định số", "Ngày"], head);
  const d = (v: string): CellInput => ({ v, date: true, fmt: "dd/mm/yyyy" });
  // [district, target, count, names, decision, date, 2021, note, verdict]
  type R = [string, number, number, string, string, CellInput, number, string, [Status, string]];
  const rows: R[] = [
    ["Huyện Nhơn Trạch", 3, 4, "TH Phước Thiền 2; TH Phước Thiền 3; TH Vĩnh Thanh 1; TH Phước Khánh", "2225/QĐ-UBND", d("2022-08-26"), 2, "Mức độ 1", ["exceeded", "4 schools recognised against 3"]],
    ["Huyện Xuân Lộc", 2, 1, "TH Xuân Hiệp", "3410/QĐ-UBND", d("2022-12-09"), 1, "TH Suối Cát chưa đủ phòng học bộ môn", ["not_met", "1 of 2; the year is over"]],
    ["Huyện Thống Nhất", 1, 1, "TH Gia Kiệm", "3410/QĐ-UBND", d("2022-12-09"), 2, "", ["met", "1 of 1"]],
    ["Huyện Định Quán", 2, 0, "", "", "", 1, "02 trường đã trình hồ sơ, chưa thẩm định", ["not_met", "none recognised in 2022 against 2; files still awaiting review on 30/12"]],
    ["Huyện Long Thành", 1, 1, "TH Lộc An", "3410/QĐ-UBND", d("2022-12-09"), 0, "", ["met", "1 of 1"]],
    ["Huyện Cẩm Mỹ", 1, 2, "TH Sông Ray; TH Xuân Đường", "3410/QĐ-UBND", d("2022-12-09"), 0, "", ["exceeded", "2 against 1"]],
  ];
  let r = 9;
  for (const [name, tgt, n, names, qd, date, y21, note, v] of rows) {
    s.row(`A${r}`, [String(r - 8), name, tgt, n, names, qd, date, y21, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`E${r}`, names, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`D${r}`, { indicator: name, target: `${tgt} trường (column C)`, status: v[0], why: v[1] });
    r++;
  }
  const last = r - 1;
  s.row(`A${r}`, ["", "Toàn tỉnh", { v: `=SUM(C9:C${last})`, result: 10 }, { v: `=SUM(D9:D${last})`, result: 9 }, "", "", "", { v: `=SUM(H9:H${last})`, result: 6 }, ""], { border: true, align: "center", bold: true });
  s.expect(`D${r}`, { indicator: "Toàn tỉnh", target: "10 trường (column C, the SUM of the districts' targets)", status: "not_met", why: "9 recognised against the province's 10; the year is over" });
  s.hideCols("H");
  notes(s, r + 2, "B", ["Ghi chú:", "- Cột \"Năm 2021\" để đối chiếu, không tính vào kết quả năm 2022.", "- Thời hạn công nhận là 5 năm kể từ ngày ký quyết định."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Văn Năm" }, { col: "E", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Nguyễn Thị Bích Thủy" });
  b.facts = {
    sheet: "TH chuan QG 2022",
    headerRows: "7-8 (Kết quả công nhận năm 2022 over Số trường / Tên trường / Quyết định số / Ngày)",
    nameColumn: "B (Huyện, thành phố)",
    target: "column C (Chỉ tiêu năm 2022: a count of schools)",
    actualColumns: "D (Số trường)",
    ignoreColumns: "A (TT), E (Tên trường: names), F (Quyết định số), G (Ngày: date cells), H (hidden: 2021 counts), I (Ghi chú)",
    totalRows: `${r} (Toàn tỉnh: SUM of the districts, with its own summed target; judged)`,
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2022-12-30",
    period: "2022",
    notes: "Year-end: each district's count of recognised schools against its target for 2022; the year is over, so short is not met (Xuân Lộc 1 of 2, Định Quán none with files pending). The names, decision numbers and dates back the counts and are not figures. The hidden column H holds 2021 and is never the result. The province total has its own target (the SUM of the districts') and is judged.",
  };
  return b;
}
