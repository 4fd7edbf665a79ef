// Layout 242: a district education office's five-year table for the party congress (Phòng GD&ĐT Lạc Dương, Lâm Đồng, August 2020): levels as rows in two stacked blocks (mobilisation, retention), the last term's average, one column per school year 2015-2016 to 2019-2020, then a five-year average by formula and the congress resolution's target "bình quân hằng năm"; rates on the 0-100 scale; read at the end of the term: the average decides, not the last year.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả huy động và duy trì sĩ số nhiệm kỳ 2015-2020 theo cấp học, Phòng GD&ĐT huyện Lạc Dương (Lâm Đồng)");
  const s = b.sheet("Nhiem ky 2015-2020");
  s.cols([6, 34, 12, 10, 10, 10, 10, 10, 12, 16, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN LẠC DƯƠNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Phụ lục 3 kèm Báo cáo số 112/BC-PGDĐT",
    date: "Lạc Dương, ngày 10 tháng 8 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ X VỀ GIÁO DỤC", "Nhiệm kỳ 2015-2020 (đơn vị: %)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Bình quân NK 2010-2015", head);
  s.merge("D8:H8", "Kết quả từng năm học", head);
  s.row("D9", ["2015-2016", "2016-2017", "2017-2018", "2018-2019", "2019-2020"], head);
  s.merge("I8:I9", "Bình quân NK 2015-2020", head);
  s.merge("J8:J9", "Chỉ tiêu NQ ĐH X (bình quân hằng năm)", head);
  s.merge("K8:K9", "Đánh giá", head);
  const bd = { border: true, align: "center" as const };
  // [name, last term, five years, target text, floor, note]
  type R = [string, string, number[], string, number];
  const blocks: [string, string, R[]][] = [
    ["I", "TỶ LỆ HUY ĐỘNG RA LỚP", [
      ["Trẻ nhà trẻ (0-2 tuổi)", "12,4", [17, 17.5, 18, 18.6, 19], "≥ 15", 15],
      ["Trẻ mẫu giáo (3-5 tuổi)", "86,0", [90.2, 90.5, 90.8, 91.0, 91.3], "≥ 90", 90],
      ["Trong đó: trẻ 5 tuổi", "99,2", [100, 100, 100, 100, 100], "100", 100],
      ["Học sinh tiểu học (6-10 tuổi)", "99,8", [100, 100, 100, 100, 100], "100", 100],
      ["Học sinh THCS (11-14 tuổi)", "97,6", [98.5, 98.7, 98.9, 99.1, 99.3], "≥ 98", 98],
      ["Học sinh THPT (15-17 tuổi)", "80 - 85", [92.0, 93.0, 93.5, 94.0, 95.0], "≥ 90", 90],
    ]],
    ["II", "TỶ LỆ DUY TRÌ SĨ SỐ", [
      ["Mầm non", "99,5", [100, 100, 100, 100, 100], "100", 100],
      ["Tiểu học", "99,9", [100, 100, 100, 100, 100], "100", 100],
      ["Trung học cơ sở", "98,8", [99.1, 99.2, 99.3, 99.4, 99.5], "≥ 99,5", 99.5],
      ["Trung học phổ thông", "90,5", [92.8, 93.0, 93.4, 93.7, 94.1], "≥ 95", 95],
    ]],
  ];
  let r = 10;
  let n = 0;
  const f2 = (x: number) => x.toFixed(2).replace(".", ",");
  for (const [roman, title, rows] of blocks) {
    s.row(`A${r}`, [roman, title, "", "", "", "", "", "", "", "", ""], { border: true, bold: true });
    r++;
    for (const [name, last, years, tgt, floor] of rows) {
      n++;
      const avg = Math.round((years.reduce((a, x) => a + x, 0) / years.length) * 100) / 100;
      const verdict: [Status, string] =
        avg > floor ? ["exceeded", `five-year average ${f2(avg)}%, above ${tgt.replace(/[≥ ]/g, "")}%`]
        : avg === floor ? ["met", `five-year average ${f2(avg)}%, at ${tgt.replace(/[≥ ]/g, "")}%`]
        : ["not_met", `five-year average ${f2(avg)}% under ${tgt.replace(/[≥ ]/g, "")}%; the term is over (the last year's ${f2(years[4])}% does not decide)`];
      const word = verdict[0] === "not_met" ? "Chưa đạt" : verdict[0] === "exceeded" ? "Vượt" : "Đạt";
      s.row(`A${r}`, [n, name, last, ...years, { v: `=ROUND(AVERAGE(D${r}:H${r}),2)`, fmt: "0.00", result: avg }, tgt, word], bd);
      s.set(`B${r}`, name, { border: true });
      s.expect(`I${r}`, { indicator: `${title === "TỶ LỆ HUY ĐỘNG RA LỚP" ? "Tỷ lệ huy động" : "Tỷ lệ duy trì sĩ số"} · ${name}`, target: `${tgt}% bình quân hằng năm (column J)`, status: verdict[0], why: verdict[1] });
      r++;
    }
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Cột \"Bình quân NK 2010-2015\" để so sánh với nhiệm kỳ trước.",
    "- Năm học 2019-2020: số liệu đến 31/5/2020 (sau thời gian nghỉ học phòng dịch Covid-19).",
    "- Cột \"Đánh giá\" do bộ phận tổng hợp ghi.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Kră Jăn K'Điệp" }, { col: "I", title: "KT. TRƯỞNG PHÒNG - PHÓ TRƯỞNG PHÒNG", name: "Cil Duin" });
  b.facts = {
    sheet: "Nhiem ky 2015-2020",
    headerRows: "8-9 (Kết quả từng năm học over five school years)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column J (Chỉ tiêu NQ ĐH X, bình quân hằng năm, on the 0-100 scale)",
    actualColumns: "I (Bình quân NK 2015-2020: ROUND(AVERAGE) of D-H)",
    ignoreColumns: "A (TT), C (last term's average), D-H (single years: they feed the average), K (the office's own word)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "10 and 17 (block titles I and II); notes after the table; signature",
    asOf: "2020-08-10",
    period: "2015-2020",
    notes: "The resolution sets each rate as a yearly average over the term, so the five-year average in column I is the figure; the term is over, so a short average is not met even where the last year reached the floor (THCS retention 99,5% in 2019-2020, average 99,30%). Rates are percent numbers (the title says đơn vị: %). Column K repeats the office's words and is not a result.",
  };
  return b;
}
