// Layout 314: a kindergarten's report on its collections for the school year, item by item (Trường Mầm non Tam Hưng A, Thanh Oai, Hà Nội, December 2024): the rate and the schedule of each item in words (monthly, twice a year, once by a date), the amount due for the year in đồng as the target, the amount collected to 30/11 with a rate and the balance, a subtotal of the planned items, then a voluntary item with no amount due; read on 30/11: a once-only item past its date and short is not met, the monthly and twice-yearly items are pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo các khoản thu năm học 2024-2025 đến ngày 30/11/2024, Trường Mầm non Tam Hưng A (Thanh Oai, Hà Nội)");
  const s = b.sheet("Cac khoan thu 2024-2025");
  s.cols([5, 34, 18, 28, 9, 15, 15, 9, 14, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN THANH OAI", "TRƯỜNG MẦM NON TAM HƯNG A"],
    number: "Số: 96/BC-MNTHA",
    date: "Tam Hưng, ngày 05 tháng 12 năm 2024",
    title: ["BÁO CÁO CÁC KHOẢN THU NĂM HỌC 2024-2025", "(Số liệu thu đến hết ngày 30/11/2024; đơn vị tính: đồng)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Nội dung khoản thu", "Mức thu", "Thời hạn thu", "Số trẻ phải thu", "Số tiền phải thu cả năm học", "Số tiền đã thu đến 30/11/2024", "Tỷ lệ (%)", "Còn phải thu", "Ghi chú"], head);
  s.row("A10", ["1", "2", "3", "4", "5", "6", "7", "8=7/6", "9=6-7", "10"], { italic: true, align: "center", border: true });
  s.merge("A11:J11", "I. CÁC KHOẢN THU THEO KẾ HOẠCH (Kế hoạch thu năm học 2024-2025 đã được Phòng GD&ĐT thẩm định)", { bold: true, border: true });
  // item, rate, schedule, children, due, collected, status, why, note
  type U = [string, string, string, number, number, number, Status, string, string];
  const items: U[] = [
    ["Tiền ăn bán trú", "25.000 đ/trẻ/ngày", "Thu hằng tháng, trước ngày 10 tháng sau", 412, 1699500000, 631250000, "pending", "collected monthly through the school year (September to May); three months in, the year's amount is not yet due", "Đã trừ tiền ăn những ngày trẻ nghỉ có báo trước"],
    ["Tiền dịch vụ chăm sóc bán trú", "150.000 đ/trẻ/tháng", "Thu hằng tháng, trước ngày 10 tháng sau", 412, 556200000, 185400000, "pending", "monthly, nine months; three collected, the rest due month by month to May 2025", ""],
    ["Tiền nước uống", "10.000 đ/trẻ/tháng", "Thu 2 lần: HK I trước 30/9/2024; HK II trước 28/02/2025", 412, 37080000, 16480000, "pending", "the first half collected in full by 30/9; the second half is due before 28/02/2025", ""],
    ["Tiền mua sắm trang thiết bị phục vụ bán trú", "200.000 đ/trẻ/năm học", "Thu 1 lần, trước ngày 30/9/2024", 412, 82400000, 82400000, "met", "collected in full, due once by 30/9/2024", ""],
    ["Tiền đồ dùng cá nhân của trẻ (thu hộ, chi hộ)", "250.000 đ/trẻ/năm học", "Thu 1 lần, trước ngày 15/10/2024", 412, 103000000, 101250000, "not_met", "due once by 15/10/2024, six weeks before the sheet's date; 7 children's 1.750.000 đ still unpaid", "07 trẻ chưa nộp"],
  ];
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const money = (n: number | string, bold = false): CellInput => ({ v: n, fmt: "#,##0", border: true, align: "right", bold });
  const pct = (r: number, a: number, d: number, bold = false): CellInput => ({ v: `=ROUND(G${r}/F${r}*100,2)`, fmt: "0.00", border: true, align: "center", bold, result: Math.round((a / d) * 10000) / 100 });
  let r = 12;
  for (const [i, [name, rate, when, n, due, got, st, why, note]] of items.entries()) {
    s.row(`A${r}`, [String(i + 1), name, rate, when, n, money(due), money(got), pct(r, got, due), { v: `=F${r}-G${r}`, result: due - got, fmt: "#,##0", border: true, align: "right" }, note], { border: true, wrap: true });
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.set(`E${r}`, n, { border: true, align: "center" });
    s.set(`J${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`G${r}|H${r}`, { indicator: `Số tiền đã thu · ${name}`, target: `${due.toLocaleString("de-DE")} đ (column F), ${when.charAt(0).toLowerCase() + when.slice(1)} (column D)`, status: st, why: `${got.toLocaleString("de-DE")} of ${due.toLocaleString("de-DE")} đ (${vi((got / due) * 100)}%): ${why}` });
    r++;
  }
  // r = 17: subtotal of the planned items
  const D = items.reduce((t, u) => t + u[4], 0);
  const G = items.reduce((t, u) => t + u[5], 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}16)`, result: res, fmt: "#,##0", border: true, bold: true, align: "right" });
  s.row(`A${r}`, ["", "Cộng I", "", "", "", sum("F", D), sum("G", G), pct(r, G, D, true), { v: `=F${r}-G${r}`, result: D - G, fmt: "#,##0", border: true, bold: true, align: "right" }, ""], { border: true, bold: true });
  s.expect(`G${r}|H${r}`, { indicator: "Số tiền đã thu · Cộng I", target: `${D.toLocaleString("de-DE")} đ (column F, SUM), over the school year`, status: "pending", why: `${G.toLocaleString("de-DE")} of ${D.toLocaleString("de-DE")} đ (${vi((G / D) * 100)}%): most of the year's amount falls due after 30/11 (monthly items to May 2025, water before 28/02/2025)` });
  r++;
  s.merge(`A${r}:J${r}`, "II. CÁC KHOẢN THU TỰ NGUYỆN (không giao kế hoạch thu)", { bold: true, border: true });
  r++;
  s.row(`A${r}`, ["1", "Bảo hiểm thân thể (tự nguyện)", "100.000 đ/trẻ/năm", "Theo đăng ký của cha mẹ trẻ", 318, money("-"), money(31800000), "", "", "318/412 trẻ đăng ký"], { border: true, wrap: true });
  s.set(`J${r}`, "318/412 trẻ đăng ký", { border: true, italic: true });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 6: số tiền phải thu cả năm học theo kế hoạch thu (9 tháng; tiền ăn tính 165 ngày ăn bán trú).",
    "- Các khoản thu hằng tháng thu đến hết tháng 11/2024 (3 tháng); tiền nước uống đã thu học kỳ I.",
    "- Khoản thu tự nguyện (mục II) không tính vào tỷ lệ thu theo kế hoạch.",
  ]);
  signature(s, r + 8, { col: "B", title: "KẾ TOÁN", name: "Nguyễn Thị Thu Trang" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Đỗ Thị Hằng" });
  b.facts = {
    sheet: "Cac khoan thu 2024-2025",
    headerRows: "9 (with a column-number row 10: \"8=7/6\", \"9=6-7\")",
    nameColumn: "B (Nội dung khoản thu)",
    target: "column F (Số tiền phải thu cả năm học, in đồng), each with its schedule in words in column D (monthly; twice a year with two dates; once by a date)",
    actualColumns: "G (Số tiền đã thu đến 30/11/2024) or H (Tỷ lệ, ROUND formula on the 0-100 scale)",
    ignoreColumns: "A (TT), C (rate per child: part of the amount), E (children), I (balance F − G), J (Ghi chú)",
    totalRows: "17 (Cộng I: SUM of rows 12-16; judged against F's SUM)",
    otherRows: "10 (column numbers), 11 and 18 (section titles), 19 (voluntary insurance: no amount due, \"-\" in F, not judged), notes and signature under the table",
    asOf: "2024-11-30",
    period: "năm học 2024-2025",
    notes: "Each item's amount due is the whole school year's, but its schedule in column D decides when it falls due: the two once-only items were due by 30/9 and 15/10, before the sheet's 30/11, so the one collected in full is met and the one 1.750.000 đ short is not met; the monthly items and the twice-yearly water item (second half before 28/02/2025) are pending. The voluntary insurance row has no amount due and is not judged. Amounts are whole đồng with thousands grouped.",
  };
  return b;
}
