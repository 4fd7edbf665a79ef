// Layout 311: a district steering committee's digital-transformation tasks for a year, read at its year review (Ban Chỉ đạo chuyển đổi số huyện Đăk R'lấp, Đắk Nông, figures to 31/12/2023): one row per task with its own target (a floor in %, a count "84/84", or a deed), the lead unit, a deadline in mixed words (a quarter, a month, "Trước ngày …", "Thường xuyên", "Năm 2023"), the result (a rate, a count pair, words) beside a completion-date column, and the units' own assessment, once wrong.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện nhiệm vụ, chỉ tiêu chuyển đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R'lấp (Đắk Nông)");
  const s = b.sheet("Phu luc KQ CDS 2023");
  s.cols([5, 46, 14, 20, 16, 18, 13, 13]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐĂK R'LẤP", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ"],
    number: "Số: 12/BC-BCĐ",
    date: "Đăk R'lấp, ngày 10 tháng 01 năm 2024",
    title: ["PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023", "(Theo Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số huyện năm 2023; số liệu đến ngày 31/12/2023)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["STT", "Nhiệm vụ, chỉ tiêu", "Chỉ tiêu năm 2023", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Kết quả thực hiện", "Ngày hoàn thành", "Đơn vị tự đánh giá"], head);
  // tt, task, target, lead, due, result, done date (ISO) or "", own word, cell judged, status, why
  type T = [string, string, string, string, string, CellInput, string, string, "F" | "G" | null, Status | null, string];
  const tasks: Array<T | string> = [
    "I. CHÍNH QUYỀN SỐ",
    ["1", "Tỷ lệ văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên môi trường mạng", "Từ 95% trở lên", "Văn phòng HĐND và UBND huyện", "Thường xuyên", "97,8%", "", "Đạt", "F", "exceeded", "97,8% over the year against an inclusive 95% floor; \"Thường xuyên\" is how the duty runs, the year is its measure"],
    ["2", "Tỷ lệ hồ sơ thủ tục hành chính cấp huyện được tiếp nhận, giải quyết trực tuyến toàn trình", "Tối thiểu 50%", "Văn phòng HĐND và UBND huyện", "Năm 2023", "41,6%", "", "Chưa đạt", "F", "not_met", "41,6% for the year against at least 50%: the year is over"],
    ["3", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", "100%", "Các cơ quan chuyên môn; UBND các xã, thị trấn", "Năm 2023", "100%", "", "Đạt", "F", "met", "every file's result digitised: 100% of 100%"],
    ["4", "Ban hành Kế hoạch tuyên truyền về chuyển đổi số năm 2023", "Ban hành kế hoạch", "Phòng Văn hóa và Thông tin", "Trước ngày 28/02/2023", "Kế hoạch số 96/KH-UBND", "2023-02-20", "Đạt", "G", "met", "issued on 20/02, before 28/02"],
    ["5", "Thành lập Tổ công nghệ số cộng đồng tại các thôn, bon, tổ dân phố", "84/84 thôn, bon, tổ dân phố", "UBND các xã, thị trấn", "Quý I/2023", "84/84", "2023-03-25", "Đạt", "F", "met", "84 of 84 teams set up by 25/03, inside the first quarter"],
    ["6", "Cập nhật, nâng cấp Cổng thông tin điện tử huyện theo Nghị định 42/2022/NĐ-CP", "Hoàn thành nâng cấp", "Phòng Văn hóa và Thông tin", "Quý III/2023", "Đang hoàn thiện giao diện, chưa nghiệm thu", "", "Hoàn thành cơ bản", "G", "overdue", "not accepted at 31/12, three months after the third quarter closed; the unit's \"Hoàn thành cơ bản\" is not done"],
    "II. KINH TẾ SỐ, XÃ HỘI SỐ",
    ["7", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10)", "Tổ chức", "Phòng Văn hóa và Thông tin", "Tháng 10/2023", "Đã tổ chức", "2023-10-10", "Đạt", "G", "met", "held on 10/10/2023, in October"],
    ["8", "Tỷ lệ người dân từ 14 tuổi trở lên được cấp tài khoản định danh điện tử mức độ 2", "Từ 40% trở lên", "Công an huyện", "Năm 2023", "37,2%", "", "Đạt", "F", "not_met", "37,2% at year end against at least 40%; the unit's own \"Đạt\" is wrong"],
    ["9", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "Từ 80% trở lên", "Viettel, VNPT Đăk R'lấp", "Năm 2023", "83,5%", "", "Đạt", "F", "exceeded", "83,5% against an inclusive 80% floor, the year closed"],
    ["10", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã", "100% cán bộ, công chức", "Phòng Nội vụ", "Quý IV/2023", "268/275 người (97,5%)", "", "Chưa đạt", "F", "not_met", "268 of 275 = 97,5% at the end of the fourth quarter, short of everyone"],
    ["11", "Xây dựng kế hoạch chuyển đổi số năm 2024 của huyện", "Ban hành kế hoạch", "Phòng Văn hóa và Thông tin", "Tháng 01/2024", "Đang dự thảo", "", "", "G", "pending", "a draft on 10/01/2024, due by the end of January"],
  ];
  let r = 10;
  for (const t of tasks) {
    if (typeof t === "string") {
      s.merge(`A${r}:H${r}`, t, { bold: true, border: true });
      r++;
      continue;
    }
    const [tt, task, target, lead, due, result, done, own, cell, st, why] = t;
    s.row(`A${r}`, [tt, task, target, lead, due, result, done ? { v: done, date: true, fmt: "dd/mm/yyyy" } : "", own], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, task, { border: true, wrap: true });
    if (cell && st) s.expect(cell === "G" && !done ? `F${r}|G${r}` : `${cell}${r}`, { indicator: task, target: `${target}; ${due} (columns C and E)`, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Số liệu tính đến ngày 31/12/2023; nhiệm vụ có thời hạn theo quý, tháng được đánh giá tại ngày cuối của quý, tháng đó.",
    "- Cột \"Đơn vị tự đánh giá\" do đơn vị chủ trì báo cáo, Ban Chỉ đạo chưa thẩm định.",
  ]);
  signature(s, r + 6, { col: "B", title: "CƠ QUAN THƯỜNG TRỰC BCĐ", name: "Phạm Văn Hùng" }, { col: "F", title: "TRƯỞNG BAN", name: "Lê Trọng Yên" });
  b.facts = {
    sheet: "Phu luc KQ CDS 2023",
    headerRows: "9",
    nameColumn: "B (Nhiệm vụ, chỉ tiêu)",
    target: "column C (Chỉ tiêu năm 2023) with column E (Thời hạn hoàn thành)",
    actualColumns: "F (Kết quả thực hiện: rates and counts typed as text, or words) for figures; G (Ngày hoàn thành, date cells) for deeds",
    ignoreColumns: "A (STT), D (Đơn vị chủ trì), H (Đơn vị tự đánh giá: the units' own word, not yet checked, once wrong)",
    otherRows: "10 and 17 (section rows); notes and signature under the table",
    asOf: "2024-01-10",
    period: "2023",
    notes: "A year's tasks read at the review on 10/01/2024 with figures to 31/12/2023: the year's rates are judged (two short: online files 41,6% of 50%, e-ID 37,2% of 40%, the latter self-assessed \"Đạt\"); dated deeds are judged by their date cell; the portal upgrade due in the third quarter is not accepted (overdue); the 2024 plan due in January is a draft (pending).",
  };
  return b;
}
