// Layout 196: a district's nine-month table of its 2018 socio-economic plan read in October (Nghĩa Hành, Quảng Ngãi): indicator list with section rows, the year's plan, the nine-month figure, an IF/ROUND "% so KH" column, last year's same period; year targets already reached (met), still short (pending), a share held above its floor, a June child-weighing figure that is the year's, a commune awaiting its NTM decision typed "3 (… đang thẩm định)", growth "13,8 (so cùng kỳ)" as text, a strict "Trên 85%" at 85,0 mid-year.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng đầu năm 2018 so với kế hoạch năm, huyện Nghĩa Hành (Quảng Ngãi)");
  const s = b.sheet("9 thang 2018");
  s.cols([6, 44, 14, 16, 18, 11, 16, 32]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "HUYỆN NGHĨA HÀNH"],
    date: "Nghĩa Hành, ngày 17 tháng 10 năm 2018",
    title: ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2018", "(Kèm theo Công văn chỉ đạo thực hiện hoàn thành kế hoạch phát triển kinh tế - xã hội năm 2018)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2018", "Thực hiện 9 tháng năm 2018", "% so KH", "Cùng kỳ năm 2017", "Ghi chú"], head);
  s.row("A9", ["A", "B", "C", "1", "2", "3 = 2/1", "4", "5"], { align: "center", italic: true, border: true });
  const num = (v: number | string, unit = ""): CellInput => (typeof v === "number" ? { v, fmt: unit === "%" ? "0.0" : Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.0" } : v);
  type X = [string, string, number | string, number | string, number | string, string, Status, string];
  const sections: [string, string, X[]][] = [
    ["I", "CHỈ TIÊU KINH TẾ", [
      ["Tổng giá trị sản xuất (giá so sánh 2010)", "triệu đồng", 3250000, 2426254, 2132000, "", "pending", "2.426.254 of 3.250.000 = 74,65% of the year's plan after nine months: not yet due (year-end target)"],
      ["Tốc độ tăng giá trị sản xuất", "%", "Tăng 12,5% trở lên", "13,8 (so cùng kỳ)", "12,1", "Nông nghiệp 9,9; CN-XD 10,9; TM-DV 19", "pending", "13,8% is the nine-month growth against the same period; the target is the year's growth, known only at year end"],
      ["Tổng sản lượng lương thực có hạt", "tấn", 52000, 53120, 51480, "Đã thu hoạch xong vụ Đông Xuân và Hè Thu", "exceeded", "both crops of the year are harvested: 53.120 already above 52.000"],
      ["Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 45000, 46230, 39850, "", "exceeded", "revenue only grows: 46.230 already above the year's 45.000"],
      ["Diện tích trồng rừng tập trung", "ha", 1200, 1250, 1105, "", "exceeded", "1.250 ha planted, above 1.200"],
      ["Số xã đạt chuẩn nông thôn mới (lũy kế)", "xã", 4, "3 (xã Hành Thuận đang thẩm định)", 3, "", "pending", "3 recognised; the fourth is under appraisal with the year not over: not yet due"],
    ]],
    ["II", "CHỈ TIÊU VĂN HÓA - XÃ HỘI", [
      ["Tỷ lệ hộ nghèo", "%", "Giảm còn 9,5%", "Chưa điều tra", "11,6", "Điều tra, rà soát hộ nghèo từ tháng 10/2018", "pending", "the year's poverty survey starts in October: not yet due"],
      ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Từ 90% trở lên", 91.2, 88.7, "", "exceeded", "a coverage share held now: 91,2 above the floor"],
      ["Số lao động được giải quyết việc làm mới", "lao động", 1500, 1180, 1090, "", "pending", "1.180 of 1.500 after nine months: not yet due"],
      ["Số trường đạt chuẩn quốc gia (lũy kế)", "trường", 38, 38, 35, "", "met", "38 of 38"],
      ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "Dưới 12,5%", 12.8, 13.4, "Số liệu cân đo ngày 01-02/6/2018 (số liệu chính thức của năm)", "not_met", "the June weighing is the year's official figure (Ghi chú): 12,8 is not under 12,5"],
    ]],
    ["III", "CHỈ TIÊU MÔI TRƯỜNG", [
      ["Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "%", 95, 95.0, 94.1, "", "met", "95,0 at 95"],
      ["Tỷ lệ chất thải rắn ở thị trấn được thu gom", "%", "Trên 85%", 85.0, 82.5, "", "pending", "85,0 is not above 85 yet, with a quarter left in the year: short mid-year is not yet due"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [code, title, rows] of sections) {
    s.row(`A${r}`, [code, title, "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of rows) {
      n++;
      const pct: CellInput = { v: `=IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r})),ROUND(E${r}/D${r}*100,2),"")`, result: typeof x[2] === "number" && typeof x[3] === "number" ? Math.round((x[3] / x[2]) * 10000) / 100 : "", fmt: "0.00" };
      s.row(`A${r}`, [n, x[0], x[1], num(x[2], x[1]), num(x[3], x[1]), pct, num(x[4], x[1]), x[5]], { border: true, wrap: true });
      s.expect(`E${r}`, { indicator: x[0], target: typeof x[2] === "number" ? `${String(x[2]).replace(".", ",")} (kế hoạch năm 2018)` : `${x[2]} (kế hoạch năm 2018)`, status: x[6], why: x[7] });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Số liệu thực hiện tính đến ngày 30/9/2018; kế hoạch năm theo Nghị quyết của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2018.",
    "- Cột 4: số liệu cùng kỳ năm 2017 (9 tháng), để so sánh.",
  ]);
  signature(s, last + 6, { col: "B", title: "PHÒNG TÀI CHÍNH - KẾ HOẠCH", name: "Võ Văn Tâm" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Nguyễn Văn Minh" });
  b.facts = {
    sheet: "9 thang 2018",
    headerRows: "8, 9 (column codes)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2018)",
    actualColumns: "E (Thực hiện 9 tháng năm 2018)",
    ignoreColumns: "C (ĐVT), F (% so KH, derived), G (cùng kỳ 2017), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows ${sectionRows.join(", ")}; column-code row 9; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2018-10-17",
    period: "Năm 2018 (đọc sau 9 tháng)",
    notes: "A year's plan read after nine months: counts already at or above the plan are met or exceeded (harvest done, revenue, forest, schools), counts still short are pending, the year's growth and poverty rate are not known yet (pending), a share held above its floor is judged now, while a share short of a strict \"Trên 85%\" is pending. The child-weighing figure is taken once a year in June and the Ghi chú calls it the year's official figure: 12,8 fails \"Dưới 12,5%\" now. \"3 (xã Hành Thuận đang thẩm định)\" is a count with the fourth commune under appraisal (pending).",
  };
  return b;
}
