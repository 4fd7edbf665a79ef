// Layout 180: a commune's year-end table of its 2024 socio-economic targets (xã Đào Hữu Cảnh, Châu Phú, An Giang) with two target columns, the council's Nghị quyết and the committee's Kế hoạch, an estimate of the year, ratio columns against each, a hidden 2023 column, section rows, caps written two ways ("Dưới 2%", "Giảm còn 1,9%"), NTM counts as "12/19", a figure not yet compiled, and one row where the two targets disagree.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Ước thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2024 so với Nghị quyết HĐND và Kế hoạch UBND xã Đào Hữu Cảnh (Châu Phú, An Giang)");
  const s = b.sheet("Chi tieu KTXH 2024");
  s.cols([6, 40, 16, 11, 14, 14, 12, 10, 10, 28]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "XÃ ĐÀO HỮU CẢNH"],
    date: "Đào Hữu Cảnh, ngày 26 tháng 12 năm 2024",
    title: ["BIỂU ƯỚC THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024", "(Kèm theo Báo cáo của UBND xã trình Kỳ họp thứ mười một, HĐND xã khóa IX)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head).merge("D8:D9", "Thực hiện năm 2023", head);
  s.merge("E8:F8", "Chỉ tiêu năm 2024", head).row("E9", ["Nghị quyết HĐND xã", "Kế hoạch UBND xã"], head);
  s.merge("G8:G9", "Ước thực hiện năm 2024", head);
  s.merge("H8:I8", "Ước TH so với (%)", head).row("H9", ["Nghị quyết", "Kế hoạch"], head);
  s.merge("J8:J9", "Ghi chú", head);
  s.hideCols("D");
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.00" } : v);
  // [chỉ tiêu, ĐVT, TH 2023, NQ, KH, ƯTH, ghi chú, status, why]
  type X = [string, string, number, number | string, number | string, number | string, string, Status, string];
  const sections: [string, string, X[]][] = [
    ["A", "KINH TẾ", [
      ["Tổng sản lượng lương thực", "tấn", 70150, 68640, 68000, 72760, "", "exceeded", "72.760 above both (106% of the Nghị quyết, 107% of the Kế hoạch)"],
      ["Năng suất lúa bình quân", "tấn/ha", 7.1, 7, 7, 7.14, "", "exceeded", "7,14 above 7"],
      ["Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 2700, 2850, 2850, 2981, "", "exceeded", "2.981 = 104,6% of 2.850"],
      ["Thu nhập bình quân đầu người", "triệu đồng/người/năm", 61.5, 65, 64, 65.4, "", "exceeded", "65,4 above 65 and 64"],
    ]],
    ["B", "VĂN HÓA - XÃ HỘI", [
      ["Tỷ lệ hộ nghèo", "%", 2.35, "Dưới 2%", "Giảm còn 1,9%", 1.82, "", "met", "1,82 under both ceilings"],
      ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 91.9, "Từ 93% trở lên", 92.5, 92.8, "", "review", "92,8 passes the committee's 92,5 but not the council's \"Từ 93% trở lên\": the two targets on the row disagree"],
      ["Tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "%", 100, 100, 100, 100, "", "met", "100 = 100"],
      ["Số lao động được giải quyết việc làm", "người", 160, 150, 150, "Chưa tổng hợp", "Chờ số liệu các ấp", "no_data", "not yet compiled"],
      ["Tỷ lệ hộ sử dụng nước sạch", "%", 98.5, 99, 99, 98.9, "", "not_met", "98,9 under 99"],
    ]],
    ["C", "XÂY DỰNG NÔNG THÔN MỚI", [
      ["Số tiêu chí nông thôn mới đạt", "tiêu chí", 11, 13, 13, "12/19", "Xã tự đánh giá", "not_met", "12 criteria against 13"],
      ["Số chỉ tiêu nông thôn mới đạt", "chỉ tiêu", 41, 46, 45, "44/57", "Xã tự đánh giá", "not_met", "44 against 46 and 45"],
    ]],
    ["D", "QUỐC PHÒNG - AN NINH", [
      ["Giao quân", "% chỉ tiêu huyện giao", 100, 100, 100, 100, "", "met", "100% of the quota"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [letter, title, rows] of sections) {
    s.row(`A${r}`, [letter, title, "", "", "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of rows) {
      n++;
      const ratio = (col: string, t: number | string): CellInput =>
        typeof t === "number" && typeof x[5] === "number" ? { v: `=IF(AND(ISNUMBER(G${r}),ISNUMBER(${col}${r})),ROUND(G${r}/${col}${r}*100,2),"")`, result: Math.round((x[5] / t) * 10000) / 100, fmt: "0.00" } : "";
      s.row(`A${r}`, [n, x[0], x[1], num(x[2]), num(x[3]), num(x[4]), num(x[5]), ratio("E", x[3]), ratio("F", x[4]), x[6]], { border: true, wrap: true });
      s.expect(`G${r}`, { indicator: x[0], target: `Nghị quyết: ${typeof x[3] === "number" ? String(x[3]).replace(".", ",") : x[3]}; Kế hoạch: ${typeof x[4] === "number" ? String(x[4]).replace(".", ",") : x[4]}`, status: x[7], why: x[8] });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Nghị quyết số 05/NQ-HĐND ngày 22/12/2023 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2024; Kế hoạch của UBND xã triển khai Nghị quyết.",
    "- Số liệu ước thực hiện đến ngày 31/12/2024.",
  ]);
  signature(s, last + 6, { col: "B", title: "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", name: "Nguyễn Văn Tài" }, { col: "G", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Trần Minh Tâm" });
  b.facts = {
    sheet: "Chi tieu KTXH 2024",
    headerRows: "8-9 (merged groups)",
    nameColumn: "B (Chỉ tiêu)",
    target: "columns E (Nghị quyết HĐND xã) and F (Kế hoạch UBND xã): two targets per row",
    actualColumns: "G (Ước thực hiện năm 2024)",
    ignoreColumns: "C (ĐVT), D (hidden: 2023), H, I (ratios, derived), J (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2024-12-26",
    period: "2024",
    notes: "Two target columns side by side: they agree on every row but BHYT, where the committee's 92,5 is passed and the council's \"Từ 93% trở lên\" is not (review). Caps written as \"Dưới 2%\" and \"Giảm còn 1,9%\"; NTM results as \"12/19\" and \"44/57\" against plain counts; one figure not yet compiled.",
  };
  return b;
}
