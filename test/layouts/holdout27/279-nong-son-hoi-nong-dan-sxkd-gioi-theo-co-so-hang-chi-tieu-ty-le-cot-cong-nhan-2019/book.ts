// Layout 279: a district farmers' association's review of the good-farmer movement by commune (Hội Nông dân huyện Nông Sơn, Quảng Nam, July 2019, phase 2017-2019): a row of the phase's rate target over the registered households, a count target per commune for households recognised, the recognised split by level under a merged head with their SUM, a column of model households typed with names, a SUM total; the phase is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn 2017-2019 theo cơ sở Hội, Hội Nông dân huyện Nông Sơn (Quảng Nam)");
  const s = b.sheet("SXKD gioi 2017-2019");
  s.cols([5, 18, 10, 11, 9, 11, 9, 9, 9, 36]);
  titleBlock(s, {
    left: ["HỘI NÔNG DÂN TỈNH QUẢNG NAM", "BCH HỘI NÔNG DÂN HUYỆN NÔNG SƠN"],
    date: "Nông Sơn, ngày 11 tháng 7 năm 2019",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ PHONG TRÀO NÔNG DÂN SXKD GIỎI GIAI ĐOẠN 2017-2019", "(kèm Báo cáo tổng kết phong trào tại Hội nghị ngày 11/7/2019)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Cơ sở Hội", head);
  s.merge("C7:C8", "Số hộ hội viên", head);
  s.merge("D7:E7", "Hộ đăng ký SXKD giỏi", head);
  s.row("D8", ["Số hộ", "Tỷ lệ"], head);
  s.merge("F7:F8", "Chỉ tiêu hộ được công nhận", head);
  s.merge("G7:I7", "Hộ được công nhận SXKD giỏi", head);
  s.row("G8", ["Cấp huyện", "Cấp tỉnh", "Cộng"], head);
  s.merge("J7:J8", "Hộ điển hình (thu nhập trên 300 triệu đồng/năm)", head);
  const tgt = { bold: true, italic: true, border: true, align: "center" as const };
  s.merge("A9:C9", "Chỉ tiêu giai đoạn 2017-2019", { ...tgt, align: "left" });
  s.merge("D9:E9", "≥ 60% số hộ hội viên", tgt);
  s.merge("F9:J9", "Theo chỉ tiêu giao từng cơ sở (cột F)", tgt);
  const p1 = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  type U = [string, number, number, number, number, number, string];
  // commune, members, registered, recognition target, district level, province level, model households
  const units: U[] = [
    ["Quế Trung", 820, 533, 60, 60, 6, "02 (hộ ông Nguyễn Văn Thành, hộ bà Trần Thị Lệ)"],
    ["Quế Ninh", 610, 349, 40, 36, 2, "01 (hộ ông Lê Công Hòa)"],
    ["Quế Phước", 540, 326, 38, 35, 3, "Chưa có"],
    ["Quế Lộc", 780, 468, 55, 55, 5, "03 (hộ ông Phạm Văn Sáu, hộ ông Đoàn Minh, hộ bà Võ Thị Hương)"],
    ["Sơn Viên", 560, 302, 35, 33, 1, "01 (hộ ông Hồ Văn Dũng)"],
    ["Phước Ninh", 330, 171, 20, 18, 2, "Chưa có"],
    ["Quế Lâm", 713, 470, 52, 50, 5, "02 (hộ ông Bùi Văn Tư, hộ ông Lương Thanh)"],
  ];
  let r = 10;
  for (const [i, [name, mem, reg, tgtN, dist, prov, model]] of units.entries()) {
    const rec = dist + prov;
    s.row(`A${r}`, [String(i + 1), name, mem, reg, { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", border: true, align: "center", result: p1(reg, mem) }, tgtN, dist, prov, { v: `=G${r}+H${r}`, result: rec, border: true, align: "center" }, model], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`J${r}`, model, { border: true, wrap: true, italic: true });
    const rate = Math.round((reg / mem) * 1000) / 1000;
    const st1: Status = rate > 0.6 ? "exceeded" : rate === 0.6 ? "met" : "not_met";
    s.expect(`D${r}|E${r}`, { indicator: `Hộ đăng ký SXKD giỏi · ${name}`, target: "≥ 60% số hộ hội viên (row 9)", status: st1, why: `${reg} of ${mem} member households = ${p1(reg, mem)}${st1 === "met" ? ": exactly the floor" : ""}; the phase is over` });
    const st2: Status = rec > tgtN ? "exceeded" : rec === tgtN ? "met" : "not_met";
    s.expect(`I${r}`, { indicator: `Hộ được công nhận SXKD giỏi · ${name}`, target: `${tgtN} hộ (Chỉ tiêu hộ được công nhận, column F)`, status: st2, why: `${dist} district + ${prov} province = ${rec} households recognised against ${tgtN}` });
    r++;
  }
  // r = 17: district total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}16)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", 4353), sum("D", 2619), { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", border: true, bold: true, align: "center", result: "60,2%" }, sum("F", 300), sum("G", 287), sum("H", 24), sum("I", 311), "09 hộ"], { border: true, bold: true, align: "center" });
  s.expect(`D${r}|E${r}`, { indicator: "Hộ đăng ký SXKD giỏi · Toàn huyện", target: "≥ 60% số hộ hội viên (row 9)", status: "exceeded", why: "2.619 of 4.353 = 60,2%" });
  s.expect(`I${r}`, { indicator: "Hộ được công nhận SXKD giỏi · Toàn huyện", target: "300 hộ (column F, SUM)", status: "exceeded", why: "311 households recognised against 300" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Số hộ đăng ký giai đoạn 2017-2019 tính theo hộ, không tính trùng hộ đăng ký nhiều năm; tỷ lệ tính trên số hộ hội viên tại thời điểm 30/6/2019.", "- Hộ được công nhận cấp tỉnh không tính trùng với cấp huyện."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đinh Thị Thu Phương" }, { col: "G", title: "T/M BAN THƯỜNG VỤ / CHỦ TỊCH", name: "Trương Văn Lực" });
  b.facts = {
    sheet: "SXKD gioi 2017-2019",
    headerRows: "7-8",
    nameColumn: "B (Cơ sở Hội)",
    target: "row 9 (Chỉ tiêu giai đoạn 2017-2019: \"≥ 60% số hộ hội viên\" over D:E); column F (Chỉ tiêu hộ được công nhận, a count per commune)",
    actualColumns: "D or E (households registered; C the denominator; E a ROUND rate stored as a fraction); I (Cộng = G + H, households recognised)",
    ignoreColumns: "A (TT), C (Số hộ hội viên: the denominator), G and H (the two levels of I), J (Hộ điển hình: counts with names, no target)",
    totalRows: "17 (Toàn huyện: SUM of rows 10-16; judged)",
    targetRows: "9 (Chỉ tiêu giai đoạn 2017-2019)",
    otherRows: "notes and signature under the table",
    asOf: "2019-07-11",
    period: "2017-2019",
    notes: "The phase is reviewed, so every figure is final. Registration: above 60% exceeded, Quế Lộc's 468 of 780 is exactly 60,0%: met; Quế Ninh 57,2%, Sơn Viên 53,9% and Phước Ninh 51,8% not met. Recognition is judged on the sum I against column F, not on one level: 38 of 38 and 20 of 20 met, 38 of 40 and 34 of 35 not met. Column J counts model households with their names and has no target.",
  };
  return b;
}
