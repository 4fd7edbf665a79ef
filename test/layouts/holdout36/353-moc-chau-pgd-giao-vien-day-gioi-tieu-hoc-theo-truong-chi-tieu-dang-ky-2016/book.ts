// Layout 353: a district education office's summary of its primary teachers' contest by school (Phòng GD&ĐT Mộc Châu, Sơn La, December 2016): schools as rows under a two-row header (teachers who sat, recognised, of whom excellent), each school's own registered target for recognised teachers in a column of its own (one typed "03 GV"), last year's count hidden, a derived per-school rate with no target, and the office's own aim for the district (at least 80% of those who sat recognised) in a line above the header, judged on the total row only; one school whose teacher did not sit.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học năm học 2016-2017 theo trường, Phòng GD&ĐT Mộc Châu (Sơn La)");
  const s = b.sheet("GVDG TH 2016-2017");
  s.cols([5, 28, 12, 12, 12, 12, 12, 14, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN MỘC CHÂU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Mộc Châu, ngày 07 tháng 12 năm 2016",
    title: ["TỔNG HỢP KẾT QUẢ HỘI THI GIÁO VIÊN DẠY GIỎI CẤP HUYỆN", "BẬC TIỂU HỌC NĂM HỌC 2016-2017"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:I8", "Chỉ tiêu của Phòng: toàn huyện có từ 80% số giáo viên dự thi trở lên được công nhận giáo viên dạy giỏi cấp huyện. Chỉ tiêu của từng trường: số giáo viên dạy giỏi cấp huyện nhà trường đăng ký thi đua đầu năm học (cột 8).", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", h);
  s.merge("B9:B10", "Trường", h);
  s.merge("C9:C10", "Năm học 2015-2016: số GVDG cấp huyện", h);
  s.merge("D9:F9", "Năm học 2016-2017: số giáo viên", h);
  s.row("D10", ["Dự thi", "Được công nhận GVDG cấp huyện", "Trong đó: xuất sắc"], h);
  s.merge("G9:G10", "Tỷ lệ được công nhận (%)", h);
  s.merge("H9:H10", "Chỉ tiêu GVDG cấp huyện trường đăng ký", h);
  s.merge("I9:I10", "Ghi chú", h);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7=5/4", "8", "9"], { italic: true, align: "center", border: true });
  s.hideCols("C");
  // school, last year, sat, recognised, excellent, registered target (number or typed text), its value, note
  type U = [string, number, number, number, number, number | string, number, string];
  const units: U[] = [
    ["TH Thị trấn Mộc Châu", 6, 9, 8, 2, 7, 7, ""],
    ["TH Thị trấn Nông trường Mộc Châu", 7, 8, 7, 1, 8, 8, "01 GV không đạt tiết dạy thứ hai"],
    ["TH Tây Tiến", 4, 6, 5, 2, 5, 5, ""],
    ["TH Chiềng Sơn", 5, 6, 6, 1, 5, 5, ""],
    ["TH Mường Sang", 3, 5, 4, 0, 4, 4, ""],
    ["TH Đông Sang", 5, 6, 5, 0, 6, 6, ""],
    ["TH Phiêng Luông", 2, 4, 4, 0, 3, 3, ""],
    ["TH Chiềng Hắc", 4, 5, 4, 1, 4, 4, ""],
    ["TH Tà Lại", 3, 4, 3, 0, 4, 4, ""],
    ["TH Quy Hướng", 2, 3, 3, 0, 3, 3, ""],
    ["TH Tân Lập", 4, 6, 5, 1, 5, 5, ""],
    ["TH Lóng Sập", 3, 4, 3, 0, "03 GV", 3, ""],
    ["TH Nà Mường", 3, 5, 4, 0, 4, 4, ""],
    ["TH Hua Păng", 4, 5, 4, 1, 5, 5, ""],
    ["TH Chiềng Khừa", 1, 0, 0, 0, 1, 1, "01 GV nghỉ thai sản, không dự thi"],
  ];
  let r = 12;
  const first = r;
  const vi1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
  for (const [i, [name, last, sat, rec, exc, regCell, reg, note]] of units.entries()) {
    const rate: CellInput = { v: `=IF(D${r}=0,"",ROUND(E${r}/D${r}*100,1))`, result: sat === 0 ? "" : Math.round((rec / sat) * 1000) / 10, fmt: "0.0" };
    s.row(`A${r}`, [String(i + 1), name, last, sat, rec, exc, rate, regCell, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = rec > reg ? "exceeded" : rec === reg ? "met" : "not_met";
    const regText = typeof regCell === "string" ? `"${regCell}" (column H, typed)` : `${reg} (column H, the school's registration)`;
    s.expect(`E${r}`, {
      indicator: `${name} · Số GV được công nhận GVDG cấp huyện`,
      target: `ít nhất ${regText}`,
      status: st,
      why:
        sat === 0
          ? "registered one, none sat (the teacher was on maternity leave, the notes say) and none was recognised: short of the school's own target; the reason does not change the count"
          : st === "exceeded"
            ? `${rec} recognised against ${reg} registered: more than the school's target`
            : st === "met"
              ? `${rec} recognised, exactly the ${reg} registered${typeof regCell === "string" ? ' ("03 GV" read as 3)' : ""}`
              : `${rec} recognised against ${reg} registered; the contest is over (07/12/2016)`,
    });
    r++;
  }
  const last = r - 1;
  const sat = units.reduce((t, u) => t + u[2], 0);
  const rec = units.reduce((t, u) => t + u[3], 0);
  const exc = units.reduce((t, u) => t + u[4], 0);
  const regSum = units.reduce((t, u) => t + u[6], 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: res, bold: true });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", units.reduce((t, u) => t + u[1], 0)), sum("D", sat), sum("E", rec), sum("F", exc), { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((rec / sat) * 1000) / 10, fmt: "0.0", bold: true }, sum("H", regSum - 3), "65/76 GV được công nhận"], { border: true, align: "center", bold: true });
  s.set(`B${r}`, "Toàn huyện", { border: true, bold: true });
  s.expect(`G${r}`, {
    indicator: "Toàn huyện · Tỷ lệ GV dự thi được công nhận GVDG cấp huyện",
    target: "từ 80% trở lên (dòng chỉ tiêu của Phòng, dòng 8)",
    status: "exceeded",
    why: `${rec}/${sat} = ${vi1((rec / sat) * 100)}%, above the office's inclusive 80% for the district; the per-school rates in column G carry no target`,
  });
  const total = r;
  const rollUps = [s.rollUp(" · Số GV được công nhận GVDG cấp huyện", "trường")];
  r += 2;
  notes(s, r, "B", [
    "Ghi chú:",
    "- Cột 8: số giáo viên dạy giỏi cấp huyện từng trường đăng ký trong bản đăng ký thi đua đầu năm học 2016-2017.",
    "- Cột 7 chỉ để theo dõi, không giao chỉ tiêu cho từng trường; chỉ tiêu 80% tính chung toàn huyện.",
    "- Dòng Toàn huyện, cột 8: tổng cộng theo công thức; ô H12 đến H26 có ô nhập dạng chữ (\"03 GV\") không được cộng.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lò Thị Hương" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "GVDG TH 2016-2017",
    headerRows: "9-10 (merged two-row header; column numbers in row 11)",
    nameColumn: "B (Trường)",
    target: "column H (each school's registered number of recognised teachers) for column E; the line in row 8 (80% of those who sat, for the district) for G" + total,
    actualColumns: "E (Được công nhận GVDG cấp huyện); G" + total + " (the district's rate)",
    ignoreColumns: "A (TT), C (hidden: 2015-2016 count), D (teachers who sat: the base), F (of whom excellent: no target), G12-G26 (per-school rates: no target), I (Ghi chú)",
    totalRows: `${total} (Toàn huyện: its count E is a SUM, not judged against the sum of registrations; its rate G is judged against the office's 80%)`,
    otherRows: "8 (requirement line), 11 (column numbers), notes and signature below",
    asOf: "2016-12-07",
    period: "năm học 2016-2017",
    rollUps,
    notes: "The contest ended on 07/12/2016, so every school's target is due. Each school is judged on its recognised teachers (E) against its own registration (H); one registration is typed \"03 GV\". TH Chiềng Khừa registered one and its teacher did not sit (maternity leave): 0 against 1 is not met. The 80% aim is the office's for the district and is judged on the total row only (65/76 = 85,5%). The H SUM on the total row skips the typed \"03 GV\" cell (64, not 67) and is not judged. Last year's counts (C) are hidden.",
  };
  return b;
}
