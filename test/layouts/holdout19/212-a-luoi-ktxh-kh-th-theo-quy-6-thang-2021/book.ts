// Layout 212: a mountain district's half-year table of its main 2021 targets with a plan/result pair per quarter (A Lưới, Thừa Thiên Huế; budget revenue 76,75% and investment 76,47% of the year's plan): KH năm, Quý I KH/TH, Quý II KH/TH, six months, a ratio to the year's plan, a hidden same-period column; finished quarters judged against their own plans, the six months against the year's plan read on 30/6 (reached = met, short = pending), "-" quarters with no plan (a harvest, a year-end review), results as text with a figure and a reason.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu kinh tế - xã hội chủ yếu theo quý, 6 tháng đầu năm 2021, huyện A Lưới (Thừa Thiên Huế)");
  const s = b.sheet("Bieu 01 - 6 thang");
  s.cols([5, 40, 11, 11, 10, 10, 10, 10, 11, 11, 11, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN A LƯỚI"],
    number: "Biểu số 01",
    date: "A Lưới, ngày 01 tháng 7 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU", "Quý I, quý II và 6 tháng đầu năm 2021 (kèm theo Báo cáo tình hình KT-XH 6 tháng đầu năm 2021)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head).merge("D8:D9", "Kế hoạch năm 2021", head);
  s.merge("E8:F8", "Quý I/2021", head).merge("G8:H8", "Quý II/2021", head);
  s.row("E9", ["KH", "TH", "KH", "Ước TH"], head);
  s.merge("I8:I9", "Ước TH 6 tháng", head).merge("J8:J9", "So KH năm (%)", head).merge("K8:K9", "Cùng kỳ năm 2020", head).merge("L8:L9", "Ghi chú", head);
  s.hideCols("K");
  const num = (v: number, fmt: "#,##0" | "0.0" = "#,##0"): CellInput => ({ v, fmt });
  // [chỉ tiêu, ĐVT, KH năm, Q1 KH, Q1 TH, Q2 KH, Q2 TH, 6 tháng (number → formula F+H when both numeric, else typed), cùng kỳ, ghi chú,
  //  [Q1 status, why] | null, [Q2 status, why] | null, [6m status, why]]
  type V = [Status, string];
  type R = [string, string, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput | "sum", CellInput, string, V | null, V | null, V];
  const rows: R[] = [
    ["Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", num(18500), num(4500), num(7120), num(5000), num(7079), "sum", num(10250), "",
      ["exceeded", "7.120 above the quarter's 4.500"], ["exceeded", "7.079 above the quarter's 5.000"], ["pending", "14.199 = 76,75% of the year's 18.500 after six months: short, and half the year remains"]],
    ["Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", num(850), num(180), num(245), num(220), num(405), "sum", num(590), "",
      ["exceeded", "245 above 180"], ["exceeded", "405 above 220"], ["pending", "650 = 76,47% of the year's 850: short, the year runs to December"]],
    ["Sản lượng lương thực có hạt", "Tấn", num(9200), "-", "-", num(4100), num(3985), num(3985), num(3870), "Vụ Đông Xuân; vụ Hè Thu thu hoạch quý III",
      null, ["not_met", "3.985 under the winter-spring crop's 4.100 (the quarter's harvest is in)"], ["pending", "3.985 of 9.200: the summer-autumn crop is still to come"]],
    ["Diện tích trồng rừng tập trung", "Ha", num(1200), num(300), num(312), num(500), "185 (nắng hạn, lùi một phần sang quý III)", num(497), num(540), "",
      ["exceeded", "312 above 300"], ["not_met", "185 ha planted against the quarter's 500 (the reason does not change the quarter's figure)"], ["pending", "497 of 1.200 by June"]],
    ["Giải quyết việc làm mới", "Lao động", num(600), num(120), num(120), num(180), num(210), "sum", num(305), "",
      ["met", "120 at the quarter's 120"], ["exceeded", "210 above 180"], ["pending", "330 of 600 by June"]],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", num(98.5, "0.0"), num(98.5, "0.0"), num(98.7, "0.0"), num(98.5, "0.0"), num(98.2, "0.0"), num(98.2, "0.0"), num(98.4, "0.0"), "Tỷ lệ tại thời điểm cuối kỳ",
      ["exceeded", "98,7 above 98,5 at the end of March"], ["not_met", "98,2 under 98,5 at the end of June"], ["pending", "98,2 on 30/6 against the year's 98,5 (a share at year end): short now, can still be made up by December"]],
    ["Lượt khách du lịch", "Lượt", num(25000), num(5000), num(1850), num(7000), "Tạm dừng đón khách (dịch COVID-19)", num(1850), num(6420), "",
      ["not_met", "1.850 under the quarter's 5.000"], ["not_met", "no visitors in the quarter (tourism suspended) against 7.000"], ["pending", "1.850 of 25.000 by June; the year's plan is not yet due"]],
    ["Đào tạo nghề cho lao động nông thôn", "Người", num(350), num(100), num(160), num(100), num(205), "sum", num(280), "Lớp may, chăn nuôi, sửa chữa máy nông nghiệp",
      ["exceeded", "160 above 100"], ["exceeded", "205 above 100"], ["exceeded", "365 already above the year's 350 in June: reached, whatever the second half brings"]],
    ["Số hộ thoát nghèo", "Hộ", num(450), "-", "-", "-", "-", "Rà soát vào quý IV", num(0), "Kết quả theo rà soát hộ nghèo cuối năm",
      null, null, ["pending", "counted at the year-end review (quarter IV)"]],
  ];
  const first = 10;
  rows.forEach(([label, unit, kh, q1k, q1t, q2k, q2t, six, ck, note, v1, v2, v6], i) => {
    const r = first + i;
    const n = (c: CellInput) => (typeof c === "object" && c !== null ? (c.v as number) : Number.NaN);
    const sixCell: CellInput = six === "sum" ? { v: `=F${r}+H${r}`, result: n(q1t) + n(q2t), fmt: "#,##0" } : six;
    const sixVal = six === "sum" ? n(q1t) + n(q2t) : n(six);
    const ratio: CellInput = Number.isNaN(sixVal) ? "" : { v: `=ROUND(I${r}/D${r}*100,2)`, result: Math.round((sixVal / n(kh)) * 10000) / 100, fmt: "0.0" };
    s.row(`A${r}`, [i + 1, label, unit, kh, q1k, q1t, q2k, q2t, sixCell, ratio, ck, note], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, label, { border: true, wrap: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    if (v1) s.expect(`F${r}`, { indicator: `${label} · Quý I/2021`, target: `KH quý I: ${s.text(`E${r}`)}`, status: v1[0], why: v1[1] });
    if (v2) s.expect(`H${r}`, { indicator: `${label} · Quý II/2021`, target: `KH quý II: ${s.text(`G${r}`)}`, status: v2[0], why: v2[1] });
    s.expect(`I${r}`, { indicator: `${label} · 6 tháng đầu năm 2021`, target: `KH năm 2021: ${s.text(`D${r}`)}`, status: v6[0], why: v6[1] });
  });
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Quý I: số liệu chính thức; quý II và 6 tháng: số ước thực hiện đến 30/6/2021.",
    "- Kế hoạch quý do các cơ quan chuyên môn phân kỳ từ kế hoạch năm; \"-\" là chỉ tiêu không phân kỳ theo quý.",
  ]);
  signature(s, last + 6, { col: "B", title: "PHÒNG TÀI CHÍNH - KẾ HOẠCH", name: "Hồ Văn Thanh" }, { col: "I", title: "TM. ỦY BAN NHÂN DÂN", name: "Nguyễn Văn Minh" });
  b.facts = {
    sheet: "Bieu 01 - 6 thang",
    headerRows: "8-9 (quarters merged over KH / TH)",
    nameColumn: "B (Chỉ tiêu)",
    target: "the KH cell of each quarter pair (E for F, G for H); column D (Kế hoạch năm 2021) for the six months (I)",
    actualColumns: "F (Quý I TH), H (Quý II ước TH), I (Ước TH 6 tháng: F+H, or typed)",
    ignoreColumns: "A (TT), C (Đơn vị tính), E and G (quarter plans: targets), J (derived ratio to the year's plan), K (hidden: same period 2020), L (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2021-07-01",
    period: "Năm 2021 (quý I, quý II, 6 tháng)",
    notes: "A plan/result pair per quarter: both quarters are over on 1/7, so each result is judged against its own quarter's plan (120 at 120 met; 185 against 500 and a suspended quarter not met). The six-month column is read against the year's plan in July: vocational training has already passed it (exceeded); every shortfall is pending, including a share (98,2 against 98,5) and a count the year-end review makes. \"-\" marks quarters with no plan (not judged).",
  };
  return b;
}
