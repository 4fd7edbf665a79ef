// Layout 222: a provincial health department's 2019 results of the health-population programme by district (Khánh Hòa, QĐ 981/QĐ-UBND), districts as columns and indicators as rows: the 2019 target column beside the 2020 aim (stricter, not yet due), a province column at the end, a strict "Dưới 10" cap met by 9,6 and missed by 10,0, floors met at the edge, "Đang tổng hợp", an island district with "-" everywhere (no target set).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu Chương trình mục tiêu Y tế - Dân số năm 2019 theo huyện, thị xã, thành phố, tỉnh Khánh Hòa");
  const s = b.sheet("Bieu 02 YTDS 2019");
  s.cols([5, 40, 6, 12, 12, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH KHÁNH HÒA", "SỞ Y TẾ"],
    number: "Biểu 02 (kèm theo Báo cáo kết quả năm 2019)",
    date: "Khánh Hòa, ngày 15 tháng 01 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHƯƠNG TRÌNH MỤC TIÊU Y TẾ - DÂN SỐ NĂM 2019", "Theo huyện, thị xã, thành phố (Kế hoạch ban hành kèm theo Quyết định số 981/QĐ-UBND ngày 08/4/2019 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["I", "P"],
    titleSpan: ["A", "P"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  const units = ["Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Cam Lâm", "Khánh Vĩnh", "Khánh Sơn", "Trường Sa"];
  const cols = ["F", "G", "H", "I", "J", "K", "L", "M", "N"];
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "Chỉ tiêu năm 2019", head).merge("E8:E9", "Mục tiêu đến năm 2020", head);
  s.merge("F8:N8", "Kết quả thực hiện năm 2019 theo đơn vị", head);
  s.row("F9", units, head);
  s.merge("O8:O9", "Toàn tỉnh", head).merge("P8:P9", "Ghi chú", head);
  type Cell = number | string;
  // [chỉ tiêu, ĐVT, 2019, 2020, 9 units, province, ghi chú, 9 unit statuses (null = not judged), province status, whys]
  type R = [string, string, string, string, Cell[], Cell, string, Array<[Status, string] | null>, [Status, string] | null];
  const rows: R[] = [
    ["Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "≥ 95", "≥ 95", [97.2, 96.1, 95.0, 94.6, 96.8, 95.3, 92.4, 93.1, "-"], 95.8, "",
      [["exceeded", "97,2 above 95"], ["exceeded", "96,1 above 95"], ["met", "95,0 at the floor"], ["not_met", "94,6 under 95"], ["exceeded", "96,8 above 95"], ["exceeded", "95,3 above 95"], ["not_met", "92,4 under 95"], ["not_met", "93,1 under 95"], null],
      ["exceeded", "95,8 above 95"]],
    ["Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", "%", "Dưới 10", "Dưới 9,5", [6.1, 8.3, 9.2, 9.6, 8.8, 10.0, 14.2, 15.8, "-"], 8.9, "Số liệu cân đo tháng 6/2019",
      [["met", "6,1 under the cap"], ["met", "8,3 under 10"], ["met", "9,2 under 10 (the 2020 aim of 9,5 does not apply yet)"], ["met", "9,6 under 10 (it would fail 2020's 9,5)"], ["met", "8,8 under 10"], ["not_met", "10,0 is not under 10 (strict \"Dưới\")"], ["not_met", "14,2 above the cap"], ["not_met", "15,8 above the cap"], null],
      ["met", "8,9 under 10"]],
    ["Tỷ lệ phụ nữ có thai được khám thai từ 4 lần trở lên", "%", "Từ 80 trở lên", "Từ 85 trở lên", [91.5, 86.2, 82.0, 79.4, 88.0, 80.0, 61.5, 58.2, "-"], 84.7, "",
      [["exceeded", "91,5 above 80"], ["exceeded", "86,2 above 80"], ["exceeded", "82,0 above 80 (2020's 85 does not apply yet)"], ["not_met", "79,4 under 80"], ["exceeded", "88,0 above 80"], ["met", "80,0 at the floor"], ["not_met", "61,5 under 80"], ["not_met", "58,2 under 80"], null],
      ["exceeded", "84,7 above 2019's 80 (short of 2020's 85, not yet due)"]],
    ["Tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh", "%", "Từ 50 trở lên", "Từ 70 trở lên", [72.4, 55.1, 48.6, 50.0, 60.3, "Đang tổng hợp", 12.5, 8.4, "-"], "Đang tổng hợp", "Cam Lâm chưa gửi số liệu quý IV",
      [["exceeded", "72,4 above 50"], ["exceeded", "55,1 above 50"], ["not_met", "48,6 under 50"], ["met", "50,0 at the floor"], ["exceeded", "60,3 above 50"], ["no_data", "still being compiled"], ["not_met", "12,5 under 50"], ["not_met", "8,4 under 50"], null],
      ["no_data", "the province figure waits for Cam Lâm"]],
  ];
  rows.forEach(([ct, dvt, t19, t20, vals, prov, note, sts, pst], i) => {
    const r = 10 + i;
    const cell = (v: Cell): CellInput => (typeof v === "number" ? { v, fmt: "0.0" } : v);
    s.row(`A${r}`, [i + 1, ct, dvt, t19, t20, ...vals.map(cell), cell(prov), note], bd);
    s.set(`B${r}`, ct, { border: true, wrap: true });
    s.set(`P${r}`, note, { border: true, wrap: true, italic: true });
    sts.forEach((st, k) => {
      if (st) s.expect(`${cols[k]}${r}`, { indicator: `${units[k]} · ${ct}`, target: t19, status: st[0], why: st[1] });
    });
    if (pst) s.expect(`O${r}`, { indicator: `Toàn tỉnh · ${ct}`, target: t19, status: pst[0], why: pst[1] });
  });
  const rollUps = rows.map(([ct]) => s.rollUp(` · ${ct}`, "huyện, thị xã, thành phố"));
  const last = 10 + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm 2019 áp dụng chung cho toàn tỉnh và từng huyện, thị xã, thành phố; cột \"Mục tiêu đến năm 2020\" để theo dõi lộ trình.",
    "- Huyện Trường Sa: không giao chỉ tiêu (\"-\").",
    "- Số liệu tính đến ngày 31/12/2019 theo báo cáo của Trung tâm Y tế các huyện, thị xã, thành phố và Trung tâm Kiểm soát bệnh tật tỉnh.",
  ]);
  signature(s, last + 7, { col: "B", title: "PHÒNG KẾ HOẠCH - TÀI CHÍNH", name: "Lê Văn Khoa" }, { col: "K", title: "GIÁM ĐỐC", name: "Bùi Thị Ngọc Hà" });
  b.facts = {
    sheet: "Bieu 02 YTDS 2019",
    headerRows: "8-9 (districts merged under \"Kết quả thực hiện năm 2019 theo đơn vị\")",
    nameColumn: "B (Chỉ tiêu); the units are the columns F-N (row 9)",
    target: "column D (Chỉ tiêu năm 2019), one per indicator row, for every district and the province",
    actualColumns: "F-M (eight districts), O (Toàn tỉnh)",
    ignoreColumns: "A (TT), C (ĐVT), E (Mục tiêu đến năm 2020: not yet due), N (Trường Sa: \"-\", no target set), P (Ghi chú)",
    totalRows: "none (the province is column O, judged against the same target)",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 5}; signature from ${last + 7}`,
    asOf: "2020-01-15",
    period: "Năm 2019",
    rollUps,
    notes: "Units as columns under one target column per indicator row. Only the 2019 column applies: 84,7% antenatal care passes 2019's 80 though not 2020's 85, and 9,6 underweight passes 2019's strict \"Dưới 10\" though not 2020's 9,5. 10,0 fails the strict cap; 95,0, 80,0 and 50,0 meet their floors. A district still compiling is no data, and so is the province figure that waits for it; Trường Sa's \"-\" is not judged.",
  };
  return b;
}
