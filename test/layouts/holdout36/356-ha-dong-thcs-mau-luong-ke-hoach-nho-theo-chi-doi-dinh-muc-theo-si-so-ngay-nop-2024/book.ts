// Layout 356: a lower secondary school's Young Pioneer "small plan" paper collection by class, round one of 2024-2025 (Liên đội THCS Mậu Lương, Hà Đông, Hà Nội, November 2024): each class's quota derived from its own roll (5 kg a member, a formula column), the kilograms handed in, a rate, a date-cell column of the day each class handed in against a deadline in the requirement line, one count typed "215kg", one decimal, one class that has not handed in, one class late; the whole league's aim judged on a total whose SUM skips the typed count.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả thu gom giấy vụn phong trào \"Kế hoạch nhỏ\" đợt I năm học 2024-2025 theo chi đội, Liên đội THCS Mậu Lương (Hà Đông, Hà Nội)");
  const s = b.sheet("KHN dot I 2024-2025");
  s.cols([5, 16, 11, 13, 14, 12, 13, 30]);
  titleBlock(s, {
    left: ["HỘI ĐỒNG ĐỘI QUẬN HÀ ĐÔNG", "LIÊN ĐỘI THCS MẬU LƯƠNG"],
    date: "Hà Đông, ngày 12 tháng 11 năm 2024",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ THU GOM GIẤY VỤN", "PHONG TRÀO \"KẾ HOẠCH NHỎ\" ĐỢT I NĂM HỌC 2024-2025"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  s.merge("A8:H8", "Chỉ tiêu: mỗi đội viên thu gom ít nhất 05 kg giấy vụn (định mức của chi đội = sĩ số × 5 kg, cột 4); toàn Liên đội phấn đấu thu gom 3.500 kg. Các chi đội nộp về Liên đội chậm nhất ngày 08/11/2024.", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Chi đội", "Sĩ số (đội viên)", "Định mức (kg)", "Số giấy vụn đã nộp (kg)", "Tỷ lệ so với định mức (%)", "Ngày nộp", "Ghi chú"], h);
  s.row("A10", ["1", "2", "3", "4=3×5", "5", "6=5/4", "7", "8"], { italic: true, align: "center", border: true });
  // class, roll, kg shown (number or typed), its value (null = not handed in), day handed in, note
  type U = [string, number, number | string, number | null, string | null, string];
  const units: U[] = [
    ["6A1", 42, 335, 335, "2024-11-07", ""],
    ["6A2", 41, 205, 205, "2024-11-08", ""],
    ["6A3", 43, 198, 198, "2024-11-08", ""],
    ["6A4", 40, "215kg", 215, "2024-11-06", ""],
    ["7A1", 44, 402, 402, "2024-11-05", "Chi đội xuất sắc"],
    ["7A2", 42, 210, 210, "2024-11-08", ""],
    ["7A3", 43, 188.5, 188.5, "2024-11-07", ""],
    ["7A4", 41, 240, 240, "2024-11-11", "Nộp chậm do tham gia hội thi văn nghệ"],
    ["8A1", 45, 420, 420, "2024-11-06", "Chi đội xuất sắc"],
    ["8A2", 44, 246, 246, "2024-11-07", ""],
    ["8A3", 42, "Chưa nộp", null, null, "Đã nhắc lần 2 ngày 11/11"],
    ["8A4", 43, 340, 340, "2024-11-08", ""],
    ["9A1", 40, 181.5, 181.5, "2024-11-08", ""],
    ["9A2", 41, 300, 300, "2024-11-06", ""],
    ["9A3", 42, 168, 168, "2024-11-08", ""],
    ["9A4", 40, 251, 251, "2024-11-07", ""],
  ];
  const vi = (n: number) => String(n).replace(".", ",");
  let r = 11;
  const first = r;
  for (const [i, [name, roll, shown, kg, day, note]] of units.entries()) {
    const quota = roll * 5;
    const rate: CellInput = { v: `=IF(ISNUMBER(E${r}),ROUND(E${r}/D${r}*100,1),"")`, result: typeof shown === "number" ? Math.round((shown / quota) * 1000) / 10 : "", fmt: "0.0" };
    s.row(`A${r}`, [String(i + 1), name, roll, { v: `=C${r}*5`, result: quota }, typeof shown === "number" ? { v: shown, fmt: "general" } : shown, rate, day ? { v: day, date: true, fmt: "dd/mm/yyyy" } : "", note], { border: true, align: "center" });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    const late = day !== null && day > "2024-11-08";
    const st: Status = kg === null ? "overdue" : late ? "not_met" : kg > quota ? "exceeded" : kg === quota ? "met" : "not_met";
    s.expect(`E${r}`, {
      indicator: `Chi đội ${name} · Thu gom giấy vụn theo định mức`,
      target: `ít nhất ${quota} kg (${roll} đội viên × 5 kg, column D), nộp chậm nhất 08/11/2024`,
      status: st,
      why:
        kg === null
          ? "\"Chưa nộp\" on 12/11, four days after the 08/11 deadline: the class has not handed in (part-done-past-due convention: overdue)"
          : late
            ? `${vi(kg)} kg is above the ${quota} kg quota, but handed in on 11/11/2024 (column G), after the 08/11 deadline: done late is not met`
            : st === "exceeded"
              ? `${typeof shown === "string" ? `typed "${shown}", ` : ""}${vi(kg)} kg against ${quota} kg, handed in on time`
              : st === "met"
                ? `${vi(kg)} kg, exactly the ${quota} kg quota, on time`
                : `${vi(kg)} kg against ${quota} kg: short, and the round closed on 08/11`,
    });
    r++;
  }
  const last = r - 1;
  const rolls = units.reduce((t, u) => t + u[1], 0);
  const numeric = units.reduce((t, u) => t + (typeof u[2] === "number" ? u[2] : 0), 0);
  s.row(`A${r}`, ["", "Toàn Liên đội", { v: `=SUM(C${first}:C${last})`, result: rolls }, { v: `=SUM(D${first}:D${last})`, result: rolls * 5 }, { v: `=SUM(E${first}:E${last})`, result: numeric }, { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((numeric / (rolls * 5)) * 1000) / 10, fmt: "0.0" }, "", "Tổng cộng thực tế 3.900 kg"], { border: true, bold: true, align: "center" });
  s.expect(`E${r}`, {
    indicator: "Toàn Liên đội · Thu gom giấy vụn",
    target: "3.500 kg (dòng chỉ tiêu)",
    status: "exceeded",
    why: `the SUM shows ${numeric.toLocaleString("de-DE")} kg because it skips the typed "215kg"; with it the league collected 3.900 kg (the note says so); either way above 3.500`,
  });
  const total = r;
  const rollUps = [s.rollUp(" · Thu gom giấy vụn theo định mức", "chi đội", "Thu gom giấy vụn theo định mức")];
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Đợt I bắt đầu từ ngày 20/10/2024 theo Công văn số 02-CV/HĐĐ ngày 18/10/2024 của Hội đồng Đội quận Hà Đông.",
    "- Cột 7: ngày chi đội nộp giấy vụn về Liên đội (cân tại khu tập kết của trường).",
    "- Số giấy vụn quy đổi thành tiền nộp quỹ Đội quận và quỹ Liên đội.",
  ]);
  signature(s, r + 7, { col: "B", title: "TỔNG PHỤ TRÁCH ĐỘI", name: "Nguyễn Thị Lan Anh" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Phạm Văn Đức" });
  b.facts = {
    sheet: "KHN dot I 2024-2025",
    headerRows: "9 (column numbers in row 10)",
    nameColumn: "B (Chi đội)",
    target: "column D (each class's quota = its roll × 5 kg, from the requirement line in row 8) with the deadline 08/11/2024 in the same line; row 8's 3.500 kg for the league's total",
    actualColumns: "E (Số giấy vụn đã nộp, kg); G (the day handed in) decides lateness",
    ignoreColumns: "A (TT), C (roll: the base), F (rate, derived), H (Ghi chú)",
    totalRows: `${total} (Toàn Liên đội: judged against 3.500 kg)`,
    otherRows: "8 (requirement line), 10 (column numbers), notes and signature below",
    asOf: "2024-11-12",
    period: "đợt I năm học 2024-2025",
    rollUps,
    notes: "Read on 12/11/2024, after the 08/11 deadline. Each class's quota is 5 kg a member (column D, a formula on its roll). 7A4 handed in more than its quota but on 11/11 (column G): done late is not met. 8A3 has \"Chưa nộp\" four days after the deadline: overdue. 6A4's kilograms are typed \"215kg\" and the total's SUM skips them (3.685 shown; 3.900 with them, the note says); the league's 3.500 kg aim is exceeded either way.",
  };
  return b;
}
