// Layout 318: a district veterinary station's progress sheet for the spring rabies round on dogs, commune by commune (Trạm Thú y huyện Anh Sơn, Nghệ An, May 2017): the deadline only in a sentence over the table, a herd column and a plan column, the doses received with a date cell, the dogs vaccinated and a rate; read on 8/5 before the 20/5 deadline: communes still waiting for vaccine show 0 and are pending, one commune is done, one has vaccinated more dogs than planned.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ tiêm phòng vắc xin dại cho đàn chó đợt I năm 2017 theo xã, thị trấn, Trạm Thú y huyện Anh Sơn (Nghệ An)");
  const s = b.sheet("Tiem dai cho dot I");
  s.cols([5, 20, 11, 11, 11, 13, 11, 11, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN ANH SƠN", "TRẠM THÚ Y"],
    date: "Anh Sơn, ngày 08 tháng 5 năm 2017",
    title: ["TIẾN ĐỘ TIÊM PHÒNG VẮC XIN DẠI CHO ĐÀN CHÓ ĐỢT I NĂM 2017", "(Số liệu tính đến 17 giờ ngày 08/5/2017)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A9:I9", "Thời gian thực hiện: các xã, thị trấn tổ chức tiêm ngay khi nhận vắc xin, hoàn thành tiêm phòng dại chó đợt I trước ngày 20/5/2017 (Kế hoạch số 112/KH-UBND ngày 14/4/2017 của UBND huyện). Kế hoạch tiêm tính trên số chó trong diện tiêm (trừ chó dưới 1 tháng tuổi, chó mang thai).", { italic: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A11", ["TT", "Xã, thị trấn", "Tổng đàn chó (con)", "Kế hoạch tiêm (con)", "Vắc xin đã cấp (liều)", "Ngày nhận vắc xin", "Đã tiêm (con)", "Tỷ lệ so với kế hoạch (%)", "Ghi chú"], head);
  // name, herd, plan, doses, received (ISO or ""), vaccinated, note
  type U = [string, number, number, number, string, number, string];
  const units: U[] = [
    ["Thị trấn Anh Sơn", 1290, 1150, 0, "", 0, "Chưa nhận vắc xin, dự kiến cấp ngày 10/5"],
    ["Xã Thọ Sơn", 1580, 1420, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Thành Sơn", 1530, 1380, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Bình Sơn", 1830, 1650, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Tam Sơn", 1910, 1720, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Đỉnh Sơn", 1740, 1560, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Cẩm Sơn", 1650, 1480, 1550, "2017-05-03", 1536, "Đã xong; tiêm thêm chó mới đăng ký"],
    ["Xã Đức Sơn", 1770, 1590, 1600, "2017-05-03", 870, "Đang tiêm"],
    ["Xã Hùng Sơn", 1820, 1640, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Tường Sơn", 2690, 2420, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Hoa Sơn", 1920, 1730, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Tào Sơn", 2120, 1910, 1950, "2017-05-04", 1045, "Đang tiêm"],
    ["Xã Vĩnh Sơn", 1710, 1540, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Lạng Sơn", 2090, 1880, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Hội Sơn", 1380, 1240, 1250, "2017-05-02", 1240, "Hoàn thành ngày 06/5"],
    ["Xã Thạch Sơn", 1470, 1320, 1350, "2017-05-05", 420, "Đang tiêm"],
    ["Xã Phúc Sơn", 1730, 1560, 1600, "2017-05-02", 1512, "Cơ bản hoàn thành"],
    ["Xã Long Sơn", 2290, 2060, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Khai Sơn", 1790, 1610, 0, "", 0, "Chưa nhận vắc xin"],
    ["Xã Lĩnh Sơn", 2360, 2120, 2150, "2017-05-05", 388, "Đang tiêm"],
    ["Xã Cao Sơn", 2260, 2030, 0, "", 0, "Chưa nhận vắc xin"],
  ];
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const pct = (r: number, a: number, p: number, bold = false): CellInput => ({ v: `=ROUND(G${r}/D${r}*100,2)`, fmt: "0.00", border: true, align: "center", bold, result: Math.round((a / p) * 10000) / 100 });
  let r = 12;
  for (const [i, [name, herd, plan, doses, recv, done, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, herd, plan, doses, recv ? { v: recv, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" } : "", done, pct(r, done, plan), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = done > plan ? "exceeded" : done === plan ? "met" : "pending";
    s.expect(`G${r}|H${r}`, {
      indicator: `Số chó được tiêm phòng dại đợt I · ${name}`,
      target: `${plan} (column D, Kế hoạch tiêm), trước ngày 20/5/2017 (row 9)`,
      status: st,
      why: st === "met" ? `${done} of ${plan}: the plan done (on 6/5, before 20/5)` : st === "exceeded" ? `${done} against a plan of ${plan}: more dogs than planned, before 20/5` : done === 0 ? `0 of ${plan}: no vaccine received yet on 8/5; due before 20/5, so still pending` : `${done} of ${plan} (${vi((done / plan) * 100)}%) on 8/5; due before 20/5`,
    });
    r++;
  }
  // r = 33: the district
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}32)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S(1)), sum("D", S(2)), sum("E", S(3)), "", sum("G", S(5)), pct(r, S(5), S(2), true), "07/21 xã đã nhận vắc xin"], { border: true, bold: true, align: "center" });
  s.expect(`G${r}|H${r}`, { indicator: "Số chó được tiêm phòng dại đợt I · Toàn huyện", target: `${S(2)} (column D, SUM), trước ngày 20/5/2017`, status: "pending", why: `${S(5)} of ${S(2)} (${vi((S(5) / S(2)) * 100)}%) on 8/5; due before 20/5` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 3: tổng đàn chó theo kết quả rà soát của thôn, xóm tháng 3/2017; kế hoạch tiêm (cột 4) là số chó trong diện tiêm.",
    "- Các xã chưa nhận vắc xin sẽ được cấp trong các ngày 10-12/5/2017; yêu cầu hoàn thành đúng thời hạn.",
    "- Số chó tiêm vượt kế hoạch do hộ nuôi mới đăng ký bổ sung.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phan Văn Lộc" }, { col: "F", title: "TRƯỞNG TRẠM", name: "Nguyễn Đình Thắng" });
  b.facts = {
    sheet: "Tiem dai cho dot I",
    headerRows: "11",
    nameColumn: "B (Xã, thị trấn)",
    target: "column D (Kế hoạch tiêm: dogs to vaccinate per commune), due before 20/5/2017 (only in the sentence of row 9)",
    actualColumns: "G (Đã tiêm) or H (Tỷ lệ so với kế hoạch, ROUND formula on the 0-100 scale)",
    ignoreColumns: "A (TT), C (herd: a size, not the plan), E (doses received), F (date the vaccine arrived: date cells), I (Ghi chú)",
    totalRows: "33 (Toàn huyện: SUM of rows 12-32; judged against D's SUM)",
    targetRows: "9 (the deadline sentence)",
    otherRows: "notes and signature under the table",
    asOf: "2017-05-08",
    period: "đợt I năm 2017 (to 20/5/2017)",
    notes: "Read on 8/5/2017, twelve days before the deadline in row 9, so every commune below its plan is pending, the fourteen that show 0 because no vaccine has come yet included; Hội Sơn has done its plan (met) and Cẩm Sơn has vaccinated more dogs than planned (exceeded, the notes say why). The herd column is larger than the plan and is not the target; the doses column is what was delivered, not what was done.",
  };
  return b;
}
