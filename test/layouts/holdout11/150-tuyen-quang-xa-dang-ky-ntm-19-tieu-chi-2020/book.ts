// Layout 150: a province's tracking grid of the ten communes registered to reach the new-rural standard in 2020 (Tuyên Quang): communes × 19 criteria marked "x", a COUNTIF count against "19/19 tiêu chí", the count at the end of 2019 beside it, the commune's own assessment, a criterion awaiting appraisal.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi kết quả thực hiện 19 tiêu chí của các xã đăng ký đạt chuẩn nông thôn mới năm 2020, tỉnh Tuyên Quang");
  const s = b.sheet("Xa dang ky 2020");
  const crit = Array.from({ length: 19 }, (_, i) => i + 1);
  s.cols([5, 14, 11, 11, ...crit.map(() => 4), 10, 12, 14, 30]);
  titleBlock(s, {
    left: ["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI TỈNH TUYÊN QUANG"],
    date: "Tuyên Quang, ngày 08 tháng 01 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN 19 TIÊU CHÍ CỦA CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2020", "(Số liệu đến ngày 31/12/2020)"],
    leftSpan: ["A", "D"],
    rightSpan: ["L", "AA"],
    titleSpan: ["A", "AA"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Xã", head).merge("C8:C9", "Huyện", head).merge("D8:D9", "Số tiêu chí đạt đến 31/12/2019", head);
  s.merge("E8:W8", "Tiêu chí đạt đến 31/12/2020 (đánh dấu x)", head);
  s.row("E9", crit, head);
  s.merge("X8:X9", "Số tiêu chí đạt", head).merge("Y8:Y9", "Chỉ tiêu đăng ký năm 2020", head).merge("Z8:Z9", "Xã tự đánh giá", head).merge("AA8:AA9", "Ghi chú", head);
  type U = [string, string, number, number[], string, string, Status, string];
  const all = crit;
  const but = (...miss: number[]) => crit.filter((c) => !miss.includes(c));
  const units: U[] = [
    ["Trung Hòa", "Chiêm Hóa", 15, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Nhân Lý", "Chiêm Hóa", 13, but(14), "Đạt chuẩn", "Tiêu chí 14 (Giáo dục và Đào tạo): chờ Sở GD&ĐT thẩm định", "review", "COUNTIF gives 18, but criterion 14 is blank because its appraisal is pending (note), not because it failed"],
    ["Thắng Quân", "Yên Sơn", 14, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Tứ Quận", "Yên Sơn", 14, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Tiến Bộ", "Yên Sơn", 14, but(17), "Đạt chuẩn", "Tiêu chí 17 (Môi trường) chưa đạt", "not_met", "18 of 19: the commune's own \"Đạt chuẩn\" is wrong"],
    ["Phù Lưu", "Hàm Yên", 13, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Minh Dân", "Hàm Yên", 14, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Hợp Thành", "Sơn Dương", 13, but(2, 10), "Chưa đạt", "Tiêu chí 2 (Giao thông), 10 (Thu nhập) chưa đạt", "not_met", "17 of 19"],
    ["Thiện Kế", "Sơn Dương", 14, all, "Đạt chuẩn", "", "met", "19 of 19"],
    ["Thanh Tương", "Na Hang", 11, but(2, 5, 10, 17), "Chưa đạt", "Lùi sang năm 2021", "not_met", "15 of 19"],
  ];
  units.forEach((u, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], ...crit.map((c) => (u[3].includes(c) ? "x" : "")), { v: `=COUNTIF(E${r}:W${r},"x")`, result: u[3].length }, "Đạt chuẩn (19/19 tiêu chí)", u[4], u[5]], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, u[0], { border: true });
    s.set(`AA${r}`, u[5], { border: true, wrap: true });
    s.expect(`X${r}`, { indicator: `${u[0]} (${u[1]}) · Số tiêu chí nông thôn mới đạt năm 2020`, target: "19/19 tiêu chí", status: u[6], why: u[7] });
  });
  const last = 10 + units.length - 1;
  const rollUps = [s.rollUp(" · Số tiêu chí nông thôn mới đạt năm 2020", "xã")];
  s.row(`A${last + 1}`, ["", "Cộng", "", { v: `=SUM(D10:D${last})`, result: units.reduce((a, u) => a + u[2], 0) }], { border: true, bold: true, align: "center" });
  notes(s, last + 3, "B", ["Ghi chú: Tên 19 tiêu chí theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020 (1. Quy hoạch; 2. Giao thông; 3. Thủy lợi; 4. Điện; 5. Trường học; ... 10. Thu nhập; ... 14. Giáo dục và Đào tạo; ... 17. Môi trường và an toàn thực phẩm; ... 19. Quốc phòng và An ninh).", "Ô để trống: tiêu chí chưa đạt hoặc chưa được thẩm định (xem cột Ghi chú)."]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "" }, { col: "P", title: "CHÁNH VĂN PHÒNG", name: ".........." });
  b.facts = {
    sheet: "Xa dang ky 2020",
    headerRows: "8-9 (criterion numbers 1-19 in row 9)",
    nameColumn: "B (Xã), C (Huyện)",
    target: "column Y (\"Đạt chuẩn (19/19 tiêu chí)\") for the count in X",
    actualColumns: "X (COUNTIF of \"x\" over E:W)",
    ignoreColumns: "C (Huyện), D (count at 31/12/2019, the baseline), E-W (marks, read through X), Z (the commune's own assessment), AA (Ghi chú)",
    totalRows: `${last + 1} (Cộng: sums only the 2019 baseline)`,
    otherRows: "notes and signature below",
    asOf: "2021-01-08",
    period: "2020",
    rollUps,
    notes: "Judged after the year closed. Z is the commune's own verdict (Tiến Bộ's is wrong). Nhân Lý's blank criterion 14 is awaiting appraisal per its note: review.",
  };
  return b;
}
