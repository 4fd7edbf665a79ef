// Layout 289: a city education department's pilot of digital primary school records by district (Sở GD&ĐT Hà Nội, end of July 2024, one emulation cluster): three count/rate blocks (schools using digital records, staff with a personal digital signature, records signed), a "Yêu cầu" row under the header with "≥ 50%" over the schools' rate, "100%" over the signatures' and "-" over the records' (no requirement), ROUND rates stored as fractions, a SUM row; the pilot year is over: short is not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thí điểm học bạ số cấp tiểu học năm học 2023-2024 theo quận, huyện (Cụm thi đua số 3), Sở GD&ĐT Hà Nội");
  const s = b.sheet("Hoc ba so TH");
  s.cols([5, 18, 9, 11, 9, 10, 11, 9, 10, 11, 9, 22]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Nội, ngày 12 tháng 8 năm 2024",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THÍ ĐIỂM HỌC BẠ SỐ CẤP TIỂU HỌC", "Năm học 2023-2024 (số liệu đến ngày 31/7/2024) - Cụm thi đua số 3"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Quận, huyện, thị xã", head);
  s.merge("C7:E7", "Trường tiểu học triển khai học bạ số", head);
  s.merge("F7:H7", "CBQL, GV, NV được cấp chữ ký số cá nhân", head);
  s.merge("I7:K7", "Học bạ học sinh được ký số (khối 1-4)", head);
  s.merge("L7:L8", "Ghi chú", head);
  s.row("C8", ["Tổng số trường", "Số trường triển khai", "Tỷ lệ", "Tổng số", "Đã được cấp", "Tỷ lệ", "Tổng số HS", "Số học bạ đã ký số", "Tỷ lệ"], head);
  const req = { bold: true, italic: true, border: true, align: "center" as const };
  s.merge("A9:B9", "Yêu cầu", { ...req, align: "left" });
  s.row("C9", ["", "", "≥ 50%", "", "", "100%", "", "", "-", "Theo Kế hoạch 213/KH-BGDĐT"], req);
  const pct = (r: number, num: string, den: string, n: number, d: number): CellInput => ({ v: `=ROUND(${num}${r}/${den}${r},3)`, pct: true, fmt: "0.0%", border: true, align: "center", result: `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%` });
  const p1 = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  // name, schools, schools using, staff, signed staff (or text), pupils, records signed, note
  type U = [string, number, number, number, number | string, number, number, string];
  const units: U[] = [
    ["Quận Cầu Giấy", 22, 22, 1460, 1460, 27412, 26981, ""],
    ["Quận Bắc Từ Liêm", 28, 27, 1702, 1688, 31870, 30655, "01 trường tư thục chưa triển khai"],
    ["Quận Nam Từ Liêm", 30, 15, 1815, 1815, 30214, 14388, ""],
    ["Huyện Đan Phượng", 18, 17, 963, 940, 19205, 18422, ""],
    ["Huyện Hoài Đức", 26, 12, 1390, 1322, 29876, 13104, "Mới triển khai khối 1, 2"],
    ["Huyện Phúc Thọ", 25, 25, 1128, 1128, 21033, 20876, ""],
    ["Huyện Thạch Thất", 27, 26, 1241, "Đang cập nhật", 25318, 24670, "Chưa báo cáo số chữ ký số"],
    ["Thị xã Sơn Tây", 17, 17, 802, 795, 13560, 13297, ""],
  ];
  const verdict = (done: number, all: number): Status => (done * 2 > all ? "exceeded" : done * 2 === all ? "met" : "not_met");
  let r = 10;
  for (const [i, [name, sc, used, staff, signed, pupils, recs, note]] of units.entries()) {
    const sig: CellInput = typeof signed === "number" ? pct(r, "G", "F", signed, staff) : { v: "", border: true };
    s.row(`A${r}`, [String(i + 1), name, sc, used, pct(r, "D", "C", used, sc), staff, signed, sig, pupils, recs, pct(r, "J", "I", recs, pupils), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    const v1 = verdict(used, sc);
    s.expect(`D${r}|E${r}`, { indicator: `Tỷ lệ trường tiểu học triển khai học bạ số · ${name}`, target: "≥ 50% (row 9)", status: v1, why: `${used} of ${sc} schools = ${p1(used, sc)}${v1 === "met" ? ": exactly half, the floor is inclusive" : v1 === "not_met" ? ": under half, and the pilot year is over" : ""}` });
    if (typeof signed === "number") {
      s.expect(`G${r}|H${r}`, { indicator: `Tỷ lệ CBQL, GV, NV được cấp chữ ký số · ${name}`, target: "100% (row 9)", status: signed === staff ? "met" : "not_met", why: signed === staff ? `${signed} of ${staff}: everyone` : `${signed} of ${staff} = ${p1(signed, staff)}: ${staff - signed} without a signature at the end of the pilot` });
    } else {
      s.expect(`G${r}|H${r}`, { indicator: `Tỷ lệ CBQL, GV, NV được cấp chữ ký số · ${name}`, target: "100% (row 9)", actual: "Đang cập nhật", status: "no_data", why: "the district has not reported its signatures (the note says so); the rate cell is blank" });
    }
    r++;
  }
  // r = 18: the cluster total (Thạch Thất's text is left out of G's SUM)
  const tot = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}17)`, result: res, border: true, bold: true, align: "center" });
  const S = (k: 1 | 2 | 3 | 4 | 5 | 6) => units.reduce((t, u) => t + (typeof u[k] === "number" ? (u[k] as number) : 0), 0);
  s.row(`A${r}`, ["", "Cộng", tot("C", S(1)), tot("D", S(2)), pct(r, "D", "C", S(2), S(1)), tot("F", S(3)), tot("G", units.reduce((t, u) => t + (typeof u[4] === "number" ? u[4] : 0), 0)), { v: "", border: true }, tot("I", S(5)), tot("J", S(6)), pct(r, "J", "I", S(6), S(5)), "Cột G chưa gồm huyện Thạch Thất"], { border: true, bold: true, align: "center" });
  s.set(`L${r}`, "Cột G chưa gồm huyện Thạch Thất", { border: true, italic: true, wrap: true });
  s.expect(`D${r}|E${r}`, { indicator: "Tỷ lệ trường tiểu học triển khai học bạ số · Cộng", target: "≥ 50% (row 9)", status: "exceeded", why: `${S(2)} of ${S(1)} schools = ${p1(S(2), S(1))}` });
  b.facts = {
    sheet: "Hoc ba so TH",
    headerRows: "7-8",
    nameColumn: "B (Quận, huyện, thị xã)",
    target: "row 9 (Yêu cầu: \"≥ 50%\" over the schools' rate E, \"100%\" over the signatures' rate H, \"-\" over the records' rate K: no requirement)",
    actualColumns: "D or E (schools using digital records, C the denominator; E a ROUND rate stored as a fraction); G or H (staff with a signature, F the denominator)",
    ignoreColumns: "A (TT), C, F and I (denominators), I-K (records signed: no requirement, \"-\" in row 9), L (Ghi chú)",
    totalRows: "18 (Cộng: SUM of rows 10-17; the schools' rate judged; G's SUM leaves out Thạch Thất's text and H is blank, so the signatures are not judged on the total)",
    targetRows: "9 (Yêu cầu)",
    otherRows: "notes and signature under the table",
    asOf: "2024-07-31",
    period: "2023-2024",
    notes: "The pilot ran through school year 2023-2024; figures are to 31/7/2024, after it ended, so short figures are final. The schools' floor is inclusive: half exactly (Nam Từ Liêm 15/30) is met, more is exceeded, Hoài Đức's 12/26 is not met. Every staff member needed a personal signature: 100% met, fewer not met; Thạch Thất typed \"Đang cập nhật\" (no data). The records block has \"-\" for its requirement: not judged, whatever its rate.",
  };
  return b;
}
