// Layout 306: a private school's lower-secondary term-one tests (Trường Hồng Đức, quận Tân Phú, TP.HCM, 2019-2020): a general-information sheet first (school, level, classes and test rooms by grade, the test windows), then a result sheet with two tables — the four grades as rows with pupils, pupils who sat, and a count/ROUND-rate pair per concentrated subject (Toán, Ngữ văn, Tiếng Anh) under a term-one target row, a block total; below it the term's timetable with windows and deadlines in words beside completion dates, read on 8 January 2020.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kiểm tra học kỳ I khối THCS năm học 2019-2020 theo khối lớp và tiến độ thực hiện, Trường Hồng Đức (quận Tân Phú, TP.HCM)");
  const info = b.sheet("Thong tin chung");
  info.cols([34, 40]);
  info.merge("A1:B1", "THÔNG TIN CHUNG", { bold: true, align: "center", size: 14 });
  info.row("A3", ["Đơn vị", "Trường Hồng Đức (khối cấp 2)"], { border: true });
  info.row("A4", ["Quận", "Tân Phú, Thành phố Hồ Chí Minh"], { border: true });
  info.row("A5", ["Cấp học báo cáo", "Trung học cơ sở (khối 6, 7, 8, 9)"], { border: true });
  info.row("A6", ["Năm học", "2019 - 2020"], { border: true });
  info.row("A7", ["Nội dung ôn tập", "Từ tuần 1 đến hết tuần 15 theo phân phối chương trình"], { border: true });
  info.row("A8", ["Môn kiểm tra tập trung", "Khối 8, 9: Toán (90'), Văn (90'), Anh (60'), Lý, Hóa, Sinh, Sử, Địa, GDCD (45'); Khối 6, 7: như trên, không có Hóa"], { border: true, wrap: true });
  info.row("A9", ["Số phòng kiểm tra", "Khối 6: 1 phòng; Khối 7: 2 phòng; Khối 8: 3 phòng; Khối 9: 4 phòng"], { border: true, wrap: true });
  info.row("A10", ["Lịch kiểm tra tập trung", "Từ ngày 10/12 đến 19/12/2019 (theo lịch của Phòng Giáo dục quận Tân Phú)"], { border: true, wrap: true });
  info.row("A11", ["Lịch kiểm tra không tập trung", "Từ ngày 09/12 đến 21/12/2019 (Mỹ thuật, Âm nhạc, Thể dục, Công nghệ, Tin học)"], { border: true, wrap: true });
  info.row("A12", ["Ngày lập báo cáo", { v: "2020-01-08", date: true, fmt: "dd/mm/yyyy" }], { border: true });
  info.row("A13", ["Người lập", "Tổ Giáo vụ khối THCS"], { border: true });

  const s = b.sheet("KQ KT HKI");
  s.cols([5, 16, 9, 10, 10, 10, 10, 10, 10, 10, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT QUẬN TÂN PHÚ", "TRƯỜNG HỒNG ĐỨC"],
    date: "Tân Phú, ngày 08 tháng 01 năm 2020",
    title: ["KẾT QUẢ KIỂM TRA HỌC KỲ I KHỐI THCS NĂM HỌC 2019 - 2020", "(Các môn kiểm tra tập trung có thời lượng 60 - 90 phút)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Khối lớp", head);
  s.merge("C8:C9", "Số học sinh", head);
  s.merge("D8:D9", "Số HS dự kiểm tra", head);
  s.merge("E8:F8", "Toán: điểm từ 5,0 trở lên", head);
  s.merge("G8:H8", "Ngữ văn: điểm từ 5,0 trở lên", head);
  s.merge("I8:J8", "Tiếng Anh: điểm từ 5,0 trở lên", head);
  s.row("E9", ["SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)"], head);
  s.merge("K8:K9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu HK I", "", "", "", "≥ 80%", "", "≥ 85%", "", "≥ 80%", ""], { border: true, bold: true, italic: true, align: "center" });
  const subj = [["Toán", "E", "F", 80], ["Ngữ văn", "G", "H", 85], ["Tiếng Anh", "I", "J", 80]] as const;
  // grade, pupils, sat, Toán, Văn, Anh, note
  type G = [string, number, number, number, number, number, string];
  const gs: G[] = [
    ["Khối 6", 24, 24, 21, 22, 19, ""],
    ["Khối 7", 46, 46, 37, 40, 38, ""],
    ["Khối 8", 70, 70, 56, 58, 59, ""],
    ["Khối 9", 95, 94, 80, 83, 74, "01 HS nghỉ ốm, kiểm tra bù trong học kỳ II"],
  ];
  const r2 = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const p2 = (n: number, d: number) => r2(n, d).toFixed(2).replace(".", ",");
  const judge = (n: number, d: number, floor: number): Status => (r2(n, d) > floor ? "exceeded" : r2(n, d) === floor ? "met" : "not_met");
  const w = (n: number, d: number, floor: number, st: Status) => `${n} of ${d} who sat = ${p2(n, d)}%${st === "met" ? `: exactly the inclusive ${floor}%` : st === "exceeded" ? ` against ${floor}%` : `, under ${floor}%, and term one is over`}`;
  let r = 11;
  for (const [i, g] of gs.entries()) {
    const cells: CellInput[] = [String(i + 1), g[0], g[1], g[2]];
    subj.forEach(([, c], k) => cells.push((g[3 + k] as number), { v: `=ROUND(${c}${r}/D${r}*100,2)`, result: r2((g[3 + k] as number), g[2]), fmt: "0.00", border: true, align: "center" }));
    cells.push(g[6]);
    s.row(`A${r}`, cells, { border: true, align: "center" });
    s.set(`K${r}`, g[6], { border: true, italic: true, wrap: true });
    subj.forEach(([name, c, t, floor], k) => {
      const st = judge((g[3 + k] as number), g[2], floor);
      s.expect(`${c}${r}|${t}${r}`, { indicator: `${g[0]} · Tỷ lệ bài kiểm tra HK I môn ${name} đạt từ 5,0 trở lên`, target: `≥ ${floor}% (row 10, Chỉ tiêu HK I)`, status: st, why: w((g[3 + k] as number), g[2], floor, st) });
    });
    r++;
  }
  // r = 15: the block
  const S = (k: number) => gs.reduce((t, g) => t + (g[k] as number), 0);
  const tot: CellInput[] = ["", "Toàn khối THCS", { v: "=SUM(C11:C14)", result: S(1), border: true, bold: true, align: "center" }, { v: "=SUM(D11:D14)", result: S(2), border: true, bold: true, align: "center" }];
  subj.forEach(([, c], k) => tot.push({ v: `=SUM(${c}11:${c}14)`, result: S(3 + k), border: true, bold: true, align: "center" }, { v: `=ROUND(${c}15/D15*100,2)`, result: r2(S(3 + k), S(2)), fmt: "0.00", border: true, bold: true, align: "center" }));
  tot.push("");
  s.row("A15", tot, { border: true, bold: true, align: "center" });
  subj.forEach(([name, c, t, floor], k) => {
    const st = judge(S(3 + k), S(2), floor);
    s.expect(`${c}15|${t}15`, { indicator: `Toàn khối THCS · Tỷ lệ bài kiểm tra HK I môn ${name} đạt từ 5,0 trở lên`, target: `≥ ${floor}% (row 10, Chỉ tiêu HK I)`, status: st, why: w(S(3 + k), S(2), floor, st) });
  });
  // the timetable
  s.merge("A18:K18", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM TRA HỌC KỲ I", { bold: true });
  s.row("A19", ["TT", "Nội dung", "", "", "Thời gian", "", "Ngày hoàn thành", "", "Bộ phận thực hiện", "", "Ghi chú"], head);
  type T = [string, string, string, string, string, Status | null, string];
  const ts: T[] = [
    ["1", "Nộp đề và đáp án các môn kiểm tra không tập trung cho Tổ Giáo vụ", "Trước ngày 02/12/2019", "2019-11-29", "Tổ trưởng chuyên môn", "met", "handed in on 29/11, before 2/12"],
    ["2", "Kiểm tra các môn tập trung (khối 6 - 9)", "Từ 10/12 đến 19/12/2019", "2019-12-19", "Tổ Giáo vụ", "met", "done on 19/12, the window's last day"],
    ["3", "Kiểm tra các môn không tập trung", "Từ 09/12 đến 21/12/2019", "2019-12-21", "Giáo viên bộ môn", "met", "done on 21/12, the window's last day"],
    ["4", "Chấm bài, nhập điểm kiểm tra HK I lên hệ thống", "Chậm nhất ngày 28/12/2019", "2019-12-30", "Giáo viên bộ môn", "not_met", "finished on 30/12, two days after an inclusive 28/12: done, late"],
    ["5", "Họp Hội đồng sơ kết học kỳ I", "Trước ngày 11/01/2020", "", "Ban Giám hiệu", "pending", "blank on 8/01, due before 11/01"],
  ];
  r = 20;
  for (const [tt, task, due, done, who, st, why] of ts) {
    s.row(`A${r}`, [tt, task, "", "", due, "", done ? { v: done, date: true, fmt: "dd/mm/yyyy" } : "", "", who, "", ""], { border: true, wrap: true, align: "center" });
    s.merge(`B${r}:D${r}`, task, { border: true, wrap: true });
    s.merge(`E${r}:F${r}`, due, { border: true, wrap: true, align: "center" });
    s.merge(`G${r}:H${r}`, done ? { v: done, date: true, fmt: "dd/mm/yyyy" } : "", { border: true, align: "center" });
    s.merge(`I${r}:J${r}`, who, { border: true, wrap: true, align: "center" });
    if (st) s.expect(`G${r}`, { indicator: task, target: `${due} (column E)`, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính trên số học sinh dự kiểm tra; học sinh kiểm tra bù được tính vào kết quả học kỳ II.",
    "- Chỉ tiêu HK I theo Kế hoạch năm học 2019-2020 của nhà trường; học kỳ I kết thúc ngày 28/12/2019.",
  ]);
  signature(s, r + 5, { col: "B", title: "TỔ GIÁO VỤ", name: "Lê Thị Minh Thư" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Đức" });
  b.facts = {
    sheet: "KQ KT HKI",
    headerRows: "8-9 (table 1); 19 (table 2)",
    nameColumn: "B (Khối lớp; Nội dung)",
    target: "row 10 (Chỉ tiêu HK I: ≥ 80% for Toán in F, ≥ 85% for Ngữ văn in H, ≥ 80% for Tiếng Anh in J); column E (Thời gian) for table 2",
    actualColumns: "E|F, G|H, I|J (tests scoring 5,0 or more and their ROUND rate over D, pupils who sat); G (Ngày hoàn thành, date cells) for table 2",
    ignoreColumns: "A (TT), C (Số học sinh), D (Số HS dự kiểm tra: the base), K (Ghi chú); I (Bộ phận thực hiện) in table 2",
    totalRows: "15 (Toàn khối THCS: SUMs, judged)",
    targetRows: "10",
    otherRows: "18 (table 2's title); the sheet \"Thong tin chung\" before it holds the school's general information, nothing judged; notes and signature under table 2",
    asOf: "2020-01-08",
    period: "HK I 2019-2020",
    notes: "Term one ended on 28/12/2019, so each grade's rate is final against the term's target: above exceeded, at it met (Khối 8 Toán 56/70 = 80,00%), under it not met (Khối 6 and 9 in English, Khối 8 in Ngữ văn). Rates are over the pupils who sat (Khối 9: 94 of 95). The timetable reads the date cells: windows kept (met), marks entered two days late (not met), the review meeting not yet due (pending).",
  };
  return b;
}
