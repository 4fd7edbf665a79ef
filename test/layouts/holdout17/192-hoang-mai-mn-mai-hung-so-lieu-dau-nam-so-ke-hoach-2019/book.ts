// Layout 192: a preschool's start-of-year figures for 2019-2020 against its development plan (MN Mai Hùng, Nghệ An): age groups as columns (nhà trẻ 25-36 tháng, mẫu giáo 3-4, 4-5, 5-6 tuổi) with a SUM "Tổng số" column, each item on two rows ("Kế hoạch" over "Thực hiện"), a count typed "198/201" as text that the row's SUM skips, a row with no plan, then a second table on the same sheet with enrolment floors in a row over the village survey and ROUND rates.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số liệu đầu năm học 2019-2020 so với kế hoạch phát triển, Trường Mầm non Mai Hùng (Nghệ An)");
  const s = b.sheet("Dau nam 2019-2020");
  s.cols([5, 34, 11, 10, 12, 10, 10, 10, 30]);
  titleBlock(s, {
    left: ["UBND THỊ XÃ HOÀNG MAI", "TRƯỜNG MẦM NON MAI HÙNG"],
    date: "Mai Hùng, ngày 30 tháng 9 năm 2019",
    title: ["BÁO CÁO SỐ LIỆU ĐẦU NĂM HỌC 2019-2020 SO VỚI KẾ HOẠCH PHÁT TRIỂN", "(Thời điểm báo cáo: 15/9/2019; kế hoạch theo Kế hoạch phát triển năm học 2019-2020 đã được Phòng GD&ĐT phê duyệt)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Kế hoạch / Thực hiện", head).merge("D8:D9", "Tổng số", head);
  s.set("E8", "Nhà trẻ", head).merge("F8:H8", "Mẫu giáo", head).merge("I8:I9", "Ghi chú", head);
  s.row("E9", ["25-36 tháng", "3-4 tuổi", "4-5 tuổi", "5-6 tuổi"], head);
  s.row("A10", ["I", "SỐ NHÓM, LỚP VÀ SỐ TRẺ", "", "", "", "", "", "", ""], { bold: true, border: true });
  const cols = ["E", "F", "G", "H"];
  const groups = ["Nhà trẻ 25-36 tháng", "Mẫu giáo 3-4 tuổi", "Mẫu giáo 4-5 tuổi", "Mẫu giáo 5-6 tuổi"];
  // [nội dung, đơn vị, kế hoạch ×4, thực hiện ×4 (number or text), ghi chú]
  type Item = [string, string, number[], (number | string)[], string];
  const items: Item[] = [
    ["Số nhóm, lớp", "nhóm/lớp", [1, 4, 7, 6], [1, 4, 6, 6], "Ghép 2 lớp 4-5 tuổi do thiếu phòng học (khu Đông)"],
    ["Trong đó: nhóm, lớp bán trú", "nhóm/lớp", [1, 4, 7, 6], [1, 4, 6, 6], ""],
    ["Số trẻ", "trẻ", [25, 135, 130, 200], [27, 135, 126, 201], ""],
    ["Trong đó: trẻ ăn bán trú", "trẻ", [25, 135, 130, 200], [27, 135, 126, "198/201"], "Lớp 5-6 tuổi: 198 trẻ ăn bán trú trên 201 trẻ"],
  ];
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  let r = 11;
  let n = 0;
  const kinds: string[] = [];
  for (const [name, unit, kh, th, note] of items) {
    n++;
    const khSum = kh.reduce((a, x) => a + x, 0);
    const thNums = th.filter((x): x is number => typeof x === "number");
    const thSum = thNums.reduce((a, x) => a + x, 0);
    s.merge(`A${r}:A${r + 1}`, n, { border: true, align: "center" }).merge(`B${r}:B${r + 1}`, `${name} (${unit})`, { border: true, wrap: true });
    s.row(`C${r}`, ["Kế hoạch", { v: `=SUM(E${r}:H${r})`, result: khSum }, ...kh], { border: true, align: "center" });
    s.row(`C${r + 1}`, ["Thực hiện", { v: `=SUM(E${r + 1}:H${r + 1})`, result: thSum }, ...th], { border: true, align: "center" });
    s.merge(`I${r}:I${r + 1}`, note, { border: true, wrap: true });
    const st = (t: number, a: number): Status => (a > t ? "exceeded" : a === t ? "met" : "not_met");
    th.forEach((a, i) => {
      const t = kh[i];
      const val = typeof a === "number" ? a : Number(String(a).split("/")[0]);
      const status = st(t, val);
      s.expect(`${cols[i]}${r + 1}`, { indicator: `${groups[i]} · ${name}`, target: `${t} (kế hoạch, dòng ${r})`, status, why: typeof a === "string" ? `"${a}" typed as text: 198 children of the group's 201 eat at school (Ghi chú), against 200 planned` : `${val} against ${t}${status === "not_met" && i === 2 && n <= 2 ? " (two 4-5 classes merged, Ghi chú)" : ""}` });
    });
    const textCell = th.some((x) => typeof x === "string");
    const trueSum = th.reduce<number>((a, x) => a + (typeof x === "number" ? x : Number(String(x).split("/")[0])), 0);
    const totalStatus = st(khSum, trueSum);
    s.expect(`D${r + 1}`, { indicator: `Tổng số · ${name}`, target: `${khSum} (kế hoạch, dòng ${r})`, status: totalStatus, why: textCell ? `the SUM shows ${thSum} because it skips the text "198/201"; with the 198 it is ${trueSum}, still under ${khSum}` : `${trueSum} against ${khSum}` });
    kinds.push(name);
    r += 2;
  }
  s.row(`A${r}`, [n + 1, "Trẻ khuyết tật học hòa nhập (trẻ)", "Thực hiện", { v: `=SUM(E${r}:H${r})`, result: 2 }, 0, 1, 0, 1, "Không giao kế hoạch"], { border: true, align: "center" });
  const kt = r;
  r += 2;
  // Second table: enrolment rates against the survey
  const t2 = r;
  s.row(`A${t2}`, ["II", "TỶ LỆ HUY ĐỘNG TRẺ RA LỚP", "", "", "", "", "", "", ""], { bold: true, border: true });
  s.row(`A${t2 + 1}`, ["TT", "Nội dung", "", "", "25-36 tháng", "3-4 tuổi", "4-5 tuổi", "5-6 tuổi", "Ghi chú"], head);
  const floors = ["Từ 25% trở lên", "Từ 90% trở lên", "Từ 95% trở lên", "100%"];
  const floorN = [25, 90, 95, 100];
  s.row(`A${t2 + 2}`, ["1", "Chỉ tiêu huy động (%)", "", "", ...floors, "Theo Kế hoạch phát triển năm học"], { border: true, italic: true, align: "center", wrap: true });
  const pop = [102, 148, 133, 201];
  const enrolled = [27, 135, 126, 201];
  s.row(`A${t2 + 3}`, ["2", "Số trẻ trong độ tuổi trên địa bàn (điều tra tháng 8/2019)", "", "", ...pop, ""], { border: true, align: "center", wrap: true });
  s.row(`A${t2 + 4}`, ["3", "Số trẻ ra lớp", "", "", ...cols.map((c) => ({ v: `=${c}${16}`, result: enrolled[cols.indexOf(c)] })), ""], { border: true, align: "center" });
  const rates = enrolled.map((e, i) => Math.round((e / pop[i]) * 10000) / 100);
  s.row(`A${t2 + 5}`, ["4", "Tỷ lệ huy động (%)", "", "", ...cols.map((c, i) => ({ v: `=ROUND(${c}${t2 + 4}/${c}${t2 + 3}*100,2)`, result: rates[i], fmt: "0.00" as const })), ""], { border: true, align: "center" });
  rates.forEach((x, i) => {
    const status: Status = floorN[i] === 100 ? (x >= 100 ? "met" : "not_met") : x > floorN[i] ? "exceeded" : x === floorN[i] ? "met" : "not_met";
    s.expect(`${cols[i]}${t2 + 5}|${cols[i]}${t2 + 4}`, { indicator: `${groups[i]} · Tỷ lệ huy động trẻ ra lớp`, target: floors[i], status, why: `${enrolled[i]}/${pop[i]} = ${vi(x)}` });
  });
  const last = t2 + 5;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Mục I: dòng Kế hoạch ghi số được duyệt trong Kế hoạch phát triển năm học 2019-2020; dòng Thực hiện là số liệu tại thời điểm 15/9/2019.",
    "- Mục II: tỷ lệ huy động tính trên số trẻ trong độ tuổi theo phiếu điều tra phổ cập tháng 8/2019.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hồ Thị Thu Hiền" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Lan" });
  b.facts = {
    sheet: "Dau nam 2019-2020",
    headerRows: "8-9 (merged groups: Nhà trẻ, Mẫu giáo); table II: " + (t2 + 1),
    nameColumn: "B (Nội dung), with C saying which row of a pair is the plan (Kế hoạch) and which the result (Thực hiện)",
    target: `table I: the "Kế hoạch" row above each "Thực hiện" row, same column; table II: row ${t2 + 2} (Chỉ tiêu huy động)`,
    actualColumns: `table I: D (SUM) and E-H on rows 12, 14, 16, 18; table II: E-H on row ${t2 + 5} (of row ${t2 + 4} over row ${t2 + 3})`,
    ignoreColumns: "A (TT), C (row kind), I (Ghi chú)",
    totalRows: "none (the totals are column D: SUM over the age groups)",
    targetRows: `11, 13, 15, 17 (Kế hoạch rows), ${t2 + 2}`,
    otherRows: `section rows 10, ${t2}; row ${kt} (trẻ khuyết tật: no plan, not judged); table II header ${t2 + 1}, survey ${t2 + 3}, counts ${t2 + 4}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2019-09-30",
    period: "Năm học 2019-2020 (đầu năm)",
    rollUps: [s.rollUp(" · Số trẻ", "độ tuổi"), s.rollUp(" · Tỷ lệ huy động trẻ ra lớp", "độ tuổi")],
    notes: "Units (age groups) are columns and each indicator is a pair of rows: the plan, then the start-of-year figure, judged final at the reporting date. Two 4-5 classes were merged (6 of 7, not met, and the same for bán trú). \"198/201\" is a count typed with its group's roll: 198 against 200 (not met); the Tổng số SUM skips the text and shows 288, but with 198 the total is 486 against 490, short either way. The khuyết tật row has no plan. Table II: 100% for 5-6 tuổi met at 201/201, 94,74 short of 95.",
  };
  return b;
}
