// Layout 102: a province's mid-term follow-up of its programme for preschool education in disadvantaged areas (Thừa Thiên Huế, KH 315/KH-UBND, school year 2023-2024): the 2025 targets copied from the plan's annex as a table with indicators down and districts across, above the results table with districts down and indicators across, so a reader must turn one to meet the other; 2025 targets checked in mid-2024, a ceiling per district, "Duy trì" as a target, a percent-formatted cell among plain points, a province row on top.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

type Pair = [CellInput, CellInput, Status, string];

export default function book(): Book {
  const b = new Book("Kết quả thực hiện mục tiêu Chương trình hỗ trợ phát triển giáo dục mầm non vùng khó khăn năm học 2023-2024, tỉnh Thừa Thiên Huế");
  const s = b.sheet("Theo huyện");
  s.cols([5, 44, 13, 13, 13, 13, 13, 13, 13]);
  titleBlock(s, {
    left: ["UBND TỈNH THỪA THIÊN HUẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thừa Thiên Huế, ngày 10 tháng 7 năm 2024",
    title: ["KẾT QUẢ THỰC HIỆN MỤC TIÊU CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN GIÁO DỤC MẦM NON VÙNG KHÓ KHĂN", "Năm học 2023-2024 (theo Kế hoạch số 315/KH-UBND ngày 18/9/2023 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  const one = (n: number): CellInput => ({ v: n, fmt: "0.0" });
  const short = "short of the 2025 target in mid-2024: pending";
  const early = "past the 2025 floor already";
  const names = ["Tỷ lệ huy động trẻ nhà trẻ", "Tỷ lệ huy động trẻ mẫu giáo", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "Tỷ lệ phòng học kiên cố"];
  const longNames = ["Tỷ lệ huy động trẻ em độ tuổi nhà trẻ đến trường (%)", "Tỷ lệ huy động trẻ em độ tuổi mẫu giáo đến trường (%)", "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (%)", "Tỷ lệ phòng học kiên cố (%)"];
  // [unit, short name for the target table, nhà trẻ, mẫu giáo, thấp còi, phòng học, note]: each pair is [target 2025, result 2023-2024, status, why]
  type U = [string, string, Pair, Pair, Pair, Pair, string];
  const units: U[] = [
    ["Toàn tỉnh (vùng khó khăn)", "Toàn tỉnh (vùng khó khăn)", [35, one(32.4), "pending", short], [97, one(96.8), "pending", short], ["Dưới 9%", one(8.6), "met", "8,6 < 9: under the cap already"], [90, one(89.1), "pending", short], "Số liệu chung các xã, thôn vùng khó khăn"],
    ["Huyện A Lưới", "A Lưới", [28, one(24.6), "pending", short], [95, one(96.1), "exceeded", early], ["Dưới 15%", one(16.8), "pending", "16,8 is above the 2025 cap of 15; not due until 2025"], [85, one(78.5), "pending", short], ""],
    ["Huyện Nam Đông", "Nam Đông", [30, one(31.2), "exceeded", early], [96, one(95.4), "pending", short], ["Dưới 12%", one(11.3), "met", "11,3 < 12"], [85, one(86), "exceeded", early], ""],
    ["Huyện Phong Điền", "Phong Điền", [35, one(35), "met", "35,0 = 35 (inclusive)"], [97, one(97.3), "exceeded", early], ["Dưới 7%", one(7), "pending", "7,0 is not under 7 (\"Dưới\" is strict); the target is for 2025"], [90, one(92.3), "exceeded", early], ""],
    ["Huyện Phú Lộc", "Phú Lộc", [35, one(29.8), "pending", short], [97, one(96.96), "pending", "shown 97,0 but the cell holds 96,96, under 97; not due until 2025"], ["Dưới 8%", one(6.2), "met", "6,2 < 8"], [90, one(88), "pending", short], ""],
    ["Huyện Quảng Điền", "Quảng Điền", [38, "", "no_data", "blank: nothing reported"], [98, one(98.4), "exceeded", early], ["Dưới 6%", one(5.9), "met", "5,9 < 6"], [95, one(100), "exceeded", early], "Chưa báo cáo số trẻ nhà trẻ"],
    ["Thị xã Hương Trà", "Hương Trà", ["Duy trì", one(41.5), "refuse", "\"Duy trì\" gives no figure (the level to keep is not on the sheet): nothing to judge"], [98, "98%", "met", "\"98%\" typed as text = 98"], ["Dưới 6%", { v: 0.058, pct: true, fmt: "0.0%" }, "met", "a percent cell showing 5,8% under a (%) header: 5,8 < 6"], [95, "Chưa tổng hợp", "no_data", "\"Chưa tổng hợp\": no figure"], ""],
  ];
  const unitCols = ["C", "D", "E", "F", "G", "H", "I"];
  const indCols = ["C", "D", "E", "F"];

  // I. Targets to 2025: indicators down, units across (the plan's annex as copied).
  s.merge("A8:I8", "I. MỤC TIÊU ĐẾN NĂM 2025 (theo Phụ lục Kế hoạch số 315/KH-UBND)", { bold: true });
  s.row("A9", ["TT", "Chỉ tiêu", ...units.map((u) => u[1])], head);
  longNames.forEach((n, k) => s.row(`A${10 + k}`, [k + 1, { v: n, align: "left", wrap: true }, ...units.map((u) => (u[2 + k] as Pair)[0])], bd));

  // II. Results of 2023-2024: units down, indicators across.
  s.merge("A15:I15", "II. KẾT QUẢ NĂM HỌC 2023-2024 (số liệu tính đến ngày 31/5/2024)", { bold: true });
  s.row("A16", ["TT", "Đơn vị", ...longNames, "Ghi chú"], head);
  s.merge("G16:I16", "Ghi chú", head);
  units.forEach((u, i) => {
    const r = 17 + i;
    const pairs = [u[2], u[3], u[4], u[5]];
    s.row(`A${r}`, [i === 0 ? "" : i, { v: u[0], align: "left" }, ...pairs.map((p) => p[1])], i === 0 ? { ...bd, bold: true } : bd);
    s.merge(`G${r}:I${r}`, { v: u[6], align: "left", wrap: true }, { border: true });
    pairs.forEach((p, k) => {
      const t = s.text(`${unitCols[i]}${10 + k}`);
      s.expect(`${indCols[k]}${r}`, { indicator: i === 0 ? `${names[k]} (toàn tỉnh, vùng khó khăn)` : `${u[0]} · ${names[k]}`, target: `${t} (mục I: dòng ${10 + k}, cột ${unitCols[i]})`, status: p[2], why: p[3] });
    });
  });
  const end = 17 + units.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Mục tiêu đến năm 2025 của từng huyện, thị xã theo phụ lục Kế hoạch số 315/KH-UBND; số liệu năm học 2023-2024 tính đến ngày 31/5/2024.",
    "- Tỷ lệ suy dinh dưỡng thể thấp còi tính trên số trẻ được cân đo.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Minh Hà" }, { col: "H", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Hoàng Văn Lợi" });
  b.facts = {
    sheet: "Theo huyện",
    headerRows: "16 (the results table); 9 (the targets table: Chỉ tiêu | Toàn tỉnh | A Lưới | … | Hương Trà)",
    nameColumn: "B (Đơn vị) in the results table",
    target: "the targets table of rows 10-13 (mục I), transposed: the row of the indicator, the column of the unit (C Toàn tỉnh, D A Lưới, … I Hương Trà)",
    actualColumns: "C, D, E, F of rows 17-23 (mục II: one column per indicator)",
    ignoreColumns: "G-I of rows 17-23 (Ghi chú, merged)",
    totalRows: "17 (Toàn tỉnh: judged against its own column of targets)",
    targetRows: "10-13 (mục I)",
    otherRows: `8 and 15 (section titles), ${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2024-07-10",
    period: "2022-2025 (checked in the school year 2023-2024)",
    rollUps: names.map((n) => s.rollUp(` · ${n}`, "huyện, thị xã")),
    notes: "Two tables on one sheet at right angles: targets (indicators × units) above, results (units × indicators) below. Targets for 2025 checked after the school year 2023-2024: a floor already passed is exceeded (equal is met), short of it is pending; under a cap is met, over it (or at a strict \"Dưới\" edge) is pending. The province row is judged against its own column. \"Duy trì\" gives no figure (refuse). Phú Lộc 96,96 shows 97,0. Hương Trà's stunting cell is a percent cell (5,8%) among plain points; its kindergarten rate is typed \"98%\". A blank and \"Chưa tổng hợp\" are no data.",
  };
  return b;
}
