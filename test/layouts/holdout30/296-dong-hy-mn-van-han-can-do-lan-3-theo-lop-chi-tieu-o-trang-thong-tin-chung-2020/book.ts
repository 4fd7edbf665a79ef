// Layout 296: a preschool's third weigh-in of the school year by class (Trường Mầm non Vân Hán, Đồng Hỷ, Thái Nguyên, 10/6/2020): a general-information sheet first whose second part lists the year's health targets in sentences (floors, caps and a "none" target), then the weigh-in table by class with count/rate pairs for each nutrition status, a BMI block measured only for the 4-5-year-olds ("-" elsewhere), a hidden column with the December weigh-in, and a SUM row for the whole school; only the whole school is judged (the targets are the school's).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả cân đo, chấm biểu đồ lần 3 năm học 2019-2020 theo nhóm, lớp, Trường Mầm non Vân Hán (Đồng Hỷ, Thái Nguyên)");

  // Sheet 1: general information, then the year's health targets in sentences.
  const g = b.sheet("Thong tin chung");
  g.cols([30, 60]);
  g.merge("A1:B1", "TRƯỜNG MẦM NON VÂN HÁN - THÔNG TIN CHUNG NĂM HỌC 2019-2020", { bold: true, align: "center", size: 14 });
  g.set("A3", "I. THÔNG TIN CHUNG", { bold: true });
  g.row("A4", ["Tên trường:", "Trường Mầm non Vân Hán"]);
  g.row("A5", ["Địa chỉ:", "Xóm Làng Hích, xã Vân Hán, huyện Đồng Hỷ, tỉnh Thái Nguyên"]);
  g.row("A6", ["Số nhóm, lớp:", "16 (02 nhóm trẻ, 14 lớp mẫu giáo)"]);
  g.row("A7", ["Tổng số trẻ:", "473 trẻ (nhà trẻ 58, mẫu giáo 415)"]);
  g.row("A8", ["Cán bộ, giáo viên, nhân viên:", "45 (03 CBQL, 34 giáo viên, 08 nhân viên)"]);
  g.row("A9", ["Số điểm trường:", "03 (điểm trung tâm, điểm Làng Hích, điểm Mỏ Ba)"]);
  g.set("A11", "II. CHỈ TIÊU CÔNG TÁC CHĂM SÓC, NUÔI DƯỠNG NĂM HỌC 2019-2020", { bold: true });
  g.merge("A12:B12", "1. 100% trẻ đến trường được cân, đo và chấm biểu đồ tăng trưởng 3 lần/năm học (tháng 9, tháng 12, tháng 5-6).", { wrap: true });
  g.merge("A13:B13", "2. Tỷ lệ trẻ phát triển bình thường về cân nặng và chiều cao đạt từ 97% trở lên.", { wrap: true });
  g.merge("A14:B14", "3. Giảm tỷ lệ trẻ suy dinh dưỡng chung xuống dưới 2%; trong đó thể nhẹ cân dưới 1%, thể thấp còi dưới 1,5%.", { wrap: true });
  g.merge("A15:B15", "4. Không có trẻ thừa cân, béo phì.", { wrap: true });
  g.merge("A16:B16", "(Các chỉ tiêu tính chung toàn trường, đánh giá theo kết quả cân đo lần 3 cuối năm học.)", { italic: true, wrap: true });

  // Sheet 2: the third weigh-in by class.
  const s = b.sheet("Can do lan 3");
  s.cols([5, 20, 8, 9, 8, 8, 8, 8, 8, 8, 8, 8, 9, 8, 8, 8, 8, 10]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT ĐỒNG HỶ", "TRƯỜNG MẦM NON VÂN HÁN"],
    date: "Vân Hán, ngày 10 tháng 6 năm 2020",
    title: ["TỔNG HỢP KẾT QUẢ CÂN ĐO, CHẤM BIỂU ĐỒ TĂNG TRƯỞNG LẦN 3", "Năm học 2019-2020"],
    leftSpan: ["A", "E"],
    rightSpan: ["L", "R"],
    titleSpan: ["A", "R"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Nhóm, lớp", head);
  s.merge("C8:C9", "Tổng số trẻ", head);
  s.merge("D8:D9", "Số trẻ được cân, đo", head);
  s.merge("E8:F8", "Phát triển bình thường", head);
  s.merge("G8:H8", "SDD thể nhẹ cân", head);
  s.merge("I8:J8", "SDD thể thấp còi", head);
  s.merge("K8:L8", "SDD thể nhẹ cân và thấp còi", head);
  s.merge("M8:M9", "Số trẻ được đo BMI", head);
  s.merge("N8:O8", "SDD thể gầy còm (BMI)", head);
  s.merge("P8:Q8", "Thừa cân, béo phì", head);
  s.row("E9", ["SL", "%", "SL", "%", "SL", "%", "SL", "%"], head);
  s.row("N9", ["SL", "%", "SL", "%"], head);
  s.merge("R8:R9", "PTBT lần 2 (12/2019) %", head);
  // class, children, underweight, stunted, both, wasted (BMI), BMI measured (0 = not measured), December normal %
  type C = [string, number, number, number, number, number, boolean, number];
  const classes: C[] = [
    ["Nhóm trẻ 24-36 tháng A", 30, 1, 0, 0, 0, false, 93.3],
    ["Nhóm trẻ 24-36 tháng B", 28, 0, 0, 1, 0, false, 92.9],
    ["Lớp 3 tuổi A", 38, 0, 0, 0, 0, false, 97.4],
    ["Lớp 3 tuổi B", 39, 0, 1, 0, 0, false, 94.9],
    ["Lớp 3 tuổi C", 39, 0, 0, 1, 0, false, 94.9],
    ["Lớp 3 tuổi D", 39, 0, 0, 0, 0, false, 97.4],
    ["Lớp 4 tuổi A", 33, 0, 1, 0, 0, true, 93.9],
    ["Lớp 4 tuổi B", 32, 0, 0, 0, 0, true, 96.9],
    ["Lớp 4 tuổi C", 31, 0, 0, 0, 1, true, 93.5],
    ["Lớp 4 tuổi D", 32, 0, 0, 0, 0, true, 100],
    ["Lớp 5 tuổi A", 34, 0, 0, 0, 1, true, 94.1],
    ["Lớp 5 tuổi B", 33, 0, 0, 0, 0, true, 97.0],
    ["Lớp 5 tuổi C", 32, 0, 0, 0, 0, true, 96.9],
    ["Lớp 5 tuổi D", 33, 0, 0, 0, 1, true, 93.9],
  ];
  const pct = (n: string, d: string, a: number, bn: number, bold = false): CellInput => ({ v: `=ROUND(${n}/${d}*100,2)`, result: Math.round((a / bn) * 10000) / 100, fmt: "0.00", border: true, align: "center", bold });
  let r = 10;
  for (const [i, [name, n, uw, st, both, wa, bmi, dec]] of classes.entries()) {
    const normal = n - uw - st - both - wa;
    s.row(`A${r}`, [String(i + 1), name, n, n, normal, pct(`E${r}`, `D${r}`, normal, n), uw, pct(`G${r}`, `D${r}`, uw, n), st, pct(`I${r}`, `D${r}`, st, n), both, pct(`K${r}`, `D${r}`, both, n), bmi ? n : "-", bmi ? wa : "-", bmi ? pct(`N${r}`, `D${r}`, wa, n) : "-", 0, pct(`P${r}`, `D${r}`, 0, n), dec], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    r++;
  }
  // r = 24: the whole school
  const S = (k: number) => classes.reduce((t, c) => t + (c[k] as number), 0);
  const N = S(1), UW = S(2), ST = S(3), BOTH = S(4), WA = S(5);
  const NORMAL = N - UW - ST - BOTH - WA;
  const BMI = classes.filter((c) => c[6]).reduce((t, c) => t + c[1], 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}23)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn trường", sum("C", N), sum("D", N), sum("E", NORMAL), pct(`E${r}`, `D${r}`, NORMAL, N, true), sum("G", UW), pct(`G${r}`, `D${r}`, UW, N, true), sum("I", ST), pct(`I${r}`, `D${r}`, ST, N, true), sum("K", BOTH), pct(`K${r}`, `D${r}`, BOTH, N, true), sum("M", BMI), sum("N", WA), pct(`N${r}`, `D${r}`, WA, N, true), sum("P", 0), pct(`P${r}`, `D${r}`, 0, N, true), 95.4], { border: true, bold: true, align: "center" });
  s.hideCols("R");
  s.row(`A${r + 2}`, ["", "Trẻ SDD chung:", { v: `=G${r}+I${r}+K${r}+N${r}`, result: UW + ST + BOTH + WA }, "trẻ, tỷ lệ", { v: `=ROUND(C${r + 2}/D${r}*100,2)`, result: Math.round(((UW + ST + BOTH + WA) / N) * 10000) / 100, fmt: "0.00" }, "%"], { bold: true });
  const T = "Toàn trường";
  const src = "sheet Thong tin chung";
  s.expect(`D${r}`, { indicator: `Trẻ được cân, đo, chấm biểu đồ lần 3 · ${T}`, target: `100% trẻ đến trường (${src}, row 12)`, status: "met", why: `${N} of ${N} children weighed and measured` });
  s.expect(`E${r}|F${r}`, { indicator: `Tỷ lệ trẻ phát triển bình thường · ${T}`, target: `Từ 97% trở lên (${src}, row 13)`, status: "exceeded", why: `${NORMAL} of ${N} = 98,31%, above the 97% floor at the year's last weigh-in` });
  s.expect(`G${r}|H${r}`, { indicator: `Tỷ lệ trẻ SDD thể nhẹ cân · ${T}`, target: `Dưới 1% (${src}, row 14)`, status: "met", why: `${UW} of ${N} = 0,21% (0,63% counting the ${BOTH} children both underweight and stunted): under the 1% cap either way` });
  s.expect(`I${r}|J${r}`, { indicator: `Tỷ lệ trẻ SDD thể thấp còi · ${T}`, target: `Dưới 1,5% (${src}, row 14)`, status: "met", why: `${ST} of ${N} = 0,42% (0,85% counting the ${BOTH} children both underweight and stunted): under the 1,5% cap either way` });
  s.expect(`C${r + 2}|E${r + 2}`, { indicator: `Tỷ lệ trẻ suy dinh dưỡng chung · ${T}`, target: `Dưới 2% (${src}, row 14)`, status: "met", why: `${UW + ST + BOTH + WA} of ${N} = 1,69% (G + I + K + N, as the notes count it): under the 2% cap` });
  s.expect(`P${r}|Q${r}`, { indicator: `Trẻ thừa cân, béo phì · ${T}`, target: `Không có trẻ thừa cân, béo phì (${src}, row 15)`, status: "met", why: "0 children overweight or obese" });
  notes(s, r + 4, "B", [
    "Ghi chú:",
    "- Cân đo lần 3 ngày 10/6/2020; đánh giá theo chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO).",
    "- Chỉ số BMI chỉ đo cho trẻ 4-5 tuổi (260 trẻ); các nhóm, lớp khác ghi \"-\".",
    "- Trẻ suy dinh dưỡng chung gồm các thể nhẹ cân, thấp còi, nhẹ cân và thấp còi, gầy còm (cột G + I + K + N).",
  ]);
  signature(s, r + 10, { col: "B", title: "NHÂN VIÊN Y TẾ", name: "Dương Thị Lan" }, { col: "L", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" });
  b.facts = {
    sheet: "Can do lan 3",
    headerRows: "8-9",
    nameColumn: "B (Nhóm, lớp)",
    target: "sheet Thong tin chung, rows 12-15 (the year's health targets in sentences, for the whole school)",
    actualColumns: "D (cân đo), E|F (bình thường), G|H (nhẹ cân), I|J (thấp còi), P|Q (thừa cân, béo phì) on row 24; C26|E26 (SDD chung, a formula line under the table)",
    ignoreColumns: "A (TT), K|L and M-O (no target of their own; counted in the SDD chung line), R (hidden: December's weigh-in)",
    totalRows: "24 (Toàn trường: SUM of rows 10-23; the only row judged)",
    otherRows: "10-23 (classes: not judged, the targets are the school's — sheet 1 row 16), 26 (SDD chung line), notes and signature",
    asOf: "2020-06-10",
    period: "2019-2020",
    notes: "The targets sit only on the general-information sheet, in sentences, and are the whole school's at the year's last weigh-in; the class rows are not judged. The page: 473 children, 465 normal (98,3%), 8 malnourished (1,7%): 1 underweight, 2 stunted, 2 both, 3 wasted. The BMI block is measured for 260 children; 257 normal (the page's 258 does not add up with 3 wasted, so the sheet shows only the wasted count). Caps under them are met.",
  };
  return b;
}
