// Layout 206: a district health centre's nine-month results on the "1.000 ngày đầu đời" nutrition programme (Phù Cát, Bình Định, 2021) with the year's targets and the 2025 goals on a first sheet, matched by code ("CT01" …) in another order and shorter wording: a year's plan read on 30/9 (reached = met, counts still short = pending, a share held judged now), "x/y (z%)" text, a campaign with one round left, a month's event done, a row with only a 2025 goal, a hidden same-period column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chương trình Chăm sóc dinh dưỡng 1.000 ngày đầu đời 9 tháng năm 2021 so với chỉ tiêu giao, Trung tâm Y tế huyện Phù Cát (Bình Định)");
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true };
  // [mã, tên đầy đủ (sheet chỉ tiêu), tên ngắn (sheet kết quả), ĐVT, chỉ tiêu 2021, mục tiêu 2025, TH 9 tháng, cùng kỳ (hidden), ghi chú KQ, status, why]
  type X = [string, string, string, string, string, string, CellInput, CellInput, string, Status, string];
  const xs: X[] = [
    ["CT01", "Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thời kỳ", "Khám thai ≥ 4 lần/3 thời kỳ", "%", "Từ 90% trở lên", "Từ 95% trở lên", "1.102/1.198 (91,99%)", "89,7%", "Tính trên số bà mẹ sinh con trong kỳ", "exceeded", "1.102/1.198 = 91,99, a share of the mothers who gave birth so far, above 90 (judged now: a share, not a count still to grow)"],
    ["CT02", "Tỷ lệ trẻ sơ sinh được bú mẹ trong giờ đầu sau sinh", "Bú mẹ giờ đầu sau sinh", "%", "Từ 85% trở lên", "Từ 90% trở lên", { v: 83.4, fmt: "0.0" }, { v: 82.1, fmt: "0.0" }, "", "pending", "83,4 under 85 after nine months of a year's plan: can still be made up by December"],
    ["CT03", "Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram", "Trẻ sơ sinh nhẹ cân (< 2.500 g)", "%", "Dưới 5%", "Dưới 4%", { v: 4.1, fmt: "0.0" }, { v: 4.6, fmt: "0.0" }, "", "met", "4,1 under the 5 cap (a share held, judged now)"],
    ["CT04", "Số trẻ dưới 2 tuổi được theo dõi tăng trưởng (cân, đo) hằng tháng", "Trẻ < 2 tuổi được theo dõi tăng trưởng", "trẻ", "3.800", "-", { v: 2950, fmt: "#,##0" }, { v: 2870, fmt: "#,##0" }, "", "pending", "2.950 of 3.800 counted so far; the year runs to December"],
    ["CT05", "Số lượt bà mẹ được tư vấn dinh dưỡng 1.000 ngày đầu đời", "Tư vấn dinh dưỡng 1.000 ngày (lượt)", "lượt", "2.400", "-", { v: 2512, fmt: "#,##0" }, { v: 1980, fmt: "#,##0" }, "", "exceeded", "2.512 already above the year's 2.400"],
    ["CT06", "Tỷ lệ trẻ 6-36 tháng tuổi được uống vitamin A liều cao", "Uống vitamin A (6-36 tháng)", "%", "Từ 98% trở lên (mỗi đợt)", "Từ 98% trở lên", "Đợt 1 (tháng 6): 98,6%", "Đợt 1: 98,2%", "Đợt 2 tổ chức tháng 12/2021", "pending", "the target is each round's; round one (98,6) met it, round two is in December"],
    ["CT07", "Số xã, thị trấn có mạng lưới cộng tác viên dinh dưỡng hoạt động", "Xã có CTV dinh dưỡng hoạt động", "xã", "18/18 xã, thị trấn", "18/18", "18/18", "17/18", "", "met", "18 of 18"],
    ["CT08", "Tỷ lệ phụ nữ mang thai được bổ sung viên sắt/đa vi chất", "PNCT uống viên sắt/đa vi chất", "%", "Từ 80% trở lên", "Từ 90% trở lên", "Chưa có số liệu", { v: 76.3, fmt: "0.0" }, "Chờ số liệu trạm y tế", "no_data", "no figure yet"],
    ["CT09", "Tổ chức Tuần lễ Nuôi con bằng sữa mẹ", "Tuần lễ NCBSM", "", "Tháng 8/2021", "Hằng năm", "Đã tổ chức từ 01/8 đến 07/8/2021", "Tháng 8/2020", "", "met", "held 1-7 August, inside the month"],
    ["CT10", "Tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu", "Bú mẹ hoàn toàn 6 tháng đầu", "%", "-", "Từ 35% trở lên", { v: 28.3, fmt: "0.0" }, { v: 26.9, fmt: "0.0" }, "", "pending", "no target for 2021 (\"-\"); the only one is the 2025 goal, not yet due"],
  ];
  // Sheet 1: the targets, in code order.
  const t = b.sheet("Chi tieu 2021");
  t.cols([7, 56, 7, 20, 18, 22]);
  titleBlock(t, {
    left: ["SỞ Y TẾ BÌNH ĐỊNH", "TRUNG TÂM Y TẾ HUYỆN PHÙ CÁT"],
    date: "Phù Cát, ngày 15 tháng 01 năm 2021",
    title: ["CHỈ TIÊU CHƯƠNG TRÌNH CHĂM SÓC DINH DƯỠNG 1.000 NGÀY ĐẦU ĐỜI NĂM 2021", "(Theo Kế hoạch thực hiện Quyết định số 1710/QĐ-UBND ngày 08/5/2020 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  t.row("A8", ["Mã", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2021", "Mục tiêu đến năm 2025", "Ghi chú"], head);
  xs.forEach((x, i) => t.row(`A${9 + i}`, [x[0], x[1], x[3], x[4], x[5], ""], bd));
  notes(t, 9 + xs.length + 1, "B", ["Ghi chú:", "- Chỉ tiêu năm 2021 đánh giá vào ngày 31/12/2021; \"-\": không giao chỉ tiêu năm."]);

  // Sheet 2: the nine-month results, in the report's order.
  const s = b.sheet("KQ 9 thang 2021");
  s.cols([7, 40, 7, 22, 14, 28]);
  titleBlock(s, {
    left: ["SỞ Y TẾ BÌNH ĐỊNH", "TRUNG TÂM Y TẾ HUYỆN PHÙ CÁT"],
    date: "Phù Cát, ngày 05 tháng 10 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2021", "(Đối chiếu chỉ tiêu tại sheet \"Chi tieu 2021\" theo mã chỉ tiêu)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  s.row("A8", ["Mã", "Nội dung", "ĐVT", "Thực hiện 9 tháng năm 2021", "Cùng kỳ năm 2020", "Ghi chú"], head);
  s.hideCols("E");
  const order = ["CT05", "CT04", "CT01", "CT02", "CT10", "CT03", "CT08", "CT06", "CT09", "CT07"];
  order.forEach((code, i) => {
    const x = xs.find((y) => y[0] === code)!;
    const r = 9 + i;
    s.row(`A${r}`, [x[0], x[2], x[3], x[6], x[7], x[8]], bd);
    const target = x[4] === "-" ? `- (2021); ${x[5]} (đến năm 2025)` : `${x[4]} (năm 2021)`;
    s.expect(`D${r}`, { indicator: `${code} ${x[1]}`, target, status: x[9], why: x[10] });
  });
  const last = 9 + order.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Số liệu từ ngày 01/01/2021 đến ngày 30/9/2021, tổng hợp từ báo cáo của 18 trạm y tế xã, thị trấn.",
    "- Chỉ tiêu năm 2021 và mục tiêu đến năm 2025 xem sheet \"Chi tieu 2021\".",
  ]);
  signature(s, last + 6, { col: "B", title: "KHOA CHĂM SÓC SỨC KHỎE SINH SẢN", name: "Huỳnh Thị Mỹ Lệ" }, { col: "D", title: "GIÁM ĐỐC", name: "Lê Văn Tám" });
  b.facts = {
    sheet: "KQ 9 thang 2021",
    headerRows: "8",
    nameColumn: "B (Nội dung, short names) and A (Mã)",
    target: "sheet \"Chi tieu 2021\": column D (Chỉ tiêu năm 2021) and E (Mục tiêu đến năm 2025), matched by the code in column A, in another order and wording",
    actualColumns: "D (Thực hiện 9 tháng: numbers, \"x/y (z%)\", text)",
    ignoreColumns: "C (ĐVT), E (hidden: same period of 2020), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none on this sheet",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2021-10-05",
    period: "9 tháng năm 2021 (the year's targets read on 30/9)",
    notes: "Targets on the first sheet, matched by code (CT01…CT10), the results' rows in another order and with shorter names. A year's plan after nine months: counts already above their target are exceeded, counts and shares still short are pending, a share above its floor or under its cap is judged now. Vitamin A's target is each round's, and the December round is to come. CT10 has no 2021 target, only the 2025 goal (pending).",
  };
  return b;
}
