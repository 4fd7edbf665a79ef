// Layout 151: a district's timetable for preparing its annual socio-economic plan (Can Lộc, Hà Tĩnh, following the province's handbook of QĐ 796/QĐ-UBND 2015), tracked on 20/10/2015: steps with lead and partner units, deadlines as "Trước ngày", months, a window, a deadline counted from an event, reports owed to the province, a partial "21/23 xã" past due, a session "Kỳ họp cuối năm".
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2016 huyện Can Lộc (theo Sổ tay hướng dẫn lập kế hoạch cấp huyện, QĐ 796/QĐ-UBND tỉnh Hà Tĩnh)");
  const s = b.sheet("Tien do lap KH");
  s.cols([6, 44, 18, 22, 24, 28, 22]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "HUYỆN CAN LỘC"],
    date: "Can Lộc, ngày 20 tháng 10 năm 2015",
    title: ["PHỤ LỤC: TIẾN ĐỘ XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2016", "(Theo Sổ tay hướng dẫn lập kế hoạch phát triển kinh tế - xã hội hằng năm cấp huyện ban hành kèm Quyết định số 796/QĐ-UBND ngày 05/3/2015 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  s.row("A8", ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả thực hiện", "Ghi chú"], { bold: true, align: "center", wrap: true, border: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, string, string, CellInput, string, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", "", "", null, ""];
  const rows: Row[] = [
    sec("I", "CHUẨN BỊ"),
    ["1", "Ban hành văn bản hướng dẫn xây dựng kế hoạch năm 2016 cho các phòng, ban, UBND các xã, thị trấn", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND-UBND", "Trước ngày 30/6/2015", d("2015-06-26"), "Công văn số 412/UBND-TCKH", "met", "26/6, before 30/6"],
    ["2", "Thu thập thông tin, đánh giá tình hình thực hiện kế hoạch 6 tháng đầu năm 2015", "Phòng Tài chính - Kế hoạch", "Chi cục Thống kê", "Tháng 7/2015", "Hoàn thành ngày 05/8/2015", "", "not_met", "done in August for a July deadline"],
    sec("II", "XÂY DỰNG DỰ THẢO KẾ HOẠCH"),
    ["3", "Các xã, thị trấn xây dựng dự thảo kế hoạch năm 2016 gửi UBND huyện", "UBND các xã, thị trấn", "", "Trước ngày 31/7/2015", "21/23 xã đã gửi", "Xã Tùng Lộc, Thường Nga chưa gửi", "overdue", "two communes still missing, past 31/7"],
    ["4", "Các phòng, ban xây dựng dự thảo kế hoạch ngành, lĩnh vực", "Các phòng, ban chuyên môn", "", "Trước ngày 31/7/2015", d("2015-07-30"), "", "met", "30/7"],
    ["5", "Tổ chức tham vấn dự thảo kế hoạch với các xã, doanh nghiệp, người dân", "Phòng Tài chính - Kế hoạch", "Mặt trận Tổ quốc huyện", "Từ ngày 10/8 đến ngày 20/8/2015", "Tổ chức ngày 18/8/2015", "", "met", "inside the window"],
    ["6", "Báo cáo dự thảo kế hoạch năm 2016 gửi Sở Kế hoạch và Đầu tư", "UBND huyện", "Phòng Tài chính - Kế hoạch", "Trước ngày 31/8/2015", "", "", "overdue", "past 31/8 and nothing entered; overdue by the round-19 convention (nothing recorded past the due day)"],
    sec("III", "HOÀN THIỆN, TRÌNH VÀ GIAO KẾ HOẠCH"),
    ["7", "Hoàn thiện dự thảo theo ý kiến của Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch", "Các phòng, ban", "Chậm nhất 10 ngày sau khi nhận ý kiến của Sở (nhận ngày 28/9/2015)", d("2015-10-12"), "", "not_met", "due 08/10 (28/9 + 10 days); done 12/10"],
    ["8", "Báo cáo kết quả thực hiện kế hoạch 9 tháng gửi Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch", "", "Trước ngày 15/10/2015", "Chưa gửi", "Chờ số liệu thu ngân sách", "overdue", "not sent and 15/10 has passed"],
    ["9", "Trình HĐND huyện thông qua kế hoạch năm 2016", "UBND huyện", "Thường trực HĐND huyện", "Kỳ họp cuối năm 2015", "", "Dự kiến họp ngày 18/12/2015", "pending", "the year-end session is still ahead"],
    ["10", "Giao chỉ tiêu kế hoạch năm 2016 cho các phòng, ban, xã, thị trấn", "UBND huyện", "Phòng Tài chính - Kế hoạch", "Chậm nhất 10 ngày sau khi HĐND huyện thông qua", "", "", "refuse", "counted from a session that has not happened"],
    ["11", "Theo dõi, cập nhật tình hình thực hiện kế hoạch", "Phòng Tài chính - Kế hoạch", "Các phòng, ban, xã", "Hằng tháng", "Đang thực hiện", "", "refuse", "\"Hằng tháng\": recurring, no single deadline"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    const secRow = x[7] === null;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4]], { border: true, wrap: true, bold: secRow });
    s.set(`F${r}`, typeof x[5] === "object" && x[5] !== null ? x[5] : { v: x[5] as string, border: true, wrap: true });
    s.set(`G${r}`, x[6], { border: true, wrap: true });
    if (x[7]) s.expect(`F${r}`, { indicator: x[1], target: x[4], status: x[7], why: x[8], ...(x[5] === "" ? { actual: "(trống)" } : {}) });
  });
  const end = 9 + rows.length;
  signature(s, end + 2, { col: "B", title: "PHÒNG TÀI CHÍNH - KẾ HOẠCH", name: "" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: ".........." });
  b.facts = {
    sheet: "Tien do lap KH",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column E (Thời gian hoàn thành: \"Trước ngày\", a month, a window, \"Chậm nhất 10 ngày sau\" a stated day or an event, a session, \"Hằng tháng\")",
    actualColumns: "F (date cells, text dates, \"21/23 xã đã gửi\", \"Chưa gửi\", \"Đang thực hiện\", blanks)",
    ignoreColumns: "C, D (lead and partner units), G (Ghi chú)",
    otherRows: "9, 12, 17 (section rows I-III), signature from " + (end + 2),
    asOf: "2015-10-20",
    period: "2015 (plan for 2016)",
    notes: "Judged on 20/10/2015. Row 7's deadline counts from the day written in its cell; row 10's from a council session not yet held. A partial result past due (21/23 communes) is overdue.",
  };
  return b;
}
