// Layout 120: a primary school's tally of teachers rated against the professional standard (TT 20/2018), per subject group, against the quality-assurance plan's targets (TH Trù Sơn, Đô Lương, 2022-2023).
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả đánh giá giáo viên theo chuẩn nghề nghiệp năm học 2022-2023, Trường Tiểu học Trù Sơn");
  const s = b.sheet("Chuan nghe nghiep");
  s.cols([6, 28, 10, 7, 9, 7, 9, 7, 9, 7, 9, 12, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT ĐÔ LƯƠNG", "TRƯỜNG TIỂU HỌC TRÙ SƠN"],
    date: "Trù Sơn, ngày 31 tháng 5 năm 2023",
    title: ["TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO VIÊN THEO CHUẨN NGHỀ NGHIỆP", "Năm học 2022-2023 (Thông tư 20/2018/TT-BGDĐT; đối chiếu chỉ tiêu Kế hoạch đảm bảo chất lượng số 114/KH-THTS ngày 10/10/2022)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tổ chuyên môn", head).merge("C8:C9", "Tổng số GV được đánh giá", head);
  s.merge("D8:E8", "Tốt", head).merge("F8:G8", "Khá", head).merge("H8:I8", "Đạt", head).merge("J8:K8", "Chưa đạt", head);
  s.row("D9", ["SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)"], head);
  s.merge("L8:L9", "Khá trở lên (%)", head).merge("M8:M9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu (mỗi tổ và toàn trường)", "", "", "Từ 40% trở lên", "", "", "", "", "0", "", "Từ 90% trở lên", ""], { bold: true, italic: true, align: "center", border: true });
  const bd = { border: true, align: "center" as const };
  type T = [string, string, number, number, number, number, number, string];
  const teams: T[] = [
    ["1", "Tổ 1", 6, 3, 2, 1, 0, ""],
    ["2", "Tổ 2 + 3", 8, 3, 5, 0, 0, ""],
    ["3", "Tổ 4 + 5", 10, 4, 5, 0, 1, "01 GV xếp loại Chưa đạt (tiêu chí 2.1)"],
    ["4", "Tổ Năng khiếu (Âm nhạc, Mĩ thuật, GDTC, Tin học, Tiếng Anh)", 5, 2, 2, 1, 0, "01 GV nghỉ thai sản, không đánh giá"],
  ];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  teams.forEach((t, i) => {
    const r = 11 + i;
    const pct = (col: string, n: number) => ({ v: `=ROUND(${col}${r}/C${r}*100,1)`, result: r1((n / t[2]) * 100), fmt: "0.0" as const });
    s.row(`A${r}`, [t[0], t[1], t[2], t[3], pct("D", t[3]), t[4], pct("F", t[4]), t[5], pct("H", t[5]), t[6], pct("J", t[6]),
      { v: `=ROUND((D${r}+F${r})/C${r}*100,1)`, result: r1(((t[3] + t[4]) / t[2]) * 100), fmt: "0.0" }, t[7]], bd);
  });
  s.row("A15", ["5", "Tổ Văn phòng (nhân viên)", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "Không thuộc đối tượng đánh giá chuẩn GV"], bd);
  const T = 16;
  const sum = (col: string, n: number) => ({ v: `=SUM(${col}11:${col}14)`, result: n });
  const pctT = (col: string, n: number) => ({ v: `=ROUND(${col}${T}/C${T}*100,1)`, result: r1((n / 29) * 100), fmt: "0.0" as const });
  s.row(`A${T}`, ["", "Toàn trường", sum("C", 29), sum("D", 12), pctT("D", 12), sum("F", 14), pctT("F", 14), sum("H", 2), pctT("H", 2), sum("J", 1), pctT("J", 1),
    { v: `=ROUND((D${T}+F${T})/C${T}*100,1)`, result: r1((26 / 29) * 100), fmt: "0.0" }, ""], { ...bd, bold: true });
  const e = (row: number, who: string, what: "Tốt" | "Chưa đạt" | "Khá trở lên", status: Status, why: string) => {
    const cell = what === "Tốt" ? `E${row}|D${row}` : what === "Chưa đạt" ? `J${row}|K${row}` : `L${row}`;
    const target = what === "Tốt" ? "Từ 40% trở lên" : what === "Chưa đạt" ? "0" : "Từ 90% trở lên";
    s.expect(cell, { indicator: `${who} · GV xếp loại ${what}`, target, status, why });
  };
  e(11, "Tổ 1", "Tốt", "exceeded", "3/6 = 50,0%");
  e(11, "Tổ 1", "Chưa đạt", "met", "0 teachers");
  e(11, "Tổ 1", "Khá trở lên", "not_met", "(3+2)/6 = 83,3% < 90%");
  e(12, "Tổ 2 + 3", "Tốt", "not_met", "3/8 = 37,5% < 40%");
  e(12, "Tổ 2 + 3", "Chưa đạt", "met", "0");
  e(12, "Tổ 2 + 3", "Khá trở lên", "exceeded", "8/8 = 100%");
  e(13, "Tổ 4 + 5", "Tốt", "met", "4/10 = 40,0%, exactly the floor");
  e(13, "Tổ 4 + 5", "Chưa đạt", "not_met", "1 teacher rated Chưa đạt against a target of none");
  e(13, "Tổ 4 + 5", "Khá trở lên", "met", "9/10 = 90,0%, exactly the floor");
  e(14, "Tổ Năng khiếu", "Tốt", "met", "2/5 = 40,0% (the teacher on maternity leave is not in the 5)");
  e(14, "Tổ Năng khiếu", "Chưa đạt", "met", "0");
  e(14, "Tổ Năng khiếu", "Khá trở lên", "not_met", "4/5 = 80,0% < 90%");
  e(T, "Toàn trường", "Tốt", "exceeded", "12/29 = 41,4%");
  e(T, "Toàn trường", "Chưa đạt", "not_met", "1 teacher");
  e(T, "Toàn trường", "Khá trở lên", "not_met", "26/29 = 89,7% < 90% (shown 89,7)");
  const after = notes(s, T + 2, "B", ["Ghi chú:", "- Tỷ lệ tính trên số giáo viên được đánh giá; giáo viên nghỉ thai sản, nghỉ ốm dài ngày không đánh giá.", "- Khá trở lên = Tốt + Khá."]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hoài" }, { col: "J", title: "HIỆU TRƯỞNG", name: "Đặng Văn Thành" });
  b.facts = {
    sheet: "Chuan nghe nghiep",
    headerRows: "8-9 (Tốt / Khá / Đạt / Chưa đạt, each SL and TL (%))",
    nameColumn: "B (Tổ chuyên môn)",
    target: "row 10 (Chỉ tiêu, for each group and the school: E \"Từ 40% trở lên\" Tốt, J \"0\" Chưa đạt, L \"Từ 90% trở lên\" Khá trở lên)",
    actualColumns: "D/E (Tốt count and ROUND rate), J/K (Chưa đạt count and rate), L (Khá trở lên: ROUND formula over D and F)",
    ignoreColumns: "C (denominator), F-I (Khá, Đạt: no own target), M (Ghi chú)",
    totalRows: "16 (Toàn trường: SUMs; judged, the target row says it covers the school)",
    targetRows: "10",
    otherRows: "15 (Tổ Văn phòng: \"-\" everywhere, not teachers), notes and signature below",
    asOf: "2023-05-31",
    period: "2022-2023",
    notes: "The Chưa đạt target \"0\" is a count of teachers (none allowed). 40,0 and 90,0 sit exactly on inclusive floors.",
  };
  return b;
}
