// Layout 141: a province's year-end estimate against the council's socio-economic targets for 2012 (Tiền Giang NQ 11/2011/NQ-HĐND): indicator list in three section rows, last year's column as the baseline of a reduction, bands and "trở lên" / "Dưới" / "Trên" in text targets, a "% so KH" ROUND column only where both are figures, the sheet's own Đánh giá (wrong twice), "Đang tổng hợp", "Duy trì", a hidden 2011 plan column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Ước thực hiện các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2012 tỉnh Tiền Giang (Nghị quyết số 11/2011/NQ-HĐND)");
  const s = b.sheet("Bieu 01");
  s.cols([5, 46, 11, 11, 11, 11, 11, 11, 26, 10]);
  titleBlock(s, {
    left: ["UBND TỈNH TIỀN GIANG", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
    number: "Biểu 01",
    date: "Tiền Giang, ngày 05 tháng 12 năm 2012",
    title: ["ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2012", "(Kèm theo báo cáo tình hình kinh tế - xã hội năm 2012 trình HĐND tỉnh; chỉ tiêu theo Nghị quyết số 11/2011/NQ-HĐND ngày 15/12/2011)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2011", "Kế hoạch năm 2012 (NQ 11)", "Ước thực hiện năm 2012", "% so KH", "Đánh giá", "Ghi chú", "KH năm 2011"], { bold: true, align: "center", wrap: true, border: true });
  s.row("A9", ["A", "B", "C", "1", "2", "3", "4=3/2", "5", "6", ""], { italic: true, align: "center", border: true });
  type Row = [string, string, string, CellInput, CellInput, CellInput, string, string, CellInput, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", "", "", "", "", null, ""];
  const n = (v: number, fmt: "0.0" | "#,##0" | "0.00" = "0.0"): CellInput => ({ v, fmt });
  const rows: Row[] = [
    sec("I", "VỀ KINH TẾ"),
    ["1", "Tốc độ tăng trưởng kinh tế (GDP)", "%", n(10.3), "11 - 12", n(10.8), "", "Không đạt", n(11), "not_met", "10,8 below the band 11-12"],
    ["2", "GDP bình quân đầu người", "triệu đồng", n(26.9), "30 trở lên", n(30.4), "", "Đạt", n(27), "exceeded", "30,4 > 30"],
    ["3", "Kim ngạch xuất khẩu", "triệu USD", n(1020, "#,##0"), n(1150, "#,##0"), n(1150, "#,##0"), "%", "Đạt", n(1000, "#,##0"), "met", "1.150 = 1.150"],
    ["4", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", n(14200, "#,##0"), n(16500, "#,##0"), n(15950, "#,##0"), "%", "Đạt", n(14000, "#,##0"), "not_met", "15.950 < 16.500 (96,7%); the sheet's \"Đạt\" is wrong"],
    ["5", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", n(4120, "#,##0"), n(4400, "#,##0"), "Đang tổng hợp", "", "", n(3900, "#,##0"), "no_data", "\"Đang tổng hợp\""],
    sec("II", "VỀ XÃ HỘI"),
    ["6", "Tỷ lệ hộ nghèo", "%", n(7.45, "0.00"), "Giảm 1,5 - 2%", n(5.9, "0.00"), "", "Đạt", "", "met", "7,45 - 5,90 = 1,55 points, inside 1,5-2 (the reduction is read against the 2011 column)"],
    ["7", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", n(13.8), "Dưới 13", n(13.0), "", "Đạt", n(14), "not_met", "13,0 is not under 13 (strict \"Dưới\"); the sheet's \"Đạt\" is wrong"],
    ["8", "Giải quyết việc làm", "lao động", n(33400, "#,##0"), n(34000, "#,##0"), n(34000, "#,##0"), "%", "Đạt", n(33000, "#,##0"), "met", "34.000 = 34.000"],
    ["9", "Tỷ lệ lao động qua đào tạo", "%", n(37), n(40), n(40.5), "%", "Đạt", n(36), "exceeded", "40,5 > 40"],
    ["10", "Số giường bệnh trên 1 vạn dân", "giường", n(19.5), n(20), n(19.8), "%", "Không đạt", n(19), "not_met", "19,8 < 20"],
    ["11", "Tỷ lệ tăng dân số tự nhiên", "%", n(1.05, "0.00"), "Dưới 1,05", n(1.02, "0.00"), "", "Đạt", "", "met", "1,02 under 1,05"],
    ["12", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", n(58), "65% trở lên", n(64.6), "", "Không đạt", n(60), "not_met", "64,6 < 65"],
    sec("III", "VỀ MÔI TRƯỜNG"),
    ["13", "Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", "%", n(85), n(88), n(88), "%", "Đạt", n(84), "met", "88,0 = 88"],
    ["14", "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", "%", n(85), "Trên 85", n(85), "", "Đạt", n(83), "not_met", "85,0 is not above 85 (strict \"Trên\")"],
    ["15", "Tỷ lệ che phủ cây xanh, cây lâu năm", "%", n(6), "Duy trì", n(6.1), "", "Đạt", "", "refuse", "\"Duy trì\" names no level to keep: nothing on the row to judge against"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    const secRow = x[9] === null;
    const pct: CellInput = x[6] === "%" ? { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round(((x[5] as { v: number }).v / (x[4] as { v: number }).v) * 1000) / 10, fmt: "0.0" } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], pct, x[7], "", x[8]], { border: true, wrap: true, bold: secRow, align: secRow ? "left" : "center" });
    if (x[9]) s.expect(`F${r}`, { indicator: x[1], target: typeof x[4] === "object" && x[4] !== null ? String((x[4] as { v: number }).v) : String(x[4]), status: x[9], why: x[10] });
  });
  s.set("I15", "Số liệu Cục Thuế tổng hợp đến 30/11", { border: true, wrap: true });
  s.set("I17", "So với tỷ lệ hộ nghèo cuối năm 2011", { border: true, wrap: true });
  s.hideCols("J");
  notes(s, 28, "B", ["Ghi chú:", "- Cột 4 chỉ tính đối với chỉ tiêu có kế hoạch là số cụ thể.", "- Tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2011-2015."]);
  signature(s, 32, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Văn Phúc" }, { col: "F", title: "GIÁM ĐỐC", name: "Nguyễn Thanh Hải" });
  b.facts = {
    sheet: "Bieu 01",
    headerRows: "8, 9 (column numbers \"4=3/2\")",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Kế hoạch năm 2012: figures and text: bands, \"trở lên\", \"Dưới\", \"Trên\", \"Giảm 1,5 - 2%\", \"Duy trì\")",
    actualColumns: "F (Ước thực hiện năm 2012)",
    ignoreColumns: "D (2011: the baseline of row 17's reduction only), G (% so KH, derived), H (the sheet's own Đánh giá, wrong on rows 14 and 18), I (Ghi chú), J (hidden: 2011 plan)",
    otherRows: "10, 16, 24 (section rows I-III), 28-30 (notes), signature from 32",
    asOf: "2012-12-05",
    period: "2012",
    notes: "Judged on the year estimate, as the council report does. \"Giảm 1,5 - 2%\" is a fall in points from the 2011 column. The sheet's Đánh giá is not the verdict.",
  };
  return b;
}
