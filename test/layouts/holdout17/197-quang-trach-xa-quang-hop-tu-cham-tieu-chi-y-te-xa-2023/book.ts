// Layout 197: a commune health station's self-scoring against the national commune-health criteria (QĐ 1300/QĐ-BYT, 2023), xã Quảng Hợp (Quảng Trạch, Quảng Bình): nine criteria rows with their maximum points, a minimum column computed as half the maximum, the self-score, a ROUND share of the maximum, a score above its maximum, a criterion awaiting data, a SUM total against the district's threshold written only in the notes, the station's own conclusion.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tự chấm điểm Bộ tiêu chí quốc gia về y tế xã năm 2023, Trạm Y tế xã Quảng Hợp (Quảng Trạch, Quảng Bình)");
  const s = b.sheet("Tu cham diem 2023");
  s.cols([8, 52, 11, 13, 12, 13, 34]);
  titleBlock(s, {
    left: ["UBND XÃ QUẢNG HỢP", "TRẠM Y TẾ"],
    date: "Quảng Hợp, ngày 15 tháng 12 năm 2023",
    title: ["BẢNG TỰ CHẤM ĐIỂM BỘ TIÊU CHÍ QUỐC GIA VỀ Y TẾ XÃ NĂM 2023", "(Theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Tiêu chí", "Điểm tối đa", "Điểm tối thiểu phải đạt (50%)", "Điểm tự chấm", "Tỷ lệ so với điểm tối đa (%)", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4) = (3) × 50%", "(5)", "(6) = (5)/(3)", "(7)"], { align: "center", italic: true, border: true });
  type C = [string, number, number | string, string, Status, string];
  const crit: C[] = [
    ["Tiêu chí 1. Chỉ đạo, điều hành công tác chăm sóc sức khỏe nhân dân", 14, 12.5, "", "exceeded", "12,5 above the minimum of 7"],
    ["Tiêu chí 2. Nhân lực y tế", 10, 5, "Thiếu 01 y sĩ đa khoa", "met", "5 at the minimum of 5 (half of 10)"],
    ["Tiêu chí 3. Cơ sở hạ tầng trạm y tế", 12, 5.5, "Nhà trạm xuống cấp, chưa có khu vệ sinh riêng cho người khuyết tật", "not_met", "5,5 under the minimum of 6"],
    ["Tiêu chí 4. Trang thiết bị, thuốc và phương tiện khác", 9, 10, "Đã tính điểm thưởng phần mềm quản lý trạm", "invalid", "10 points on a criterion worth at most 9 (the bonus the Ghi chú adds is not in the criterion's scale)"],
    ["Tiêu chí 5. Y tế dự phòng, phòng chống HIV/AIDS, vệ sinh môi trường và an toàn thực phẩm", 19, 16, "", "exceeded", "16 above the minimum of 9,5"],
    ["Tiêu chí 6. Khám bệnh, chữa bệnh, phục hồi chức năng và y dược cổ truyền", 12, 10.5, "", "exceeded", "10,5 above 6"],
    ["Tiêu chí 7. Chăm sóc sức khỏe bà mẹ - trẻ em", 6, 5, "", "exceeded", "5 above 3"],
    ["Tiêu chí 8. Dân số - kế hoạch hóa gia đình", 11, "Chờ số liệu", "Chờ số liệu dân số quý IV của Trung tâm Y tế huyện", "no_data", "not scored yet: waiting for the quarter's data"],
    ["Tiêu chí 9. Truyền thông - giáo dục sức khỏe và quản lý sức khỏe người dân", 7, 6, "", "exceeded", "6 above 3,5"],
  ];
  const first = 10;
  const last = first + crit.length - 1;
  const vi = (x: number) => String(x).replace(".", ",");
  crit.forEach((c, i) => {
    const r = first + i;
    const share: CellInput = { v: `=IF(ISNUMBER(E${r}),ROUND(E${r}/C${r}*100,1),"")`, result: typeof c[2] === "number" ? Math.round((c[2] / c[1]) * 1000) / 10 : "", fmt: "0.0" };
    s.row(`A${r}`, [i + 1, c[0], c[1], { v: `=C${r}*0.5`, result: c[1] / 2, fmt: "0.0" }, typeof c[2] === "number" ? { v: c[2], fmt: "0.0" } : c[2], share, c[3]], { border: true, wrap: true, align: "center" });
    s.expect(`E${r}`, { indicator: c[0], target: `Từ ${vi(c[1] / 2)} điểm trở lên (50% của ${c[1]} điểm tối đa)`, status: c[4], why: c[5] });
  });
  const t = last + 1;
  const shown = crit.reduce((a, c) => a + (typeof c[2] === "number" ? c[2] : 0), 0);
  s.row(`A${t}`, ["", "Tổng cộng", { v: `=SUM(C${first}:C${last})`, result: 100 }, "", { v: `=SUM(E${first}:E${last})`, result: shown, fmt: "0.0" }, "", "Kết luận của Trạm: Đạt chuẩn"], { border: true, bold: true, align: "center" });
  s.expect(`E${t}`, { indicator: "Tổng điểm", target: "Từ 80 điểm trở lên (ghi chú)", status: "no_data", why: `the SUM shows ${vi(shown)} but holds criterion 4's invalid 10 and misses criterion 8 (not scored): with criterion 4 anywhere from 0 to 9 and criterion 8 from 0 to 11 the total lies between ${vi(shown - 10)} and ${vi(shown - 1 + 11)}, either side of 80 (and criterion 3 under its minimum already keeps the commune from the standard, whatever the station\'s \"Đạt chuẩn\" says)` });
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Theo hướng dẫn của Trung tâm Y tế huyện: xã đạt chuẩn quốc gia về y tế khi tổng điểm từ 80 điểm trở lên và mỗi tiêu chí đạt từ 50% số điểm tối đa của tiêu chí đó trở lên.",
    "- Điểm tự chấm được Trung tâm Y tế huyện thẩm định trước khi trình UBND huyện.",
  ]);
  signature(s, t + 6, { col: "B", title: "TRƯỞNG TRẠM Y TẾ", name: "Phạm Thị Thu" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Trần Đức Hạnh" });
  b.facts = {
    sheet: "Tu cham diem 2023",
    headerRows: "8, 9 (column numbers and formulas)",
    nameColumn: "B (Tiêu chí)",
    target: `column D (Điểm tối thiểu phải đạt, =C×0,5) for each criterion; the total's "từ 80 điểm trở lên" only in the notes (row ${t + 3})`,
    actualColumns: `E (Điểm tự chấm) on rows ${first}-${last} and the total ${t}`,
    ignoreColumns: "A (TT), C (maximum: not a target), F (share of the maximum, derived), G (Ghi chú; the station's own conclusion on the total row)",
    totalRows: `${t} (Tổng cộng, SUM; judged against the notes' 80)`,
    targetRows: "none",
    otherRows: `column-number row 9; notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2023-12-15",
    period: "Năm 2023",
    notes: "Each criterion is judged against half its maximum (column D, a formula); the maximum column is not a target. 5 at 5 is met, 5,5 under 6 not met, 10 of at most 9 invalid, a criterion not yet scored no data. The total's threshold (80) is only in the notes; the total shown holds an invalid score and misses one criterion, so it cannot be judged (no data), whatever the station's own \"Đạt chuẩn\" says.",
  };
  return b;
}
