// Layout 98: a kindergarten's month-by-month direction timetable followed up in October (MN Đông Giang, Đông Hưng, Thái Bình, 2019-2020): month cells merged down, teaching-week windows merged over their tasks, the deadline written inside the task text "(05/8)", "( chiều 28/9 )" without a year, a results column kept by the deputy head.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Lịch chỉ đạo và thực hiện kế hoạch năm học 2019-2020, Trường Mầm non Đông Giang (theo dõi đến 10/10/2019)");
  const s = b.sheet("Lịch chỉ đạo");
  s.cols([10, 16, 58, 18, 26, 18]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT ĐÔNG HƯNG", "TRƯỜNG MẦM NON ĐÔNG GIANG"],
    date: "Đông Giang, ngày 10 tháng 10 năm 2019",
    title: ["LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2019-2020", "(Kèm theo Kế hoạch số 08/KH-TrMN ngày 26/9/2019 của Trường MN Đông Giang)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["THÁNG", "TUẦN C.MÔN", "NỘI DUNG CÔNG VIỆC", "BỘ PHẬN T.HIỆN", "KẾT QUẢ THỰC HIỆN (đến 10/10/2019)", "GHI CHÚ"], head);

  // Months, each with its weeks; each week with its tasks: [task text, who, result, status, target as read, why].
  type Task = [string, string, string, Status, string, string];
  type Week = { label: string; window: string; tasks: Task[] };
  const months: Array<{ month: string; weeks: Week[] }> = [
    {
      month: "8/2019",
      weeks: [
        {
          label: "Từ\n05 - 31/8",
          window: "05/8 - 31/8/2019",
          tasks: [
            ["- Yêu cầu giáo viên trả phép đúng thời gian (05/8)", "- 100% CBGV", "Đã thực hiện", "met", "05/8/2019 (ngày trong nội dung)", "reported done; nothing says it was late"],
            ["- Tu bổ CSVC, thiết bị, đồ dùng, tổ chức lao động vệ sinh, cải tạo cảnh quan trường, lớp chuẩn bị đón năm học mới.", "- CBGVNV trong trường MN", "Hoàn thành ngày 30/8", "met", "05/8 - 31/8/2019 (cột tuần)", "30/8 is inside the August window"],
            ["- Xây dựng KH dự trù các khoản thu năm học 2019 - 2020.", "- BGH+KT", "Hoàn thành ngày 12/9/2019", "not_met", "05/8 - 31/8/2019 (cột tuần)", "no date in the task, so the August window applies: done 12/9/2019, after it closed (late)"],
            ["- Tổ chức cho học sinh tựu trường ( 19/8/2019)", "- Trường Mầm non", "Đã tổ chức ngày 19/8/2019", "met", "19/8/2019 (ngày trong nội dung)", "held on the day"],
            ["- Dự hội nghị tổng kết công tác an ninh học đường năm học 2018 - 2019 và triển khai công tác an ninh học đường năm học 2019 - 2020 ( 23/8 )", "- Hiệu trưởng", "Đã dự", "met", "23/8/2019 (ngày trong nội dung)", "attended; a meeting on a fixed day"],
            ["- Nhà trường tổ chức họp phụ huynh đầu năm học. (Sáng 28/8)", "-CBGV,NV, PH", "Đã họp ngày 31/8/2019", "not_met", "sáng 28/8/2019 (ngày trong nội dung)", "held 31/8, three days after the date set"],
            ["- Nộp báo cáo số lượng huy động trẻ, trẻ ăn bán trú tháng 8/2019 ( chiều 28/9 )", "-BGH", "Đã nộp ngày 05/9/2019", "review", "chiều 28/9 (ngày trong nội dung, ở dòng tháng 8)", "the date reads 28/9 but sits among August's tasks about August's figures, so it may be a slip for 28/8: sent 05/9 is on time for 28/9 and late for 28/8; nothing on the sheet decides"],
          ],
        },
      ],
    },
    {
      month: "9/2019",
      weeks: [
        {
          label: "Từ 01- 08/9",
          window: "01/9 - 08/9/2019",
          tasks: [
            ["- Nhà trường tổ chức khai giảng năm học mới (05/9)", "- Trường MN.", "Đã tổ chức ngày 05/9/2019", "met", "05/9/2019 (ngày trong nội dung)", "held on the day"],
            ["- Nộp báo cáo khai giảng ( ngày 6/9).", "- BGH", "Đã nộp ngày 09/9/2019", "not_met", "06/9/2019 (ngày trong nội dung)", "sent 9/9, after 6/9"],
          ],
        },
        {
          label: "Tuần 1\nTừ 09/9- 14/9",
          window: "09/9 - 14/9/2019",
          tasks: [
            ["- Chỉ đạo các nhóm, lớp ổn định nền nếp, xây dựng môi trường trong và ngoài lớp học.", "- GV các nhóm, lớp", "Hoàn thành", "met", "09/9 - 14/9/2019 (cột tuần)", "reported done; the week is over"],
            ["- Xây dựng kế hoạch giáo dục năm học, kế hoạch chuyên môn của nhà trường.", "- BGH", "", "overdue", "09/9 - 14/9/2019 (cột tuần)", "the week ended 14/9 and the result cell is blank: nothing says whether it was done; overdue by the round-19 convention (nothing recorded past the due day)"],
          ],
        },
        {
          label: "Tuần 2\nTừ 16/9- 21/9",
          window: "16/9 - 21/9/2019",
          tasks: [
            ["- Tổ chức cân, đo, khám sức khỏe đầu năm cho trẻ (18/9).", "- Y tế, GV", "Đã cân đo ngày 18/9; khám sức khỏe chưa thực hiện", "overdue", "18/9/2019 (ngày trong nội dung)", "half of the task (the health check) is still not done, past 18/9"],
            ["- Kiểm tra vệ sinh an toàn thực phẩm bếp ăn hằng ngày.", "- BGH, Y tế", "Thực hiện thường xuyên", "refuse", "hằng ngày", "a daily duty: no deadline to judge"],
          ],
        },
        {
          label: "Tuần 3\nTừ 23/9- 28/9",
          window: "23/9 - 28/9/2019",
          tasks: [
            ["- Hoàn thiện hồ sơ phổ cập GDMN cho trẻ em 5 tuổi, nộp về Phòng GD&ĐT (27/9).", "- PHT", "Chưa hoàn thành", "overdue", "27/9/2019 (ngày trong nội dung)", "not done and 27/9 has passed (as of 10/10/2019)"],
            ["- Tổ chức Hội nghị cán bộ, công chức, viên chức đầu năm học.", "- BGH, Công đoàn", "Đã tổ chức ngày 26/9/2019", "met", "23/9 - 28/9/2019 (cột tuần)", "26/9 is inside the week"],
          ],
        },
      ],
    },
    {
      month: "10/2019",
      weeks: [
        {
          label: "Tuần 5\nTừ 07/10- 12/10",
          window: "07/10 - 12/10/2019",
          tasks: [
            ["- Dự chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cấp huyện (09/10).", "- BGH, GV cốt cán", "Đã dự ngày 09/10/2019", "met", "09/10/2019 (ngày trong nội dung)", "attended on the day"],
            ["- Kiểm tra hồ sơ chuyên môn của giáo viên.", "- BGH", "Đang thực hiện", "pending", "07/10 - 12/10/2019 (cột tuần)", "the week runs to 12/10: not over on 10/10"],
          ],
        },
        {
          label: "Tuần 6\nTừ 14/10- 19/10",
          window: "14/10 - 19/10/2019",
          tasks: [
            ["- Tổ chức hội thi “Bé khéo tay” chào mừng ngày Phụ nữ Việt Nam 20/10 (18/10).", "- Công đoàn, GV", "", "pending", "18/10/2019 (ngày trong nội dung)", "not yet due on 10/10 (20/10 is the holiday, 18/10 the date set)"],
            ["- Nộp báo cáo số lượng trẻ, trẻ ăn bán trú tháng 10/2019 (chiều 25/10).", "- BGH", "", "pending", "chiều 25/10/2019 (ngày trong nội dung)", "not yet due"],
          ],
        },
      ],
    },
  ];

  const bd = { border: true, wrap: true };
  let r = 9;
  for (const m of months) {
    const mStart = r;
    for (const w of m.weeks) {
      const wStart = r;
      for (const t of w.tasks) {
        s.row(`C${r}`, [t[0], t[1], t[2], ""], bd);
        s.expect(`E${r}`, { indicator: t[0].replace(/^- /, "").replace(/\s*\(.*?\)\.?\s*$/, ""), target: t[4], status: t[3], why: t[5] });
        r++;
      }
      s.merge(`B${wStart}:B${r - 1}`, w.label, { ...bd, align: "center" });
    }
    s.merge(`A${mStart}:A${r - 1}`, m.month, { ...bd, bold: true, align: "center" });
  }
  const after = notes(s, r + 1, "C", [
    "Ghi chú:",
    "- Ngày ghi trong ngoặc ở nội dung công việc là thời hạn thực hiện; nội dung không ghi ngày thực hiện trong thời gian của tuần, tháng tương ứng.",
    "- Kết quả thực hiện do Phó hiệu trưởng theo dõi, cập nhật đến ngày 10/10/2019.",
  ]);
  signature(s, after + 1, { col: "C", title: "NGƯỜI THEO DÕI", name: "Phạm Thị Hòa" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hường" });
  b.facts = {
    sheet: "Lịch chỉ đạo",
    headerRows: "8",
    nameColumn: "C (Nội dung công việc)",
    target: "the date in brackets inside column C's text (\"(05/8)\", \"( chiều 28/9 )\", no year: the school year 2019-2020), else the week window in B (\"Từ 09/9- 14/9\", merged over its tasks), else the month in A (merged)",
    actualColumns: "E (Kết quả thực hiện: \"Đã tổ chức ngày …\", \"Hoàn thành\", \"Chưa hoàn thành\", \"Đang thực hiện\", blanks)",
    ignoreColumns: "D (who), F (Ghi chú)",
    otherRows: `${r + 1}-${after - 1} (notes), signature below`,
    asOf: "2019-10-10",
    period: "2019-2020",
    notes: "A direction timetable of the real shape (month cell, teaching-week cell, tasks with the deadline inside the text, who), followed up on 10/10/2019. A date in the text is the task's deadline; a task without one is due by the end of its week (or month) cell. Dates without a year belong to the school year (Aug-Dec 2019). The August report dated \"chiều 28/9\" sits among August's tasks: a slip for 28/8 or not, and the report was sent 5/9 — on time for one reading, late for the other (review). A task half done past its date is overdue; a blank after its week is no_data; a daily duty is refused; tasks of weeks not over on 10/10 are pending.",
  };
  return b;
}
