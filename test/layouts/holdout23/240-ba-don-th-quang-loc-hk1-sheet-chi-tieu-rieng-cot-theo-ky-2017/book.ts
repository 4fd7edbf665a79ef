// Layout 240: a primary school's term-one review (Trường Tiểu học Quảng Lộc, thị xã Ba Đồn, Quảng Bình, December 2017): the year's targets on a sheet of their own, the results on a second sheet with a column per term (mid-term one, end of term one, year end still blank), last year's column hidden; read at the end of term one: only the end-of-term-one column, floors passed exceeded, short pending, a contest not yet held pending, a teachers' contest held in November judged.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết học kỳ I năm học 2017-2018, Trường Tiểu học Quảng Lộc (thị xã Ba Đồn, Quảng Bình): chỉ tiêu năm học ở một sheet, kết quả theo kỳ ở sheet khác");
  // Sheet 1: the year's targets, as adopted in the school's plan (Kế hoạch năm học 2017-2018).
  const t = b.sheet("Chi tieu NH 2017-2018");
  t.cols([6, 52, 12, 22]);
  t.merge("A1:D1", "TRƯỜNG TIỂU HỌC QUẢNG LỘC - CHỈ TIÊU NĂM HỌC 2017-2018", { bold: true, align: "center" });
  t.merge("A2:D2", "(Trích Kế hoạch năm học số 45/KH-THQL ngày 15/9/2017)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, border: true, wrap: true };
  t.row("A4", ["TT", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu năm học"], th);
  const targets: [string, string, string, string][] = [
    ["1", "Tỷ lệ học sinh hoàn thành môn Tiếng Việt", "%", "≥ 98%"],
    ["2", "Tỷ lệ học sinh hoàn thành môn Toán", "%", "≥ 98%"],
    ["3", "Tỷ lệ học sinh đạt về năng lực", "%", "≥ 99%"],
    ["4", "Tỷ lệ học sinh đạt về phẩm chất", "%", "100%"],
    ["5", "Tỷ lệ học sinh đi học chuyên cần", "%", "≥ 98%"],
    ["6", "Số học sinh bỏ học", "HS", "Không có học sinh bỏ học"],
    ["7", "Giáo viên dạy giỏi cấp trường", "GV", "12"],
    ["8", "Học sinh đạt giải Giao lưu Toán tuổi thơ cấp thị xã", "HS", "10"],
    ["9", "Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", "%", "100%"],
  ];
  targets.forEach((r, i) => {
    t.row(`A${5 + i}`, r, { border: true, align: "center" });
    t.set(`B${5 + i}`, r[1], { border: true, wrap: true });
  });
  // Sheet 2: the results by term.
  const s = b.sheet("Ket qua HKI");
  s.cols([6, 50, 12, 14, 14, 14, 14, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THỊ XÃ BA ĐỒN", "TRƯỜNG TIỂU HỌC QUẢNG LỘC"],
    number: "Phụ lục kèm Báo cáo sơ kết học kỳ I",
    date: "Quảng Lộc, ngày 25 tháng 12 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2017-2018", "(Chỉ tiêu năm học: xem sheet \"Chi tieu NH 2017-2018\")"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:D9", "Năm học 2016-2017", head);
  s.merge("E8:G8", "Năm học 2017-2018", head);
  s.row("E9", ["Giữa HKI", "Cuối HKI", "Cuối năm"], head);
  s.merge("H8:H9", "Ghi chú", head);
  s.hideCols("D");
  type R = [string, string, CellInput, CellInput, CellInput, string, [Status, string]];
  const pc = (v: number): CellInput => ({ v, pct: true, fmt: "0.0%" });
  const rows: R[] = [
    ["1", "%", pc(0.991), pc(0.972), pc(0.986), "", ["exceeded", "98,6% at the end of term one, above the year's 98% (the mid-term 97,2% is not the figure)"]],
    ["2", "%", pc(0.987), pc(0.963), pc(0.974), "5 HS khối 1 chưa hoàn thành", ["pending", "97,4% at the end of term one, short of 98%: term two remains"]],
    ["3", "%", pc(0.996), pc(1), pc(1), "", ["exceeded", "100% reached, above the floor of 99%"]],
    ["4", "%", pc(1), pc(1), pc(1), "", ["met", "100% against 100%"]],
    ["5", "%", pc(0.985), pc(0.993), pc(0.992), "", ["exceeded", "99,2% attendance, above 98%"]],
    ["6", "HS", 0, 0, 0, "", ["pending", "no pupil has left school so far, but drop-outs only add up until the year ends: the year's rule is not yet met or missed (ruled in round 46, as holdout18/200)"]],
    ["7", "GV", 13, "Chưa tổ chức", 14, "Hội thi tổ chức tháng 11/2017", ["exceeded", "14 good teachers named at the school contest held in November, past 12"]],
    ["8", "HS", 8, "", "Chưa tổ chức", "Thị xã tổ chức vào tháng 3/2018", ["pending", "the town's contest is held in March 2018"]],
    ["9", "%", pc(1), "", "", "Đánh giá cuối năm học", ["pending", "pupils finish primary school at the year end; the term column is blank by design"]],
  ];
  rows.forEach(([tt, dvt, last, mid, end, note, v], i) => {
    const r = 10 + i;
    const name = targets[i][1];
    s.row(`A${r}`, [tt, name, dvt, last, mid, end, "", note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`F${r}`, { indicator: name, target: `${targets[i][3]} (sheet Chi tieu NH 2017-2018, column D)`, status: v[0], why: v[1] });
  });
  notes(s, 20, "B", [
    "Ghi chú:",
    "- Cột \"Giữa HKI\" là kết quả kiểm tra giữa kỳ, chỉ để theo dõi; đánh giá chỉ tiêu theo cột \"Cuối HKI\".",
    "- Cột \"Cuối năm\" điền khi tổng kết năm học.",
  ]);
  signature(s, 24, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đinh Thị Hằng" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Lợi" });
  b.facts = {
    sheet: "Ket qua HKI",
    headerRows: "8-9 (merged: Năm học 2017-2018 over Giữa HKI / Cuối HKI / Cuối năm)",
    nameColumn: "B (Nội dung)",
    target: "sheet \"Chi tieu NH 2017-2018\", column D, matched by TT and name (rows 5-13)",
    actualColumns: "F (Cuối HKI)",
    ignoreColumns: "A (TT), C (ĐVT), D (Năm học 2016-2017, hidden), E (Giữa HKI: mid-term, not the figure), G (Cuối năm: blank until the year end), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes 20-22; signature from 24",
    asOf: "2017-12-25",
    period: "2017-2018",
    notes: "The targets are a year's (the school year 2017-2018); the figure is the end of term one. A floor passed at term one is exceeded (as 233 reads term one), a shortfall pending (term two remains); 100% against 100% met; no drop-out so far pending (ruled in round 46: a cap on what adds up is not met before the year ends); the teachers' contest held in November is done (14 past 12, exceeded); the pupils' contest in March and the year-end completion are pending. The mid-term column E and the hidden last year are not results.",
  };
  return b;
}
