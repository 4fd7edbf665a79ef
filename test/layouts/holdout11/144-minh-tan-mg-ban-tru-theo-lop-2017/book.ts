// Layout 144: a kindergarten's year-end results per class against the targets of its "Kế hoạch chuyên môn – bán trú" (MG Minh Tân, Dầu Tiếng, 2016-2017): attendance targets that differ by age group written in one target cell, strict "Dưới" caps on two malnutrition rates with ROUND formulas, a class not yet measured, a school row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu chuyên môn – bán trú theo lớp, năm học 2016-2017, Trường Mẫu giáo Minh Tân (Dầu Tiếng)");
  const s = b.sheet("KQ ban tru");
  s.cols([5, 14, 10, 14, 10, 10, 10, 10, 12, 30]);
  titleBlock(s, {
    left: ["PGD&ĐT HUYỆN DẦU TIẾNG", "TRƯỜNG MẪU GIÁO MINH TÂN"],
    date: "Minh Tân, ngày 25 tháng 5 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYÊN MÔN – BÁN TRÚ NĂM HỌC 2016-2017", "(Theo Kế hoạch chuyên môn – bán trú số .../KH-MGMT ngày 7/9/2016)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Lớp", head).merge("C8:C9", "Số trẻ", head).merge("D8:D9", "Tỷ lệ chuyên cần (%)", head);
  s.merge("E8:F8", "Suy dinh dưỡng thể nhẹ cân", head).merge("G8:H8", "Suy dinh dưỡng thể thấp còi", head).merge("I8:I9", "Bé ngoan (%)", head).merge("J8:J9", "Ghi chú", head);
  s.row("E9", ["Số trẻ", "Tỷ lệ (%)", "Số trẻ", "Tỷ lệ (%)"], head);
  s.row("A10", ["", "Chỉ tiêu", "", "Lớp Lá (5 tuổi) từ 95% trở lên; lớp Chồi, Mầm từ 90% trở lên", "", "Dưới 5%", "", "Dưới 6%", "", ""], { ...head, bold: false, italic: true });
  const rate = (col: string, r: number, res: number | string): CellInput => ({ v: `=IF(${col}${r}="","",ROUND(${col}${r}/C${r}*100,1))`, result: res, fmt: "0.0" });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  type U = [string, number, number, number, number | string, number, string];
  const units: U[] = [
    ["Lá 1", 35, 96.2, 1, 2, 97.1, ""],
    ["Lá 2", 34, 95.0, 2, 1, 94.1, ""],
    ["Lá 3", 32, 94.6, 0, 2, 93.8, "Nghỉ dịch tay chân miệng 1 tuần (tháng 3)"],
    ["Chồi 1", 30, 91.5, 1, 1, 96.7, ""],
    ["Chồi 2", 28, 89.4, 2, "", 92.9, "Chưa có kết quả đo chiều cao đợt 3"],
    ["Mầm 1", 20, 90.0, 1, 0, 95.0, ""],
  ];
  units.forEach((u, i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], { v: u[2], fmt: "0.0" }, u[3], rate("E", r, r1((u[3] / u[1]) * 100)), u[4], rate("G", r, u[4] === "" ? "" : r1(((u[4] as number) / u[1]) * 100)), { v: u[5], fmt: "0.0" }, u[6]], { border: true, align: "center", wrap: true });
  });
  const tot = 17;
  const C = units.reduce((a, u) => a + u[1], 0), E = units.reduce((a, u) => a + u[3], 0), G = units.reduce((a, u) => a + (typeof u[4] === "number" ? u[4] : 0), 0);
  s.row(`A${tot}`, ["", "Toàn trường", { v: "=SUM(C11:C16)", result: C }, { v: 93.0, fmt: "0.0" }, { v: "=SUM(E11:E16)", result: E }, rate("E", tot, r1((E / C) * 100)), { v: "=SUM(G11:G16)", result: G }, rate("G", tot, r1((G / C) * 100)), { v: 95.0, fmt: "0.0" }, ""], { border: true, bold: true, align: "center" });
  const v: [Status, string, Status, string, Status, string][] = [
    ["exceeded", "96,2 over the 5-year-olds' 95%", "met", "1/35 = 2,9%", "met", "2/35 = 5,7% < 6%"],
    ["met", "95,0 at the 5-year-olds' floor", "not_met", "2/34 = 5,9%", "met", "1/34 = 2,9%"],
    ["not_met", "94,6 < 95% (a Lá class: the 90% of Chồi, Mầm does not apply)", "met", "0 children", "not_met", "2/32 = 6,3%"],
    ["exceeded", "91,5 over the 90% of Chồi, Mầm", "met", "1/30 = 3,3%", "met", "1/30 = 3,3%"],
    ["not_met", "89,4 < 90%", "not_met", "2/28 = 7,1%", "no_data", "blank: height not yet measured (note)"],
    ["met", "90,0 at the floor", "not_met", "1/20 = 5,0%: not under 5% (strict \"Dưới\")", "met", "0 children"],
  ];
  units.forEach((u, i) => {
    const r = 11 + i;
    const [a, aw, p, pw, h, hw] = v[i];
    const ageTarget = u[0].startsWith("Lá") ? "Lớp Lá từ 95% trở lên" : "Lớp Chồi, Mầm từ 90% trở lên";
    s.expect(`D${r}`, { indicator: `${u[0]} · Tỷ lệ chuyên cần`, target: ageTarget, status: a, why: aw });
    s.expect(`F${r}|E${r}`, { indicator: `${u[0]} · Tỷ lệ SDD thể nhẹ cân`, target: "Dưới 5%", status: p, why: pw });
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ SDD thể thấp còi`, target: "Dưới 6%", status: h, why: hw, ...(u[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const rollUps = [" · Tỷ lệ chuyên cần", " · Tỷ lệ SDD thể nhẹ cân", " · Tỷ lệ SDD thể thấp còi"].map((x) => s.rollUp(x, "lớp"));
  s.expect(`F${tot}|E${tot}`, { indicator: "Toàn trường · Tỷ lệ SDD thể nhẹ cân", target: "Dưới 5%", status: "met", why: `${E}/${C} = 3,9%` });
  s.expect(`H${tot}|G${tot}`, { indicator: "Toàn trường · Tỷ lệ SDD thể thấp còi", target: "Dưới 6%", status: "no_data", why: "the SUM leaves out Chồi 2, not yet measured" });
  notes(s, 19, "B", ["Ghi chú:", "- Tỷ lệ chuyên cần là tỷ lệ bình quân cả năm học; dòng Toàn trường không có chỉ tiêu chung vì chỉ tiêu chuyên cần giao theo độ tuổi.", "- Suy dinh dưỡng tính theo kết quả cân đo đợt 3 (tháng 5/2017)."]);
  signature(s, 23, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Nguyễn Thị Thu" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Lê Thị Hồng" });
  b.facts = {
    sheet: "KQ ban tru",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu)",
    nameColumn: "B (Lớp)",
    target: "row 10: D by age group in one sentence (Lá ≥ 95%, Chồi/Mầm ≥ 90%), F \"Dưới 5%\", H \"Dưới 6%\" (strict caps); I has none",
    actualColumns: "D (typed percents), F, H (IF/ROUND rates over C, with counts E, G)",
    ignoreColumns: "C (children, the denominator), I (Bé ngoan: no target), J (Ghi chú)",
    totalRows: "17 (Toàn trường: SUM counts; its attendance has no single target and is not judged)",
    targetRows: "10",
    otherRows: "19-21 (notes), signature from 23",
    asOf: "2017-05-25",
    period: "2016-2017",
    rollUps,
    notes: "The attendance target depends on the class's age group (Lá = 5 years). The school row's attendance mixes both targets: not judged.",
  };
  return b;
}
