// Layout 204: a district's progress table on its 2021 poor and near-poor household review (U Minh Thượng, Kiên Giang), read on 22/11/2021: steps with windows ("Từ ngày … đến ngày …"), "Trước ngày", "Chậm nhất ngày", a month, a quarter, one window merged over two steps, results as date cells, as text dates and as sentences with counts ("5/6 xã, thị trấn"), a window still open, a blank past due, "Thường xuyên".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện Kế hoạch rà soát hộ nghèo, hộ cận nghèo năm 2021 trên địa bàn huyện U Minh Thượng (Kiên Giang), đến ngày 22/11/2021");
  const s = b.sheet("Tien do ra soat");
  s.cols([5, 48, 24, 22, 30, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN U MINH THƯỢNG", "BAN CHỈ ĐẠO RÀ SOÁT HỘ NGHÈO"],
    date: "U Minh Thượng, ngày 22 tháng 11 năm 2021",
    title: ["BẢNG THEO DÕI TIẾN ĐỘ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2021", "(Theo Kế hoạch của UBND huyện thực hiện Kế hoạch số 164/KH-UBND ngày 29/8/2021 của UBND tỉnh Kiên Giang)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Kết quả thực hiện", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const date = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  // [TT, nội dung, thời gian (undefined = merged from above), chủ trì, kết quả, ghi chú, status, why]
  type T = [string, string, string | undefined, string, CellInput, string, Status, string];
  const tasks: T[] = [
    ["1", "Ban hành kế hoạch, kiện toàn Ban Chỉ đạo rà soát hộ nghèo cấp huyện, cấp xã", "Trước ngày 15/9/2021", "Phòng LĐ-TB&XH", date("2021-09-10"), "", "met", "done 10/9, before 15/9"],
    ["2", "Tập huấn nghiệp vụ rà soát cho cán bộ cấp xã, trưởng ấp, rà soát viên", "Từ ngày 16/9 đến ngày 20/9/2021", "Phòng LĐ-TB&XH", "Hoàn thành ngày 24/9/2021 (lùi lịch do dịch COVID-19)", "", "not_met", "done 24/9, after the window closed on 20/9 (the reason does not move the date: the notes require the board head's written consent to reschedule, and none is recorded)"],
    ["3", "Các xã, thị trấn tổ chức rà soát, thu thập thông tin hộ gia đình theo mẫu phiếu B1, B2", "Từ ngày 01/10 đến ngày 31/10/2021", "UBND các xã, thị trấn", "5/6 xã, thị trấn hoàn thành (xã Minh Thuận chưa xong)", "", "overdue", "the window closed on 31/10 with one commune of six (Minh Thuận) still not done: a task unfinished past its due day, part-done, is overdue (not_met is for a task finished late)"],
    ["4", "Tổ chức họp dân bình xét hộ nghèo, hộ cận nghèo tại các ấp", "Từ ngày 01/11 đến ngày 10/11/2021", "UBND các xã, thị trấn", date("2021-11-09"), "", "met", "done 9/11, inside the window"],
    ["5", "Niêm yết công khai danh sách kết quả bình xét tại trụ sở UBND xã, nhà văn hóa ấp", undefined, "UBND các xã, thị trấn", "12/11/2021", "", "not_met", "the window merged over steps 4 and 5 closes on 10/11; posted 12/11 (typed as text)"],
    ["6", "UBND các xã, thị trấn báo cáo kết quả sơ bộ về Ban Chỉ đạo huyện", "Chậm nhất ngày 15/11/2021", "UBND các xã, thị trấn", "15/11/2021", "Qua Phòng LĐ-TB&XH", "met", "sent on 15/11: \"chậm nhất\" includes the day"],
    ["7", "Báo cáo nhanh số hộ nghèo, hộ cận nghèo dự kiến gửi Sở LĐ-TB&XH", "Trước ngày 20/11/2021", "Phòng LĐ-TB&XH", "", "", "overdue", "blank, and 20/11 has passed on 22/11"],
    ["8", "Kiểm tra, phúc tra kết quả rà soát tại các xã, thị trấn", "Từ ngày 16/11 đến ngày 30/11/2021", "Ban Chỉ đạo huyện", "Đang thực hiện (đã phúc tra 3/6 xã)", "", "pending", "the window is still open until 30/11"],
    ["9", "UBND huyện phê duyệt kết quả rà soát, báo cáo UBND tỉnh", "Trước ngày 05/12/2021", "Phòng LĐ-TB&XH", "", "", "pending", "not yet due"],
    ["10", "UBND xã quyết định công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo", "Trước ngày 15/12/2021", "UBND các xã, thị trấn", "", "", "pending", "not yet due"],
    ["11", "Cập nhật cơ sở dữ liệu vào phần mềm quản lý hộ nghèo", "Tháng 12/2021", "Phòng LĐ-TB&XH", "", "", "pending", "December has not begun"],
    ["12", "Kiểm tra, giám sát việc tổ chức rà soát ở cơ sở", "Thường xuyên trong thời gian rà soát", "Ban Chỉ đạo huyện", "Đã kiểm tra 4 xã", "", "refuse", "no date to judge against"],
    ["13", "Sơ kết, đánh giá công tác rà soát; đề xuất khen thưởng", "Quý I/2022", "Phòng LĐ-TB&XH", "", "", "pending", "quarter I/2022 has not begun"],
  ];
  const first = 9;
  tasks.forEach(([no, task, when, who, res, note, st, why], i) => {
    const r = first + i;
    s.row(`A${r}`, [no, task, when, who, res, note], bd);
    const target = when ?? tasks[i - 1][2]!;
    s.expect(`E${r}`, { indicator: task, target, status: st, why, ...(res === "" ? { actual: "(trống)" } : {}) });
  });
  // Steps 4 and 5 share one window.
  s.merge(`C${first + 3}:C${first + 4}`, "Từ ngày 01/11 đến ngày 10/11/2021", bd);
  const last = first + tasks.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Kết quả thực hiện cập nhật đến ngày 22/11/2021; ngày hoàn thành ghi theo văn bản, biên bản của đơn vị.",
    "- Các mốc thời gian thực hiện theo Kế hoạch của UBND huyện; trường hợp lùi lịch phải được Trưởng Ban Chỉ đạo đồng ý bằng văn bản.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI THEO DÕI", name: "Danh Thị Sà Rết" }, { col: "E", title: "TRƯỞNG PHÒNG LĐ-TB&XH", name: "Nguyễn Văn Hòa" });
  b.facts = {
    sheet: "Tien do ra soat",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: `column C (Thời gian thực hiện; C${first + 3}:C${first + 4} merged over steps 4 and 5)`,
    actualColumns: "E (Kết quả thực hiện: date cells, dates typed as text, sentences)",
    ignoreColumns: "A (TT), D (Cơ quan chủ trì), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2021-11-22",
    period: "Rà soát hộ nghèo, hộ cận nghèo năm 2021",
    notes: "A task table: windows judged at their end (done after it is late, a window still open is pending), \"Trước ngày\" and \"Chậm nhất ngày\" (inclusive, met on the day), a month and a quarter not begun, one window merged over two steps, a partial count after the window (unfinished: overdue), a blank past due (overdue), \"Thường xuyên\" (refuse).",
  };
  return b;
}
