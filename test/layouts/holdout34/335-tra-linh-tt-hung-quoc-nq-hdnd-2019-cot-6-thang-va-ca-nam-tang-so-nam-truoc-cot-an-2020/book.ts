// Layout 335: a township's year-end table against its council's resolution (UBND thị trấn Hùng Quốc, Trà Lĩnh, Cao Bằng, report of 10 January 2020 on 2019): sections as rows; the resolution's targets in one column (levels, a growth on last year in words, caps, "100% (14/14)"); the six-month figures reported to the June session beside the whole year's; % of the resolution and % of 2018 as ROUND formulas, 2018 itself hidden; a count typed "8/8", a "Chưa có số liệu".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết HĐND thị trấn năm 2019, UBND thị trấn Hùng Quốc (Trà Lĩnh, Cao Bằng)");
  const s = b.sheet("Chi tieu NQ 2019");
  s.cols([5, 42, 11, 18, 12, 12, 11, 12, 24, 11]);
  const top = titleBlock(s, {
    left: ["UBND HUYỆN TRÀ LĨNH", "UBND THỊ TRẤN HÙNG QUỐC"],
    number: "Biểu kèm theo Báo cáo số 02/BC-UBND",
    date: "Hùng Quốc, ngày 10 tháng 01 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT HĐND THỊ TRẤN NĂM 2019", "(Nghị quyết số 15/NQ-HĐND ngày 20/12/2018 của HĐND thị trấn Hùng Quốc)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row(`A${top}`, ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết HĐND giao năm 2019", "Thực hiện 6 tháng đầu năm", "Thực hiện năm 2019", "So với NQ (%)", "So với năm 2018 (%)", "Ghi chú", "Thực hiện năm 2018"], h);
  s.row(`A${top + 1}`, ["1", "2", "3", "4", "5", "6", "7=6/4", "8=6/10", "9", "10"], { italic: true, align: "center", border: true });
  s.hideCols("J");
  let r = top + 2;
  const section = (code: string, title: string) => {
    s.set(`A${r}`, code, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:I${r}`, title, { bold: true, border: true });
    r++;
  };
  const line = (n: string, what: string, unit: string, nq: CellInput, six: CellInput, year: CellInput, last: CellInput, note: string, status: Status, why: string, cell = "F") => {
    const numeric = (c: CellInput) => typeof c === "number" || (typeof c === "object" && c !== null && typeof c.v === "number");
    const val = (c: CellInput) => (typeof c === "number" ? c : (c as { v: number }).v);
    const pctNq: CellInput = numeric(nq) && numeric(year) ? { v: `=ROUND(F${r}/D${r}*100,1)`, result: Math.round((val(year) / val(nq)) * 1000) / 10, fmt: "0.0" } : "";
    const pctLast: CellInput = numeric(last) && numeric(year) ? { v: `=ROUND(F${r}/J${r}*100,1)`, result: Math.round((val(year) / val(last)) * 1000) / 10, fmt: "0.0" } : "";
    s.row(`A${r}`, [n, what, unit, nq, six, year, pctNq, pctLast, note, last], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, what, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(cell === "F" ? `F${r}` : cell, { indicator: what, target: `${typeof nq === "object" && nq !== null ? (nq as { v: unknown }).v : nq} (column D)`, status, why });
    r++;
  };
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0" });
  section("A", "KINH TẾ");
  line("1", "Tổng sản lượng lương thực có hạt", "tấn", { v: 1350, fmt: "#,##0" }, n1(722.2), n1(1362.5), n1(1318.6), "", "exceeded", "1.362,5 > 1.350 tấn for the closed year (the 722,2 is the first half)");
  line("2", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "Tăng 15% so với năm 2018", { v: 499, fmt: "#,##0" }, { v: 918, fmt: "#,##0" }, { v: 817, fmt: "#,##0" }, "6 tháng tăng 60,2% so cùng kỳ", "not_met", "918 against 817 in 2018 (hidden column J) = 112,4%, an increase of 12,4% < 15%; the first half's +60,2% is not the year", "F");
  line("3", "Tổng đàn gia súc (trâu, bò, lợn)", "con", { v: 3200, fmt: "#,##0" }, { v: 3050, fmt: "#,##0" }, { v: 2980, fmt: "#,##0" }, { v: 3115, fmt: "#,##0" }, "Ảnh hưởng dịch tả lợn châu Phi", "not_met", "2.980 < 3.200 at the year's end");
  line("4", "Diện tích trồng rừng mới", "ha", 25, 0, n1(27.5), 22, "Trồng vụ thu", "exceeded", "27,5 > 25 ha; the 0 in June was before the autumn planting");
  section("B", "VĂN HÓA - XÃ HỘI");
  line("5", "Tỷ lệ hộ sử dụng nước hợp vệ sinh", "%", 95, n1(94.7), n1(95.2), n1(93.9), "", "exceeded", "95,2% > 95%");
  line("6", "Xóm, tổ dân phố xây dựng đường làng, ngõ xóm xanh - sạch - đẹp", "xóm, tổ", "100% (14/14)", "14/14", "14/14", "13/14", "", "met", "14 of 14");
  line("7", "Tỷ lệ hộ nghèo", "%", "Dưới 8%", "", n1(8.3), n1(10.1), "Theo kết quả rà soát cuối năm", "not_met", "8,3% is not under 8%");
  line("8", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 98, n1(97.1), "Chưa có số liệu", n1(97.6), "Chờ số liệu BHXH huyện", "no_data", "the year's figure is not in yet; the first half's 97,1 is not the year");
  line("9", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng theo tuổi)", "%", "Dưới 15%", "", n1(14.2), n1(15.6), "", "met", "14,2% under the 15% cap");
  line("10", "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa", "%", 85, "", n1(85.0), n1(83.2), "", "met", "85,0% = 85%");
  section("C", "QUỐC PHÒNG - AN NINH");
  line("11", "Giao quân (thanh niên nhập ngũ)", "người", "100% chỉ tiêu huyện giao", "8/8", "8/8", "7/7", "Giao quân tháng 02/2019", "met", "8 of the 8 the district asked for");
  const end = r;
  notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Cột 5 là số liệu đã báo cáo tại kỳ họp thứ 10 HĐND thị trấn (ngày 06/6/2019).",
    "- Các chỉ tiêu chưa có số liệu chính thức sẽ cập nhật khi cơ quan chuyên môn huyện công bố.",
  ]);
  signature(s, end + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nông Thị Huyền" }, { col: "F", title: "TM. UBND THỊ TRẤN\nCHỦ TỊCH", name: "Hoàng Văn Thạch" });
  b.facts = {
    sheet: "Chi tieu NQ 2019",
    headerRows: `${top} (with a column-number row ${top + 1}: "7=6/4", "8=6/10")`,
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Nghị quyết HĐND giao năm 2019): levels, \"Tăng 15% so với năm 2018\", caps \"Dưới\", \"100% (14/14)\", \"100% chỉ tiêu huyện giao\"",
    actualColumns: "F (Thực hiện năm 2019); G and H are ROUND percent formulas (of the resolution, of 2018)",
    ignoreColumns: "A (TT), C (ĐVT), E (first half, reported in June: not the year), I (Ghi chú), J (hidden: 2018, the base of row 2's growth)",
    otherRows: `${top + 1} (column numbers), section rows A-C, notes and signature`,
    asOf: "2020-01-10",
    period: "2019",
    notes: "The year is closed: column F is judged, never the first half in E. Row 2's target is a growth on 2018: 918 against the hidden 817 is 112,4% of 2018, up 12,4% against 15% (not met). Caps written \"Dưới\" are strict (8,3% is not under 8%). TT 8 has no year figure yet (no data).",
  };
  return b;
}
