// Layout 136: a district education office's statistics by primary school at the end of 2017-2018 (Phòng GD&ĐT Sông Mã, Sơn La): schools × enrolment of 6-year-olds into grade 1 (count pair + ROUND rate), drop-out rate, the national-standard registration and its result, a target row under the header, a hidden last-year column, a district SUM row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê kết quả thực hiện chỉ tiêu năm học 2017-2018 theo trường, bậc tiểu học, Phòng GD&ĐT huyện Sông Mã");
  const s = b.sheet("TH theo truong");
  s.cols([5, 30, 10, 11, 11, 12, 12, 16, 18, 28, 12]);
  titleBlock(s, {
    left: ["UBND HUYỆN SÔNG MÃ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Sông Mã, ngày 25 tháng 5 năm 2018",
    title: ["THỐNG KÊ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2017 - 2018 CÁC TRƯỜNG TIỂU HỌC", "(Số liệu tính đến ngày 20/5/2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:C9", "Số lớp", head);
  s.merge("D8:F8", "Huy động trẻ 6 tuổi vào lớp 1", head).merge("G8:G9", "Tỷ lệ HS bỏ học (%)", head);
  s.merge("H8:I8", "Trường đạt chuẩn quốc gia", head).merge("J8:J9", "Ghi chú", head).merge("K8:K9", "Tỷ lệ vào lớp 1 năm học 2016-2017 (%)", head);
  s.row("D9", ["Số trẻ 6 tuổi", "Số trẻ ra lớp 1", "Tỷ lệ (%)"], head);
  s.row("H9", ["Đăng ký năm 2018", "Kết quả"], head);
  s.row("A10", ["", "Chỉ tiêu năm học (KH số 95/KH-PGDĐT)", "", "", "", "≥ 99%", "Dưới 0,3%", "", "Đạt mức đăng ký", "", ""], { ...head, italic: true });
  type R = [string, number, number | string, number | string, number | string, string, string, string, number];
  // name, classes, 6-year-olds, entered grade 1, drop-out %, registered, result, note, last year (hidden)
  const rows: R[] = [
    ["TH Thị trấn Sông Mã", 24, 152, 152, 0, "Duy trì mức 1", "Đạt mức 1", "", 100],
    ["TH Nà Nghịu", 22, 131, 130, 0.12, "Mức 1", "Đạt mức 1", "Công nhận lần đầu, QĐ ngày 12/4/2018", 98.5],
    ["TH Chiềng Khương", 26, 170, 168, 0.3, "-", "-", "", 99.4],
    ["TH Mường Hung", 21, 118, 119, 0.08, "-", "-", "01 trẻ 6 tuổi từ xã Chiềng Cang chuyển đến", 99.1],
    ["TH Chiềng Sơ", 18, 96, 95, "", "Mức 1", "Chờ Sở kiểm tra", "Tỷ lệ bỏ học: chưa tổng hợp HK II", 97.9],
    ["TH Nậm Ty", 20, 109, 107, 0.45, "Mức 1", "Chưa đạt", "Thiếu phòng học bộ môn", 98.2],
    ["TH Yên Hưng", 16, 84, 84, 0, "-", "-", "", 100],
    ["TH Bó Sinh", 15, 73, 72, 0.21, "-", "-", "", 98.6],
  ];
  const first = 11;
  rows.forEach((x, i) => {
    const r = first + i;
    const rate: CellInput = { v: `=ROUND(E${r}/D${r}*100,2)`, result: Math.round(((x[3] as number) / (x[2] as number)) * 10000) / 100, fmt: "0.00" };
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], x[3], rate, x[4] === "" ? "" : { v: x[4] as number, fmt: "0.00" }, x[5], x[6], x[7], { v: x[8], fmt: "0.0" }], { border: true, align: "center" });
  });
  const last = first + rows.length - 1; // 18
  const tot = last + 1; // 19
  const sum = (c: string) => ({ v: `=SUM(${c}${first}:${c}${last})`, result: rows.reduce((a, x) => a + (x[c === "C" ? 1 : c === "D" ? 2 : 3] as number), 0) });
  const d = sum("D"), e = sum("E");
  s.row(`A${tot}`, ["", "Toàn huyện", sum("C"), d, e, { v: `=ROUND(E${tot}/D${tot}*100,2)`, result: Math.round(((e.result as number) / (d.result as number)) * 10000) / 100, fmt: "0.00" }, "", "4 trường", "2 trường đạt", "Bỏ học toàn huyện: chờ số liệu TH Chiềng Sơ", { v: 99.0, fmt: "0.0" }], { border: true, align: "center", bold: true });
  s.hideCols("K");
  const e_ = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  const v: [Status, string, Status | null, string, Status | null, string][] = [
    ["exceeded", "152/152 = 100%", "met", "0,00 under 0,3", "met", "registered to keep level 1, re-inspected: \"Đạt mức 1\""],
    ["exceeded", "130/131 = 99,24% > 99%", "met", "0,12", "met", "registered level 1, recognised 12/4/2018"],
    ["not_met", "168/170 = 98,82% < 99%", "not_met", "0,30 is not under 0,3 (strict \"Dưới\")", null, ""],
    ["exceeded", "119/118 = 100,85% (a child from another commune is counted); counting only the commune's own children, 118/118 = 100%: either way above 99%", "met", "0,08", null, ""],
    ["not_met", "95/96 = 98,96% < 99%", "no_data", "blank; note: term II not yet totalled", "pending", "inspection by the Department still to come within 2018"],
    ["not_met", "107/109 = 98,17%", "not_met", "0,45 over the cap", "not_met", "registered level 1, result \"Chưa đạt\""],
    ["exceeded", "84/84 = 100%", "met", "0,00", null, ""],
    ["not_met", "72/73 = 98,63%", "met", "0,21", null, ""],
  ];
  rows.forEach((x, i) => {
    const r = first + i;
    const [fs, fw, gs, gw, is, iw] = v[i];
    e_(`F${r}|E${r}`, `${x[0]} · Tỷ lệ trẻ 6 tuổi vào lớp 1`, "≥ 99%", fs, fw);
    if (gs) e_(`G${r}`, `${x[0]} · Tỷ lệ HS bỏ học`, "Dưới 0,3%", gs, gw);
    if (is) e_(`I${r}`, `${x[0]} · Trường đạt chuẩn quốc gia`, `Đăng ký: ${x[5]}`, is, iw);
  });
  e_(`F${tot}|E${tot}`, "Toàn huyện · Tỷ lệ trẻ 6 tuổi vào lớp 1", "≥ 99%", "exceeded", "927/933 = 99,36% > 99%");
  e_(`G${tot}`, "Toàn huyện · Tỷ lệ HS bỏ học", "Dưới 0,3%", "no_data", "blank while TH Chiềng Sơ's figure is missing");
  notes(s, tot + 2, "B", ["Ghi chú:", "- Tỷ lệ huy động = số trẻ ra lớp 1 / số trẻ 6 tuổi trong địa bàn tuyển sinh của trường (theo điều tra PCGD).", "- Cột \"Đăng ký năm 2018\": \"-\" là trường không đăng ký công nhận trong năm; \"Duy trì\" là trường đã đạt chuẩn, kiểm tra lại sau 5 năm.", "- Trường đạt chuẩn kiểm tra trong năm 2018 theo lịch của Sở GD&ĐT."]);
  signature(s, tot + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lò Văn Thắng" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Cầm Văn Hải" });
  b.facts = {
    sheet: "TH theo truong",
    headerRows: "8-9 (merged groups), 10 (the target row)",
    nameColumn: "B (Trường)",
    target: "row 10 (Chỉ tiêu năm học): \"≥ 99%\" on F, \"Dưới 0,3%\" (strict) on G; the standard's target is each school's own registration in H (\"Mức 1\", \"Duy trì mức 1\"; \"-\" = not registered)",
    actualColumns: "F (ROUND rate over D, E), G (drop-out %), I (Kết quả for registered schools)",
    ignoreColumns: "C (Số lớp), D-E (the counts behind F), H (registration = target), J (Ghi chú), K (hidden: last year's rate)",
    totalRows: "19 (Toàn huyện: judged on F and G; its H/I text counts are not judged)",
    targetRows: "10",
    otherRows: "21-24 (notes), signature from 26",
    asOf: "2018-05-25",
    period: "2017-2018",
    rollUps: [s.rollUp(" · Tỷ lệ trẻ 6 tuổi vào lớp 1", "trường")],
    notes: "Rates are ROUND formulas (two decimals) under \"(%)\". Only schools with a registration in H are judged on the standard (\"Duy trì\" = re-inspection to keep the level); \"-\" = not registered, not judged.",
  };
  return b;
}
