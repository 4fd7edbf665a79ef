// Layout 233: a city education department's term-one summary of primary assessment (Sở GD&ĐT Hà Nội, học kỳ I 2014-2015, the first year of assessment by comments): grades as columns, indicators as rows, rates typed on the 0-100 scale beside a "%" ĐVT column, last year's column hidden, the year's target in the last column; read after term one, floors past are exceeded, floors short and caps broken are pending.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp đánh giá học sinh tiểu học cuối học kỳ I năm học 2014-2015 theo khối lớp, Sở Giáo dục và Đào tạo Hà Nội");
  const s = b.sheet("Tong hop HKI");
  s.cols([5, 46, 7, 10, 10, 10, 10, 10, 12, 16, 24]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Phụ lục kèm theo Báo cáo sơ kết học kỳ I cấp tiểu học",
    date: "Hà Nội, ngày 21 tháng 01 năm 2015",
    title: ["TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC SINH TIỂU HỌC CUỐI HỌC KỲ I", "Năm học 2014 - 2015 (đánh giá theo Thông tư 30/2014/TT-BGDĐT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung đánh giá", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:H8", "Cuối học kỳ I năm học 2014-2015", head);
  s.row("D9", ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  s.merge("I8:I9", "Cùng kỳ năm học 2013-2014", head).merge("J8:J9", "Chỉ tiêu năm học 2014-2015", head).merge("K8:K9", "Ghi chú", head);
  s.hideCols("I");
  s.row("A10", ["", "Tổng số học sinh được đánh giá", "HS", 131240, 118670, 112355, 104980, 101420, 552110, "", "Theo báo cáo của 30 phòng GD&ĐT"], bd);
  s.set("B10", "Tổng số học sinh được đánh giá", { border: true, bold: true });
  const grades = ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"];
  const cols = ["D", "E", "F", "G", "H"];
  type Kind = "floor" | "cap";
  // [nội dung, rates ×5 (0-100), last year, target text, kind, bound, note]
  type R = [string, number[], number | string, string, Kind, number, string];
  const rows: R[] = [
    ["Học sinh được đánh giá Đạt về năng lực", [99.31, 99.48, 99.35, 99.25, 99.27], 98.9, "Từ 99,3% trở lên", "floor", 99.3, ""],
    ["Học sinh được đánh giá Đạt về phẩm chất", [99.76, 99.55, 99.91, 99.89, 99.78], 99.4, "Từ 99,6% trở lên", "floor", 99.6, ""],
    ["Học sinh hoàn thành các môn học, hoạt động giáo dục", [98.62, 98.95, 99.04, 98.71, 99.1], 98.2, "Từ 99% trở lên", "floor", 99, "Tính đến cuối học kỳ I"],
    ["Học sinh chưa hoàn thành môn Tiếng Việt", [0.75, 0.42, 0.31, 0.5, 0.09], 0.8, "Không quá 0,5%", "cap", 0.5, ""],
  ];
  const vi = (n: number) => n.toFixed(2).replace(".", ",");
  rows.forEach(([nd, v, last, ct, kind, bound, note], i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, nd, "%", ...v.map((x) => ({ v: x, fmt: "0.00" as const })), last, ct, note], bd);
    s.set(`B${r}`, nd, { border: true, wrap: true });
    v.forEach((x, j) => {
      let st: Status;
      let why: string;
      if (kind === "floor") {
        if (x > bound) [st, why] = ["exceeded", `${vi(x)}% after term one, past the year's ${vi(bound)}%`];
        else if (x === bound) [st, why] = ["met", `${vi(x)}%, at the year's floor`];
        else [st, why] = ["pending", `${vi(x)}% after term one, short of the year's ${vi(bound)}%: the year is judged at its end`];
      } else {
        if (x <= bound) [st, why] = ["met", `${vi(x)}%, within the ${vi(bound)}% cap${x === bound ? " (at it)" : ""}`];
        else [st, why] = ["pending", `${vi(x)}% after term one, over the year's ${vi(bound)}% cap: the year is judged at its end`];
      }
      s.expect(`${cols[j]}${r}`, { indicator: `${grades[j]} · ${nd}`, target: ct, status: st, why });
    });
  });
  notes(s, 16, "B", [
    "Ghi chú:",
    "- Tỷ lệ (%) tính trên tổng số học sinh được đánh giá của từng khối lớp (dòng 10).",
    "- Chỉ tiêu năm học theo Kế hoạch số 112/KH-SGDĐT; kết quả học kỳ I để theo dõi tiến độ.",
  ]);
  signature(s, 20, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phòng Giáo dục Tiểu học" }, { col: "H", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Phạm Văn Đại" });
  b.facts = {
    sheet: "Tong hop HKI",
    headerRows: "8-9 (Cuối học kỳ I over five grade columns)",
    nameColumn: "B (Nội dung đánh giá); the grade is the column (D-H, row 9)",
    target: "column J (Chỉ tiêu năm học 2014-2015: \"Từ 99,3% trở lên\", \"Không quá 0,5%\"), one per row for every grade",
    actualColumns: "D-H (Lớp 1 to Lớp 5: rates typed on the 0-100 scale, ĐVT \"%\" in C)",
    ignoreColumns: "A (TT), C (ĐVT), I (Cùng kỳ năm học 2013-2014, hidden), K (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "10 (Tổng số học sinh: counts, no target); notes 16-18; signature from 20",
    asOf: "2015-01-21",
    period: "Năm học 2014-2015",
    rollUps: rows.map(([nd]) => s.rollUp(` · ${nd}`, "khối lớp")),
    notes: "Grades as columns, indicators as rows, the year's target in the last visible column. Read after term one (21/1/2015): a floor passed is exceeded, a floor short or a cap broken is pending (the year is judged at its end), a cap held is met. 0,50 sits at the 0,5% cap (met). The hidden column is last year's, not a result.",
  };
  return b;
}
