// Layout 301: a district youth union's mid-term review of its congress targets (Huyện đoàn Đoan Hùng, Phú Thọ, term 2017-2022, read on 15/5/2020): ten targets as rows with a unit column, the term's target, one column per year of the term so far (the first from the congress in October 2017, the last "5 tháng 2020"), a cumulative SUM and its rate, and the union's own word ("Vượt", "Đạt", "Chưa đạt"); one target is a yearly 100% read per year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội Đoàn huyện Đoan Hùng nhiệm kỳ 2017-2022 (sơ kết giữa nhiệm kỳ, đến 15/5/2020)");
  const s = b.sheet("Chi tieu NQ DH");
  s.cols([5, 46, 9, 11, 10, 10, 10, 11, 11, 10, 12]);
  titleBlock(s, {
    left: ["BCH ĐOÀN TỈNH PHÚ THỌ", "BCH ĐOÀN HUYỆN ĐOAN HÙNG"],
    date: "Đoan Hùng, ngày 15 tháng 5 năm 2020",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI", "Đoàn TNCS Hồ Chí Minh huyện Đoan Hùng lần thứ XXV, nhiệm kỳ 2017-2022", "(Kèm theo Báo cáo sơ kết giữa nhiệm kỳ)"],
    leftSpan: ["A", "B"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head);
  s.merge("B9:B10", "Chỉ tiêu", head);
  s.merge("C9:C10", "ĐVT", head);
  s.merge("D9:D10", "Chỉ tiêu cả nhiệm kỳ", head);
  s.merge("E9:H9", "Kết quả thực hiện", head);
  s.row("E10", ["Từ 10/2017 đến 12/2017", "Năm 2018", "Năm 2019", "5 tháng đầu năm 2020"], head);
  s.merge("I9:I10", "Lũy kế đến 15/5/2020", head);
  s.merge("J9:J10", "Tỷ lệ so với chỉ tiêu nhiệm kỳ (%)", head);
  s.merge("K9:K10", "Tự đánh giá", head);
  // text, unit, term target, four periods, own word
  type T = [string, string, number, number, number, number, number, string];
  const rows: T[] = [
    ["Giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp", "Đoàn viên", 300, 18, 72, 81, 25, "Chưa đạt"],
    ["Xây dựng mới công trình thanh niên cấp huyện", "Công trình", 5, 0, 2, 2, 0, "Chưa đạt"],
    ["Thực hiện công trình, phần việc thanh niên cấp cơ sở", "Công trình", 150, 9, 41, 44, 12, "Chưa đạt"],
    ["Trồng mới cây xanh", "Cây", 10000, 1200, 3950, 4100, 1000, "Vượt"],
    ["Đề xuất ý tưởng, sáng kiến, sáng tạo trong đoàn viên thanh niên", "Ý tưởng", 1500, 96, 602, 760, 290, "Vượt"],
    ["Thăm hỏi, tặng quà gia đình chính sách", "Gia đình", 300, 35, 120, 118, 39, "Đạt"],
    ["Tặng quà thiếu nhi có hoàn cảnh đặc biệt khó khăn", "Thiếu nhi", 2000, 310, 940, 905, 260, "Vượt"],
    ["Kết nạp đoàn viên mới", "Đoàn viên", 2500, 140, 610, 635, 175, "Chưa đạt"],
    ["Xây dựng điểm vui chơi, sinh hoạt cho thanh thiếu nhi (mỗi xã, thị trấn ít nhất 01 điểm)", "Điểm", 28, 0, 5, 6, 1, "Chưa đạt"],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p1 = (n: number, d: number) => (Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",");
  let r = 11;
  for (const [i, [text, unit, target, a, b2, c, d, word]] of rows.entries()) {
    const cum = a + b2 + c + d;
    const rate: CellInput = { v: `=ROUND(I${r}/D${r}*100,1)`, result: Math.round((cum / target) * 1000) / 10, fmt: "0.0", border: true, align: "center" };
    s.row(`A${r}`, [String(i + 1), text, unit, target, a, b2, c, d, { v: `=SUM(E${r}:H${r})`, result: cum, border: true, align: "center", fmt: "#,##0" }, rate, word], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, text, { border: true, wrap: true });
    const st: Status = cum > target ? "exceeded" : cum === target ? "met" : "pending";
    s.expect(`I${r}|J${r}`, { indicator: `${text} · nhiệm kỳ 2017-2022`, target: `${vi(target)} ${unit.toLowerCase()} (column D, Chỉ tiêu cả nhiệm kỳ)`, status: st, why: st === "pending" ? `${vi(cum)} of ${vi(target)} = ${p1(cum, target)}% at mid-term; the term runs to 2022 (the union's own "Chưa đạt" is not a verdict yet)` : st === "met" ? `${vi(cum)} of ${vi(target)}: the term's target reached at mid-term` : `${vi(cum)} against ${vi(target)} = ${p1(cum, target)}%: the term's target passed already` });
    r++;
  }
  // r = 20: the yearly 100% target, read per year
  s.row(`A${r}`, ["10", "Hằng năm 100% cơ sở Đoàn tổ chức học tập, quán triệt nghị quyết và chủ đề công tác năm", "%", "100% hằng năm", 100, 100, 100, "Đang triển khai", "-", "-", "Đạt"], { border: true, align: "center" });
  s.set(`B${r}`, "Hằng năm 100% cơ sở Đoàn tổ chức học tập, quán triệt nghị quyết và chủ đề công tác năm", { border: true, wrap: true });
  const yr = [["E", "2017 (từ 10/2017)"], ["F", "2018"], ["G", "2019"]] as const;
  for (const [c, y] of yr) s.expect(`${c}${r}`, { indicator: `Cơ sở Đoàn học tập, quán triệt nghị quyết · năm ${y}`, target: "100% hằng năm (column D)", status: "met", why: `100% in ${y}` });
  s.expect(`H${r}`, { indicator: "Cơ sở Đoàn học tập, quán triệt nghị quyết · năm 2020", target: "100% hằng năm (column D)", status: "pending", why: "\"Đang triển khai\" in May: the year 2020 is not over" });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số liệu năm 2017 tính từ sau Đại hội Đoàn huyện (tháng 10/2017); năm 2020 tính đến ngày 15/5/2020.",
    "- Cột \"Tự đánh giá\" do Ban Thường vụ Huyện đoàn đánh giá so với chỉ tiêu cả nhiệm kỳ: 5/10 chỉ tiêu đã đạt và vượt.",
    "- 12 điểm vui chơi (chỉ tiêu 9) nằm trong số công trình thanh niên cấp cơ sở (chỉ tiêu 3).",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hằng" }, { col: "H", title: "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ", name: "Trần Mạnh Cường" });
  b.facts = {
    sheet: "Chi tieu NQ DH",
    headerRows: "9-10",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Chỉ tiêu cả nhiệm kỳ) for rows 11-19; D20 \"100% hằng năm\" for each year column of row 20",
    actualColumns: "I|J (Lũy kế = SUM of E-H, with its rate) for rows 11-19; E20, F20, G20, H20 (one year each) for row 20",
    ignoreColumns: "A (TT), C (ĐVT), E-H on rows 11-19 (the cumulative's parts), K (Tự đánh giá: the union's own word)",
    otherRows: "notes and signature under the table",
    asOf: "2020-05-15",
    period: "nhiệm kỳ 2017-2022",
    notes: "A mid-term review: term targets not yet reached are pending (the term runs to 2022), whatever the own-word column says (\"Chưa đạt\"). Five of ten reached, as the page says: trees (10.250 of 10.000), ideas (1.748), families (312), children (2.415), and the yearly 100% in every finished year. The page: 04 district works, 106 grassroots works (12 play areas), more than 10.000 trees, 1.748 ideas, more than 300 families, more than 2.400 children.",
  };
  return b;
}
