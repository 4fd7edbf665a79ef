// Layout 244: a commune's year-end table (UBND xã Giáp Sơn, Lục Ngạn, Bắc Giang, 2017) where each indicator takes two rows, "Kế hoạch" over "Thực hiện", the name merged down both, an ĐVT column, a percent-of-plan formula on the result row only, a reduction in points, a "19 tiêu chí" count typed "15/19", and a task done in words; read at the council's year-end session: final verdicts.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu kinh tế - xã hội năm 2017, xã Giáp Sơn (Lục Ngạn, Bắc Giang): dòng kế hoạch và dòng thực hiện xen kẽ");
  const s = b.sheet("KT-XH 2017");
  s.cols([5, 42, 12, 12, 14, 12, 26]);
  titleBlock(s, {
    left: ["HUYỆN LỤC NGẠN", "UBND XÃ GIÁP SƠN"],
    number: "Biểu kèm Báo cáo KT-XH năm 2017",
    date: "Giáp Sơn, ngày 08 tháng 01 năm 2018",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2017", "(Trình kỳ họp thứ 5 HĐND xã khóa XIX)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "", "ĐVT", "Năm 2017", "So KH (%)", "Ghi chú"], head);
  s.merge("B8:C8", "Chỉ tiêu", head);
  // [name, ĐVT, KH, TH, note, verdict]
  type R = [string, string, CellInput, CellInput, string, [Status, string]];
  const rows: R[] = [
    ["Tổng giá trị sản xuất các ngành", "Tỷ đồng", 465, 466.9, "", ["exceeded", "466,9 billion against 465 planned (100,41%)"]],
    ["Tổng sản lượng lương thực có hạt", "Tấn", 165, 140, "Hạn hán vụ Mùa", ["not_met", "140 of 165 tonnes (84,85%); the year's harvests are in"]],
    ["Sản lượng quả các loại", "Tấn", 2400, 2530, "", ["exceeded", "2.530 tonnes against 2.400"]],
    ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 4.2, 4.62, "", ["exceeded", "4,62 billion against 4,2"]],
    ["Giảm tỷ lệ hộ nghèo", "%", "Giảm 3% trở lên", 3.43, "Theo kết quả rà soát cuối năm 2017", ["exceeded", "a reduction of 3,43 points, above the 3 points planned"]],
    ["Số tiêu chí nông thôn mới đạt", "Tiêu chí", "15/19", "15/19", "Đạt thêm TC 2, 3, 6", ["met", "15 of 19 criteria, as planned for 2017"]],
    ["Tỷ lệ dân số tham gia BHYT", "%", "≥ 90", 87.6, "", ["not_met", "87,6% of the population insured, under 90% at the year end"]],
    ["Đưa thôn Muối đạt chuẩn nông thôn mới", "", "Hoàn thành trong năm 2017", "Đã hoàn thành, có QĐ công nhận ngày 20/12/2017", "", ["met", "the village was recognised on 20/12/2017, within the year"]],
    ["Giao quân", "Thanh niên", 12, 12, "Hoàn thành 100%", ["met", "12 of 12"]],
  ];
  const num = (x: CellInput) => typeof x === "number";
  let r = 9;
  rows.forEach(([name, dvt, kh, th, note, v], i) => {
    s.merge(`A${r}:A${r + 1}`, i + 1, { border: true, align: "center" });
    s.merge(`B${r}:B${r + 1}`, name, { border: true, wrap: true });
    s.merge(`D${r}:D${r + 1}`, dvt, { border: true, align: "center" });
    s.set(`C${r}`, "Kế hoạch", { border: true, italic: true });
    s.set(`C${r + 1}`, "Thực hiện", { border: true, bold: true });
    s.set(`E${r}`, kh, { border: true, align: "center" });
    s.set(`E${r + 1}`, th, { border: true, align: "center", wrap: true });
    s.set(`F${r}`, "", { border: true });
    const pct: CellInput = num(kh) && num(th) ? { v: `=ROUND(E${r + 1}/E${r}*100,2)`, fmt: "0.00", result: Math.round(((th as number) / (kh as number)) * 10000) / 100 } : "";
    s.set(`F${r + 1}`, pct, { border: true, align: "center" });
    s.merge(`G${r}:G${r + 1}`, note, { border: true, wrap: true, italic: true });
    const tgt = typeof kh === "number" ? `${String(kh).replace(".", ",")} ${dvt} (row ${r}, Kế hoạch)` : `${kh}${dvt === "%" && !/%/.test(String(kh)) ? " %" : ""} (row ${r}, Kế hoạch)`;
    s.expect(`E${r + 1}`, { indicator: name, target: tgt, status: v[0], why: v[1] });
    r += 2;
  });
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Mỗi chỉ tiêu gồm dòng Kế hoạch (theo Nghị quyết HĐND xã) và dòng Thực hiện.",
    "- Cột \"So KH (%)\" chỉ tính cho chỉ tiêu có số.",
  ]);
  signature(s, r + 5, { col: "B", title: "CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN", name: "Vi Văn Thắng" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: "Hoàng Văn Toàn" });
  b.facts = {
    sheet: "KT-XH 2017",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu, merged over each pair of rows)",
    target: "column E on each \"Kế hoạch\" row (9, 11, …, 25), the row above its result",
    actualColumns: "E on each \"Thực hiện\" row (10, 12, …, 26)",
    ignoreColumns: "A (TT), C (row label Kế hoạch / Thực hiện), D (ĐVT), F (ROUND percent of plan, derived), G (Ghi chú)",
    totalRows: "none",
    targetRows: "9, 11, 13, 15, 17, 19, 21, 23, 25 (Kế hoạch rows, one per indicator)",
    otherRows: "notes after the table; signature",
    asOf: "2018-01-08",
    period: "2017",
    notes: "The year is over: a result short of its plan is not met. Each plan sits in the row above its result, not in a column; a reader taking the Kế hoạch rows as indicators of their own, or the percent column as the result, goes wrong. \"Giảm 3% trở lên\" against 3,43 is a reduction in points of the poor-household rate. \"15/19\" against \"15/19\" is a count of criteria.",
  };
  return b;
}
