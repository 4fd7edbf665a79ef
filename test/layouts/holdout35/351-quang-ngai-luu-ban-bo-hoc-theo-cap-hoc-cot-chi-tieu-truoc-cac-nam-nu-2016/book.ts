// Layout 351: a province's repeat and dropout rates by school level (Quảng Ngãi, after the statistical yearbook 2016, table 226), set against the year's plan: two blocks (repeaters, dropouts), each a province line and three levels with "Trong đó: Nữ" under each, the plan's caps for 2016 in column C before five years (2010, 2013-2016); only 2016 is judged, the female lines have no target.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ học sinh phổ thông lưu ban, bỏ học phân theo cấp học so với kế hoạch năm 2016, tỉnh Quảng Ngãi");
  const s = b.sheet("Luu ban bo hoc");
  s.cols([5, 34, 16, 9, 9, 9, 9, 9]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Ngãi, ngày 20 tháng 6 năm 2017",
    title: ["TỶ LỆ HỌC SINH PHỔ THÔNG LƯU BAN, BỎ HỌC PHÂN THEO CẤP HỌC", "(số liệu Niên giám thống kê 2016; đơn vị tính: %)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Cấp học", "Kế hoạch năm 2016 (QĐ của UBND tỉnh)", 2010, 2013, 2014, 2015, 2016], head);
  type L = [string, string, string, number[] | string[], Status | null, string];
  // label, TT, cap, five years' rates (as typed), status for 2016, why
  const blocks: Array<[string, string, L[]]> = [
    ["I", "Tỷ lệ học sinh phổ thông lưu ban", [
      ["Chung toàn tỉnh", "", "Dưới 1%", [1.5, 0.88, 0.67, 0.9, 0.74], "met", "0,74% under the cap of 1%"],
      ["Tiểu học", "1", "Dưới 0,5%", [1.32, 0.85, 0.16, 0.14, 0.08], "met", "0,08% under 0,5%"],
      ["Trong đó: Nữ", "", "", [0.41, 0.24, 0.04, 0.02, 0.02], null, ""],
      ["Trung học cơ sở", "2", "Dưới 1%", [1.58, 0.91, 0.69, 0.72, 0.81], "met", "0,81% under 1%"],
      ["Trong đó: Nữ", "", "", [0.27, 0.11, 0.09, 0.06, 0.07], null, ""],
      ["Trung học phổ thông", "3", "Dưới 1,5%", [1.7, 0.88, 1.9, 1.86, 1.76], "not_met", "1,76% over the cap of 1,5%; the year 2016 is over"],
      ["Trong đó: Nữ", "", "", [0.35, 0.17, 0.46, 0.43, 0.51], null, ""],
    ]],
    ["II", "Tỷ lệ học sinh phổ thông bỏ học", [
      ["Chung toàn tỉnh", "", "Dưới 0,5%", [0.72, 0.98, 0.42, 0.39, 0.04], "met", "0,04% under 0,5%"],
      ["Tiểu học", "1", "Dưới 0,1%", ["0,09", "0,05", "0,01", "0,01", "-"], null, ""],
      ["Trung học cơ sở", "2", "Dưới 0,5%", [1.45, 1.19, 0.45, 0.12, 0.01], "met", "0,01% under 0,5%"],
      ["Trong đó: Nữ", "", "", [0.51, 0.23, 0.09, 0.05, 0.01], null, ""],
      ["Trung học phổ thông", "3", "Dưới 1%", [2.85, 2.55, 1.38, 1.04, 0.04], "met", "0,04% under 1%"],
      ["Trong đó: Nữ", "", "", [1.02, 0.92, 0.46, 0.82, 0.02], null, ""],
    ]],
  ];
  let r = 8;
  for (const [roman, title, lines] of blocks) {
    s.row(`A${r}`, [roman, title], { bold: true, border: true });
    s.merge(`B${r}:H${r}`, title, { bold: true, border: true });
    r++;
    for (const [label, tt, cap, ys, st, why] of lines) {
      const female = label.startsWith("Trong đó");
      s.row(`A${r}`, [tt, label, cap, ...ys.map((y) => (typeof y === "number" ? { v: y, fmt: "0.00" as const } : y))], { border: true, align: "center" });
      s.set(`B${r}`, label, { border: true, italic: female, bold: label.startsWith("Chung") });
      if (st) s.expect(`H${r}`, { indicator: `${title} · ${label}`, target: `${cap} (column C)`, status: st, why });
      r++;
    }
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Số liệu theo Niên giám thống kê tỉnh Quảng Ngãi 2016 (biểu 226); các năm 2010-2015 để so sánh.",
    "- Kế hoạch năm 2016: tỷ lệ lưu ban, bỏ học của từng cấp học và chung toàn tỉnh không vượt mức ghi ở cột C.",
    "- Dấu \"-\": không phát sinh.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Mai" }, { col: "E", title: "KT. GIÁM ĐỐC", name: "Lê Văn Hòa" });
  b.facts = {
    sheet: "Luu ban bo hoc",
    headerRows: "7",
    nameColumn: "B (Cấp học)",
    target: "column C (Kế hoạch năm 2016: caps \"Dưới 1%\", \"Dưới 0,5%\", …; blank on the female lines)",
    actualColumns: "H (2016), rates in percent points typed as numbers (the title says đơn vị tính: %)",
    ignoreColumns: "A (TT), D-G (2010, 2013-2015: earlier years, history)",
    totalRows: "9 and 17 (Chung toàn tỉnh: the province's rate, with its own cap; judged)",
    targetRows: "none",
    otherRows: "8 and 16 (block titles I, II); the \"Trong đó: Nữ\" lines (a part, no target: not judged); 18 (primary dropouts 2016 \"-\", none occurred: not a figure, not judged); notes and signature",
    asOf: "2017-06-20",
    period: "2016",
    notes: "Two blocks of one table: each level's 2016 rate against its own cap in column C (less is better, \"Dưới\" strict). Upper-secondary repeaters 1,76% over 1,5%: not met, the year is over. The female lines carry no cap. The earlier years are history.",
  };
  return b;
}
