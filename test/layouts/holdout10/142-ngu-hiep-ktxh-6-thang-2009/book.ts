// Layout 142: a commune's six-month report to its council against the year's targets (xã Ngũ Hiệp, Thanh Trì, Hà Nội, 2009): year plans read at mid-year (pending unless already reached or already missed for good), "% so KH" and "so cùng kỳ" ratio columns, a deadline by quarter among figures, a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội 6 tháng đầu năm 2009, UBND xã Ngũ Hiệp (trình kỳ họp thứ 13 HĐND xã)");
  const s = b.sheet("6 thang 2009");
  s.cols([5, 44, 14, 16, 16, 10, 10, 26, 12]);
  titleBlock(s, {
    left: ["UBND HUYỆN THANH TRÌ", "UBND XÃ NGŨ HIỆP"],
    date: "Ngũ Hiệp, ngày 10 tháng 7 năm 2009",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2009", "(Kèm theo Báo cáo của UBND xã tại kỳ họp thứ 13 HĐND xã khóa XIX)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2009", "Thực hiện 6 tháng", "% so KH", "So cùng kỳ (%)", "Ghi chú", "TH 6 tháng 2008"], { bold: true, align: "center", wrap: true, border: true });
  type Row = [string, string, string, CellInput, CellInput, boolean, CellInput, string, CellInput, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", false, "", "", "", null, ""];
  const n = (v: number, fmt: "0.0" | "#,##0" = "0.0"): CellInput => ({ v, fmt });
  const rows: Row[] = [
    sec("I", "KINH TẾ"),
    ["1", "Tổng giá trị sản xuất", "tỷ đồng", n(120), { v: "=SUM(E11:E13)", result: 61.6, fmt: "0.0" }, true, n(117.3), "", n(52.5), "pending", "61,6 = 51,3% of the year plan at mid-year"],
    ["", "- Thương mại - dịch vụ", "tỷ đồng", n(55), n(28.6), true, n(115.8), "", n(24.7), "pending", "52%, the year is not over"],
    ["", "- Sản xuất tiểu thủ công nghiệp", "tỷ đồng", n(40), n(20.4), true, n(120.7), "", n(16.9), "pending", "51%"],
    ["", "- Sản xuất nông nghiệp", "tỷ đồng", n(25), n(12.6), true, n(115.6), "", n(10.9), "pending", "50,5%"],
    ["2", "Tốc độ tăng trưởng kinh tế", "%", n(17), n(23.7), false, "", "6 tháng so cùng kỳ", "", "pending", "a half-year growth over the same period is not the year's growth; the year's is known in December"],
    ["3", "Thu nhập bình quân đầu người", "đồng/người/năm", n(10000000, "#,##0"), "Chưa tính", false, "", "Tính vào cuối năm", "", "pending", "computed at year end"],
    ["4", "Thu ngân sách xã", "triệu đồng", n(3200, "#,##0"), n(3350, "#,##0"), true, n(131.2), "Có khoản thu đấu giá đất dịch vụ", n(2553, "#,##0"), "exceeded", "3.350 already above the year's 3.200"],
    sec("II", "VĂN HÓA - XÃ HỘI"),
    ["5", "Số hộ nghèo", "hộ", "Giảm từ 28 hộ xuống còn 23 hộ", n(25, "#,##0"), false, "", "", "", "pending", "25 now; the year's aim of 23 is judged at year end"],
    ["6", "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa", "%", n(90), "", false, "", "Bình xét vào tháng 12", "", "pending", "blank: assessed in December"],
    ["7", "Xây dựng mới làng, khu dân cư văn hóa cấp huyện", "làng / khu", "2 làng và 2 khu dân cư", "Đã đăng ký 2 làng, 2 khu", false, "", "", "", "pending", "registered; recognition at year end"],
    ["8", "Giao quân năm 2009", "thanh niên", n(15, "#,##0"), n(15, "#,##0"), true, "", "Giao quân ngày 18/02/2009", "", "met", "15 of 15 sent in February: the year's only call-up"],
    ["9", "Số trường hợp sinh con thứ 3 trở lên", "trường hợp", "Không quá 5", n(6, "#,##0"), false, "", "", n(4, "#,##0"), "not_met", "6 already over the year's cap of 5: births counted cannot fall"],
    ["10", "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 98", n(49.5), false, "", "", n(48.7), "pending", "a half-year share of the year's cohort"],
    sec("III", "XÂY DỰNG CƠ BẢN, ĐỊA CHÍNH"),
    ["11", "Khởi công xây dựng Trường mầm non Ngũ Hiệp (khu B)", "công trình", "Quý II/2009", "Khởi công ngày 12/5/2009", false, "", "", "", "met", "started 12/5, inside quarter II"],
    ["12", "Hoàn thành cấp giấy chứng nhận QSD đất ở cho các hộ còn lại", "hộ", "Tháng 9/2009", "Đang thực hiện (84/120 hộ)", false, "", "", "", "pending", "due in September"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    const secRow = x[9] === null;
    const num = (c: CellInput) => { const o = c as { v: number; result?: number }; return o.result ?? o.v; };
    const pct: CellInput = x[5] ? { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((num(x[4]) / num(x[3])) * 1000) / 10, fmt: "0.0" } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], pct, x[6], x[7], x[8]], { border: true, wrap: true, bold: secRow, align: secRow ? "left" : "center" });
    if (x[9]) s.expect(`E${r}`, { indicator: x[1].replace(/^- /, "Giá trị sản xuất "), target: typeof x[3] === "object" && x[3] !== null ? String((x[3] as { v: number }).v) : String(x[3]), status: x[9], why: x[10] });
  });
  s.hideCols("I");
  notes(s, 29, "B", ["Ghi chú:", "- Giá trị sản xuất tính theo giá cố định năm 1994.", "- Các chỉ tiêu năm được đánh giá chính thức tại kỳ họp cuối năm."]);
  signature(s, 33, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thoa" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: "Đỗ Văn Hùng" });
  b.facts = {
    sheet: "6 thang 2009",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu; \"- …\" lines are parts of row 1)",
    target: "column D (Kế hoạch năm 2009: figures and text: \"Giảm … xuống còn 23 hộ\", \"Không quá 5\", \"≥ 98\", \"Quý II/2009\", \"Tháng 9/2009\")",
    actualColumns: "E (Thực hiện 6 tháng)",
    ignoreColumns: "F (% so KH, derived), G (so cùng kỳ), H (Ghi chú), I (hidden: six months of 2008)",
    otherRows: "9, 17, 24 (section rows I-III), 29-31 (notes), signature from 33",
    asOf: "2009-07-10",
    period: "2009",
    notes: "Year targets at mid-year: pending unless already reached (budget revenue, the February call-up), already missed for good (a cap on a count that only grows) or dated within the half-year (quarter II).",
  };
  return b;
}
