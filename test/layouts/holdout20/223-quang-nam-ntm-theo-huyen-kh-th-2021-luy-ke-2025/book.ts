// Layout 223: a province's 2021 new-countryside results by district (Quảng Nam, extract of 9 of 18 districts; 5 communes recognised and 4 advanced in 2021, 118/194 in all), read on 10/01/2022: the year's plan as a count per district beside the result typed as a count with the communes' names ("03 xã (Tam Sơn, Tam Trà, Tam Thạnh)"), the running total typed "13/16" (communes reached / communes) against a 2025 aim per district (reached = met, short = pending), "-" where every commune already meets the standard, appraisals not finished in the year, a hidden 2020 column, an extract total row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xây dựng nông thôn mới năm 2021 theo huyện, thị xã, thành phố và mục tiêu đến năm 2025, tỉnh Quảng Nam (trích)");
  const s = b.sheet("NTM 2021 theo huyen");
  s.cols([5, 18, 9, 11, 10, 34, 12, 12, 10, 26, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NAM", "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"],
    date: "Quảng Nam, ngày 10 tháng 01 năm 2022",
    title: ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2021 THEO ĐƠN VỊ CẤP HUYỆN", "(Trích 9/18 huyện, thị xã, thành phố; kèm theo Báo cáo tổng kết năm 2021)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head).merge("C8:C9", "Tổng số xã", head).merge("D8:D9", "Đạt chuẩn NTM đến 31/12/2020", head);
  s.merge("E8:F8", "Xã đạt chuẩn NTM năm 2021", head);
  s.row("E9", ["Kế hoạch", "Thực hiện (xã được công nhận)"], head);
  s.merge("G8:H8", "Lũy kế xã đạt chuẩn NTM", head);
  s.row("G9", ["Đến 31/12/2021 (xã đạt/tổng số xã)", "Mục tiêu đến năm 2025 (số xã)"], head);
  s.merge("I8:J8", "Xã đạt chuẩn NTM nâng cao năm 2021", head);
  s.row("I9", ["Kế hoạch", "Thực hiện"], head);
  s.merge("K8:K9", "Ghi chú", head);
  s.hideCols("D");
  type V = [Status, string] | null;
  // [huyện, số xã, đạt 2020, KH 2021, TH 2021, lũy kế, mục tiêu 2025, KH NC, TH NC, ghi chú, F verdict, G verdict, J verdict]
  type R = [string, number, number, CellInput, string, string, number, CellInput, string, string, V, V, V];
  const rows: R[] = [
    ["Núi Thành", 16, 10, 3, "03 xã (Tam Sơn, Tam Trà, Tam Thạnh)", "13/16", 15, 1, "01 xã (Tam Xuân 2)", "",
      ["met", "3 communes recognised, the plan's 3"], ["pending", "13 of the 15 aimed at for 2025: not yet due"], ["met", "1 advanced commune, the plan's 1"]],
    ["Nông Sơn", 6, 2, 1, "01 xã (Phước Ninh)", "3/6", 4, "-", "-", "",
      ["met", "1 of 1"], ["pending", "3 of the 4 aimed at for 2025"], null],
    ["Thăng Bình", 21, 13, 2, "01 xã (Bình Dương); xã Bình Trị chưa đủ hồ sơ", "14/21", 18, 1, "0", "",
      ["not_met", "1 recognised against 2 (the second's file was incomplete)"], ["pending", "14 of 18 for 2025"], ["not_met", "none against the plan's 1"]],
    ["Đại Lộc", 17, 14, 2, "02 xã (Đại Tân, Đại Chánh) đang thẩm định hồ sơ", "14/17", 17, 1, "01 xã (Đại Quang)", "",
      ["not_met", "none recognised in 2021: the two communes named are still being appraised (the running total stays 14)"], ["pending", "14 of 17 for 2025"], ["met", "1 of 1"]],
    ["Điện Bàn", 12, 12, "-", "-", "12/12", 12, 2, "01 xã (Điện Quang)", "Đã hoàn thành nhiệm vụ xây dựng NTM",
      null, ["met", "12 of 12: the 2025 aim is already reached"], ["not_met", "1 advanced commune against 2"]],
    ["Hội An", 4, 4, "-", "-", "4/4", 4, 1, "01 xã (Tân Hiệp)", "Đã hoàn thành nhiệm vụ xây dựng NTM",
      null, ["met", "4 of 4: reached"], ["met", "1 of 1"]],
    ["Tiên Phước", 14, 10, 2, "02 xã (Tiên Ngọc, Tiên Lập) - đã thẩm định, chờ quyết định công nhận", "10/14", 13, "-", "-", "",
      ["not_met", "no decision within 2021: none recognised in the year (running total 10)"], ["pending", "10 of 13 for 2025"], null],
    ["Quế Sơn", 13, 9, 1, "Chưa đạt (xã Quế Hiệp còn thiếu tiêu chí 13)", "9/13", 12, "-", "-", "",
      ["not_met", "the one commune planned did not reach the standard"], ["pending", "9 of 12 for 2025"], null],
    ["Phú Ninh", 10, 10, "-", "-", "10/10", 10, 1, "0", "Đã hoàn thành nhiệm vụ xây dựng NTM",
      null, ["met", "10 of 10: reached"], ["not_met", "none against the plan's 1"]],
  ];
  rows.forEach(([h, xa, d20, kh, th, lk, mt, khn, thn, note, vf, vg, vj], i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, h, xa, d20, kh, th, lk, mt, khn, thn, note], bd);
    s.set(`F${r}`, th, { border: true, wrap: true });
    s.set(`J${r}`, thn, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, wrap: true, italic: true });
    if (vf) s.expect(`F${r}`, { indicator: `${h} · Xã đạt chuẩn NTM năm 2021`, target: `Kế hoạch 2021: ${s.text(`E${r}`)} xã`, status: vf[0], why: vf[1] });
    if (vg) s.expect(`G${r}`, { indicator: `${h} · Lũy kế xã đạt chuẩn NTM`, target: `Mục tiêu đến năm 2025: ${mt} xã`, status: vg[0], why: vg[1] });
    if (vj) s.expect(`J${r}`, { indicator: `${h} · Xã đạt chuẩn NTM nâng cao năm 2021`, target: `Kế hoạch 2021: ${s.text(`I${r}`)} xã`, status: vj[0], why: vj[1] });
  });
  const last = 10 + rows.length - 1;
  const tot = last + 1;
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}10:${c}${last})`, result: v });
  s.row(`A${tot}`, ["", "Cộng (9 đơn vị)", sum("C", 113), sum("D", 84), sum("E", 11), "05 xã", "89/113", sum("H", 105), sum("I", 7), "04 xã", "Toàn tỉnh: 118/194 xã đạt chuẩn"], { ...bd, bold: true });
  const rollUps = [s.rollUp(" · Xã đạt chuẩn NTM năm 2021", "huyện"), s.rollUp(" · Xã đạt chuẩn NTM nâng cao năm 2021", "huyện")];
  notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Xã được tính đạt chuẩn trong năm theo ngày của quyết định công nhận của Chủ tịch UBND tỉnh.",
    "- \"-\": đơn vị không có kế hoạch (đã có 100% số xã đạt chuẩn NTM hoặc chưa đăng ký xã NTM nâng cao năm 2021).",
    "- Mục tiêu đến năm 2025 theo Kế hoạch thực hiện Chương trình MTQG xây dựng NTM giai đoạn 2021-2025 của tỉnh (toàn tỉnh ít nhất 155/194 xã).",
  ]);
  signature(s, tot + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Văn Sự" }, { col: "G", title: "CHÁNH VĂN PHÒNG", name: "Trần Văn Mẫn" });
  b.facts = {
    sheet: "NTM 2021 theo huyen",
    headerRows: "8-9 (three groups merged over plan / result)",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "column E (Kế hoạch 2021) for F; column H (Mục tiêu đến năm 2025) for G; column I (Kế hoạch NTM nâng cao 2021) for J",
    actualColumns: "F (count with names, or words), G (\"x/y\": communes reached / communes), J (count with names, \"0\")",
    ignoreColumns: "A (TT), C (Tổng số xã: the denominator), D (hidden: reached by 2020), K (Ghi chú)",
    totalRows: `${tot} (Cộng 9 đơn vị: an extract's sums and counts in words, not judged)`,
    targetRows: "none",
    otherRows: `notes ${tot + 2}-${tot + 5}; signature from ${tot + 7}`,
    asOf: "2022-01-10",
    period: "Năm 2021 (mục tiêu đến năm 2025)",
    rollUps,
    notes: "Two year-2021 counts per district against its plan, and the running total typed as \"reached/communes\" against the district's 2025 aim. A commune counts in the year of its recognition decision (notes): communes still being appraised or awaiting a decision on 10/01/2022 were not recognised in 2021 (not met). The running total reached already meets the 2025 aim; short of it is pending. \"-\" (nothing planned) is not judged; the extract's total row is not judged.",
  };
  return b;
}
