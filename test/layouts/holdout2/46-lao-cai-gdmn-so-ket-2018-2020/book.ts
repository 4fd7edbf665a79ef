// Layout 46: a province's end-of-stage review of its preschool plan (Lào Cai, KH 303/KH-UBND, stage 2018-2020): yearly columns, a hidden baseline year, a change column, a "reduce by … per year" target.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết thực hiện Kế hoạch 303/KH-UBND về phát triển giáo dục mầm non giai đoạn 2018-2020, tỉnh Lào Cai");
  const s = b.sheet("Sơ kết 2018-2020");
  s.cols([5, 46, 8, 20, 11, 11, 11, 14, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH LÀO CAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Lào Cai, ngày 25 tháng 12 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2018-2020", "Kế hoạch số 303/KH-UBND ngày 24/9/2019 của UBND tỉnh thực hiện Đề án \"Phát triển Giáo dục mầm non giai đoạn 2018-2025\""],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "Mục tiêu giai đoạn 2018-2020", head);
  s.merge("E8:G8", "Kết quả thực hiện", head);
  s.row("E9", ["Năm học 2017-2018", "Năm học 2018-2019", "Năm học 2019-2020"], head);
  s.merge("H8:H9", "Tăng (+), giảm (-) so với năm học trước", head).merge("I8:I9", "Ghi chú", head);
  s.hideCols("E");
  const bd = { border: true, wrap: true };
  // [no, indicator, unit, target, 2017-18 (hidden), 2018-19, 2019-20, change formula?, note, cell to judge, verdict, why]
  type Row = [string, string, string, string, CellInput, CellInput, CellInput, boolean, string, "G" | "H", Status, string];
  const rows: Row[] = [
    ["1", "Số xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "xã", "164 xã, phường, thị trấn", 164, 164, "164/164", false, "", "G", "met", "164 of 164"],
    ["2", "Tỷ lệ huy động trẻ em nhà trẻ ra lớp", "%", "Thấp nhất là 30%", 27.4, 29.1, 30.6, true, "", "G", "exceeded", "30,6 > 30 (\"thấp nhất là\" = at least)"],
    ["3", "Tỷ lệ huy động trẻ em mẫu giáo ra lớp", "%", "97,5%", 96.8, 97.2, 97.4, true, "Huyện Si Ma Cai, Mường Khương còn thấp", "G", "not_met", "97,4 < 97,5"],
    ["4", "Tỷ lệ trẻ em 5 tuổi ra lớp", "%", "Từ 99,8% trở lên", 99.7, 99.8, { v: 0.998, fmt: "0.0%" }, false, "", "G", "met", "percent cell 99,8% = 99,8%"],
    ["5", "Tỷ lệ nhóm, lớp được học 2 buổi/ngày và ăn bán trú", "%", "Duy trì 100%", 100, 100, 99.6, true, "02 điểm trường lẻ chưa tổ chức bán trú", "G", "not_met", "99,6 < 100 (\"2 buổi/ngày\" describes who is counted)"],
    ["6", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "%", "Giảm trung bình từ 0,2 đến 0,3%/năm trở lên", 9.8, 9.5, 9.1, true, "", "H", "exceeded", "down 0,4 point this year (0,35 a year since 2017-2018): more than the 0,2-0,3 asked, \"trở lên\" allows more"],
    ["7", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", "Giảm trung bình từ 0,2 đến 0,3%/năm trở lên", 12.6, 12.5, 12.4, true, "", "H", "not_met", "down only 0,1 point a year (12,6 → 12,5 → 12,4): below 0,2 on any reading"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    const change: CellInput = x[7] ? { v: `=G${r}-F${r}`, fmt: "0.0", result: Math.round(((x[6] as number) - (x[5] as number)) * 10) / 10 } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], change, x[8]], bd);
    const cells = x[9] === "H" ? `H${r}|G${r}` : `G${r}`;
    const actual = x[9] === "H" ? `${String((change as { result: number }).result).replace(".", ",")} (${String(x[5]).replace(".", ",")} → ${String(x[6]).replace(".", ",")})` : undefined;
    s.expect(cells, { indicator: x[1], target: x[3], status: x[10], why: x[11], actual });
  });
  s.set("B18", "Ghi chú: Cột \"Năm học 2017-2018\" (đầu giai đoạn) ẩn khi in; tỷ lệ tính theo phần trăm.", { italic: true });
  signature(s, 20, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lý Thị Mai" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Hoàng Chí Hiền" });
  b.facts = {
    sheet: "Sơ kết 2018-2020",
    headerRows: "8-9 (Kết quả thực hiện over the three school years)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Mục tiêu giai đoạn 2018-2020)",
    actualColumns: "G (Năm học 2019-2020: the last year of the stage) for level targets; H (change formula G-F) with G for the two \"giảm … %/năm\" targets",
    ignoreColumns: "E (hidden: 2017-2018 baseline), F (2018-2019: last year), I (Ghi chú)",
    otherRows: "18 (note), 20-26 (signature)",
    asOf: "2020-12-25",
    period: "2018-2020",
    notes: "The stage 2018-2020 ends with this review, so its targets are due, judged on 2019-2020. ĐVT \"%\" with plain points; one percent cell. The two nutrition rows set a yearly reduction, read from the change column (or from the yearly columns): the verdicts are the same whether the yearly change or the average since the hidden baseline is used.",
  };
  return b;
}
