// Layout 315: a district education office's return on Vietnamese-language support for ethnic-minority children by school at the end of 2019-2020 (Phòng GD&ĐT huyện Bắc Bình, Bình Thuận, July 2020): kindergartens and primary schools in one table, three age groups each with a count / supported / rate triple, a target row under the header with two horizons ("đến hết năm 2020") and one yearly floor ("hằng năm"), "-" where a school has no such group; read on 20/7/2020: the 2020 aims are still due, the yearly 100% for the finished school year is final.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tăng cường tiếng Việt cho trẻ em, học sinh dân tộc thiểu số năm học 2019-2020 theo trường, Phòng GD&ĐT huyện Bắc Bình (Bình Thuận)");
  const s = b.sheet("TCTV 2019-2020");
  s.cols([5, 26, 10, 10, 11, 10, 10, 11, 10, 10, 11, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN BẮC BÌNH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Số: 612/BC-PGDĐT",
    date: "Bắc Bình, ngày 20 tháng 7 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG TIẾNG VIỆT CHO TRẺ EM MẦM NON, HỌC SINH TIỂU HỌC VÙNG DTTS", "Năm học 2019-2020 (Đề án giai đoạn 2016-2020, định hướng đến 2025)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.set("A9", { v: "TT", span: [2, 1] }, head);
  s.set("B9", { v: "Trường", span: [2, 1] }, head);
  s.set("C9", { v: "Trẻ DTTS độ tuổi nhà trẻ", span: [1, 3] }, head);
  s.set("F9", { v: "Trẻ DTTS độ tuổi mẫu giáo", span: [1, 3] }, head);
  s.set("I9", { v: "Học sinh tiểu học DTTS", span: [1, 3] }, head);
  s.set("L9", { v: "Ghi chú", span: [2, 1] }, head);
  s.row("C10", ["Tổng số", "Được TCTV", "Tỷ lệ (%)", "Tổng số", "Được TCTV", "Tỷ lệ (%)", "Tổng số", "Được TCTV", "Tỷ lệ (%)"], head);
  // the target row
  const tgt = { italic: true, bold: true, align: "center" as const, border: true, wrap: true };
  s.row("A11", ["", "Chỉ tiêu Đề án", "", "", "≥ 35% (đến hết năm 2020)", "", "", "≥ 90% (đến hết năm 2020)", "", "", "100% (hằng năm)", ""], tgt);
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const pct = (col: string, num: string, den: string, r: number, a: number, n: number, bold = false): CellInput => ({ v: `=ROUND(${num}${r}/${den}${r}*100,2)`, fmt: "0.00", border: true, align: "center", bold, result: Math.round((a / n) * 10000) / 100 });
  const dash: CellInput = { v: "-", border: true, align: "center" };
  // kindergartens: name, nursery count, supported, kindergarten-age count, supported, note
  type K = [string, number, number, number, number, string];
  const kinder: K[] = [
    ["Trường MN Phan Hiệp", 42, 18, 168, 158, ""],
    ["Trường MN Phan Hòa", 36, 10, 142, 121, ""],
    ["Trường MN Phan Lâm", 28, 7, 120, 108, ""],
    ["Trường MN Phan Sơn", 40, 14, 156, 131, "Thiếu giáo viên biết tiếng Raglai"],
    ["Trường MN Phan Điền", 22, 9, 98, 92, ""],
  ];
  // primary: name, pupils, supported, note
  type P = [string, number, number, string];
  const primary: P[] = [
    ["Trường TH Phan Hiệp", 412, 412, ""],
    ["Trường TH Phan Hòa", 386, 386, ""],
    ["Trường TH Phan Lâm", 298, 291, "07 HS chuyển đến cuối năm học"],
    ["Trường TH Phan Sơn", 354, 354, ""],
    ["Trường TH Phan Điền", 205, 205, ""],
  ];
  const floorSt = (a: number, n: number, floor: number): Status => (a * 100 > floor * n ? "exceeded" : a * 100 === floor * n ? "met" : "pending");
  let r = 12;
  let i = 1;
  for (const [name, nt, ntS, mg, mgS, note] of kinder) {
    s.row(`A${r}`, [String(i++), name, nt, ntS, pct("E", "D", "C", r, ntS, nt), mg, mgS, pct("H", "G", "F", r, mgS, mg), dash, dash, dash, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    const a = floorSt(ntS, nt, 35);
    s.expect(`D${r}|E${r}`, { indicator: `Tỷ lệ trẻ DTTS độ tuổi nhà trẻ được TCTV · ${name}`, target: "≥ 35% đến hết năm 2020 (row 11)", status: a, why: a === "pending" ? `${ntS} of ${nt} = ${vi((ntS / nt) * 100)}%, under 35%; due by the end of 2020` : a === "met" ? `${ntS} of ${nt} = 35,00%: on the floor` : `${ntS} of ${nt} = ${vi((ntS / nt) * 100)}%, above 35%` });
    const m = floorSt(mgS, mg, 90);
    s.expect(`G${r}|H${r}`, { indicator: `Tỷ lệ trẻ DTTS độ tuổi mẫu giáo được TCTV · ${name}`, target: "≥ 90% đến hết năm 2020 (row 11)", status: m, why: m === "pending" ? `${mgS} of ${mg} = ${vi((mgS / mg) * 100)}%, under 90%; due by the end of 2020` : m === "met" ? `${mgS} of ${mg} = 90,00%: on the floor` : `${mgS} of ${mg} = ${vi((mgS / mg) * 100)}%, above 90%` });
    r++;
  }
  for (const [name, n, sup, note] of primary) {
    s.row(`A${r}`, [String(i++), name, dash, dash, dash, dash, dash, dash, n, sup, pct("K", "J", "I", r, sup, n), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = sup === n ? "met" : "not_met";
    s.expect(`J${r}|K${r}`, { indicator: `Tỷ lệ học sinh tiểu học DTTS được TCTV · ${name}`, target: "100% hằng năm (row 11): the school year 2019-2020", status: st, why: st === "met" ? `${sup} of ${n}: every pupil, for a school year now over` : `${sup} of ${n} = ${vi((sup / n) * 100)}%: short of 100% for a school year now over (the note gives the reason)` });
    r++;
  }
  // r = 22: the district
  const K1 = kinder.reduce((t, k) => t + k[1], 0), K2 = kinder.reduce((t, k) => t + k[2], 0), K3 = kinder.reduce((t, k) => t + k[3], 0), K4 = kinder.reduce((t, k) => t + k[4], 0);
  const P1 = primary.reduce((t, p) => t + p[1], 0), P2 = primary.reduce((t, p) => t + p[2], 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}21)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", K1), sum("D", K2), pct("E", "D", "C", r, K2, K1, true), sum("F", K3), sum("G", K4), pct("H", "G", "F", r, K4, K3, true), sum("I", P1), sum("J", P2), pct("K", "J", "I", r, P2, P1, true), ""], { border: true, bold: true, align: "center" });
  s.expect(`D${r}|E${r}`, { indicator: "Tỷ lệ trẻ DTTS độ tuổi nhà trẻ được TCTV · Toàn huyện", target: "≥ 35% đến hết năm 2020 (row 11)", status: floorSt(K2, K1, 35), why: `${K2} of ${K1} = ${vi((K2 / K1) * 100)}%; due by the end of 2020` });
  s.expect(`G${r}|H${r}`, { indicator: "Tỷ lệ trẻ DTTS độ tuổi mẫu giáo được TCTV · Toàn huyện", target: "≥ 90% đến hết năm 2020 (row 11)", status: floorSt(K4, K3, 90), why: `${K4} of ${K3} = ${vi((K4 / K3) * 100)}%; due by the end of 2020` });
  s.expect(`J${r}|K${r}`, { indicator: "Tỷ lệ học sinh tiểu học DTTS được TCTV · Toàn huyện", target: "100% hằng năm (row 11): the school year 2019-2020", status: P2 === P1 ? "met" : "not_met", why: `${P2} of ${P1} = ${vi((P2 / P1) * 100)}%: one school short for a finished school year` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Đề án \"Tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số giai đoạn 2016-2020, định hướng đến 2025\": đến năm 2020 ít nhất 35% trẻ DTTS độ tuổi nhà trẻ, 90% trẻ DTTS độ tuổi mẫu giáo được tập trung tăng cường tiếng Việt; mỗi năm 100% học sinh tiểu học DTTS được tăng cường tiếng Việt.",
    "- Năm học 2019-2020 kết thúc ngày 15/7/2020 (điều chỉnh do dịch Covid-19).",
    "- \"-\": trường không có nhóm đối tượng này.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Thông Thị Ngọc Hà" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Bình" });
  b.facts = {
    sheet: "TCTV 2019-2020",
    headerRows: "9-10 (three age groups merged over Tổng số / Được TCTV / Tỷ lệ)",
    nameColumn: "B (Trường)",
    target: "row 11 (Chỉ tiêu Đề án), under each group's rate column: E \"≥ 35% (đến hết năm 2020)\", H \"≥ 90% (đến hết năm 2020)\", K \"100% (hằng năm)\"",
    actualColumns: "D|E (nursery-age supported and rate), G|H (kindergarten-age), J|K (primary); C, F, I are the denominators",
    ignoreColumns: "A (TT), C, F, I (counts: denominators), L (Ghi chú); \"-\" cells (a school without that group: nothing to judge)",
    totalRows: "22 (Toàn huyện: SUM of rows 12-21 for each group; each rate judged against its group's target)",
    targetRows: "11 (the targets, typed as text with their horizon)",
    otherRows: "notes and signature under the table",
    asOf: "2020-07-20",
    period: "năm học 2019-2020 (the yearly target); to the end of 2020 (the two preschool targets)",
    notes: "The preschool floors are due by the end of 2020 and the sheet is of 20/7/2020, so a school under them is pending and one on or above them met or exceeded (MN Phan Sơn 14/40 = 35,00% met; MN Phan Lâm 108/120 = 90,00% met). The primary target is 100% every school year, and 2019-2020 ended on 15/7/2020, so TH Phan Lâm's 291/298 is not met. Kindergartens have no primary cells and primary schools no preschool cells (\"-\"): nothing to judge there.",
  };
  return b;
}
