// Layout 69: a lower-secondary school's year-end check against its published quality commitment (THCS Mai Xuân Thưởng, Nha Trang, 2012-2013, Mẫu 9 of TT 09/2009): the commitment form as published on the first sheet, bare shares for every category of a distribution, ceilings implied by bad categories, a middle category with no direction.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thực hiện cam kết chất lượng giáo dục năm học 2012-2013, Trường THCS Mai Xuân Thưởng (Nha Trang)");
  const grades = ["lớp 6", "lớp 7", "lớp 8", "lớp 9"];
  // The commitment as published (Mẫu 9), counts and shares as the school printed them, its slips included.
  const f = b.sheet("Mẫu 9 (cam kết)");
  f.cols([5, 40, 10, 9, 9, 9, 9]);
  f.set("A1", "PHÒNG GD - ĐT TP NHA TRANG", { bold: true });
  f.set("A2", "TRƯỜNG THCS MAI XUÂN THƯỞNG", { bold: true });
  f.set("A4", "THÔNG BÁO: Cam kết chất lượng giáo dục cơ sở giáo dục phổ thông, năm học 2012-2013 (Mẫu 9, kèm theo Thông tư số 09/2009/TT-BGDĐT)", { bold: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  f.merge("A6:A7", "STT", head).merge("B6:B7", "Nội dung", head).merge("C6:C7", "Tổng số", head).merge("D6:G6", "Chia ra theo khối lớp", head).row("D7", grades, head);
  const pub: Array<[string, string, number[]]> = [
    ["I", "Số học sinh theo hạnh kiểm", [1254, 339, 313, 308, 294]],
    ["1", "Tốt\n(tỉ lệ so với tổng số) 40%", [502, 136, 125, 123, 118]],
    ["2", "Khá\n(tỉ lệ so với tổng số) 50%", [627, 170, 156, 154, 147]],
    ["3", "Trung bình\n(tỉ lệ so với tổng số) 9,5%", [119, 32, 30, 29, 28]],
    ["4", "Yếu\n(tỉ lệ so với tổng số) 0,5%", [6, 1, 2, 2, 1]],
    ["II", "Số học sinh chia theo học lực", [1254, 339, 313, 308, 294]],
    ["1", "Giỏi\n(tỉ lệ so với tổng số) 15%", [188, 51, 47, 46, 44]],
    ["2", "Khá\n(tỉ lệ so với tổng số) 30%", [376, 102, 94, 92, 88]],
    ["3", "Trung bình\n(tỉ lệ so với tổng số) 50%", [627, 17, 153, 154, 152]],
    ["4", "Yếu\n(tỉ lệ so với tổng số) 04%", [51, 15, 15, 13, 8]],
    ["5", "Kém\n(tỉ lệ so với tổng số) 01%", [12, 4, 4, 3, 1]],
    ["III", "Tổng hợp kết quả cuối năm", [1254, 339, 313, 308, 294]],
    ["1", "Lên lớp\n(tỉ lệ so với tổng số) 92%", [1154, 305, 281, 283, 285]],
    ["a", "Học sinh giỏi\n(tỉ lệ so với tổng số) 15%", [150, 51, 47, 46, 44]],
    ["b", "Học sinh tiên tiến\n(tỉ lệ so với tổng số) 30%", [376, 102, 94, 92, 88]],
    ["2", "Thi lại\n(tỉ lệ so với tổng số) 7,5%", [94, 26, 24, 23, 18]],
    ["3", "Lưu ban\n(tỉ lệ so với tổng số) 1,5%", [19, 5, 5, 5, 4]],
  ];
  pub.forEach(([no, t, xs], i) => f.row(`A${8 + i}`, [no, t, ...xs], { border: true, wrap: true, bold: /^[IV]+$/.test(no) }));

  // The year-end sheet: commitment beside the result.
  const s = b.sheet("Thực hiện cuối năm");
  s.cols([5, 30, 14, 10, 10, 8, 8, 8, 8, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD - ĐT TP NHA TRANG", "TRƯỜNG THCS MAI XUÂN THƯỞNG"],
    date: "Nha Trang, ngày 31 tháng 5 năm 2013",
    title: ["KẾT QUẢ THỰC HIỆN CAM KẾT CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2012-2013"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Cam kết (tỉ lệ so với tổng số)", head);
  s.merge("D8:E8", "Thực hiện", head).row("D9", ["Tổng số", "Tỷ lệ (%)"], head);
  s.merge("F8:I8", "Chia ra theo khối lớp", head).row("F9", grades, head);
  s.merge("J8:J9", "Ghi chú", head);
  // [no, label, commitment, count, grade split, kind] kind: up (good category), cap (bad category), mid (no direction), head (section total)
  type Kind = "up" | "cap" | "mid" | "head";
  type R = [string, string, string, number, number[], Kind];
  const rows: R[] = [
    ["I", "Số học sinh theo hạnh kiểm", "", 1248, [336, 312, 306, 294], "head"],
    ["1", "Tốt", "40%", 537, [142, 133, 131, 131], "up"],
    ["2", "Khá", "50%", 632, [172, 158, 153, 149], "up"],
    ["3", "Trung bình", "9,5%", 76, [21, 20, 21, 14], "mid"],
    ["4", "Yếu", "0,5%", 3, [1, 1, 1, 0], "cap"],
    ["II", "Số học sinh chia theo học lực", "", 1248, [336, 312, 306, 294], "head"],
    ["1", "Giỏi", "15%", 175, [49, 44, 42, 40], "up"],
    ["2", "Khá", "30%", 412, [110, 103, 101, 98], "up"],
    ["3", "Trung bình", "50%", 606, [160, 152, 149, 145], "mid"],
    ["4", "Yếu", "04%", 47, [14, 11, 12, 10], "cap"],
    ["5", "Kém", "01%", 8, [3, 2, 2, 1], "cap"],
    ["III", "Tổng hợp kết quả cuối năm", "", 1248, [336, 312, 306, 294], "head"],
    ["1", "Lên lớp", "92%", 1162, [311, 290, 283, 278], "up"],
    ["a", "Học sinh giỏi", "15%", 175, [49, 44, 42, 40], "up"],
    ["b", "Học sinh tiên tiến", "30%", 398, [107, 99, 97, 95], "up"],
    ["2", "Thi lại", "7,5%", 78, [23, 20, 21, 14], "cap"],
    ["3", "Lưu ban", "1,5%", 8, [2, 2, 2, 2], "cap"],
  ];
  const first = 10;
  let headRow = first;
  const one = (x: number) => x.toFixed(1).replace(".", ",");
  rows.forEach((x, i) => {
    const r = first + i;
    if (x[5] === "head") headRow = r;
    const rate: CellInput = x[5] === "head" ? "" : { v: `=ROUND(D${r}/D$${headRow}*100,1)`, fmt: "0.0" };
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], rate, ...x[4], ""], { border: true, align: "center", bold: x[5] === "head" });
    if (x[5] === "head") return;
    const t = Number(x[2].replace("%", "").replace(",", "."));
    const v = Math.round((x[3] / 1248) * 1000) / 10;
    let st: Status;
    let why: string;
    const section = i < 5 ? "Hạnh kiểm" : i < 11 ? "Học lực" : "Cuối năm";
    if (x[5] === "up") {
      st = Math.abs(v - t) < 1e-9 ? "met" : v > t ? "exceeded" : "not_met";
      why = `${one(v)} ${st === "not_met" ? "<" : ">"} ${x[2]} (a good category: the bare share is a floor)`;
    } else if (x[5] === "cap") {
      st = v <= t + 1e-9 ? "met" : "not_met";
      why = `${one(v)} ${st === "met" ? "≤" : ">"} ${x[2]}: a bad category, so the bare share is a ceiling${x[2].startsWith("0") && !x[2].startsWith("0,") ? ` ("${x[2]}" is ${t}%)` : ""}`;
    } else {
      st = "review";
      why = `${one(v)} against a bare ${x[2]} for a middle category: as a floor it fails, yet fewer average students here went with more good ones; nothing on the row says which way`;
    }
    s.expect(`E${r}|D${r}`, { indicator: `${section} · ${x[1]}`, target: x[2], actual: `${x[3]} (${one(v)})`, status: st, why });
  });
  const last = first + rows.length - 1;
  const n = notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Cam kết theo Thông báo cam kết chất lượng giáo dục năm học 2012-2013 (Mẫu 9) đã công khai tại trường (trang tính \"Mẫu 9 (cam kết)\").",
    "- Tỷ lệ tính trên tổng số học sinh cuối năm (1.248 em).",
  ]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Trần Thị Ngọc Lan" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Tâm" });
  b.facts = {
    sheet: "Thực hiện cuối năm",
    headerRows: "8-9 (Thực hiện over Tổng số | Tỷ lệ (%); Chia ra theo khối lớp over lớp 6-9)",
    nameColumn: "B (Nội dung), within sections I-III (the same words Khá, Trung bình, Yếu recur)",
    target: "column C (Cam kết: bare shares \"40%\", \"9,5%\", \"04%\", \"01%\")",
    actualColumns: "E (Tỷ lệ (%): ROUND formulas showing plain numbers) with D (counts)",
    ignoreColumns: "F-I (grade breakdowns), J (Ghi chú); the first sheet \"Mẫu 9 (cam kết)\" is the published commitment (targets and planned counts, with the school's own slips), not results",
    totalRows: "10, 15, 21 (section totals, the denominators)",
    otherRows: `${last + 2}-${n - 1} (notes), signature below`,
    asOf: "2013-05-31",
    period: "2012-2013",
    notes: "Every category of a distribution carries a bare share. Good categories (Tốt, Khá, Giỏi, Lên lớp, Học sinh giỏi, Học sinh tiên tiến) read as floors; bad ones (Yếu, Kém, Thi lại, Lưu ban) as ceilings (\"04%\" is 4%); the middle category (Trung bình) has no direction, so a figure under it is review. The first sheet is the commitment as published, with counts that look like results.",
  };
  return b;
}
