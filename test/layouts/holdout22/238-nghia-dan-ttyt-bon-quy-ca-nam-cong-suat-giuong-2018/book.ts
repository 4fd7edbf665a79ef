// Layout 238: a district health centre's year-end table (Trung tâm Y tế huyện Nghĩa Đàn, Nghệ An; the year is taken as 2018): four quarter columns then a whole-year column (SUM for counts, typed for rates), a percent-of-plan column, ĐVT; bed occupancy past 100% judged against its floor, a strict "Dưới" at its edge, a commune count typed "20/25 xã", an outbreak target in words.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu chuyên môn năm 2018 theo quý, Trung tâm Y tế huyện Nghĩa Đàn (Nghệ An)");
  const s = b.sheet("Chi tieu CM 2018");
  s.cols([5, 44, 9, 14, 10, 10, 10, 10, 12, 11, 26]);
  titleBlock(s, {
    left: ["SỞ Y TẾ NGHỆ AN", "TRUNG TÂM Y TẾ HUYỆN NGHĨA ĐÀN"],
    number: "Biểu 01 kèm theo Báo cáo tổng kết công tác y tế năm 2018",
    date: "Nghĩa Đàn, ngày 10 tháng 01 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYÊN MÔN NĂM 2018"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Chỉ tiêu", head).merge("C7:C8", "ĐVT", head).merge("D7:D8", "Kế hoạch năm 2018", head);
  s.merge("E7:H7", "Thực hiện theo quý", head);
  s.row("E8", ["Quý I", "Quý II", "Quý III", "Quý IV"], head);
  s.merge("I7:I8", "Thực hiện cả năm", head).merge("J7:J8", "Tỷ lệ % so KH", head).merge("K7:K8", "Ghi chú", head);
  s.row("A9", ["", "Số giường bệnh kế hoạch", "Giường", 150, "", "", "", "", 150, "", "Giường thực kê 195"], bd);
  type Kind = "sum" | "rate";
  // [chỉ tiêu, ĐVT, KH cell, quarters, kind, whole-year (rate / text), % so KH (for sums), ghi chú, status, why]
  type R = [string, string, CellInput, CellInput[], Kind, CellInput, string, Status, string];
  const f = (v: number): CellInput => ({ v, pct: true, fmt: "0.0%" });
  const rows: R[] = [
    ["Công suất sử dụng giường bệnh", "%", "≥ 85%", [f(1.22), f(1.31), f(1.36), f(1.29)], "rate", f(1.3), "Quá tải, nằm ghép", "exceeded", "130% occupancy, above the 85% floor (overcrowded, but the target is a floor)"],
    ["Tổng số lần khám bệnh", "Lượt", 95000, [26870, 28410, 30150, 29520], "sum", null, "", "exceeded", "114.950 visits, 121% of the 95.000 planned"],
    ["Số bệnh nhân điều trị nội trú", "Người", 9800, [2950, 3120, 3340, 3232], "sum", null, "", "exceeded", "12.642 in-patients, 129% of the 9.800 planned"],
    ["Ngày điều trị trung bình", "Ngày", "≤ 6,5", [6.4, 6.1, 6.3, 6.0], "rate", { v: 6.2, fmt: "0.0" }, "", "met", "6,2 days, within the 6,5 cap"],
    ["Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95%", [f(0.241), f(0.498), f(0.762), f(1)], "rate", f(1), "Cộng dồn theo quý", "exceeded", "100%, above 95% (quarters are running totals)"],
    ["Tỷ lệ phụ nữ đẻ được khám thai ≥ 3 lần trong 3 thời kỳ", "%", "≥ 90%", [f(0.874), f(0.892), f(0.881), f(0.886)], "rate", f(0.887), "", "not_met", "88,7%, under 90%; the year is over"],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "Dưới 11,5%", ["", { v: 0.118, pct: true, fmt: "0.0%" }, "", ""], "rate", f(0.115), "Số liệu cân đo tháng 6/2018", "not_met", "11,5%, not under the strict 11,5%"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "%", "Giảm 0,5%", [f(0.123), f(0.121), f(0.12), f(0.12)], "rate", f(0.12), "Năm 2017: 12,4%", "review", "12,4% to 12,0%: down 0,4 points (short of 0,5 if the target means points) but down 3,2% of last year's rate (past 0,5% if it means a relative fall); nothing on the sheet decides"],
    ["Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã", "%", "≥ 80%", ["", "", "", ""], "rate", "20/25 xã", "Giai đoạn đến 2020", "met", "20 of 25 communes = 80%, at the floor"],
    ["Dịch bệnh truyền nhiễm", "", "Không để dịch lớn xảy ra", ["", "", "", ""], "rate", "Không có dịch lớn", "Sốt xuất huyết: 14 ca tản phát", "met", "no large outbreak, as targeted"],
  ];
  rows.forEach(([ct, dvt, kh, q, kind, year, note, st, why], i) => {
    const r = 10 + i;
    const yearCell: CellInput = kind === "sum" ? { v: `=SUM(E${r}:H${r})`, fmt: "#,##0", result: (q as number[]).reduce((a, x) => a + x, 0) } : year;
    const pctCell: CellInput = kind === "sum" ? { v: `=I${r}/D${r}`, pct: true, fmt: "0%", result: (q as number[]).reduce((a, x) => a + x, 0) / (kh as number) } : "";
    const qs = kind === "sum" ? q.map((x) => ({ v: x as number, fmt: "#,##0" as const })) : q;
    s.row(`A${r}`, [i + 1, ct, dvt, typeof kh === "number" ? { v: kh, fmt: "#,##0" } : kh, ...qs, yearCell, pctCell, note], bd);
    s.set(`B${r}`, ct, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`I${r}`, { indicator: ct, target: typeof kh === "number" ? `${kh.toLocaleString("de-DE")} ${dvt.toLowerCase()} (Kế hoạch năm 2018)` : (kh as string), status: st, why });
  });
  notes(s, 21, "B", [
    "Ghi chú:",
    "- Cột \"Thực hiện cả năm\": chỉ tiêu số lượng là tổng 4 quý; chỉ tiêu tỷ lệ là số liệu cả năm (không cộng các quý).",
    "- Tỷ lệ tiêm chủng theo quý là số cộng dồn từ đầu năm.",
  ]);
  signature(s, 25, { col: "B", title: "PHÒNG KẾ HOẠCH - NGHIỆP VỤ", name: "Nguyễn Thị Lam" }, { col: "I", title: "GIÁM ĐỐC", name: "Hoàng Văn Thắng" });
  b.facts = {
    sheet: "Chi tieu CM 2018",
    headerRows: "7-8 (Thực hiện theo quý merged over Quý I-IV)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2018: counts, or words \"≥ 85%\", \"≤ 6,5\", \"Dưới 11,5%\", \"Không để dịch lớn xảy ra\")",
    actualColumns: "I (Thực hiện cả năm: SUM of the quarters for counts; typed rates, \"20/25 xã\" and a sentence otherwise)",
    ignoreColumns: "A (TT), C (ĐVT), E-H (quarters), J (percent of plan, derived), K (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "9 (Số giường bệnh kế hoạch: the bed count behind the occupancy, not judged); notes 21-23; signature from 25",
    asOf: "2019-01-10",
    period: "2018",
    notes: "Only the whole-year column is judged; the quarters are partial (counts) or running totals (immunisation). Bed occupancy at 130% passes its 85% floor. \"Dưới 11,5%\" is strict: 11,5% fails. \"20/25 xã\" is 80%, at its floor. \"Giảm 0,5%\" for the third-child rate (12,4% to 12,0%) reads two ways, points (not met) or relative (met): review. The outbreak target is met by \"Không có dịch lớn\". The year is over: short is not met.",
  };
  return b;
}
