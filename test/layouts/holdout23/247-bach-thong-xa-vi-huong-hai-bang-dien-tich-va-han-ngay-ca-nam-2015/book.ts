// Layout 247: a commune's year-end sheet with two tables one under the other (UBND xã Vi Hương, Bạch Thông, Bắc Kạn, December 2015): first the year's areas and herds (ĐVT, plan, result, percent of plan), then tasks with a due date and a completion date as real date cells and a progress column in words; the columns mean different things in each table; read two days before the year's end: areas final, a task done late not met, a task due on 31/12 pending, a review past its due day unfinished overdue.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu và nhiệm vụ năm 2015, xã Vi Hương (Bạch Thông, Bắc Kạn): bảng diện tích và bảng nhiệm vụ có hạn ngày");
  const s = b.sheet("Nam 2015");
  s.cols([5, 44, 13, 15, 24, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN BẠCH THÔNG", "UBND XÃ VI HƯƠNG"],
    number: "Biểu kèm Báo cáo số 52/BC-UBND",
    date: "Vi Hương, ngày 29 tháng 12 năm 2015",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2015", "(Trình kỳ họp thứ 11 HĐND xã khóa XVIII)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:F8", "Bảng 1. Sản xuất nông, lâm nghiệp", { bold: true, align: "left" });
  s.row("A9", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2015", "Thực hiện năm 2015", "So KH (%)"], head);
  // [name, ĐVT, KH, TH, verdict]
  type A = [string, string, number, number, [Status, string]];
  const areas: A[] = [
    ["Diện tích lúa nước cả năm", "Ha", 185, 192.4, ["exceeded", "192,4 ha against 185 (104%)"]],
    ["Diện tích ngô", "Ha", 120, 122.4, ["exceeded", "122,4 ha against 120 (102%)"]],
    ["Diện tích rau các loại", "Ha", 30, 30, ["met", "30 ha against 30 (100%)"]],
    ["Cánh đồng 3 vụ", "Ha", 11, 13, ["exceeded", "13 ha against 11 (118%)"]],
    ["Trồng rừng mới", "Ha", 60, 52, ["not_met", "52 of 60 ha; the planting season is over"]],
    ["Tổng đàn trâu", "Con", 1150, 1128, ["not_met", "1.128 head against 1.150 at the year's count"]],
  ];
  areas.forEach(([name, dvt, kh, th, v], i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, name, dvt, kh, th, { v: `=ROUND(E${r}/D${r}*100,0)`, fmt: "0", result: Math.round((th / kh) * 100) }], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.expect(`E${r}`, { indicator: name, target: `${String(kh).replace(".", ",")} ${dvt.toLowerCase()} (Kế hoạch năm 2015, column D)`, status: v[0], why: v[1] });
  });
  s.merge("A17:F17", "Bảng 2. Các nhiệm vụ trọng tâm có thời hạn", { bold: true, align: "left" });
  s.row("A18", ["TT", "Nhiệm vụ", "Thời hạn", "Ngày hoàn thành", "Kết quả, tiến độ", "Ghi chú"], head);
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  // [task, due, done (null: blank), progress, note, verdict]
  type T = [string, string, string | null, string, string, [Status, string]];
  const tasks: T[] = [
    ["Giao quân năm 2015", "2015-02-28", "2015-02-25", "Giao đủ 08/08 thanh niên", "", ["met", "done on 25/02, before the 28/02 deadline"]],
    ["Hoàn thành kiểm kê rừng trên địa bàn xã", "2015-09-30", "2015-09-25", "Hoàn thành", "", ["met", "done on 25/09, before 30/09"]],
    ["Bê tông hóa đường thôn Nà Pài (1,2 km)", "2015-11-30", "2015-12-15", "Hoàn thành, chậm 15 ngày", "Do mưa kéo dài", ["not_met", "finished on 15/12, after its 30/11 deadline"]],
    ["Rà soát hộ nghèo, hộ cận nghèo năm 2015", "2015-12-15", null, "Đang tổng hợp kết quả 7/9 thôn", "", ["overdue", "due 15/12 and still unfinished on 29/12 (7 of 9 villages)"]],
    ["Xây dựng nhà văn hóa thôn Khuổi Chủ", "2015-12-31", null, "Đang thi công, đạt 80% khối lượng", "", ["pending", "due 31/12, two days after the report"]],
  ];
  tasks.forEach(([task, due, done, prog, note, v], i) => {
    const r = 19 + i;
    s.row(`A${r}`, [i + 1, task, d(due), done ? d(done) : "", prog, note], { border: true, align: "center" });
    s.set(`B${r}`, task, { border: true, wrap: true });
    s.set(`E${r}`, prog, { border: true, wrap: true });
    const [y, m, dd] = due.split("-");
    s.expect(`D${r}`, { indicator: task, target: `Thời hạn ${dd}/${m}/${y} (column C)`, status: v[0], why: v[1] });
  });
  notes(s, 25, "B", [
    "Ghi chú:",
    "- Bảng 1: số liệu ước đến 31/12/2015; diện tích đã thu hoạch xong các vụ.",
    "- Bảng 2: nhiệm vụ theo Nghị quyết HĐND xã về nhiệm vụ năm 2015.",
  ]);
  signature(s, 29, { col: "B", title: "CÔNG CHỨC ĐỊA CHÍNH - NÔNG NGHIỆP", name: "Hà Văn Tuấn" }, { col: "D", title: "TM. UBND XÃ - CHỦ TỊCH", name: "Lý Văn Thành" });
  b.facts = {
    sheet: "Nam 2015",
    headerRows: "9 (table 1) and 18 (table 2)",
    nameColumn: "B (Chỉ tiêu in table 1, Nhiệm vụ in table 2)",
    target: "table 1: column D (Kế hoạch năm 2015); table 2: column C (Thời hạn, date cells)",
    actualColumns: "table 1: E (Thực hiện năm 2015); table 2: D (Ngày hoàn thành, date cells, blank when not done)",
    ignoreColumns: "A (TT), C in table 1 (ĐVT), F in table 1 (percent of plan, derived), E in table 2 (progress in words: read for a blank D), F in table 2 (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8 and 17 (table titles); notes 25-27; signature from 29",
    asOf: "2015-12-29",
    period: "2015",
    notes: "Two tables whose columns C-E mean different things: ĐVT / plan / result above, deadline / completion date / progress below. The seasons are harvested and the herd counted, so table 1 is final. A task done before its deadline is met, after it not met; a task unfinished past its deadline (the poor-household review due 15/12) overdue; one due 31/12 pending on 29/12.",
  };
  return b;
}
