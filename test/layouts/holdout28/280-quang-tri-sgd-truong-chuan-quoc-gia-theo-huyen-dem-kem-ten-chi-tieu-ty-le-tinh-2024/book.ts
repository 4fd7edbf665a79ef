// Layout 280: a province's national-standard schools at the end of 2024 (Sở GD&ĐT Quảng Trị): districts as rows with a count of new recognitions planned and made, the recognised schools named in a text cell that also lists a raise to level 2 (no new recognition), last year's count hidden, the cumulative count and a rate formula; the province's 2024 rate target and its 2025 aim written in lines above the table; the year is over: each district's count final, the province's rate judged on the total.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xây dựng trường đạt chuẩn quốc gia năm 2024 theo đơn vị, Sở GD&ĐT Quảng Trị");
  const s = b.sheet("Truong chuan QG 2024");
  s.cols([5, 24, 11, 11, 12, 11, 46, 12, 10, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG TRỊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Trị, ngày 31 tháng 12 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2024", "(trường mầm non, phổ thông công lập)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  s.merge("A8:J8", "Chỉ tiêu tỉnh giao năm 2024: tỷ lệ trường đạt chuẩn quốc gia 62%. Mục tiêu đến 31/12/2025: 70%.", { italic: true, bold: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A10", ["TT", "Đơn vị", "Tổng số trường công lập", "Đạt chuẩn đến 31/12/2023", "Kế hoạch công nhận mới năm 2024", "Công nhận mới năm 2024", "Tên trường được công nhận trong năm", "Lũy kế đạt chuẩn đến 31/12/2024", "Tỷ lệ", "Ghi chú"], head);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7", "8=4+6", "9=8/3", "10"], { italic: true, align: "center", border: true });
  type D = [string, number, number, number | string, number, string, string];
  // unit, schools, standard at end of 2023 (hidden), plan of new recognitions, new, names, note
  const ds: D[] = [
    ["Thành phố Đông Hà", 38, 27, 4, 5, "MN Hoa Phượng, TH Phan Bội Châu (đợt tháng 6); MN Hương Sen, TH Hùng Vương, TH Sông Hiếu (đợt tháng 12)", ""],
    ["Thị xã Quảng Trị", 14, 10, 1, 1, "TH Trần Hưng Đạo", ""],
    ["Huyện Vĩnh Linh", 55, 36, 3, 2, "MN Vĩnh Thạch, TH Vĩnh Giang", "01 trường chưa đủ tiêu chuẩn 3"],
    ["Huyện Gio Linh", 44, 29, 3, 3, "MN Trung Sơn, MN Linh Trường số 2, TH Gio Hải", ""],
    ["Huyện Cam Lộ", 30, 21, 2, 2, "MN Họa Mi, MN Cam Tuyền; MN Măng Non (nâng lên mức độ 2)", "Nâng mức không tính công nhận mới"],
    ["Huyện Triệu Phong", 45, 25, 3, 1, "TH Triệu Đông", "02 trường chuyển sang năm 2025"],
    ["Huyện Hải Lăng", 44, 24, 3, 3, "TH&THCS Hải Ba, MN Hải Quế, TH Hải Thượng", ""],
    ["Huyện Hướng Hóa", 50, 14, 2, 0, "", "02 trường đã tự đánh giá, chưa được kiểm tra"],
    ["Huyện Đakrông", 30, 9, 1, 1, "TH&THCS Ba Nang", ""],
    ["Huyện đảo Cồn Cỏ", 1, 0, "-", 0, "", "Không giao kế hoạch"],
    ["Các trường THPT trực thuộc Sở", 15, 13, 2, 2, "THPT Lê Lợi, THPT Cồn Tiên; THPT Nguyễn Trãi (nâng lên mức độ 2)", "Nâng mức không tính công nhận mới"],
  ];
  let r = 12;
  const first = r;
  for (const [i, [name, total, prev, plan, got, names, note]] of ds.entries()) {
    const cum = prev + got;
    s.row(`A${r}`, [String(i + 1), name, total, prev, plan, got, names, { v: `=D${r}+F${r}`, result: cum, border: true, align: "center" }, { v: `=ROUND(H${r}/C${r},3)`, pct: true, fmt: "0.0%", border: true, align: "center", result: `${(Math.round((cum / total) * 1000) / 10).toFixed(1).replace(".", ",")}%` }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`G${r}`, names, { border: true, wrap: true });
    s.set(`J${r}`, note, { border: true, italic: true, wrap: true });
    if (typeof plan === "number") {
      const st: Status = got > plan ? "exceeded" : got === plan ? "met" : "not_met";
      const why = st === "exceeded" ? `${got} new against ${plan} planned; the year is over` : st === "met" ? `${got} of ${plan}${names.includes("nâng lên") ? "; the raise to level 2 named in G is no new recognition (the note says so), so column F counts it out" : ""}; the year is over` : `${got} of ${plan} planned and the year is over${got === 0 ? " (self-assessed schools not yet inspected count for nothing)" : ""}`;
      s.expect(`F${r}`, { indicator: `Công nhận mới trường đạt chuẩn quốc gia năm 2024 · ${name}`, target: `${plan} trường (Kế hoạch công nhận mới năm 2024, column E)`, status: st, why });
    }
    r++;
  }
  const last = r - 1;
  // r = 23: province total
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", 366), sum("D", 208), sum("E", 24), sum("F", 20), "", sum("H", 228), { v: `=ROUND(H${r}/C${r},3)`, pct: true, fmt: "0.0%", border: true, bold: true, align: "center", result: "62,3%" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`F${r}`, { indicator: "Công nhận mới trường đạt chuẩn quốc gia năm 2024 · Toàn tỉnh", target: "24 trường (Kế hoạch công nhận mới năm 2024, column E, SUM)", status: "not_met", why: "20 new recognitions against the 24 the units planned; the year is over" });
  s.expect(`I${r}|H${r}`, { indicator: "Tỷ lệ trường đạt chuẩn quốc gia · Toàn tỉnh", target: "62% (Chỉ tiêu tỉnh giao năm 2024, line 8)", status: "exceeded", why: "228 of 366 = 62,3% on 31/12/2024, past the year's 62%; the 70% in the same line is the aim for 31/12/2025, not yet due" });
  s.hideCols("D");
  notes(s, r + 2, "B", ["Ghi chú:", "- Cột 6 chỉ tính trường công nhận lần đầu; trường nâng mức độ hoặc công nhận lại ghi ở cột 7 nhưng không tính vào cột 6.", "- Huyện đảo Cồn Cỏ có 01 trường liên cấp, không giao kế hoạch năm 2024.", "- Tỷ lệ từng đơn vị để tham khảo; chỉ tiêu tỷ lệ giao cho toàn tỉnh."]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Thu Hà" }, { col: "G", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Nguyễn Văn Quang" });
  b.facts = {
    sheet: "Truong chuan QG 2024",
    headerRows: "10 (row 11: column numbers)",
    nameColumn: "B (Đơn vị)",
    target: "column E (Kế hoạch công nhận mới năm 2024, a count per unit; \"-\" for Cồn Cỏ); for the province's rate, line 8 (\"Chỉ tiêu tỉnh giao năm 2024: … 62%\"; the 70% there is the aim for 31/12/2025)",
    actualColumns: "F (Công nhận mới năm 2024); I (Tỷ lệ = H/C) on the total row only",
    ignoreColumns: "A (TT), C (schools: the denominator), D (standard at the end of 2023: last year, hidden), G (names: text, includes raises to level 2 that F does not count), H (cumulative = D+F), I on the unit rows (a rate with no unit target: the note says the rate target is the province's), J (Ghi chú)",
    totalRows: "23 (Toàn tỉnh: SUMs; F judged against E's SUM, I against 62%)",
    targetRows: "none (line 8 above the header holds the province's rate target and the 2025 aim)",
    otherRows: "8 (target line), 11 (column numbers), notes and signature under the table",
    asOf: "2024-12-31",
    period: "2024",
    notes: "The year is over, so every count is final: more new recognitions than planned is exceeded, the same met, fewer not met (Vĩnh Linh 2/3, Triệu Phong 1/3, Hướng Hóa 0/2, the province 20/24). Column G names more schools than F counts where a school was raised to level 2 (Cam Lộ, the THPT block): the note excludes raises from F, so F decides. Cồn Cỏ has no plan (\"-\"). The province's rate 62,3% (228/366) passes the 2024 target of 62%; the 70% aim is for the end of 2025.",
  };
  return b;
}
