// Layout 245: a commune's six-month table for its council (UBND xã Quế Phú, Quế Sơn, Quảng Nam, July 2016): the year's plan, a column per quarter, six months as a SUM of the quarters (typed for the rice area), same period last year beside it, a percent-of-plan formula, and a hidden detail row; read in mid-July: revenue past the year's plan exceeded, sums short pending, the harvested winter-spring rice short not met, a criteria count short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2016 theo quý, xã Quế Phú (Quế Sơn, Quảng Nam)");
  const s = b.sheet("6 thang 2016");
  s.cols([5, 44, 10, 11, 10, 10, 11, 11, 10, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN QUẾ SƠN", "UBND XÃ QUẾ PHÚ"],
    number: "Phụ lục kèm Báo cáo số 38/BC-UBND",
    date: "Quế Phú, ngày 12 tháng 7 năm 2016",
    title: ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2016", "(Trình kỳ họp thứ 2 HĐND xã khóa XI)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "KH năm 2016 (NQ HĐND xã)", head);
  s.merge("E8:G8", "Thực hiện năm 2016", head);
  s.row("E9", ["Quý I", "Quý II", "6 tháng"], head);
  s.merge("H8:H9", "Cùng kỳ 2015 (6 tháng)", head).merge("I8:I9", "6 tháng so KH năm (%)", head).merge("J8:J9", "Ghi chú", head);
  // [name, ĐVT, KH, Q1, Q2, 6T (null: SUM), cùng kỳ, note, verdict (null: hidden detail row)]
  type R = [string, string, CellInput, CellInput, CellInput, CellInput | null, CellInput, string, [Status, string] | null];
  const rows: R[] = [
    ["Tổng giá trị sản xuất (giá hiện hành)", "Tỷ đồng", 195, 52.4, 58.9, null, 98.6, "", ["pending", "111,3 of 195 billion after six months: the year is not over"]],
    ["Giá trị sản xuất CN-TTCN và thương mại - dịch vụ", "Tỷ đồng", 126.3, 34.5, 37.5, null, 63.1, "", ["pending", "72 of 126,3 billion (57,0%) after six months"]],
    ["Thu ngân sách xã", "Triệu đồng", 2500, 1420, 1830, null, 2010, "Thu tiền sử dụng đất tăng", ["exceeded", "3.250 million collected by June, 130% of the year's 2.500: revenue already past the plan"]],
    ["Trong đó: thu bổ sung từ ngân sách cấp trên", "Triệu đồng", 1800, 450, 460, null, 880, "Chi tiết của mục 3, không giao chỉ tiêu riêng", null],
    ["Diện tích lúa vụ Đông Xuân", "Ha", 410, 402, "-", 402, 405, "Đã thu hoạch xong", ["not_met", "402 of 410 ha; the winter-spring season is harvested, so the area is final"]],
    ["Số tiêu chí nông thôn mới đạt", "Tiêu chí", "14/19", "", "", "12/19", "10/19", "Lộ trình 19/19 năm 2018", ["pending", "12 of the 14 criteria planned for 2016 by July"]],
    ["Giảm tỷ lệ hộ nghèo", "%", "Giảm 1,5%", "", "", "Rà soát cuối năm", "", "", ["pending", "the reduction is known after the year-end review"]],
    ["Tỷ lệ dân số tham gia BHYT", "%", "≥ 80", "", "", 82.4, 78.9, "", ["exceeded", "82,4% covered, above the floor of 80%"]],
    ["Giao quân", "Thanh niên", 15, 15, "", null, 14, "Hoàn thành tháng 02/2016", ["met", "15 of 15, done in February"]],
  ];
  let hidden = 0;
  rows.forEach(([name, dvt, kh, q1, q2, six, ck, note, v], i) => {
    const r = 10 + i;
    const sum = typeof q1 === "number" && six === null ? (q1 as number) + (typeof q2 === "number" ? (q2 as number) : 0) : null;
    const sixCell: CellInput = six === null ? { v: `=SUM(E${r}:F${r})`, result: Math.round((sum as number) * 100) / 100 } : six;
    const sixNum = six === null ? sum : typeof six === "number" ? six : null;
    const pct: CellInput = typeof kh === "number" && sixNum !== null ? { v: `=ROUND(G${r}/D${r}*100,1)`, fmt: "0.0", result: Math.round((sixNum / (kh as number)) * 1000) / 10 } : "";
    s.row(`A${r}`, [v ? String(i + 1 - hidden) : "", name, dvt, kh, q1, q2, sixCell, ck, pct, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true, italic: !v });
    s.set(`J${r}`, note, { border: true, wrap: true, italic: true });
    if (!v) {
      s.hideRows(r);
      hidden++;
      return;
    }
    const tgt = typeof kh === "number" ? `${String(kh).replace(".", ",")} ${dvt} (KH năm 2016, column D)` : `${kh}${dvt === "%" && !/%/.test(String(kh)) ? " %" : ""} (KH năm 2016, column D)`;
    s.expect(`G${r}`, { indicator: name, target: tgt, status: v[0], why: v[1] });
  });
  notes(s, 20, "B", [
    "Ghi chú:",
    "- Cột \"6 tháng\" = Quý I + Quý II; diện tích gieo trồng ghi theo vụ.",
    "- Cột \"Cùng kỳ 2015\" để so sánh, không phải kết quả năm 2016.",
  ]);
  signature(s, 24, { col: "B", title: "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", name: "Trần Thị Thu Hà" }, { col: "G", title: "TM. UBND XÃ - CHỦ TỊCH", name: "Nguyễn Văn Phú" });
  b.facts = {
    sheet: "6 thang 2016",
    headerRows: "8-9 (Thực hiện năm 2016 over Quý I / Quý II / 6 tháng)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (KH năm 2016: numbers in the ĐVT of column C, or words \"14/19\", \"Giảm 1,5%\", \"≥ 80\")",
    actualColumns: "G (6 tháng: SUM of E-F, or typed)",
    ignoreColumns: "A (TT), C (ĐVT), E-F (quarters: parts of G), H (Cùng kỳ 2015), I (percent of plan, derived), J (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "13 (hidden detail row: revenue transferred from the district, not a target); notes 20-22; signature from 24",
    asOf: "2016-07-12",
    period: "2016",
    notes: "Six months of a year's plan: sums short of the year are pending; revenue already past the year's plan (130%) exceeded; the harvested winter-spring rice area short of its plan not met (final); 12 of the 14 criteria planned for 2016 pending; coverage past its floor exceeded (a level, as 236 E19); the call-up done in February met. The hidden row 13 is a detail of revenue and is not judged. Quarter columns and last year's same period are not results.",
  };
  return b;
}
