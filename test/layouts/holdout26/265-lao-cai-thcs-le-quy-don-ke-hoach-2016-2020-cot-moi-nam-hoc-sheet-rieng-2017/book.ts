// Layout 265: a lower secondary school's strategic plan 2016-2020 with one target column per school year on its own sheet, and the 2016-2017 year-end results on another sheet by code (THCS Lê Quý Đôn, TP Lào Cai, 2017): rates as percent cells, prize counts, last year hidden beside the result, a contest not held; the year is over: the 2016-2017 column decides, never a later year's.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch phát triển chiến lược giai đoạn 2016-2020 và kết quả năm học 2016-2017, Trường THCS Lê Quý Đôn (TP Lào Cai)");
  const pc = (v: number): CellInput => ({ v, pct: true, fmt: "0.0%", border: true, align: "center" });
  // Sheet 1: the plan, one column per school year.
  const t = b.sheet("Chi tieu 2016-2020");
  t.cols([7, 46, 10, 11, 11, 11, 11]);
  t.merge("A1:G1", "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2016-2020", { bold: true, align: "center", size: 13 });
  t.merge("A2:G2", "(Phụ lục kèm Kế hoạch số 15/KH-THCS LQĐ ngày 25/9/2016)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, wrap: true, border: true };
  t.merge("A4:A5", "Mã", th); t.merge("B4:B5", "Chỉ tiêu", th); t.merge("C4:C5", "ĐVT", th);
  t.merge("D4:G4", "Chỉ tiêu theo năm học", th);
  t.row("D5", ["2016-2017", "2017-2018", "2018-2019", "2019-2020"], th);
  const plan: [string, string, string, CellInput[]][] = [
    ["CT1", "Học sinh xếp loại hạnh kiểm Tốt", "%", [pc(0.95), pc(0.96), pc(0.97), pc(0.97)]],
    ["CT2", "Học sinh xếp loại học lực Giỏi", "%", [pc(0.45), pc(0.48), pc(0.5), pc(0.52)]],
    ["CT3", "Tỷ lệ học sinh lên lớp thẳng", "%", [pc(0.99), pc(0.99), pc(0.995), pc(0.995)]],
    ["CT4", "Giải học sinh giỏi lớp 9 cấp tỉnh", "giải", [60, 65, 70, 75]],
    ["CT5", "Giải học sinh giỏi cấp thành phố", "giải", [250, 270, 290, 300]],
    ["CT6", "Tỷ lệ HS lớp 9 đỗ vào THPT chuyên Lào Cai", "%", [pc(0.7), pc(0.72), pc(0.75), pc(0.8)]],
    ["CT7", "Giáo viên dạy giỏi cấp tỉnh", "người", [3, 3, 4, 4]],
  ];
  let r = 6;
  for (const [code, name, dvt, ys] of plan) {
    t.row(`A${r}`, [code, name, dvt, ...ys], { border: true, align: "center" });
    t.set(`B${r}`, name, { border: true, wrap: true });
    r++;
  }
  // Sheet 2: the year-end results of 2016-2017.
  const s = b.sheet("KQ 2016-2017");
  s.cols([7, 44, 10, 12, 12, 12, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT TP LÀO CAI", "TRƯỜNG THCS LÊ QUÝ ĐÔN"],
    date: "Duyên Hải, ngày 14 tháng 7 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC 2016-2017", "(năm thứ nhất của Kế hoạch phát triển chiến lược 2016-2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  s.row("A7", ["Mã", "Chỉ tiêu", "ĐVT", "Năm học 2015-2016", "Thực hiện 2016-2017", "So sánh", "Ghi chú"], th);
  type R = [string, string, string, CellInput, CellInput, string, string, Status, string, string];
  const rows: R[] = [
    ["CT1", "Học sinh xếp loại hạnh kiểm Tốt", "%", pc(0.962), pc(0.977), "Tăng 1,5%", "752/770 HS", "exceeded", "95%", "97,7% against 95% for 2016-2017"],
    ["CT2", "Học sinh xếp loại học lực Giỏi", "%", pc(0.489), pc(0.523), "Tăng 3,4%", "403/770 HS", "exceeded", "45%", "52,3% against 45%; the later years' 48-52% are not this year's target"],
    ["CT3", "Tỷ lệ học sinh lên lớp thẳng", "%", pc(0.988), pc(0.991), "Tăng 0,3%", "763/770 HS", "exceeded", "99%", "99,1% (763 of 770) strictly above the inclusive 99%"],
    ["CT4", "Giải học sinh giỏi lớp 9 cấp tỉnh", "giải", 61, 58, "Giảm 3 giải", "", "not_met", "60 giải", "58 prizes against 60; the contest is over"],
    ["CT5", "Giải học sinh giỏi cấp thành phố", "giải", 262, 281, "Tăng 19 giải", "", "exceeded", "250 giải", "281 against 250 for 2016-2017 (the 300 of 2019-2020 would read it short)"],
    ["CT6", "Tỷ lệ HS lớp 9 đỗ vào THPT chuyên Lào Cai", "%", pc(0.752), pc(0.784), "Tăng 3,2%", "149/190 HS", "exceeded", "70%", "78,4% against 70% for 2016-2017 (the 80% of 2019-2020 would read it short)"],
    ["CT7", "Giáo viên dạy giỏi cấp tỉnh", "người", 2, "Không tổ chức thi", "", "Hội thi cấp tỉnh tổ chức 2 năm/lần (năm học 2017-2018)", "review", "3 người", "the province held no contest this year: no figure to judge, ask the clerk"],
  ];
  r = 8;
  for (const [code, name, dvt, last, now, cmp, note, st, tg, why] of rows) {
    s.row(`A${r}`, [code, name, dvt, last, now, cmp, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: name, target: `${tg} (sheet Chi tieu 2016-2020, ${code}, column D: 2016-2017)`, status: st, why });
    r++;
  }
  s.hideCols("D");
  signature(s, r + 2, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thu Hà" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Văn Dũng" });
  b.facts = {
    sheet: "KQ 2016-2017",
    headerRows: "7",
    nameColumn: "B (Chỉ tiêu)",
    target: "sheet Chi tieu 2016-2020, by the code in column A, column D (2016-2017) of the four school-year columns D-G (rates as percent cells, prize and teacher counts)",
    actualColumns: "E (Thực hiện 2016-2017: percent cells, counts, or the words \"Không tổ chức thi\")",
    ignoreColumns: "A (Mã), C (ĐVT), D (hidden: 2015-2016), F (So sánh: words), G (Ghi chú: counts behind the rates and notes)",
    totalRows: "none",
    targetRows: "none (targets on sheet Chi tieu 2016-2020, rows 6-12, header rows 4-5 merged)",
    otherRows: "signature under the table",
    asOf: "2017-07-14",
    period: "2016-2017",
    notes: "Year-end of the plan's first year: the 2016-2017 column of the plan decides, never 2017-2018 to 2019-2020 (which would read 281 prizes and 78,4% short). The year is over and the grade-10 entrance results are out (the report is dated 14/7/2017): 58 of 60 province prizes is not met. No province teaching contest was held this year, so CT7 has no figure: review. Column D (hidden) is last year.",
  };
  return b;
}
