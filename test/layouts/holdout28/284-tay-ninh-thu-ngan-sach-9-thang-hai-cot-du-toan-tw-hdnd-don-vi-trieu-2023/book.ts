// Layout 284: a province's public disclosure of its budget revenue for nine months (UBND tỉnh Tây Ninh, 2023): revenue lines under A / I / 1-10 / II with two estimate columns (the centre's and the provincial council's), last year's nine months hidden, the nine-month estimate, ROUND percent fractions against each estimate and against the same period, a unit line above the header; three months left: short of the council's estimate pending, past both estimates exceeded, past the centre's but short of the council's review.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai ước thực hiện thu ngân sách nhà nước 9 tháng năm 2023, UBND tỉnh Tây Ninh");
  const s = b.sheet("Thu NSNN 9T 2023");
  s.cols([6, 52, 14, 14, 14, 14, 11, 11, 11]);
  titleBlock(s, {
    left: ["UBND TỈNH TÂY NINH"],
    date: "Tây Ninh, ngày 12 tháng 10 năm 2023",
    title: ["ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC 9 THÁNG NĂM 2023", "(Dùng cho công khai số liệu, thuyết minh tình hình thực hiện dự toán ngân sách địa phương)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.set("I7", "Đơn vị: Triệu đồng", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head);
  s.merge("B8:B9", "Nội dung", head);
  s.merge("C8:D8", "Dự toán năm 2023", head);
  s.row("C9", ["Trung ương giao", "HĐND tỉnh giao"], head);
  s.merge("E8:E9", "Thực hiện 9 tháng năm 2022", head);
  s.merge("F8:F9", "Ước thực hiện 9 tháng năm 2023", head);
  s.merge("G8:I8", "So sánh ước thực hiện với (%)", head);
  s.row("G9", ["Dự toán TW giao", "Dự toán HĐND giao", "Cùng kỳ năm trước"], head);
  s.row("A10", ["A", "B", "1", "2", "3", "4", "5=4/1", "6=4/2", "7=4/3"], { italic: true, align: "center", border: true });
  type L = [string, string, number, number, number, number, Status | null, string];
  // code, line, centre's estimate, council's estimate, 9 months 2022 (hidden), 9 months 2023, verdict, why
  const lines: L[] = [
    ["1", "Thu từ khu vực doanh nghiệp nhà nước do trung ương quản lý", 190000, 190000, 140200, 152300, "pending", ""],
    ["2", "Thu từ khu vực doanh nghiệp nhà nước do địa phương quản lý", 420000, 420000, 301500, 318700, "pending", ""],
    ["3", "Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", 2150000, 2150000, 1598000, 1752400, "pending", ""],
    ["4", "Thu từ khu vực kinh tế ngoài quốc doanh", 2200000, 2300000, 1402300, 1272800, "pending", "1.272.800 is 55,3% of the council's 2.300.000 with three months left: behind, but the year is not over"],
    ["5", "Thuế thu nhập cá nhân", 800000, 830000, 598400, 641200, "pending", ""],
    ["6", "Lệ phí trước bạ", 300000, 380000, 287900, 318600, "review", "318.600 is past the centre's 300.000 (106,2%) but 83,8% of the council's 380.000: which estimate the line answers to the sheet does not say"],
    ["7", "Thu phí, lệ phí", 230000, 250000, 214600, 262900, "exceeded", "262.900 is past both estimates (230.000 and 250.000) after nine months: collected revenue stays collected"],
    ["8", "Thu tiền sử dụng đất", 1000000, 1200000, 702800, 486300, "pending", "486.300 is 40,5% of the council's estimate with three months left"],
    ["9", "Thu từ hoạt động xổ số kiến thiết", 1900000, 1900000, 1702500, 1935800, "exceeded", "1.935.800 against 1.900.000 in both estimates: already past"],
    ["10", "Thu khác ngân sách", 300000, 340000, 281000, 289600, "pending", ""],
  ];
  const pct = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  const ratios = (r: number, f: number, c: number, d: number, e: number, bold = false): CellInput[] => [
    { v: `=ROUND(F${r}/C${r},3)`, pct: true, fmt: "0.0%", result: pct(f, c), border: true, align: "right", bold },
    { v: `=ROUND(F${r}/D${r},3)`, pct: true, fmt: "0.0%", result: pct(f, d), border: true, align: "right", bold },
    { v: `=ROUND(F${r}/E${r},3)`, pct: true, fmt: "0.0%", result: pct(f, e), border: true, align: "right", bold },
  ];
  const judge = (r: number, name: string, c: number, d: number, f: number, st: Status, why: string) =>
    s.expect(`F${r}`, { indicator: name, target: `${d.toLocaleString("de-DE")} triệu đồng (Dự toán HĐND tỉnh giao, column D; Trung ương giao ${c.toLocaleString("de-DE")}, column C)`, status: st, why: why || `${f.toLocaleString("de-DE")} of ${d.toLocaleString("de-DE")} (${pct(f, d)}) after nine months; the year's estimate is not yet due` });
  // rows: 11 A, 12 I, 13-22 lines, 23 II
  const tot = (k: 2 | 3 | 4 | 5) => lines.reduce((a, l) => a + (l[k] as number), 0);
  const [iC, iD, iE, iF] = [tot(2), tot(3), tot(4), tot(5)];
  const xnk = [850000, 850000, 702400, 785000];
  const big = { border: true, bold: true, align: "right" as const, fmt: "#,##0" as const };
  s.row("A11", ["A", "TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II)", { v: "=C12+C23", result: iC + xnk[0], ...big }, { v: "=D12+D23", result: iD + xnk[1], ...big }, { v: "=E12+E23", result: iE + xnk[2], ...big }, { v: "=F12+F23", result: iF + xnk[3], ...big }, ...ratios(11, iF + xnk[3], iC + xnk[0], iD + xnk[1], iE + xnk[2], true)], { border: true, bold: true });
  judge(11, "Tổng thu NSNN trên địa bàn", iC + xnk[0], iD + xnk[1], iF + xnk[3], "pending", "");
  s.row("A12", ["I", "Thu nội địa", { v: "=SUM(C13:C22)", result: iC, ...big }, { v: "=SUM(D13:D22)", result: iD, ...big }, { v: "=SUM(E13:E22)", result: iE, ...big }, { v: "=SUM(F13:F22)", result: iF, ...big }, ...ratios(12, iF, iC, iD, iE, true)], { border: true, bold: true });
  judge(12, "Thu nội địa", iC, iD, iF, "pending", "");
  let r = 13;
  for (const [code, name, c, d, e, f, st, why] of lines) {
    const num = { border: true, align: "right" as const, fmt: "#,##0" as const };
    s.row(`A${r}`, [code, name, { v: c, ...num }, { v: d, ...num }, { v: e, ...num }, { v: f, ...num }, ...ratios(r, f, c, d, e)], { border: true });
    s.set(`A${r}`, code, { border: true, align: "center" });
    if (st) judge(r, name, c, d, f, st, why);
    r++;
  }
  s.row("A23", ["II", "Thu từ hoạt động xuất nhập khẩu", ...xnk.map((v) => ({ v, ...big })), ...ratios(23, xnk[3], xnk[0], xnk[1], xnk[2], true)], { border: true, bold: true });
  judge(23, "Thu từ hoạt động xuất nhập khẩu", xnk[0], xnk[1], xnk[3], "pending", "");
  s.hideCols("E");
  notes(s, 25, "B", ["Ghi chú:", "- Số liệu ước thực hiện đến ngày 30/9/2023 (Kho bạc Nhà nước tỉnh).", "- Dự toán HĐND tỉnh giao theo Nghị quyết của HĐND tỉnh về dự toán thu, chi ngân sách năm 2023.", "- Tình hình thực hiện chi ngân sách địa phương công khai tại biểu riêng."]);
  signature(s, 30, { col: "B", title: "SỞ TÀI CHÍNH", name: "Phạm Văn Tâm" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", name: "Trần Văn Chiến" });
  b.facts = {
    sheet: "Thu NSNN 9T 2023",
    headerRows: "8-9 (merged: Dự toán năm 2023 over C-D, So sánh … over G-I; row 10: column letters and numbers \"5=4/1\")",
    nameColumn: "B (Nội dung)",
    target: "column D (Dự toán HĐND tỉnh giao) beside column C (Trung ương giao): the same for most lines; where they differ and the figure lies between them, review",
    actualColumns: "F (Ước thực hiện 9 tháng năm 2023, million đồng)",
    ignoreColumns: "A (STT), E (Thực hiện 9 tháng năm 2022: last year, hidden), G-I (percent fractions: derived)",
    totalRows: "11 (A = I + II), 12 (I = SUM of lines 1-10); both judged like lines",
    targetRows: "none",
    otherRows: "7 (unit line \"Đơn vị: Triệu đồng\"), 10 (column numbers), notes and signature under the table",
    asOf: "2023-09-30",
    period: "2023",
    notes: "Nine months of a year's budget: a revenue line short of its estimate is pending (three months left); a line already past it is exceeded (fees 262.900 against 250.000; lottery 1.935.800 against 1.900.000): collected revenue does not go back. Two estimates stand side by side, the centre's (a minimum) and the provincial council's (the province's own, higher on five lines); on every line but one the verdict is the same under either. Registration fees (318.600) are past the centre's 300.000 and short of the council's 380.000: review. The hidden column E is last year's nine months; the percent columns are derived.",
  };
  return b;
}
