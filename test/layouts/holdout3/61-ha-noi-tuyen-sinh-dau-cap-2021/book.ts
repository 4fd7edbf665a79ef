// Layout 61: a city education department's progress sheet on its 2021-2022 admissions timetable (Hà Nội, July 2021): windows "từ … đến …", a deadline with an hour, projected intakes that are no targets.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ công tác tuyển sinh đầu cấp năm học 2021-2022, Sở GD&ĐT Hà Nội, ngày 21/7/2021");
  const s = b.sheet("Tiến độ tuyển sinh");
  s.cols([5, 44, 26, 18, 30, 22]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Nội, ngày 21 tháng 7 năm 2021",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TUYỂN SINH", "VÀO LỚP 10, MẦM NON, LỚP 1, LỚP 6 NĂM HỌC 2021-2022"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", ""], { ...bd, bold: true });
  const date = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", align: "center" });
  // [no, task, timing, who, result, note, verdict, why]
  type Task = [string, string, string, string, CellInput, string, Status, string];
  const put = (r: number, t: Task) => {
    s.row(`A${r}`, [t[0], t[1], t[2], t[3], t[4], t[5]], bd);
    s.expect(`E${r}`, { indicator: t[1], target: t[2], status: t[6], why: t[7] });
  };
  sec(9, "I", "TIẾN ĐỘ CÔNG VIỆC");
  put(10, ["1", "Cấp mã học sinh cho học sinh trong độ tuổi tuyển sinh", "Xong trước ngày 28/5/2021", "Sở GD&ĐT, các phòng GD&ĐT", date("2021-05-26"), "", "met", "26/5/2021 is before 28/5/2021"]);
  put(11, ["2", "Thí sinh dự thi vào lớp 10 khai báo y tế trực tuyến", "Trước 17h ngày 11/6/2021", "Các trường THCS", "Hoàn thành ngày 11/6/2021", "", "review", "done on 11/6 with no hour: before 17h it is on time, after 17h it is late; nothing on the row decides"]);
  put(12, ["3", "Cung cấp dữ liệu điều tra trẻ trong độ tuổi vào lớp 1, lớp 6 cho các phòng GD&ĐT để giao chỉ tiêu, phân tuyến", "Tháng 6/2021", "Phòng Kế hoạch - Tài chính", "Hoàn thành 30/6/2021", "", "met", "30/6/2021 is the last day of June 2021"]);
  put(13, ["4", "Tuyển sinh trực tuyến vào lớp 1", "Từ ngày 12/7 đến 14/7/2021", "Các trường tiểu học", "Hoàn thành 14/7/2021", "", "met", "done on the last day of the window"]);
  put(14, ["5", "Tuyển sinh trực tuyến vào mầm non 5 tuổi", "Từ 15/7 đến 17/7", "Các trường mầm non", "Đã hoàn thành", "", "met", "done; no date given and nothing suggests it was late"]);
  put(15, ["6", "Tuyển sinh trực tuyến vào lớp 6", "Từ 18/7 đến 20/7", "Các trường THCS", date("2021-07-21"), "Gia hạn 01 ngày do lỗi đường truyền", "not_met", "finished 21/7/2021, a day after the window closed on 20/7 (a day and month without a year are 2021, as the note under the table says)"]);
  put(16, ["7", "Các trường nhận hồ sơ tuyển sinh trực tiếp", "Từ 23/7 đến hết ngày 28/7/2021", "Các trường MN, TH, THCS", "", "", "pending", "the window opens on 23/7, after the as-of date 21/7"]);
  put(17, ["8", "Rà soát, cập nhật kết quả tuyển sinh lên cơ sở dữ liệu ngành", "Thường xuyên", "Các phòng GD&ĐT", "Đang thực hiện", "", "refuse", "\"Thường xuyên\" sets no deadline"]);
  sec(18, "II", "QUY MÔ TUYỂN SINH");
  const count = (n: number): CellInput => ({ v: n, fmt: "#,##0" });
  put(19, ["1", "Số trẻ mẫu giáo 5 tuổi được tuyển sinh", "Dự kiến khoảng 158.000 trẻ", "Các trường mầm non", count(157420), "Số liệu đến 17/7", "refuse", "\"dự kiến khoảng\": a forecast of the intake, not a target to reach or stay under"]);
  put(20, ["2", "Số học sinh tuyển sinh vào lớp 1", "Dự kiến khoảng 159.000 học sinh (giảm 4.000 học sinh so với năm học trước)", "Các trường tiểu học", count(160230), "", "refuse", "a forecast (\"dự kiến khoảng\"), not a target"]);
  put(21, ["3", "Số học sinh tuyển sinh vào lớp 6", "Dự kiến khoảng 131.000 học sinh", "Các trường THCS", "", "Đang tổng hợp", "refuse", "a forecast, not a target; the figure is not in yet either"]);
  s.set("B23", "Ghi chú: Thời gian ghi theo kế hoạch tuyển sinh của Thành phố; ngày, tháng không ghi năm là năm 2021.", { italic: true });
  signature(s, 25, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phòng Quản lý thi và Kiểm định" }, { col: "E", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Hùng" });
  b.facts = {
    sheet: "Tiến độ tuyển sinh",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian: \"Xong trước ngày …\", \"Trước 17h ngày …\", \"Tháng 6/2021\", \"Từ ngày … đến …\", \"Từ … đến hết ngày …\", \"Thường xuyên\", \"Dự kiến khoảng …\")",
    actualColumns: "E (Kết quả thực hiện: date cells, \"Hoàn thành …\", \"Đã hoàn thành\", \"Đang thực hiện\", counts, blanks)",
    ignoreColumns: "D (who), F (Ghi chú)",
    otherRows: "9, 18 (sections I-II), 23 (note), 25-31 (signature)",
    asOf: "2021-07-21",
    period: "2021-2022",
    notes: "A window \"từ … đến …\" is met when done by its last day. A deadline with an hour (\"trước 17h ngày 11/6/2021\") met by \"Hoàn thành ngày 11/6/2021\" cannot be decided without the hour (review). The intakes in section II are forecasts (\"dự kiến khoảng\"), not targets: refuse.",
  };
  return b;
}
