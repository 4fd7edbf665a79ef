// Layout 273: a lower secondary school library's first-term review (Trường THCS Trần Thúc Nhẫn, Quảng Điền, Huế, January 2026): ĐVT, the school year's plan, a column per term (HK I filled, HK II blank), a "Cả năm" SUM and a "% KH" fraction, a status row typed in words, a contest held once in term I; mid-year: short pending, already past the year's plan exceeded.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả hoạt động thư viện học kỳ I năm học 2025-2026, Trường THCS Trần Thúc Nhẫn (xã Quảng Điền, Huế)");
  const s = b.sheet("Thu vien HKI 2025-2026");
  s.cols([5, 44, 10, 14, 14, 12, 12, 10, 26]);
  titleBlock(s, {
    left: ["UBND XÃ QUẢNG ĐIỀN", "TRƯỜNG THCS TRẦN THÚC NHẪN"],
    date: "Quảng Điền, ngày 06 tháng 01 năm 2026",
    title: ["PHỤ LỤC: SỐ LIỆU HOẠT ĐỘNG THƯ VIỆN HỌC KỲ I NĂM HỌC 2025-2026", "(kèm Báo cáo sơ kết hoạt động thư viện học kỳ I)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Nội dung", head);
  s.merge("C7:C8", "ĐVT", head);
  s.merge("D7:D8", "Kế hoạch năm học 2025-2026", head);
  s.merge("E7:G7", "Thực hiện", head);
  s.row("E8", ["Học kỳ I", "Học kỳ II", "Cả năm"], head);
  s.merge("H7:H8", "% so KH", head);
  s.merge("I7:I8", "Ghi chú", head);
  s.row("A9", ["1", "2", "3", "4", "5", "6", "7=5+6", "8=7/4", "9"], { italic: true, align: "center", border: true });
  type R = [string, string, CellInput, CellInput, string, Status, string];
  // name, ĐVT, plan, term I, note, verdict, why
  const rows: R[] = [
    ["Lượt học sinh mượn sách về nhà", "lượt", 3200, 1874, "", "pending", "1.874 of 3.200 loans after one term of two; term II is blank, not zero"],
    ["Lượt giáo viên mượn tài liệu tham khảo", "lượt", 400, 226, "", "pending", "226 of 400 after term I"],
    ["Lượt đọc tại chỗ (thư viện, góc đọc lớp học)", "lượt", 6000, 3412, "", "pending", "3.412 of 6.000 after term I"],
    ["Bổ sung sách tham khảo mới", "bản", 300, 318, "Mua 214 bản, HS tặng 104 bản", "exceeded", "318 copies added against 300 for the year: already past the plan, added books stay added"],
    ["Tiết đọc thư viện theo thời khóa biểu", "tiết/lớp", 8, 4, "Mỗi học kỳ 04 tiết/lớp", "pending", "4 of 8 reading lessons per class, the plan's half for term I; the year's 8 are not yet due"],
    ["Số lớp có góc đọc sách", "lớp", 16, 16, "", "met", "16 of 16 classes have a reading corner: a standing state, reached"],
    ["Cuộc thi giới thiệu sách trực tuyến (tổ chức trong học kỳ I)", "cuộc thi", 1, 1, "Tháng 11/2025, 212 HS tham gia", "met", "the one contest the plan puts in term I was held"],
    ["Số học sinh đạt giải cuộc thi giới thiệu sách cấp trường", "học sinh", 20, 17, "Cuộc thi đã kết thúc", "not_met", "17 prize-winners against 20, and the contest is over: nothing can be added in term II"],
    ["Thư viện đạt chuẩn theo Thông tư 16/2022/TT-BGDĐT", "mức", "Duy trì Mức độ 1", "Đạt Mức độ 1", "Kiểm tra tháng 12/2025", "met", "checked in December 2025 and kept at level 1"],
  ];
  let r = 10;
  for (const [i, [name, dvt, plan, hk1, note, st, why]] of rows.entries()) {
    const numeric = typeof plan === "number" && typeof hk1 === "number";
    const cn: CellInput = numeric ? { v: `=E${r}+F${r}`, result: hk1 as number, border: true, align: "center" } : { v: "", border: true };
    const kh: CellInput = numeric ? { v: `=ROUND(G${r}/D${r},3)`, pct: true, fmt: "0.0%", border: true, align: "center", result: `${(Math.round(((hk1 as number) / (plan as number)) * 1000) / 10).toFixed(1).replace(".", ",")}%` } : { v: "", border: true };
    s.row(`A${r}`, [String(i + 1), name, dvt, plan, hk1, "", cn, kh, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(numeric ? `E${r}|G${r}` : `E${r}`, { indicator: name, target: `${typeof plan === "number" ? `${plan.toLocaleString("de-DE")} ${dvt}` : plan} (Kế hoạch năm học 2025-2026, column D)`, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Số liệu học kỳ I tính đến ngày 31/12/2025; cột Học kỳ II sẽ cập nhật khi tổng kết năm học.", "- Cột \"Cả năm\" và \"% so KH\" tự tính theo công thức."]);
  signature(s, r + 5, { col: "B", title: "NHÂN VIÊN THƯ VIỆN", name: "Lê Thị Hoài" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Đình Khoa" });
  b.facts = {
    sheet: "Thu vien HKI 2025-2026",
    headerRows: "7-8 (row 9: column numbers)",
    nameColumn: "B (Nội dung)",
    target: "column D (Kế hoạch năm học 2025-2026: numbers in the ĐVT of column C, or words \"Duy trì Mức độ 1\")",
    actualColumns: "E (Học kỳ I) or G (Cả năm = E+F: the same figure while F is blank; either cell holds the result)",
    ignoreColumns: "A (TT), C (ĐVT), F (Học kỳ II: blank, not yet), H (% so KH: derived), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "9 (column numbers), notes and signature under the table",
    asOf: "2026-01-06",
    period: "2025-2026",
    notes: "A first-term review of a school-year plan: loans, reading visits and reading lessons short of the year's plan are pending (term II to come; its blank column is no zero). Books added (318 against 300) are past the plan already: exceeded. A standing state (16 of 16 classes with a reading corner, the library kept at level 1) is met. The online book contest is planned for term I and was held: met; its 17 prize-winners against 20 are final because the contest is over: not met.",
  };
  return b;
}
