// Layout 126: a commune's statistical return on health and population (Tiền Giang, biểu mẫu cấp xã under QĐ 2760/QĐ-UBND 2018), with a code column, a unit column and the commune council's year plan beside the result.
import { Book, type CellInput, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu mẫu thống kê cấp xã: một số chỉ tiêu y tế, dân số năm 2019, UBND xã Long Định (Châu Thành, Tiền Giang)");
  const s = b.sheet("05-X-YTDS");
  s.cols([50, 8, 14, 12, 14, 12, 11]);
  const c = { align: "center" as const };
  s.merge("A1:A1", "Biểu số: 05/X-YTDS", { bold: true });
  s.set("A2", "Ban hành kèm theo Quyết định số 2760/QĐ-UBND ngày 28/9/2018 của Chủ tịch UBND tỉnh Tiền Giang", { italic: true, wrap: true });
  s.set("A3", "Ngày nhận báo cáo: ngày 10 tháng 01 năm sau", { italic: true });
  s.merge("B1:D1", "MỘT SỐ CHỈ TIÊU Y TẾ, DÂN SỐ", { ...c, bold: true, size: 13 });
  s.merge("B2:D2", "Năm 2019", { ...c, bold: true });
  s.merge("E1:G1", "Đơn vị báo cáo: UBND xã Long Định", { wrap: true });
  s.merge("E2:G2", "Đơn vị nhận báo cáo: Chi cục Thống kê huyện Châu Thành", { wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const h = 5;
  s.row(`A${h}`, ["Tên chỉ tiêu", "Mã số", "Đơn vị tính", "Thực hiện năm 2018", "Kế hoạch năm 2019 (NQ HĐND xã)", "Thực hiện năm 2019", "Năm 2019 so với KH (%)"], head);
  s.row(`A${h + 1}`, ["A", "B", "C", "1", "2", "3", "4=3/2"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  type R = [string, string, string, CellInput, CellInput, CellInput, Status | null, string];
  const secA: R[] = [
    ["1. Số trạm y tế có bác sĩ làm việc", "01", "Trạm", 1, 1, 1, "met", "1 = 1"],
    ["2. Số giường bệnh tại trạm y tế", "02", "Giường", 5, 5, 5, "met", "5 = 5"],
    ["3. Số nhân viên y tế ấp hoạt động", "03", "Người", 9, 10, 9, "not_met", "9 < 10"],
    ["4. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "04", "%", 97.1, 95, 96.3, "exceeded", "96,3 > 95"],
    ["5. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "05", "%", 6.2, "Dưới 6", 5.8, "met", "5,8 < 6"],
    ["6. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "06", "%", 11.4, "≤ 11", 11, "met", "11,0 ≤ 11, inclusive"],
    ["7. Số ca tử vong mẹ", "07", "Người", 0, 0, 0, "met", "none, as planned"],
    ["8. Tỷ lệ dân số tham gia bảo hiểm y tế", "08", "%", 86.7, 88, { v: 0.885, pct: true, fmt: "0.0%" }, "exceeded", "a percent cell 88,5% under ĐVT %: 88,5 > 88"],
    ["9. Xã đạt Bộ tiêu chí quốc gia về y tế", "09", "-", "Đạt", "Duy trì", "Đạt", "met", "\"Duy trì\" the standard: still Đạt"],
  ];
  const secB: R[] = [
    ["10. Dân số trung bình", "10", "Người", 21540, "", 21688, null, ""],
    ["   Trong đó: Nữ", "11", "Người", 10912, "", 10980, null, ""],
    ["11. Số trẻ em sinh ra trong năm", "12", "Trẻ", 268, 265, 259, "review", "a planned number of births has no direction on the sheet: as a floor 259 < 265 is short, as a ceiling it is met"],
    ["12. Tỷ lệ sinh con thứ 3 trở lên", "13", "%", 5.9, "Giảm 0,2 so với năm 2018", 5.8, "not_met", "2018 was 5,9 (column 1): the plan asks for 5,7 at most; 5,8 falls 0,1 only"],
    ["13. Tỷ số giới tính khi sinh", "14", "Số bé trai/100 bé gái", 110.2, "Dưới 110", 109.5, "met", "109,5 < 110"],
    ["14. Số người mới sử dụng biện pháp tránh thai hiện đại", "15", "Người", 402, 410, "", "no_data", "blank: the commune sent no figure"],
    ["15. Tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", "16", "%", 62, 70, 70, "met", "70 = 70"],
    ["16. Tỷ lệ trẻ sơ sinh được sàng lọc", "17", "%", 78, 85, { v: 84.96, fmt: "0.0" }, "not_met", "84,96 (shown 85,0) < 85"],
  ];
  let r = h + 2;
  const secRows: number[] = [];
  const put = (title: string, rows: R[]) => {
    s.row(`A${r}`, [title, "", "", "", "", "", ""], { ...bd, bold: true });
    secRows.push(r++);
    for (const x of rows) {
      const fv = x[5];
      const fNum = typeof fv === "number" ? fv : typeof fv === "object" && fv !== null && typeof fv.v === "number" ? (fv.pct ? fv.v * 100 : fv.v) : null;
      const ratio = typeof x[4] === "number" && x[4] > 0 && fNum !== null && !(typeof fv === "object" && fv?.pct) ? { v: `=ROUND(F${r}/E${r}*100,1)`, fmt: "0.0" as const, result: Math.round((fNum / x[4]) * 1000) / 10 } : "";
      s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], ratio], { border: true });
      s.set(`A${r}`, x[0], bd);
      if (x[6]) s.expect(`F${r}`, { indicator: x[0].replace(/^\d+\. /, ""), target: String(x[4]).replace(".", ","), status: x[6], why: x[7] });
      r++;
    }
  };
  put("A. Y TẾ", secA);
  put("B. DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH", secB);
  s.set(`A${r + 1}`, "Ghi chú: Cột 2 ghi theo Nghị quyết HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2019; chỉ tiêu nào không giao kế hoạch thì để trống.", { italic: true, wrap: true });
  signature(s, r + 3, { col: "A", title: "Người lập biểu", name: "Nguyễn Thị Mỹ Linh" }, { col: "E", title: "CHỦ TỊCH UBND XÃ", name: "Võ Văn Phúc", place: "Long Định, ngày 08 tháng 01 năm 2020" });
  b.facts = {
    sheet: "05-X-YTDS",
    headerRows: `${h} (row ${h + 1} numbers the columns A, B, C, 1-4 with "4=3/2")`,
    nameColumn: "A (Tên chỉ tiêu)",
    target: "column E (Kế hoạch năm 2019: numbers, \"Dưới 6\", \"≤ 11\", \"Duy trì\", \"Giảm 0,2 so với năm 2018\")",
    actualColumns: "F (Thực hiện năm 2019)",
    ignoreColumns: "B (Mã số), C (ĐVT: the unit, read with the figure), D (Thực hiện năm 2018: last year, the baseline for row 13's reduction), G (ratio formula)",
    otherRows: `1-3 (form number, issuing decision, due date, reporting and receiving units), ${h + 1} (column numbers), ${secRows.join(", ")} (sections A, B), ${secRows[1] + 1}-${secRows[1] + 2} (population and its \"Trong đó\" row: no plan), ${r + 1} (note), signature below`,
    asOf: "2020-01-10",
    period: "2019",
    notes: "A statistical form, not a report: no title block, a code column and a unit column before the figures. The ratio column is derived. The 2018 column is the baseline only where the plan says \"so với năm 2018\".",
  };
  return b;
}
