// Layout 316: a provincial party organisation board's six-month return on new party members by subordinate party organisation (Ban Tổ chức Tỉnh ủy Ninh Thuận, July 2022): the party's own title block (no state motto), the year's admission quota in a column, the six months' count under a two-row header with "Trong đó" sub-columns, a rate against the year's quota, a hidden same-period column, a total row; read at 30/6: short is still due, one unit already past its quota.
import { Book, type CellInput, type Status } from "../../fods";
import { notes } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kết nạp đảng viên 6 tháng đầu năm 2022 theo đảng bộ trực thuộc, Ban Tổ chức Tỉnh ủy Ninh Thuận");
  const s = b.sheet("KN dang vien 6T-2022");
  s.cols([5, 40, 13, 13, 13, 10, 10, 10, 13, 13, 26]);
  // the party's title block: issuer left, the party's name right (no state motto)
  s.merge("A1:C1", "TỈNH ỦY NINH THUẬN", { align: "center" });
  s.merge("A2:C2", "BAN TỔ CHỨC", { align: "center", bold: true });
  s.merge("A3:C3", "*", { align: "center" });
  s.merge("H1:K1", "ĐẢNG CỘNG SẢN VIỆT NAM", { align: "center", bold: true, underline: true });
  s.merge("A4:C4", "Số: 214-BC/BTCTU", { align: "center" });
  s.merge("H3:K3", "Ninh Thuận, ngày 05 tháng 7 năm 2022", { align: "center", italic: true });
  s.merge("A6:K6", "BIỂU TỔNG HỢP KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022", { align: "center", bold: true, size: 14 });
  s.merge("A7:K7", "(Số liệu tính đến ngày 30/6/2022; kèm theo Báo cáo công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2022)", { align: "center", italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.set("A9", { v: "TT", span: [2, 1] }, head);
  s.set("B9", { v: "Đảng bộ trực thuộc", span: [2, 1] }, head);
  s.set("C9", { v: "Tổng số đảng viên (đến 31/12/2021)", span: [2, 1] }, head);
  s.set("D9", { v: "Chỉ tiêu kết nạp năm 2022", span: [2, 1] }, head);
  s.set("E9", { v: "Cùng kỳ năm 2021", span: [2, 1] }, head);
  s.set("F9", { v: "Kết nạp 6 tháng đầu năm 2022", span: [1, 4] }, head);
  s.row("F10", ["Tổng số", "Trong đó: Nữ", "Dân tộc thiểu số", "Tôn giáo"], head);
  s.set("J9", { v: "Tỷ lệ % so với chỉ tiêu năm", span: [2, 1] }, head);
  s.set("K9", { v: "Ghi chú", span: [2, 1] }, head);
  s.row("A11", ["A", "B", "1", "2", "3", "4", "5", "6", "7", "8=4/2", "9"], { italic: true, align: "center", border: true });
  // name, members, quota, same period 2021, admitted, women, ethnic minorities, religious, note
  type U = [string, number, number, number, number, number, number, number, string];
  const units: U[] = [
    ["Đảng bộ thành phố Phan Rang - Tháp Chàm", 5420, 180, 58, 61, 29, 4, 2, ""],
    ["Đảng bộ huyện Ninh Hải", 2315, 95, 34, 30, 13, 2, 1, ""],
    ["Đảng bộ huyện Ninh Phước", 2860, 102, 41, 52, 24, 11, 3, ""],
    ["Đảng bộ huyện Ninh Sơn", 2190, 75, 28, 13, 6, 3, 0, "Đạt thấp, cần tập trung chỉ đạo"],
    ["Đảng bộ huyện Thuận Bắc", 1235, 60, 19, 22, 9, 8, 0, ""],
    ["Đảng bộ huyện Thuận Nam", 1410, 70, 26, 27, 12, 9, 1, ""],
    ["Đảng bộ huyện Bác Ái", 1120, 55, 21, 18, 7, 16, 0, ""],
    ["Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", 3315, 140, 47, 35, 19, 1, 0, ""],
    ["Đảng bộ Quân sự tỉnh", 612, 10, 4, 5, 0, 1, 0, ""],
    ["Đảng bộ Công an tỉnh", 1185, 20, 12, 21, 3, 2, 0, "Vượt chỉ tiêu năm"],
    ["Đảng bộ Bộ đội Biên phòng tỉnh", 430, 8, 3, 4, 0, 0, 0, ""],
  ];
  const pct = (r: number, a: number, t: number, bold = false): CellInput => ({ v: `=ROUND(F${r}/D${r}*100,2)`, fmt: "0.00", border: true, align: "center", bold, result: Math.round((a / t) * 10000) / 100 });
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  let r = 12;
  for (const [i, [name, mem, quota, prev, adm, wom, eth, rel, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, mem, quota, prev, adm, wom, eth, rel, pct(r, adm, quota), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = adm > quota ? "exceeded" : adm === quota ? "met" : "pending";
    s.expect(`F${r}|J${r}`, {
      indicator: `Kết nạp đảng viên mới năm 2022 · ${name}`,
      target: `${quota} (column D, Chỉ tiêu kết nạp năm 2022)`,
      status: st,
      why: st === "exceeded" ? `${adm} admitted by 30/6 against a year's quota of ${quota} (${vi((adm / quota) * 100)}%): past the year's quota already` : `${adm} of ${quota} by 30/6 (${vi((adm / quota) * 100)}%); the quota is the year's, due 31/12/2022`,
    });
    r++;
  }
  // r = 23: total
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}22)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn Đảng bộ tỉnh", sum("C", S(1)), sum("D", S(2)), sum("E", S(3)), sum("F", S(4)), sum("G", S(5)), sum("H", S(6)), sum("I", S(7)), pct(r, S(4), S(2), true), ""], { border: true, bold: true, align: "center" });
  s.expect(`F${r}|J${r}`, { indicator: "Kết nạp đảng viên mới năm 2022 · Toàn Đảng bộ tỉnh", target: `${S(2)} (column D, SUM)`, status: "pending", why: `${S(4)} of ${S(2)} by 30/6 (${vi((S(4) / S(2)) * 100)}%); the year's quota is due 31/12/2022` });
  s.hideCols("E");
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu kết nạp năm 2022 theo Kế hoạch của Ban Thường vụ Tỉnh ủy giao cho các đảng bộ trực thuộc (thực hiện đến 31/12/2022).",
    "- Cột 8: tỷ lệ kết nạp 6 tháng so với chỉ tiêu cả năm; 04 đảng bộ đạt từ 50% chỉ tiêu trở lên.",
    "- Cột 1 là tổng số đảng viên đầu năm, không phải chỉ tiêu.",
  ]);
  s.set(`H${r + 7}`, "T/M BAN TỔ CHỨC", { bold: true, align: "center" });
  s.set(`H${r + 8}`, "PHÓ TRƯỞNG BAN", { bold: true, align: "center" });
  s.set(`H${r + 12}`, "Nguyễn Thị Minh Tâm", { bold: true, align: "center" });
  s.set(`B${r + 7}`, "Nơi nhận:", { bold: true, italic: true });
  s.set(`B${r + 8}`, "- Thường trực Tỉnh ủy (b/c);", { italic: true });
  s.set(`B${r + 9}`, "- Các đảng bộ trực thuộc;", { italic: true });
  s.set(`B${r + 10}`, "- Lưu BTCTU.", { italic: true });
  b.facts = {
    sheet: "KN dang vien 6T-2022",
    headerRows: "9-10 (F9 \"Kết nạp 6 tháng đầu năm 2022\" merged over F10:I10; a column-number row 11 with \"8=4/2\")",
    nameColumn: "B (Đảng bộ trực thuộc)",
    target: "column D (Chỉ tiêu kết nạp năm 2022: the year's quota per party organisation)",
    actualColumns: "F (Kết nạp 6 tháng đầu năm 2022 · Tổng số) or J (Tỷ lệ % so với chỉ tiêu năm, ROUND formula on the 0-100 scale)",
    ignoreColumns: "A (TT), C (members at 31/12/2021: a size, not a target), E (same period 2021, hidden), G-I (Trong đó: women, ethnic minorities, religious: parts of F), K (Ghi chú)",
    totalRows: "23 (Toàn Đảng bộ tỉnh: SUM of rows 12-22; judged against D's SUM)",
    otherRows: "11 (column numbers); the party title block (no state motto), notes, recipients and signature under the table",
    asOf: "2022-06-30",
    period: "2022",
    notes: "The quota in column D is the year's (the notes: to 31/12/2022), and the figures run to 30/6/2022, so every unit below its quota is pending, however low (Ninh Sơn 17,33%); the provincial police have already passed theirs (21 of 20: exceeded). Column J is F/D; column C is the organisation's size; the \"Trong đó\" columns are parts of F.",
  };
  return b;
}
