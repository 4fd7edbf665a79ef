// Layout 213: a district's quarterly review of how its new-countryside communes keep the standard (Lý Nhân, Hà Nam, to 31/3/2020): communes as rows under a requirement row, criteria and indicators met typed together in one text cell ("18/19 TC - 48/49 CT"), a score out of 100 against a floor, the criteria not met named in words, a commune scored later, one not reviewed, a cell giving the criteria only, a hidden previous-score column, a summary row with a count in words and an AVERAGE.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả rà soát duy trì tiêu chí nông thôn mới tại các xã đạt chuẩn đến ngày 31/3/2020, huyện Lý Nhân (Hà Nam) (trích)");
  const s = b.sheet("Ra soat NTM quy I");
  s.cols([5, 18, 12, 26, 36, 12, 12, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN LÝ NHÂN", "VĂN PHÒNG ĐIỀU PHỐI NTM"],
    date: "Lý Nhân, ngày 03 tháng 4 năm 2020",
    title: ["KẾT QUẢ RÀ SOÁT DUY TRÌ, NÂNG CAO CHẤT LƯỢNG TIÊU CHÍ NÔNG THÔN MỚI", "Tại các xã đã đạt chuẩn (số liệu đến ngày 31/3/2020; trích 12/22 xã)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Xã", "Năm đạt chuẩn NTM", "Kết quả (tiêu chí/chỉ tiêu đạt)", "Tiêu chí, chỉ tiêu chưa đạt", "Điểm chấm (thang 100)", "Điểm kỳ trước (12/2019)", "Ghi chú"], head);
  s.hideCols("G");
  s.row("A9", ["", "Yêu cầu duy trì tại thời điểm rà soát", "", "19/19 TC - 49/49 CT", "", "Từ 95 điểm trở lên", "", "Kế hoạch số 15/KH-BCĐ ngày 20/01/2020"], { border: true, italic: true, bold: true, wrap: true, align: "center" });
  const bd = { border: true, wrap: true, align: "center" as const };
  const sc = (v: number): CellInput => ({ v, fmt: "general" });
  // [xã, năm, kết quả, chưa đạt, điểm, điểm kỳ trước, ghi chú, [D status, why], [F status, why]]
  type V = [Status, string];
  type R = [string, number, string, string, CellInput, number, string, V, V];
  const rows: R[] = [
    ["Nhân Bình", 2015, "19/19 TC - 49/49 CT", "", sc(98), 97, "", ["met", "19 of 19 criteria and 49 of 49 indicators"], ["exceeded", "98 above 95"]],
    ["Xuân Khê", 2015, "18/19 TC - 48/49 CT", "TC 17 (chỉ tiêu 17.8 - xử lý chất thải rắn)", sc(97), 98, "", ["not_met", "18 of 19 criteria: one indicator of criterion 17 lost"], ["exceeded", "97 above 95 (the score is judged on its own floor)"]],
    ["Nhân Mỹ", 2016, "17/19 TC - 47/49 CT", "TC 13 (tổ chức sản xuất); TC 17 (môi trường)", sc(94), 95, "", ["not_met", "17 of 19 criteria"], ["not_met", "94 under 95"]],
    ["Nhân Nghĩa", 2016, "19/19 TC - 49/49 CT", "", sc(95), 95, "", ["met", "all criteria and indicators"], ["met", "95 at the floor"]],
    ["Công Lý", 2015, "18/19 TC - 47/49 CT", "TC 17 (chỉ tiêu 17.2, 17.8)", sc(96), 96, "", ["not_met", "18 of 19 criteria (criterion 17 lost two indicators)"], ["exceeded", "96 above 95"]],
    ["Nhân Khang", 2017, "19/19 TC - 49/49 CT", "", "Chưa chấm (chờ đoàn kiểm tra của huyện)", 97, "", ["met", "all criteria and indicators"], ["no_data", "not scored yet"]],
    ["Văn Lý", 2017, "19/19 TC - 49/49 CT", "", { v: 94.5, fmt: "0.0" }, 96, "Trừ điểm hồ sơ lưu trữ", ["met", "all criteria and indicators"], ["not_met", "94,5 under 95"]],
    ["Nhân Chính", 2016, "18/19 TC - 48/49 CT", "TC 19 (chỉ tiêu 19.2 - an ninh trật tự)", sc(97), 97, "", ["not_met", "18 of 19 criteria"], ["exceeded", "97 above 95"]],
    ["Chân Lý", 2018, "Đạt 19/19 tiêu chí", "", sc(99), 98, "", ["met", "19 of 19 criteria written alone: every criterion met means every indicator met"], ["exceeded", "99 above 95"]],
    ["Đạo Lý", 2018, "19/19 TC - 49/49 CT", "", sc(100), 99, "", ["met", "all criteria and indicators"], ["exceeded", "100 above 95"]],
    ["Đồng Lý", 2019, "Chưa rà soát", "", "", 98, "Xã chưa nộp biểu tự đánh giá", ["no_data", "not reviewed"], ["no_data", "blank: not reviewed"]],
    ["Nguyên Lý", 2019, "18/19 TC - 48/49 CT", "TC 14 (chỉ tiêu 14.3 - lao động qua đào tạo)", sc(96), 97, "", ["not_met", "18 of 19 criteria"], ["exceeded", "96 above 95"]],
  ];
  const first = 10;
  rows.forEach(([xa, y, res, miss, score, prev, note, vd, vf], i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, xa, y, res, miss, score, prev, note], bd);
    s.set(`E${r}`, miss, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true });
    s.expect(`D${r}`, { indicator: `${xa} · Duy trì tiêu chí, chỉ tiêu nông thôn mới`, target: "19/19 TC - 49/49 CT (dòng Yêu cầu)", status: vd[0], why: vd[1] });
    s.expect(`F${r}`, { indicator: `${xa} · Điểm chấm tiêu chí nông thôn mới`, target: "Từ 95 điểm trở lên (dòng Yêu cầu)", status: vf[0], why: vf[1], ...(score === "" ? { actual: "(trống)" } : {}) });
  });
  const last = first + rows.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Cộng (12 xã)", "", "06/12 xã đạt 19/19 (01 xã chưa rà soát)", "", { v: `=ROUND(AVERAGE(F${first}:F${last}),2)`, result: 96.65, fmt: "0.00" }, { v: `=ROUND(AVERAGE(G${first}:G${last}),2)`, result: 96.92, fmt: "0.00" }, "Điểm bình quân các xã đã chấm"], { ...bd, bold: true });
  const rollUps = [s.rollUp(" · Duy trì tiêu chí, chỉ tiêu nông thôn mới", "xã"), s.rollUp(" · Điểm chấm tiêu chí nông thôn mới", "xã")];
  notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- TC: tiêu chí; CT: chỉ tiêu (Bộ tiêu chí xã NTM giai đoạn 2016-2020 của tỉnh Hà Nam: 19 tiêu chí, 49 chỉ tiêu).",
    "- Xã đạt chuẩn phải duy trì đủ 19/19 tiêu chí và đạt từ 95 điểm trở lên tại mỗi kỳ rà soát; xã không đạt phải có kế hoạch khắc phục trong quý II/2020.",
  ]);
  signature(s, tot + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Văn Khánh" }, { col: "E", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Đức Hạnh" });
  b.facts = {
    sheet: "Ra soat NTM quy I",
    headerRows: "8",
    nameColumn: "B (Xã)",
    target: "row 9 (Yêu cầu duy trì tại thời điểm rà soát): D \"19/19 TC - 49/49 CT\", F \"Từ 95 điểm trở lên\"",
    actualColumns: "D (criteria and indicators met, one text cell), F (Điểm chấm)",
    ignoreColumns: "A (TT), C (Năm đạt chuẩn NTM), E (criteria not met, in words), G (hidden: previous score), H (Ghi chú)",
    totalRows: `${tot} (Cộng: a count in words and an AVERAGE; not judged: the requirement is each commune's)`,
    targetRows: "9",
    otherRows: `notes ${tot + 2}-${tot + 4}; signature from ${tot + 6}`,
    asOf: "2020-04-03",
    period: "Rà soát quý I/2020 (đến 31/3/2020)",
    rollUps,
    notes: "Each commune must hold 19/19 criteria (49/49 indicators) and a score of at least 95 at every review (the notes), so the March review is judged now. Two figures share one text cell (\"18/19 TC - 48/49 CT\"); \"Đạt 19/19 tiêu chí\" alone is whole. 95 at the floor is met, 94,5 short. A commune not yet scored and one not reviewed have no data. The summary row is not judged.",
  };
  return b;
}
