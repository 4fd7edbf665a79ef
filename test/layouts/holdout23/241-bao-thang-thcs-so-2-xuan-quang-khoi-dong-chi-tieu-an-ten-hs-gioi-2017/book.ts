// Layout 241: a lower-secondary school's year-end table by grade (Trường THCS số 2 Xuân Quang, Bảo Thắng, Lào Cai, May 2017): indicators as column groups, grades as rows, the adjusted target row visible above them and the first (superseded) target row hidden, rates stored as fractions, a count of district prize-winners beside a text column naming them, the whole-school row by formula; read at the year end: final verdicts.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng kết năm học 2016-2017 theo khối lớp, Trường THCS số 2 Xuân Quang (Bảo Thắng, Lào Cai)");
  const s = b.sheet("TK nam hoc 16-17");
  s.cols([6, 16, 10, 12, 12, 12, 12, 34, 12]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN BẢO THẮNG", "TRƯỜNG THCS SỐ 2 XUÂN QUANG"],
    number: "Biểu 2 kèm Báo cáo tổng kết số 45/BC-THCS",
    date: "Xuân Quang, ngày 26 tháng 5 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2016-2017 THEO KHỐI LỚP"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Khối lớp", head).merge("C7:C8", "Số HS cuối năm", head);
  s.merge("D7:E7", "Lên lớp / tốt nghiệp", head);
  s.row("D8", ["Số HS", "Tỷ lệ"], head);
  s.merge("F7:F8", "Tỷ lệ HS bỏ học", head);
  s.merge("G7:H7", "HS giỏi cấp huyện", head);
  s.row("G8", ["Số HS", "Họ tên (môn)"], head);
  s.merge("I7:I8", "Ghi chú", head);
  const bd = { border: true, align: "center" as const };
  // Row 9: the first target row of September 2016, superseded and hidden; row 10: the adjusted targets.
  s.row("A9", ["", "Chỉ tiêu (KH tháng 9/2016)", "", "", { v: 0.96, pct: true, fmt: "0.0%" }, { v: 0.01, pct: true, fmt: "0.0%" }, 5, "", "Đã điều chỉnh"], { ...bd, italic: true });
  s.hideRows(9);
  s.row("A10", ["", "Chỉ tiêu điều chỉnh (tháng 01/2017)", "", "", "≥ 98%", "≤ 0,5%", "≥ 6", "", "Theo QĐ giao chỉ tiêu của PGD"], { ...bd, italic: true, bold: true });
  // [khối, số HS, lên lớp, bỏ học (fraction), giỏi huyện, tên]
  type R = [string, number, number, number, number, string];
  const rows: R[] = [
    ["Khối 6", 92, 91, 0, 1, "Lò Thị Mai (Toán)"],
    ["Khối 7", 88, 85, 0.0114, 0, ""],
    ["Khối 8", 85, 84, 0, 2, "Vàng A Sử (Vật lí); Nguyễn Thu Trang (Văn)"],
    ["Khối 9 (tốt nghiệp)", 79, 79, 0, 4, "Hoàng Văn Đức (Toán); Phạm Thị Lan (Anh); Lù Thị Hoa (Sử); Trần Minh (Hóa)"],
  ];
  const p1 = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  rows.forEach(([k, n, up, drop, prize, names], i) => {
    const r = 11 + i;
    const rate = up / n;
    s.row(`A${r}`, [i + 1, k, n, up, { v: `=D${r}/C${r}`, pct: true, fmt: "0.0%", result: Math.round(rate * 1000) / 1000 }, { v: drop, pct: true, fmt: "0.0%" }, prize, names, ""], bd);
    s.set(`H${r}`, names, { border: true, wrap: true });
    const upV: [Status, string] = rate >= 0.98 ? (rate === 1 ? ["exceeded", `${up}/${n} = 100%, above 98%`] : ["exceeded", `${up}/${n} = ${p1(rate)}, above 98%`]) : ["not_met", `${up}/${n} = ${p1(rate)}, under 98% at the year end`];
    s.expect(`E${r}`, { indicator: `${k} · Tỷ lệ lên lớp / tốt nghiệp`, target: "≥ 98% (row 10, Chỉ tiêu điều chỉnh)", actual: `=D${r}/C${r} (${p1(rate)})`, status: upV[0], why: upV[1] });
    const dropV: [Status, string] = drop <= 0.005 ? ["met", `${p1(drop)} dropped out, within the 0,5% cap`] : ["not_met", `${p1(drop)} (1 of 88 pupils) dropped out, over the 0,5% cap`];
    s.expect(`F${r}`, { indicator: `${k} · Tỷ lệ HS bỏ học`, target: "≤ 0,5% (row 10)", status: dropV[0], why: dropV[1] });
  });
  s.row("A15", ["", "Toàn trường", "=SUM(C11:C14)", "=SUM(D11:D14)", { v: "=D15/C15", pct: true, fmt: "0.0%", result: 0.985 }, { v: 0.0029, pct: true, fmt: "0.0%" }, "=SUM(G11:G14)", "07 em", ""], { ...bd, bold: true });
  s.expect("E15", { indicator: "Toàn trường · Tỷ lệ lên lớp / tốt nghiệp", target: "≥ 98% (row 10)", actual: "=D15/C15 (98,5%)", status: "exceeded", why: "339/344 = 98,5%, above 98%" });
  s.expect("F15", { indicator: "Toàn trường · Tỷ lệ HS bỏ học", target: "≤ 0,5% (row 10)", status: "met", why: "1 of 344 = 0,29%, within 0,5%" });
  s.expect("G15", { indicator: "Toàn trường · HS giỏi cấp huyện", target: "≥ 6 (row 10)", actual: "=SUM(G11:G14) (7)", status: "exceeded", why: "7 district prize-winners named, above 6 (the hidden first target was 5)" });
  notes(s, 17, "B", [
    "Ghi chú:",
    "- Chỉ tiêu HS giỏi cấp huyện tính cho toàn trường, không chia theo khối.",
    "- Khối 9: tỷ lệ xét công nhận tốt nghiệp THCS.",
  ]);
  signature(s, 21, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thu" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Phạm Văn Hùng" });
  b.facts = {
    sheet: "TK nam hoc 16-17",
    headerRows: "7-8 (groups Lên lớp / tốt nghiệp and HS giỏi cấp huyện over Số HS / Tỷ lệ / Họ tên)",
    nameColumn: "B (Khối lớp)",
    target: "row 10 (Chỉ tiêu điều chỉnh: ≥ 98% in E, ≤ 0,5% in F, ≥ 6 in G for the whole school only)",
    actualColumns: "E (formula rate), F (fractions in percent format), G15 (count of district prize-winners, whole school)",
    ignoreColumns: "A (TT), C and D (counts behind the rate), H (names), I (Ghi chú)",
    totalRows: "15 (Toàn trường: SUM counts, formula rate, typed drop-out rate)",
    targetRows: "10 (visible, adjusted); 9 (hidden, the superseded first targets: not used)",
    otherRows: "notes 17-19; signature from 21",
    asOf: "2017-05-26",
    period: "2016-2017",
    notes: "Year end: verdicts are final. Grade rows are judged on the rate and drop-out columns against row 10; the prize count target is for the whole school (notes), so grade counts G11-G14 are not judged. The hidden row 9 holds the superseded targets (96%, 1%, 5) and must not be used: by it, grade 7 (85/88 = 96,6%) would pass.",
  };
  return b;
}
