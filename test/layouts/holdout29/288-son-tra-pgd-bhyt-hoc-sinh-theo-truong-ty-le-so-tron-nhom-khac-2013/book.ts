// Layout 288: a district education office's table of pupils covered by health insurance, school by school (Phòng GD&ĐT quận Sơn Trà, Đà Nẵng, October 2013): the target (100% by 31/12/2013) only in a sentence above the header, a "thuộc nhóm khác" column that is part of the count, a "chưa tham gia" column that is its complement, rates typed as plain numbers under "(%)", primary and lower-secondary schools mixed, a total row with its label after the figures; read on 28/10/2013: every shortfall is still due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số liệu học sinh tham gia BHYT theo trường đến tháng 10/2013, Phòng GD&ĐT quận Sơn Trà (Đà Nẵng), CV 898/PGDĐT-THHC");
  const s = b.sheet("BHYT HS T10-2013");
  s.cols([6, 30, 11, 14, 14, 11, 12, 20]);
  titleBlock(s, {
    left: ["UBND QUẬN SƠN TRÀ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Số: 898/PGDĐT-THHC",
    date: "Sơn Trà, ngày 28 tháng 10 năm 2013",
    title: ["SỐ LIỆU HỌC SINH THAM GIA BẢO HIỂM Y TẾ", "(Kèm theo Công văn V/v tiếp tục vận động học sinh tham gia Bảo hiểm Y tế)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  // row 9: the target, only as a sentence
  s.merge("A9:H9", "Chỉ tiêu: 100% học sinh tiểu học, THCS tham gia BHYT năm học 2013-2014, hoàn thành trước ngày 31/12/2013 (Kế hoạch thực hiện BHYT toàn dân ban hành kèm theo Quyết định số 3630/QĐ-UBND ngày 11/5/2012 của UBND thành phố).", { italic: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A11", ["STT", "Trường", "Tổng số học sinh", "Tổng số học sinh tham gia BHYT đến ngày 25 tháng 10 năm 2013", "Trong số học sinh tham gia BHYT thuộc nhóm khác", "Số học sinh chưa tham gia", "Tỷ lệ tham gia hiện tại (%)", "Ghi chú"], head);
  // name, pupils, covered, of which other groups (poor households, policy families: already covered), note
  type U = [string, number, number, number, string];
  const units: U[] = [
    ["Trường THCS Lê Độ", 1386, 1142, 241, ""],
    ["Trường THCS Cao Thắng", 452, 318, 139, ""],
    ["Trường THCS Phạm Ngọc Thạch", 874, 601, 219, ""],
    ["Trường THCS Nguyễn Chí Thanh", 902, 771, 186, ""],
    ["Trường THCS Nguyễn Văn Cừ", 911, 738, 104, ""],
    ["Trường THCS Lý Tự Trọng", 1290, 1085, 296, ""],
    ["Trường THCS Phan Bội Châu", 468, 370, 77, ""],
    ["Trường TH Quang Trung", 1162, 1009, 168, ""],
    ["Trường TH Hai Bà Trưng", 928, 771, 151, ""],
    ["Trường TH Ngô Gia Tự", 903, 781, 120, ""],
    ["Trường TH Ngô Mây", 836, 706, 98, ""],
    ["Trường TH Chi Lăng", 291, 236, 88, ""],
    ["Trường TH Tiểu La", 880, 770, 160, ""],
    ["Trường TH Đinh Tiên Hoàng", 318, 318, 144, "Đạt 100%"],
    ["Trường TH Nguyễn Phan Vinh", 815, 629, 131, ""],
    ["Trường TH Nguyễn Tri Phương", 871, 728, 290, ""],
    ["Trường TH Trần Quốc Toản", 942, 795, 168, ""],
    ["Trường TH Tô Vĩnh Diện", 740, 548, 152, "Nhiều HS tạm trú"],
    ["Trường TH Nguyễn Văn Thoại", 88, 79, 21, ""],
    ["Trường TH Nguyễn Thái Học", 619, 580, 81, ""],
    ["Trường TH Lương Thế Vinh", 702, 644, 143, ""],
  ];
  const rate = (a: number, n: number) => Math.round((a / n) * 10000) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  let r = 12;
  for (const [i, [name, n, a, other, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, n, a, other, n - a, { v: rate(a, n), fmt: "0.00", border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = a === n ? "met" : "pending";
    s.expect(`D${r}|G${r}`, { indicator: `Tỷ lệ học sinh tham gia BHYT · ${name}`, target: "100% (row 9), trước ngày 31/12/2013", status: st, why: a === n ? `${a} of ${n} pupils = 100,00%: every pupil covered` : `${a} of ${n} pupils = ${vi(rate(a, n))}%, ${n - a} not yet covered; the target falls due on 31/12/2013, after the sheet's 28/10/2013` });
    r++;
  }
  // r = 33: the total, label after the figures as on the source
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}32)`, result: res, border: true, bold: true, align: "center" });
  const N = units.reduce((t, u) => t + u[1], 0);
  const A = units.reduce((t, u) => t + u[2], 0);
  const O = units.reduce((t, u) => t + u[3], 0);
  s.row(`A${r}`, ["", "", sum("C", N), sum("D", A), sum("E", O), sum("F", N - A), { v: `=ROUND(D${r}/C${r}*100,2)`, result: rate(A, N), fmt: "0.00", border: true, bold: true, align: "center" }, "Tổng cộng"], { border: true, bold: true, align: "center" });
  s.expect(`D${r}|G${r}`, { indicator: "Tỷ lệ học sinh tham gia BHYT · Tổng cộng", target: "100% (row 9), trước ngày 31/12/2013", status: "pending", why: `${A} of ${N} pupils = ${vi(rate(A, N))}%; not yet due on 28/10/2013` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số liệu do Bảo hiểm xã hội quận Sơn Trà cung cấp, tính đến ngày 25/10/2013.",
    "- Cột \"thuộc nhóm khác\": học sinh đã có thẻ BHYT theo nhóm hộ nghèo, cận nghèo, con em gia đình chính sách…, đã tính trong tổng số tham gia.",
    "- Đề nghị các trường tiếp tục vận động, hoàn thành chỉ tiêu 100% học sinh tham gia BHYT trước ngày 31/12/2013.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Thu Hà" }, { col: "F", title: "KT. TRƯỞNG PHÒNG", name: "Nguyễn Văn Hùng" });
  b.facts = {
    sheet: "BHYT HS T10-2013",
    headerRows: "11",
    nameColumn: "B (Trường)",
    target: "row 9, a sentence over the whole table: 100% of pupils covered, due before 31/12/2013",
    actualColumns: "D (pupils covered, C the denominator) or G (Tỷ lệ tham gia hiện tại, a plain number on the 0-100 scale typed to two decimals; the total's a ROUND formula)",
    ignoreColumns: "A (STT), C (pupils: the denominator), E (of which covered through other groups: already inside D), F (not yet covered: C − D), H (Ghi chú)",
    totalRows: "33 (SUM of rows 12-32, label \"Tổng cộng\" in H after the figures; judged)",
    targetRows: "9 (the target sentence)",
    otherRows: "title block rows 1-7, notes and signature under the table",
    asOf: "2013-10-28",
    period: "2013-2014",
    notes: "The office's letter of 28/10/2013 asks schools to keep enrolling pupils; the target (100%) falls due on 31/12/2013, so every school short of 100% is pending, not not met, and only Đinh Tiên Hoàng (318/318) is met. Column E counts pupils already insured through another group and is part of D, never added to it; column F is what is missing. The rates are typed numbers on the 0-100 scale (81,95 means 81,95%).",
  };
  return b;
}
