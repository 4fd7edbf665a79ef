// Layout 217: a primary school's five-year strategy targets on their own sheet, one column per school year (TH Vĩnh Phước, Sa Đéc, Đồng Tháp, 2019-2024), and the year-end results of 2021-2022 on a second sheet with the indicators in another order and other words, last year's results beside them; only the 2021-2022 column applies (98,9 passes 2020-2021's 98,8 but not 2021-2022's 99,0), counts typed "22/27 GV", the recognition awaiting its decision before the year ends.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Chỉ tiêu kế hoạch chiến lược 2019-2024 và kết quả năm học 2021-2022, Trường Tiểu học Vĩnh Phước (TP Sa Đéc, Đồng Tháp)");
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  // Sheet 1: the strategy's targets by school year.
  const t = b.sheet("Chi tieu 2019-2024");
  t.cols([5, 46, 10, 13, 13, 13, 13, 13]);
  t.merge("A1:H1", "PHỤ LỤC: CHỈ TIÊU KẾ HOẠCH CHIẾN LƯỢC PHÁT TRIỂN TRƯỜNG TIỂU HỌC VĨNH PHƯỚC", { bold: true, align: "center", size: 13 });
  t.merge("A2:H2", "Giai đoạn 2019 - 2024 (kèm theo Kế hoạch chiến lược giai đoạn 2019 và tầm nhìn đến năm 2024)", { italic: true, align: "center" });
  t.merge("A4:A5", "TT", head).merge("B4:B5", "Chỉ tiêu", head).merge("C4:C5", "ĐVT", head).merge("D4:H4", "Năm học", head);
  t.row("D5", ["2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024"], head);
  // [chỉ tiêu, ĐVT, five years]
  const targets: Array<[string, string, string[]]> = [
    ["Tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "%", ["100", "100", "100", "100", "100"]],
    ["Tỷ lệ học sinh hoàn thành chương trình lớp học", "%", ["98,5", "98,8", "99,0", "99,2", "99,5"]],
    ["Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", "%", ["100", "100", "100", "100", "100"]],
    ["Tỷ lệ học sinh bỏ học", "%", ["0", "0", "0", "0", "0"]],
    ["Tỷ lệ học sinh học 2 buổi/ngày", "%", ["80", "85", "90", "95", "100"]],
    ["Tỷ lệ học sinh khối 3, 4, 5 học Tiếng Anh", "%", ["100", "100", "100", "100", "100"]],
    ["Tỷ lệ học sinh được khám sức khỏe định kỳ", "%", ["100", "100", "100", "100", "100"]],
    ["Tỷ lệ giáo viên đạt trình độ chuẩn (theo Luật Giáo dục 2019)", "%", ["60", "70", "80", "90", "100"]],
    ["Số giáo viên đạt giáo viên dạy giỏi cấp thành phố", "GV", ["2", "3", "3", "4", "4"]],
    ["Kiểm định chất lượng giáo dục, chuẩn quốc gia", "", ["Duy trì CQG mức độ 1", "Duy trì CQG mức độ 1", "Đạt KĐCL cấp độ 2 và được công nhận lại CQG mức độ 1", "Duy trì", "Đạt CQG mức độ 2"]],
  ];
  targets.forEach(([ct, dvt, ys], i) => {
    t.row(`A${6 + i}`, [i + 1, ct, dvt, ...ys], bd);
    t.set(`B${6 + i}`, ct, { border: true, wrap: true });
  });
  const tgt = (name: string) => {
    const row = targets.find(([ct]) => ct === name);
    if (!row) throw new Error(name);
    return row[2][2];
  };
  // Sheet 2: the year's results.
  const s = b.sheet("KQ 2021-2022");
  s.cols([5, 42, 10, 16, 26, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ SA ĐÉC", "TRƯỜNG TIỂU HỌC VĨNH PHƯỚC"],
    date: "Phường 1, ngày 27 tháng 5 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH CHIẾN LƯỢC", "Năm học 2021 - 2022 (chỉ tiêu: xem sheet \"Chi tieu 2019-2024\")"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  s.row("A8", ["TT", "Nội dung", "ĐVT", "Kết quả năm học 2020-2021", "Kết quả năm học 2021-2022", "Ghi chú"], head);
  // [nội dung, ĐVT, target name, 2020-21, 2021-22, ghi chú, status, why]
  type R = [string, string, string, CellInput, CellInput, string, Status, string];
  const rows: R[] = [
    ["Hoàn thành chương trình lớp học", "%", "Tỷ lệ học sinh hoàn thành chương trình lớp học", { v: 98.9, fmt: "0.0" }, { v: 98.9, fmt: "0.0" }, "06 HS chưa hoàn thành (rèn luyện trong hè)", "not_met", "98,9 under 2021-2022's 99,0 (it would pass 2020-2021's 98,8: only this year's column applies)"],
    ["Huy động trẻ 6 tuổi ra lớp 1", "%", "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "100", "128/128 trẻ", "", "met", "128 of 128 children: 100%"],
    ["Học sinh lớp 5 hoàn thành chương trình tiểu học", "%", "Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", { v: 100, fmt: "0.0" }, { v: 100, fmt: "0.0" }, "", "met", "100 at 100"],
    ["Học sinh bỏ học", "HS", "Tỷ lệ học sinh bỏ học", 0, 0, "", "met", "no pupil dropped out"],
    ["Giáo viên đạt trình độ chuẩn (ĐHSP tiểu học trở lên)", "GV", "Tỷ lệ giáo viên đạt trình độ chuẩn (theo Luật Giáo dục 2019)", "19/27", "22/27", "03 GV đang học nâng chuẩn", "exceeded", "22/27 = 81,48%, above the year's 80%"],
    ["Học sinh học 2 buổi/ngày", "%", "Tỷ lệ học sinh học 2 buổi/ngày", { v: 86.1, fmt: "0.0" }, { v: 88.6, fmt: "0.0" }, "Thiếu 02 phòng học", "not_met", "88,6 under the year's 90"],
    ["Giáo viên dạy giỏi cấp thành phố", "GV", "Số giáo viên đạt giáo viên dạy giỏi cấp thành phố", 3, 2, "Hội thi tổ chức tháng 3/2022", "not_met", "2 teachers against 3; the contest has been held"],
    ["Học sinh học Tiếng Anh (khối 3, 4, 5)", "%", "Tỷ lệ học sinh khối 3, 4, 5 học Tiếng Anh", { v: 100, fmt: "0.0" }, { v: 100, fmt: "0.0" }, "", "met", "100 at 100"],
    ["Khám sức khỏe định kỳ cho học sinh", "%", "Tỷ lệ học sinh được khám sức khỏe định kỳ", { v: 100, fmt: "0.0" }, "99,2 (05 HS vắng ngày khám)", "", "not_met", "99,2 under 100"],
    ["Kiểm định chất lượng, chuẩn quốc gia", "", "Kiểm định chất lượng giáo dục, chuẩn quốc gia", "Duy trì CQG mức độ 1", "Đã đánh giá ngoài (tháng 4/2022), chờ quyết định công nhận", "", "pending", "evaluated in April; the decision is awaited and the school year has not ended on 27/5"],
  ];
  rows.forEach(([nd, dvt, name, prev, cur, note, st, why], i) => {
    const r = 9 + i;
    s.row(`A${r}`, [i + 1, nd, dvt, prev, cur, note], bd);
    s.set(`B${r}`, nd, { border: true, wrap: true });
    s.set(`F${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: nd, target: `${tgt(name)} (Chi tieu 2019-2024, năm học 2021-2022)`, status: st, why });
  });
  const last = 9 + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu từng năm học theo phụ lục Kế hoạch chiến lược (sheet \"Chi tieu 2019-2024\").",
    "- Kết quả năm học 2020-2021 ghi để so sánh.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Thị Thu Hà" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Kim Loan" });
  b.facts = {
    sheet: "KQ 2021-2022",
    headerRows: "8",
    nameColumn: "B (Nội dung)",
    target: "sheet \"Chi tieu 2019-2024\", column F (Năm học 2021-2022), matched by indicator name (other order, other words)",
    actualColumns: "E (Kết quả năm học 2021-2022: numbers, \"22/27\", text with a figure, a sentence)",
    ignoreColumns: "A (TT), C (ĐVT), D (Kết quả năm học 2020-2021: last year), F (Ghi chú); on the targets sheet every year column but F",
    totalRows: "none",
    targetRows: "none (targets on the other sheet)",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2022-05-27",
    period: "Năm học 2021-2022 (kế hoạch chiến lược 2019-2024)",
    notes: "Targets live on their own sheet, one column per school year; the results sheet names the indicators in another order and in shorter words. Only the 2021-2022 column applies: 98,9 passes 2020-2021's 98,8 but fails 2021-2022's 99,0; 22/27 teachers = 81,48% against 80%; a recognition evaluated in April awaits its decision before the year ends (pending). Last year's column is not judged.",
  };
  return b;
}
