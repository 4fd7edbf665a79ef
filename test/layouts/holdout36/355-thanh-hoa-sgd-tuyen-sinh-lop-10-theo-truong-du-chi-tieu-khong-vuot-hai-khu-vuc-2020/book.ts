// Layout 355: a province department's grade-10 admissions by public upper secondary school (Sở GD&ĐT Thanh Hóa, August 2020, an extract): schools in two area groups with their own subtotal rows, each school's admission quota in a column beside the classes it was given, the admitted count, a signed surplus/shortfall formula and the cut-off score with no target, under a requirement line asking schools to fill the quota and not exceed it; one school over its quota, five short, one count typed "270/270"; a province line typed by hand below the extract, judged against the province's quota.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả tuyển sinh vào lớp 10 THPT công lập năm học 2020-2021 (trích), Sở GD&ĐT Thanh Hóa");
  const s = b.sheet("TS10 2020-2021");
  s.cols([5, 26, 18, 9, 12, 13, 12, 10, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thanh Hóa, ngày 10 tháng 8 năm 2020",
    title: ["TỔNG HỢP KẾT QUẢ TUYỂN SINH VÀO LỚP 10 THPT CÔNG LẬP NĂM HỌC 2020-2021", "(Trích: các trường có điểm chuẩn cao nhất, thấp nhất và các trường tuyển chưa đủ chỉ tiêu)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:I8", "Yêu cầu: các trường tuyển đủ chỉ tiêu tuyển mới được UBND tỉnh giao, không tuyển vượt chỉ tiêu.", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Trường THPT", "Huyện, thị xã, thành phố", "Số lớp được giao", "Chỉ tiêu tuyển mới (HS)", "Số HS trúng tuyển, xác nhận nhập học", "Thừa (+), thiếu (-) so với chỉ tiêu", "Điểm chuẩn", "Ghi chú"], h);
  s.row("A10", ["1", "2", "3", "4", "5", "6", "7=6-5", "8", "9"], { italic: true, align: "center", border: true });
  // school, district, classes, quota, admitted (number or typed), its value, cut-off, note
  type U = [string, string, number, number, number | string, number, number, string];
  const groups: Array<[string, U[]]> = [
    ["I. KHU VỰC THÀNH PHỐ, ĐỒNG BẰNG", [
      ["Hàm Rồng", "TP Thanh Hóa", 14, 630, 630, 630, 34.8, ""],
      ["Đào Duy Từ", "TP Thanh Hóa", 14, 630, 630, 630, 32.4, ""],
      ["Nguyễn Trãi", "TP Thanh Hóa", 13, 585, 585, 585, 28.8, ""],
      ["Đông Sơn I", "Đông Sơn", 12, 540, 540, 540, 27.5, ""],
      ["Bỉm Sơn", "TX Bỉm Sơn", 11, 495, 495, 495, 27.0, ""],
      ["Hoằng Hóa 4", "Hoằng Hóa", 12, 540, 540, 540, 25.6, ""],
      ["Tĩnh Gia 1", "TX Nghi Sơn", 12, 540, 545, 545, 24.1, "Tuyển vượt 05 chỉ tiêu"],
    ]],
    ["II. KHU VỰC MIỀN NÚI", [
      ["Như Thanh", "Như Thanh", 10, 450, 450, 450, 20.3, ""],
      ["Thạch Thành I", "Thạch Thành", 10, 450, 450, 450, 19.5, ""],
      ["Thạch Thành III", "Thạch Thành", 8, 360, 360, 360, 17.9, ""],
      ["Mường Lát", "Mường Lát", 6, 270, "270/270", 270, 17.7, "Trường báo cáo bằng văn bản"],
      ["Như Xuân", "Như Xuân", 9, 405, 405, 405, 9.1, ""],
      ["Bắc Sơn", "Ngọc Lặc", 9, 405, 371, 371, 12.4, "Thiếu 34 chỉ tiêu"],
      ["Thường Xuân III", "Thường Xuân", 8, 360, 338, 338, 10.5, "Thiếu 22 chỉ tiêu"],
      ["Hà Văn Mao", "Bá Thước", 9, 405, 389, 389, 11.2, "Thiếu 16 chỉ tiêu"],
      ["Lang Chánh", "Lang Chánh", 9, 405, 396, 396, 10.8, "Thiếu 09 chỉ tiêu"],
      ["Quan Hóa", "Quan Hóa", 8, 360, 352, 352, 11.6, "Thiếu 08 chỉ tiêu"],
    ]],
  ];
  let r = 11;
  let i = 0;
  const subtotals: number[] = [];
  for (const [title, units] of groups) {
    s.merge(`A${r}:I${r}`, title, { bold: true, border: true });
    r++;
    const first = r;
    for (const [name, district, classes, quota, shown, got, cut, note] of units) {
      i++;
      const diff: CellInput = { v: `=IF(ISNUMBER(F${r}),F${r}-E${r},"")`, result: typeof shown === "number" ? got - quota : "" };
      s.row(`A${r}`, [String(i), name, district, classes, quota, shown, diff, { v: cut, fmt: "0.0" }, note], { border: true, align: "center" });
      s.set(`B${r}`, name, { border: true });
      s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
      const st: Status = got === quota ? "met" : "not_met";
      s.expect(`F${r}`, {
        indicator: `THPT ${name} · Tuyển đủ chỉ tiêu tuyển mới`,
        target: `đúng ${quota} HS: đủ chỉ tiêu, không vượt (column E; dòng Yêu cầu)`,
        status: st,
        why:
          got > quota
            ? `${got} admitted against a quota of ${quota}: ${got - quota} over, and the requirement forbids admitting beyond the quota`
            : got < quota
              ? `${got} admitted against ${quota}: ${quota - got} places unfilled after admissions closed`
              : typeof shown === "string"
                ? `typed "${shown}": ${got} of ${quota}, the quota filled exactly`
                : `${got} admitted, exactly the quota of ${quota}`,
    });
      r++;
    }
    const last = r - 1;
    const q = units.reduce((t, u) => t + u[3], 0);
    const g = units.reduce((t, u) => t + (typeof u[4] === "number" ? u[5] : 0), 0);
    s.row(`A${r}`, ["", `Cộng ${title.split(".")[0]}`, "", { v: `=SUM(D${first}:D${last})`, result: units.reduce((t, u) => t + u[2], 0) }, { v: `=SUM(E${first}:E${last})`, result: q }, { v: `=SUM(F${first}:F${last})`, result: g }, { v: `=F${r}-E${r}`, result: g - q }, "", ""], { border: true, bold: true, align: "center" });
    subtotals.push(r);
    r++;
  }
  // the province line, typed by hand (the extract does not hold all 88 schools)
  s.row(`A${r}`, ["", "Toàn tỉnh (88 trường)", "", 716, 32245, 32108, { v: `=F${r}-E${r}`, result: -137 }, "", "08/88 trường tuyển chưa đủ chỉ tiêu"], { border: true, bold: true, align: "center" });
  s.set(`B${r}`, "Toàn tỉnh (88 trường)", { border: true, bold: true });
  const prov = r;
  s.expect(`F${prov}`, {
    indicator: "Toàn tỉnh · Tuyển đủ chỉ tiêu tuyển mới",
    target: "32.245 HS (column E, the province's quota for 88 schools)",
    status: "not_met",
    why: "32.108 admitted against 32.245: 137 places short across the province (8 of 88 schools short, the note says); typed by hand, not a SUM of the extract",
  });
  const rollUps = [s.rollUp(" · Tuyển đủ chỉ tiêu tuyển mới", "trường", "Tuyển đủ chỉ tiêu, không vượt")];
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Biểu trích 17/88 trường; dòng Toàn tỉnh là số liệu của cả 88 trường, không phải tổng các dòng trên.",
    "- Số HS trúng tuyển tính theo số đã xác nhận nhập học đến hết ngày 07/8/2020.",
    "- Ba trường thiếu chỉ tiêu còn lại (không có trong biểu trích) thiếu tổng cộng 48 chỉ tiêu.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Hùng" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Lợi" });
  b.facts = {
    sheet: "TS10 2020-2021",
    headerRows: "9 (column numbers in row 10)",
    nameColumn: "B (Trường THPT)",
    target: "column E (Chỉ tiêu tuyển mới): an exact quota, to fill and not exceed (requirement line, row 8)",
    actualColumns: "F (Số HS trúng tuyển, xác nhận nhập học)",
    ignoreColumns: "A (TT), C (district), D (classes given: no result beside it), G (signed difference, derived), H (cut-off score: no target), I (Ghi chú)",
    totalRows: `${subtotals.join(", ")} (group subtotals, not judged); ${prov} (Toàn tỉnh: typed, judged against the province's quota)`,
    otherRows: "8 (requirement line), 10 (column numbers), 11 and 20 (group headings), notes and signature below",
    asOf: "2020-08-10",
    period: "tuyển sinh lớp 10 năm học 2020-2021",
    rollUps,
    notes: "Admissions are closed (confirmations counted to 07/8/2020), so every quota is due. The requirement asks each school to fill its quota and not to exceed it: exactly the quota is met, fewer is not met, and Tĩnh Gia 1's 545 against 540 is not met too (over a quota the requirement forbids exceeding). Mường Lát's count is typed \"270/270\" and its group SUM skips it. The cut-off scores carry no target. The province line covers all 88 schools and is typed by hand: 32.108 against 32.245 is not met.",
  };
  return b;
}
