// Layout 352: a ministry-level summary of dropouts in term one by school level (school year 2008-2009): a target sentence above the table ("… mỗi cấp học dưới 1%"), levels as rows with pupils, dropouts and the rate, a national total row; the sentence is about each level's rate, never the counts, and not about the total.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp học sinh bỏ học học kỳ I năm học 2008-2009 theo cấp học");
  const s = b.sheet("Bo hoc HK1");
  s.cols([5, 24, 16, 14, 12, 30]);
  titleBlock(s, {
    left: ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "VỤ KẾ HOẠCH - TÀI CHÍNH"],
    date: "Hà Nội, ngày 14 tháng 7 năm 2009",
    title: ["TỔNG HỢP HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2008-2009"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  s.merge("A8:F8", "Chỉ tiêu: tỷ lệ học sinh bỏ học trong học kỳ I của mỗi cấp học dưới 1%.", { italic: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Cấp học", "Tổng số học sinh", "Số học sinh bỏ học", "Tỷ lệ bỏ học (%)", "Ghi chú"], head);
  type L = [string, string, number, number, number, Status | null, string];
  const rows: L[] = [
    ["1", "Tiểu học", 6846900, 8901, 0.13, "met", "8.901 of 6.846.900 = 0,13%, under 1%"],
    ["2", "Trung học cơ sở", 5579900, 39059, 0.7, "met", "39.059 of 5.579.900 = 0,70%, under 1%"],
    ["3", "Trung học phổ thông", 2969700, 38309, 1.29, "not_met", "38.309 of 2.969.700 = 1,29%, over 1%; term one is over, the count can only grow"],
  ];
  let r = 10;
  for (const [tt, lvl, n, d, rate, st, why] of rows) {
    s.row(`A${r}`, [tt, lvl, n, d, { v: `=ROUND(D${r}/C${r}*100,2)`, result: rate, fmt: "0.00" }, ""], { border: true, align: "center" });
    s.set(`B${r}`, lvl, { border: true });
    if (st) s.expect(`E${r}|D${r}`, { indicator: `Tỷ lệ học sinh bỏ học học kỳ I · ${lvl}`, target: "dưới 1% (the sentence above the table, row 8)", status: st, why });
    r++;
  }
  s.row(`A${r}`, ["", "Cả nước", { v: "=SUM(C10:C12)", result: 15396500 }, { v: "=SUM(D10:D12)", result: 86269 }, { v: `=ROUND(D${r}/C${r}*100,2)`, result: 0.56, fmt: "0.00" }, "Tỷ lệ chung 0,56%"], { border: true, align: "center", bold: true });
  notes(s, r + 2, "B", ["Ghi chú:", "- Số liệu đến hết học kỳ I năm học 2008-2009 do các sở GD&ĐT báo cáo.", "- Tỷ lệ bỏ học = số học sinh bỏ học / tổng số học sinh của cấp học."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Văn Tâm" }, { col: "E", title: "KT. VỤ TRƯỞNG", name: "Nguyễn Văn Lợi" });
  b.facts = {
    sheet: "Bo hoc HK1",
    headerRows: "9",
    nameColumn: "B (Cấp học)",
    target: "row 8, a sentence above the table: \"tỷ lệ học sinh bỏ học trong học kỳ I của mỗi cấp học dưới 1%\" (each level's rate)",
    actualColumns: "E (Tỷ lệ bỏ học, percent points, ROUND of D/C*100) with D (its count)",
    ignoreColumns: "A (TT), C (pupils: the denominator), F (Ghi chú)",
    totalRows: "13 (Cả nước: SUMs; the sentence sets a cap for each level, not the country: not judged)",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2009-07-14",
    period: "Học kỳ I năm học 2008-2009",
    notes: "The cap is on each level's rate; the count column is no rate and is never compared with 1%. Upper secondary 1,29% is over the cap: not met. The national line is a roll-up the sentence does not name.",
  };
  return b;
}
