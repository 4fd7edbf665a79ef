// Layout 17: a provincial department's mid-year preschool figures (Hải Dương, 2017-2018): plan, same time last year, done so far, estimate for the year, ratio to plan.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số liệu giáo dục mầm non học kỳ I và ước thực hiện năm học 2017-2018, Sở GDĐT Hải Dương");
  const s = b.sheet("MN HKI 2017-2018");
  s.cols([6, 44, 8, 12, 12, 12, 12, 11, 18]);
  titleBlock(s, {
    left: ["UBND TỈNH HẢI DƯƠNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hải Dương, ngày 20 tháng 01 năm 2018",
    title: ["MỘT SỐ CHỈ TIÊU GIÁO DỤC MẦM NON", "Học kỳ I và ước thực hiện năm học 2017-2018"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm học 2017-2018", "Cùng kỳ năm học 2016-2017", "Thực hiện đến 31/12/2017", "Ước thực hiện cả năm học", "So với kế hoạch (%)", "Ghi chú"], head);
  s.row("A9", ["A", "B", "C", "1", "2", "3", "4", "5=4/1", "6"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  const p = (v: number) => ({ v, pct: true, fmt: "0.00%" as const });
  type Row = [string, string, string, CellInput, CellInput, CellInput, CellInput, Status, string];
  const rows: Row[] = [
    ["1", "Tỷ lệ huy động trẻ nhà trẻ ra lớp", "%", p(0.35), p(0.3305), p(0.3436), p(0.35), "met", "35,00% = 35%"],
    ["2", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", p(0.97), p(0.9655), p(0.97), p(0.972), "exceeded", "97,2% > 97%"],
    ["3", "Tỷ lệ trẻ 5 tuổi ra lớp", "%", p(1), p(1), p(1), p(1), "met", ""],
    ["4", "Tỷ lệ trẻ ăn bán trú tại trường", "%", p(0.98), p(0.9366), p(0.9717), p(0.975), "not_met", "97,5% < 98%"],
    ["5", "Số trường mầm non đạt chuẩn quốc gia", "Trường", 170, 148, 158, 165, "not_met", "the estimate for the year, 165, is below 170"],
    ["6", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "50%", "44,58%", "47,59%", "49,70%", "not_met", "text percentages; 49,7% < 50%"],
    ["7", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "%", "Dưới 5%", 3.6, 3.4, 3.2, "met", "3,2 under ĐVT % is 3,2%"],
    ["8", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 6%", 6.5, 6.3, 6.1, "not_met", "6,1% is not below 6%"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    const ratio = typeof x[3] === "object" || typeof x[3] === "number" ? { v: `=ROUND(G${r}/D${r}*100,1)`, fmt: "0.0" as const } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], ratio, ""], bd);
    s.expect(`G${r}`, { indicator: x[1], target: typeof x[3] === "object" ? `${((x[3] as { v: number }).v * 100).toFixed(0)}% (ô định dạng %)` : String(x[3]), status: x[7], why: x[8] });
  });
  s.set("B19", "Ghi chú: Cột 4 là số ước thực hiện đến hết năm học, dùng để đánh giá kế hoạch năm học.", { italic: true });
  signature(s, 21, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Vũ Thị Hòa" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Lê Văn Thông" });
  b.facts = {
    sheet: "MN HKI 2017-2018",
    headerRows: "8 (row 9 numbers the columns A, B, C, 1-6, with \"5=4/1\")",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm học: percent cells, a count, text \"50%\", \"Dưới 5%\")",
    actualColumns: "G (Ước thực hiện cả năm học), as the note under the table says",
    ignoreColumns: "E (Cùng kỳ: last year), F (Thực hiện đến 31/12/2017: progress, not the year figure), H (ratio formula), I (Ghi chú)",
    otherRows: "9 (column numbers), 19 (note), 21-27 (signature)",
    asOf: "2018-01-20",
    period: "2017-2018",
    notes: "Three columns hold figures of the same indicator; only the estimate for the whole year answers the year plan.",
  };
  return b;
}
