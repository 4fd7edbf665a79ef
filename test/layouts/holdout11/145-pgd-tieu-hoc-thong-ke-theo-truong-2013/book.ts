// Layout 145: a district education office's year-end statistics of its primary schools against the targets it set (2012-2013): typed and text percents, a count-and-ROUND-rate pair under "Không quá 1%" (inclusive), classroom counts written as "20/22 phòng" against a share, a hidden last-year column, a school that did not report, a district row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê một số chỉ tiêu giáo dục tiểu học theo trường, cuối năm học 2012-2013 (Phòng GD&ĐT huyện)");
  const s = b.sheet("TH theo truong");
  s.cols([5, 22, 10, 14, 10, 10, 12, 16, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN ..........", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: ".........., ngày 10 tháng 6 năm 2013",
    title: ["THỐNG KÊ MỘT SỐ CHỈ TIÊU GIÁO DỤC TIỂU HỌC THEO TRƯỜNG", "Cuối năm học 2012 - 2013"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:C9", "Tổng số học sinh", head).merge("D8:D9", "Tỷ lệ trẻ 6 tuổi vào lớp 1 (%)", head);
  s.merge("E8:F8", "Học sinh lưu ban", head).merge("G8:G9", "Tỷ lệ lưu ban năm học 2011-2012 (%)", head).merge("H8:H9", "Phòng học kiên cố / tổng số phòng học", head).merge("I8:I9", "Ghi chú", head);
  s.row("E9", ["Số HS", "Tỷ lệ (%)"], head);
  s.row("A10", ["", "Chỉ tiêu Phòng GD&ĐT giao", "", "100%", "", "Không quá 1%", "", "Từ 80% trở lên", ""], { ...head, bold: false, italic: true });
  const rate = (r: number, res: number): CellInput => ({ v: `=ROUND(E${r}/C${r}*100,1)`, result: res, fmt: "0.0" });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  type U = [string, number, CellInput, number, number, string, string];
  const units: U[] = [
    ["TH Thị trấn", 620, { v: 100, fmt: "0.0" }, 4, 0.9, "20/22 phòng", ""],
    ["TH Xuân Phú", 415, { v: 99.2, fmt: "0.0" }, 5, 1.4, "10/14 phòng", "02 trẻ khuyết tật học hòa nhập muộn 1 năm"],
    ["TH Xuân Lộc", 380, "100%", 3, 0.5, "8/10 phòng", ""],
    ["TH Xuân Sơn", 300, { v: 98.7, fmt: "0.0" }, 3, 1.3, "6/12 phòng", "Trường vùng khó khăn, 3 điểm lẻ"],
    ["TH Xuân Thành", 260, "", 2, 0.4, "9/9 phòng", "Chưa gửi số liệu điều tra trẻ 6 tuổi"],
    ["TH Xuân Hòa", 240, { v: 100, fmt: "0.0" }, 0, 0.0, "0/8 phòng", "Đang xây dựng 8 phòng học"],
  ];
  units.forEach((u, i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], u[3], rate(r, r1((u[3] / u[1]) * 100)), { v: u[4], fmt: "0.0" }, u[5], u[6]], { border: true, align: "center", wrap: true });
  });
  s.hideCols("G");
  const tot = 17;
  const C = units.reduce((a, u) => a + u[1], 0), E = units.reduce((a, u) => a + u[3], 0);
  s.row(`A${tot}`, ["", "Toàn huyện", { v: "=SUM(C11:C16)", result: C }, { v: 99.6, fmt: "0.0" }, { v: "=SUM(E11:E16)", result: E }, rate(tot, r1((E / C) * 100)), { v: 0.8, fmt: "0.0" }, "53/75 phòng", "Tỷ lệ trẻ 6 tuổi tính trên 5 trường đã báo cáo"], { border: true, bold: true, align: "center", wrap: true });
  const v: [Status, string, Status, string, Status, string][] = [
    ["met", "100,0 at 100%", "met", "4/620 = 0,6%", "exceeded", "20/22 = 90,9%"],
    ["review", "99,2 < 100%, but the note puts the shortfall on 02 disabled children entering a year late (hòa nhập): whether the 100% counts them the row does not say", "not_met", "5/415 = 1,2%", "not_met", "10/14 = 71,4%"],
    ["met", "\"100%\" typed as text", "met", "3/380 = 0,8%", "met", "8/10 = 80,0% at the floor"],
    ["not_met", "98,7 < 100%", "met", "3/300 = 1,0%: at \"Không quá 1%\" (inclusive)", "not_met", "6/12 = 50,0%"],
    ["no_data", "blank: the survey not sent (note)", "met", "2/260 = 0,8%", "exceeded", "9/9 = 100%"],
    ["met", "100,0", "met", "0 pupils", "not_met", "0/8: none yet (rooms being built)"],
  ];
  units.forEach((u, i) => {
    const r = 11 + i;
    const [a, aw, p, pw, h, hw] = v[i];
    s.expect(`D${r}`, { indicator: `${u[0]} · Tỷ lệ trẻ 6 tuổi vào lớp 1`, target: "100%", status: a, why: aw, ...(u[2] === "" ? { actual: "(trống)" } : {}) });
    s.expect(`F${r}|E${r}`, { indicator: `${u[0]} · Tỷ lệ học sinh lưu ban`, target: "Không quá 1%", status: p, why: pw });
    s.expect(`H${r}`, { indicator: `${u[0]} · Tỷ lệ phòng học kiên cố`, target: "Từ 80% trở lên", status: h, why: hw });
  });
  const rollUps = [" · Tỷ lệ trẻ 6 tuổi vào lớp 1", " · Tỷ lệ học sinh lưu ban", " · Tỷ lệ phòng học kiên cố"].map((x) => s.rollUp(x, "trường"));
  s.expect(`D${tot}`, { indicator: "Toàn huyện · Tỷ lệ trẻ 6 tuổi vào lớp 1", target: "100%", status: "not_met", why: "99,6 < 100% even on the five schools that reported (a missing school cannot raise it to 100%), and TH Xuân Sơn's 98,7 keeps it short whichever way TH Xuân Phú's two disabled children are counted" });
  s.expect(`F${tot}|E${tot}`, { indicator: "Toàn huyện · Tỷ lệ học sinh lưu ban", target: "Không quá 1%", status: "met", why: `${E}/${C} = 0,8%` });
  s.expect(`H${tot}`, { indicator: "Toàn huyện · Tỷ lệ phòng học kiên cố", target: "Từ 80% trở lên", status: "not_met", why: "53/75 = 70,7%" });
  notes(s, 19, "B", ["Ghi chú:", "- Cột tỷ lệ lưu ban năm học 2011-2012 để so sánh (ẩn khi in).", "- Phòng học kiên cố ghi theo dạng: số phòng kiên cố / tổng số phòng học."]);
  signature(s, 23, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Phạm Văn Tùng" }, { col: "F", title: "TRƯỞNG PHÒNG", name: ".........." });
  b.facts = {
    sheet: "TH theo truong",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu Phòng GD&ĐT giao)",
    nameColumn: "B (Trường)",
    target: "row 10: D \"100%\", F \"Không quá 1%\" (inclusive cap), H \"Từ 80% trở lên\"",
    actualColumns: "D (typed percents, \"100%\" as text, a blank), F (ROUND rate over C with the count E), H (\"a/b phòng\" text: the share a/b)",
    ignoreColumns: "C (pupils, the denominator), G (hidden, last year), I (Ghi chú)",
    totalRows: "17 (Toàn huyện)",
    targetRows: "10",
    otherRows: "19-21 (notes), signature from 23",
    asOf: "2013-06-10",
    period: "2012-2013",
    rollUps,
    notes: "Classroom figures are written as \"kiên cố / tổng số phòng\" with the unit in the cell; the share is judged. The district's 6-year-old rate leaves out one school but is already below 100%.",
  };
  return b;
}
