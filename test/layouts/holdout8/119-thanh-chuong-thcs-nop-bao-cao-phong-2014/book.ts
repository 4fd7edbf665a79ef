// Layout 119: a lower-secondary school's log of the returns the district education office asks for (PGD&ĐT Thanh Chương CV 278/PGD&ĐT-THCS, 2014-2015), read before Christmas 2014: strict "Trước ngày", inclusive "Chậm nhất", a bare date, date cells and text, monthly and on-request returns.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sổ theo dõi gửi hồ sơ, báo cáo về Phòng GD&ĐT năm học 2014-2015 (theo Công văn 278/PGD&ĐT-THCS), Trường THCS Thanh Văn");
  const s = b.sheet("Theo doi bao cao");
  s.cols([6, 50, 24, 16, 16, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THANH CHƯƠNG", "TRƯỜNG THCS THANH VĂN"],
    date: "Thanh Văn, ngày 20 tháng 12 năm 2014",
    title: ["THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO VỀ PHÒNG GD&ĐT", "Năm học 2014-2015 (theo Công văn số 278/PGD&ĐT-THCS ngày 09/9/2014 hướng dẫn nhiệm vụ giáo dục trung học)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Hồ sơ, báo cáo", "Thời hạn gửi về Phòng", "Hình thức gửi", "Ngày đã gửi", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, CellInput, string, Status, string];
  const rows: Row[] = [
    ["Kế hoạch kiểm tra nội bộ trường học năm học 2014-2015", "15/9/2014", "Văn bản", d("2014-09-12"), "", "met", "sent 12/9, before the date"],
    ["Kế hoạch thực hiện nhiệm vụ năm học 2014-2015 của nhà trường", "Trước ngày 30/9/2014", "Văn bản + email", d("2014-09-29"), "", "met", "29/9 is before 30/9"],
    ["Báo cáo kết quả khảo sát chất lượng đầu năm", "Ngày 05/10/2014", "Email", d("2014-10-07"), "", "not_met", "sent 07/10, two days after the date"],
    ["Kế hoạch dạy học tự chọn, dạy thêm học thêm trong nhà trường", "Chậm nhất ngày 10/10/2014", "Văn bản", d("2014-10-10"), "", "met", "\"Chậm nhất\" is inclusive: on the day is on time"],
    ["Báo cáo thống kê đầu năm học (biểu EMIS)", "Trước ngày 15/10/2014", "Phần mềm + văn bản", d("2014-10-15"), "", "not_met", "\"Trước ngày 15/10\" is strict: sent on 15/10 is late"],
    ["Đề kiểm tra và đáp án khảo sát giữa học kỳ I (môn Toán, Ngữ văn)", "Chậm nhất ngày 30/10/2014", "Email", "Đã gửi", "Không ghi ngày gửi", "review", "sent, but no date: on time or late cannot be told"],
    ["Hồ sơ đề nghị kiểm tra công nhận duy trì PCGD THCS năm 2014", "Tháng 11/2014", "Văn bản", "", "", "overdue", "November 2014 is past and nothing is entered; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Danh sách đội tuyển học sinh giỏi lớp 9 dự thi cấp huyện", "Trước 20/11/2014", "Văn bản", "Chưa gửi", "Chờ kết quả thi chọn đội tuyển", "overdue", "past 20/11 and written \"Chưa gửi\""],
    ["Đăng ký dự thi giáo viên dạy giỏi cấp huyện", "Trước 31/12/2014", "Văn bản", d("2014-12-18"), "", "met", "sent 18/12, before the deadline"],
    ["Báo cáo sơ kết học kỳ I", "Trước ngày 10/01/2015", "Văn bản + email", "", "", "pending", "not yet due on 20/12/2014"],
    ["Báo cáo tổng kết năm học 2014-2015", "Trước ngày 25/5/2015", "Văn bản + email", "", "", "pending", "not yet due"],
    ["Báo cáo tình hình học sinh bỏ học", "Hằng tháng, trước ngày 25", "Email", "Đã gửi tháng 9, 10, 11", "", "refuse", "a monthly return: no single deadline to judge the row on"],
    ["Báo cáo công tác phổ cập giáo dục, xóa mù chữ", "Khi có yêu cầu", "Văn bản", "", "", "refuse", "\"Khi có yêu cầu\": no deadline"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], undefined, x[4]], bd);
    s.set(`E${r}`, typeof x[3] === "object" && x[3] !== null ? x[3] : { v: x[3] as string, border: true, align: "center" });
    s.expect(`E${r}`, { indicator: x[0], target: x[1], status: x[5], why: x[6] });
  });
  const end = 9 + rows.length;
  s.set(`B${end + 1}`, "Ghi chú: Ngày đã gửi tính theo ngày trên sổ công văn đi của nhà trường.", { italic: true });
  signature(s, end + 3, { col: "B", title: "VĂN THƯ", name: "Nguyễn Thị Lan" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Đình Hùng" });
  b.facts = {
    sheet: "Theo doi bao cao",
    headerRows: "8",
    nameColumn: "B (Hồ sơ, báo cáo)",
    target: "column C (Thời hạn gửi về Phòng: a bare date, \"Trước ngày\" strict, \"Chậm nhất ngày\" inclusive, a month, monthly, on request)",
    actualColumns: "E (Ngày đã gửi: date cells, \"Đã gửi\" without a date, \"Chưa gửi\", blank)",
    ignoreColumns: "A (TT), D (Hình thức gửi), F (Ghi chú)",
    otherRows: `${end + 1} (note), signature from row ${end + 3}`,
    asOf: "2014-12-20",
    period: "2014-2015",
    notes: "Deadlines are judged on the day the log was signed (20/12/2014). \"Trước ngày 15/10\" sent on 15/10 is late; \"Chậm nhất ngày 10/10\" sent on 10/10 is on time.",
  };
  return b;
}
