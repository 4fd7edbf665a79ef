// Layout 132: a province's rural water and sanitation programme results for 2013 by district against the 2013 plan (Hà Nam, Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn năm 2014, Phần I), province row on top, a band target, a hidden 2012 column, a 2015 goal column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu 01: Kết quả thực hiện các chỉ tiêu Chương trình MTQG Nước sạch và VSMT nông thôn năm 2013 theo huyện, thành phố, tỉnh Hà Nam");
  const s = b.sheet("Bieu 01 KQ 2013");
  s.cols([5, 30, 10, 10, 10, 10, 10, 10, 10, 12, 28]);
  titleBlock(s, {
    left: ["UBND TỈNH HÀ NAM", "BAN ĐIỀU HÀNH CHƯƠNG TRÌNH", "MTQG NƯỚC SẠCH VÀ VSMT"],
    date: "Hà Nam, ngày 20 tháng 01 năm 2014",
    title: ["BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2013", "(Kèm theo Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014 - Phần I: Đánh giá kết quả thực hiện năm 2013)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const h = 9;
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge(`A${h}:A${h + 1}`, "TT", head).merge(`B${h}:B${h + 1}`, "Đơn vị", head);
  s.merge(`C${h}:E${h}`, "Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh (%)", head);
  s.merge(`F${h}:G${h}`, "Tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh (%)", head);
  s.merge(`H${h}:I${h}`, "Công trình cấp nước tập trung hoàn thành (công trình)", head);
  s.merge(`J${h}:J${h + 1}`, "Mục tiêu đến năm 2015: nước HVS (%)", head).merge(`K${h}:K${h + 1}`, "Ghi chú", head);
  s.row(`C${h + 1}`, ["TH 2012", "KH 2013", "TH 2013", "KH 2013", "TH 2013", "KH 2013", "TH 2013"], head);
  type Row = [string, string, number, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput, number, string];
  const rows: Row[] = [
    ["", "Toàn tỉnh", 83.1, 85, 85.6, "60-62", 61, 8, 7, 90, ""],
    ["1", "Huyện Duy Tiên", 86.5, 88, 88.4, 63, 62.5, 2, 2, 92, ""],
    ["2", "Huyện Kim Bảng", 80.2, 82, 81.7, 58, 58, 1, 1, 88, ""],
    ["3", "Huyện Thanh Liêm", 81.4, 83, 84.1, 57, 59.3, 2, 1, 88, "01 công trình chuyển tiếp sang năm 2014"],
    ["4", "Huyện Bình Lục", 84.3, 86, "86%", 60, 57.8, 1, 1, 90, ""],
    ["5", "Huyện Lý Nhân", 85.2, 87, "", 64, 65.1, 2, 2, 92, "Nước HVS: số liệu đang rà soát"],
    ["6", "TP Phủ Lý (khu vực nông thôn)", 91, 92, 93.5, 70, 71.2, "-", "-", 95, "Không có công trình trong kế hoạch"],
  ];
  rows.forEach((x, i) => {
    const r = h + 2 + i;
    const st = { border: true, align: "center" as const, bold: i === 0 };
    s.row(`A${r}`, x.map((v, k) => (typeof v === "number" && k >= 2 && k <= 6 ? { v, fmt: "0.0" as const } : v)), st);
  });
  s.hideCols("C");
  const e = (cell: string, unit: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator: `${unit} · ${indicator}`, target, status, why });
  const NS = "Nước hợp vệ sinh", NT = "Nhà tiêu hợp vệ sinh", CT = "Công trình cấp nước tập trung";
  e("E11", "Toàn tỉnh", NS, "85", "exceeded", "85,6 > 85");
  e("G11", "Toàn tỉnh", NT, "60-62", "met", "61,0 inside the band 60-62");
  e("I11", "Toàn tỉnh", CT, "8", "not_met", "7 < 8");
  e("E12", "Huyện Duy Tiên", NS, "88", "exceeded", "88,4 > 88");
  e("G12", "Huyện Duy Tiên", NT, "63", "not_met", "62,5 < 63");
  e("I12", "Huyện Duy Tiên", CT, "2", "met", "2 = 2");
  e("E13", "Huyện Kim Bảng", NS, "82", "not_met", "81,7 < 82");
  e("G13", "Huyện Kim Bảng", NT, "58", "met", "58,0 = 58");
  e("I13", "Huyện Kim Bảng", CT, "1", "met", "1 = 1");
  e("E14", "Huyện Thanh Liêm", NS, "83", "exceeded", "84,1 > 83");
  e("G14", "Huyện Thanh Liêm", NT, "57", "exceeded", "59,3 > 57");
  e("I14", "Huyện Thanh Liêm", CT, "2", "not_met", "1 < 2; the note says one carries over to 2014");
  e("E15", "Huyện Bình Lục", NS, "86", "met", "\"86%\" typed as text = 86");
  e("G15", "Huyện Bình Lục", NT, "60", "not_met", "57,8 < 60");
  e("I15", "Huyện Bình Lục", CT, "1", "met", "1 = 1");
  e("E16", "Huyện Lý Nhân", NS, "87", "no_data", "blank; the note says the figure is being checked");
  e("G16", "Huyện Lý Nhân", NT, "64", "exceeded", "65,1 > 64");
  e("I16", "Huyện Lý Nhân", CT, "2", "met", "2 = 2");
  e("E17", "TP Phủ Lý (khu vực nông thôn)", NS, "92", "exceeded", "93,5 > 92");
  e("G17", "TP Phủ Lý (khu vực nông thôn)", NT, "70", "exceeded", "71,2 > 70");
  notes(s, 19, "B", ["Ghi chú:", "- Tỷ lệ nước hợp vệ sinh tính theo Bộ chỉ số theo dõi - đánh giá nước sạch nông thôn (QĐ 2570/QĐ-BNN-TCTL).", "- Cột \"Mục tiêu đến năm 2015\" để theo dõi, không đánh giá trong năm 2013."]);
  signature(s, 23, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đinh Văn Tuấn" }, { col: "H", title: "TRƯỞNG BAN", name: "Trần Xuân Lộc" });
  b.facts = {
    sheet: "Bieu 01 KQ 2013",
    headerRows: "9-10 (merged indicator groups over TH 2012 / KH 2013 / TH 2013)",
    nameColumn: "B (Đơn vị)",
    target: "the KH 2013 column of each group (D, F, H), one per unit row; \"60-62\" a band on the province row",
    actualColumns: "E, G, I (TH 2013)",
    ignoreColumns: "C (hidden TH 2012), J (Mục tiêu đến năm 2015: a later goal, not judged), K (Ghi chú)",
    totalRows: "11 (Toàn tỉnh, on top; it has its own plan and is judged on it)",
    otherRows: "19-21 (notes), signature from 23",
    asOf: "2014-01-20",
    period: "2013",
    notes: "The province row is first. TP Phủ Lý had no scheme planned (\"-\" / \"-\"): not judged. Lý Nhân's water figure is blank pending a check (no data).",
  };
  return b;
}
