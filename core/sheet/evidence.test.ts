// Tables read by structural evidence, one class per row: headers, targets, marks and horizons the vocabulary does not name, told apart by what their cells hold.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { nothingJudged } from "./coverage";
import type { CellRange, SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const title = (t: string): CellValue[][] => [["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [t], []];
const signature: CellValue[][] = [[], [null, "NGƯỜI LẬP BIỂU", null, "HIỆU TRƯỞNG"], [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"]];

interface Case {
  /** The class of layout, as the test names it. */
  what: string;
  values: CellValue[][];
  merges?: CellRange[];
  asOf: string;
  /** "name" or "unit · name" → status, for every figure a clerk judges. */
  want: Record<string, string>;
  /** A sentence the check must say about its choice (layout decisions or coverage.choice). */
  says?: RegExp;
}

/** "Số trẻ" over "Chỉ tiêu giao | Tháng 11 | Tháng 12": a monthly head-count matrix with no year on its months. */
const MONTHS: CellValue[][] = [
      ["TT", "Nhóm, lớp", "Số trẻ", null, null],
      [null, null, "Chỉ tiêu giao", "Tháng 11", "Tháng 12"],
      [1, "Lớp 3 tuổi A", 28, 27, 26],
      [2, "Lớp 4 tuổi A", 30, 30, 31],
    ];

const CASES: Case[] = [
  {
    what: "a header no word names: the target column by its target phrases, the one column of figures as the actual",
    values: [
      ...title("KẾT QUẢ NĂM HỌC 2023-2024"),
      ["Số TT", "Hạng mục", "Yêu cầu cần đạt", "Con số cuối năm", "Lưu ý"],
      [1, "Tỷ lệ học sinh lên lớp", "Từ 90% trở lên", "92%", null],
      [2, "Số lớp học 2 buổi/ngày", "Ít nhất 12 lớp", 11, "Thiếu phòng"],
      [3, "Tỷ lệ học sinh bỏ học", "Không quá 2%", "1,5%", null],
      ...signature,
    ],
    asOf: "2024-06-30",
    want: { "Tỷ lệ học sinh lên lớp": "exceeded", "Số lớp học 2 buổi/ngày": "not_met", "Tỷ lệ học sinh bỏ học": "met" },
    says: /Cột C "Yêu cầu cần đạt" là cột chỉ tiêu vì các ô ghi chỉ tiêu/,
  },
  {
    what: "two horizons reviewed after the first: the one that has fallen due",
    values: [
      ...title("ĐÁNH GIÁ ĐỀ ÁN"),
      ["TT", "Nội dung", "Đến 2025", "Đến 2030", "Kết quả"],
      [1, "Tỷ lệ phòng học kiên cố", "Từ 80% trở lên", "100%", "84%"],
      [2, "Số trường đạt chuẩn quốc gia", "Ít nhất 10 trường", "Ít nhất 15 trường", 9],
    ],
    asOf: "2026-01-15",
    want: { "Tỷ lệ phòng học kiên cố": "exceeded", "Số trường đạt chuẩn quốc gia": "not_met" },
    says: /Dùng cột C "Đến 2025" làm chỉ tiêu vì mốc 2025 đã đến hạn/,
  },
  {
    what: "two horizons before either is due: the nearest, and a shortfall is not yet due",
    values: [
      ...title("THEO DÕI ĐỀ ÁN"),
      ["TT", "Nội dung", "Giai đoạn 2021-2025", "Tầm nhìn 2030", "Kết quả"],
      [1, "Tỷ lệ phòng học kiên cố", "Từ 80% trở lên", "100%", "76%"],
      [2, "Số trường đạt chuẩn quốc gia", "Ít nhất 10 trường", "Ít nhất 15 trường", 11],
    ],
    asOf: "2024-06-30",
    want: { "Tỷ lệ phòng học kiên cố": "pending", "Số trường đạt chuẩn quốc gia": "exceeded" },
    says: /mốc 2025 là mốc gần nhất chưa đến hạn/,
  },
  {
    what: "marks under level columns with a target stated above the table",
    values: [
      ...title("BẢNG TỔNG HỢP TỰ ĐÁNH GIÁ"),
      ["(Đăng ký: mỗi tiêu chí đạt từ Mức 2 trở lên)"],
      ["Tiêu chí", "Chưa đạt", "Mức 1", "Mức 2", "Mức 3", "Ghi chú"],
      ["Tiêu chuẩn 1: Tổ chức"],
      ["Tiêu chí 1.1", null, "✓", "✓", null, null],
      ["Tiêu chí 1.2", "✓", null, null, null, null],
      ["Tiêu chí 1.3", null, "✓", "✓", "✓", null],
      ["Tiêu chí 1.4", null, null, null, null, "Chưa đánh giá"],
    ],
    asOf: "2024-06-30",
    want: { "Tiêu chí 1.1": "met", "Tiêu chí 1.2": "not_met", "Tiêu chí 1.3": "exceeded", "Tiêu chí 1.4": "no_data" },
    says: /chứa dấu đánh dấu: kết quả mỗi dòng là tiêu đề cột được đánh dấu \(mức cao nhất\)/,
  },
  {
    what: "one row per person under a heading no word names, each with a registered target and a result (an answer for a target of one)",
    values: [
      ...title("ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024"),
      ["STT", "Giáo viên", "Tiết dạy tốt", null, "Đồ dùng dạy học", null],
      [null, null, "Đăng ký", "Kết quả", "Đăng ký", "Kết quả"],
      [1, "Nguyễn Văn An", 20, 22, 2, 1],
      [2, "Trần Thị Bình", 18, 18, 1, 1],
      [3, "Lê Văn Cường", 20, 15, 1, "Đạt cấp huyện"],
    ],
    merges: [
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ],
    asOf: "2024-05-31",
    want: {
      "Nguyễn Văn An · Tiết dạy tốt": "exceeded",
      "Trần Thị Bình · Tiết dạy tốt": "met",
      "Lê Văn Cường · Tiết dạy tốt": "not_met",
      "Nguyễn Văn An · Đồ dùng dạy học": "not_met",
      "Trần Thị Bình · Đồ dùng dạy học": "met",
      // One registered, the answer says it was achieved: one.
      "Lê Văn Cường · Đồ dùng dạy học": "met",
    },
  },
  {
    what: "a matrix whose target row sits under the total and is named by no word, told by its target phrases",
    values: [
      ...title("KẾT QUẢ THEO ĐƠN VỊ NĂM 2023"),
      ["TT", "Đơn vị", "Tỷ lệ trường có Internet", "Số phòng học thông minh"],
      [1, "Huyện A", "100%", 3],
      [2, "Huyện B", "96%", 1],
      [null, "Toàn tỉnh", "98%", 4],
      [null, "Yêu cầu tối thiểu", "≥ 98%", "Ít nhất 2 phòng"],
      ...signature,
    ],
    asOf: "2023-12-31",
    want: {
      "Huyện A · Tỷ lệ trường có Internet": "exceeded",
      "Huyện B · Tỷ lệ trường có Internet": "not_met",
      "Huyện A · Số phòng học thông minh": "exceeded",
      "Huyện B · Số phòng học thông minh": "not_met",
      // A share on the target row is the whole's too; a count is the units' (their sum is the total's).
      "Toàn tỉnh · Tỷ lệ trường có Internet": "met",
    },
    says: /"Yêu cầu tối thiểu" là dòng chỉ tiêu vì các ô ghi chỉ tiêu/,
  },
  {
    what: "one table in blocks, its header repeated over each block: every block is read",
    values: [
      ...title("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2023-2024"),
      ["I. MẦM NON"],
      ["STT", "Nội dung", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ trẻ 5 tuổi ra lớp", "100%", "99,5%"],
      [2, "Số trường đạt chuẩn", "12 trường", 12],
      ["II. TIỂU HỌC"],
      ["STT", "Nội dung", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ học sinh hoàn thành chương trình", "Từ 98% trở lên", "98,6%"],
      [2, "Số trường dạy 2 buổi/ngày", "20 trường", 18],
      ...signature,
    ],
    asOf: "2024-06-30",
    want: { "Tỷ lệ trẻ 5 tuổi ra lớp": "not_met", "Số trường đạt chuẩn": "met", "Tỷ lệ học sinh hoàn thành chương trình": "exceeded", "Số trường dạy 2 buổi/ngày": "not_met" },
    says: /Tiêu đề bảng lặp lại ở dòng 10: các dòng bên dưới được đọc tiếp như cùng một bảng/,
  },
  {
    what: "no target column: each name states its own threshold; results written with a yes word or a remark",
    values: [
      ...title("KẾT QUẢ THỰC HIỆN NĂM HỌC 2023-2024"),
      ["STT", "Nội dung chỉ tiêu", "Kết quả thực hiện", "Ghi chú"],
      [1, "Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%", "Đạt 99,6%", null],
      [2, "Tỷ lệ học sinh bỏ học dưới 1%", "0,4% (giảm 0,2%)", null],
      [3, "Huy động trẻ nhà trẻ ra lớp đạt từ 30% trở lên", "Hoàn thành 32,5%", null],
      [4, "Tỷ lệ trẻ 5 tuổi hoàn thành chương trình", "98%", "không có chỉ tiêu"],
      // Who is counted, no target: "trên 35 học sinh".
      [5, "Số lớp có trên 35 học sinh", 3, null],
    ],
    asOf: "2024-06-30",
    want: { "Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%": "not_met", "Tỷ lệ học sinh bỏ học dưới 1%": "met", "Huy động trẻ nhà trẻ ra lớp đạt từ 30% trở lên": "exceeded" },
    says: /3 dòng được đánh giá theo chỉ tiêu ghi trong tên dòng/,
  },
  {
    what: "a checklist whose only answers are the clerk's own 'Đạt / Chưa đạt': the answers are judged, never left as blank",
    values: [
      ...title("TỰ KIỂM TRA CƠ SỞ VẬT CHẤT NĂM HỌC 2023-2024"),
      ["TT", "Nội dung", "Yêu cầu", "Tự đánh giá", "Ghi chú"],
      [1, "Phòng y tế", "Đạt chuẩn", "Đạt", null],
      [2, "Khu vệ sinh riêng cho học sinh nam, nữ", "Đạt chuẩn", "Chưa đạt", "Đang sửa"],
    ],
    asOf: "2024-06-30",
    want: { "Phòng y tế": "met", "Khu vệ sinh riêng cho học sinh nam, nữ": "not_met" },
    says: /cột D "Tự đánh giá" \(đạt \/ chưa đạt\) được dùng làm kết quả/,
  },
  {
    what: "figures by quarter and for the year, under no parent heading: the year's, never a quarter's",
    values: [
      ...title("KẾT QUẢ NĂM 2024"),
      ["STT", "Nội dung", "Kế hoạch", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
      [1, "Số lớp bồi dưỡng giáo viên", "12 lớp", 2, 3, 4, 4, 13],
      [2, "Tỷ lệ giáo viên được bồi dưỡng", "Từ 95% trở lên", "20%", "45%", "70%", "94%", "94%"],
    ],
    asOf: "2024-12-31",
    want: { "Số lớp bồi dưỡng giáo viên": "exceeded", "Tỷ lệ giáo viên được bồi dưỡng": "not_met" },
    says: /Cột H "Cả năm" là số liệu thực hiện vì các ô là số liệu của kỳ sau cùng/,
  },
  {
    what: "monthly figures and a running total since the start of the year: the running total is the actual, no baseline",
    values: [
      ...title("THEO DÕI THỰC HIỆN NĂM HỌC 2023-2024"),
      ["STT", "Nội dung", "Kế hoạch", "Tháng 3", "Tháng 4", "Lũy kế từ đầu năm"],
      [1, "Số chuyên đề cấp trường", "Ít nhất 8 chuyên đề", 1, 1, 7],
    ],
    asOf: "2024-08-31",
    want: { "Số chuyên đề cấp trường": "not_met" },
  },
  {
    what: "a target split into count and share under one heading: each row read on the part it fills",
    values: [
      ...title("KẾT QUẢ NĂM HỌC 2023-2024"),
      ["STT", "Nội dung", "Kế hoạch", null, "Thực hiện", null],
      [null, null, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
      [1, "Số trường đạt chuẩn quốc gia", 12, null, 12, null],
      [2, "Học sinh hoàn thành chương trình", null, 98, 480, 97.5],
    ],
    merges: [
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ],
    asOf: "2024-06-30",
    want: { "Số trường đạt chuẩn quốc gia": "met", "Học sinh hoàn thành chương trình": "not_met" },
  },
  {
    what: "registration/result pairs with a rate: the rate's '%' says nothing of the registered count; a '-' registered is no unit of that indicator",
    values: [
      ...title("THỐNG KÊ ĐĂNG KÝ VÀ ĐẠT DANH HIỆU NĂM 2016"),
      ["TT", "Quận, huyện", "Gia đình học tập", null, null, "Dòng họ học tập", null, null],
      [null, null, "Số đăng ký", "Số đạt", "Tỷ lệ (%)", "Số đăng ký", "Số đạt", "Tỷ lệ (%)"],
      [1, "Quận 1", 8520, 7910, 92.8, "-", "-", null],
      [2, "Huyện Củ Chi", 9100, 9100, 100, 30, 27, 90],
      [3, "Huyện Cần Giờ", 5200, 5300, 101.9, "-", 3, null],
    ],
    merges: [
      { top: 4, left: 2, bottom: 4, right: 4 },
      { top: 4, left: 5, bottom: 4, right: 7 },
    ],
    asOf: "2016-12-15",
    want: { "Quận 1 · Gia đình học tập": "not_met", "Huyện Củ Chi · Gia đình học tập": "met", "Huyện Củ Chi · Dòng họ học tập": "not_met", "Huyện Cần Giờ · Gia đình học tập": "exceeded" },
  },
  {
    what: "a unit's own target column saying '(%)' beside counts and a rate: its plain numbers are points, judged on the rate",
    values: [
      ...title("KẾT QUẢ CÂN ĐO CUỐI NĂM HỌC 2022-2023"),
      ["TT", "Trường", "Tổng số trẻ được cân đo", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", null, null],
      [null, null, null, "Chỉ tiêu giao (%)", "Số trẻ", "Tỷ lệ (%)"],
      [1, "MN An Tiến", 412, 2.5, 9, 2.18],
      [2, "MN An Thái", 365, 1.5, 7, 1.92],
    ],
    merges: [{ top: 4, left: 3, bottom: 4, right: 5 }],
    asOf: "2023-05-25",
    want: { "MN An Tiến · Tỷ lệ trẻ suy dinh dưỡng thể thấp còi": "met", "MN An Thái · Tỷ lệ trẻ suy dinh dưỡng thể thấp còi": "not_met" },
  },
  {
    what: "a task table whose schedule heading no word names: the column of days and months beside the done/not-done results is the deadline",
    values: [
      ...title("KHUNG THỜI GIAN NĂM HỌC 2024-2025"),
      ["TT", "Nội dung công việc", "Mốc thời gian", "Bộ phận thực hiện", "Kết quả thực hiện"],
      [1, "Tổ chức lễ khai giảng", "Ngày 05/9/2024", "BGH", "Đã tổ chức ngày 05/9/2024"],
      [2, "Kiểm tra nội bộ hồ sơ chuyên môn", "Tháng 10/2024", "Tổ chuyên môn", "Hoàn thành 05/11/2024"],
      [3, "Sơ kết học kỳ I", "Chậm nhất ngày 18/01/2025", "BGH", "Chưa thực hiện"],
      [4, "Ngoại khóa chào mừng ngày thành lập Đoàn", "26-3", "Đoàn trường", null],
    ],
    asOf: "2025-01-20",
    want: { "Tổ chức lễ khai giảng": "met", "Kiểm tra nội bộ hồ sơ chuyên môn": "not_met", "Sơ kết học kỳ I": "overdue", "Ngoại khóa chào mừng ngày thành lập Đoàn": "pending" },
    says: /Cột C "Mốc thời gian" là thời hạn/,
  },
  {
    what: "named sub-headings each over a count and a rate are indicators of their own; a target row states the target over the rate",
    values: [
      ...title("KẾT QUẢ CÂN ĐO CUỐI NĂM HỌC 2023-2024"),
      ["TT", "Nhóm, lớp", "Số trẻ được cân, đo", "Cân nặng theo tuổi", null, null, null],
      [null, null, null, "Phát triển bình thường", null, "Suy dinh dưỡng thể nhẹ cân", null],
      [null, null, null, "SL", "TL (%)", "SL", "TL (%)"],
      [null, "Chỉ tiêu năm học", null, null, null, null, "Dưới 2%"],
      [1, "Mẫu giáo 3 tuổi A", 30, 29, 96.7, 1, 3.3],
      [2, "Mẫu giáo 4 tuổi A", 32, 32, 100, 0, 0],
    ],
    merges: [
      { top: 4, left: 3, bottom: 4, right: 6 },
      { top: 5, left: 3, bottom: 5, right: 4 },
      { top: 5, left: 5, bottom: 5, right: 6 },
      { top: 4, left: 0, bottom: 6, right: 0 },
      { top: 4, left: 1, bottom: 6, right: 1 },
      { top: 4, left: 2, bottom: 6, right: 2 },
    ],
    asOf: "2024-05-30",
    want: { "Mẫu giáo 3 tuổi A · Cân nặng theo tuổi – Suy dinh dưỡng thể nhẹ cân": "not_met", "Mẫu giáo 4 tuổi A · Cân nặng theo tuổi – Suy dinh dưỡng thể nhẹ cân": "met" },
  },
  {
    what: "a target row with a second threshold for one kind of unit: the column headed by that kind, marked on the row, says which applies",
    values: [
      ...title("KẾT QUẢ PHỔ CẬP GIÁO DỤC THCS NĂM 2023"),
      ["TT", "Xã, thị trấn", "Xã ĐBKK", "Tổng số thanh, thiếu niên 15-18 tuổi", "Tốt nghiệp THCS", null],
      [null, null, null, null, "Số lượng", "Tỷ lệ (%)"],
      [null, "Tiêu chuẩn mức độ 3", null, null, null, "≥ 95% (xã ĐBKK ≥ 90%)"],
      [1, "Cô Ba", "x", 186, 171, 91.94],
      [2, "Hồng An", null, 170, 160, 94.12],
      [3, "Thị trấn Bảo Lạc", null, 300, 290, 96.67],
    ],
    merges: [{ top: 4, left: 4, bottom: 4, right: 5 }],
    asOf: "2023-12-20",
    want: { "Cô Ba · Tốt nghiệp THCS": "exceeded", "Hồng An · Tốt nghiệp THCS": "not_met", "Thị trấn Bảo Lạc · Tốt nghiệp THCS": "exceeded" },
  },
  {
    what: "a second threshold for one kind of unit and no column saying which units are of that kind: a figure between the two is asked, not judged",
    values: [
      ...title("KẾT QUẢ PHỔ CẬP GIÁO DỤC THCS NĂM 2023"),
      ["TT", "Xã, thị trấn", "Tổng số thanh, thiếu niên 15-18 tuổi", "Tốt nghiệp THCS", null],
      [null, null, null, "Số lượng", "Tỷ lệ (%)"],
      [null, "Tiêu chuẩn mức độ 3", null, null, "≥ 95% (xã ĐBKK ≥ 90%)"],
      [1, "Cô Ba", 186, 171, 91.94],
      [2, "Thị trấn Bảo Lạc", 300, 290, 96.67],
      [3, "Hồng Trị", 200, 170, 85],
    ],
    merges: [{ top: 4, left: 3, bottom: 4, right: 4 }],
    asOf: "2023-12-20",
    want: { "Cô Ba · Tốt nghiệp THCS": "review", "Thị trấn Bảo Lạc · Tốt nghiệp THCS": "exceeded", "Hồng Trị · Tốt nghiệp THCS": "not_met" },
  },
  {
    what: "each district's own target beside its figure: the first district, with \"-\" where a target does not apply, is no target row",
    values: [
      ...title("KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO HUYỆN NĂM 2020"),
      ["STT", "Huyện, thành phố", "Tỷ lệ hộ nghèo (%)", null, "Số xã đạt chuẩn nông thôn mới", null],
      [null, null, "KH 2020", "Ước TH 2020", "KH 2020", "Ước TH 2020"],
      [1, "Thành phố Tuyên Quang", "Dưới 1", 0.8, "-", "-"],
      [2, "Huyện Lâm Bình", "Giảm còn 25", 24.1, 2, 2],
      [3, "Huyện Na Hang", "Giảm còn 20", 20.3, 3, 2],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 3 }, { top: 4, left: 4, bottom: 4, right: 5 }],
    asOf: "2020-12-15",
    want: {
      "Thành phố Tuyên Quang · Tỷ lệ hộ nghèo (%)": "met",
      "Huyện Lâm Bình · Tỷ lệ hộ nghèo (%)": "met",
      "Huyện Na Hang · Tỷ lệ hộ nghèo (%)": "not_met",
      "Huyện Lâm Bình · Số xã đạt chuẩn nông thôn mới": "met",
      "Huyện Na Hang · Số xã đạt chuẩn nông thôn mới": "not_met",
    },
  },
  {
    what: "target rows for two years below the total: the one due at the as-of date is used, the later one is no unit",
    values: [
      ...title("KẾT QUẢ HUY ĐỘNG TRẺ RA LỚP NĂM HỌC 2020-2021"),
      ["TT", "Huyện, thành phố", "Trẻ mẫu giáo (3-5 tuổi)", null, null],
      [null, null, "Dân số độ tuổi", "Ra lớp", "Tỷ lệ (%)"],
      [1, "Thành phố Cao Lãnh", 5000, 4800, 96],
      [2, "Huyện Tam Nông", 4000, 3700, 92.5],
      [null, "Toàn tỉnh", 9000, 8500, 94.4],
      [null, "Chỉ tiêu năm 2020", null, null, "95%"],
      [null, "Chỉ tiêu năm 2025", null, null, "98%"],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 4 }],
    asOf: "2020-12-20",
    want: { "Thành phố Cao Lãnh · Trẻ mẫu giáo (3-5 tuổi)": "exceeded", "Huyện Tam Nông · Trẻ mẫu giáo (3-5 tuổi)": "not_met", "Toàn tỉnh · Trẻ mẫu giáo (3-5 tuổi)": "not_met" },
    says: /Dùng dòng "Chỉ tiêu năm 2020" làm chỉ tiêu/,
  },
  {
    what: "lower and upper bound rows above the units: each column's target is the band between them; a week's average is no unit (its share is judged on the band, as the whole's)",
    values: [
      ...title("THEO DÕI KHẨU PHẦN ĂN TUẦN 1 THÁNG 3/2024"),
      ["TT", "Ngày", "Năng lượng (kcal/trẻ/ngày)", "Protit (%)"],
      [null, "Mức tối thiểu", 735, 13],
      [null, "Mức tối đa", 882, 20],
      [1, "Thứ Hai (04/3)", 812, 15.2],
      [2, "Thứ Ba (05/3)", 901, 12.5],
      [null, "Bình quân tuần", 856.5, 13.9],
    ],
    asOf: "2024-03-08",
    want: { "Thứ Hai (04/3) · Năng lượng (kcal/trẻ/ngày)": "met", "Thứ Hai (04/3) · Protit (%)": "met", "Thứ Ba (05/3) · Năng lượng (kcal/trẻ/ngày)": "not_met", "Thứ Ba (05/3) · Protit (%)": "not_met", "Bình quân tuần · Protit (%)": "met" },
    says: /là mức tối thiểu và tối đa/,
  },
  {
    what: "a stage's target judged on the figures headed by the stage's last year: due, not deferred to the year's end",
    values: [
      ...title("SƠ KẾT GIAI ĐOẠN 2018-2020"),
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu giai đoạn 2018-2020", "Năm học 2018-2019", "Năm học 2019-2020"],
      [1, "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", "97,5%", 97.1, 97.4],
    ],
    asOf: "2020-12-25",
    want: { "Tỷ lệ huy động trẻ mẫu giáo ra lớp": "not_met" },
  },
  {
    what: "a target row naming the whole ('(toàn trường)'): only the total row is judged, the units are its breakdown",
    values: [
      ...title("THỐNG KÊ CHẤT LƯỢNG HỌC KỲ I NĂM HỌC 2020-2021"),
      ["TT", "Khối", "Sĩ số", "Học lực giỏi", null],
      [null, null, null, "SL", "%"],
      [1, "Khối 10", 1000, 80, 8],
      [2, "Khối 11", 1000, 120, 12],
      [null, "Toàn trường", 2000, 200, 10],
      [null, "Chỉ tiêu năm học 2020-2021 (toàn trường)", null, null, "Trên 9%"],
    ],
    merges: [{ top: 4, left: 3, bottom: 4, right: 4 }],
    asOf: "2021-01-11",
    want: { "Toàn trường · Học lực giỏi": "met" },
    says: /là chỉ tiêu chung: chỉ dòng "Toàn trường" được đánh giá/,
  },
  {
    what: "a target row naming the whole over units with no total row: no unit is judged against it",
    values: [
      ...title("THỐNG KÊ CHẤT LƯỢNG HỌC KỲ I NĂM HỌC 2020-2021"),
      ["TT", "Khối", "Học lực giỏi (%)"],
      [null, "Chỉ tiêu chung toàn trường", "Trên 9%"],
      [1, "Khối 10", 8],
      [2, "Khối 11", 12],
    ],
    asOf: "2021-01-11",
    want: {},
    says: /không có dòng tổng/,
  },
  {
    what: "one month's count beside a target no month names: the latest month up to the as-of date, a short count not yet due",
    values: [
      ...title("BÁO CÁO SỐ LƯỢNG TRẺ THÁNG 12 NĂM 2019 (NĂM HỌC 2019-2020)"),
      ["TT", "Nhóm, lớp", "Số trẻ", null, null],
      [null, null, "Chỉ tiêu giao", "Tháng 11", "Tháng 12"],
      [1, "Lớp 3 tuổi A", 28, 27, 26],
      [2, "Lớp 4 tuổi A", 30, 30, 31],
      [3, "Lớp 5 tuổi A", 32, 33, 32],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 4 }],
    asOf: "2019-12-31",
    want: { "Lớp 3 tuổi A · Số trẻ": "pending", "Lớp 4 tuổi A · Số trẻ": "exceeded", "Lớp 5 tuổi A · Số trẻ": "met" },
    says: /Cột E "Số trẻ \/ Tháng 12" là số liệu tháng 12 mà tiêu đề báo cáo nêu, không dùng D/,
  },
  // The month judged never moves with the day the check runs: yearless months are dated inside the period, against
  // the earlier of the as-of date and the period's end; the month a title names comes first.
  ...(
    [
      ["a 2019 report checked in November 2026 (the period long over)", "NĂM HỌC 2019-2020", "2026-11-15", "E", { "Lớp 3 tuổi A · Số trẻ": "not_met", "Lớp 4 tuổi A · Số trẻ": "exceeded" }],
      ["a 2019 report checked in December 2026", "NĂM HỌC 2019-2020", "2026-12-02", "E", { "Lớp 3 tuổi A · Số trẻ": "not_met", "Lớp 4 tuổi A · Số trẻ": "exceeded" }],
      ["a report checked in November 2019, December still ahead", "NĂM HỌC 2019-2020", "2019-11-20", "D", { "Lớp 3 tuổi A · Số trẻ": "pending", "Lớp 4 tuổi A · Số trẻ": "met" }],
      ["a title naming its month, checked years later", "THÁNG 12 NĂM 2019 (NĂM HỌC 2019-2020)", "2026-11-15", "E", { "Lớp 3 tuổi A · Số trẻ": "not_met", "Lớp 4 tuổi A · Số trẻ": "exceeded" }],
      ["November's report signed in December ('ngày 02 tháng 12 năm 2019' is a dateline, not its month)", "THÁNG 11 NĂM 2019 (NĂM HỌC 2019-2020), ngày 02 tháng 12 năm 2019", "2019-12-02", "D", { "Lớp 3 tuổi A · Số trẻ": "pending", "Lớp 4 tuổi A · Số trẻ": "met" }],
    ] as const
  ).map(([what, period, asOf, col, want]): Case => ({
    what: `month columns without a year: ${what} is judged on column ${col}`,
    values: [...title(`BÁO CÁO SỐ LƯỢNG TRẺ ${period}`), ...MONTHS],
    merges: [{ top: 4, left: 2, bottom: 4, right: 4 }],
    asOf,
    want,
    says: new RegExp(`Cột ${col} "Số trẻ \\/ Tháng`),
  })),
  {
    what: "one month's count beside that month's own target ('Chỉ tiêu tháng 12'): final, a short count is short",
    values: [
      ...title("BÁO CÁO SỐ LƯỢNG TRẺ THÁNG 12 NĂM 2019 (NĂM HỌC 2019-2020)"),
      ["TT", "Nhóm, lớp", "Số trẻ", null, null],
      [null, null, "Chỉ tiêu tháng 12", "Tháng 11", "Tháng 12"],
      [1, "Lớp 3 tuổi A", 28, 27, 26],
      [2, "Lớp 4 tuổi A", 30, 30, 31],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 4 }],
    asOf: "2019-12-31",
    want: { "Lớp 3 tuổi A · Số trẻ": "not_met", "Lớp 4 tuổi A · Số trẻ": "exceeded" },
  },
  {
    what: "a part whose heading states its own bar in brackets ('(chỉ tiêu 100%)') is an indicator of its own; a bare 100% is reached, never a cap",
    values: [
      ...title("THỐNG KÊ CUỐI NĂM HỌC 2023-2024"),
      ["TT", "Khối", "Sĩ số", null, null, "Tỷ lệ chuyên cần (%) (chỉ tiêu từ 98% trở lên)"],
      [null, null, "Đầu năm", "Cuối năm", "Duy trì sĩ số (%) (chỉ tiêu 100%)", null],
      [1, "Khối 1", 303, 302, 99.67, 99.4],
      [2, "Khối 2", 290, 290, 100, 97.8],
    ],
    merges: [
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 4 },
      { top: 4, left: 5, bottom: 5, right: 5 },
    ],
    asOf: "2024-05-28",
    want: {
      "Khối 1 · Duy trì sĩ số (%) (chỉ tiêu 100%)": "not_met",
      "Khối 2 · Duy trì sĩ số (%) (chỉ tiêu 100%)": "met",
      "Khối 1 · Tỷ lệ chuyên cần (%) (chỉ tiêu từ 98% trở lên)": "exceeded",
      "Khối 2 · Tỷ lệ chuyên cần (%) (chỉ tiêu từ 98% trở lên)": "not_met",
    },
  },
  {
    what: "beside targets that are all horizons still ahead ('Mục tiêu đến năm 2025 | … 2030'), an unnamed column of figures with target phrases is the period's own target, the horizons not due",
    values: [
      ...title("KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU PHÁT TRIỂN BỀN VỮNG NĂM 2023"),
      ["TT", "Chỉ tiêu", "Mốc đề ra", "Ước thực hiện năm 2023", "Mục tiêu đến năm 2025", "Mục tiêu đến năm 2030"],
      [1, "Số trường đạt chuẩn quốc gia", 21, 21, 25, 30],
      [2, "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo (%)", "≥ 95", 94.2, 98, 99],
      [3, "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", 92, 93.5, 95, 98],
      [4, "Số xã đạt chuẩn nông thôn mới", 10, 9, 12, 15],
    ],
    asOf: "2023-11-24",
    want: { "Số trường đạt chuẩn quốc gia": "met", "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo (%)": "not_met", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)": "exceeded", "Số xã đạt chuẩn nông thôn mới": "not_met" },
    says: /Cột C "Mốc đề ra" là chỉ tiêu của kỳ này/,
  },
  {
    what: "one unnamed plan column per year heading ('Năm 2016: Mốc đề ra | Số đạt được; Năm 2017: …') beside a horizon still ahead: the one under the latest actual's own year is its target, not the horizon (sheet18b)",
    values: [
      ...title("TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2016 VÀ ƯỚC NĂM 2017"),
      ["TT", "Hạng mục", "Đơn vị tính", "Năm 2016", null, "Năm 2017", null, "Mục tiêu đến năm 2020"],
      [null, null, null, "Mốc đề ra", "Số đạt được", "Mốc đề ra", "Ước TH", null],
      [1, "Tốc độ tăng trưởng GRDP", "%", 10.5, 10.6, "10,5 - 11", 10.8, "Bình quân 10,5%/năm"],
      [2, "GRDP bình quân đầu người", "Triệu đồng", 48, 49.2, 53, 52.4, 70],
      [3, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "Dưới 18", 18, "Dưới 17,5", 17.2, "Dưới 15"],
      [4, "Số xã đạt chuẩn nông thôn mới", "Xã", 18, 18, 25, 24, 68],
    ],
    merges: [
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 4, right: 4 },
      { top: 4, left: 5, bottom: 4, right: 6 },
      { top: 4, left: 7, bottom: 5, right: 7 },
    ],
    asOf: "2017-12-05",
    want: { "Tốc độ tăng trưởng GRDP": "met", "GRDP bình quân đầu người": "not_met", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng": "met", "Số xã đạt chuẩn nông thôn mới": "not_met" },
    says: /Cột F "Năm 2017 \/ Mốc đề ra" là chỉ tiêu của kỳ này/,
  },
  {
    what: "of two figure columns of one term, the one whose cells read as figures is the figure, not the one describing it in words ('Thực trạng | Số liệu')",
    values: [
      ...title("KẾT QUẢ TỰ KIỂM TRA TRƯỜNG ĐẠT CHUẨN QUỐC GIA"),
      ["TT", "Tiêu chí", "Yêu cầu", "Thực trạng của nhà trường", "Số liệu"],
      [1, "Giáo viên đạt chuẩn trình độ đào tạo", "100%", "36 giáo viên, tất cả đạt chuẩn", "100%"],
      [2, "Học lực giỏi", "Từ 3% trở lên", "Có 20 học sinh giỏi trên 476 học sinh", 4.2],
      [3, "Học lực yếu, kém", "Không quá 5%", "Còn 26 học sinh yếu kém", 5.5],
      [4, "Hạnh kiểm yếu", "Không quá 2%", "Có 2 học sinh hạnh kiểm yếu", 0.4],
    ],
    asOf: "2010-12-07",
    want: { "Giáo viên đạt chuẩn trình độ đào tạo": "met", "Học lực giỏi": "exceeded", "Học lực yếu, kém": "not_met", "Hạnh kiểm yếu": "met" },
    says: /Dùng cột E "Số liệu" làm số thực hiện \(các ô đọc được là số liệu/,
  },
  {
    what: "a note saying when the figure comes or is final ('Xét vào cuối năm học') makes a blank or short figure not yet due; a blank with no such note is no data, a note of a past month changes nothing (a term's short rate stays asked)",
    values: [
      ...title("SƠ KẾT HỌC KỲ I NĂM HỌC 2018-2019"),
      ["TT", "Nội dung", "ĐVT", "Chỉ tiêu năm học 2018-2019", "Kết quả học kỳ I", "Ghi chú"],
      [1, "Học sinh lớp 9 được công nhận tốt nghiệp THCS", "%", "100%", null, "Xét vào cuối năm học"],
      [2, "Học sinh được tư vấn hướng nghiệp", "%", "100%", null, null],
      [3, "Học sinh tham gia câu lạc bộ", "%", "80%", null, "Nghỉ theo lịch"],
      [4, "Giáo viên xếp loại chuẩn nghề nghiệp từ khá trở lên", "%", "Trên 90%", 90, "Đánh giá giữa năm học; xếp loại chính thức vào cuối năm"],
      [5, "Tỷ lệ học sinh giỏi", "%", "Từ 15% trở lên", 13.8, "Khảo sát tháng 12/2018"],
    ],
    asOf: "2019-01-21",
    want: {
      "Học sinh lớp 9 được công nhận tốt nghiệp THCS": "pending",
      "Học sinh được tư vấn hướng nghiệp": "no_data",
      "Học sinh tham gia câu lạc bộ": "no_data",
      "Giáo viên xếp loại chuẩn nghề nghiệp từ khá trở lên": "pending",
      "Tỷ lệ học sinh giỏi": "review",
    },
  },
  // A note's time is bounded by the plan: never past the period's end, and a term named after "cuối kỳ" is that term's.
  ...(
    [
      ["a short count after the period ended, its note promising a date past it", 8, "Dự kiến hoàn thành tháng 12/2025", "2025-09-15", "not_met"],
      ["a short count within the period, its note promising a date past it", 8, "Dự kiến hoàn thành tháng 12/2025", "2025-03-15", "pending"],
      ["a blank figure after the first term's end its note names", null, "Đánh giá cuối học kỳ I", "2025-03-15", "no_data"],
      ["a blank figure before the first term's end its note names", null, "Đánh giá cuối học kỳ I", "2024-12-10", "pending"],
      ["a blank figure before the second term's end its note names", null, "Đánh giá cuối kì 2", "2025-03-15", "pending"],
      // A worded placeholder is a blank with a reason: the note's time applies. A bare dash may mean "not applicable".
      ["a worded placeholder before the time its note names", "Chưa bình xét", "Bình xét vào tháng 5/2025", "2025-03-15", "pending"],
      ["a bare dash before the time its note names", "-", "Bình xét vào tháng 5/2025", "2025-03-15", "no_data"],
    ] as const
  ).map(([what, actual, note, asOf, status]): Case => ({
    what: `a note saying when the figure comes: ${what} is ${status}`,
    values: [
      ...title("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"),
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Số phòng học được sửa chữa", "ít nhất 10 phòng", actual, note],
      [2, "Tỷ lệ học sinh lên lớp", "ít nhất 95%", "96%", null],
    ],
    asOf,
    want: { "Số phòng học được sửa chữa": status, "Tỷ lệ học sinh lên lớp": "exceeded" },
  })),
  {
    what: "a count of times in a task's schedule ('02 lần/tháng') with a result in words: asked, never no data",
    values: [
      ...title("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2020-2021"),
      ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "Sinh hoạt chuyên môn theo nghiên cứu bài học", "02 lần/tháng", "Đã thực hiện"],
      [2, "Khai giảng năm học", "Ngày 05/9/2020", "Hoàn thành ngày 05/9/2020"],
    ],
    asOf: "2021-01-15",
    want: { "Sinh hoạt chuyên môn theo nghiên cứu bài học": "review", "Khai giảng năm học": "met" },
  },
];

describe("reading tables by what their cells hold", () => {
  it.each(CASES.map((c) => [c.what, c] as const))("%s", (_what, c) => {
    const r = ok(checkSheet({ name: "S", values: c.values, ...(c.merges ? { merges: c.merges } : {}) }, null, { asOf: c.asOf }));
    const got = Object.fromEntries(r.items.map((i) => [i.unitName ? `${i.unitName} · ${i.name}` : i.name, i.status]));
    expect(got).toEqual(c.want);
    if (c.says) expect([...(r.layout.decisions ?? []).map((d) => d.vi), r.coverage.choice?.vi ?? ""].join("\n")).toMatch(c.says);
  });

  it("never calls a row blank whose figures sit in columns it could not read: units across the top are refused, said", () => {
    const r = ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Trường MN Hoa Sen", "Trường MN Họa Mi"], [1, "Tỷ lệ trẻ ra lớp", "95%", "96%", "94%"], [2, "Số nhóm lớp", "12 nhóm", 13, 11]] }, null));
    expect(r.items).toEqual([]);
    expect(r.coverage.complete).toBe(false);
    expect(r.coverage.notJudged.map((n) => [n.reason, n.cell])).toEqual([["unread_figure", { row: 1, col: 3 }], ["unread_figure", { row: 2, col: 3 }]]);
    expect(nothingJudged(r)?.vi).toMatch(/không đánh giá được dòng nào \(2 dòng có số liệu\)/);
  });

  it("never judges a year's figures against a later year's plan ('Thực hiện năm 2023' beside 'Kế hoạch năm 2024')", () => {
    const r = checkSheet(
      { name: "S", values: [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023", "Kế hoạch năm 2024"], [1, "Tỷ lệ trẻ ra lớp", "%", 96, 97], [2, "Số phòng học", "phòng", 14, 16]] },
      null,
      { asOf: "2024-01-15" },
    );
    // (Read as a plan for 2024 with last year beside it, the 2024 figures are still to come: no data, never a verdict.)
    expect((r.ok ? r.items.map((i) => i.status) : []).filter((s) => s !== "no_data" && s !== "pending")).toEqual([]);
    const later = checkSheet(
      { name: "S", values: [["STT", "Hạng mục", "ĐVT", "Năm học 2023-2024", null, "Năm học 2024-2025 (KH)"], [null, null, null, "Mốc đề ra", "Số đạt được", null], [1, "Tỷ lệ học sinh lên lớp", "%", "≥ 95%", 95.5, "≥ 96%"], [2, "Số học sinh", "HS", "450 HS", 455, 460]], merges: [{ top: 0, left: 3, bottom: 0, right: 4 }] },
      null,
      { asOf: "2024-06-10" },
    );
    const got = later.ok ? Object.fromEntries(later.items.map((i) => [i.name, i.status])) : {};
    // ("Mốc đề ra", a heading no vocabulary row holds: the 2024-2025 plan was read as the 2023-2024 figures' target.)
    expect(got["Tỷ lệ học sinh lên lớp"] ?? "none").not.toBe("not_met");
    expect(got["Số học sinh"] ?? "none").not.toBe("not_met");
  });

  it("applies a target said above the table only to rows alike, never one threshold to different indicators", () => {
    const r = ok(
      checkSheet(
        { name: "S", values: [["(Phấn đấu đạt từ 95% trở lên)"], ["STT", "Nội dung", "Kết quả"], [1, "Tỷ lệ trẻ ra lớp", "96%"], [2, "Số phòng học", 14]] },
        null,
      ),
    );
    expect(r.items).toEqual([]);
    expect(r.coverage.notJudged.map((n) => n.reason)).toEqual(["no_target", "no_target"]);
  });

  it("never reads rows measured each in its own unit (an ĐVT column) as units of one matrix judged against one row's target", () => {
    const values: CellValue[][] = [
      ...title("SƠ KẾT HỌC KỲ I NĂM HỌC 2016-2017"),
      ["TT", "Hạng mục", "ĐVT", "Mốc đề ra", "Thực hiện học kỳ I"],
      [1, "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", 95, 94.1],
      [2, "Số trường đạt chuẩn quốc gia", "Trường", 22, 20],
      [3, "Tỷ lệ học sinh bỏ học", "%", "Dưới 0,5", 0.21],
    ];
    const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2017-01-06" }));
    expect(r.layout.shape).toBe("list");
    expect(r.items.filter((i) => i.unitName !== undefined)).toEqual([]);
  });

  it("judges a rate its formula computes from two cells on those cells, not on the rounded figure shown", () => {
    const values: CellValue[][] = [
      ...title("THỐNG KÊ CUỐI NĂM HỌC 2023-2024"),
      ["TT", "Khối", "Cuối năm", "Hoàn thành chương trình lớp học", null, null],
      [null, null, null, "Chỉ tiêu", "Số HS", "Tỷ lệ (%)"],
      [1, "Khối 1", 302, "Trên 99%", 299, 99],
      [2, "Khối 2", 290, "Trên 99%", 287, 99],
    ];
    const formulas: (string | undefined)[][] = [];
    formulas[6] = [undefined, undefined, undefined, undefined, undefined, "=ROUND(E7/C7*100,1)"];
    formulas[7] = [undefined, undefined, undefined, undefined, undefined, "=ROUND(E8/C8*100,1)"];
    const merges = [{ top: 4, left: 3, bottom: 4, right: 5 }];
    const r = ok(checkSheet({ name: "S", values, formulas, merges }, null, { asOf: "2024-05-28" }));
    // 299/302 = 99,007% is above 99 although shown 99,0; 287/290 = 98,97% is not.
    expect(Object.fromEntries(r.items.map((i) => [i.unitName, i.status]))).toEqual({ "Khối 1": "met", "Khối 2": "not_met" });
  });

  it("never takes a signature row for a header", () => {
    const r = checkSheet({ name: "S", values: [["TT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Số lớp", "16 lớp", 16], [], ["TỔ TRƯỞNG", null, "HIỆU TRƯỞNG"], ["(Ký, ghi rõ họ tên)"], [], ["Nguyễn A", null, "Trần B"]] }, null);
    expect(ok(r).layout.headerRows).toEqual([0]);
    expect(ok(r).layout.lastDataRow).toBe(1);
  });
});
