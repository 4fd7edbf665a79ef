// Layout 154: a primary school's year-end results of its internal inspection (TH Trần Quốc Tuấn, Châu Đức, KH 08/KH-THTQT 2021-2022) per professional group: "ít nhất 1/3 số giáo viên" as a count target against each group's size, a Tốt+Khá share with a ROUND formula, a group not reported, a teacher on leave that changes the third.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kiểm tra hoạt động sư phạm nhà giáo theo tổ chuyên môn, năm học 2021-2022, Trường Tiểu học Trần Quốc Tuấn (Châu Đức)");
  const s = b.sheet("KQ kiem tra theo to");
  s.cols([5, 18, 10, 12, 8, 8, 8, 10, 12, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN CHÂU ĐỨC", "TRƯỜNG TH TRẦN QUỐC TUẤN"],
    date: "Xà Bang, ngày 20 tháng 5 năm 2022",
    title: ["TỔNG HỢP KẾT QUẢ KIỂM TRA NỘI BỘ NĂM HỌC 2021 - 2022", "Kiểm tra hoạt động sư phạm nhà giáo (theo Kế hoạch số 08/KH-THTQT ngày 14/10/2021)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tổ chuyên môn", head).merge("C8:C9", "Số GV của tổ", head).merge("D8:D9", "Số GV được kiểm tra", head);
  s.merge("E8:H8", "Xếp loại", head).merge("I8:I9", "Tỷ lệ Tốt, Khá (%)", head).merge("J8:J9", "Ghi chú", head);
  s.row("E9", ["Tốt", "Khá", "Đạt", "Chưa đạt"], head);
  s.row("A10", ["", "Chỉ tiêu", "", "Ít nhất 1/3 số GV của tổ", "", "", "", "", "Từ 80% trở lên", ""], { ...head, bold: false, italic: true });
  const rate = (r: number, res: number | string): CellInput => ({ v: `=IF(D${r}="","",ROUND((E${r}+F${r})/D${r}*100,1))`, result: res, fmt: "0.0" });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  type U = [string, number, number | "", number, number, number, number, string, Status, string, Status, string];
  const units: U[] = [
    ["Tổ 1", 6, 2, 1, 1, 0, 0, "", "met", "2 of 6 = 1/3 exactly", "exceeded", "2/2 = 100%"],
    ["Tổ 2", 5, 1, 1, 0, 0, 0, "", "not_met", "1 < 5/3 = 1,67", "exceeded", "1/1 = 100%"],
    ["Tổ 3", 6, 3, 1, 1, 1, 0, "", "exceeded", "3 of 6, over a third", "not_met", "2/3 = 66,7 < 80"],
    ["Tổ 4", 7, 2, 0, 2, 0, 0, "01 GV nghỉ thai sản từ tháng 10/2021", "review", "2/7 = 0,29 < 1/3 counting the teacher on leave, 2/6 = 1/3 without her: nothing says which", "exceeded", "2/2 = 100%"],
    ["Tổ 5", 6, "", 0, 0, 0, 0, "Chưa báo cáo", "no_data", "blank: the group has not reported", "no_data", "no inspections reported"],
    ["Tổ Bộ môn", 5, 2, 1, 1, 0, 0, "Âm nhạc, Mĩ thuật, Tiếng Anh, Tin học, GDTC", "exceeded", "2 of 5 = 0,4, over a third", "exceeded", "2/2 = 100%"],
  ];
  units.forEach((u, i) => {
    const r = 11 + i;
    const blank = u[2] === "";
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], blank ? "" : u[3], blank ? "" : u[4], blank ? "" : u[5], blank ? "" : u[6], rate(r, blank ? "" : r1(((u[3] + u[4]) / (u[2] as number)) * 100)), u[7]], { border: true, align: "center", wrap: true });
    s.expect(`D${r}`, { indicator: `${u[0]} · Số GV được kiểm tra hoạt động sư phạm`, target: `Ít nhất 1/3 của ${u[1]} GV`, status: u[8], why: u[9], ...(blank ? { actual: "(trống)" } : {}) });
    s.expect(`I${r}`, { indicator: `${u[0]} · Tỷ lệ xếp loại Tốt, Khá`, target: "Từ 80% trở lên", status: u[10], why: u[11], ...(blank ? { actual: "(trống)" } : {}) });
  });
  const rollUps = [" · Số GV được kiểm tra hoạt động sư phạm", " · Tỷ lệ xếp loại Tốt, Khá"].map((x) => s.rollUp(x, "tổ"));
  const tot = 17;
  const sum = (k: number) => units.reduce((a, u) => a + (typeof u[k] === "number" && u[2] !== "" ? (u[k] as number) : 0), 0);
  s.row(`A${tot}`, ["", "Toàn trường", { v: "=SUM(C11:C16)", result: units.reduce((a, u) => a + u[1], 0) }, { v: "=SUM(D11:D16)", result: sum(2) }, { v: "=SUM(E11:E16)", result: sum(3) }, { v: "=SUM(F11:F16)", result: sum(4) }, { v: "=SUM(G11:G16)", result: sum(5) }, { v: "=SUM(H11:H16)", result: sum(6) }, rate(tot, r1(((sum(3) + sum(4)) / sum(2)) * 100)), ""], { border: true, bold: true, align: "center" });
  s.expect(`D${tot}`, { indicator: "Toàn trường · Số GV được kiểm tra hoạt động sư phạm", target: "Ít nhất 1/3 của 35 GV", status: "no_data", why: "the SUM leaves out Tổ 5, not reported" });
  s.expect(`I${tot}`, { indicator: "Toàn trường · Tỷ lệ xếp loại Tốt, Khá", target: "Từ 80% trở lên", status: "no_data", why: "Tổ 5 not reported: the school share is incomplete" });
  notes(s, 19, "B", ["Ghi chú:", "- Chỉ tiêu theo Kế hoạch kiểm tra nội bộ: kiểm tra hoạt động sư phạm ít nhất 1/3 số giáo viên của mỗi tổ; giáo viên được kiểm tra xếp loại Tốt, Khá từ 80% trở lên.", "- Tỷ lệ Tốt, Khá tính trên số giáo viên được kiểm tra."]);
  signature(s, 23, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Ngọc" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Hùng" });
  b.facts = {
    sheet: "KQ kiem tra theo to",
    headerRows: "8-9 (merged Xếp loại group), 10 (Chỉ tiêu)",
    nameColumn: "B (Tổ chuyên môn)",
    target: "row 10: D \"Ít nhất 1/3 số GV của tổ\" (against column C), I \"Từ 80% trở lên\"",
    actualColumns: "D (count), I (IF/ROUND share over D)",
    ignoreColumns: "C (group size: the denominator), E-H (ratings: the numerator parts), J (Ghi chú)",
    totalRows: "17 (Toàn trường: SUM)",
    targetRows: "10",
    otherRows: "19-21 (notes), signature from 23",
    asOf: "2022-05-20",
    period: "2021-2022",
    rollUps,
    notes: "The count target is a third of each group's size. Tổ 4's teacher on leave changes the third. Tổ 5 did not report, so the school row is incomplete.",
  };
  return b;
}
