// Layout 228: a commune's six-month economic and social table (xã Chư Drăng, Krông Pa, Gia Lai, sơ kết 6 tháng 2022) with two target columns: the district's assignment and the commune council's own, higher resolution, the notes saying the commune is judged on its council's; a season already harvested (final) beside a season still being sown, livestock typed "17.919 con/14.066 con" (result over plan in one cell), a call-up done in February, results typed as "to be reviewed at year end".
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 6 tháng đầu năm 2022, xã Chư Drăng (huyện Krông Pa, Gia Lai)");
  const s = b.sheet("Bieu chi tieu 6 thang");
  s.cols([6, 44, 11, 13, 13, 16, 11, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN KRÔNG PA", "UBND XÃ CHƯ DRĂNG"],
    number: "Phụ lục kèm theo Báo cáo sơ kết 6 tháng đầu năm 2022",
    date: "Chư Drăng, ngày 29 tháng 6 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH", "6 tháng đầu năm 2022"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:E8", "Kế hoạch năm 2022", head);
  s.row("D9", ["Huyện giao", "Nghị quyết HĐND xã"], head);
  s.merge("F8:F9", "Thực hiện 6 tháng đầu năm 2022", head).merge("G8:G9", "Tỷ lệ % so với NQ HĐND xã", head).merge("H8:H9", "Ghi chú", head);
  // [TT, chỉ tiêu, ĐVT, huyện, xã, TH, % cell (undefined = formula when numeric), ghi chú, status (null = not judged)]
  type R = [string, string, string, CellInput, CellInput, CellInput, CellInput | undefined, string, [Status, string] | null];
  const rows: R[] = [
    ["I", "KINH TẾ", "", "", "", "", "", "", null],
    ["1", "Tổng diện tích gieo trồng cả năm", "ha", 3600, 3730, 3400, undefined, "Vụ Đông Xuân + diện tích vụ Mùa đã xuống giống", ["pending", "3.400 of the year's 3.730 ha in June: the Mùa season is still being sown"]],
    ["1.1", "Diện tích gieo trồng vụ Đông Xuân 2021-2022", "ha", 620, 650, 642, undefined, "Đã thu hoạch xong", ["not_met", "the season is harvested: 642 ha under the council's 650 (it passes the district's 620, which the notes set aside)"]],
    ["1.2", "Diện tích gieo trồng vụ Mùa 2022", "ha", 2980, 3080, 2758, undefined, "Đang xuống giống", ["pending", "2.758 of 3.080 ha with sowing under way"]],
    ["2", "Tổng đàn gia súc, gia cầm", "con", 13500, 14066, "17.919 con/14.066 con", "127,39%", "", ["exceeded", "17.919 head against the council's 14.066 (127,39%), already past the year's target"]],
    ["2.1", "Đàn gia súc", "con", 8000, 8240, 7700, undefined, "Bò 4.150, dê 2.310, heo 1.240", ["pending", "7.700 of 8.240 in June (it is short of the district's 8.000 too)"]],
    ["2.2", "Đàn gia cầm", "con", 5500, 5826, 10219, undefined, "", ["exceeded", "10.219 against 5.826: past the year's target"]],
    ["3", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 410, 450, 215.6, undefined, "Chủ yếu thu phí, lệ phí", ["pending", "215,6 of 450 million in June: the year is not over"]],
    ["II", "VĂN HÓA - XÃ HỘI", "", "", "", "", "", "", null],
    ["4", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 95, 96, 96.4, undefined, "", ["exceeded", "96,4% past the council's 96% (and the district's 95%)"]],
    ["5", "Giảm tỷ lệ hộ nghèo trong năm", "%", "Giảm 3%", "Giảm 3,5%", "Rà soát vào cuối năm", "", "Theo kết quả rà soát hộ nghèo năm 2022", ["pending", "the reduction is measured by the year-end review, not yet held"]],
    ["6", "Số lao động được giải quyết việc làm mới", "người", 60, 70, 72, undefined, "Trong đó 38 lao động đi làm việc ngoài tỉnh", ["exceeded", "72 against the council's 70"]],
    ["7", "Tỷ lệ trẻ 6 tuổi vào lớp 1", "%", 100, 100, "Tuyển sinh tháng 8/2022", "", "", ["pending", "enrolment takes place in August"]],
    ["III", "QUỐC PHÒNG - AN NINH", "", "", "", "", "", "", null],
    ["8", "Giao quân (nhập ngũ)", "thanh niên", 12, 12, 12, undefined, "Hoàn thành ngày 12/02/2022", ["met", "12 of 12 handed over in February: the call-up is done"]],
  ];
  rows.forEach(([tt, ct, dvt, h, x, th, pcell, note, st], i) => {
    const r = 10 + i;
    const section = /^[IV]+$/.test(tt);
    const pc: CellInput = pcell !== undefined ? pcell : typeof th === "number" && typeof x === "number" ? { v: `=ROUND(F${r}/E${r}*100,2)`, fmt: "0.00", result: Math.round((th / x) * 10000) / 100 } : "";
    const num = (v: CellInput): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? "#,##0" : "0.0" } : v);
    s.row(`A${r}`, [tt, ct, dvt, num(h), num(x), num(th), pc, note], section ? { ...bd, bold: true } : bd);
    s.set(`B${r}`, ct, { border: true, wrap: true, bold: section });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    if (st) s.expect(`F${r}`, { indicator: ct, target: `${typeof x === "number" ? viNumber(x) : x} (Nghị quyết HĐND xã, column E)`, status: st[0], why: st[1] });
  });
  const last = 10 + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu Nghị quyết HĐND xã bằng hoặc cao hơn chỉ tiêu huyện giao; kết quả thực hiện đánh giá theo chỉ tiêu Nghị quyết HĐND xã.",
    "- Số liệu 6 tháng ước thực hiện đến ngày 30/6/2022.",
  ]);
  signature(s, last + 6, { col: "B", title: "CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN", name: "Ksor H'Mai" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: "Rơ Ô Thuận" });
  b.facts = {
    sheet: "Bieu chi tieu 6 thang",
    headerRows: "8-9 (\"Kế hoạch năm 2022\" merged over Huyện giao / Nghị quyết HĐND xã)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Nghị quyết HĐND xã), as the notes say; column D (Huyện giao) is not the target",
    actualColumns: "F (Thực hiện 6 tháng: numbers, \"17.919 con/14.066 con\", text)",
    ignoreColumns: "A (TT), C (ĐVT), D (Huyện giao), G (the commune's own percent), H (Ghi chú)",
    totalRows: "none (rows 11 and 14, TT 1 and 2, are totals of their sub-rows, judged against their own targets)",
    targetRows: "none",
    otherRows: `sections 10, 18, 23; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2022-06-29",
    period: "Năm 2022 (6 tháng đầu năm)",
    notes: "Two plan columns; the notes name the council's (E) as the one results are judged on. The year's targets read at the end of June: a season already harvested is final (642 ha under 650: not met, though it passes the district's 620); a figure already past the year's target is exceeded; the rest is pending, including results that wait for the year-end review or August enrolment. \"17.919 con/14.066 con\" is result over plan in one cell. The February call-up is done: met.",
  };
  return b;
}
