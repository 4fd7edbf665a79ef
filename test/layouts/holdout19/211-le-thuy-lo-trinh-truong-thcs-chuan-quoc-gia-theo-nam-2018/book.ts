// Layout 211: a district education office's roadmap of lower-secondary schools to the national standard (Lệ Thủy, Quảng Bình, programme 2015-2020), read on 15/01/2018: one row per school, the planned year as the deadline ("Năm 2016", "Công nhận lại năm 2017", "Năm 2020"), results as decision numbers with their dates in text, a date cell, sentences; a recognition a year late, one early, one awaiting its decision after its year, a school whose year was moved in the result cell, a "Sau năm 2020" horizon, the district total against a 2020 share.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện lộ trình xây dựng trường THCS đạt chuẩn quốc gia giai đoạn 2015-2020, Phòng GD&ĐT Lệ Thủy (Quảng Bình), đến ngày 15/01/2018");
  const s = b.sheet("Lo trinh chuan QG");
  s.cols([5, 24, 22, 24, 22, 44, 34]);
  titleBlock(s, {
    left: ["UBND HUYỆN LỆ THỦY", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Lệ Thủy, ngày 15 tháng 01 năm 2018",
    title: ["TIẾN ĐỘ THỰC HIỆN LỘ TRÌNH XÂY DỰNG TRƯỜNG THCS ĐẠT CHUẨN QUỐC GIA", "Giai đoạn 2015 - 2020 (theo Chương trình phát triển giáo dục huyện Lệ Thủy giai đoạn 2015-2020)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Trường", "Xã, thị trấn (vùng)", "Hiện trạng đến 31/12/2015", "Lộ trình đạt chuẩn", "Kết quả thực hiện (đến 15/01/2018)", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const date = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", align: "center" });
  // [trường, xã, hiện trạng, lộ trình, kết quả, ghi chú, status, why]
  type T = [string, string, string, string, CellInput, string, Status, string];
  const rows: T[] = [
    ["THCS Sen Thủy", "Sen Thủy", "Chưa đạt chuẩn", "Năm 2016", "Đạt chuẩn (QĐ số 3512/QĐ-UBND ngày 20/12/2016 của UBND tỉnh)", "", "met", "recognised by a decision of 20/12/2016, within 2016"],
    ["THCS Ngư Thủy Bắc", "Ngư Thủy Bắc (bãi ngang)", "Chưa đạt chuẩn", "Năm 2016", "Đạt chuẩn (QĐ số 412/QĐ-UBND ngày 15/02/2017)", "Kiểm tra tháng 12/2016", "not_met", "the decision is dated 15/02/2017, after 2016; the notes count the year by the decision's date, not the inspection's"],
    ["THCS Hoa Thủy", "Hoa Thủy", "Chưa đạt chuẩn", "Năm 2017", "Đoàn của tỉnh đã kiểm tra ngày 05/12/2017; chờ quyết định công nhận", "", "overdue", "no decision by 31/12/2017 (the notes count the decision's date); unfinished after its year"],
    ["THCS Thái Thủy", "Thái Thủy", "Chưa đạt chuẩn", "Năm 2017", "Đạt chuẩn (QĐ số 3890/QĐ-UBND ngày 28/12/2017)", "", "met", "decision of 28/12/2017, within 2017"],
    ["THCS Phong Thủy", "Phong Thủy", "Chưa đạt chuẩn", "Năm 2017", date("2017-10-18"), "Ngày ký quyết định công nhận", "met", "a date cell, 18/10/2017, within 2017 (the note says it is the decision's date)"],
    ["THCS Liên Thủy", "Liên Thủy", "Đạt chuẩn năm 2012", "Công nhận lại năm 2017", "Chưa kiểm tra công nhận lại", "Thiếu 01 phòng học bộ môn", "overdue", "re-recognition due in 2017 and not yet inspected in January 2018"],
    ["THCS Mai Thủy", "Mai Thủy", "Chưa đạt chuẩn", "Năm 2016", "Chưa đạt (thiếu 02 phòng học bộ môn); lùi sang năm 2018 theo Kế hoạch số 45/KH-PGDĐT", "", "review", "two readings: against the 2016 still written in the roadmap column (overdue), or against the 2018 the result cell says the office's own plan moved it to (pending); nothing on the sheet says which the roadmap now holds (the roadmap is the district programme's; the move is cited only in the result cell, from the office's own plan)"],
    ["THCS Kim Thủy", "Kim Thủy (miền núi, ĐBKK)", "Chưa đạt chuẩn", "Năm 2018", "Đang xây dựng 04 phòng học bộ môn", "Vốn Chương trình 135", "pending", "2018 has just begun"],
    ["THCS Lâm Thủy", "Lâm Thủy (miền núi, ĐBKK)", "Chưa đạt chuẩn", "Năm 2019", "", "", "pending", "not yet due"],
    ["THCS Dương Thủy", "Dương Thủy", "Chưa đạt chuẩn", "Năm 2020", "Đạt chuẩn (QĐ số 2978/QĐ-UBND ngày 30/10/2017)", "Về đích sớm", "met", "recognised in October 2017, before its 2020 year (a deadline met early is met)"],
    ["THCS Ngân Thủy", "Ngân Thủy (miền núi, ĐBKK)", "Chưa đạt chuẩn", "Sau năm 2020", "", "", "refuse", "\"Sau năm 2020\" sets no due date inside the programme: nothing to judge"],
  ];
  const first = 9;
  rows.forEach(([name, xa, now, plan, res, note, st, why], i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, name, xa, now, plan, res, note], bd);
    s.expect(`F${r}`, { indicator: `${name} · Đạt chuẩn quốc gia theo lộ trình`, target: plan, status: st, why, ...(res === "" ? { actual: "(trống)" } : {}) });
  });
  const tot = first + rows.length;
  s.row(`A${tot}`, ["", "Toàn huyện (24 trường THCS)", "", "14/24 trường (58,3%)", "Đến năm 2020: từ 80% số trường đạt chuẩn", "18/24 trường (75,0%)", "Số trường có quyết định còn hiệu lực"], { ...bd, bold: true });
  s.expect(`F${tot}`, { indicator: "Toàn huyện · Tỷ lệ trường THCS đạt chuẩn quốc gia", target: "Đến năm 2020: từ 80% số trường đạt chuẩn", status: "pending", why: "18/24 = 75,0, short of 80, but the target is for 2020 (the count is the 14 schools of 2015, plus the five recognised since, less Liên Thủy whose recognition has lapsed)" });
  notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Năm đạt chuẩn tính theo ngày ký quyết định công nhận (hoặc công nhận lại) của UBND tỉnh.",
    "- Danh sách gồm các trường chưa đạt chuẩn và các trường đến hạn công nhận lại đến hết năm 2017; các trường còn lại đang giữ chuẩn, không trích.",
  ]);
  signature(s, tot + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đặng Thị Thu Hà" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Hoàng Văn Lợi" });
  b.facts = {
    sheet: "Lo trinh chuan QG",
    headerRows: "8",
    nameColumn: "B (Trường)",
    target: "column E (Lộ trình đạt chuẩn: a year, \"Công nhận lại năm 2017\", \"Sau năm 2020\"; the total row's share for 2020)",
    actualColumns: "F (Kết quả thực hiện: decisions with their dates in text, a date cell, sentences)",
    ignoreColumns: "A (TT), C (Xã), D (Hiện trạng đến 31/12/2015: the baseline), G (Ghi chú)",
    totalRows: `${tot} (Toàn huyện: a count with its share against the 2020 target; judged, pending)`,
    targetRows: "none",
    otherRows: `notes ${tot + 2}-${tot + 4}; signature from ${tot + 6}`,
    asOf: "2018-01-15",
    period: "Giai đoạn 2015-2020 (read in January 2018)",
    notes: "Each school's planned year is its deadline; the year counts by the recognition decision's date (notes). A decision of February 2017 for 2016 is late; an inspection passed in December 2017 with no decision yet is unfinished past due; a school recognised in 2017 for 2020 is met early; a year moved in the result cell only is asked about; 2018-2019 pending; \"Sau năm 2020\" refused; the district's 75,0% against 80% by 2020 is pending.",
  };
  return b;
}
