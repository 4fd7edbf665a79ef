// Layout 171: a lower-secondary school's internal-inspection schedule for 2025-2026 (THCS Vĩnh Thạnh Trung) with its progress read on 16/01/2026: timing first, merged over the tasks of one month, as a month, a week of a month, a two-month span, "Trước 25/12/2025", "Học kỳ I" (its end date only in the notes), "Thường xuyên" and "Theo kế hoạch của Sở"; counts of teachers inside the task text and the result.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch kiểm tra nội bộ năm học 2025-2026, Trường THCS Vĩnh Thạnh Trung: tiến độ thực hiện đến ngày 16/01/2026");
  const s = b.sheet("Lich KTNB 2025-2026");
  s.cols([18, 6, 46, 20, 20, 30, 20]);
  titleBlock(s, {
    left: ["UBND XÃ VĨNH THẠNH TRUNG", "TRƯỜNG THCS VĨNH THẠNH TRUNG"],
    date: "Vĩnh Thạnh Trung, ngày 16 tháng 01 năm 2026",
    title: ["LỊCH KIỂM TRA NỘI BỘ NĂM HỌC 2025-2026 VÀ TIẾN ĐỘ THỰC HIỆN", "(Kèm theo Quy chế kiểm tra nội bộ năm học 2025-2026; cập nhật đến ngày 16/01/2026)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["Thời gian", "TT", "Nội dung kiểm tra", "Đối tượng", "Người thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  // [thời gian (shared by the following rows until the next), nội dung, đối tượng, người thực hiện, kết quả, ghi chú, status, why]
  type T = [string | null, string, string, string, string, string, Status, string];
  const tasks: T[] = [
    ["Tháng 9/2025", "Kiểm tra hồ sơ, kế hoạch giáo dục của giáo viên đầu năm học", "100% giáo viên (32 GV)", "Hiệu trưởng, PHT", "Hoàn thành ngày 25/9/2025", "", "met", "done 25/9, inside September"],
    [null, "Kiểm tra cơ sở vật chất, thiết bị dạy học chuẩn bị năm học mới", "Phòng học, phòng bộ môn", "PHT, nhân viên thiết bị", "Hoàn thành ngày 03/10/2025", "Chờ bàn giao phòng Tin học", "not_met", "done 3/10, after September"],
    [null, "Kiểm tra việc thu, chi các khoản đầu năm học", "Kế toán, thủ quỹ", "Ban thanh tra nhân dân", "Đã kiểm tra, biên bản ngày 29/9", "", "met", "\"29/9\" without a year: the schedule's 2025, inside September"],
    ["Tháng 10/2025", "Kiểm tra chuyên đề dạy học phân hóa, tổ KHTN (04 GV)", "04 giáo viên tổ KHTN", "PHT, tổ trưởng", "Đã kiểm tra 04/04 GV", "", "met", "4 of 4 in October"],
    [null, "Kiểm tra việc thực hiện quy chế chuyên môn, sổ điểm điện tử", "Toàn bộ giáo viên", "PHT", "Hoàn thành ngày 31/10/2025", "", "met", "done on the month's last day"],
    ["Tuần 3, tháng 11/2025", "Kiểm tra hoạt động sư phạm của nhà giáo, đợt 1 (03 GV)", "03 giáo viên", "Tổ kiểm tra nội bộ", "Đã kiểm tra 3/3 GV, xong ngày 20/11/2025", "", "review", "November 2025 starts on a Saturday: 20/11 is in week 3 counted in 7-day blocks (15-21) or as full Monday weeks (17-23), but in week 4 when the partial week 1-2/11 counts as week 1 (week 3 = 10-16); nothing on the sheet says which"],
    ["Tháng 11, 12/2025", "Kiểm tra hoạt động tổ chuyên môn (02 tổ)", "Tổ Toán - Tin, tổ Ngữ văn", "Hiệu trưởng", "Đã kiểm tra tổ Toán - Tin; tổ Ngữ văn chưa kiểm tra", "", "overdue", "1 of 2 when the span ended on 31/12: unfinished past due (re-decided, session 17: an unfinished task past due is overdue)"],
    ["Tuần 1, tháng 12/2025", "Kiểm tra hồ sơ phổ cập giáo dục THCS", "Bộ phận phổ cập", "PHT", "Hoàn thành ngày 05/12/2025", "", "met", "1/12/2025 is a Monday, so week 1 is 1-7/12 however weeks are counted; done on the 5th"],
    ["Trước 25/12/2025", "Kiểm tra công tác thư viện, thiết bị (sổ mượn, kiểm kê)", "Thư viện, thiết bị", "PHT", "", "", "overdue", "blank, past 25/12"],
    ["Tháng 01/2026", "Kiểm tra hồ sơ đánh giá học sinh cuối học kỳ I", "Giáo viên chủ nhiệm, GVBM", "Hiệu trưởng, PHT", "Đang thực hiện", "", "pending", "January is not over on 16/1"],
    ["Học kỳ I", "Kiểm tra việc dạy thêm, học thêm", "Giáo viên có đăng ký dạy thêm", "Ban giám hiệu", "Chưa kiểm tra", "", "pending", "Học kỳ I ends on 17/01/2026 (notes): still a day to go on 16/1"],
    ["Tháng 02/2026", "Kiểm tra hoạt động sư phạm của nhà giáo, đợt 2 (03 GV)", "03 giáo viên", "Tổ kiểm tra nội bộ", "", "", "pending", "not yet due"],
    ["Thường xuyên", "Dự giờ đột xuất, kiểm tra nề nếp dạy học", "Toàn bộ giáo viên", "Ban giám hiệu", "Đã dự 46 tiết", "", "refuse", "\"Thường xuyên\": no deadline to judge against"],
    ["Theo kế hoạch của Sở GD&ĐT", "Phối hợp đoàn kiểm tra chuyên ngành", "Nhà trường", "Hiệu trưởng", "", "Chưa có lịch", "refuse", "no date set: nothing to judge yet"],
  ];
  const first = 9;
  let groupStart = first;
  let groupLabel = "";
  const flush = (end: number) => {
    if (end > groupStart) s.merge(`A${groupStart}:A${end}`, groupLabel, { border: true, bold: true, align: "center", wrap: true });
    else s.set(`A${groupStart}`, groupLabel, { border: true, bold: true, align: "center", wrap: true });
  };
  tasks.forEach((t, i) => {
    const r = first + i;
    if (t[0] !== null) {
      if (i > 0) flush(r - 1);
      groupStart = r;
      groupLabel = t[0];
    }
    s.row(`B${r}`, [i + 1, t[1], t[2], t[3], t[4], t[5]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: t[1], target: groupLabel, status: t[6], why: t[7], ...(t[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const last = first + tasks.length - 1;
  flush(last);
  notes(s, last + 2, "A", [
    "Ghi chú:",
    "- Theo kế hoạch thời gian năm học 2025-2026: học kỳ I kết thúc ngày 17/01/2026, học kỳ II kết thúc ngày 25/5/2026.",
    "- Cột Kết quả thực hiện do Phó Hiệu trưởng cập nhật để báo cáo sơ kết học kỳ I.",
  ]);
  signature(s, last + 6, { col: "C", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Thân" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Kim Loan" });
  b.facts = {
    sheet: "Lich KTNB 2025-2026",
    headerRows: "8",
    nameColumn: "C (Nội dung kiểm tra)",
    target: "column A (Thời gian, merged over the tasks of one slot)",
    actualColumns: "F (Kết quả thực hiện)",
    ignoreColumns: "B (TT), D (Đối tượng), E (Người thực hiện), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2026-01-16",
    period: "Năm học 2025-2026",
    notes: "Timing comes first and is merged over several tasks. Slots: a month, a week of a month (\"Tuần 3, tháng 11/2025\" reads two ways since November starts on a Saturday), a two-month span, \"Trước\", \"Học kỳ I\" whose end (17/01/2026) is only in the notes, \"Thường xuyên\", a date left to the Sở. Counts of teachers sit in the task text and in the result.",
  };
  return b;
}
