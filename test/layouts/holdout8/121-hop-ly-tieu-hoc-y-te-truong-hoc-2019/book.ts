// Layout 121: a primary school's health-work plan targets on sheet 1 and its year-end results per grade on sheet 2 (TH Hợp Lý, Lý Nhân, 2018-2019): school-wide 100% targets met or not grade by grade, a cap on the whole school only.
import { Book, type CellInput, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch thực hiện công tác y tế trường học năm học 2018-2019 và kết quả cuối năm, Trường Tiểu học Hợp Lý");
  const p = b.sheet("Chi tieu");
  p.cols([6, 90]);
  p.merge("A1:B1", "PHÒNG GD-ĐT LÝ NHÂN - TRƯỜNG TH HỢP LÝ", { bold: true });
  p.merge("A2:B2", "KẾ HOẠCH THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2018 - 2019 (Số 01/KH-TH ngày 5/9/2018)", { bold: true, align: "center" });
  p.set("A4", "C. MỤC TIÊU, CHỈ TIÊU", { bold: true });
  const targets = [
    "100% học sinh được khám sức khỏe định kỳ đầu năm học, có sổ theo dõi sức khỏe.",
    "100% học sinh tham gia bảo hiểm y tế.",
    "Tỷ lệ học sinh mắc tật khúc xạ (cận thị) toàn trường không quá 5%.",
    "Tổ chức tẩy giun cho học sinh 2 lần/năm học.",
    "100% phòng học đủ ánh sáng, bàn ghế đúng quy cách.",
    "Không để xảy ra ngộ độc thực phẩm, dịch bệnh trong nhà trường.",
  ];
  targets.forEach((t, i) => p.row(`A${5 + i}`, [`${i + 1}.`, t], { wrap: true }));

  const s = b.sheet("Ket qua");
  s.cols([6, 12, 8, 9, 9, 9, 9, 9, 9, 9, 34]);
  s.merge("A1:D1", "PHÒNG GD-ĐT LÝ NHÂN", { align: "center" });
  s.merge("A2:D2", "TRƯỜNG TH HỢP LÝ", { align: "center", bold: true });
  s.merge("F1:K1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true });
  s.merge("F2:K2", "Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true, underline: true });
  s.merge("F3:K3", "Hợp Lý, ngày 25 tháng 5 năm 2019", { align: "center", italic: true });
  s.merge("A5:K5", "BÁO CÁO KẾT QUẢ CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2018 - 2019", { bold: true, align: "center", size: 14 });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Khối", head).merge("C7:C8", "Số lớp", head).merge("D7:D8", "Số HS", head);
  s.merge("E7:F7", "Khám sức khỏe định kỳ", head).merge("G7:H7", "Tham gia BHYT", head).merge("I7:J7", "HS mắc cận thị", head);
  s.row("E8", ["SL", "TL (%)", "SL", "TL (%)", "SL", "TL (%)"], head);
  s.merge("K7:K8", "Ghi chú", head);
  const bd = { border: true, align: "center" as const };
  type G = [string, number, number, number, number | string, number, string];
  const grades: G[] = [
    ["Khối 1", 7, 254, 254, 254, 3, ""],
    ["Khối 2", 6, 188, 188, 186, 6, ""],
    ["Khối 3", 5, 167, 165, 167, 8, "02 HS nghỉ ốm ngày khám, đã hẹn khám bù"],
    ["Khối 4", 5, 148, 148, "148", 10, ""],
    ["Khối 5", 4, 137, 137, 135, 14, "02 HS hộ nghèo chờ cấp thẻ BHYT"],
  ];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  grades.forEach((g, i) => {
    const r = 9 + i;
    const bhytRate: CellInput = typeof g[4] === "number" ? { v: `=ROUND(G${r}/D${r}*100,1)`, result: r1((g[4] / g[2]) * 100), fmt: "0.0" } : { v: 100, fmt: "0.0" };
    s.row(`A${r}`, [i + 1, g[0], g[1], g[2], g[3], { v: `=ROUND(E${r}/D${r}*100,1)`, result: r1((g[3] / g[2]) * 100), fmt: "0.0" }, g[4], bhytRate, g[5], { v: `=ROUND(I${r}/D${r}*100,1)`, result: r1((g[5] / g[2]) * 100), fmt: "0.0" }, g[6]], bd);
  });
  const T = 14;
  const sum = (col: string, n: number) => ({ v: `=SUM(${col}9:${col}13)`, result: n });
  s.row(`A${T}`, ["", "Cộng", sum("C", 27), sum("D", 894), sum("E", 892), { v: `=ROUND(E${T}/D${T}*100,1)`, result: 99.8, fmt: "0.0" }, { v: "=G9+G10+G11+148+G13", result: 890 }, { v: `=ROUND(G${T}/D${T}*100,1)`, result: 99.6, fmt: "0.0" }, sum("I", 41), { v: `=ROUND(I${T}/D${T}*100,1)`, result: 4.6, fmt: "0.0" }, ""], { ...bd, bold: true });
  s.set("B16", "Các chỉ tiêu khác", { bold: true });
  s.row("B17", ["Nội dung", undefined, undefined, "Kết quả", undefined, undefined, "Ghi chú"], head);
  s.merge("B17:D17", "Nội dung", head).merge("E17:G17", "Kết quả", head).merge("H17:K17", "Ghi chú", head);
  s.merge("B18:D18", "Số đợt tẩy giun đã tổ chức", { border: true, wrap: true }).merge("E18:G18", 1, bd).merge("H18:K18", "Đợt 2 (tháng 3/2019) chưa tổ chức do chưa nhận thuốc", { border: true, wrap: true });
  s.merge("B19:D19", "Số phòng học đủ ánh sáng, bàn ghế đúng quy cách", { border: true, wrap: true }).merge("E19:G19", "27/27", bd).merge("H19:K19", "", { border: true });
  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("F9|E9", "Khối 1 · HS được khám sức khỏe định kỳ", "100%", "met", "254/254");
  e("F10|E10", "Khối 2 · HS được khám sức khỏe định kỳ", "100%", "met", "188/188");
  e("F11|E11", "Khối 3 · HS được khám sức khỏe định kỳ", "100%", "not_met", "165/167 = 98,8%; the make-up examination is only promised");
  e("F12|E12", "Khối 4 · HS được khám sức khỏe định kỳ", "100%", "met", "148/148");
  e("F13|E13", "Khối 5 · HS được khám sức khỏe định kỳ", "100%", "met", "137/137");
  e("F14|E14", "Toàn trường · HS được khám sức khỏe định kỳ", "100%", "not_met", "892/894 = 99,8%");
  e("H9|G9", "Khối 1 · HS tham gia BHYT", "100%", "met", "254/254");
  e("H10|G10", "Khối 2 · HS tham gia BHYT", "100%", "not_met", "186/188 = 98,9%");
  e("H11|G11", "Khối 3 · HS tham gia BHYT", "100%", "met", "167/167");
  e("H12|G12", "Khối 4 · HS tham gia BHYT", "100%", "met", "\"148\" typed as text over 148 pupils; the rate is typed 100,0");
  e("H13|G13", "Khối 5 · HS tham gia BHYT", "100%", "not_met", "135/137 = 98,5%");
  e("H14|G14", "Toàn trường · HS tham gia BHYT", "100%", "not_met", "890/894 = 99,6%");
  e("J14|I14", "Toàn trường · HS mắc tật khúc xạ (cận thị)", "không quá 5%", "met", "41/894 = 4,6% ≤ 5% (a cap on the whole school: grades 4-5 above 5% are not judged)");
  e("E18", "Tẩy giun cho học sinh", "2 lần/năm học", "not_met", "1 round of 2 by the end of the school year");
  e("E19", "Phòng học đủ ánh sáng, bàn ghế đúng quy cách", "100%", "met", "27/27 = 100%");
  signature(s, 21, { col: "B", title: "NHÂN VIÊN Y TẾ", name: "Trần Thị Nga" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Lại Văn Hưng" });
  b.facts = {
    sheet: "Ket qua",
    headerRows: "7-8 (three merged groups over SL / TL (%))",
    nameColumn: "B (Khối; B18-B19 for the two other targets)",
    target: "sheet \"Chi tieu\" rows 5-10 (sentences), matched to the result columns by meaning: 100% examined, 100% insured, myopia \"toàn trường không quá 5%\", 2 deworming rounds, 100% classrooms",
    actualColumns: "F, H (rates: ROUND formulas; H12 typed), J14 (myopia, whole school only), E18, E19",
    ignoreColumns: "C, D (classes and pupils: denominators), I9-J13 (per-grade myopia: the cap is for the whole school), K and H18-K19 (Ghi chú)",
    totalRows: "14 (Cộng: SUMs; judged, the targets are school-wide)",
    otherRows: "16-19 (a second small table of other targets), signature from row 21",
    asOf: "2019-05-25",
    period: "2018-2019",
    notes: "Class and pupil numbers per grade are the plan's own (27 classes, 894 pupils); results are invented. A school-wide 100% target holds for every grade, so each grade is judged; the 5% myopia cap is stated for the whole school only.",
  };
  return b;
}
