// Layout 05: the task appendix of a provincial digital-transformation plan for education (Kon Tum, KH 1469/KH-UBND, 2022) with a progress column added.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục kết quả thực hiện nhiệm vụ Đề án ứng dụng CNTT và chuyển đổi số trong giáo dục, tỉnh Kon Tum, đến 30/11/2023");
  const s = b.sheet("PL nhiệm vụ");
  s.cols([5, 44, 14, 20, 16, 36, 14]);
  titleBlock(s, {
    left: ["UBND TỈNH KON TUM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Kon Tum, ngày 30 tháng 11 năm 2023",
    title: [
      "PHỤ LỤC",
      "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TẠI KẾ HOẠCH SỐ 1469/KH-UBND NGÀY 17/5/2022 CỦA UBND TỈNH",
      "(Kèm theo Báo cáo số     /BC-SGDĐT ngày 30/11/2023 của Sở Giáo dục và Đào tạo)",
    ],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", ""], { ...bd, bold: true });
  type Task = [string, string, string, string, string, string, Status, string];
  const tasks: Array<[number, Task]> = [];
  const put = (r: number, t: Task) => {
    s.row(`A${r}`, [t[0], t[1], t[2], t[3], t[4], t[5], ""], bd);
    tasks.push([r, t]);
  };
  sec(10, "I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH; NÂNG CAO NHẬN THỨC");
  put(11, ["1", "Ban hành kế hoạch ứng dụng CNTT, chuyển đổi số năm học của ngành", "Sở GDĐT", "Các Phòng GDĐT", "Tháng 9 hằng năm", "Đã ban hành Kế hoạch số 2150/KH-SGDĐT ngày 12/9/2023", "met", "this year's occurrence was due by 30/9/2023; issued 12/9/2023"]);
  put(12, ["2", "Tuyên truyền, nâng cao nhận thức về chuyển đổi số cho cán bộ, giáo viên, học sinh và cha mẹ học sinh", "Sở GDĐT", "Sở Thông tin và Truyền thông; các cơ sở giáo dục", "Thường xuyên", "Đã triển khai trên cổng thông tin điện tử của Sở và các trường", "refuse", "\"Thường xuyên\" sets no deadline: nothing to judge on time or late"]);
  sec(13, "II", "PHÁT TRIỂN HẠ TẦNG, NỀN TẢNG VÀ HỌC LIỆU SỐ");
  put(14, ["3", "Triển khai cơ sở dữ liệu ngành giáo dục, kết nối với cơ sở dữ liệu quốc gia về dân cư", "Sở GDĐT", "Công an tỉnh; các cơ sở giáo dục", "Năm 2022", "Hoàn thành ngày 20/02/2023", "not_met", "done 20/02/2023, after the end of 2022 (late)"]);
  put(15, ["4", "Đầu tư phòng học thông minh tại Trường THPT chuyên Nguyễn Tất Thành", "Sở GDĐT", "Sở Kế hoạch và Đầu tư; Sở Tài chính", "2022-2023", "Đang triển khai, đạt khoảng 70% khối lượng", "pending", "due 31/12/2023, after the as-of date; in progress"]);
  put(16, ["5", "Bảo đảm 100% cơ sở giáo dục có kết nối Internet cáp quang", "Sở Thông tin và Truyền thông", "Sở GDĐT; các doanh nghiệp viễn thông", "Quý IV/2022", "Đạt 96% (còn 12 điểm trường vùng sâu chưa có cáp quang)", "overdue", "not complete, and the end of Q4/2022 has passed"]);
  put(17, ["6", "Xây dựng kho học liệu số dùng chung của tỉnh", "Sở GDĐT", "Các cơ sở giáo dục", "Năm 2023", "Chưa thực hiện", "pending", "not started, but due only 31/12/2023"]);
  put(18, ["7", "Số hóa sổ gốc cấp văn bằng, chứng chỉ từ năm 2000", "Sở GDĐT", "Các trường THPT", "Năm 2022", "", "overdue", "no result reported although the deadline passed: unknown, not assumed late; overdue by the round-19 convention (nothing recorded past the due day)"]);
  sec(19, "III", "ỨNG DỤNG CNTT TRONG DẠY, HỌC, KIỂM TRA, ĐÁNH GIÁ VÀ QUẢN LÝ");
  put(20, ["8", "Tập huấn kỹ năng số cho 100% cán bộ quản lý, giáo viên", "Sở GDĐT", "Các Phòng GDĐT", "Tháng 8/2022", "Hoàn thành tháng 7/2022", "met", "July 2022, before the end of August 2022"]);
  put(21, ["9", "Triển khai học bạ số cấp tiểu học", "Sở GDĐT", "Các Phòng GDĐT", "Năm học 2022-2023", "Đã hoàn thành", "met", "done; no date given and nothing suggests it was late"]);
  put(22, ["10", "Thu học phí không dùng tiền mặt tại 100% trường THPT", "Sở GDĐT", "Các ngân hàng thương mại", "Trước 31/12/2022", "Hoàn thành 30/12/2022", "met", "30/12/2022 is before 31/12/2022"]);
  put(23, ["11", "Đánh giá mức độ chuyển đổi số của các cơ sở giáo dục theo bộ chỉ số của Bộ GDĐT", "Sở GDĐT", "Các Phòng GDĐT", "Quý I/2024", "", "pending", "blank and due 31/3/2024: not yet due"]);
  put(24, ["12", "Sơ kết 02 năm thực hiện Kế hoạch", "Sở GDĐT", "Các sở, ngành liên quan", "Tháng 6/2024", "", "pending", "not yet due"]);
  for (const [r, t] of tasks) s.expect(`F${r}`, { indicator: t[1], target: t[4], status: t[6], why: t[7] });
  signature(s, 26, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Y Hoa" }, { col: "E", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Hòa" });
  b.facts = {
    sheet: "PL nhiệm vụ",
    headerRows: "9",
    nameColumn: "B (Nội dung nhiệm vụ)",
    target: "column E (Thời gian thực hiện: \"Năm 2022\", \"2022-2023\", \"Quý IV/2022\", \"Tháng 8/2022\", \"Trước 31/12/2022\", \"Tháng 9 hằng năm\", \"Thường xuyên\")",
    actualColumns: "F (Kết quả thực hiện: sentences, some with a date)",
    ignoreColumns: "C, D (who leads and partners), G (Ghi chú)",
    otherRows: "10, 13, 19 (sections I-III), 26-32 (signature)",
    asOf: "2023-11-30",
    period: "2022-2025",
    notes: "A task table. Done by the deadline is met, done after it is not_met, not done and past due is overdue, not done and not yet due is pending; a blank result after the deadline is no_data (nobody said it was not done). \"Thường xuyên\" has no deadline: refuse.",
  };
  return b;
}
