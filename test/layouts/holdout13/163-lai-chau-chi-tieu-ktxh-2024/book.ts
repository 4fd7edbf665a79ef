// Layout 163: a province's annex of the main socio-economic targets assigned by Lai Châu QĐ 2218/QĐ-UBND for 2024, estimated at year-end: TH 2023 / KH 2024 / Ước TH 2024 / ƯTH-KH ratio side by side, a hidden KH 2025 column, section rows, ranges ("8,5 - 9", "Giảm 4 - 5%"), "≥" in the plan cell, units written in some figure cells, "Đang thẩm định", a blank estimate.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục: ước thực hiện các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2024, tỉnh Lai Châu (giao tại QĐ 2218/QĐ-UBND)");
  const s = b.sheet("PL01 Chi tieu 2024");
  s.cols([6, 44, 12, 12, 13, 13, 12, 12, 22]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
    date: "Lai Châu, ngày 10 tháng 12 năm 2024",
    title: ["Phụ lục 01", "ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024", "(Chỉ tiêu giao tại Quyết định số 2218/QĐ-UBND ngày 10/12/2023 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const h = 9;
  s.row(`A${h}`, ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "ƯTH 2024 so với KH (%)", "Kế hoạch năm 2025 (dự kiến)", "Ghi chú"], head);
  s.row(`A${h + 1}`, ["A", "B", "C", "1", "2", "3", "4=3/2", "5", "6"], { ...head, bold: false, italic: true });
  s.hideCols("H");
  type X = [string, string, number | string, number | string, number | string, number | string, string, Status, string];
  const sections: [string, X[]][] = [
    ["I", [
      ["Tốc độ tăng trưởng tổng sản phẩm (GRDP)", "%", 8.46, "8,5 - 9", 8.72, "9 - 9,5", "", "met", "8,72 inside 8,5 - 9"],
      ["GRDP bình quân đầu người", "Triệu đồng", 55.2, "≥ 60", 59.8, 65, "", "not_met", "59,8 < 60"],
      ["Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 2480, 2650, 2712, 2800, "", "exceeded", "2.712 > 2.650 (102,3%)"],
      ["Sản lượng lương thực có hạt", "Nghìn tấn", 222.5, 225, 225, 226, "", "met", "225 = 225"],
    ]],
    ["II", [
      ["Tỷ lệ hộ nghèo giảm", "%", 5.2, "Giảm 4 - 5%", 4.1, "Giảm 3 - 4%", "Theo chuẩn nghèo giai đoạn 2022-2025", "met", "a fall of 4,1 points, inside 4 - 5"],
      ["Số xã đạt chuẩn nông thôn mới (lũy kế)", "Xã", 52, 58, "56 xã", 62, "", "not_met", "\"56 xã\" < 58"],
      ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 96.1, "≥ 96", 95.4, "≥ 96", "", "not_met", "95,4 < 96"],
      ["Tạo việc làm mới", "Lao động", 7870, 8000, "8.150 lao động", 8000, "", "exceeded", "8.150 > 8.000, unit in the cell"],
      ["Tỷ lệ trường học đạt chuẩn quốc gia", "%", 72.4, 75, "Đang thẩm định", 77, "Số liệu sau đợt kiểm tra công nhận tháng 12", "pending", "\"Đang thẩm định\": the figure comes from the December recognition round (Ghi chú), still under way on 10/12, before the year ends: not yet due"],
    ]],
    ["III", [
      ["Tỷ lệ che phủ rừng", "%", 52.9, 53.5, 53.5, 54, "", "met", "53,5 = 53,5"],
      ["Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "%", 92, "≥ 93", 92.8, 94, "", "not_met", "92,8 < 93"],
      ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", 92, 94, "", 95, "Sở TN&MT chưa có số liệu ước", "no_data", "blank estimate (note)"],
    ]],
  ];
  const names: Record<string, string> = { I: "CHỈ TIÊU KINH TẾ", II: "CHỈ TIÊU XÃ HỘI", III: "CHỈ TIÊU MÔI TRƯỜNG" };
  let r = h + 2;
  let n = 0;
  const sectionRows: number[] = [];
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) && v >= 1000 ? "#,##0" : Math.round(v * 100) % 10 ? "0.00" : v % 1 ? "0.0" : "0" } : v);
  for (const [k, xs] of sections) {
    s.row(`A${r}`, [k, names[k], "", "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of xs) {
      n++;
      const ratio: CellInput = { v: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r})),ROUND(F${r}/E${r}*100,1),"")`, result: typeof x[3] === "number" && typeof x[4] === "number" ? Math.round((x[4] / x[3]) * 1000) / 10 : "", fmt: "0.0" };
      s.row(`A${r}`, [n, x[0], x[1], num(x[2]), num(x[3]), num(x[4]), ratio, num(x[5]), x[6]], { border: true, wrap: true });
      s.expect(`F${r}`, { indicator: x[0], target: s.text(`E${r}`), status: x[7], why: x[8], ...(x[4] === "" ? { actual: "(trống)" } : {}) });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Số liệu ước thực hiện năm 2024 tổng hợp từ báo cáo của các sở, ngành đến ngày 05/12/2024.",
    "- Cột Kế hoạch năm 2025 là số dự kiến trình HĐND tỉnh, chưa được giao.",
  ]);
  signature(s, last + 6, { col: "B", title: "", name: "" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Hà Quang Trung" });
  b.facts = {
    sheet: "PL01 Chi tieu 2024",
    headerRows: `${h} (header), ${h + 1} (column codes A, B, C, 1-6)`,
    nameColumn: "B (Chỉ tiêu), C (Đơn vị tính)",
    target: "column E (Kế hoạch năm 2024)",
    actualColumns: "F (Ước thực hiện năm 2024)",
    ignoreColumns: "D (TH 2023, last year), G (ratio formula, blank for ranges), H (hidden: KH 2025, next year's plan), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `sections ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2024-12-10",
    period: "2024",
    notes: "Years side by side: only KH 2024 against Ước TH 2024 is judged. Ranges \"8,5 - 9\" and \"Giảm 4 - 5%\" (the actual is the fall itself); \"≥\" in plan cells; units written in two figure cells.",
  };
  return b;
}
