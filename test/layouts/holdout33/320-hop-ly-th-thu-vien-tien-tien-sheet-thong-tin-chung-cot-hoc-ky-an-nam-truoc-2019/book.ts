// Layout 320: a primary school's plan to keep an advanced library, read at the end of the year (Trường Tiểu học xã Hợp Lý, Lý Nhân, Hà Nam, 2018-2019): a general-information sheet first (classes and pupils by grade, books held), then the library's targets as rows with a term-one and a term-two column and a whole-year column, last year's figures in a hidden column, units that differ by row (bản, lượt, %, lần, nghìn đồng against a target in triệu đồng), a cap worded against the stock named in the target.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch xây dựng thư viện đạt chuẩn Tiên tiến năm học 2018-2019 và kết quả thực hiện, Trường Tiểu học xã Hợp Lý (Lý Nhân, Hà Nam)");
  // Sheet 1: general information, as the plan opens (classes and pupils by grade).
  const g = b.sheet("Thong tin chung");
  g.cols([8, 10, 12, 10, 16, 14]);
  g.merge("A1:F1", "TRƯỜNG TIỂU HỌC XÃ HỢP LÝ - THÔNG TIN CHUNG NĂM HỌC 2018-2019", { bold: true, align: "center" });
  g.merge("A2:F2", "(Kèm theo Kế hoạch số 40/KH-THHL ngày 06/10/2018 xây dựng thư viện đạt chuẩn Tiên tiến)", { italic: true, align: "center" });
  const h = { bold: true, align: "center" as const, border: true, wrap: true };
  g.row("A4", ["Khối", "Số lớp", "Số học sinh", "Nữ", "Bình quân HS/lớp", "Khuyết tật"], h);
  const grades: Array<[string, number, number, number, number, number | string]> = [
    ["1", 8, 254, 141, 32, ""],
    ["2", 6, 188, 94, 31, 1],
    ["3", 5, 167, 78, 33, 1],
    ["4", 5, 148, 74, 30, ""],
    ["5", 4, 137, 63, 34, ""],
  ];
  let r = 5;
  for (const row of grades) g.row(`A${r++}`, row, { border: true, align: "center" });
  g.row(`A${r}`, ["Cộng", { v: "=SUM(B5:B9)", result: 28 }, { v: "=SUM(C5:C9)", result: 894 }, { v: "=SUM(D5:D9)", result: 450 }, 32, 2], { border: true, bold: true, align: "center" });
  g.set("A12", "Cán bộ, giáo viên, nhân viên: 42 người (01 nhân viên thư viện kiêm nhiệm thiết bị).");
  g.set("A13", "Vốn sách thư viện đầu năm học: 3.250 bản (sách giáo khoa 1.480 bản, sách tham khảo 1.020 bản, sách nghiệp vụ 310 bản, truyện thiếu nhi 440 bản).");
  g.set("A14", "Thời gian tính kết quả: học kỳ I từ 05/9/2018 đến 11/01/2019; học kỳ II từ 14/01/2019 đến 24/5/2019.");

  // Sheet 2: the library's targets and results.
  const s = b.sheet("Chi tieu thu vien");
  s.cols([5, 46, 10, 12, 22, 11, 11, 12, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD-ĐT HUYỆN LÝ NHÂN", "TRƯỜNG TIỂU HỌC XÃ HỢP LÝ"],
    date: "Hợp Lý, ngày 24 tháng 5 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÂY DỰNG THƯ VIỆN TIÊN TIẾN", "Năm học 2018-2019"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  s.row("A7", ["TT", "Nội dung chỉ tiêu", "ĐVT", "Năm học 2017-2018", "Chỉ tiêu năm học 2018-2019", "Thực hiện", undefined, undefined, "Ghi chú"], h);
  s.merge("F7:H7", "Thực hiện", h);
  s.row("A8", [undefined, undefined, undefined, undefined, undefined, "Học kỳ I", "Học kỳ II", "Cả năm"], h);
  for (const c of ["A", "B", "C", "D", "E", "I"]) s.merge(`${c}7:${c}8`, s.get(`${c}7`)?.v ?? "", h);
  s.hideCols("D");
  // tt, text, unit, last year, target, hk1, hk2, whole year (formula or typed), note, status, why
  type R = [string, string, string, number | string, string, number | string, number | string, CellInput, string, Status, string];
  const rows: R[] = [
    ["1", "Bổ sung sách tham khảo, truyện thiếu nhi", "bản", 132, "Ít nhất 150 bản", 86, 72, { v: "=F9+G9", result: 158 }, "", "exceeded", "86 + 72 = 158 bản, above an inclusive 150"],
    ["2", "Học sinh được làm thẻ thư viện", "%", 100, "100% học sinh", 100, 100, 100, "894/894 HS", "met", "100% against 100%"],
    ["3", "Lượt học sinh mượn, đọc sách tại thư viện", "lượt", 10420, "Từ 12.000 lượt trở lên", 6210, 5480, { v: "=F11+G11", result: 11690 }, "", "not_met", "6.210 + 5.480 = 11.690 lượt, 310 short of 12.000; the year is over"],
    ["4", "Giới thiệu sách theo chủ điểm dưới cờ", "lần", 8, "01 lần/tháng", 5, 4, { v: "=F12+G12", result: 9 }, "Tháng 9 đến tháng 5", "met", "9 times in the nine months September to May, once a month"],
    ["5", "Tổ chức Ngày sách Việt Nam (21/4)", "", "Đã tổ chức", "Trong tháng 4/2019", "", "Đã tổ chức ngày 19/4/2019", "Hoàn thành", "", "met", "held on 19/4/2019, inside April 2019"],
    ["6", "Kinh phí mua sách từ nguồn ngân sách", "nghìn đồng", 4200, "Tối thiểu 5 triệu đồng", 2800, 1900, { v: "=F14+G14", result: 4700 }, "", "not_met", "2.800 + 1.900 = 4.700 nghìn đồng = 4,7 triệu, under the 5 triệu floor (the unit column says nghìn đồng)"],
    ["7", "Sách bị mất, hư hỏng không sử dụng được", "bản", 38, "Không quá 1% tổng số bản sách (3.250 bản)", 12, 9, { v: "=F15+G15", result: 21 }, "", "met", "21 bản of 3.250 = 0,65%, within 1% (32 bản); less is better"],
    ["8", "Giáo viên sử dụng sách nghiệp vụ, thiết bị thư viện trong soạn giảng", "%", 95, "100% giáo viên", 100, 96.9, 96.9, "31/32 GV", "not_met", "96,9% (31 of 32 teachers) under 100% for the year"],
  ];
  r = 9;
  for (const [tt, text, unit, last, target, k1, k2, year, note, status, why] of rows) {
    s.row(`A${r}`, [tt, text, unit, last, target, k1, k2, year, note], { border: true, wrap: true });
    for (const c of ["A", "C", "D", "F", "G", "H"]) s.set(`${c}${r}`, s.get(`${c}${r}`)!, { border: true, align: "center", wrap: true });
    s.expect(`H${r}`, { indicator: text, target: `${target} (column E)`, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Cột \"Cả năm\" = Học kỳ I + Học kỳ II đối với các chỉ tiêu tính bằng số lượng; các chỉ tiêu tính bằng % ghi tỷ lệ cuối năm.",
    "- Số liệu học sinh, vốn sách đầu năm: xem trang \"Thong tin chung\".",
    "- Số liệu tính đến ngày 24/5/2019 (kết thúc năm học).",
  ]);
  signature(s, r + 7, { col: "B", title: "CÁN BỘ THƯ VIỆN", name: "Trần Thị Thu Hà" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "Chi tieu thu vien",
    headerRows: "7-8 (Thực hiện over Học kỳ I / Học kỳ II / Cả năm)",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column E (Chỉ tiêu năm học 2018-2019: words, one unit per row in column C)",
    actualColumns: "H (Cả năm: a formula F+G for counts, the year-end rate typed for shares, a word for row 13)",
    ignoreColumns: "A (TT), C (ĐVT), D (Năm học 2017-2018: hidden), F and G (the terms, summed in H), I (Ghi chú)",
    otherRows: "notes and signature under the table; sheet \"Thong tin chung\" (classes, pupils, books held) comes first",
    asOf: "2019-05-24",
    period: "2018-2019",
    notes: "Read on 24/5/2019, the last day of the school year, so every year target is due. Column H is judged (the terms are its parts). Row 14 is in nghìn đồng against a floor in triệu đồng; row 15's cap is 1% of the 3.250 books named in the target; row 12 is a frequency over the nine months of the year; row 13 is a date said in words inside the target month. Column D (last year) is hidden.",
  };
  return b;
}
