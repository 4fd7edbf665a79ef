// Layout 50: a commune's half-year table of socio-economic targets (xã Cẩm Hà, Cẩm Xuyên, Hà Tĩnh, report 218/BC-UBND, 6 months of 2022): year plans against half-year figures, "% of plan" and same-period columns, school-year rows that are already final.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2022, xã Cẩm Hà (kèm Báo cáo số 218/BC-UBND ngày 24/6/2022)");
  const s = b.sheet("Phụ lục chỉ tiêu");
  s.cols([5, 46, 11, 14, 13, 11, 13, 11, 22]);
  titleBlock(s, {
    left: ["HUYỆN CẨM XUYÊN", "ỦY BAN NHÂN DÂN XÃ CẨM HÀ"],
    date: "Cẩm Hà, ngày 24 tháng 6 năm 2022",
    title: ["PHỤ LỤC", "MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2022", "(Kèm theo Báo cáo số 218/BC-UBND ngày 24/6/2022 của UBND xã)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Thực hiện 6 tháng đầu năm 2022", "So với KH năm (%)", "Cùng kỳ năm 2021", "So với cùng kỳ (%)", "Ghi chú"], head);
  s.row("A10", ["A", "B", "C", "1", "2", "3=2/1", "4", "5=2/4", "6"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", "", "", ""], { ...bd, bold: true });
  // [no, indicator, unit, plan (as shown; number when numeric), six months, same period 2021, ratio formulas?, note, verdict, why]
  type Row = [string, string, string, CellInput, CellInput, CellInput, boolean, string, Status, string];
  const put = (r: number, x: Row) => {
    const f = (num: string, den: string): CellInput => (x[6] ? { v: `=ROUND(${num}${r}/${den}${r}*100,1)`, fmt: "0.0" } : "");
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], f("E", "D"), x[5], f("E", "G"), x[7]], bd);
    const target = typeof x[3] === "object" && x[3] !== null ? String((x[3] as { v: number }).v).replace(/\B(?=(\d{3})+(?!\d))/g, ".") : String(x[3]);
    s.expect(`E${r}`, { indicator: x[1], target: `${target} (Kế hoạch năm 2022)`, status: x[8], why: x[9] });
  };
  const n = (v: number): CellInput => ({ v, fmt: "#,##0" });
  sec(11, "I", "KINH TẾ");
  put(12, ["1", "Tổng diện tích gieo trồng", "ha", n(1150), 585, 580, true, "Vụ Xuân; vụ Hè Thu đang gieo", "pending", "a year total after six months: the summer crop is still to come (50,9% of the plan is not a shortfall)"]);
  put(13, ["2", "Sản lượng lương thực có hạt", "tấn", n(6200), n(3310), n(3150), true, "", "pending", "a year total, half-way"]);
  put(14, ["3", "Tổng thu ngân sách trên địa bàn", "triệu đồng", n(5200), n(2148), n(1960), true, "", "pending", "41,3% of the year plan after six months: not yet due"]);
  sec(15, "II", "VĂN HÓA - XÃ HỘI");
  put(16, ["4", "Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học (năm học 2021-2022)", "%", "100%", 99.7, 100, false, "01 em chưa hoàn thành lớp 2", "not_met", "the school year 2021-2022 has ended: the figure is final; 99,7 < 100"]);
  put(17, ["5", "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS (năm học 2021-2022)", "%", "Trên 98%", 99.2, 98.5, false, "", "met", "final for the school year; 99,2 > 98 (\"Trên\" is strict and satisfied)"]);
  put(18, ["6", "Huy động trẻ 6 tuổi vào lớp 1", "%", "100%", "", 100, false, "Tuyển sinh tháng 8/2022", "pending", "enrolment happens in August 2022: nothing to judge yet"]);
  put(19, ["7", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95%", 47.5, 46.8, false, "Lũy kế", "pending", "a cumulative rate over the year (47,5 after six months)"]);
  put(20, ["8", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92%", 90.5, 89.7, false, "", "pending", "the year's target is due 31/12/2022; 90,5 in June is not a shortfall yet"]);
  put(21, ["9", "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", "90%", "Chưa bình xét", "", false, "Bình xét cuối năm", "pending", "judged at the end of the year"]);
  put(22, ["10", "Tỷ lệ hộ nghèo giảm", "%", "Giảm 0,5%", "", "", false, "Rà soát hộ nghèo quý IV", "pending", "counted in the fourth quarter"]);
  sec(23, "III", "QUỐC PHÒNG - AN NINH");
  put(24, ["11", "Giao quân", "%", "Đạt 100% chỉ tiêu", 100, 100, false, "Giao quân tháng 2/2022", "met", "the year's only intake (February 2022) is done: final, 100%"]);
  signature(s, 26, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Hoa" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Nguyễn Văn Hùng" });
  b.facts = {
    sheet: "Phụ lục chỉ tiêu",
    headerRows: "9 (row 10 numbers the columns: 3=2/1, 5=2/4)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2022)",
    actualColumns: "E (Thực hiện 6 tháng đầu năm 2022)",
    ignoreColumns: "F (So với KH năm: 2/1, a ratio, not a figure to judge), G (Cùng kỳ năm 2021: last year), H (So với cùng kỳ: 2/4), I (Ghi chú)",
    otherRows: "10 (column numbers), 11, 15, 23 (sections I-III), 26-32 (signature)",
    asOf: "2022-06-24",
    period: "2022",
    notes: "Year plans checked half-way: totals and rates that build up over the year are pending (not shortfalls) although they are below the plan; rows about the school year 2021-2022, which has ended, and the February army intake are final and judged. The \"So với KH năm (%)\" column (41,3 for the budget) is not an achievement rate to judge.",
  };
  return b;
}
