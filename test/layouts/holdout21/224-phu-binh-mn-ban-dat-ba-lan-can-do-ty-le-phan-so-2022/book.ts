// Layout 224: a kindergarten's year-end quality annex (MN Bàn Đạt, Phú Bình, Thái Nguyên, 2021-2022): three measurement points side by side (start of year, mid-year hidden, end of year), each a count and a rate typed as a fraction shown in percent, the year's targets in words in their own column; only the end-of-year column is judged: a strict "Dưới 4%" met by 3,97% that shows "4,0%", a cap missed by 2,15%, attendance floors per age group, teachers' counts over another roll, a five-year-old finishing count with a disabled child in inclusive class (review).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ năm học 2021-2022, Trường Mầm non Bàn Đạt (Phú Bình, Thái Nguyên)");
  const s = b.sheet("PL chat luong 2021-2022");
  s.cols([5, 44, 8, 16, 9, 9, 9, 9, 9, 9, 30]);
  titleBlock(s, {
    left: ["PHÒNG GDĐT PHÚ BÌNH", "TRƯỜNG MN BÀN ĐẠT"],
    number: "Phụ lục kèm theo Báo cáo số 95/BC-MNBĐ",
    date: "Bàn Đạt, ngày 25 tháng 05 năm 2022",
    title: ["PHỤ LỤC: KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2021 - 2022", "(Số liệu ba lần cân đo, đánh giá: đầu năm, giữa năm, cuối năm)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "Chỉ tiêu năm học 2021-2022", head);
  s.merge("E8:F8", "Đầu năm (tháng 9/2021)", head).merge("G8:H8", "Giữa năm (tháng 01/2022)", head).merge("I8:J8", "Cuối năm (tháng 5/2022)", head);
  s.row("E9", ["SL", "TL", "SL", "TL", "SL", "TL"], head);
  s.merge("K8:K9", "Ghi chú", head);
  s.hideCols("G", "H");
  // Row 10: the roll at each point (the denominator of most rates).
  s.row("A10", ["", "Tổng số trẻ ra lớp", "trẻ", "595 trẻ (KH giao)", 596, "", 601, "", 604, "", "Trong đó nhà trẻ 112, mẫu giáo 492"], bd);
  s.set("B10", "Tổng số trẻ ra lớp", { border: true, wrap: true, bold: true });
  s.expect("I10", { indicator: "Tổng số trẻ ra lớp", target: "595 trẻ (KH giao)", status: "exceeded", why: "604 children against the 595 planned" });
  type Cell = number | string;
  // [nội dung, ĐVT, chỉ tiêu, [SL,TL] ×3 (TL fraction or "" ), ghi chú, status, why]
  type R = [string, string, string, [Cell, Cell], [Cell, Cell], [Cell, Cell], string, Status, string];
  const rows: R[] = [
    ["Trẻ được cân đo, theo dõi sức khỏe bằng biểu đồ tăng trưởng", "%", "100%", [596, 1], [601, 1], [604, 1], "", "met", "604 of 604 children: 100%"],
    ["Trẻ suy dinh dưỡng thể nhẹ cân", "%", "Dưới 3%", [25, 0.0419], [19, 0.0316], [14, 0.0232], "", "met", "14/604 = 2,32%, under 3%"],
    ["Trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 4%", [31, 0.052], [27, 0.0449], [24, 0.0397], "", "met", "24/604 = 3,97%, under the strict 4% although the cell shows 4,0%"],
    ["Trẻ thừa cân, béo phì", "%", "Không quá 2%", [9, 0.0151], [11, 0.0183], [13, 0.0215], "Tăng do nghỉ học dài ngày (Covid-19)", "not_met", "13/604 = 2,15%, over the 2% cap"],
    ["Tỷ lệ chuyên cần bình quân - Nhà trẻ", "%", "≥ 90%", ["", 0.874], ["", 0.861], ["", 0.895], "Tháng 2-3/2022 nhiều trẻ F0, F1", "not_met", "89,5% under 90%"],
    ["Tỷ lệ chuyên cần bình quân - Mẫu giáo", "%", "≥ 95%", ["", 0.951], ["", 0.938], ["", 0.962], "", "exceeded", "96,2% above 95%"],
    ["Trẻ ăn bán trú tại trường", "%", "100%", [596, 1], [601, 1], [604, 1], "", "met", "604 of 604"],
    ["Trẻ 5 tuổi hoàn thành Chương trình GDMN", "%", "100%", ["", ""], ["", ""], [197, 0.9949], "198 trẻ 5 tuổi; 01 trẻ khuyết tật học hòa nhập, đánh giá theo kế hoạch giáo dục cá nhân", "review", "197/198 = 99,49%: short of 100% if the disabled child in inclusive class counts, 197/197 met if the child is assessed on an individual plan and left out; the sheet does not say which"],
    ["Giáo viên đạt chuẩn trình độ đào tạo trở lên (Luật Giáo dục 2019)", "%", "≥ 85%", [30, 0.8108], [31, 0.8378], [32, 0.8649], "Tổng số giáo viên: 37", "exceeded", "32/37 = 86,49%, above 85%"],
    ["Giáo viên xếp loại chuẩn nghề nghiệp từ Khá trở lên", "%", "≥ 90%", ["", ""], ["", ""], [34, 0.9189], "Đánh giá cuối năm học", "exceeded", "34/37 = 91,89%, above 90%"],
  ];
  const frac = (v: Cell): CellInput => (typeof v === "number" ? { v, pct: true, fmt: "0.0%" } : v);
  rows.forEach(([nd, dvt, ct, a, m, e, note, st, why], i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, nd, dvt, ct, a[0], frac(a[1]), m[0], frac(m[1]), e[0], frac(e[1]), note], bd);
    s.set(`B${r}`, nd, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, wrap: true, italic: true });
    // As a spreadsheet rounds the shown text (0,0215 shows "2,2%", where toFixed would give "2,1%").
    const shown = typeof e[1] === "number" ? `${(Math.round(e[1] * 1000 + 1e-9) / 10).toFixed(1).replace(".", ",")}%` : undefined;
    s.expect(`J${r}`, { indicator: nd, target: ct, status: st, why, actual: shown });
  });
  const last = 11 + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- TL ghi theo tỷ lệ phần trăm so với tổng số trẻ ra lớp tại thời điểm cân đo (trừ dòng giáo viên: so với 37 giáo viên).",
    "- Chỉ tiêu năm học đánh giá theo số liệu cuối năm (tháng 5/2022); số liệu đầu năm, giữa năm để so sánh.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Dương Thị Hằng" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Trang" });
  b.facts = {
    sheet: "PL chat luong 2021-2022",
    headerRows: "8-9 (three merged measurement groups, SL / TL under each)",
    nameColumn: "B (Nội dung)",
    target: "column D (Chỉ tiêu năm học 2021-2022, in words: \"Dưới 3%\", \"≥ 90%\", \"595 trẻ (KH giao)\")",
    actualColumns: "J (Cuối năm TL: rates typed as fractions shown in percent); I10 (the roll, a count)",
    ignoreColumns: "A (TT), C (ĐVT), E-F (Đầu năm), G-H (Giữa năm, hidden), I from row 11 (counts behind the rates), K (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2022-05-25",
    period: "Năm học 2021-2022",
    notes: "Three measurement points side by side; only the end-of-year one (tháng 5/2022) is judged, as the notes say; the mid-year group is hidden. Rates are fractions shown in percent (0,0397 shows 4,0%: under the strict \"Dưới 4%\"). Caps held are met; 2,15% breaks \"Không quá 2%\". Teacher rates are over 37 teachers, not the roll. The five-year-old finishing rate depends on whether the disabled child in inclusive class counts (review).",
  };
  return b;
}
