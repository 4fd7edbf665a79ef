// Layout 333: a district farmers' union's mid-term review by commune (Hội Nông dân huyện Phú Tân, Cà Mau, term 2018-2023, data to 30 June 2020): communes as rows; whole-term quotas per commune in their own columns (new members, households recognised as good producers) beside the figures so far; a yearly floor for members attending meetings written once in a target row and read on the last full year (2019); the previous term's admissions hidden; a district SUM row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu Nghị quyết Đại hội Hội Nông dân huyện Phú Tân nhiệm kỳ 2018-2023 theo cơ sở Hội (sơ kết giữa nhiệm kỳ)");
  const s = b.sheet("So ket giua NK");
  s.cols([5, 24, 11, 11, 11, 11, 10, 12, 12, 22, 11]);
  const top = titleBlock(s, {
    left: ["HỘI NÔNG DÂN TỈNH CÀ MAU", "BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN PHÚ TÂN"],
    date: "Phú Tân, ngày 15 tháng 7 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI HỘI NÔNG DÂN HUYỆN", "NHIỆM KỲ 2018-2023 THEO CƠ SỞ HỘI (SƠ KẾT GIỮA NHIỆM KỲ, SỐ LIỆU ĐẾN 30/6/2020)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  const h1 = top;
  const h2 = top + 1;
  s.merge(`A${h1}:A${h2}`, "TT", h);
  s.merge(`B${h1}:B${h2}`, "Cơ sở Hội", h);
  s.merge(`C${h1}:D${h1}`, "Kết nạp hội viên mới", h);
  s.merge(`E${h1}:G${h1}`, "Hội viên tham gia sinh hoạt năm 2019", h);
  s.merge(`H${h1}:I${h1}`, "Hộ đạt danh hiệu SXKD giỏi các cấp (lượt hộ)", h);
  s.merge(`J${h1}:J${h2}`, "Ghi chú", h);
  s.merge(`K${h1}:K${h2}`, "Kết nạp NK 2013-2018", h);
  s.row(`C${h2}`, ["Chỉ tiêu cả nhiệm kỳ", "Thực hiện 7/2018-6/2020", "Tổng số hội viên", "Số HV sinh hoạt thường xuyên", "Tỷ lệ (%)", "Chỉ tiêu cả nhiệm kỳ", "Thực hiện 7/2018-6/2020"], h);
  s.hideCols("K");
  const tr = h2 + 1;
  s.merge(`A${tr}:B${tr}`, "Chỉ tiêu Nghị quyết", { bold: true, italic: true, border: true });
  s.merge(`C${tr}:D${tr}`, "Giao từng cơ sở (cột 3)", { italic: true, border: true, align: "center", wrap: true });
  s.merge(`E${tr}:G${tr}`, "Hằng năm từ 80% hội viên trở lên", { bold: true, italic: true, border: true, align: "center", wrap: true });
  s.merge(`H${tr}:I${tr}`, "Giao từng cơ sở (cột 6)", { italic: true, border: true, align: "center", wrap: true });
  s.set(`J${tr}`, "", { border: true });
  // name, join quota, joined, members, attending, SXKD quota, SXKD done, note, previous term
  type C = [string, number, number, number, number, number, number, string, number];
  const cs: C[] = [
    ["Thị trấn Cái Đôi Vàm", 420, 431, 2150, 1763, 3600, 2210, "", 455],
    ["Xã Phú Thuận", 460, 402, 2480, 1984, 4300, 2650, "", 470],
    ["Xã Phú Mỹ", 520, 520, 2910, 2270, 4800, 2980, "", 498],
    ["Xã Phú Tân", 480, 376, 2640, 2139, 4200, 4350, "Vượt chỉ tiêu nhiệm kỳ", 440],
    ["Xã Tân Hải", 450, 388, 2380, 1833, 4000, 2470, "", 410],
    ["Xã Việt Thắng", 510, 415, 2760, 2180, 4400, 2300, "", 505],
    ["Xã Tân Hưng Tây", 470, 396, 2520, 2041, 4100, 2160, "", 462],
    ["Xã Rạch Chèo", 400, 350, 2230, 1762, 3500, 1820, "", 380],
    ["Xã Nguyễn Việt Khái", 430, 378, 2330, 1771, 3700, 1166, "Ảnh hưởng sạt lở, nhiều hộ di dời", 415],
  ];
  const termSt = (got: number, q: number): Status => (got > q ? "exceeded" : got === q ? "met" : "pending");
  const termWhy = (got: number, q: number) => (got > q ? `${got} > ${q}: the whole term's quota already passed` : got === q ? `${got} = ${q}: the term's quota reached` : `${got} of ${q} at mid-term; the term runs to 2023`);
  let r = tr + 1;
  const first = r;
  const judgeRow = (name: string, jq: number, j: number, mem: number, att: number, sq: number, sd: number) => {
    s.expect(`D${r}`, { indicator: `Kết nạp hội viên mới · ${name}`, target: `${jq} (column C, cả nhiệm kỳ 2018-2023)`, status: termSt(j, jq), why: termWhy(j, jq) });
    const rate = Math.round((att / mem) * 1000) / 10;
    const st: Status = rate > 80 ? "exceeded" : rate === 80 ? "met" : "not_met";
    s.expect(`F${r}|G${r}`, { indicator: `Tỷ lệ hội viên sinh hoạt năm 2019 · ${name}`, target: "Hằng năm từ 80% trở lên (dòng Chỉ tiêu Nghị quyết)", status: st, why: `${att}/${mem} = ${String(rate).replace(".", ",")}% in 2019, a finished year, ${st === "not_met" ? "under" : st === "met" ? "exactly at" : "above"} the yearly floor` });
    s.expect(`I${r}`, { indicator: `Hộ đạt danh hiệu SXKD giỏi (lượt) · ${name}`, target: `${sq} (column H, cả nhiệm kỳ 2018-2023)`, status: termSt(sd, sq), why: termWhy(sd, sq) });
  };
  for (const [i, [name, jq, j, mem, att, sq, sd, note, prev]] of cs.entries()) {
    s.row(`A${r}`, [String(i + 1), name, jq, j, { v: mem, fmt: "#,##0" }, { v: att, fmt: "#,##0" }, { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round((att / mem) * 1000) / 10, fmt: "0.0" }, { v: sq, fmt: "#,##0" }, { v: sd, fmt: "#,##0" }, note, prev], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`J${r}`, note, { border: true, wrap: true, italic: true });
    judgeRow(name, jq, j, mem, att, sq, sd);
    r++;
  }
  const last = r - 1;
  const t = (i: number) => cs.reduce((a, c) => a + (c[i] as number), 0);
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v, fmt: "#,##0" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", t(1)), sum("D", t(2)), sum("E", t(3)), sum("F", t(4)), { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round((t(4) / t(3)) * 1000) / 10, fmt: "0.0" }, sum("H", t(5)), sum("I", t(6)), "Gần 80% HV sinh hoạt", sum("K", t(8))], { border: true, bold: true, align: "center" });
  judgeRow("Toàn huyện", t(1), t(2), t(3), t(4), t(5), t(6));
  const total = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu kết nạp hội viên và hộ đạt danh hiệu SXKD giỏi giao cho cả nhiệm kỳ 2018-2023 (Nghị quyết Đại hội Hội Nông dân huyện lần thứ X).",
    "- Tỷ lệ hội viên sinh hoạt tính theo năm; năm 2020 chưa tổng hợp.",
    "- Toàn huyện có 41.866 lượt hộ đăng ký SXKD giỏi các cấp.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Út" }, { col: "F", title: "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", name: "Nguyễn Hoàng Em" });
  b.facts = {
    sheet: "So ket giua NK",
    headerRows: `${h1}-${h2} (merged indicator heads over their sub-columns)`,
    nameColumn: "B (Cơ sở Hội)",
    target: `columns C and H (whole-term quotas per commune); row ${tr} (Chỉ tiêu Nghị quyết) for G: "Hằng năm từ 80% hội viên trở lên"`,
    actualColumns: "D (joined so far), F with G (members attending in 2019, ROUND rate), I (households recognised so far)",
    ignoreColumns: "A (TT), E (members: the base), J (Ghi chú), K (hidden: previous term's admissions)",
    totalRows: `${total} (Toàn huyện: SUM)`,
    targetRows: String(tr),
    otherRows: "notes and signature",
    asOf: "2020-07-15",
    period: "2018-2023",
    notes: "Mid-term review read on 15/7/2020. Whole-term quotas (columns C, H) short are pending until 2023; reached is met; passed is exceeded (Phú Tân's households). The yearly floor in the target row is judged on 2019, a finished year: 80,0% exactly (Phú Thuận) is met, under it not met; the district's 79,2% (\"gần 80%\") is not met.",
  };
  return b;
}
