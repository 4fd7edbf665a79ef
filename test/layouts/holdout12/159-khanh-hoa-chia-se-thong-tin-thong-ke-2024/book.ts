// Layout 159: a provincial statistics office's log of the information the departments must send it under a coordination regulation (Khánh Hòa QĐ 480/QĐ-UBND 2024), read on 05/8/2024: departments × periods, the deadline in a second header row, date cells and text, "Chậm nhất" on the day, a period not yet due, "-" where a department owes nothing, "Đã gửi" without a date, blank vs "Chưa gửi" past due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi tình hình cung cấp thông tin thống kê của các sở, ngành cho Cục Thống kê tỉnh Khánh Hòa năm 2024 (Quy chế ban hành kèm Quyết định 480/QĐ-UBND)");
  const s = b.sheet("Theo doi cung cap TT");
  s.cols([5, 30, 15, 15, 15, 15, 26]);
  titleBlock(s, {
    left: ["CỤC THỐNG KÊ TỈNH KHÁNH HÒA", "PHÒNG THỐNG KÊ TỔNG HỢP"],
    date: "Khánh Hòa, ngày 05 tháng 8 năm 2024",
    title: ["TÌNH HÌNH CUNG CẤP THÔNG TIN THỐNG KÊ CỦA CÁC SỞ, BAN, NGÀNH NĂM 2024", "(Theo Quy chế phối hợp ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22/02/2024 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Cơ quan cung cấp", head);
  s.row("C8", ["Tháng 5/2024", "Tháng 6/2024", "6 tháng đầu năm 2024", "Tháng 7/2024"], head);
  s.merge("G8:G9", "Ghi chú", head);
  const deadlines = ["Chậm nhất ngày 10/6/2024", "Chậm nhất ngày 10/7/2024", "Chậm nhất ngày 15/7/2024", "Chậm nhất ngày 10/8/2024"];
  s.row("C9", deadlines, { ...head, bold: false, italic: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Cell = [CellInput, Status | null, string];
  type U = [string, Cell, Cell, Cell, Cell, string];
  const units: U[] = [
    ["Sở Tài chính", [d("2024-06-07"), "met", "07/6"], [d("2024-07-10"), "met", "on 10/7, the last day (\"Chậm nhất\")"], [d("2024-07-12"), "met", "12/7"], [d("2024-08-02"), "met", "sent early, 02/8"], ""],
    ["Sở Công Thương", [d("2024-06-12"), "not_met", "12/6, after 10/6"], [d("2024-07-09"), "met", "09/7"], [d("2024-07-19"), "not_met", "19/7, after 15/7"], ["", "pending", "blank, due 10/8"], ""],
    ["Sở Nông nghiệp và PTNT", [d("2024-06-10"), "met", "on 10/6"], ["Đã gửi", "review", "\"Đã gửi\" with no date: before or after 10/7 is not known"], [d("2024-07-15"), "met", "on 15/7"], ["", "pending", "blank, due 10/8"], ""],
    ["Sở Lao động - TB và XH", ["-", null, ""], ["-", null, ""], ["", "overdue", "blank, 15/7 has passed"], ["-", null, ""], "Chỉ cung cấp kỳ 6 tháng, năm"],
    ["Sở Y tế", [d("2024-06-05"), "met", "05/6"], ["Chưa gửi", "overdue", "\"Chưa gửi\", 10/7 has passed"], ["Chưa gửi", "overdue", "\"Chưa gửi\", 15/7 has passed"], ["Chưa gửi", "pending", "not yet due (10/8)"], "Đã có văn bản đôn đốc ngày 25/7"],
    ["Sở Giáo dục và Đào tạo", ["-", null, ""], ["-", null, ""], [d("2024-07-30"), "not_met", "30/7, after 15/7"], ["-", null, ""], "Chỉ cung cấp kỳ 6 tháng, năm"],
    ["Công an tỉnh", [d("2024-06-10"), "met", "on 10/6"], [d("2024-07-11"), "not_met", "11/7, after 10/7"], [d("2024-07-11"), "met", "11/7"], [d("2024-08-05"), "met", "05/8, before 10/8"], ""],
  ];
  const cols = ["C", "D", "E", "F"];
  units.forEach((u, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, u[0]], { border: true, wrap: true });
    [u[1], u[2], u[3], u[4]].forEach((c, k) => {
      s.set(`${cols[k]}${r}`, typeof c[0] === "object" && c[0] !== null ? c[0] : { v: c[0] as string, border: true, align: "center" });
      if (c[1]) s.expect(`${cols[k]}${r}`, { indicator: `${u[0]} · ${["Tháng 5/2024", "Tháng 6/2024", "6 tháng đầu năm 2024", "Tháng 7/2024"][k]}`, target: deadlines[k], status: c[1], why: c[2], ...(c[0] === "" ? { actual: "(trống)" } : {}) });
    });
    s.set(`G${r}`, u[5], { border: true, wrap: true });
  });
  notes(s, 18, "B", ["Ghi chú:", "- Dấu \"-\": cơ quan không phải cung cấp thông tin kỳ đó.", "- Ngày ghi trong ô là ngày Cục Thống kê nhận được văn bản hoặc tệp số liệu."]);
  signature(s, 22, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Minh Thư" }, { col: "E", title: "KT. CỤC TRƯỞNG", name: "Nguyễn Văn Phúc" });
  b.facts = {
    sheet: "Theo doi cung cap TT",
    headerRows: "8 (periods), 9 (deadline per period)",
    nameColumn: "B (Cơ quan cung cấp)",
    target: "row 9: the deadline of each period column (\"Chậm nhất ngày …\", inclusive)",
    actualColumns: "C-F (date cells, \"Đã gửi\", \"Chưa gửi\", blanks, \"-\")",
    ignoreColumns: "G (Ghi chú); \"-\" cells (no duty for that period)",
    otherRows: "18-20 (notes), signature from 22",
    asOf: "2024-08-05",
    period: "2024",
    notes: "Judged on 05/8/2024: the Tháng 7 column is due 10/8 (pending when blank or \"Chưa gửi\"). \"-\" means the department owes nothing for that period and is not judged.",
  };
  return b;
}
