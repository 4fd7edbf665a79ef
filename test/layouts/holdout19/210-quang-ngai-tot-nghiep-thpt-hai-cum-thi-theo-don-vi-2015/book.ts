// Layout 210: a provincial education department's graduation table for the 2015 national upper-secondary exam by school (Quảng Ngãi, 88,56%): two exam clusters as merged column groups (inter-provincial / local), each with entrants, passes and an IF-ROUND rate, combined columns with a ROUND rate, a target column per school, the province row on top with typed cluster figures, a column-number row, a hidden 2014 column, a school awaiting re-marking, 80,00 at its target, 82,40 under 82,5.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tốt nghiệp THPT năm 2015 theo đơn vị so với chỉ tiêu giao, Sở GD&ĐT Quảng Ngãi (trích)");
  const s = b.sheet("TN THPT 2015");
  s.cols([5, 34, 9, 9, 10, 9, 9, 10, 9, 9, 10, 13, 11, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Ngãi, ngày 27 tháng 7 năm 2015",
    title: ["KẾT QUẢ XÉT CÔNG NHẬN TỐT NGHIỆP THPT NĂM 2015 THEO ĐƠN VỊ", "(Trích; thí sinh là học sinh lớp 12 năm học 2014-2015, không tính thí sinh tự do)"],
    leftSpan: ["A", "B"],
    rightSpan: ["F", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Đơn vị", head);
  s.merge("C8:H8", "Kết quả theo cụm thi", head);
  s.merge("C9:E9", "Cụm thi liên tỉnh (Trường ĐH Quy Nhơn chủ trì)", head).merge("F9:H9", "Cụm thi địa phương (Sở GD&ĐT chủ trì)", head);
  s.row("C10", ["Dự thi", "Đỗ TN", "Tỷ lệ (%)", "Dự thi", "Đỗ TN", "Tỷ lệ (%)"], head);
  s.merge("I8:K9", "Chung", head).row("I10", ["Dự thi", "Đỗ TN", "Tỷ lệ (%)"], head);
  s.merge("L8:L10", "Chỉ tiêu tỷ lệ đỗ TN năm 2015 (%)", head).merge("M8:M10", "Tỷ lệ đỗ TN năm 2014 (%)", head).merge("N8:N10", "Ghi chú", head);
  s.row("A11", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)=(3)+(6)", "(10)=(4)+(7)", "(11)", "(12)", "(13)", "(14)"], { border: true, italic: true, align: "center" });
  s.hideCols("M");
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  const rate = (n: string, d: string, r: number, num: number, den: number): CellInput => ({ v: `=IF(${d}${r}=0,"-",ROUND(${n}${r}/${d}${r}*100,2))`, result: den === 0 ? "-" : r2((num / den) * 100), fmt: "0.00" });
  // [đơn vị, LT dự thi, LT đỗ, ĐP dự thi, ĐP đỗ, chỉ tiêu, 2014, ghi chú, status, why (null = from the arithmetic)]
  type U = [string, number, number, number, number, number, number, string, Status | null, string | null];
  const province: U = ["Toàn tỉnh", 9467, 8925, 5039, 3922, 90, 91.35, "53 đơn vị dự thi", null, null];
  const units: U[] = [
    ["THPT chuyên Lê Khiết", 298, 298, 0, 0, 100, 100, "", null, null],
    ["THPT Trần Quốc Tuấn", 520, 498, 140, 112, 92, 93.1, "", null, null],
    ["THPT Bình Sơn", 410, 392, 230, 181, 90, 92.6, "", null, null],
    ["THPT Sơn Mỹ", 250, 236, 190, 150, 85, 86.4, "", null, null],
    ["THPT Lý Sơn", 120, 116, 95, 79, 90, 95.2, "", null, null],
    ["THPT số 2 Nghĩa Hành", 150, 139, 200, 141, 80, 82, "", null, null],
    ["THPT Trà Bồng", 90, 84, 160, 122, 82.5, 84.7, "", null, null],
    ["THPT Ba Tơ", 80, 71, 170, 128, 80, 81.3, "06 bài thi của 06 thí sinh chưa đỗ đang phúc khảo", "pending", "199/250 = 79,60 under 80, but six failed candidates' papers are being re-marked: if one passes it reaches 80,00 (200/250), so the school's rate is not final yet"],
    ["Trung tâm DN-GDTX-HN tỉnh", 0, 0, 160, 40, 40, 36.5, "Hệ GDTX", null, null],
  ];
  const write = (u: U, r: number, bold: boolean) => {
    const [name, c, d, f, g, kh, y14, note] = u;
    s.row(`A${r}`, [bold ? "" : r - 12, name, c, d, rate("D", "C", r, d, c), f, g, rate("G", "F", r, g, f), { v: `=C${r}+F${r}`, result: c + f }, { v: `=D${r}+G${r}`, result: d + g }, { v: `=ROUND(J${r}/I${r}*100,2)`, result: r2(((d + g) / (c + f)) * 100), fmt: "0.00" }, kh, { v: y14, fmt: "0.00" }, note], { border: true, align: "center", wrap: true, bold });
    s.set(`B${r}`, name, { border: true, wrap: true, bold });
    s.set(`N${r}`, note, { border: true, wrap: true });
  };
  const judge = (u: U, r: number, extra = "") => {
    const [name, c, d, f, g, kh, , , st, why] = u;
    const p = r2(((d + g) / (c + f)) * 100);
    const status: Status = st ?? (p > kh ? "exceeded" : p === kh ? "met" : "not_met");
    const khs = String(kh).replace(".", ",");
    s.expect(`K${r}|J${r}`, { indicator: `${name} · Tỷ lệ học sinh đỗ tốt nghiệp THPT`, target: `${khs}% (cột Chỉ tiêu)`, status, why: why ?? `${d + g}/${c + f} = ${vi(p)}${p === kh ? ", at the target" : p > kh ? ` above ${khs}` : ` under ${khs}`}${extra}` });
  };
  write(province, 12, true);
  units.forEach((u, i) => write(u, 13 + i, false));
  judge(province, 12, " (the province's own target; even if all six re-marked papers at Ba Tơ passed it would be 88,60)");
  units.forEach((u, i) => judge(u, 13 + i));
  const last = 12 + units.length;
  const rollUps = [s.rollUp(" · Tỷ lệ học sinh đỗ tốt nghiệp THPT", "đơn vị")];
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Trích các đơn vị có tỷ lệ cao nhất, thấp nhất và các đơn vị miền núi, hải đảo; dòng Toàn tỉnh tính trên tất cả 53 đơn vị.",
    "- Chỉ tiêu tỷ lệ đỗ tốt nghiệp giao cho từng đơn vị tại Kế hoạch năm học 2014-2015 của Sở; tỷ lệ tính trên số thí sinh dự thi.",
    "- Kết quả đã bao gồm phúc khảo, trừ THPT Ba Tơ còn 06 bài thi đang phúc khảo.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Võ Thị Minh Thư" }, { col: "K", title: "TRƯỞNG PHÒNG KT&KĐCLGD", name: "Huỳnh Văn Phúc" });
  b.facts = {
    sheet: "TN THPT 2015",
    headerRows: "8-10 (three levels: cluster group, cluster, measure), 11 (column numbers)",
    nameColumn: "B (Đơn vị)",
    target: "column L (Chỉ tiêu tỷ lệ đỗ TN năm 2015 (%), one per unit; the province row's own)",
    actualColumns: "K (Chung · Tỷ lệ: ROUND of J over I)",
    ignoreColumns: "A (TT), C-H (per cluster: entrants, passes, IF-ROUND rates without a target), I-J (combined counts), M (hidden: 2014), N (Ghi chú)",
    totalRows: "12 (Toàn tỉnh, on top: typed cluster figures for all 53 units, not a SUM of the extract; judged against its own 90)",
    targetRows: "none",
    otherRows: `11 (column numbers); notes ${last + 2}-${last + 5}; signature from ${last + 7}`,
    asOf: "2015-07-27",
    period: "Kỳ thi THPT quốc gia năm 2015",
    rollUps,
    notes: "Two exam clusters as column groups; only the combined rate has a target (column L). 80,00 at its target (met), 82,40 under 82,5, 89,53 under 90; Lê Khiết's local cluster is empty (\"-\"), the GDTX centre's inter-provincial cluster too. Ba Tơ's 79,60 awaits six re-marked papers (pending). The province row is on top and is not the sum of the rows shown.",
  };
  return b;
}
