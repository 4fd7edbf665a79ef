// Layout 168: a district Phòng GD&ĐT's summary of the 2022-2023 lower-secondary graduation review per school (Vĩnh Linh, 16 schools): count pair and ROUND(…,2) rate judged against "Từ 99% trở lên", the Giỏi share of graduates against "≥ 25%", Khá / TB shares without a target, a hidden last-year column, a school whose count includes two pupils with disabilities not reviewed (review), a school whose ratings are not yet entered, a district SUM row at the bottom.
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả xét công nhận tốt nghiệp THCS năm học 2022-2023 theo trường, Phòng GD&ĐT huyện Vĩnh Linh");
  const s = b.sheet("TN THCS 2023");
  s.cols([5, 24, 9, 10, 9, 10, 8, 8, 8, 8, 8, 8, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN VĨNH LINH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Vĩnh Linh, ngày 26 tháng 5 năm 2023",
    title: ["TỔNG HỢP KẾT QUẢ XÉT CÔNG NHẬN TỐT NGHIỆP TRUNG HỌC CƠ SỞ", "Năm học 2022-2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:C9", "Số HS lớp 9 dự xét", head);
  s.merge("D8:E8", "Được công nhận tốt nghiệp", head).row("D9", ["Số HS", "Tỷ lệ (%)"], head);
  s.merge("F8:F9", "Tỷ lệ TN năm học 2021-2022 (%)", head);
  s.merge("G8:L8", "Xếp loại tốt nghiệp (tỷ lệ so với số HS tốt nghiệp)", head);
  s.row("G9", ["Giỏi", "%", "Khá", "%", "TB", "%"], head);
  s.merge("M8:M9", "Ghi chú", head);
  s.row("A10", ["1", "2", "3", "4", "5=4/3", "6", "7", "8", "9", "10", "11", "12", "13"], { ...head, bold: false, italic: true });
  s.row("A11", ["", "Chỉ tiêu năm học (từng trường và toàn huyện)", "", "", "Từ 99% trở lên", "", "", "≥ 25%", "", "", "", "", ""], { ...head, bold: false, italic: true });
  s.hideCols("F");
  const r2 = (x: number) => Math.round(x * 100) / 100;
  // [trường, dự xét, TN, giỏi, khá, TN năm trước, ghi chú, TN status, TN why, giỏi status, giỏi why]
  type U = [string, number, number, number | "", number | "", number, string, Status, string, Status, string];
  const units: U[] = [
    ["THCS Hồ Xá", 248, 248, 82, 110, 99.6, "", "exceeded", "248/248 = 100,00", "exceeded", "82/248 = 33,06"],
    ["THCS Bến Quan", 64, 63, 14, 30, 98.4, "01 HS nghỉ học dài ngày", "not_met", "63/64 = 98,44 < 99", "not_met", "14/63 = 22,22 < 25"],
    ["THCS Cửa Tùng", 96, 95, 25, 44, 100, "", "not_met", "95/96 = 98,96, just under 99", "exceeded", "25/95 = 26,32"],
    ["THCS Vĩnh Thái", 100, 99, 27, 45, 100, "", "met", "99/100 = 99,00 at the floor \"Từ 99% trở lên\"", "exceeded", "27/99 = 27,27"],
    ["THCS Vĩnh Tú", 84, 84, 21, 38, 98.8, "", "exceeded", "84/84 = 100,00", "met", "21/84 = 25,00 at the floor"],
    ["THCS Vĩnh Chấp", 72, 72, 15, 35, 100, "", "exceeded", "72/72 = 100,00", "not_met", "15/72 = 20,83 < 25"],
    ["THCS Vĩnh Kim", 58, 58, 17, 26, 100, "", "exceeded", "58/58 = 100,00", "exceeded", "17/58 = 29,31"],
    ["THCS Vĩnh Thạch", 66, 66, 19, 29, 98.5, "", "exceeded", "66/66 = 100,00", "exceeded", "19/66 = 28,79"],
    ["THCS Vĩnh Hiền", 98, 96, 22, 44, 100, "Số dự xét gồm 02 HS khuyết tật học hòa nhập, đánh giá theo kế hoạch giáo dục cá nhân, không xét tốt nghiệp", "review", "96/98 = 97,96 < 99 as the sheet computes it, but 96/96 = 100 when the two pupils with disabilities (not reviewed, Ghi chú) are left out; nothing on the row says which the target counts", "not_met", "22/96 = 22,92 < 25 (graduates, unaffected)"],
    ["THCS Vĩnh Hòa", 88, 88, 27, 40, 100, "", "exceeded", "88/88 = 100,00", "exceeded", "27/88 = 30,68"],
    ["THCS Vĩnh Lâm", 102, 101, 28, 46, 99.1, "", "exceeded", "101/102 = 99,02 > 99", "exceeded", "28/101 = 27,72"],
    ["THCS Vĩnh Sơn", 54, 54, 12, 25, 100, "", "exceeded", "54/54 = 100,00", "not_met", "12/54 = 22,22 < 25"],
    ["THCS Vĩnh Thủy", 92, 92, 30, 41, 100, "", "exceeded", "92/92 = 100,00", "exceeded", "30/92 = 32,61"],
    ["THCS Vĩnh Long", 110, 110, 36, 50, 99.1, "", "exceeded", "110/110 = 100,00", "exceeded", "36/110 = 32,73"],
    ["THCS Vĩnh Hà", 36, 36, "", "", 100, "Chưa nhập xếp loại tốt nghiệp lên CSDL ngành", "exceeded", "36/36 = 100,00", "no_data", "ratings blank (Ghi chú): not yet entered"],
    ["THCS Vĩnh Giang", 76, 76, 20, 34, 100, "", "exceeded", "76/76 = 100,00", "exceeded", "20/76 = 26,32"],
  ];
  const first = 12;
  const last = first + units.length - 1;
  const pct = (num: string, r: number, res: number | ""): CellInput => ({ v: `=IF(${num}${r}="","",ROUND(${num}${r}/D${r}*100,2))`, result: res, fmt: "0.00" });
  const tot = { c: 0, d: 0, g: 0, k: 0, t: 0 };
  units.forEach((u, i) => {
    const r = first + i;
    const tb = typeof u[3] === "number" && typeof u[4] === "number" ? u[2] - u[3] - u[4] : "";
    tot.c += u[1]; tot.d += u[2];
    if (typeof u[3] === "number") tot.g += u[3];
    if (typeof u[4] === "number") tot.k += u[4];
    if (typeof tb === "number") tot.t += tb;
    s.row(`A${r}`, [
      i + 1, u[0], u[1], u[2],
      { v: `=ROUND(D${r}/C${r}*100,2)`, result: r2((u[2] / u[1]) * 100), fmt: "0.00" },
      { v: u[5], fmt: "0.0" },
      u[3], pct("G", r, u[3] === "" ? "" : r2((u[3] / u[2]) * 100)),
      u[4], pct("I", r, u[4] === "" ? "" : r2((u[4] / u[2]) * 100)),
      tb, pct("K", r, tb === "" ? "" : r2((tb / u[2]) * 100)),
      u[6],
    ], { border: true, align: "center", wrap: true });
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ tốt nghiệp THCS`, target: "Từ 99% trở lên", status: u[7], why: u[8] });
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ tốt nghiệp loại giỏi`, target: "≥ 25%", status: u[9], why: u[10], ...(u[3] === "" ? { actual: "(trống)" } : {}) });
  });
  const t = last + 1;
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: res });
  s.row(`A${t}`, [
    "", "Toàn huyện", sum("C", tot.c), sum("D", tot.d), { v: `=ROUND(D${t}/C${t}*100,2)`, result: r2((tot.d / tot.c) * 100), fmt: "0.00" }, { v: 99.3, fmt: "0.0" },
    sum("G", tot.g), pct("G", t, r2((tot.g / tot.d) * 100)), sum("I", tot.k), pct("I", t, r2((tot.k / tot.d) * 100)), sum("K", tot.t), pct("K", t, r2((tot.t / tot.d) * 100)),
    "Xếp loại chưa gồm THCS Vĩnh Hà",
  ], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`E${t}|D${t}`, { indicator: "Toàn huyện · Tỷ lệ tốt nghiệp THCS", target: "Từ 99% trở lên", status: "exceeded", why: `${viNumber(tot.d, 0)}/${viNumber(tot.c, 0)} = ${viNumber(r2((tot.d / tot.c) * 100), 2)}; leaving out Vĩnh Hiền's two pupils gives more still, so above 99 either way` });
  s.expect(`H${t}|G${t}`, { indicator: "Toàn huyện · Tỷ lệ tốt nghiệp loại giỏi", target: "≥ 25%", status: "exceeded", why: `${tot.g}/${viNumber(tot.d, 0)} = ${viNumber(r2((tot.g / tot.d) * 100), 2)} with Vĩnh Hà's ratings missing (counted as none); the missing count can only raise it` });
  const rollUps = [s.rollUp(" · Tỷ lệ tốt nghiệp THCS", "trường"), s.rollUp(" · Tỷ lệ tốt nghiệp loại giỏi", "trường")];
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Kế hoạch thực hiện nhiệm vụ năm học 2022-2023 của Phòng GD&ĐT: tỷ lệ HS lớp 9 được công nhận tốt nghiệp THCS từ 99% trở lên; tỷ lệ tốt nghiệp loại giỏi từ 25% trở lên (tính trên số HS tốt nghiệp).",
    "- Xếp loại khá, trung bình thống kê để theo dõi, không giao chỉ tiêu.",
  ]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Hoài Thương" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Quang" });
  b.facts = {
    sheet: "TN THCS 2023",
    headerRows: "8-9 (merged groups), 10 (column numbers, 5=4/3), 11 (Chỉ tiêu)",
    nameColumn: "B (Trường)",
    target: "row 11: E \"Từ 99% trở lên\", H \"≥ 25%\"",
    actualColumns: "E (ROUND rate of D over C), H (ROUND share of G over D)",
    ignoreColumns: "C (denominator), F (hidden: last year's rate), J and L (Khá / TB shares, no target), M (Ghi chú)",
    totalRows: `${t} (Toàn huyện, SUM at the bottom; judged: the target is set for each school and the district)`,
    targetRows: "11",
    otherRows: `column numbers 10; notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2023-05-26",
    period: "Năm học 2022-2023",
    rollUps,
    notes: "Two targets side by side on one target row, each over its own denominator (candidates for the graduation rate, graduates for the Giỏi share). Vĩnh Hiền's count includes two pupils with disabilities who are not reviewed (review). Vĩnh Hà's ratings are blank; the district Giỏi share is above 25 even so.",
  };
  return b;
}
