// Layout 292: a district military command's pre-screening for the 2018 call-up by commune (Ban CHQS huyện Lục Ngạn, Bắc Giang, November 2017): communes as rows, the commune's quota of young men to send to the district medical board in its own column after the result, a signed "Thừa (+) / Thiếu (-)" column by formula beside it, an attendance rate with no target, a SUM row; the pre-screening is over: short is not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả sơ tuyển sức khỏe nghĩa vụ quân sự năm 2018 theo xã, thị trấn, Ban CHQS huyện Lục Ngạn (Bắc Giang)");
  const s = b.sheet("So tuyen NVQS 2018");
  s.cols([5, 18, 12, 11, 9, 12, 12, 11, 24]);
  titleBlock(s, {
    left: ["HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ", "HUYỆN LỤC NGẠN"],
    date: "Lục Ngạn, ngày 24 tháng 11 năm 2017",
    title: ["TỔNG HỢP KẾT QUẢ SƠ TUYỂN SỨC KHỎE CÔNG DÂN NHẬP NGŨ NĂM 2018", "(Thực hiện Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Xã, thị trấn", "Công dân trong diện đăng ký, quản lý", "Điều khám lên trạm", "Tỷ lệ lên trạm (%)", "Đủ điều kiện khám tuyển cấp huyện", "Chỉ tiêu điều khám cấp huyện", "Thừa (+) / Thiếu (-)", "Ghi chú"], head);
  s.row("A8", ["1", "2", "3", "4", "5=4/3", "6", "7", "8=6-7", "9"], { italic: true, align: "center", border: true });
  // name, registered, examined, fit for the district board, quota, note
  type U = [string, number, number, number, number, string];
  const units: U[] = [
    ["Thị trấn Chũ", 112, 101, 74, 70, ""],
    ["Xã Cấm Sơn", 64, 60, 45, 42, ""],
    ["Xã Hộ Đáp", 71, 66, 50, 48, ""],
    ["Xã Biên Sơn", 88, 80, 58, 55, ""],
    ["Xã Thanh Hải", 96, 88, 62, 60, ""],
    ["Xã Kiên Thành", 90, 81, 60, 60, ""],
    ["Xã Kiên Lao", 84, 75, 54, 52, ""],
    ["Xã Nghĩa Hồ", 102, 91, 66, 64, ""],
    ["Xã Hồng Giang", 95, 84, 60, 58, ""],
    ["Xã Tân Mộc", 68, 62, 46, 46, ""],
    ["Xã Trù Hựu", 99, 70, 38, 52, "Thiếu 14 chỉ tiêu"],
    ["Xã Đồng Cốc", 77, 55, 34, 46, "Thiếu 12 chỉ tiêu"],
    ["Xã Phú Nhuận", 81, 68, 44, 50, "Thiếu 6 chỉ tiêu"],
    ["Xã Đèo Gia", 70, 54, 34, 42, "Thiếu 8 chỉ tiêu"],
    ["Xã Phong Minh", 62, 41, 25, 38, "Thiếu 13 chỉ tiêu"],
    ["Xã Sa Lý", 58, 38, 22, 34, "Thiếu 12 chỉ tiêu"],
  ];
  const pct = (r: number, n: number, d: number): CellInput => ({ v: `=ROUND(D${r}/C${r}*100,1)`, fmt: "0.0", border: true, align: "center", result: Math.round((n / d) * 1000) / 10 });
  let r = 9;
  for (const [i, [name, reg, exam, fit, quota, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, reg, exam, pct(r, exam, reg), fit, quota, { v: `=F${r}-G${r}`, result: fit - quota, border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, italic: true });
    const st: Status = fit > quota ? "exceeded" : fit === quota ? "met" : "not_met";
    s.expect(`F${r}`, { indicator: `Công dân đủ điều kiện khám tuyển cấp huyện · ${name}`, target: `${quota} (column G, Chỉ tiêu điều khám cấp huyện)`, status: st, why: st === "met" ? `${fit} of ${quota}: exactly the quota` : st === "exceeded" ? `${fit} against ${quota}: ${fit - quota} more than the quota` : `${fit} against ${quota}: ${quota - fit} short (column H ${fit - quota}); the pre-screening is over` });
    r++;
  }
  // r = 25: the district
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}9:${c}24)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S(1)), sum("D", S(2)), pct(r, S(2), S(1)), sum("F", S(3)), sum("G", S(4)), { v: `=F${r}-G${r}`, result: S(3) - S(4), border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`F${r}`, { indicator: "Công dân đủ điều kiện khám tuyển cấp huyện · Toàn huyện", target: `${S(4)} (column G, SUM)`, status: S(3) >= S(4) ? (S(3) > S(4) ? "exceeded" : "met") : "not_met", why: `${S(3)} against ${S(4)}: the district's surplus communes do not make up for six communes short (the quota is per commune; the total is judged against the sum)` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 7: chỉ tiêu số công dân đủ điều kiện điều khám tuyển cấp huyện Hội đồng NVQS huyện giao cho từng xã, thị trấn.",
    "- Sơ tuyển kết thúc ngày 20/11/2017; khám tuyển cấp huyện từ ngày 12/12 đến 20/12/2017.",
    "- Cột 5 chỉ để theo dõi, không giao chỉ tiêu.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Thượng úy Nông Văn Tài" }, { col: "F", title: "TM. HỘI ĐỒNG NVQS HUYỆN", name: "Nguyễn Văn Lương" });
  b.facts = {
    sheet: "So tuyen NVQS 2018",
    headerRows: "7 (with a column-number row 8: \"5=4/3\", \"8=6-7\")",
    nameColumn: "B (Xã, thị trấn)",
    target: "column G (Chỉ tiêu điều khám cấp huyện: a count per commune, after the result column)",
    actualColumns: "F (Đủ điều kiện khám tuyển cấp huyện)",
    ignoreColumns: "A (TT), C (registered), D (examined), E (attendance rate: no target), H (Thừa/Thiếu = F − G, derived), I (Ghi chú)",
    totalRows: "25 (Toàn huyện: SUM of rows 9-24; judged against G's SUM)",
    otherRows: "8 (column numbers), notes and signature under the table",
    asOf: "2017-11-24",
    period: "2018 call-up",
    notes: "The pre-screening ended on 20/11/2017, so each commune's count of young men fit for the district board is final against its quota: above is exceeded, equal met (Kiên Thành 60/60, Tân Mộc 46/46), below not met (the six communes the notes name). Column H is only F − G; column E is an attendance rate with no target. The target column comes after the result.",
  };
  return b;
}
