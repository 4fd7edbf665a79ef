// Layout 261: a district's nine-month report (huyện Ninh Giang, Hải Dương, September 2023): sectors as columns with the year's plan in a row above the nine months' result, the unit in a row of its own, last year's row hidden, a percent-of-plan row as fractions, a total column; then a second table of social and budget targets with ĐVT and a quarter deadline; nine months: short pending, done things judged.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2023, huyện Ninh Giang (Hải Dương)");
  const s = b.sheet("9 thang 2023");
  s.cols([30, 44, 13, 13, 13, 13, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH HẢI DƯƠNG", "UBND HUYỆN NINH GIANG"],
    number: "Phụ lục 01 kèm Báo cáo KT-XH 9 tháng",
    date: "Ninh Giang, ngày 28 tháng 9 năm 2023",
    title: ["MỘT SỐ CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2023"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A6:G6", "A. GIÁ TRỊ SẢN XUẤT THEO NGÀNH", { bold: true });
  s.merge("A7:A8", "Nội dung", head).merge("B7:E7", "Chia theo ngành", head).merge("F7:F8", "Tổng số", head).merge("G7:G8", "Ghi chú", head);
  s.row("B8", ["Nông nghiệp, thủy sản", "Công nghiệp - TTCN", "Xây dựng", "Dịch vụ"], head);
  s.merge("A9:G9", "ĐVT: tỷ đồng (giá hiện hành)", { italic: true, align: "right" });
  const kh = [3231, 8201, 5084, 4401], ck = [2122, 4870, 3292, 2979], th = [2129, 6110, 3620, 3327];
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const cols = ["B", "C", "D", "E"];
  s.row("A10", ["Kế hoạch năm 2023", ...kh, { v: "=SUM(B10:E10)", result: sum(kh) }, "Nghị quyết HĐND huyện"], { border: true, align: "center" });
  s.row("A11", ["Cùng kỳ năm 2022", ...ck, { v: "=SUM(B11:E11)", result: sum(ck) }, ""], { border: true, align: "center" });
  s.row("A12", ["Thực hiện 9 tháng", ...th, { v: "=SUM(B12:E12)", result: sum(th) }, ""], { border: true, align: "center", bold: true });
  const pct = (c: string, n: number, d: number): CellInput => ({ v: `=ROUND(${c}12/${c}10,3)`, pct: true, fmt: "0.0%", result: `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%` });
  s.row("A13", ["% so kế hoạch", ...th.map((n, i) => pct(cols[i], n, kh[i])), pct("F", sum(th), sum(kh)), ""], { border: true, align: "center", italic: true });
  s.row("A14", ["Tăng so cùng kỳ", ...th.map((n, i) => ({ v: `=${cols[i]}12-${cols[i]}11`, result: n - ck[i] })), { v: "=F12-F11", result: sum(th) - sum(ck) }, ""], { border: true, align: "center", italic: true });
  ["A10", "A11", "A12", "A13", "A14"].forEach((c) => s.set(c, s.text(c), { border: true, bold: c === "A12" }));
  s.hideRows(11);
  const names = ["Nông nghiệp, thủy sản", "Công nghiệp - TTCN", "Xây dựng", "Dịch vụ"];
  th.forEach((n, i) => s.expect(`${cols[i]}12`, { indicator: `Giá trị sản xuất · ${names[i]}`, target: `${kh[i].toLocaleString("de-DE")} tỷ đồng (row 10, Kế hoạch năm 2023)`, status: "pending", why: `${n.toLocaleString("de-DE")} of ${kh[i].toLocaleString("de-DE")} billion = ${(Math.round((n / kh[i]) * 1000) / 10).toFixed(1).replace(".", ",")}% after nine months` }));
  s.expect("F12", { indicator: "Giá trị sản xuất · Tổng số", target: `${sum(kh).toLocaleString("de-DE")} tỷ đồng (row 10, the SUM of the sectors)`, status: "pending", why: `${sum(th).toLocaleString("de-DE")} of ${sum(kh).toLocaleString("de-DE")} billion = 72,6% after nine months` });

  s.merge("A17:G17", "B. MỘT SỐ CHỈ TIÊU XÃ HỘI, THU NGÂN SÁCH", { bold: true });
  s.row("A18", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng", "% KH", "Ghi chú"], head);
  type R = [string, string, CellInput, CellInput, string, [Status, string]];
  const rows: R[] = [
    ["Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 196, 150, "", ["pending", "150 of 196 billion after nine months"]],
    ["Số lao động được tạo việc làm mới", "người", 2500, 2640, "", ["exceeded", "2.640 jobs against the year's 2.500"]],
    ["Số xã được công nhận đạt chuẩn NTM nâng cao", "xã", 3, 3, "QĐ công nhận tháng 8/2023", ["met", "3 communes recognised in August, as planned"]],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 93, 90.8, "", ["pending", "90,8% against 93% with a quarter left"]],
    ["Hoàn thành GPMB dự án đường trục trung tâm huyện", "", "Quý III/2023", "Đạt 85% diện tích", "Còn 14 hộ chưa nhận tiền", ["pending", "85% cleared on 28/9/2023; the third quarter ends on 30/9"]],
  ];
  rows.forEach(([name, dvt, k, t, note, v], i) => {
    const r = 19 + i;
    const p: CellInput = typeof k === "number" && typeof t === "number" ? { v: `=ROUND(E${r}/D${r},3)`, pct: true, fmt: "0.0%", result: `${(Math.round((t / k) * 1000) / 10).toFixed(1).replace(".", ",")}%` } : "";
    s.row(`A${r}`, [String(i + 1), name, dvt, k, t, p, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: name, target: `${typeof k === "number" ? `${k.toLocaleString("de-DE")} ${dvt}` : k} (column D)`, status: v[0], why: v[1] });
  });
  notes(s, 25, "B", ["Ghi chú:", "- Số liệu ước tính đến ngày 30/9/2023.", "- Dòng \"Cùng kỳ năm 2022\" ẩn khi in."]);
  signature(s, 29, { col: "B", title: "PHÒNG TÀI CHÍNH - KẾ HOẠCH", name: "Vũ Văn Toản" }, { col: "E", title: "TM. UBND HUYỆN / CHỦ TỊCH", name: "Phan Nhật Thanh" });
  b.facts = {
    sheet: "9 thang 2023",
    headerRows: "7-8 (Chia theo ngành over the four sectors) for table A; 18 for table B",
    nameColumn: "the sector heads B8:E8 and F7 (Tổng số) for table A (units as columns); B (Chỉ tiêu) for table B",
    target: "table A: row 10 (Kế hoạch năm 2023) over each sector, in the unit of row 9 (tỷ đồng); table B: column D (numbers in the ĐVT of column C, or \"Quý III/2023\")",
    actualColumns: "table A: row 12 (Thực hiện 9 tháng), B12:F12; table B: E (Thực hiện 9 tháng)",
    ignoreColumns: "A (row labels in table A; TT in table B), C (ĐVT in table B), F in table B (% KH, derived), G (Ghi chú)",
    totalRows: "column F in table A (Tổng số: SUM of the sectors with a summed plan; judged)",
    targetRows: "10 (Kế hoạch năm 2023)",
    otherRows: "6, 17 (table titles); 9 (the unit line); 11 (hidden: last year); 13 (% so kế hoạch, fractions, derived); 14 (increase over last year, derived); notes 25-27; signature from 29",
    asOf: "2023-09-28",
    period: "2023",
    notes: "Nine months of the calendar year: value of production short of the year's plan is pending in every sector and in total. Jobs past the year's number are exceeded; the three communes recognised in August are met; the site clearance due in the third quarter is pending two days before the quarter ends. The hidden row 11 is last year.",
  };
  return b;
}
