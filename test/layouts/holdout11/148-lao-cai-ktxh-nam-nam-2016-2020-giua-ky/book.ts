// Layout 148: a province's five-year socio-economic plan (Lào Cai, NQ 34/NQ-HĐND 2016, 2016-2020) tracked at the end of 2017 with years side by side: KH/TH 2016, KH/ƯTH 2017 and the 2020 aim on one row per indicator; bands, reductions given as amounts, strict "Dưới", "Duy trì trên", "Đang tổng hợp"; only the 2016 and 2017 pairs are judged.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện các chỉ tiêu chủ yếu Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020 tỉnh Lào Cai, năm 2016 và ước năm 2017");
  const s = b.sheet("Bieu 01");
  s.cols([5, 44, 12, 10, 10, 10, 12, 10, 18, 24]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
    date: "Lào Cai, ngày 05 tháng 12 năm 2017",
    title: ["Biểu 01: TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH 5 NĂM 2016 - 2020", "(Theo Nghị quyết số 34/NQ-HĐND ngày 18/7/2016 của HĐND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head);
  s.merge("D8:E8", "Năm 2016", head).merge("F8:G8", "Năm 2017", head).merge("H8:H9", "TH 2015", head).merge("I8:I9", "Mục tiêu đến năm 2020", head).merge("J8:J9", "Ghi chú", head);
  s.row("D9", ["KH", "TH", "KH", "Ước TH"], head);
  s.row("A10", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], { italic: true, align: "center", border: true });
  type Row = [string, string, string, string | number, string | number, string | number, string | number, number | string, string, string, Status, string, Status, string];
  type Sec = [string, string];
  const rows: (Row | Sec)[] = [
    ["I", "CHỈ TIÊU KINH TẾ"],
    ["1", "Tốc độ tăng trưởng tổng sản phẩm (GRDP)", "%", 10.5, 10.6, "10,5 - 11", 10.8, 10.3, "Bình quân 10,5%/năm", "", "exceeded", "10,6 over 10,5", "met", "10,8 inside the band 10,5 - 11"],
    ["2", "GRDP bình quân đầu người", "Triệu đồng", 48, 49.2, 53, 52.4, 44.1, "70", "", "exceeded", "49,2 over 48", "not_met", "52,4 < 53"],
    ["3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 5500, 6012, 6200, 6200, 5480, "8.000", "", "exceeded", "6.012 over 5.500", "met", "6.200 at the plan"],
    ["II", "CHỈ TIÊU XÃ HỘI"],
    ["4", "Tỷ lệ hộ nghèo giảm", "%", "Giảm 4", 4.2, "Giảm 4", 3.8, 23.6, "Bình quân giảm 4%/năm", "Cột TH ghi mức giảm trong năm", "exceeded", "reduced by 4,2 points, over 4", "not_met", "reduced by 3,8 points, short of 4"],
    ["5", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "Dưới 18", 18.0, "Dưới 17,5", 17.2, 18.6, "Dưới 15", "", "not_met", "18,0 is not under 18 (strict \"Dưới\")", "met", "17,2 < 17,5"],
    ["6", "Số xã đạt chuẩn nông thôn mới (lũy kế)", "Xã", 18, 18, 25, 24, 12, "68", "", "met", "18 at the plan", "not_met", "24 < 25"],
    ["7", "Tỷ lệ trường đạt chuẩn quốc gia", "%", 45, "45,3", "≥ 50", "Đang tổng hợp", 41.2, "60", "", "exceeded", "\"45,3\" typed as text, over 45", "no_data", "\"Đang tổng hợp\""],
    ["8", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 96.1, "Duy trì trên 95", 96.5, 94.8, "Trên 95", "", "exceeded", "96,1 over 95", "met", "96,5 above the strict \"trên 95\""],
  ];
  let r = 11;
  const judged: number[] = [];
  for (const x of rows) {
    if (x.length === 2) {
      s.row(`A${r}`, [x[0], x[1]], { bold: true, border: true });
    } else {
      const f = (v: string | number) => (typeof v === "number" ? { v, fmt: (Number.isInteger(v) ? "#,##0" : "0.0") as "#,##0" | "0.0" } : v);
      s.row(`A${r}`, [x[0], x[1], x[2], f(x[3]), f(x[4]), f(x[5]), f(x[6]), f(x[7]), x[8], x[9]], { border: true, wrap: true, align: "center" });
      s.set(`B${r}`, x[1], { border: true, wrap: true });
      s.expect(`E${r}`, { indicator: `${x[1]} · năm 2016`, target: String(typeof x[3] === "number" ? s.text(`D${r}`) : x[3]), status: x[10], why: x[11] });
      s.expect(`G${r}`, { indicator: `${x[1]} · ước năm 2017`, target: String(typeof x[5] === "number" ? s.text(`F${r}`) : x[5]), status: x[12], why: x[13] });
      judged.push(r);
    }
    r++;
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Số liệu năm 2017 là số ước thực hiện cả năm; mục tiêu đến năm 2020 theo Nghị quyết số 34/NQ-HĐND, chưa đánh giá.", "- Chỉ tiêu giảm tỷ lệ hộ nghèo: cột TH ghi mức giảm (điểm %) trong năm."]);
  signature(s, r + 5, { col: "B", title: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", name: "" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: ".........." });
  b.facts = {
    sheet: "Bieu 01",
    headerRows: "8-9 (merged year groups), 10 (column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (KH 2016) for E; column F (KH 2017) for G; figures and text (bands, \"Giảm 4\", \"Dưới\", \"≥\", \"Duy trì trên\")",
    actualColumns: "E (TH 2016), G (Ước TH 2017)",
    ignoreColumns: "C (ĐVT), H (TH 2015, baseline), I (2020 aim, not yet due), J (Ghi chú)",
    otherRows: "11, 15 (section rows), notes and signature below the table",
    asOf: "2017-12-05",
    period: "2016-2017",
    notes: "Years side by side: each year's actual is judged against the same year's plan to its left; the 2020 aims are not due. The poverty row's actuals are the reduction achieved (points), per the note.",
  };
  return b;
}
