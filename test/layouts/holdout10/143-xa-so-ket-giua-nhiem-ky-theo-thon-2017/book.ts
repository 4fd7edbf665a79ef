// Layout 143: a commune's mid-term review annex (2015-2020 term), results of 2017 by village against two target rows, the 2017 resolution's and the term's 2020 aim (only the first applies): count-and-rate pairs with IF/ROUND formulas, a village not yet assessed, strict "Dưới 4%" at 4,0, a percent typed as text, a commune SUM row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục kết quả thực hiện một số chỉ tiêu năm 2017 theo thôn (kèm Báo cáo tình hình kinh tế - xã hội giữa nhiệm kỳ 2015-2020 của UBND xã)");
  const s = b.sheet("PL theo thon");
  s.cols([5, 22, 10, 12, 12, 12, 12, 14, 30]);
  titleBlock(s, {
    left: ["HUYỆN ..........", "ỦY BAN NHÂN DÂN XÃ .........."],
    date: ".........., ngày 20 tháng 6 năm 2018",
    title: ["PHỤ LỤC: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NĂM 2017 THEO THÔN", "(Kèm theo Báo cáo tình hình phát triển kinh tế - xã hội giữa nhiệm kỳ 2015 - 2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Thôn", head).merge("C8:C9", "Tổng số hộ", head);
  s.merge("D8:E8", "Gia đình văn hóa", head).merge("F8:G8", "Hộ nghèo", head).merge("H8:H9", "Tỷ lệ dân số tham gia BHYT (%)", head).merge("I8:I9", "Ghi chú", head);
  s.row("D9", ["Số hộ đạt", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"], head);
  const t = { ...head, italic: true, bold: false };
  s.row("A10", ["", "Chỉ tiêu năm 2017 (NQ HĐND xã)", "", "", "≥ 85%", "", "Dưới 4%", "≥ 80%", ""], t);
  s.row("A11", ["", "Mục tiêu đến năm 2020 (NQ Đại hội Đảng bộ xã)", "", "", "≥ 90%", "", "Dưới 2%", "≥ 90%", ""], t);
  const rate = (num: string, r: number, res: number | string): CellInput => ({ v: `=IF(${num}${r}="","",ROUND(${num}${r}/C${r}*100,1))`, result: res, fmt: "0.0" });
  type U = [string, number, number | string, number, CellInput, string];
  const units: U[] = [
    ["Thôn 1", 245, 212, 8, { v: 82.4, fmt: "0.0" }, ""],
    ["Thôn 2", 198, 168, 9, { v: 80.0, fmt: "0.0" }, ""],
    ["Thôn 3", 310, 279, 6, { v: 91.2, fmt: "0.0" }, ""],
    ["Thôn 4", 176, 150, 6, { v: 78.5, fmt: "0.0" }, ""],
    ["Thôn 5", 220, 187, 11, { v: 79.6, fmt: "0.0" }, "03 hộ tái nghèo do thiên tai"],
    ["Thôn 6", 160, "", 4, { v: 85.3, fmt: "0.0" }, "Gia đình văn hóa: thôn chưa tổ chức bình xét"],
    ["Thôn 7", 205, 176, 0, "83", ""],
    ["Thôn 8", 150, 131, 6, { v: 80.5, fmt: "0.0" }, ""],
  ];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  units.forEach((u, i) => {
    const r = 12 + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], rate("D", r, u[2] === "" ? "" : r1(((u[2] as number) / u[1]) * 100)), u[3], rate("F", r, r1((u[3] / u[1]) * 100)), u[4], u[5]], { border: true, align: "center", wrap: true });
  });
  const tot = 20;
  const C = units.reduce((a, u) => a + u[1], 0), Dn = units.reduce((a, u) => a + (typeof u[2] === "number" ? u[2] : 0), 0), F = units.reduce((a, u) => a + u[3], 0);
  s.row(`A${tot}`, ["", "Toàn xã", { v: "=SUM(C12:C19)", result: C }, { v: "=SUM(D12:D19)", result: Dn }, rate("D", tot, r1((Dn / C) * 100)), { v: "=SUM(F12:F19)", result: F }, rate("F", tot, r1((F / C) * 100)), { v: 82.1, fmt: "0.0" }, "Theo số liệu BHXH huyện"], { border: true, bold: true, align: "center" });
  const v: [Status, string, Status, string, Status, string][] = [
    ["exceeded", "212/245 = 86,5%", "met", "8/245 = 3,3%", "exceeded", "82,4"],
    ["not_met", "168/198 = 84,8% < 85%", "not_met", "9/198 = 4,5%", "met", "80,0 at the floor"],
    ["exceeded", "279/310 = 90,0% (above 2017's 85%; the 2020 row is not due)", "met", "6/310 = 1,9%", "exceeded", "91,2"],
    ["exceeded", "150/176 = 85,2%", "met", "6/176 = 3,4%", "not_met", "78,5 < 80"],
    ["met", "187/220 = 85,0% at the floor", "not_met", "11/220 = 5,0%", "not_met", "79,6 < 80"],
    ["no_data", "blank: not yet assessed (note)", "met", "4/160 = 2,5% (under 2017's 4%, though not 2020's 2%)", "exceeded", "85,3"],
    ["exceeded", "176/205 = 85,9%", "met", "0 poor households", "exceeded", "\"83\" typed as text under \"(%)\""],
    ["exceeded", "131/150 = 87,3%", "not_met", "6/150 = 4,0%: not under 4% (strict \"Dưới\")", "exceeded", "80,5"],
  ];
  units.forEach((u, i) => {
    const r = 12 + i;
    const [a, aw, p, pw, h, hw] = v[i];
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ gia đình văn hóa`, target: "≥ 85%", status: a, why: aw, ...(u[2] === "" ? { actual: "(trống)" } : {}) });
    s.expect(`G${r}|F${r}`, { indicator: `${u[0]} · Tỷ lệ hộ nghèo`, target: "Dưới 4%", status: p, why: pw });
    s.expect(`H${r}`, { indicator: `${u[0]} · Tỷ lệ tham gia BHYT`, target: "≥ 80%", status: h, why: hw });
  });
  const rollUps = [" · Tỷ lệ gia đình văn hóa", " · Tỷ lệ hộ nghèo", " · Tỷ lệ tham gia BHYT"].map((x) => s.rollUp(x, "thôn"));
  s.expect(`E${tot}|D${tot}`, { indicator: "Toàn xã · Tỷ lệ gia đình văn hóa", target: "≥ 85%", status: "no_data", why: "the SUM leaves out Thôn 6, not yet assessed; the 78,3% shown counts its households as not cultured" });
  s.expect(`G${tot}|F${tot}`, { indicator: "Toàn xã · Tỷ lệ hộ nghèo", target: "Dưới 4%", status: "met", why: `${F}/${C} = 3,0%` });
  s.expect(`H${tot}`, { indicator: "Toàn xã · Tỷ lệ tham gia BHYT", target: "≥ 80%", status: "exceeded", why: "82,1" });
  notes(s, 22, "B", ["Ghi chú:", "- Dòng \"Chỉ tiêu năm 2017\" theo Nghị quyết của HĐND xã về nhiệm vụ năm 2017; dòng \"Mục tiêu đến năm 2020\" theo Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2015 - 2020.", "- Tỷ lệ hộ nghèo theo kết quả rà soát cuối năm 2017 (chuẩn nghèo đa chiều)."]);
  signature(s, 26, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Công chức Văn phòng - Thống kê" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: ".........." });
  b.facts = {
    sheet: "PL theo thon",
    headerRows: "8-9 (merged groups), 10-11 (two target rows)",
    nameColumn: "B (Thôn)",
    target: "row 10 (Chỉ tiêu năm 2017): \"≥ 85%\" on E, \"Dưới 4%\" (strict cap) on G, \"≥ 80%\" on H; row 11 is the 2020 aim, not due for 2017 figures",
    actualColumns: "E, G (IF/ROUND rates over C, with the counts D, F), H (a typed percent; \"83\" as text)",
    ignoreColumns: "C (households, the denominator), I (Ghi chú)",
    totalRows: "20 (Toàn xã: SUM counts, rates judged on the 2017 row)",
    targetRows: "10, 11 (only 10 applies)",
    otherRows: "22-24 (notes), signature from 26",
    asOf: "2018-06-20",
    period: "2017",
    rollUps,
    notes: "2017 results read against the 2017 resolution's row; the 2020 row is the term's aim and is not judged. The village and commune names are dotted out in the published source, as here.",
  };
  return b;
}
