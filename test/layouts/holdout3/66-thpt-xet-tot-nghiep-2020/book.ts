// Layout 66: a class's graduation check after the 2020 upper-secondary exam (lớp 12A4, THPT Nguyễn Du, Thanh Oai): the two conditions in column headers, a computed score rounded to two decimals (4,998 becomes 5,00, 4,99 stays short), a strict floor of "trên 1,0" on the lowest paper, the school's own result column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Dự kiến kết quả xét công nhận tốt nghiệp THPT năm 2020, lớp 12A4, Trường THPT Nguyễn Du (Thanh Oai)");
  const s = b.sheet("12A4");
  s.cols([5, 22, 7, 7, 8, 7, 7, 7, 9, 8, 11, 11, 10, 18]);
  titleBlock(s, {
    left: ["SỞ GD&ĐT HÀ NỘI", "TRƯỜNG THPT NGUYỄN DU"],
    date: "Thanh Oai, ngày 27 tháng 8 năm 2020",
    title: ["DỰ KIẾN KẾT QUẢ XÉT CÔNG NHẬN TỐT NGHIỆP THPT NĂM 2020", "Lớp 12A4 - Bài thi tổ hợp Khoa học tự nhiên"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Họ và tên", head);
  s.merge("C8:E8", "Bài thi độc lập", head).row("C9", ["Toán", "Ngữ văn", "Ngoại ngữ"], head);
  s.merge("F8:H8", "Bài thi KHTN", head).row("F9", ["Vật lí", "Hóa học", "Sinh học"], head);
  s.merge("I8:I9", "ĐTB cả năm lớp 12", head).merge("J8:J9", "Điểm ưu tiên", head);
  s.merge("K8:K9", "Điểm xét tốt nghiệp (từ 5,0 trở lên)", head).merge("L8:L9", "Điểm thấp nhất các bài, môn thi (trên 1,0)", head);
  s.merge("M8:M9", "Kết quả", head).merge("N8:N9", "Ghi chú", head);

  // [name, toán, văn, ngoại ngữ, lí, hóa, sinh, ĐTB 12, ưu tiên, school's word, note]
  type St = [string, number, number, number, number, number, number, number, number, string, string];
  const sts: St[] = [
    ["Nguyễn Văn An", 7.2, 6.5, 5.4, 6.25, 5.5, 7, 7.1, 0, "Đỗ", ""],
    ["Trần Thị Bích", 4, 6.25, 2.6, 8.5, 7.5, 4.25, 5.2, 0, "Trượt", ""],
    ["Lê Minh Châu", 5.8, 5.75, 2, 4, 6, 6.75, 5.5, 0, "Đỗ", "ĐXTN làm tròn"],
    ["Phạm Quốc Dũng", 6.8, 7, 4.2, 1, 6.5, 7.25, 7.4, 0, "Đỗ", "Lí 1,0 điểm"],
    ["Đỗ Thị Hà", 5.4, 6, 3.2, 1.25, 5.75, 5.5, 6.6, 0, "Đỗ", ""],
    ["Vũ Văn Hùng", 4.6, 5, 3, 4.5, 4.25, 5, 5.9, 0.25, "Đỗ", "Ưu tiên KV2-NT"],
    ["Bùi Thị Lan", 8.4, 7.5, 8.8, 8.25, 8.75, 7.5, 8.3, 0, "Đỗ", ""],
    ["Hoàng Văn Nam", 3.4, 4.5, 2.2, 3.75, 3.5, 4, 5.4, 0, "Trượt", ""],
    ["Ngô Thị Oanh", 6.2, 0.75, 5, 5.5, 6.25, 6, 6.8, 0, "Trượt", "Ngữ văn bỏ giấy trắng phần II"],
    ["Đinh Văn Phúc", 5, 5.5, 4, 5.25, 4.75, 5.5, 5, 0, "Đỗ", ""],
  ];
  const first = 10;
  const dxtn = (r: number): CellInput => ({ v: `=ROUND(((C${r}+D${r}+E${r}+(F${r}+G${r}+H${r})/3)/4*7+I${r}*3)/10+J${r},2)`, fmt: "0.00" });
  const low = (r: number): CellInput => ({ v: `=MIN(C${r}:H${r})`, fmt: "0.00" });
  sts.forEach((t, i) => {
    const r = first + i;
    const sc = (x: number): CellInput => ({ v: x, fmt: "0.00" });
    s.row(`A${r}`, [i + 1, { v: t[0], align: "left" }, sc(t[1]), sc(t[2]), sc(t[3]), sc(t[4]), sc(t[5]), sc(t[6]), { v: t[7], fmt: "0.0" }, t[8] ? { v: t[8], fmt: "0.00" } : "", dxtn(r), low(r), t[9], t[10]], { border: true, align: "center" });
  });
  const last = first + sts.length - 1;
  s.row(`A${last + 1}`, ["", "Tổng số đỗ", "", "", "", "", "", "", "", "", "", "", `=COUNTIF(M${first}:M${last},"Đỗ")`, ""], { bold: true, border: true, align: "center" });

  const two = (x: number) => x.toFixed(2).replace(".", ",");
  sts.forEach((t, i) => {
    const r = first + i;
    const raw = ((t[1] + t[2] + t[3] + (t[4] + t[5] + t[6]) / 3) / 4) * 7 / 10 + (t[7] * 3) / 10 + t[8];
    const x = Math.round(raw * 100 + 1e-9) / 100;
    const st: Status = Math.abs(x - 5) < 1e-9 ? "met" : x > 5 ? "exceeded" : "not_met";
    let why = `${two(x)} ${st === "not_met" ? "<" : st === "met" ? "=" : ">"} 5,00`;
    if (Math.abs(raw - x) > 0.001 && Math.abs(x - 5) < 0.02) why = `${raw.toFixed(4).replace(".", ",")} rounds to ${two(x)} (two decimals): ${st === "not_met" ? "short of" : "reaches"} 5,0`;
    if (t[8]) why += ` (with ${two(t[8])} priority points)`;
    if (st === "not_met" && t[9] === "Đỗ") why += "; the class's \"Đỗ\" is wrong";
    s.expect(`K${r}`, { indicator: `${t[0]} · Điểm xét tốt nghiệp`, target: "từ 5,0 trở lên", actual: two(x), status: st, why });
    const m = Math.min(t[1], t[2], t[3], t[4], t[5], t[6]);
    const ms: Status = m > 1 ? "met" : "not_met";
    s.expect(`L${r}`, { indicator: `${t[0]} · Điểm thấp nhất các bài, môn thi`, target: "trên 1,0", actual: two(m), status: ms, why: m > 1 ? `${two(m)} > 1,00 (a strict floor: met, never exceeded)` : `${two(m)} is not above 1,0: a failing mark (điểm liệt)${t[9] === "Đỗ" ? "; the class's \"Đỗ\" is wrong" : ""}` });
  });
  const n = notes(s, last + 3, "B", [
    "Ghi chú:",
    "- Thí sinh được công nhận tốt nghiệp khi tất cả bài thi và các môn thi thành phần của bài thi tổ hợp đều đạt trên 1 điểm theo thang điểm 10 và có điểm xét tốt nghiệp từ 5 điểm trở lên.",
    "- Điểm xét tốt nghiệp lấy đến 2 chữ số thập phân (70% điểm thi, 30% điểm trung bình cả năm lớp 12, cộng điểm ưu tiên).",
  ]);
  signature(s, n + 1, { col: "B", title: "GIÁO VIÊN CHỦ NHIỆM", name: "Nguyễn Thị Thu Trang" }, { col: "J", title: "HIỆU TRƯỞNG", name: "Đặng Văn Thành" });
  b.facts = {
    sheet: "12A4",
    headerRows: "8-9 (Bài thi độc lập / Bài thi KHTN over the subjects)",
    nameColumn: "B (Họ và tên)",
    target: "the headers of K (\"từ 5,0 trở lên\") and L (\"trên 1,0\"), restated in the notes",
    actualColumns: "K (Điểm xét tốt nghiệp: ROUND formula, two decimals), L (Điểm thấp nhất: MIN formula)",
    ignoreColumns: "C-H (the papers L is computed from), I, J (inputs of K), M (Kết quả: the class's own words, one wrong), N (Ghi chú)",
    totalRows: `${last + 1} (Tổng số đỗ)`,
    otherRows: `${last + 3}-${n - 1} (notes), signature below`,
    asOf: "2020-08-27",
    period: "2019-2020",
    rollUps: [s.rollUp(" · Điểm xét tốt nghiệp", "học sinh"), s.rollUp(" · Điểm thấp nhất các bài, môn thi", "học sinh")],
    notes: "Two conditions per student, in the column headers. The score is rounded to two decimals by the formula: Lê Minh Châu's 4,9983 becomes 5,00 (met), Trần Thị Bích's 4,99 is short. \"Trên 1,0\" is strict: Phạm Quốc Dũng's 1,00 in physics fails although the class wrote \"Đỗ\"; 1,25 passes.",
  };
  return b;
}
