// Layout 295: a city police department's chip-based citizen ID campaign by urban district, read on 25/4/2021 (Công an thành phố Hà Nội, khối quận): each district's count target due 5/6/2021 in the first figure column, dossiers taken against it, then two chained rates whose denominators are the previous stage (dossiers sent / taken, cards returned / sent) with no target, an earlier count hidden, a SUM row; the deadline is six weeks away.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thu nhận hồ sơ cấp căn cước công dân gắn chíp khối quận đến hết ngày 25/4/2021, Công an thành phố Hà Nội");
  const s = b.sheet("CCCD khoi quan");
  s.cols([5, 18, 13, 11, 13, 9, 13, 9, 12, 9, 20]);
  titleBlock(s, {
    left: ["CÔNG AN THÀNH PHỐ HÀ NỘI", "PHÒNG CẢNH SÁT QLHC VỀ TTXH"],
    date: "Hà Nội, ngày 26 tháng 4 năm 2021",
    title: ["BIỂU 01: TIẾN ĐỘ CẤP CĂN CƯỚC CÔNG DÂN GẮN CHÍP - KHỐI QUẬN", "(Số liệu tính từ ngày 31/12/2020 đến hết ngày 25/4/2021)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Đơn vị", "Chỉ tiêu Bộ Công an giao (hoàn thành trước ngày 05/6/2021)", "Thu nhận đến 31/3/2021", "Số hồ sơ đã thu nhận", "Tỷ lệ so với chỉ tiêu (%)", "Số hồ sơ đã gửi lên C06", "Tỷ lệ so với hồ sơ đã thu nhận (%)", "Số thẻ CCCD đã nhận về", "Tỷ lệ so với hồ sơ đã gửi (%)", "Ghi chú"], head);
  s.row("A8", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(3)", "(7)", "(8)=(7)/(5)", "(9)", "(10)=(9)/(7)", "(11)"], { italic: true, align: "center", border: true });
  // name, target, taken by 31/3 (hidden), taken, sent, cards, note
  type U = [string, number, number, number, number, number, string];
  const units: U[] = [
    ["Quận Ba Đình", 190000, 121300, 165300, 98400, 20100, ""],
    ["Quận Hoàn Kiếm", 125000, 98600, 126400, 84700, 18900, "Vượt chỉ tiêu"],
    ["Quận Tây Hồ", 135000, 80200, 118200, 64100, 12300, ""],
    ["Quận Long Biên", 245000, 118400, 190800, 104500, 21600, ""],
    ["Quận Cầu Giấy", 240000, 150300, 212600, 126200, 25400, ""],
    ["Quận Đống Đa", 340000, 190700, 270500, 152300, 30800, ""],
    ["Quận Hai Bà Trưng", 255000, 180100, 255000, 148600, 29900, "Đạt chỉ tiêu ngày 24/4"],
    ["Quận Hoàng Mai", 370000, 160900, 240300, 128700, 24000, "Tổ chức cấp lưu động tại tổ dân phố"],
    ["Quận Thanh Xuân", 245000, 142800, 201700, 117900, 23500, ""],
    ["Quận Nam Từ Liêm", 225000, 101200, 168900, 92600, 17400, ""],
    ["Quận Bắc Từ Liêm", 270000, 112500, 175400, 95300, 18800, ""],
    ["Quận Hà Đông", 310000, 176600, 288700, 160200, 31500, ""],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const r1 = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
  const rate = (r: number, num: string, den: string, n: number, d: number, bold = false): CellInput => ({ v: `=ROUND(${num}${r}/${den}${r}*100,1)`, result: r1(n, d), fmt: "0.0", border: true, align: "center", bold });
  let r = 9;
  for (const [i, [name, target, early, taken, sent, cards, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, target, early, taken, rate(r, "E", "C", taken, target), sent, rate(r, "G", "E", sent, taken), cards, rate(r, "I", "G", cards, sent), note], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, name, { border: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = taken > target ? "exceeded" : taken === target ? "met" : "pending";
    s.expect(`E${r}|F${r}`, { indicator: `Số hồ sơ CCCD gắn chíp đã thu nhận · ${name}`, target: `${vi(target)} hồ sơ trước ngày 05/6/2021 (column C)`, status: st, why: st === "pending" ? `${vi(taken)} of ${vi(target)} = ${r1(taken, target).toFixed(1).replace(".", ",")}% on 25/4; due on 5/6/2021` : st === "met" ? `${vi(taken)} of ${vi(target)}: the target reached before its due day` : `${vi(taken)} against ${vi(target)}: above the target before its due day` });
    r++;
  }
  // r = 21: the urban districts together
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}9:${c}20)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Cộng khối quận", sum("C", S(1)), sum("D", S(2)), sum("E", S(3)), rate(r, "E", "C", S(3), S(1), true), sum("G", S(4)), rate(r, "G", "E", S(4), S(3), true), sum("I", S(5)), rate(r, "I", "G", S(5), S(4), true), ""], { border: true, bold: true, align: "center" });
  s.expect(`E${r}|F${r}`, { indicator: "Số hồ sơ CCCD gắn chíp đã thu nhận · Cộng khối quận", target: `${vi(S(1))} hồ sơ trước ngày 05/6/2021 (column C, SUM)`, status: "pending", why: `${vi(S(3))} of ${vi(S(1))} = ${r1(S(3), S(1)).toFixed(1).replace(".", ",")}% on 25/4; due on 5/6/2021` });
  s.hideCols("D");
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu cột (3): số hồ sơ CCCD gắn chíp Bộ Công an giao, hoàn thành trước ngày 05/6/2021 (toàn thành phố trên 6 triệu hồ sơ).",
    "- Cột (8), (10) là tỷ lệ nối tiếp theo từng khâu (gửi hồ sơ, nhận thẻ), không giao chỉ tiêu.",
    "- Khối huyện, thị xã tổng hợp tại Biểu 02.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Thiếu tá Đỗ Minh Tuấn" }, { col: "G", title: "TRƯỞNG PHÒNG", name: "Đại tá Nguyễn Văn Quang" });
  b.facts = {
    sheet: "CCCD khoi quan",
    headerRows: "7 (with a column-number row 8: \"(6)=(5)/(3)\", \"(8)=(7)/(5)\", \"(10)=(9)/(7)\")",
    nameColumn: "B (Đơn vị)",
    target: "column C (Chỉ tiêu Bộ Công an giao, a count per district due before 5/6/2021)",
    actualColumns: "E (dossiers taken) or F (its rate against C, a ROUND on the 0-100 scale)",
    ignoreColumns: "A (TT), D (taken by 31/3/2021: hidden, an earlier reading), G-J (dossiers sent and cards returned with their chained rates: no target), K (Ghi chú)",
    totalRows: "21 (Cộng khối quận: SUM of rows 9-20; judged)",
    otherRows: "8 (column numbers), notes and signature under the table",
    asOf: "2021-04-25",
    period: "31/12/2020 - 05/6/2021",
    notes: "Read on 25/4/2021 against targets due before 5/6/2021: a district short of its target is pending; Hai Bà Trưng (255.000 of 255.000) is met and Hoàn Kiếm (126.400 of 125.000) exceeded before the due day. Columns H and J are rates of the stage before (sent over taken, cards over sent), not of the target, and carry none. Column D is an earlier count, hidden.",
  };
  return b;
}
