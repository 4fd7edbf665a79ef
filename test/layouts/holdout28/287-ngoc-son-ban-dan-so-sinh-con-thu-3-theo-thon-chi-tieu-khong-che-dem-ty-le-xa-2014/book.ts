// Layout 287: a commune's population and family-planning year by village (xã Ngọc Sơn, Hiệp Hòa, Bắc Giang, 2014): villages as rows, births and third-or-later births with a 0-100 rate, a cap on third births per village ("không quá"), new users of modern contraception against a count per village, the sex ratio typed as text; the commune's rate cap in the title line only; the year is over: every figure final.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu dân số - kế hoạch hóa gia đình năm 2014 theo thôn, xã Ngọc Sơn");
  const s = b.sheet("DS-KHHGD 2014");
  s.cols([5, 20, 10, 12, 11, 14, 12, 12, 14, 24]);
  titleBlock(s, {
    left: ["UBND XÃ NGỌC SƠN", "BAN DÂN SỐ - KHHGĐ"],
    date: "Ngọc Sơn, ngày 08 tháng 01 năm 2015",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH NĂM 2014", "(Nghị quyết HĐND xã: tỷ lệ sinh con thứ 3 trở lên toàn xã dưới 9%)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Thôn", head);
  s.merge("C8:F8", "Sinh con thứ 3 trở lên", head);
  s.row("C9", ["Tổng số trẻ sinh ra", "Chỉ tiêu khống chế (không quá)", "Số sinh con thứ 3 trở lên", "Tỷ lệ (%)"], head);
  s.merge("G8:H8", "Người mới sử dụng BPTT hiện đại", head);
  s.row("G9", ["Chỉ tiêu giao", "Thực hiện"], head);
  s.merge("I8:I9", "Tỷ số giới tính khi sinh (nam/nữ)", head);
  s.merge("J8:J9", "Ghi chú", head);
  type D = [string, number, number, number, string, number, number, string];
  // village, births, cap on third births, third births, sex ratio (text), contraception target, done, note
  const ds: D[] = [
    ["Thôn Ngọc Lâm", 32, 3, 2, "17/15", 45, 48, ""],
    ["Thôn Ngọc Thành", 25, 2, 4, "14/11", 38, 35, "02 trường hợp là đảng viên"],
    ["Thôn Phú Thọ", 28, 3, 2, "15/13", 40, 40, ""],
    ["Thôn Trung Hưng", 30, 3, 3, "16/14", 42, 44, ""],
    ["Thôn Đồng Tâm", 22, 2, 1, "11/11", 30, 31, ""],
    ["Thôn Hòa Sơn", 35, 3, 5, "20/15", 50, 41, "Cộng tác viên nghỉ từ tháng 7"],
    ["Thôn Tân Tiến", 24, 2, 2, "13/11", 35, 36, ""],
    ["Thôn Cầu Đá", 21, 2, 2, "11/10", 30, 30, ""],
  ];
  let r = 10;
  for (const [i, [name, births, cap, third, ratio, tgt, done, note]] of ds.entries()) {
    const rate = Math.round((third / births) * 10000) / 100;
    s.row(`A${r}`, [String(i + 1), name, births, cap, third, { v: `=ROUND(E${r}/C${r}*100,2)`, fmt: "0.00", result: rate.toFixed(2).replace(".", ","), border: true, align: "center" }, tgt, done, { v: ratio, fmt: "@", border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`J${r}`, note, { border: true, italic: true, wrap: true });
    const sc: Status = third <= cap ? "met" : "not_met";
    s.expect(`E${r}`, { indicator: `Số sinh con thứ 3 trở lên · ${name}`, target: `Không quá ${cap} (Chỉ tiêu khống chế, column D)`, status: sc, why: `${third} third-or-later births against a cap of ${cap}${third === cap ? ", at the cap (\"không quá\" allows it)" : sc === "met" ? ", under the cap" : ""}; the year is over` });
    const sb: Status = done > tgt ? "exceeded" : done === tgt ? "met" : "not_met";
    s.expect(`H${r}`, { indicator: `Người mới sử dụng biện pháp tránh thai hiện đại · ${name}`, target: `${tgt} người (Chỉ tiêu giao, column G)`, status: sb, why: `${done} against ${tgt}; the year is over` });
    r++;
  }
  // r = 18: the commune
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}10:${c}17)`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn xã", sum("C", 217), sum("D", 20), sum("E", 21), { v: `=ROUND(E${r}/C${r}*100,2)`, fmt: "0.00", result: "9,68", border: true, bold: true, align: "center" }, sum("G", 310), sum("H", 305), { v: "117/100", fmt: "@", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`E${r}`, { indicator: "Số sinh con thứ 3 trở lên · Toàn xã", target: "Không quá 20 (column D, SUM)", status: "not_met", why: "21 third-or-later births against the villages' caps adding to 20" });
  s.expect(`F${r}`, { indicator: "Tỷ lệ sinh con thứ 3 trở lên · Toàn xã", target: "Dưới 9% (title line 6: Nghị quyết HĐND xã)", status: "not_met", why: "21 of 217 = 9,68, not under 9" });
  s.expect(`H${r}`, { indicator: "Người mới sử dụng biện pháp tránh thai hiện đại · Toàn xã", target: "310 người (column G, SUM)", status: "not_met", why: "305 against 310" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Số liệu từ ngày 01/01/2014 đến 31/12/2014 theo sổ A0 của cộng tác viên dân số các thôn.", "- Chỉ tiêu tỷ lệ sinh con thứ 3 trở lên giao cho toàn xã; các thôn giao chỉ tiêu khống chế theo số trường hợp."]);
  signature(s, r + 6, { col: "B", title: "CÁN BỘ DÂN SỐ", name: "Nguyễn Thị Thu Trang" }, { col: "G", title: "TM. UBND XÃ / PHÓ CHỦ TỊCH", name: "Ngô Văn Tuấn" });
  b.facts = {
    sheet: "DS-KHHGD 2014",
    headerRows: "8-9 (merged: Sinh con thứ 3 trở lên over C-F, Người mới sử dụng BPTT hiện đại over G-H)",
    nameColumn: "B (Thôn)",
    target: "column D (Chỉ tiêu khống chế: a cap on third-or-later births, \"không quá\") for E; column G (Chỉ tiêu giao) for H; the title's second line (\"tỷ lệ sinh con thứ 3 trở lên toàn xã dưới 9%\") for the commune's rate F18 only",
    actualColumns: "E (Số sinh con thứ 3 trở lên) against D; H (Thực hiện) against G; F18 (the commune's rate, 0-100) against the title",
    ignoreColumns: "A (TT), C (births: F's denominator), F on the village rows (a rate with no village target: the note gives the rate target to the commune only), I (Tỷ số giới tính khi sinh: text \"17/15\", no target), J (Ghi chú)",
    totalRows: "18 (Toàn xã: SUMs, the rate and \"117/100\"; judged)",
    targetRows: "none (the rate cap is in the title's second line)",
    otherRows: "notes and signature under the table",
    asOf: "2015-01-08",
    period: "2014",
    notes: "The year is over, so every figure is final. Third-or-later births are capped per village (\"không quá\": at the cap is met, over it not met: Ngọc Thành 4/2, Hòa Sơn 5/3); the commune's 21 exceed the caps' 20. The commune's rate 21/217 = 9,68 is not under 9 (the title's cap, for the whole commune only; the village rates are not judged). New contraception users are a more-is-better count per village. The sex ratio is typed text (\"17/15\") with no target.",
  };
  return b;
}
