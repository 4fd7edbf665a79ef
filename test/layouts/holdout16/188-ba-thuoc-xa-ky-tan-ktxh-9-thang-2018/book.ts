// Layout 188: a mountain commune's nine-month table of its 2018 targets (xã Ký Tân, Bá Thước, Thanh Hóa, read on 20/9/2018): the year's plan beside nine months' results, ratio columns against the plan and against the same period of 2017 (a hidden column), "Trong đó" crop rows, section rows, a winter crop still to be sown, rates that are only known at the year's end, counts that grow through the year.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng năm 2018 so với kế hoạch năm, UBND xã Ký Tân (Bá Thước, Thanh Hóa)");
  const s = b.sheet("Bieu 9 thang 2018");
  s.cols([6, 40, 12, 12, 12, 12, 11, 11, 34]);
  titleBlock(s, {
    left: ["UBND HUYỆN BÁ THƯỚC", "UBND XÃ KÝ TÂN"],
    date: "Ký Tân, ngày 20 tháng 9 năm 2018",
    title: ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2018", "(Kèm theo Báo cáo tình hình thực hiện nhiệm vụ phát triển KT-XH, QP-AN 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2018)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head).merge("D8:D9", "Kế hoạch năm 2018", head);
  s.merge("E8:E9", "Thực hiện 9 tháng năm 2018", head).merge("F8:F9", "Thực hiện 9 tháng năm 2017", head);
  s.merge("G8:H8", "So sánh (%)", head).row("G9", ["So KH năm", "So cùng kỳ"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.hideCols("F");
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.0" } : v);
  const ratio = (r: number, a: number | string, den: number | string, col: string): CellInput =>
    typeof a === "number" && typeof den === "number" ? { v: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(${col}${r})),ROUND(E${r}/${col}${r}*100,1),"")`, result: Math.round((a / den) * 1000) / 10, fmt: "0.0" } : "";
  // [TT, chỉ tiêu, ĐVT, KH, TH 9T 2018, TH 9T 2017, ghi chú, status?, why?, target text?]
  type X = [string, string, string, number | string, number | string, number | string, string, Status?, string?];
  const sections: [string, string, X[]][] = [
    ["I", "KINH TẾ", [
      ["1", "Tổng diện tích gieo trồng", "ha", 598, 652, 567, "", "exceeded", "652 ha already sown against 598 for the year (109%): an area sown does not shrink"],
      ["", "Trong đó: - Cây lúa", "ha", 232, 315, 277, "Vụ chiêm xuân 135 ha, vụ mùa 180 ha", "exceeded", "315 against 232 (136%)"],
      ["", "- Cây ngô", "ha", 70, 48, 89, "Ngô vụ mùa giảm do mưa nhiều; vụ đông dự kiến trồng 20 ha", "pending", "48 of 70; the winter maize (about 20 ha, Ghi chú) is still to be sown in the last quarter: not final in September (though 48 + 20 = 68 would still be short of 70 unless more is sown)"],
      ["", "- Cây sắn", "ha", 30, 30, 30, "", "met", "30 = 30"],
      ["", "- Cây mía", "ha", 5, 11, 5, "", "exceeded", "11 against 5 (220%)"],
      ["2", "Sản lượng lương thực có hạt", "tấn", 1868, 1681.5, 1617, "Ước cả sản lượng vụ mùa", "pending", "1.681,5 of 1.868 (90%) with the summer harvest estimated; the winter maize is still to come: not final in September"],
      ["3", "Trồng rừng tập trung", "ha", 40, 42, 38, "", "exceeded", "42 against 40, planting season over"],
      ["4", "Thu ngân sách trên địa bàn", "triệu đồng", 450, 380, 352, "", "pending", "380 of 450 after nine months: the year is not over"],
    ]],
    ["II", "VĂN HÓA - XÃ HỘI", [
      ["5", "Tỷ lệ hộ nghèo", "%", "Giảm còn 24%", "Rà soát vào quý IV", "", "Đầu năm 27,8%", "pending", "the poverty rate is re-surveyed in the fourth quarter: not yet known, not yet due"],
      ["6", "Tỷ lệ người dân tham gia BHYT", "%", 98, 98.6, 97.9, "", "exceeded", "98,6 above 98 (a share held, not a count that grows)"],
      ["7", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95%", 72.4, 70.1, "Cộng dồn đến 31/8/2018", "pending", "a running count over the year's cohort (Ghi chú: cumulative to 31/8): 72,4 after eight months is not the year's figure"],
      ["8", "Tỷ lệ gia đình đạt danh hiệu văn hóa", "%", 85, "Bình xét cuối năm", "", "", "pending", "rated at the year's end"],
    ]],
    ["III", "QUỐC PHÒNG - AN NINH", [
      ["9", "Giao quân", "thanh niên", 5, 5, 6, "Giao quân ngày 02/3/2018", "met", "5 = 5, done in March"],
    ]],
  ];
  let r = 10;
  const sectionRows: number[] = [];
  for (const [roman, title, rows] of sections) {
    s.row(`A${r}`, [roman, title, "", "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of rows) {
      s.row(`A${r}`, [x[0], x[1], x[2], num(x[3]), num(x[4]), num(x[5]), ratio(r, x[4], x[3], "D"), ratio(r, x[4], x[5], "F"), x[6]], { border: true, wrap: true });
      if (x[7]) s.expect(`E${r}`, { indicator: x[1].replace(/^Trong đó: /, "").replace(/^- /, ""), target: `${typeof x[3] === "number" ? `${String(x[3]).replace(".", ",")} ${x[2]}` : x[3]} (kế hoạch năm 2018)`, status: x[7], why: x[8] });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch năm theo Nghị quyết HĐND xã về nhiệm vụ phát triển KT-XH năm 2018.",
    "- Số liệu 9 tháng là số ước thực hiện đến ngày 30/9/2018.",
  ]);
  signature(s, last + 6, { col: "B", title: "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", name: "Hà Văn Lâm" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Lương Văn Thắng" });
  b.facts = {
    sheet: "Bieu 9 thang 2018",
    headerRows: "8-9 (merged groups)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2018), a year's plan read after nine months",
    actualColumns: "E (Thực hiện 9 tháng năm 2018)",
    ignoreColumns: "C (ĐVT), F (hidden: 9 months of 2017), G, H (ratios, derived), I (Ghi chú)",
    totalRows: "none (row 11 is a total over its \"Trong đó\" crops, judged as an indicator of its own)",
    targetRows: "none",
    otherRows: `section rows ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2018-09-20",
    period: "2018",
    notes: "A year's plan read in September: a figure already at or over its plan is met for good (areas sown, forest planted, conscripts sent), a shortfall that can still be made up (winter maize, budget, a cumulative vaccination count, ratings and surveys done at the year's end) is pending. The G ratio is the sheet's own and is blank for text.",
  };
  return b;
}
