// Layout 100: a district education office's year-end table of repeaters and drop-outs by school, one sheet per level (Bá Thước, Thanh Hóa, 2022-2023), on the statistical indicator's method (pupils repeating or dropping out over pupils enrolled at the start of the year): count-and-rate pairs by ROUND formula, each level's targets in a row under its total, a rate of 0,00 over a blank count, "-" for a count, a hidden column of last year.
import { Book, type CellInput, type Sheet, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

type School = { name: string; enrolled: number; repeat: number | string | null; drop: number | string | null; girls: number | string | null; last: number; note: string };
type Level = { sheet: string; level: string; title: string; repeatTarget: string; dropTarget: string; repeatMax: number; repeatStrict: boolean; dropMax: number; dropStrict: boolean; schools: School[] };

const LEVELS: Level[] = [
  {
    sheet: "Tiểu học",
    level: "tiểu học",
    title: "Biểu 01: CẤP TIỂU HỌC",
    repeatTarget: "Dưới 0,5%",
    dropTarget: "Không có học sinh bỏ học",
    repeatMax: 0.5,
    repeatStrict: true,
    dropMax: 0,
    dropStrict: false,
    schools: [
      { name: "Trường TH Điền Lư", enrolled: 512, repeat: 2, drop: 0, girls: 0, last: 0, note: "" },
      { name: "Trường TH Điền Quang", enrolled: 448, repeat: 3, drop: 0, girls: 0, last: 0.22, note: "" },
      { name: "Trường TH Lũng Niêm", enrolled: 386, repeat: 1, drop: 1, girls: 1, last: 0, note: "01 HS chuyển theo gia đình đi làm ăn xa, không làm thủ tục" },
      { name: "Trường TH Ban Công", enrolled: 400, repeat: 2, drop: 0, girls: 0, last: 0, note: "" },
      { name: "Trường TH Thành Lâm", enrolled: 352, repeat: 0, drop: null, girls: null, last: 0, note: "Chưa báo cáo số bỏ học" },
      { name: "Trường TH Lương Ngoại", enrolled: 298, repeat: 1, drop: "-", girls: "-", last: 0.34, note: "" },
    ],
  },
  {
    sheet: "THCS",
    level: "THCS",
    title: "Biểu 02: CẤP TRUNG HỌC CƠ SỞ",
    repeatTarget: "Không quá 1,5%",
    dropTarget: "Dưới 0,5%",
    repeatMax: 1.5,
    repeatStrict: false,
    dropMax: 0.5,
    dropStrict: true,
    schools: [
      { name: "Trường THCS Điền Lư", enrolled: 402, repeat: 5, drop: 1, girls: 0, last: 0.51, note: "" },
      { name: "Trường THCS Điền Quang", enrolled: 355, repeat: 6, drop: 2, girls: 1, last: 0.85, note: "" },
      { name: "Trường THCS Lũng Niêm", enrolled: 333, repeat: 5, drop: 1, girls: 1, last: 0.3, note: "" },
      { name: "Trường THCS Ban Công", enrolled: 290, repeat: 3, drop: 0, girls: 0, last: 0, note: "" },
      { name: "Trường THCS Thành Lâm", enrolled: 310, repeat: 4, drop: 1, girls: 1, last: 0.64, note: "" },
    ],
  },
];

const vi2 = (x: number) => x.toFixed(2).replace(".", ",");

function levelSheet(s: Sheet, L: Level): void {
  s.cols([5, 28, 12, 10, 10, 10, 10, 12, 30, 14]);
  titleBlock(s, {
    left: ["UBND HUYỆN BÁ THƯỚC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Bá Thước, ngày 15 tháng 6 năm 2023",
    title: ["TỶ LỆ HỌC SINH LƯU BAN, BỎ HỌC NĂM HỌC 2022-2023", L.title],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:C9", "Số HS nhập học đầu năm học", head);
  s.merge("D8:E8", "Học sinh lưu ban", head).row("D9", ["Số HS", "Tỷ lệ (%)"], head);
  s.merge("F8:G8", "Học sinh bỏ học", head).row("F9", ["Số HS", "Tỷ lệ (%)"], head);
  s.merge("H8:H9", "Trong đó: nữ bỏ học", head).merge("I8:I9", "Ghi chú", head).merge("J8:J9", "Tỷ lệ bỏ học năm học 2021-2022 (%)", head);
  s.row("A10", ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)", "(7)=(6)/(3)", "(8)", "(9)", "(10)"], { italic: true, align: "center", border: true });
  s.hideCols("J");
  const bd = { border: true, align: "center" as const };
  const first = 11;
  const judge = (v: number, max: number, strict: boolean): Status => (strict ? v < max : v <= max) ? "met" : "not_met";
  L.schools.forEach((sc, i) => {
    const r = first + i;
    const rate = (col: string, v: number | string | null): CellInput => (typeof v === "string" ? v : { v: `=ROUND(${col}${r}/C${r}*100,2)`, fmt: "0.00" });
    s.row(`A${r}`, [i + 1, { v: sc.name, align: "left" }, sc.enrolled, sc.repeat, rate("D", sc.repeat), sc.drop, rate("F", sc.drop), sc.girls, { v: sc.note, align: "left", wrap: true }, { v: sc.last, fmt: "0.00" }], bd);
    for (const [what, count, col, rcol, target, max, strict] of [
      ["Tỷ lệ học sinh lưu ban", sc.repeat, "D", "E", L.repeatTarget, L.repeatMax, L.repeatStrict],
      ["Tỷ lệ học sinh bỏ học", sc.drop, "F", "G", L.dropTarget, L.dropMax, L.dropStrict],
    ] as const) {
      let status: Status;
      let why: string;
      let actual: string;
      if (count === null) {
        status = "no_data";
        actual = "(trống) (0,00)";
        why = "the count is blank (\"Chưa báo cáo\"): the formula's 0,00 is not a figure";
      } else if (typeof count === "string") {
        status = "review";
        actual = `${count} / ${count}`;
        why = "\"-\" in both cells: none (met) or not reported (no data); nothing on the sheet decides";
      } else {
        const exact = (count / sc.enrolled) * 100;
        status = judge(exact, max, strict);
        actual = `${count}/${sc.enrolled} (${vi2(Math.round(exact * 100) / 100)})`;
        const shown = vi2(Math.round(exact * 100) / 100);
        why = max === 0
          ? count === 0 ? "no pupil dropped out" : `${count} pupil dropped out against "no drop-outs"`
          : status === "met"
            ? `${shown} ${strict ? "<" : "≤"} ${vi2(max)}`
            : shown === vi2(max) && exact !== max
              ? `shown ${shown} but ${count}/${sc.enrolled} = ${exact.toFixed(4).replace(".", ",")}% is over ${vi2(max)}`
              : exact === max && strict
                ? `${shown} is not under ${vi2(max)} ("Dưới" is strict)`
                : `${shown} > ${vi2(max)}`;
      }
      s.expect(`${rcol}${r}|${col}${r}`, { indicator: `${sc.name} · ${what}`, target: `${target} (chỉ tiêu cấp ${L.level}, dòng chỉ tiêu dưới bảng)`, actual, status, why });
    }
  });
  const last = first + L.schools.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn huyện", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, { v: `=ROUND(D${tot}/C${tot}*100,2)`, fmt: "0.00" }, `=SUM(F${first}:F${last})`, { v: `=ROUND(F${tot}/C${tot}*100,2)`, fmt: "0.00" }, `=SUM(H${first}:H${last})`, "", ""], { ...bd, bold: true });
  // The district's own figure against the same row of targets.
  const sum = (k: "enrolled" | "repeat" | "drop") => L.schools.reduce((a, sc) => a + (typeof sc[k] === "number" ? (sc[k] as number) : 0), 0);
  const en = sum("enrolled");
  const unread = L.schools.some((sc) => typeof sc.drop !== "number");
  for (const [what, k, col, rcol, target, max, strict] of [
    ["Tỷ lệ học sinh lưu ban toàn huyện", "repeat", "D", "E", L.repeatTarget, L.repeatMax, L.repeatStrict],
    ["Tỷ lệ học sinh bỏ học toàn huyện", "drop", "F", "G", L.dropTarget, L.dropMax, L.dropStrict],
  ] as const) {
    const n = sum(k);
    const exact = (n / en) * 100;
    const status: Status = k === "drop" && unread && judge(exact, max, strict) === "met" ? "review" : judge(exact, max, strict);
    s.expect(`${rcol}${tot}|${col}${tot}`, {
      indicator: `${what} (cấp ${L.level})`,
      target: `${target} (chỉ tiêu cấp ${L.level})`,
      actual: `=SUM → ${n}/${en} (${vi2(Math.round(exact * 100) / 100)})`,
      status,
      why: status === "not_met" ? `${vi2(Math.round(exact * 100) / 100)} against ${target}${unread && k === "drop" ? " (already short, whatever the schools not read add)" : ""}` : `${vi2(Math.round(exact * 100) / 100)} against ${target}`,
    });
  }
  s.row(`A${tot + 1}`, ["", { v: "Chỉ tiêu năm học 2022-2023 (Kế hoạch số 112/KH-PGDĐT)", align: "left", wrap: true }, "", "", L.repeatTarget, "", L.dropTarget, "", { v: "Áp dụng cho từng trường và toàn huyện", align: "left" }, ""], { ...bd, italic: true, bold: true, wrap: true });
  const after = notes(s, tot + 3, "B", [
    "Ghi chú:",
    "- Tỷ lệ (%) = Số học sinh lưu ban (bỏ học) trong năm học / Tổng số học sinh nhập học đầu năm học x 100.",
    "- Số liệu tính đến ngày 31/5/2023.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lò Văn Phúc" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Hà Văn Thắng" });
}

export default function book(): Book {
  const b = new Book("Tỷ lệ học sinh lưu ban, bỏ học năm học 2022-2023, Phòng GD&ĐT huyện Bá Thước");
  for (const L of LEVELS) levelSheet(b.sheet(L.sheet), L);
  const [th, thcs] = b.sheets;
  b.facts = {
    sheet: "Tiểu học",
    headerRows: "8-9 on each sheet (Học sinh lưu ban / Học sinh bỏ học over Số HS | Tỷ lệ (%)); 10: column numbers",
    nameColumn: "B (Trường)",
    target: "the row under the total on each sheet (Chỉ tiêu năm học 2022-2023: under E for lưu ban, under G for bỏ học), one per level",
    actualColumns: "E with D (lưu ban), G with F (bỏ học): ROUND formulas over the counts and column C",
    ignoreColumns: "C (enrolment: the denominator), H (girls who dropped out), I (Ghi chú), J (hidden: last year's drop-out rate)",
    totalRows: `Tiểu học ${11 + LEVELS[0].schools.length} and THCS ${11 + LEVELS[1].schools.length} (Toàn huyện: judged against the same targets)`,
    targetRows: `Tiểu học ${12 + LEVELS[0].schools.length}, THCS ${12 + LEVELS[1].schools.length}`,
    otherRows: "10 (column numbers), notes and signature below each table",
    asOf: "2023-06-15",
    period: "2022-2023",
    rollUps: [
      th.rollUp(" · Tỷ lệ học sinh lưu ban", "trường", "Tỷ lệ học sinh lưu ban (tiểu học)"),
      th.rollUp(" · Tỷ lệ học sinh bỏ học", "trường", "Tỷ lệ học sinh bỏ học (tiểu học)"),
      thcs.rollUp(" · Tỷ lệ học sinh lưu ban", "trường", "Tỷ lệ học sinh lưu ban (THCS)"),
      thcs.rollUp(" · Tỷ lệ học sinh bỏ học", "trường", "Tỷ lệ học sinh bỏ học (THCS)"),
    ],
    notes: "Two level sheets of the same shape with different targets: a reader must take each sheet's own target row. Rates are decided from the counts (THCS Lũng Niêm 5/333 = 1,5015% shows 1,50 but is over \"Không quá 1,5%\"); \"Dưới 0,5%\" is strict (TH Ban Công 2/400 = 0,50: not met); \"Không có học sinh bỏ học\" is a zero ceiling. TH Thành Lâm's drop-out count is blank and its formula shows 0,00 (no data). TH Lương Ngoại typed \"-\" (none, or not reported: review). The district totals are judged too: the primary drop-out total already breaks the zero ceiling whatever the unread schools add. Column J (last year) is hidden.",
  };
  return b;
}
