// Layout 87: a provincial education department's sheet of its national ranks in the 2024 graduation exam, overall and by subject, beside 2023 (Hà Tĩnh): rank targets as caps ("Tốp 10", "Xếp thứ 10/63 trở lên", "Trong nhóm 30 tỉnh dẫn đầu") and as changes from 2023 ("Tăng ít nhất 3 bậc", "Giữ vững", "Không thấp hơn", "Tăng bậc"), with a derived change column.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thứ hạng điểm trung bình thi tốt nghiệp THPT năm 2024 của tỉnh Hà Tĩnh so với cả nước, chung và theo môn");
  const s = b.sheet("Thứ hạng 2024");
  s.cols([5, 30, 10, 11, 10, 11, 13, 26, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Tĩnh, ngày 25 tháng 7 năm 2024",
    title: ["THỨ HẠNG ĐIỂM TRUNG BÌNH THI TỐT NGHIỆP THPT NĂM 2024", "So với 63 tỉnh, thành phố (gồm cả thí sinh tự do)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head);
  s.merge("C8:D8", "Năm 2023", head).merge("E8:F8", "Năm 2024", head).row("C9", ["Điểm TB", "Thứ hạng (/63)", "Điểm TB", "Thứ hạng (/63)"], head);
  s.merge("G8:G9", "Tăng (+), giảm (-) bậc", head).merge("H8:H9", "Chỉ tiêu năm 2024", head).merge("I8:I9", "Ghi chú", head);

  // [row, 2023 score, 2023 rank, 2024 score, 2024 rank, target]
  type R = [string, number, number, number, number, string];
  const rows: R[] = [
    ["Điểm trung bình chung các môn thi", 6.798, 10, 7.138, 6, "Tốp 10 toàn quốc"],
    ["Toán", 6.45, 11, 6.92, 8, "Xếp thứ 10/63 trở lên"],
    ["Ngữ văn", 7.02, 15, 7.88, 11, "Tăng ít nhất 3 bậc"],
    ["Tiếng Anh", 5.1, 31, 5.61, 27, "Trong nhóm 30 tỉnh dẫn đầu"],
    ["Vật lí", 6.8, 9, 6.91, 12, "Tốp 10"],
    ["Hóa học", 6.9, 7, 6.98, 7, "Giữ vững thứ hạng năm 2023"],
    ["Sinh học", 6.5, 14, 6.4, 17, "Không thấp hơn năm 2023"],
    ["Lịch sử", 7.2, 4, 7.65, 3, "Tốp 5"],
    ["Địa lí", 7.4, 9, 7.55, 9, "Tăng bậc so với năm 2023"],
    ["Giáo dục công dân", 8.6, 12, 8.9, 10, "Tốp 10"],
  ];
  const bd = { border: true, align: "center" as const, wrap: true };
  rows.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, { v: x[0], align: "left", bold: i === 0 }, { v: x[1], fmt: "0.00" }, x[2], { v: x[3], fmt: "0.00" }, x[4], { v: `=D${r}-F${r}`, result: x[2] - x[4] }, x[5], i === 0 ? "2023: thứ 10; 2024: thứ 6" : ""], bd);
    const up = x[2] - x[4];
    const rank = x[4];
    let st: Status;
    let why: string;
    let cell = `F${r}`;
    let actual = String(rank);
    const cap = (n: number, w: string) => {
      st = rank <= n ? "met" : "not_met";
      why = `${rank}/63 ${st === "met" ? "≤" : ">"} ${n}: ${w}${st === "met" ? " (a rank cap: met, never exceeded)" : ""}`;
    };
    if (x[5].startsWith("Tốp 10")) cap(10, "top 10");
    else if (x[5].startsWith("Xếp thứ 10/63")) cap(10, "\"thứ 10/63 trở lên\" is 10th or better");
    else if (x[5].startsWith("Trong nhóm 30")) cap(30, "among the 30 leading provinces");
    else if (x[5] === "Tốp 5") cap(5, "top 5");
    else {
      cell = `G${r}|F${r}`;
      actual = `=D${r}-F${r} (${up > 0 ? "+" : ""}${up}; ${x[2]} → ${rank})`;
      if (x[5].startsWith("Tăng ít nhất 3")) {
        st = up > 3 ? "exceeded" : up === 3 ? "met" : "not_met";
        why = `${x[2]}th in 2023, ${rank}th in 2024: up ${up} places ${up > 3 ? "> 3" : up === 3 ? "= 3" : "< 3"}`;
      } else if (x[5].startsWith("Giữ vững")) {
        st = rank <= x[2] ? "met" : "not_met";
        why = `${x[2]}th in 2023 and ${rank}th in 2024: the rank is kept`;
      } else if (x[5].startsWith("Không thấp hơn")) {
        st = rank <= x[2] ? "met" : "not_met";
        why = `${x[2]}th in 2023, ${rank}th in 2024: down ${-up} places, lower than 2023`;
      } else {
        st = up > 0 ? "met" : "not_met";
        why = `${x[2]}th in 2023 and ${rank}th in 2024: no place gained`;
      }
    }
    s.expect(cell, { indicator: `${x[0]} · Thứ hạng toàn quốc`, target: `${x[5]} (cột H)`, actual, status: st!, why: why! });
  });
  const after = notes(s, 21, "B", [
    "Ghi chú:",
    "- Thứ hạng xếp theo điểm trung bình thi tốt nghiệp THPT của 63 tỉnh, thành phố (gồm cả thí sinh tự do); 1 là cao nhất.",
    "- Cột tăng, giảm bậc = thứ hạng năm 2023 trừ thứ hạng năm 2024 (dương là tăng bậc).",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phan Thị Thu Hà" }, { col: "G", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Tình" });
  b.facts = {
    sheet: "Thứ hạng 2024",
    headerRows: "8-9 (Năm 2023 and Năm 2024, each over Điểm TB | Thứ hạng (/63))",
    nameColumn: "B (Nội dung: the overall average, then the subjects)",
    target: "column H (Chỉ tiêu năm 2024), one per row",
    actualColumns: "F (2024 rank, 1 best) for rank caps; G with F (change from 2023: formula D-F, positive = up) for targets on the change",
    ignoreColumns: "C and E (average scores: no score target here), D (2023 rank: the baseline, not a result), I (Ghi chú)",
    otherRows: "21-23 (notes), signature below",
    asOf: "2024-07-25",
    period: "2024",
    notes: "Ranks: 1 is best and caps are met at or under, never exceeded (\"Tốp 10\" ≤ 10: GDCD's 10 is met, Vật lí's 12 is not; \"Xếp thứ 10/63 trở lên\" ≤ 10; \"Trong nhóm 30 tỉnh dẫn đầu\" ≤ 30). Targets on the change from 2023 read the change column: \"Tăng ít nhất 3 bậc\" (up 4: exceeded), \"Giữ vững thứ hạng\" (7th again: met), \"Không thấp hơn năm 2023\" (14th to 17th: not met), \"Tăng bậc\" (9th again: not met). The first row is the overall average, an indicator like the others, not a total. The exam results are out: verdicts are final.",
  };
  return b;
}
