// Layout 187: a provincial education department's progress sheet for the 2017 universal-education (PCGD-XMC) inspection (Vĩnh Long): districts × four steps, each step's deadline in a second header row ("Trong tháng 10/2017", "Chậm nhất ngày 10/11/2017", "Trước ngày 15/11/2017", a window "Từ 20/11 đến 08/12/2017"), results as sentences, date cells, blanks and "Đã gửi" without a date, read on 22/11/2017.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi tiến độ kiểm tra công nhận kết quả phổ cập giáo dục, xóa mù chữ năm 2017 theo huyện, Sở Giáo dục và Đào tạo Vĩnh Long (đến ngày 22/11/2017)");
  const s = b.sheet("Tien do PCGD-XMC 2017");
  s.cols([5, 22, 10, 30, 16, 16, 30, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH VĨNH LONG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Vĩnh Long, ngày 22 tháng 11 năm 2017",
    title: ["THEO DÕI TIẾN ĐỘ KIỂM TRA CÔNG NHẬN KẾT QUẢ PCGD-XMC NĂM 2017", "(Theo Kế hoạch kiểm tra phổ cập giáo dục tiểu học, phổ cập giáo dục THCS và xóa mù chữ năm 2017 của Sở GD&ĐT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Đơn vị", "Số xã, phường, thị trấn", "BCĐ cấp xã hoàn thành hồ sơ, tự kiểm tra, trình BCĐ huyện", "Gửi biểu thống kê, báo cáo cấp huyện về Sở", "Trình hồ sơ đề nghị Sở kiểm tra công nhận cấp huyện", "Sở GD&ĐT kiểm tra hồ sơ cấp huyện", "Ghi chú"], head);
  s.row("A9", ["", "Thời hạn", "", "Trong tháng 10/2017", "Chậm nhất ngày 10/11/2017", "Trước ngày 15/11/2017", "Từ 20/11 đến 08/12/2017 (theo lịch từng đơn vị)", ""], { ...head, italic: true });
  const D = (iso: string): CellInput => ({ v: iso, date: true });
  const deadlines = ["Trong tháng 10/2017", "Chậm nhất ngày 10/11/2017", "Trước ngày 15/11/2017", "Từ 20/11 đến 08/12/2017"];
  const stepNames = ["Xã hoàn thành hồ sơ, tự kiểm tra", "Gửi biểu thống kê, báo cáo cấp huyện", "Trình hồ sơ đề nghị Sở kiểm tra", "Sở kiểm tra hồ sơ cấp huyện"];
  // [đơn vị, số xã, [cell, status, why] × 4, ghi chú]
  type C = [CellInput, Status, string];
  type U = [string, number, C, C, C, C, string];
  const units: U[] = [
    ["Thành phố Vĩnh Long", 11, ["Hoàn thành 11/11 đơn vị ngày 25/10/2017", "met", "all 11 by 25/10, inside October"], [D("2017-11-08"), "met", "8/11, before the 10/11 limit"], [D("2017-11-14"), "met", "14/11, before 15/11"], ["Đã kiểm tra ngày 20/11/2017", "met", "inspected on 20/11, the window's first day"], ""],
    ["Thị xã Bình Minh", 8, ["Hoàn thành 8/8 đơn vị ngày 31/10/2017", "met", "31/10, the last day of October"], [D("2017-11-10"), "met", "10/11 on the day: \"Chậm nhất\" includes it"], [D("2017-11-15"), "not_met", "15/11 is not before 15/11 (\"Trước ngày\" is strict)"], ["Lịch kiểm tra: 28/11/2017", "pending", "scheduled inside the window, which runs to 8/12"], ""],
    ["Huyện Long Hồ", 15, ["Hoàn thành 15/15 đơn vị ngày 03/11/2017", "not_met", "done 3/11, after October"], [D("2017-11-13"), "not_met", "13/11, after the 10/11 limit"], ["Chưa trình", "overdue", "not sent, 15/11 has passed (the cell says so and the Ghi chú says why; the inspection date set for 30/11 does not outweigh the cell's own entry)"], ["Lịch kiểm tra: 30/11/2017", "pending", "the window runs to 8/12"], "Còn 01 xã chưa đạt chuẩn PCGD THCS mức độ 1, đang bổ sung hồ sơ"],
    ["Huyện Mang Thít", 13, ["Hoàn thành 13/13 đơn vị ngày 30/10/2017", "met", "30/10, inside October"], ["", "overdue", "blank, 10/11 has passed"], [D("2017-11-13"), "met", "13/11, before 15/11"], ["Lịch kiểm tra: 24/11/2017", "pending", "the window runs to 8/12"], ""],
    ["Huyện Vũng Liêm", 20, ["Hoàn thành 19/20 đơn vị; xã Trung Thành chưa tự kiểm tra", "overdue", "19 of 20 communes when October ended: unfinished past due (re-decided, session 17: an unfinished task past due is overdue)"], ["Đã gửi", "review", "\"Đã gửi\" with no date: sent, but on time or not cannot be told"], [D("2017-11-10"), "met", "10/11, before 15/11"], ["Lịch kiểm tra: 04/12/2017", "pending", "the window runs to 8/12"], ""],
    ["Huyện Tam Bình", 17, ["Hoàn thành 17/17 đơn vị ngày 27/10/2017", "met", "27/10, inside October"], [D("2017-11-09"), "met", "9/11, before the 10/11 limit"], [D("2017-11-07"), "met", "7/11, before 15/11"], ["Đã kiểm tra ngày 21/11/2017", "met", "inspected on 21/11, inside the window"], ""],
    ["Huyện Trà Ôn", 14, ["Hoàn thành 14/14 đơn vị ngày 20/10/2017", "met", "20/10, inside October"], [D("2017-11-10"), "met", "10/11 on the day (inclusive)"], ["", "review", "blank, yet the Sở has set Trà Ôn's inspection for 06/12 and the notes say a unit's inspection date is announced after its dossier is received: the dossier went in, on a day the sheet does not give (before 15/11 met, after not met); a blank read alone would be overdue"], ["Lịch kiểm tra: 06/12/2017", "pending", "the window runs to 8/12"], ""],
    ["Huyện Bình Tân", 11, ["Hoàn thành 11/11 đơn vị ngày 26/10/2017", "met", "26/10, inside October"], [D("2017-11-06"), "met", "6/11, before the 10/11 limit"], [D("2017-11-14"), "met", "14/11, before 15/11"], ["Đã kiểm tra ngày 21/11/2017; đề nghị bổ sung hồ sơ 02 xã", "met", "the step is the inspection, done on 21/11; the extra papers asked for are the next step"], ""],
  ];
  const first = 10;
  units.forEach((u, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2][0], u[3][0], u[4][0], u[5][0], u[6]], { border: true, wrap: true });
    const cols = ["D", "E", "F", "G"];
    [u[2], u[3], u[4], u[5]].forEach((c, k) => {
      s.expect(`${cols[k]}${r}`, { indicator: `${u[0]} · ${stepNames[k]}`, target: deadlines[k], status: c[1], why: c[2] });
    });
  });
  const last = first + units.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Thời hạn theo Kế hoạch kiểm tra PCGD-XMC năm 2017 của Sở GD&ĐT; lịch kiểm tra từng đơn vị do Sở thông báo sau khi nhận hồ sơ.",
    "- Tổng hợp kết quả trình UBND tỉnh công nhận và báo cáo Bộ GD&ĐT trước ngày 20/12/2017.",
  ]);
  signature(s, last + 6, { col: "B", title: "PHÒNG GDTrH - GDTX", name: "Trần Thị Mỹ Hạnh" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Thành" });
  b.facts = {
    sheet: "Tien do PCGD-XMC 2017",
    headerRows: "8, 9 (Thời hạn: the deadline of each step)",
    nameColumn: "B (Đơn vị)",
    target: "row 9 (Thời hạn), one deadline per step column D-G",
    actualColumns: "D, G (sentences), E, F (date cells or text)",
    ignoreColumns: "A (TT), C (number of communes), H (Ghi chú)",
    totalRows: "none",
    targetRows: "9",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2017-11-22",
    period: "2017",
    notes: "Deadlines stand in the second header row: a month, an inclusive \"Chậm nhất\", a strict \"Trước ngày\", a window. Read on 22/11/2017: blanks past their date are overdue (Trà Ôn's blank dossier is review: its inspection date is set, and the notes say dates are set once a dossier is received), a scheduled inspection inside the window is pending, \"Đã gửi\" without a date cannot be timed (review), 19 of 20 communes at the month's end is not met.",
  };
  return b;
}
