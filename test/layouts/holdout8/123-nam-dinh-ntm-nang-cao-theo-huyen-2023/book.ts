// Layout 123: a province's new-countryside annex by district (Nam Định, KH 82/KH-UBND 2021, raised and model communes 2021-2025), filled in with the 2023 results.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục kết quả xây dựng xã NTM nâng cao, xã NTM kiểu mẫu năm 2023 theo huyện, thành phố, tỉnh Nam Định");
  const s = b.sheet("PL02 NTM NC-KM");
  s.cols([5, 20, 8, 11, 11, 11, 11, 11, 11, 11, 11, 30]);
  const h = titleBlock(s, {
    left: ["UBND TỈNH NAM ĐỊNH", "VĂN PHÒNG ĐIỀU PHỐI NTM TỈNH"],
    date: "Nam Định, ngày 10 tháng 01 năm 2024",
    title: [
      "PHỤ LỤC 02",
      "KẾT QUẢ XÂY DỰNG XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO, NÔNG THÔN MỚI KIỂU MẪU NĂM 2023",
      "(Theo lộ trình tại Kế hoạch số 82/KH-UBND ngày 16/7/2021 của UBND tỉnh)",
    ],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge(`A${h}:A${h + 1}`, "TT", head)
    .merge(`B${h}:B${h + 1}`, "Huyện, thành phố", head)
    .merge(`C${h}:C${h + 1}`, "Tổng số xã", head)
    .merge(`D${h}:G${h}`, "Số xã đạt chuẩn NTM nâng cao (lũy kế)", head)
    .merge(`H${h}:K${h}`, "Số xã đạt chuẩn NTM kiểu mẫu (lũy kế)", head)
    .merge(`L${h}:L${h + 1}`, "Ghi chú", head);
  const sub = ["Đến 31/12/2022", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Mục tiêu đến năm 2025"];
  s.row(`D${h + 1}`, [...sub, ...sub], head);
  s.row(`A${h + 2}`, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], { italic: true, align: "center", border: true });
  const bd = { border: true, align: "center" as const };
  // [unit, communes, NC: 2022, KH23, TH23, 2025, status, why; KM: 2022, KH23, TH23, 2025, status|null, why; note]
  type U = [string, number, number, CellInput, CellInput, number, Status, string, number, CellInput, CellInput, number, Status | null, string, string];
  const units: U[] = [
    ["TP Nam Định", 5, 5, 5, 5, 5, "met", "5 = 5", 1, 2, 2, 3, "met", "2 = 2", ""],
    ["Mỹ Lộc", 10, 8, 10, 10, 10, "met", "10 = 10", 0, 1, 0, 2, "not_met", "0 < 1", ""],
    ["Vụ Bản", 17, 13, 16, 17, 17, "exceeded", "17 > 16", 1, 2, 2, 4, "met", "2 = 2", ""],
    ["Ý Yên", 29, 19, 25, 23, 29, "not_met", "23 < 25", 0, 1, "", 3, "no_data", "blank: the district sent no figure", "Huyện chưa gửi số liệu NTM kiểu mẫu"],
    ["Nghĩa Hưng", 22, 18, 21, 21, 22, "met", "21 = 21", 1, "-", 1, 3, null, "", ""],
    ["Nam Trực", 19, 17, 19, "19", 19, "met", "\"19\" typed as text, equal to 19", 2, 4, 3, 5, "not_met", "3 < 4", ""],
    ["Trực Ninh", 18, 16, 18, 18, 18, "met", "18 = 18", 1, 3, 4, 5, "exceeded", "4 > 3", ""],
    ["Xuân Trường", 17, 17, 17, 17, 17, "met", "17 = 17", 5, 8, "8 (*)", 10, "review", "the footnote says 2 of the 8 still await the recognition decision: 8 meets the plan, 6 recognised does not; nothing on the sheet says which the plan counts", "(*) 02 xã đã có Tờ trình, chờ Quyết định công nhận"],
    ["Giao Thủy", 20, 20, 20, 20, 20, "met", "20 = 20", 4, 7, 8, 10, "exceeded", "8 > 7", ""],
    ["Hải Hậu", 32, 27, 31, 30, 32, "not_met", "30 < 31", 3, 5, 5, 8, "met", "5 = 5", ""],
  ];
  let r = h + 3;
  const first = r;
  units.forEach((u, i) => {
    s.row(`A${r}`, [String(i + 1), u[0], u[1], u[2], u[3], u[4], u[5], u[8], u[9], u[10], u[11], u[14]], bd);
    s.set(`B${r}`, u[0], { border: true });
    s.set(`L${r}`, u[14], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: `${u[0]} · Xã đạt chuẩn NTM nâng cao`, target: `${u[3]} xã (KH 2023, lũy kế)`, status: u[6], why: u[7] });
    if (u[12]) s.expect(`J${r}`, { indicator: `${u[0]} · Xã đạt chuẩn NTM kiểu mẫu`, target: `${u[9]} xã (KH 2023, lũy kế)`, status: u[12], why: u[13] });
    r++;
  });
  const last = r - 1;
  s.set(`A${r}`, "", { border: true });
  s.set(`B${r}`, "Toàn tỉnh", { border: true, bold: true });
  for (const c of "CDEFGHIJK") s.set(`${c}${r}`, `=SUM(${c}${first}:${c}${last})`, { border: true, bold: true, align: "center" });
  s.set(`L${r}`, "", { border: true });
  const total = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số liệu lũy kế đến 31/12 của năm; xã được tính khi có Quyết định công nhận của Chủ tịch UBND tỉnh.",
    "- Dấu \"-\": không giao kế hoạch năm 2023.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Văn Khánh" }, { col: "H", title: "CHÁNH VĂN PHÒNG", name: "Vũ Đức Thịnh" });
  b.facts = {
    sheet: "PL02 NTM NC-KM",
    headerRows: `${h}-${h + 1} (two groups of four columns; row ${h + 2} numbers the columns 1-12)`,
    nameColumn: "B (Huyện, thành phố)",
    target: "columns E and I (Kế hoạch năm 2023, cumulative counts of communes)",
    actualColumns: "F and J (Thực hiện năm 2023)",
    ignoreColumns: "C (number of communes), D and H (to 31/12/2022: baseline), G and K (targets for 2025, not due at the as-of date, not judged), L (Ghi chú)",
    totalRows: `${total} (Toàn tỉnh: SUM formulas; the text cells \"19\" and \"8 (*)\" drop out of them)`,
    otherRows: `${h + 2} (column numbers), ${total + 2}-${total + 4} (notes), signature below`,
    asOf: "2024-01-10",
    period: "2023",
    rollUps: [s.rollUp(" · Xã đạt chuẩn NTM nâng cao", "huyện, thành phố"), s.rollUp(" · Xã đạt chuẩn NTM kiểu mẫu", "huyện, thành phố")],
    notes: "Ten districts, two indicators, each with baseline, 2023 plan, 2023 result and a 2025 goal side by side. Only the 2023 plan is due; Nghĩa Hưng has no model-commune plan for 2023 (\"-\", not judged). The note under the table says a commune counts once recognised, which the Xuân Trường footnote leaves open.",
  };
  return b;
}
