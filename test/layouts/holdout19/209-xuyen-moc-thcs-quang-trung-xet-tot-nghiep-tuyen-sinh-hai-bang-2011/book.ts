// Layout 209: a lower-secondary school's progress sheet on its plan for the 2010-2011 graduation review and the 2011-2012 grade-6 admissions (THCS Quang Trung, Xuyên Mộc, Bà Rịa - Vũng Tàu), read on 20/6/2011: two task tables on one sheet, each with its own section title and header, windows in two date columns ("Từ ngày" / "Đến ngày"), a completion-date column of date cells and text, "Trước ngày" met on the day (late), "Chậm nhất ngày" on the day, a window merged over both columns, a month, a blank past due, an undated "Hoàn thành", a window still open, a step tied to an event.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện Kế hoạch xét công nhận tốt nghiệp THCS năm học 2010-2011 và tuyển sinh lớp 6 năm học 2011-2012, Trường THCS Quang Trung (Xuyên Mộc), đến ngày 20/6/2011");
  const s = b.sheet("Tien do TN - TS6");
  s.cols([5, 52, 13, 13, 22, 26, 30]);
  const next = titleBlock(s, {
    left: ["PHÒNG GD-ĐT XUYÊN MỘC", "TRƯỜNG THCS QUANG TRUNG"],
    date: "Hòa Bình, ngày 20 tháng 6 năm 2011",
    title: ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH", "Xét công nhận tốt nghiệp THCS năm học 2010-2011 và tuyển sinh lớp 6 năm học 2011-2012", "(Kèm theo Kế hoạch số 07/KH-THCS.QT ngày 29/4/2011; cập nhật đến ngày 20/6/2011)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true };
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", align: "center" });
  // [nội dung, từ ngày, đến ngày (null = merged with "từ"), thực hiện, hoàn thành, ghi chú, deadline as read, status, why]
  type T = [string, CellInput, CellInput | null, string, CellInput, string, string, Status, string];
  const tn: T[] = [
    ["Rà soát hồ sơ học sinh lớp 9 (học bạ, giấy khai sinh, hồ sơ chuyển trường)", d("2011-05-04"), d("2011-05-10"), "GVCN lớp 9, văn thư", d("2011-05-09"), "", "Từ 04/5/2011 đến 10/5/2011", "met", "done 9/5, inside the window"],
    ["Hoàn thành xếp loại hạnh kiểm, học lực cả năm của học sinh lớp 9; ghi học bạ", d("2011-05-16"), d("2011-05-21"), "GVCN, GVBM", d("2011-05-21"), "", "Từ 16/5/2011 đến 21/5/2011", "met", "done 21/5, the window's last day (included)"],
    ["Lập danh sách học sinh đủ điều kiện xét công nhận tốt nghiệp, niêm yết công khai", d("2011-05-23"), d("2011-05-25"), "Phó Hiệu trưởng", "27/5/2011", "Chờ bổ sung 02 giấy khai sinh", "Từ 23/5/2011 đến 25/5/2011", "not_met", "done 27/5 (typed as text), two days after the window closed"],
    ["Họp Hội đồng xét công nhận tốt nghiệp THCS", d("2011-05-26"), d("2011-05-28"), "Hội đồng xét TN", d("2011-05-28"), "214/216 học sinh đủ điều kiện", "Từ 26/5/2011 đến 28/5/2011", "met", "held 28/5, inside the window (the note's 214/216 is the review's outcome, not a target)"],
    ["Nộp hồ sơ đề nghị công nhận tốt nghiệp về Phòng GD-ĐT", "", "Trước ngày 01/6/2011", "Hiệu trưởng, văn thư", d("2011-06-01"), "", "Trước ngày 01/6/2011", "not_met", "sent on 1/6: \"trước ngày 01/6\" excludes the day itself"],
    ["Cấp giấy chứng nhận tốt nghiệp tạm thời cho học sinh", d("2011-06-10"), d("2011-06-15"), "Văn thư", "", "", "Từ 10/6/2011 đến 15/6/2011", "overdue", "blank, and the window closed on 15/6 (read on 20/6)"],
    ["Trả hồ sơ, học bạ cho học sinh lớp 9 đã tốt nghiệp", "Sau khi có quyết định công nhận tốt nghiệp của Phòng GD-ĐT", null, "Văn thư", "Đã trả 186/214 hồ sơ", "", "Sau khi có quyết định công nhận tốt nghiệp của Phòng GD-ĐT", "refuse", "tied to a decision whose date is not on the sheet: nothing to judge against"],
  ];
  const ts: T[] = [
    ["Điều tra số trẻ 11 tuổi hoàn thành chương trình tiểu học trên địa bàn (phối hợp các trường tiểu học)", d("2011-05-16"), d("2011-05-31"), "Tổ phổ cập", "Hoàn thành", "", "Từ 16/5/2011 đến 31/5/2011", "review", "\"Hoàn thành\" with no date, read after the window closed: done, but on time or late is not said"],
    ["Báo cáo kế hoạch tuyển sinh lớp 6 về Phòng GD-ĐT", "", "Chậm nhất ngày 10/6/2011", "Hiệu trưởng", d("2011-06-10"), "", "Chậm nhất ngày 10/6/2011", "met", "sent 10/6: \"chậm nhất\" includes the day"],
    ["Thông báo tuyển sinh, phát hành hồ sơ", d("2011-06-01"), d("2011-06-05"), "Văn thư", d("2011-06-03"), "", "Từ 01/6/2011 đến 05/6/2011", "met", "done 3/6, inside the window"],
    ["Nhận hồ sơ tuyển sinh lớp 6", d("2011-06-15"), d("2011-06-30"), "Tổ tuyển sinh", "Đang nhận (đã nhận 212/280 hồ sơ)", "", "Từ 15/6/2011 đến 30/6/2011", "pending", "the window is open until 30/6; 212 of an expected 280 so far is not a shortfall yet"],
    ["Xét duyệt, lập danh sách học sinh trúng tuyển, trình Phòng GD-ĐT", d("2011-07-01"), d("2011-07-08"), "Hội đồng tuyển sinh", "", "", "Từ 01/7/2011 đến 08/7/2011", "pending", "not begun: the window opens on 1/7"],
    ["Công bố danh sách học sinh trúng tuyển", "Ngày 15/7/2011", null, "Hội đồng tuyển sinh", "", "", "Ngày 15/7/2011", "pending", "not yet due"],
    ["Tập trung học sinh lớp 6, xếp lớp, ổn định tổ chức", "Tháng 8/2011", null, "BGH, GVCN lớp 6", "", "", "Tháng 8/2011", "pending", "August has not begun"],
  ];
  const header = ["TT", "Nội dung công việc", "Từ ngày", "Đến ngày", "Người thực hiện", "Ngày hoàn thành / kết quả", "Ghi chú"];
  const block = (start: number, title: string, tasks: T[]): number => {
    s.merge(`A${start}:G${start}`, title, { bold: true });
    s.row(`A${start + 1}`, header, head);
    tasks.forEach(([task, from, to, who, done, note, deadline, st, why], i) => {
      const r = start + 2 + i;
      s.row(`A${r}`, [i + 1, task, from, to ?? undefined, who, done, note], bd);
      if (to === null) s.merge(`C${r}:D${r}`, from, { ...bd, align: "center" });
      s.expect(`F${r}`, { indicator: task, target: deadline, status: st, why, ...(done === "" ? { actual: "(trống)" } : {}) });
    });
    return start + 2 + tasks.length;
  };
  const aStart = next;
  const aEnd = block(aStart, "A. XÉT CÔNG NHẬN TỐT NGHIỆP THCS NĂM HỌC 2010 - 2011", tn);
  const bStart = aEnd + 1;
  const bEnd = block(bStart, "B. TUYỂN SINH VÀO LỚP 6 NĂM HỌC 2011 - 2012", ts);
  notes(s, bEnd + 1, "B", [
    "Ghi chú:",
    "- Cột \"Ngày hoàn thành / kết quả\" ghi ngày hoàn thành theo văn bản, biên bản; việc đang làm ghi tiến độ.",
    "- Các mốc thời gian theo Phương án số 1056/QĐ-UBND ngày 22/4/2011 của UBND huyện Xuyên Mộc.",
  ]);
  signature(s, bEnd + 5, { col: "B", title: "NGƯỜI THEO DÕI", name: "Lê Thị Ngọc Hân" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Phạm Văn Thành" });
  b.facts = {
    sheet: "Tien do TN - TS6",
    headerRows: `${aStart + 1} (table A), ${bStart + 1} (table B)`,
    nameColumn: "B (Nội dung công việc)",
    target: "columns C-D (Từ ngày / Đến ngày: date cells, or one text merged over both, or a text deadline in D alone)",
    actualColumns: "F (Ngày hoàn thành / kết quả: date cells, dates typed as text, words)",
    ignoreColumns: "A (TT), E (Người thực hiện), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section titles ${aStart} and ${bStart}; the repeated header ${bStart + 1}; notes ${bEnd + 1}-${bEnd + 3}; signature from ${bEnd + 5}`,
    asOf: "2011-06-20",
    period: "Xét tốt nghiệp THCS 2010-2011, tuyển sinh lớp 6 2011-2012",
    notes: "Two task tables on one sheet, each under its own section title and header. A window is judged at its \"Đến ngày\" (inclusive); \"Trước ngày 01/6\" sent on 1/6 is late; \"Chậm nhất ngày 10/6\" on 10/6 is on time; a blank after its window is overdue; an undated \"Hoàn thành\" after the window asks (review); a window still open, July dates and August are pending; a step tied to a decision has no date (refuse).",
  };
  return b;
}
