// Layout 252: a province's nine-month immunisation table (Bình Dương, 30/9/2015): districts as rows, the year's target written once in a cell merged down every row, the rate over the year's cohort as a fraction, a hidden last-year column, the province total judged; a second table under it for a finished catch-up campaign with other columns. Nine months of a year: short is pending, a district already past its year exceeded, the finished campaign judged.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiêm chủng mở rộng 9 tháng năm 2015 theo huyện, thị xã, thành phố, tỉnh Bình Dương");
  const s = b.sheet("TCMR 9 thang");
  s.cols([5, 26, 14, 14, 12, 12, 13, 26]);
  titleBlock(s, {
    left: ["SỞ Y TẾ BÌNH DƯƠNG", "TRUNG TÂM Y TẾ DỰ PHÒNG"],
    number: "Biểu 1 kèm Báo cáo 9 tháng",
    date: "Thủ Dầu Một, ngày 30 tháng 9 năm 2015",
    title: ["KẾT QUẢ TIÊM CHỦNG MỞ RỘNG 9 THÁNG NĂM 2015"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Đơn vị", head).merge("C7:C8", "Số trẻ dưới 1 tuổi (KH năm 2015)", head);
  s.merge("D7:E7", "Tiêm chủng đầy đủ 9 tháng", head);
  s.row("D8", ["Số trẻ", "Tỷ lệ (so KH năm)"], head);
  s.merge("F7:F8", "Cùng kỳ 2014", head).merge("G7:G8", "Chỉ tiêu năm 2015", head).merge("H7:H8", "Ghi chú", head);
  // [unit, year's cohort, nine-month count, last year's rate, note, verdict]
  type R = [string, number, number, number, string, [Status, string]];
  const units: R[] = [
    ["TP Thủ Dầu Một", 5200, 3880, 0.731, "", ["pending", "74,6% of the year's cohort after nine months"]],
    ["TX Thuận An", 9800, 7105, 0.702, "", ["pending", "72,5% after nine months"]],
    ["TX Dĩ An", 8900, 6320, 0.695, "Dân nhập cư đông", ["pending", "71,0% after nine months"]],
    ["TX Tân Uyên", 4100, 3050, 0.74, "", ["pending", "74,4% after nine months"]],
    ["TX Bến Cát", 4300, 3190, 0.728, "", ["pending", "74,2% after nine months"]],
    ["Huyện Bàu Bàng", 1350, 1020, 0, "Thành lập tháng 4/2014", ["pending", "75,6% after nine months"]],
    ["Huyện Phú Giáo", 1450, 1070, 0.745, "", ["pending", "73,8% after nine months"]],
    ["Huyện Dầu Tiếng", 1600, 1539, 0.752, "Số sinh thấp hơn dự kiến", ["exceeded", "1.539 of 1.600 = 96,2%: already past the year's 95% in September, and the count only grows"]],
    ["Huyện Bắc Tân Uyên", 1000, 742, 0, "Thành lập tháng 4/2014", ["pending", "74,2% after nine months"]],
  ];
  const tgt = "≥ 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ (column G, merged down rows 9-18)";
  units.forEach(([name, kh, n, last, note, v], i) => {
    const r = 9 + i;
    s.row(`A${r}`, [String(i + 1), name, kh, n, { v: `=ROUND(D${r}/C${r},4)`, pct: true, fmt: "0.0%", result: `${((n / kh) * 100).toFixed(1).replace(".", ",")}%` }, last ? { v: last, pct: true, fmt: "0.0%" } : "-"], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`E${r}`, { indicator: `Tiêm chủng đầy đủ trẻ dưới 1 tuổi · ${name}`, target: tgt, status: v[0], why: v[1] });
  });
  const khSum = units.reduce((a, u) => a + u[1], 0);
  const nSum = units.reduce((a, u) => a + u[2], 0);
  s.row("A18", ["", "Toàn tỉnh", { v: "=SUM(C9:C17)", result: khSum }, { v: "=SUM(D9:D17)", result: nSum }, { v: "=ROUND(D18/C18,4)", pct: true, fmt: "0.0%", result: `${((nSum / khSum) * 100).toFixed(1).replace(".", ",")}%` }, { v: 0.718, pct: true, fmt: "0.0%" }], { border: true, align: "center", bold: true });
  s.set("H18", "", { border: true });
  s.expect("E18", { indicator: "Tiêm chủng đầy đủ trẻ dưới 1 tuổi · Toàn tỉnh", target: tgt, status: "pending", why: `${nSum.toLocaleString("de-DE")} of ${khSum.toLocaleString("de-DE")} = ${((nSum / khSum) * 100).toFixed(1).replace(".", ",")}% of the year's cohort after nine months` });
  s.merge("G9:G18", "≥ 95%", { border: true, align: "center", bold: true });
  s.hideCols("F");
  // Second table: the finished campaign.
  s.merge("A20:H20", "CHIẾN DỊCH TIÊM VẮC XIN SỞI - RUBELLA CHO TRẺ TỪ 1 ĐẾN 14 TUỔI (đã kết thúc)", { bold: true });
  s.row("A21", ["TT", "Phạm vi", "Số trẻ đối tượng", "Số trẻ được tiêm", "Tỷ lệ", "", "Mục tiêu chiến dịch", "Thời gian"], head);
  s.row("A22", ["1", "Toàn tỉnh", 344842, 339945, { v: "=ROUND(D22/C22,4)", pct: true, fmt: "0.00%", result: "98,58%" }, "", "≥ 95%", "Từ 15/9/2014, đã hoàn thành"], { border: true, align: "center" });
  s.expect("E22", { indicator: "Chiến dịch tiêm vắc xin sởi - rubella trẻ 1-14 tuổi · Toàn tỉnh", target: "≥ 95% (Mục tiêu chiến dịch, G22)", status: "exceeded", why: "339.945 of 344.842 = 98,58%, the campaign is over and above 95%" });
  notes(s, 24, "B", [
    "Ghi chú:",
    "- Tỷ lệ tiêm chủng đầy đủ tính trên số trẻ dưới 1 tuổi kế hoạch cả năm 2015.",
    "- Bảng 2 là chiến dịch riêng, chỉ tiêu theo kế hoạch chiến dịch.",
  ]);
  signature(s, 28, { col: "B", title: "KHOA KIỂM SOÁT DỊCH BỆNH", name: "Nguyễn Thị Như" }, { col: "E", title: "GIÁM ĐỐC", name: "Trần Văn Hiếu" });
  b.facts = {
    sheet: "TCMR 9 thang",
    headerRows: "7-8 (Tiêm chủng đầy đủ 9 tháng over Số trẻ / Tỷ lệ); 21 for the second table",
    nameColumn: "B (Đơn vị; Phạm vi in the second table)",
    target: "column G: \"≥ 95%\" merged down rows 9-18 for the first table; G22 for the campaign",
    actualColumns: "E (Tỷ lệ: ROUND of D over C, percent cells)",
    ignoreColumns: "A (TT), C (the year's cohort, denominator), D (counts, numerator of E), F (hidden: last year's same period), H (Ghi chú)",
    totalRows: "18 (Toàn tỉnh: SUMs and a rate, judged against the same target)",
    targetRows: "none",
    otherRows: "20 (second table's title), 21 (its header); notes 24-26; signature from 28",
    asOf: "2015-09-30",
    period: "2015",
    notes: "Nine months of a year's immunisation: a rate over the year's cohort short of 95% is pending; Dầu Tiếng's 96,2% is already past it (the count only grows), exceeded. The second table is a finished campaign with its own target (98,58% against ≥ 95% exceeded). The hidden column F is last year.",
  };
  return b;
}
