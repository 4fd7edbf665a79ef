// Layout 257: a preschool's tracking sheet for its development plan to 2020 (MN Phúc Diễn, Bắc Từ Liêm, Hà Nội, November 2019): ĐVT, the goal "đến năm 2020", two school-year result columns side by side (the older one is context), caps where less is better, a goal already reached early; read 13/11/2019: reached met, short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện Kế hoạch phát triển nhà trường đến năm 2020, trường MN Phúc Diễn (Bắc Từ Liêm, Hà Nội)");
  const s = b.sheet("Muc tieu 2020");
  s.cols([5, 46, 9, 16, 14, 14, 28]);
  titleBlock(s, {
    left: ["UBND QUẬN BẮC TỪ LIÊM", "TRƯỜNG MẦM NON PHÚC DIỄN"],
    number: "Phụ lục kèm Kế hoạch phát triển nhà trường",
    date: "Phúc Diễn, ngày 13 tháng 11 năm 2019",
    title: ["BẢNG THEO DÕI CÁC MỤC TIÊU PHÁT TRIỂN ĐẾN NĂM 2020", "(căn cứ Kế hoạch số 420/KH-UBND ngày 03/11/2017 của UBND quận Bắc Từ Liêm)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Mục tiêu", head).merge("C7:C8", "ĐVT", head).merge("D7:D8", "Chỉ tiêu đến năm 2020", head);
  s.merge("E7:F7", "Kết quả đạt được", head).merge("G7:G8", "Ghi chú", head);
  s.row("E8", ["Năm học 2017-2018", "Năm học 2018-2019"], head);
  let r = 9;
  const section = (label: string, title: string) => {
    s.set(`A${r}`, label, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:G${r}`, title, { bold: true, border: true });
    r++;
  };
  type R = [string, string, CellInput, CellInput, CellInput, string, [Status, string]];
  const put = (rows: R[]) => rows.forEach(([name, dvt, goal, y1, y2, note, v], i) => {
    s.row(`A${r}`, [String(i + 1), name, dvt, goal, y1, y2, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`F${r}`, { indicator: name, target: `${typeof goal === "object" && goal !== null ? `${Math.round((goal.v as number) * 100)}%` : goal}${dvt && typeof goal !== "object" ? (dvt === "%" ? "%" : ` ${dvt}`) : ""} (Chỉ tiêu đến năm 2020, column D)`, status: v[0], why: v[1] });
    r++;
  });
  section("I", "Quy mô trường lớp");
  put([
    ["Số nhóm, lớp", "Lớp", 22, 19, 21, "Mở thêm 02 lớp mẫu giáo tháng 9/2018", ["pending", "21 classes against 22 by 2020; a year remains"]],
    ["Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", "≥ 98", 97.6, 98.4, "", ["exceeded", "98,4% already above the floor of 98 before 2020"]],
    ["Tỷ lệ huy động trẻ nhà trẻ ra lớp", "%", "≥ 45", 38.2, 41.5, "", ["pending", "41,5% against 45% by 2020"]],
  ]);
  section("II", "Chất lượng chăm sóc, giáo dục");
  put([
    ["Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "%", "Dưới 2", 2.3, 1.6, "Cân đo tháng 5/2019", ["met", "1,6% is under the cap of 2%"]],
    ["Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 2", 2.8, 2.4, "", ["pending", "2,4% is still over the cap of 2%, with a year to go"]],
    ["Trẻ 5 tuổi hoàn thành chương trình GDMN", "%", { v: 1, pct: true, fmt: "0%" }, { v: 1, pct: true, fmt: "0%" }, { v: 1, pct: true, fmt: "0%" }, "", ["met", "100% of five-year-olds, as the goal asks"]],
  ]);
  section("III", "Đội ngũ và cơ sở vật chất");
  put([
    ["Giáo viên đạt trình độ trên chuẩn", "%", "≥ 70", 62, 66.7, "", ["pending", "66,7% against 70% by 2020"]],
    ["Trường đạt chuẩn quốc gia mức độ 2", "", "Năm 2020", "Mức độ 1", "Đang hoàn thiện hồ sơ", "", ["pending", "the file is being prepared; due in 2020"]],
    ["Phòng học được trang bị máy chiếu, ti vi kết nối Internet", "Phòng", 22, 12, 22, "", ["met", "22 rooms equipped, the goal reached"]],
  ]);
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Cột \"Năm học 2017-2018\" ghi để so sánh.",
    "- Số liệu năm học 2018-2019 chốt ngày 31/5/2019.",
  ]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đỗ Thị Ngọc" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thanh Hà" });
  b.facts = {
    sheet: "Muc tieu 2020",
    headerRows: "7-8 (Kết quả đạt được over Năm học 2017-2018 / Năm học 2018-2019)",
    nameColumn: "B (Mục tiêu)",
    target: "column D (Chỉ tiêu đến năm 2020: numbers in the ĐVT of column C, \"≥ 98\", \"Dưới 2\", a percent cell, \"Năm 2020\")",
    actualColumns: "F (Năm học 2018-2019: the latest result)",
    ignoreColumns: "A (TT), C (ĐVT), E (Năm học 2017-2018: an older year, context only), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "9, 13, 17 (sections I-III); notes and signature under the table",
    asOf: "2019-11-13",
    period: "2017-2020",
    notes: "A plan's goals due by the end of 2020, read in November 2019 against the last finished school year: a goal already reached is met (or exceeded), one still short is not yet due. Caps (\"Dưới 2\") are met when under. Column E is an older year and is never the result.",
  };
  return b;
}
