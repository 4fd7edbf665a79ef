// Layout 354: a kindergarten's public report on its 2016 budget, estimate against execution (Trường Mẫu giáo Sơn Ca, Cam Lâm, Khánh Hòa, January 2017): amounts in thousands of đồng under a unit line, revenue lines that must reach the estimate and expense lines that must not exceed it (the notes say which), a levy line whose requirement is 40% of the fees actually collected rather than its estimate, one amount typed in full đồng as text, a revenue line not yet totalled, last year's execution hidden, section and grand totals by SUM.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai thực hiện dự toán thu - chi ngân sách năm 2016, Trường Mẫu giáo Sơn Ca (Cam Lâm, Khánh Hòa)");
  const s = b.sheet("Thuc hien du toan 2016");
  s.cols([6, 50, 15, 16, 16, 11, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN CAM LÂM", "TRƯỜNG MẪU GIÁO SƠN CA"],
    number: "Số: 03/BC-MGSC",
    date: "Cam Lâm, ngày 10 tháng 01 năm 2017",
    title: ["CÔNG KHAI THỰC HIỆN DỰ TOÁN THU - CHI NGÂN SÁCH NĂM 2016", "(Kèm theo báo cáo quyết toán năm 2016)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  s.set("G8", "Đơn vị tính: 1.000 đồng", { italic: true, align: "right" });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["STT", "Nội dung", "Thực hiện năm 2015", "Dự toán được giao năm 2016", "Thực hiện năm 2016", "So sánh TH/DT (%)", "Ghi chú"], h);
  s.row("A10", ["1", "2", "3", "4", "5", "6=5/4", "7"], { italic: true, align: "center", border: true });
  s.hideCols("C");
  const money = (v: number | string, bold = false): CellInput => ({ v, fmt: "#,##0", align: "right", bold });
  const pct = (r: number, res: number | string, bold = false): CellInput => ({ v: `=IF(ISNUMBER(E${r}),ROUND(E${r}/D${r}*100,1),"")`, result: res, fmt: "0.0", align: "center", bold });
  const p1 = (a: number, d: number) => Math.round((a / d) * 1000) / 10;
  const vi = (n: number) => n.toLocaleString("de-DE");
  const line = (r: number, no: string, name: string, last: number | string, est: number | string, act: number | string, note = "", bold = false) => {
    s.row(`A${r}`, [no, name, money(last, bold), money(est, bold), money(act, bold), typeof act === "number" && typeof est === "number" ? pct(r, p1(act, est), bold) : pct(r, ""), note], { border: true, bold });
    s.set(`A${r}`, no, { border: true, align: "center", bold });
    s.set(`B${r}`, name, { border: true, wrap: true, bold });
    s.set(`G${r}`, note, { border: true, italic: true, wrap: true });
  };
  // A. Revenue (rows 12-14), total on row 11
  s.row("A11", ["A", "TỔNG SỐ THU (1+2+3)", { v: "=SUM(C12:C14)", result: 2312350, fmt: "#,##0" }, { v: "=SUM(D12:D14)", result: 2436000, fmt: "#,##0" }, { v: "=SUM(E12:E14)", result: 2405400, fmt: "#,##0" }, "", ""], { border: true, bold: true });
  line(12, "1", "Ngân sách nhà nước cấp chi thường xuyên", 2148600, 2226000, 2226000, "Cấp đủ theo dự toán");
  line(13, "2", "Thu học phí", 163750, 186000, 179400, "Miễn, giảm học phí cho 14 trẻ theo Nghị định 86/2015/NĐ-CP");
  line(14, "3", "Thu dịch vụ trông trẻ ngoài giờ (theo thỏa thuận)", 0, 24000, "Chưa tổng hợp", "Bắt đầu thu từ tháng 9/2016; kế toán đang đối chiếu");
  const rev: Array<[number, string, Status, string]> = [
    [12, "Ngân sách nhà nước cấp chi thường xuyên", "met", "2.226.000 received against an estimate of 2.226.000 (thousand đồng): exactly the estimate"],
    [13, "Thu học phí", "not_met", "179.400 collected against 186.000 (96,5%); the year is closed, so the revenue estimate was missed (the note gives the reason: fee exemptions)"],
    [14, "Thu dịch vụ trông trẻ ngoài giờ (theo thỏa thuận)", "no_data", "the execution cell says \"Chưa tổng hợp\" (not yet totalled): no figure to judge"],
  ];
  for (const [r, name, status, why] of rev) s.expect(`E${r}`, { indicator: `Thu · ${name}`, target: `đạt dự toán ${s.text(`D${r}`) || vi(Number(s.get(`D${r}`)?.v))} (column D; ghi chú: khoản thu phải đạt dự toán)`, status, why });
  // B. Expenses: total row 15, section I row 16 (rows 17-20), section II row 21 (rows 22-23)
  s.row("A15", ["B", "TỔNG SỐ CHI (I+II)", { v: "=C16+C21", result: 2312350, fmt: "#,##0" }, { v: "=D16+D21", result: 2412000, fmt: "#,##0" }, { v: "=E16+E21", result: 2271708, fmt: "#,##0" }, "", ""], { border: true, bold: true });
  s.row("A16", ["I", "Chi từ nguồn ngân sách nhà nước", { v: "=SUM(C17:C20)", result: 2148600, fmt: "#,##0" }, { v: "=SUM(D17:D20)", result: 2226000, fmt: "#,##0" }, { v: "=SUM(E17:E20)", result: 2092308, fmt: "#,##0" }, "", "Ô E19 nhập dạng chữ, không được cộng"], { border: true, bold: true });
  line(17, "1", "Chi thanh toán cho cá nhân (lương, phụ cấp, các khoản đóng góp)", 1930100, 1985000, 1962318);
  line(18, "2", "Chi nghiệp vụ chuyên môn", 91500, 96000, 98750, "Mua bổ sung đồ dùng, đồ chơi theo danh mục tối thiểu");
  line(19, "3", "Chi mua sắm, sửa chữa tài sản", 104000, 120000, "119.600.000đ", "Sửa chữa 02 phòng học điểm Cam Đức");
  line(20, "4", "Chi khác", 23000, 25000, 31240, "Tiếp khách, hội nghị tổng kết");
  s.row("A21", ["II", "Chi từ nguồn học phí", { v: "=SUM(C22:C23)", result: 163750, fmt: "#,##0" }, { v: "=SUM(D22:D23)", result: 186000, fmt: "#,##0" }, { v: "=SUM(E22:E23)", result: 179400, fmt: "#,##0" }, "", ""], { border: true, bold: true });
  line(22, "1", "Trích 40% số thu học phí để tạo nguồn cải cách tiền lương", 65500, 74400, 71760);
  line(23, "2", "Chi hỗ trợ hoạt động chuyên môn, mua sắm đồ dùng, đồ chơi", 98250, 111600, 107640);
  s.row("A24", ["C", "Chênh lệch thu - chi (chuyển năm sau)", { v: "=C11-C15", result: 0, fmt: "#,##0" }, { v: "=D11-D15", result: 24000, fmt: "#,##0" }, { v: "=E11-E15", result: 133692, fmt: "#,##0" }, "", "Chưa gồm khoản thu mục A.3"], { border: true, bold: true });
  const exp: Array<[number, string, string, Status, string]> = [
    [17, "Chi thanh toán cho cá nhân (lương, phụ cấp, các khoản đóng góp)", "không vượt dự toán 1.985.000 (column D; ghi chú)", "met", "1.962.318 spent, under the 1.985.000 estimate: a cap, so met (not exceeded)"],
    [18, "Chi nghiệp vụ chuyên môn", "không vượt dự toán 96.000 (column D; ghi chú)", "not_met", "98.750 spent, 2.750 over the 96.000 estimate (102,9%): an expense over its estimate breaks the cap"],
    [19, "Chi mua sắm, sửa chữa tài sản", "không vượt dự toán 120.000 (column D; ghi chú)", "met", "typed in full đồng as text, \"119.600.000đ\" = 119.600 thousand đồng, under the 120.000 estimate"],
    [20, "Chi khác", "không vượt dự toán 25.000 (column D; ghi chú)", "not_met", "31.240 spent against 25.000 (125,0%): over the estimate"],
    [22, "Trích 40% số thu học phí để tạo nguồn cải cách tiền lương", "40% số học phí thực thu (ghi chú; dự toán 74.400 = 40% số thu dự kiến)", "met", "the set-aside is 40% of the fees actually collected: 40% × 179.400 = 71.760, exactly what was set aside; the 74.400 estimate was 40% of the estimated fees, so falling short of it is not a shortfall"],
    [23, "Chi hỗ trợ hoạt động chuyên môn, mua sắm đồ dùng, đồ chơi", "không vượt dự toán 111.600 (column D; ghi chú)", "met", "107.640 spent, under the 111.600 estimate"],
  ];
  for (const [r, name, target, status, why] of exp) s.expect(`E${r}`, { indicator: `Chi · ${name}`, target, status, why });
  notes(s, 26, "B", [
    "Ghi chú:",
    "- Các khoản thu phải đạt dự toán được giao; các khoản chi không được vượt dự toán được giao (Luật Ngân sách nhà nước).",
    "- Khoản trích tạo nguồn cải cách tiền lương bằng 40% số học phí thực thu trong năm (dự toán tính trên số thu dự kiến).",
    "- Cột 3 (thực hiện năm 2015) để đối chiếu, không đánh giá.",
  ]);
  signature(s, 31, { col: "B", title: "KẾ TOÁN", name: "Trần Thị Mỹ Lệ" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thanh Thủy" });
  b.facts = {
    sheet: "Thuc hien du toan 2016",
    headerRows: "9 (column numbers in row 10; unit line 'Đơn vị tính: 1.000 đồng' in G8)",
    nameColumn: "B (Nội dung)",
    target: "column D (Dự toán được giao năm 2016): a floor for revenue lines (A.1-A.3), a cap for expense lines (B.I.1-4, B.II.2); for B.II.1 the notes' 40% of the fees actually collected (E13)",
    actualColumns: "E (Thực hiện năm 2016)",
    ignoreColumns: "A (STT), C (hidden: 2015 execution), F (TH/DT %, derived), G (Ghi chú)",
    totalRows: "11 (Tổng số thu), 15 (Tổng số chi), 16 and 21 (section subtotals), 24 (Chênh lệch): not judged",
    otherRows: "10 (column numbers), notes and signature below",
    asOf: "2017-01-10",
    period: "năm 2016",
    notes: "A closed year read in January 2017, amounts in thousands of đồng. The notes say revenue must reach its estimate and expenses must stay within theirs, so an under-spent line is met and an over-spent one not met. The salary-reform set-aside (row 22) is 40% of the fees actually collected (179.400 → 71.760), not of the estimate. E19 is typed in full đồng as text (\"119.600.000đ\" = 119.600 thousand) and the section SUM skips it. E14 reads \"Chưa tổng hợp\": no data. Subtotals, totals and the balance are not judged.",
  };
  return b;
}
