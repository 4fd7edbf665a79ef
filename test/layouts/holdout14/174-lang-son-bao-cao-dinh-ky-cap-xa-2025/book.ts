// Layout 174: a commune office's log of the reports it owes the province in late 2025 (Lạng Sơn QĐ 52/2025/QĐ-UBND periodic reporting regime, after the two-level reorganisation), read on 19/12/2025: two tables on one sheet (periodic reports, then reports asked for by letter) with their own header rows, a data cut-off column that is not a deadline, "Trước ngày" strict, "Chậm nhất ngày", "Ngày 20 hằng tháng", five working days from receipt, a date without a year, "Đã gửi" without a date, deadlines with no date.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện chế độ báo cáo định kỳ và báo cáo theo yêu cầu quý IV/2025, UBND xã Lộc Bình (Lạng Sơn), đến ngày 19/12/2025");
  const s = b.sheet("Theo doi bao cao Q4-2025");
  s.cols([5, 44, 22, 24, 26, 14, 24]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN XÃ LỘC BÌNH", "VĂN PHÒNG HĐND VÀ UBND"],
    date: "Lộc Bình, ngày 19 tháng 12 năm 2025",
    title: ["SỔ THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO QUÝ IV NĂM 2025", "(Theo Quyết định số 52/2025/QĐ-UBND ngày 07/7/2025 của UBND tỉnh và các văn bản yêu cầu báo cáo)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  type T = [string, string, string, string, CellInput, string, Status, string];
  const date = (iso: string): CellInput => ({ v: iso, date: true });
  // Table A: periodic reports.
  s.merge("A8:G8", "A. BÁO CÁO ĐỊNH KỲ (theo Quyết định số 52/2025/QĐ-UBND)", { bold: true, align: "left" });
  s.row("A9", ["STT", "Tên báo cáo", "Cơ quan nhận", "Thời gian chốt số liệu", "Thời hạn gửi", "Ngày gửi", "Ghi chú"], head);
  const periodic: T[] = [
    ["Báo cáo tình hình kinh tế - xã hội tháng 10/2025", "Sở Tài chính", "Từ ngày 15/9 đến ngày 14/10/2025", "Trước ngày 18/10/2025", date("2025-10-17"), "", "met", "sent 17/10, before the 18th"],
    ["Báo cáo tình hình kinh tế - xã hội tháng 11/2025", "Sở Tài chính", "Từ ngày 15/10 đến ngày 14/11/2025", "Trước ngày 18/11/2025", date("2025-11-18"), "", "not_met", "sent on 18/11: \"Trước ngày\" is strict"],
    ["Báo cáo tình hình kinh tế - xã hội năm 2025", "Sở Tài chính", "Từ ngày 15/12/2024 đến ngày 14/12/2025", "Trước ngày 18/12/2025", "", "Đang tổng hợp số liệu các thôn", "overdue", "blank on 19/12, past 18/12 (\"Đang tổng hợp\" is in the notes column)"],
    ["Báo cáo kết quả giải quyết thủ tục hành chính tháng 11/2025", "Văn phòng UBND tỉnh", "Từ ngày 15/10 đến ngày 14/11/2025", "Ngày 20 hằng tháng", date("2025-11-19"), "", "met", "sent 19/11: before the 20th whether the month's own 20th or the next month's is meant"],
    ["Báo cáo kết quả giải quyết thủ tục hành chính tháng 12/2025", "Văn phòng UBND tỉnh", "Từ ngày 15/11 đến ngày 14/12/2025", "Ngày 20 hằng tháng", "", "", "pending", "the 20th is tomorrow (19/12), under either reading"],
    ["Báo cáo công tác cải cách hành chính quý IV/2025", "Sở Nội vụ", "Từ ngày 15/9 đến ngày 14/12/2025", "Chậm nhất ngày 15/12/2025", "Đã gửi qua hệ thống", "", "review", "\"Đã gửi\" without a date: sent, but on time or not cannot be told"],
    ["Báo cáo công tác phòng, chống tham nhũng năm 2025", "Thanh tra tỉnh", "Từ ngày 15/12/2024 đến ngày 14/12/2025", "Chậm nhất ngày 10/12/2025", "08/12", "", "met", "\"08/12\" without a year: this log's 2025, before the 10th"],
    ["Báo cáo công tác dân tộc năm 2025", "Sở Dân tộc và Tôn giáo", "Từ ngày 15/12/2024 đến ngày 14/12/2025", "Trước ngày 25/12/2025", "", "", "pending", "not yet due on 19/12"],
    ["Báo cáo tình hình thực hiện dự toán ngân sách xã năm 2025", "Sở Tài chính", "Năm 2025", "Trước ngày 31/01/2026", "", "", "pending", "not yet due"],
  ];
  const firstA = 10;
  periodic.forEach((t, i) => {
    const r = firstA + i;
    s.row(`A${r}`, [i + 1, t[0], t[1], t[2], t[3], t[4], t[5]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: t[0], target: t[3], status: t[6], why: t[7], ...(t[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const lastA = firstA + periodic.length - 1;
  // Table B: reports asked for by letter, with their own header row (the third column now names the letter).
  const hb = lastA + 2;
  s.merge(`A${hb}:G${hb}`, "B. BÁO CÁO THEO YÊU CẦU (chuyên đề, đột xuất)", { bold: true, align: "left" });
  s.row(`A${hb + 1}`, ["STT", "Tên báo cáo", "Cơ quan nhận", "Văn bản yêu cầu", "Thời hạn gửi", "Ngày gửi", "Ghi chú"], head);
  const asked: T[] = [
    ["Báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025", "Sở Nông nghiệp và Môi trường", "Công văn số 1845/SNNMT-GN ngày 10/11/2025", "Trước ngày 25/11/2025", date("2025-11-24"), "", "met", "sent 24/11, before the 25th"],
    ["Báo cáo số liệu phục vụ xây dựng kế hoạch phát triển kinh tế - xã hội năm 2026", "Sở Tài chính", "Công văn số 2210/STC-KH (nhận ngày 01/12/2025)", "Chậm nhất 05 ngày làm việc kể từ ngày nhận văn bản", date("2025-12-09"), "", "not_met", "received Monday 1/12: five working days end on Monday 8/12; sent 9/12"],
    ["Báo cáo kết quả thực hiện chuyển đổi số cấp xã năm 2025", "Sở Khoa học và Công nghệ", "Công văn số 1502/SKHCN-CĐS", "Trước Hội nghị tổng kết của tỉnh", "", "Chưa có lịch hội nghị", "refuse", "no date: the conference is not scheduled"],
    ["Báo cáo nhanh thiệt hại do mưa lũ", "Ban Chỉ huy PCTT và TKCN tỉnh", "Công điện số 12/CĐ-BCH", "Hằng ngày khi có thiệt hại, trước 15 giờ", "Đã gửi đủ", "", "refuse", "a daily duty while damage lasts: no single deadline to judge against"],
  ];
  const firstB = hb + 2;
  asked.forEach((t, i) => {
    const r = firstB + i;
    s.row(`A${r}`, [i + 1, t[0], t[1], t[2], t[3], t[4], t[5]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: t[0], target: t[3], status: t[6], why: t[7], ...(t[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const lastB = firstB + asked.length - 1;
  notes(s, lastB + 2, "B", [
    "Ghi chú:",
    "- Thời gian chốt số liệu theo Nghị định số 09/2019/NĐ-CP; không phải thời hạn gửi báo cáo.",
    "- Ngày làm việc không tính thứ Bảy, Chủ nhật và ngày lễ.",
  ]);
  signature(s, lastB + 6, { col: "B", title: "NGƯỜI THEO DÕI", name: "Hoàng Thị Thu" }, { col: "E", title: "CHÁNH VĂN PHÒNG", name: "Lộc Văn Sinh" });
  b.facts = {
    sheet: "Theo doi bao cao Q4-2025",
    headerRows: `9 (table A), ${hb + 1} (table B)`,
    nameColumn: "B (Tên báo cáo)",
    target: "column E (Thời hạn gửi, per row)",
    actualColumns: "F (Ngày gửi: date cells and text)",
    ignoreColumns: "C (Cơ quan nhận), D (table A: data cut-off, not a deadline; table B: the letter asking), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section titles 8 and ${hb}; notes ${lastB + 2}-${lastB + 4}; signature from ${lastB + 6}`,
    asOf: "2025-12-19",
    period: "Quý IV/2025",
    notes: "Two tables on one sheet with their own header rows; column D changes meaning between them (cut-off dates, then the letter with its receipt date). \"Trước ngày\" strict, \"Chậm nhất ngày\" inclusive, \"Ngày 20 hằng tháng\" for a month's report, five working days from a receipt date held in column D, \"08/12\" without a year, \"Đã gửi\" without a date (review), no-date deadlines (refuse).",
  };
  return b;
}
