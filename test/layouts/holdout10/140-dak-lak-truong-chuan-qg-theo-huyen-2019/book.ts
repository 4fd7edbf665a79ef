// Layout 140: a province's plan for national-standard schools by district (Đắk Lắk KH 1376/KH-UBND, 2019-2020), the 2019 plan and the 2019 result side by side as two column groups over three levels, the 2020 plan beside them, province SUM row on top, "-" plans, a district not reported, "2 (*)" with a footnote, a hidden cumulative column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu xây dựng trường đạt chuẩn quốc gia năm 2019 theo đơn vị cấp huyện (Kế hoạch số 1376/KH-UBND tỉnh Đắk Lắk)");
  const s = b.sheet("Truong chuan 2019");
  s.cols([5, 24, 8, 8, 8, 8, 8, 8, 8, 8, 8, 30, 10]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Phụ lục kèm Báo cáo số 25/BC-SGDĐT",
    date: "Đắk Lắk, ngày 10 tháng 01 năm 2020",
    title: ["KẾT QUẢ XÂY DỰNG TRƯỜNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2019", "(Theo Kế hoạch số 1376/KH-UBND ngày 21/02/2019 của UBND tỉnh, giai đoạn 2019-2020)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị", head);
  s.merge("C8:E8", "Kế hoạch năm 2019", head).merge("F8:H8", "Thực hiện năm 2019", head).merge("I8:K8", "Kế hoạch năm 2020", head);
  s.merge("L8:L9", "Ghi chú", head).merge("M8:M9", "Lũy kế đến 31/12/2018", head);
  s.row("C9", ["MN", "TH", "THCS", "MN", "TH", "THCS", "MN", "TH", "THCS"], head);
  type U = [string, CellInput[], CellInput[], number[], string, number];
  const units: U[] = [
    ["TP. Buôn Ma Thuột", [3, 2, 2], [3, 3, 2], [4, 3, 2], "", 61],
    ["TX. Buôn Hồ", [1, 1, 1], [1, 1, 0], [1, 1, 1], "THCS Nguyễn Du chưa đủ phòng bộ môn", 18],
    ["Huyện Ea H'leo", [1, 2, 1], [1, 2, 1], [2, 1, 1], "", 15],
    ["Huyện Ea Súp", [1, 1, "-"], [0, 1, "-"], [1, 1, 1], "", 7],
    ["Huyện Krông Năng", [2, 1, 1], [2, 1, 1], [1, 2, 1], "", 20],
    ["Huyện Krông Búk", [1, 1, 1], ["", "", ""], [1, 1, 1], "Chưa báo cáo", 11],
    ["Huyện Buôn Đôn", [1, "-", 1], [1, "-", 2], [1, 1, 0], "", 9],
    ["Huyện Cư M'gar", [2, 2, 1], [2, 2, 1], [2, 2, 2], "", 27],
    ["Huyện Ea Kar", [2, 2, 2], [1, 3, 2], [2, 2, 1], "", 25],
    ["Huyện M'Đrắk", [1, 1, "-"], [1, 0, 1], [1, 1, 1], "", 8],
    ["Huyện Krông Pắc", [2, 2, 1], [2, "2 (*)", 1], [2, 2, 1], "(*) 01 trường đã kiểm tra, chờ quyết định công nhận", 30],
    ["Huyện Krông Bông", [1, 1, 1], [1, 1, 1], [1, 1, 1], "", 12],
    ["Huyện Krông Ana", [1, 2, 1], [1, 1, 1], [1, 2, 1], "", 19],
    ["Huyện Lắk", [1, 1, 1], [0, 1, 1], [1, 1, 1], "MN Bông Sen lùi sang 2020", 10],
    ["Huyện Cư Kuin", [1, 1, 1], [1, 1, "Chưa có QĐ"], [1, 1, 1], "", 16],
  ];
  const first = 11, last = first + units.length - 1; // 11..25
  const cols = ["C", "D", "E", "F", "G", "H", "I", "J", "K"];
  const sumOf = (k: number) => units.reduce((a, u) => { const v = [...u[1], ...u[2], ...u[3]][k]; return a + (typeof v === "number" ? v : 0); }, 0);
  s.row("A10", ["", "Toàn tỉnh", ...cols.map((c, k) => ({ v: `=SUM(${c}${first}:${c}${last})`, result: sumOf(k) })), "", { v: `=SUM(M${first}:M${last})`, result: units.reduce((a, u) => a + u[5], 0) }], { border: true, bold: true, align: "center" });
  units.forEach((u, i) => s.row(`A${first + i}`, [i + 1, u[0], ...u[1], ...u[2], ...u[3], u[4], u[5]], { border: true, align: "center", wrap: true }));
  s.hideCols("M");
  const lv = ["MN", "TH", "THCS"], word = ["mầm non", "tiểu học", "THCS"];
  const v: ([Status, string] | null)[][] = [
    [["met", "3 = 3"], ["exceeded", "3 > 2"], ["met", "2 = 2"]],
    [["met", "1 = 1"], ["met", "1 = 1"], ["not_met", "0 < 1"]],
    [["met", "1"], ["met", "2"], ["met", "1"]],
    [["not_met", "0 < 1"], ["met", "1"], null],
    [["met", "2"], ["met", "1"], ["met", "1"]],
    [["no_data", "blank, \"Chưa báo cáo\""], ["no_data", "blank"], ["no_data", "blank"]],
    [["met", "1"], null, ["exceeded", "2 > 1"]],
    [["met", "2"], ["met", "2"], ["met", "1"]],
    [["not_met", "1 < 2"], ["exceeded", "3 > 2"], ["met", "2"]],
    [["met", "1"], ["not_met", "0 < 1"], null],
    [["met", "2"], ["review", "\"2 (*)\": one of the two is inspected but not yet recognised by decision; 2 if counted, 1 if not"], ["met", "1"]],
    [["met", "1"], ["met", "1"], ["met", "1"]],
    [["met", "1"], ["not_met", "1 < 2"], ["met", "1"]],
    [["not_met", "0 < 1, moved to 2020"], ["met", "1"], ["met", "1"]],
    [["met", "1"], ["met", "1"], ["not_met", "\"Chưa có QĐ\": not recognised in 2019"]],
  ];
  units.forEach((u, i) => lv.forEach((l, k) => {
    const x = v[i][k];
    if (x) s.expect(`${cols[3 + k]}${first + i}`, { indicator: `${u[0]} · Trường ${word[k]} đạt chuẩn quốc gia năm 2019`, target: String((u[1][k] as number)), status: x[0], why: x[1] });
  }));
  const rollUps = lv.map((l, k) => s.rollUp(` · Trường ${word[k]} đạt chuẩn quốc gia năm 2019`, "huyện, thị xã, thành phố"));
  lv.forEach((l, k) => s.expect(`${cols[3 + k]}10`, { indicator: `Toàn tỉnh · Trường ${word[k]} đạt chuẩn quốc gia năm 2019`, target: String(sumOf(k)), status: "no_data", why: "the SUM leaves out Krông Búk, not reported" }));
  notes(s, 27, "B", ["Ghi chú:", "- Số trường tính theo quyết định công nhận của UBND tỉnh trong năm 2019 (công nhận mới và công nhận lại).", "- \"-\": đơn vị không có chỉ tiêu năm 2019 đối với cấp học đó.", "- Kế hoạch năm 2020 theo Kế hoạch số 1376/KH-UBND, chưa đánh giá."]);
  signature(s, 32, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "H'Linh Niê" }, { col: "H", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Phạm Đăng Khoa" });
  b.facts = {
    sheet: "Truong chuan 2019",
    headerRows: "8-9 (three groups over MN / TH / THCS)",
    nameColumn: "B (Đơn vị)",
    target: "columns C-E (Kế hoạch năm 2019), paired by level with F-H; \"-\" = no target",
    actualColumns: "F-H (Thực hiện năm 2019: counts, \"2 (*)\", \"Chưa có QĐ\", blank)",
    ignoreColumns: "I-K (2020 plan, not yet due), L (Ghi chú), M (hidden: cumulative to 2018)",
    totalRows: "10 (Toàn tỉnh, SUM formulas, on top)",
    otherRows: "27-30 (notes), signature from 32",
    asOf: "2020-01-10",
    period: "2019",
    rollUps,
    notes: "Counts against counts (at least the plan). Where the plan is \"-\", a recognised school is not judged. The province row is incomplete while a district is missing.",
  };
  return b;
}
