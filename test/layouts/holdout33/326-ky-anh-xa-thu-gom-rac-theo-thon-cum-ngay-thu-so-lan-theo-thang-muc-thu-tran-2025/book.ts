// Layout 326: a commune's household-waste collection by village for one month (UBND xã Kỳ Anh, Hà Tĩnh, November 2025): villages grouped under cluster rows that name the collection weekday, so the weekly-collection target means a different number of rounds per cluster (five Sundays and five Saturdays, four Tuesdays and four Fridays that month); a fee column against a cap written once in a requirement line ("không quá 30.000 đồng/hộ"); households sorting at source shown with no target for the month.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thu gom, vận chuyển rác thải sinh hoạt tháng 11/2025 theo thôn, UBND xã Kỳ Anh (Hà Tĩnh)");
  const s = b.sheet("Thu gom rac T11-2025");
  s.cols([5, 22, 9, 13, 10, 15, 15, 30]);
  titleBlock(s, {
    left: ["UBND XÃ KỲ ANH", "BAN QUẢN LÝ THU GOM RÁC THẢI"],
    date: "Kỳ Anh, ngày 01 tháng 12 năm 2025",
    title: ["KẾT QUẢ THU GOM, VẬN CHUYỂN RÁC THẢI SINH HOẠT THÁNG 11/2025", "(Theo lịch thu gom theo cụm thôn)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác tại nguồn", "Tỷ lệ (%)", "Số lần thu gom trong tháng", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], h);
  s.merge("A8:H8", "Yêu cầu: thu gom 01 lần/tuần vào ngày quy định của cụm thôn; mức thu bình quân 6.000 đồng/khẩu/tháng, không quá 30.000 đồng/hộ (hộ không kinh doanh).", { italic: true, border: true, wrap: true });
  // cluster title, weekday count, villages: [name, households, sorting, rounds, fee, note]
  type V = [string, number, number, number, number, string];
  const clusters: Array<[string, number, string, V[]]> = [
    ["Cụm 1 - thu gom ngày Chủ nhật", 5, "Chủ nhật (2, 9, 16, 23, 30/11)", [
      ["Đồng Phú", 214, 150, 5, 24000, ""], ["Đồng Tiến", 188, 121, 5, 23500, ""], ["Hải Vân", 246, 139, 4, 26000, "Nghỉ ngày 16/11 do mưa lớn"],
      ["Hồ Vân Giang", 173, 118, 5, 22000, ""], ["Yên Sơn", 132, 97, 5, 21500, ""], ["Đồng Trụ Đông", 205, 144, 5, 25000, ""], ["Đồng Trụ Tây", 198, 132, 5, 24500, ""]]],
    ["Cụm 2 (cụm Phú) - thu gom ngày Thứ Bảy", 5, "Thứ Bảy (1, 8, 15, 22, 29/11)", [
      ["Phú Tân", 156, 101, 5, 23000, ""], ["Phú Sơn", 142, 88, 5, 22500, ""], ["Phú Thượng", 167, 120, 5, 24000, ""], ["Phú Long", 121, 70, 5, 21000, ""],
      ["Phú Minh", 178, 126, 5, 31500, "Thu theo khẩu, nhiều hộ trên 5 khẩu"], ["Phú Trung", 149, 99, 4, 23500, "Xe hỏng ngày 22/11"], ["Phú Lợi", 133, 86, 5, 22000, ""], ["Phú Hải", 204, 152, 5, 30000, ""]]],
    ["Cụm 3 (cụm Tân) - thu gom ngày Thứ Ba", 4, "Thứ Ba (4, 11, 18, 25/11)", [
      ["Tân Thắng", 187, 129, 4, 24500, ""], ["Tân Đình", 164, 112, 4, 23000, ""], ["Tân Khê", 151, 93, 4, 22500, ""], ["Tân Giang", 219, 161, 4, 25500, ""],
      ["Tân Phan", 143, 90, 4, 21500, ""], ["Tân Thành", 176, 118, 4, 24000, ""], ["Tân Phòng", 158, 104, 4, 23500, ""]]],
    ["Cụm 4 - thu gom ngày Thứ Sáu", 4, "Thứ Sáu (7, 14, 21, 28/11)", [
      ["Hoàng Diệu", 231, 170, 4, 26500, ""], ["Hưng Phú", 162, 104, 4, 23000, ""], ["Bình Lợi", 145, 92, 3, 22000, "Nghỉ ngày 07/11, chưa thu bù"],
      ["Kim Nam Tiến", 198, 139, 4, 24500, ""], ["Hồ Hải", 126, 81, 4, 21500, ""], ["Tân An", 139, 95, 5, 22500, "Thu bổ sung ngày 30/11"], ["Sơn Thịnh", 152, 99, 4, 23000, ""], ["Minh Tiến", 170, 116, 4, 24000, ""]]],
  ];
  let r = 9;
  let n = 0;
  const first = r;
  for (const [title, rounds, days, villages] of clusters) {
    s.merge(`A${r}:H${r}`, `${title}: ${days}`, { bold: true, border: true });
    r++;
    for (const [name, hh, sorting, got, fee, note] of villages) {
      n++;
      s.row(`A${r}`, [String(n), name, hh, sorting, { v: `=ROUND(D${r}/C${r}*100,1)`, result: Math.round((sorting / hh) * 1000) / 10, fmt: "0.0" }, got, { v: fee, fmt: "#,##0" }, note], { border: true, align: "center" });
      s.set(`B${r}`, `Thôn ${name}`, { border: true });
      s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
      const st1: Status = got > rounds ? "exceeded" : got === rounds ? "met" : "not_met";
      s.expect(`F${r}`, { indicator: `Số lần thu gom trong tháng · Thôn ${name}`, target: `01 lần/tuần vào ${days.split(" (")[0]} (dòng Yêu cầu; ${rounds} ngày trong tháng 11/2025)`, status: st1, why: st1 === "met" ? `${got} rounds, one each ${days.split(" (")[0]}` : st1 === "exceeded" ? `${got} rounds against ${rounds} weekly days: an extra round` : `${got} of ${rounds} weekly rounds; the month is over` });
      const st2: Status = fee <= 30000 ? "met" : "not_met";
      s.expect(`G${r}`, { indicator: `Mức thu bình quân (đồng/hộ/tháng) · Thôn ${name}`, target: "Không quá 30.000 đồng/hộ (dòng Yêu cầu)", status: st2, why: st2 === "met" ? `${fee.toLocaleString("de-DE")} ≤ 30.000 (a cap; less is within)` : `${fee.toLocaleString("de-DE")} > 30.000` });
      r++;
    }
  }
  const last = r - 1;
  s.row(`A${r}`, ["", "Toàn xã", { v: `=SUM(C${first}:C${last})`, result: 5127 }, { v: `=SUM(D${first}:D${last})`, result: 3446 }, { v: `=ROUND(D${r}/C${r}*100,1)`, result: 67.2, fmt: "0.0" }, "", "", "30 thôn"], { border: true, bold: true, align: "center" });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 4, 5 theo dõi kết quả phân loại rác tại nguồn (03 nhóm: tái chế; chất thải thực phẩm; chất thải còn lại); chỉ tiêu 100% thôn thực hiện phân loại đánh giá khi kết thúc năm.",
    "- Thu gom bù ngoài lịch ghi tại cột Ghi chú.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hoài" }, { col: "F", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", name: "Trần Đình Phúc" });
  b.facts = {
    sheet: "Thu gom rac T11-2025",
    headerRows: "7 (a requirement line merged across row 8 under it)",
    nameColumn: "B (Thôn), under cluster rows that name the collection weekday",
    target: "row 8 (Yêu cầu): F once a week on the cluster's weekday (the cluster row gives the day and its dates); G not above 30.000 đồng/hộ",
    actualColumns: "F (Số lần thu gom trong tháng), G (Mức thu bình quân, đồng/hộ/tháng)",
    ignoreColumns: "A (TT), C (households), D and E (sorting at source: followed, target judged at the year's end), H (Ghi chú)",
    totalRows: "43 (Toàn xã: sums of C and D only; not judged)",
    otherRows: "9, 17, 26, 34 (cluster rows naming the weekday and its dates), notes and signature",
    asOf: "2025-11-30",
    period: "tháng 11/2025",
    notes: "A closed month. The weekly target becomes five rounds for the Sunday and Saturday clusters and four for the Tuesday and Friday clusters in November 2025 (the cluster rows list the dates). Three villages missed a round (not met); Tân An had an extra one (exceeded). The fee cap of 30.000 đồng/hộ is a maximum: Phú Hải's 30.000 is within, Phú Minh's 31.500 is over. The sorting columns have no target for the month.",
  };
  return b;
}
