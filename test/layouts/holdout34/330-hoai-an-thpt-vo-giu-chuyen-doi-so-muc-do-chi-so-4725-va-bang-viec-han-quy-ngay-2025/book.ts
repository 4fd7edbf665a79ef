// Layout 330: a high school's digital-transformation plan for 2025 read at mid-year (Trường THPT Võ Giữ, Hoài Ân, Bình Định, 30 June 2025): two tables on one sheet — the Ministry's index (QĐ 4725) by criterion with a level target per index ("Mức 2", "Mức 3"), last year's level hidden and the level self-assessed at 30/6, then the plan's tasks with deadlines in words (a day, a term, a quarter, a month, the year) and progress in words and dates.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện Kế hoạch chuyển đổi số năm 2025 đến 30/6/2025, Trường THPT Võ Giữ (Hoài Ân, Bình Định)");
  const s = b.sheet("CDS 6 thang 2025");
  s.cols([5, 44, 12, 12, 14, 24, 18]);
  const top = titleBlock(s, {
    left: ["SỞ GDĐT BÌNH ĐỊNH", "TRƯỜNG THPT VÕ GIỮ"],
    date: "Hoài Ân, ngày 30 tháng 6 năm 2025",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025", "(Theo Kế hoạch số 03/KH-THPTVG ngày 02/01/2025)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  let r = top;
  s.merge(`A${r}:G${r}`, "I. MỨC ĐỘ CHUYỂN ĐỔI SỐ THEO BỘ CHỈ SỐ (QUYẾT ĐỊNH SỐ 4725/QĐ-BGDĐT)", { bold: true });
  r++;
  const h1 = r;
  s.row(`A${r}`, ["TT", "Tiêu chí, chỉ số", "Mức đạt năm 2024", "Mục tiêu năm 2025", "Tự đánh giá đến 30/6/2025", "Minh chứng, ghi chú", "Bộ phận phụ trách"], h);
  s.hideCols("C");
  r++;
  const crit = (code: string, title: string) => {
    s.set(`A${r}`, code, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:G${r}`, title, { bold: true, border: true });
    r++;
  };
  const idx = (n: string, what: string, last: string, aim: string, now: string, note: string, who: string, status: Status, why: string) => {
    s.row(`A${r}`, [n, what, last, aim, now, note, who], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, what, { border: true, wrap: true });
    s.set(`F${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: what, target: `${aim} (column D, năm 2025)`, status, why });
    r++;
  };
  crit("1", "Tiêu chí 1: Chuyển đổi số trong dạy, học");
  idx("1.1", "Hạ tầng, thiết bị phục vụ dạy học trực tuyến", "Mức 2", "Mức 3", "Mức 3", "Đủ phòng học có màn hình tương tác", "Tổ Tin học", "met", "Mức 3 reached; the year's aim is Mức 3");
  idx("1.2", "Học liệu số, bài giảng điện tử", "Mức 1", "Mức 3", "Mức 2", "71 bài giảng e-learning", "Tổ chuyên môn", "pending", "Mức 2 of Mức 3 at mid-year; the aim is for 2025");
  idx("1.3", "Tổ chức dạy học trực tuyến trên hệ thống LMS", "Mức 1", "Mức 2", "Mức 2", "", "Phó Hiệu trưởng CM", "met", "Mức 2 = Mức 2");
  idx("1.4", "Kiểm tra, đánh giá trên máy tính", "Mức 1", "Mức 2", "Mức 1", "Chưa có ngân hàng câu hỏi", "Tổ chuyên môn", "pending", "Mức 1 of Mức 2 at mid-year; the aim is for 2025");
  crit("2", "Tiêu chí 2: Chuyển đổi số trong quản trị nhà trường");
  idx("2.1", "Phần mềm quản trị nhà trường, cơ sở dữ liệu ngành", "Mức 3", "Mức 3", "Mức 3", "", "Văn phòng", "met", "Mức 3 = Mức 3");
  idx("2.2", "Học bạ số, hồ sơ số", "Mức 1", "Mức 3", "Mức 2", "Lớp 12 chưa ký số học bạ", "Văn phòng", "pending", "Mức 2 of Mức 3 at mid-year");
  idx("2.3", "Công khai thông tin trên cổng thông tin điện tử", "Mức 2", "Mức 2", "Mức 3", "", "Tổ Tin học", "exceeded", "Mức 3 above the aim Mức 2");
  s.row(`A${r}`, ["", "Mức độ chuyển đổi số của nhà trường (chung)", "Mức 1", "Mức 3 (Mức độ đạt)", "Mức 2", "Tính theo mức thấp nhất của các tiêu chí", ""], { border: true, bold: true, align: "center", wrap: true });
  s.set(`B${r}`, "Mức độ chuyển đổi số của nhà trường (chung)", { border: true, bold: true, wrap: true });
  s.expect(`E${r}`, { indicator: "Mức độ chuyển đổi số của nhà trường (chung)", target: "Mức 3 (Mức độ đạt) (column D, năm 2025)", status: "pending", why: "Mức 2 at mid-year against the year's Mức 3" });
  const overall = r;
  r += 2;
  s.merge(`A${r}:G${r}`, "II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ", { bold: true });
  r++;
  const h2 = r;
  s.row(`A${r}`, ["TT", "Nhiệm vụ", "Thời gian hoàn thành", undefined, "Kết quả thực hiện", undefined, "Bộ phận phụ trách"], h);
  s.merge(`C${r}:D${r}`, "Thời gian hoàn thành", h);
  s.merge(`E${r}:F${r}`, "Kết quả thực hiện", h);
  r++;
  const task = (n: string, what: string, due: string, done: CellInput, who: string, status: Status, why: string) => {
    s.set(`A${r}`, n, { border: true, align: "center" });
    s.set(`B${r}`, what, { border: true, wrap: true });
    s.merge(`C${r}:D${r}`, due, { border: true, wrap: true, align: "center" });
    s.merge(`E${r}:F${r}`, done, { border: true, wrap: true, align: "center" });
    s.set(`G${r}`, who, { border: true, wrap: true, align: "center" });
    s.expect(`E${r}`, { indicator: what, target: due, status, why });
    r++;
  };
  task("1", "Cập nhật dữ liệu học sinh, giáo viên năm học 2024-2025 lên cơ sở dữ liệu ngành", "Trước ngày 15/01/2025", "Hoàn thành ngày 10/01/2025", "Văn phòng", "met", "done on 10/01, before 15/01/2025");
  task("2", "Triển khai học bạ số lớp 10, 11, 12", "Trong học kỳ I năm học 2024-2025", "Hoàn thành lớp 10, 11; lớp 12 chưa triển khai", "Văn phòng", "overdue", "term I ended in January 2025; only two of three grades done by 30/6");
  task("3", "Tập huấn giáo viên sử dụng hệ thống LMS", "Quý I/2025", "Hoàn thành ngày 05/4/2025", "Tổ Tin học", "not_met", "done on 05/4, after quarter I: late");
  task("4", "Tự đánh giá mức độ chuyển đổi số theo QĐ 4725, báo cáo Sở GDĐT", "Trước ngày 20/6/2025", "", "Phó Hiệu trưởng CM", "overdue", "blank on 30/6, past 20/6/2025");
  task("5", "Thu học phí, các khoản thu không dùng tiền mặt", "100% khoản thu, trong năm 2025", "Đạt 87% số học sinh nộp qua ngân hàng", "Kế toán", "pending", "87% at mid-year; the target is for the year 2025");
  task("6", "Số hóa hồ sơ lưu trữ của nhà trường từ năm 2015", "Tháng 10/2025", "Đang thực hiện", "Văn phòng", "pending", "due in October 2025");
  task("7", "Mỗi giáo viên xây dựng tối thiểu 02 bài giảng e-learning", "Trong năm 2025", "71 bài/52 giáo viên", "Tổ chuyên môn", "pending", "71 lessons for 52 teachers (104 needed) at mid-year; due by the end of 2025");
  const end = r;
  notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Mức độ chuyển đổi số: Mức 1 (chưa đạt), Mức 2 (đạt cơ bản), Mức 3 (đạt) theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022.",
    "- Số liệu tính đến ngày 30/6/2025.",
  ]);
  signature(s, end + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Văn Lợi" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Minh Đức" });
  b.facts = {
    sheet: "CDS 6 thang 2025",
    headerRows: `${h1} (table I); ${h2} (table II, merged Thời gian hoàn thành C:D and Kết quả thực hiện E:F)`,
    nameColumn: "B (Tiêu chí, chỉ số; Nhiệm vụ)",
    target: "table I column D (Mục tiêu năm 2025, a level \"Mức 1-3\"); table II column C (Thời gian hoàn thành, in words)",
    actualColumns: "table I E (Tự đánh giá đến 30/6/2025, a level); table II E (Kết quả thực hiện, words and dates)",
    ignoreColumns: "A (TT), C in table I (hidden: last year's level), F (notes), G (Bộ phận phụ trách)",
    totalRows: `${overall} (the school's overall level, judged against its own aim)`,
    otherRows: "table titles, criterion rows 1-2, notes and signature",
    asOf: "2025-06-30",
    period: "2025",
    notes: "Read at 30/6/2025. Levels are ordinal (Mức 1 < Mức 2 < Mức 3): the year's aim reached is met, above it exceeded, below it pending until the year ends. Tasks: a term already over with one grade left is overdue; done after its quarter is late (not met); blank past its day is overdue; year and October deadlines pending.",
  };
  return b;
}
