// Layout 200: a primary school's term-one review against its year's targets (TH Thị trấn Cần Giuộc, Long An, 2018-2019), read on 02/01/2019: a general-information sheet first, then an indicator list with sections, a hidden last-year column, the year's targets in words, results typed as "980/1.012 (96,84%)" (two figures in one cell), year-end outcomes not yet assessed, a term target that names term one itself.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết học kỳ I năm học 2018-2019: kết quả thực hiện chỉ tiêu kế hoạch năm học, Trường Tiểu học Thị trấn Cần Giuộc (Cần Giuộc, Long An)");

  // Sheet 1: general information, figures but no targets.
  const g = b.sheet("Thong tin chung");
  g.cols([26, 12, 14, 14, 26]);
  g.merge("A1:E1", "THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG (THỜI ĐIỂM 31/12/2018)", { bold: true, align: "center", size: 14 });
  g.row("A3", ["Tên trường:", "Trường Tiểu học Thị trấn Cần Giuộc"]);
  g.row("A4", ["Địa chỉ:", "Khu phố 3, thị trấn Cần Giuộc, huyện Cần Giuộc, tỉnh Long An"]);
  g.row("A5", ["Địa bàn tuyển sinh:", "Khu phố 3, 4 thị trấn Cần Giuộc; ấp Hòa Thuận I, ấp Phước Thuận xã Trường Bình"]);
  g.row("A7", ["Khối lớp", "Số lớp", "Số HS đầu năm", "Số HS hiện tại", "Ghi chú"], { bold: true, align: "center", border: true });
  table(g, "A8", [
    ["Khối 1", 6, 186, 186, ""],
    ["Khối 2", 5, 200, 199, "01 HS chuyển đi"],
    ["Khối 3", 5, 205, 204, "01 HS chuyển đi"],
    ["Khối 4", 6, 214, 213, "01 HS bỏ học"],
    ["Khối 5", 6, 210, 210, ""],
    ["Cộng", { v: "=SUM(B8:B12)", result: 28 }, { v: "=SUM(C8:C12)", result: 1015 }, { v: "=SUM(D8:D12)", result: 1012 }, ""],
  ]);
  g.row("A15", ["Cán bộ quản lý:", 3]);
  g.row("A16", ["Giáo viên:", 38]);
  g.row("A17", ["Nhân viên:", 6]);

  // Sheet 2: the targets and the term-one results.
  const s = b.sheet("Chi tieu - KQ HK I");
  s.cols([5, 50, 8, 14, 24, 22, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD-ĐT CẦN GIUỘC", "TRƯỜNG TH THỊ TRẤN CẦN GIUỘC"],
    number: "Số: 02/BC-TH.TTCG",
    date: "Thị trấn Cần Giuộc, ngày 02 tháng 01 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH NĂM HỌC 2018-2019", "(Phụ lục kèm theo Báo cáo sơ kết học kì I năm học 2018-2019)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm học 2017-2018", "Chỉ tiêu năm học 2018-2019", "Kết quả học kì I", "Ghi chú"], head);
  s.row("A10", ["1", "2", "3", "4", "5", "6", "7"], { ...head, bold: false, italic: true });
  s.hideCols("D");
  const bd = { border: true, wrap: true };
  // [TT, chỉ tiêu, ĐVT, 2017-2018 (hidden), chỉ tiêu, kết quả HK I, ghi chú, status, why]
  type X = [string, string, string, CellInput, string, CellInput, string, Status, string];
  const rows: (X | [string, string])[] = [
    ["I", "SỐ LƯỢNG, PHỔ CẬP"],
    ["1", "Huy động trẻ 6 tuổi trong địa bàn vào lớp 1", "%", 100, "100%", "186/186 (100%)", "", "met", "186 of 186 six-year-olds enrolled in September: final for the year, 100 = 100"],
    ["2", "Duy trì sĩ số học sinh", "%", 99.8, "Từ 99,5% trở lên", "1.012/1.015 (99,70%)", "02 HS chuyển trường, 01 HS bỏ học", "exceeded", "1.012 of 1.015 kept = 99,70, strictly above the inclusive 99,5 floor at the term (a share held, judged now; the roll can still change in term two, as every held share can)"],
    ["3", "Tỷ lệ học sinh bỏ học", "%", 0.1, "Không quá 0,2%", "01 HS (0,10%)", "Khối 4", "pending", "1 pupil of 1.015 = 0,10 so far, under the cap, but drop-outs are counted over the whole year and can still rise before May"],
    ["4", "Tỷ lệ học sinh học 2 buổi/ngày", "%", 100, "100%", "1.012/1.012", "", "met", "every pupil on the roll in two sessions a day: organised for the year, 100 = 100"],
    ["II", "CHẤT LƯỢNG GIÁO DỤC"],
    ["5", "Tỷ lệ học sinh hoàn thành chương trình lớp học", "%", 98.9, "Từ 98,5% trở lên", "Đánh giá vào cuối năm học", "", "pending", "assessed only at the year's end (May 2019)"],
    ["6", "Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", "%", 100, "100%", "Đánh giá vào cuối năm học", "", "pending", "assessed only at the year's end"],
    ["7", "Môn Tiếng Việt: tỷ lệ học sinh hoàn thành trở lên (kiểm tra định kỳ cuối HK I và cuối năm)", "%", 97.8, "Từ 97% trở lên", "980/1.012 (96,84%)", "", "not_met", "the target names the term-one test itself: 980/1.012 = 96,84 < 97"],
    ["8", "Môn Toán: tỷ lệ học sinh hoàn thành trở lên (kiểm tra định kỳ cuối HK I và cuối năm)", "%", 97.5, "Từ 97% trở lên", "988/1.012 (97,63%)", "", "exceeded", "988/1.012 = 97,63 > 97"],
    ["9", "Tỷ lệ học sinh được đánh giá phẩm chất Đạt trở lên (giữa và cuối mỗi học kỳ)", "%", 100, "100%", { v: 100, fmt: "0.00" }, "", "met", "100 = 100 at the term's assessment, which the target names"],
    ["10", "Số giải học sinh cấp huyện trở lên (giao lưu, hội thi)", "giải", 17, "Ít nhất 15 giải", 6, "Hội thi Vở sạch chữ đẹp, An toàn giao thông", "pending", "6 prizes so far; the year's contests (Olympic, Trạng nguyên) are in term two"],
    ["III", "ĐỘI NGŨ, CƠ SỞ VẬT CHẤT"],
    ["11", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên", "%", 100, "100%", "38/38", "", "met", "38 of 38"],
    ["12", "Tỷ lệ giáo viên dạy giỏi cấp trường", "%", 52.8, "Ít nhất 50% số giáo viên", "21/38 (55,26%)", "Hội giảng cấp trường tháng 11/2018", "exceeded", "the school contest was held in November, its result final: 21/38 = 55,26 > 50"],
    ["13", "Tỷ lệ học sinh tham gia bảo hiểm y tế", "%", 96.2, "Từ 95% trở lên", "", "", "no_data", "blank: not compiled"],
    ["14", "Trường đạt chuẩn quốc gia mức độ 1 (công nhận lại)", "", "Đạt", "Được công nhận lại trong năm học", "Đã nộp hồ sơ, chờ đoàn kiểm tra", "", "pending", "dossier sent, the inspection still to come this year"],
    ["15", "Thư viện trường học", "", "Tiên tiến", "Đạt thư viện xuất sắc", "Thư viện tiên tiến", "QĐ công nhận sau kiểm tra ngày 20/12/2018", "not_met", "the year's recognition has been decided (inspection 20/12/2018) one level below the target"],
  ];
  let r = 11;
  for (const x of rows) {
    if (x.length === 2) {
      s.row(`A${r}`, [x[0], x[1], "", "", "", "", ""], { ...bd, bold: true });
    } else {
      const [no, name, unit, last, target, res, note, st, why] = x;
      s.row(`A${r}`, [no, name, unit, last, target, res, note], bd);
      s.expect(`F${r}`, { indicator: name, target, status: st, why, ...(res === "" ? { actual: "(trống)" } : {}) });
    }
    r++;
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ học sinh học kì I tính trên số học sinh hiện có (1.012 em); số liệu chung về lớp, học sinh xem sheet \"Thong tin chung\".",
    "- Các chỉ tiêu đánh giá cuối năm học sẽ được báo cáo tại kỳ tổng kết năm học.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Ngọc Hân" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Văn Phúc" });
  b.facts = {
    sheet: "Chi tieu - KQ HK I",
    headerRows: "9 (header), 10 (column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Chỉ tiêu năm học 2018-2019)",
    actualColumns: "F (Kết quả học kì I: numbers, \"x/y (z%)\" text, sentences)",
    ignoreColumns: "A (TT), C (ĐVT), D (hidden: 2017-2018), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows 11, 16, 23; column-number row 10; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2019-01-02",
    period: "Năm học 2018-2019 (read at the end of term one)",
    notes: "The sheet is the second; the first holds the school's general information (classes and pupils by grade) and nothing to judge. The year's targets are read at the end of term one: what is final for the year (enrolment, two sessions, the term-one test the target names, a contest held, a recognition decided) is judged; what the year's end decides is pending; a share held is judged now. Results are text with two figures (\"980/1.012 (96,84%)\").",
  };
  return b;
}
