// Layout 125: the task-and-deadline annex of a city plan for rating satisfaction with administrative procedures (TP. Hồ Chí Minh, KH 1576/KH-UBND 2019), with a progress column as the lead office reports it in December.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục tiến độ triển khai Kế hoạch đánh giá sự hài lòng về giải quyết thủ tục hành chính, TP. Hồ Chí Minh, đến 15/12/2019");
  const s = b.sheet("Phụ lục tiến độ");
  s.cols([5, 46, 18, 22, 15, 40, 18]);
  const h = titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "VĂN PHÒNG"],
    date: "Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2019",
    title: [
      "PHỤ LỤC",
      "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 1576/KH-UBND NĂM 2019 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ",
      "về triển khai đánh giá sự hài lòng về giải quyết thủ tục hành chính (số liệu đến ngày 15/12/2019)",
    ],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row(`A${h}`, ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả thực hiện", "Ghi chú"], head);
  s.row(`A${h + 1}`, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  type T = [string, string, string, string, CellInput, string, string, Status, string];
  const sections: Array<[string, string, T[]]> = [
    ["I", "XÂY DỰNG TIÊU CHÍ, MẪU PHIẾU VÀ HỆ THỐNG ĐÁNH GIÁ", [
      ["1", "Xây dựng Bộ tiêu chí và mẫu phiếu đánh giá sự hài lòng thống nhất trên toàn thành phố", "Văn phòng UBND thành phố", "Sở Nội vụ; Sở Thông tin và Truyền thông", "Tháng 5/2019", "Đã ban hành tại Quyết định số 2157/QĐ-UBND ngày 28/5/2019", "", "met", "issued 28/5/2019, within May 2019"],
      ["2", "Ban hành văn bản hướng dẫn sử dụng phiếu đánh giá", "Văn phòng UBND thành phố", "Các sở, ban, ngành", { v: "2019-06-15", date: true, fmt: "dd/mm/yyyy" }, "Đã ban hành Công văn số 3650/VP-KSTT ngày 14/6/2019", "", "met", "14/6/2019, before the date cell 15/06/2019"],
      ["3", "Xây dựng phần mềm Hệ thống đánh giá sự hài lòng", "Sở Thông tin và Truyền thông", "Văn phòng UBND thành phố", "Tháng 6/2019", "Hoàn thành, bàn giao đưa vào sử dụng ngày 12/7/2019", "", "not_met", "done 12/7/2019, after the end of June 2019 (late)"],
      ["4", "Xây dựng Quy chế quản lý, vận hành Hệ thống đánh giá", "Sở Thông tin và Truyền thông", "Văn phòng UBND thành phố; Sở Tư pháp", "Tháng 8/2019", "", "", "overdue", "blank although August 2019 has passed: nobody said whether it was done; overdue by the round-19 convention (nothing recorded past the due day)"],
      ["5", "Tích hợp Hệ thống đánh giá với Cổng dịch vụ công trực tuyến thành phố", "Sở Thông tin và Truyền thông", "Văn phòng UBND thành phố", "Tháng 9/2019", "Chưa thực hiện, chờ nâng cấp Cổng dịch vụ công", "", "overdue", "not done, September 2019 has passed"],
    ]],
    ["II", "THÍ ĐIỂM VÀ TRIỂN KHAI", [
      ["6", "Thí điểm đánh giá tại 05 sở, ngành và 02 quận", "Sở Thông tin và Truyền thông", "Các đơn vị thí điểm", "Quý III/2019", "Đã thí điểm từ ngày 01/8/2019 đến ngày 30/9/2019", "", "met", "finished 30/9/2019, the last day of Q3"],
      ["7", "Tập huấn nghiệp vụ cho công chức bộ phận một cửa các cấp", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Trước ngày 30/9/2019", "Hoàn thành ngày 30/9/2019", "", "not_met", "\"Trước ngày 30/9\" is strict: done on 30/9 is not before it"],
      ["8", "Triển khai Hệ thống đến Ủy ban nhân dân 24 quận, huyện", "Sở Thông tin và Truyền thông", "UBND các quận, huyện", "Tháng 10/2019", "Đã triển khai 24/24 quận, huyện", "", "met", "done, 24/24; no date given and nothing says it was late"],
      ["9", "Triển khai Hệ thống đến Ủy ban nhân dân 322 phường, xã, thị trấn", "UBND các quận, huyện", "Sở Thông tin và Truyền thông", "Tháng 11/2019", "Đã triển khai 298/322 phường, xã, thị trấn", "Còn 24 đơn vị chưa có đường truyền", "overdue", "298/322 is not complete and November 2019 has passed"],
      ["10", "Trang bị thiết bị đánh giá (máy tính bảng) tại bộ phận một cửa", "UBND các quận, huyện", "Sở Tài chính", "Quý IV/2019", "Đang tổ chức mua sắm", "", "pending", "due 31/12/2019, after the as-of date"],
      ["11", "Vận hành chính thức Hệ thống đánh giá trên toàn thành phố", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND quận, huyện, phường, xã, thị trấn", "Từ ngày 01/01/2020", "", "", "pending", "starts 01/01/2020, not yet due"],
    ]],
    ["III", "THEO DÕI, CÔNG KHAI, BÁO CÁO", [
      ["12", "Công khai kết quả đánh giá trên Cổng thông tin điện tử thành phố", "Văn phòng UBND thành phố", "Sở Thông tin và Truyền thông", "Hằng tháng", "Đã công khai kết quả tháng 10, tháng 11/2019", "", "refuse", "a monthly duty: no single deadline to judge"],
      ["13", "Kiểm tra, đôn đốc việc thực hiện đánh giá tại các cơ quan, đơn vị", "Sở Nội vụ", "Văn phòng UBND thành phố", "Thường xuyên", "Đã kiểm tra 06 quận, huyện", "", "refuse", "\"Thường xuyên\" sets no deadline"],
      ["14", "Tổng hợp, báo cáo UBND thành phố kết quả đánh giá năm 2019", "Văn phòng UBND thành phố", "Sở Nội vụ", "Trước ngày 15/01/2020", "", "", "pending", "due January 2020"],
    ]],
  ];
  let r = h + 2;
  const secRows: number[] = [];
  for (const [no, title, tasks] of sections) {
    s.row(`A${r}`, [no, title, "", "", "", "", ""], { ...bd, bold: true });
    secRows.push(r++);
    for (const t of tasks) {
      s.row(`A${r}`, [t[0], t[1], t[2], t[3], t[4], t[5], t[6]], bd);
      const target = typeof t[4] === "object" && t[4] !== null ? "15/06/2019 (ô ngày)" : String(t[4]);
      s.expect(`F${r}`, { indicator: t[1], target, status: t[7], why: t[8] });
      r++;
    }
  }
  const last = r - 1;
  notes(s, r + 1, "B", ["Ghi chú: Cột (5) theo Kế hoạch số 1576/KH-UBND; cột (6) do đơn vị chủ trì báo cáo đến ngày 15/12/2019."]);
  signature(s, r + 3, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Thu Trang" }, { col: "E", title: "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", name: "Trần Minh Hiếu" });
  b.facts = {
    sheet: "Phụ lục tiến độ",
    headerRows: `${h} (row ${h + 1} numbers the columns (1)-(7))`,
    nameColumn: "B (Nội dung công việc)",
    target: "column E (Thời gian hoàn thành: months, quarters, \"Trước ngày\", a date cell, \"Từ ngày\", \"Hằng tháng\", \"Thường xuyên\")",
    actualColumns: "F (Kết quả thực hiện: sentences, some with dates or counts)",
    ignoreColumns: "C, D (who leads, who helps), G (Ghi chú)",
    otherRows: `${h + 1} (column numbers), ${secRows.join(", ")} (sections I-III), ${last + 2} (note), signature below`,
    asOf: "2019-12-15",
    period: "2019",
    notes: "A task table: done by the deadline met, done after it not_met, not done past due overdue, not yet due pending, blank past due no_data; recurring duties refuse.",
  };
  return b;
}
