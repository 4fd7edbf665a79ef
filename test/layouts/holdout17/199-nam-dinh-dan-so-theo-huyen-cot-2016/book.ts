// Layout 199: a province's population-work results for 2016 by district with the districts as columns (Nam Định): three indicators as rows, one target column "áp dụng cho từng huyện, thành phố", a hidden 2015 column, ten district columns and the province column; a strict "Dưới 115" cap met and missed at 115,0, a percent typed as text, "Chưa triển khai" meaning no screening at all.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu công tác dân số năm 2016 theo huyện, thành phố, Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nam Định");
  const s = b.sheet("Chi tieu DS 2016");
  s.cols([5, 34, 16, 10, 10, 9, 9, 9, 10, 10, 10, 10, 10, 9, 10, 26]);
  titleBlock(s, {
    left: ["SỞ Y TẾ NAM ĐỊNH", "CHI CỤC DÂN SỐ - KHHGĐ"],
    date: "Nam Định, ngày 28 tháng 3 năm 2017",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CÔNG TÁC DÂN SỐ NĂM 2016 THEO HUYỆN, THÀNH PHỐ", "(Kèm theo Báo cáo tổng kết công tác Dân số - KHHGĐ năm 2016)"],
    leftSpan: ["A", "C"],
    rightSpan: ["I", "P"],
    titleSpan: ["A", "P"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const units = ["TP Nam Định", "Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu"];
  const cols = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Chỉ tiêu năm 2016 (áp dụng cho từng huyện, thành phố)", head).merge("D8:D9", "Toàn tỉnh năm 2015", head);
  s.merge("E8:N8", "Thực hiện năm 2016", head).row("E9", units, head);
  s.merge("O8:O9", "Toàn tỉnh", head).merge("P8:P9", "Ghi chú", head);
  s.hideCols("D");
  // [indicator, target, 2015, values ×10, province, note, kind]
  type I = [string, string, number, (number | string)[], number, string, "capStrict" | "floor"];
  const inds: I[] = [
    ["Tỷ số giới tính khi sinh (số bé trai/100 bé gái)", "Dưới 115", 116, [112.4, 116.9, 115.0, 113.8, 118.2, 114.6, 111.9, 117.3, 113.1, 114.2], 114.7, "", "capStrict"],
    ["Tỷ lệ sinh con thứ 3 trở lên (%)", "Dưới 15%", 15.8, [9.8, 14.2, 15.6, 16.1, 13.5, 15.0, 14.8, 17.2, 12.9, "13,9%"], 14.6, "Hải Hậu: số liệu gửi bằng văn bản", "capStrict"],
    ["Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh (%)", "Từ 30% trở lên", 24.5, [45.2, 31.0, 28.4, 30.0, 26.7, 33.5, "Chưa triển khai", 38.6, 29.9, 35.7], 34.1, "Trực Ninh: chưa ký hợp đồng với cơ sở sàng lọc trong năm 2016", "floor"],
  ];
  const vi = (x: number) => x.toFixed(1).replace(".", ",");
  const judge = (kind: I[6], v: number, t: number): Status => (kind === "capStrict" ? (v < t ? "met" : "not_met") : v > t ? "exceeded" : v === t ? "met" : "not_met");
  inds.forEach((x, i) => {
    const r = 10 + i;
    const t = kind2num(x[1]);
    s.row(`A${r}`, [i + 1, x[0], x[1], { v: x[2], fmt: "0.0" }, ...x[3].map((v) => (typeof v === "number" ? { v, fmt: "0.0" as const } : v)), { v: x[4], fmt: "0.0" }, x[5]], { border: true, align: "center", wrap: true });
    x[3].forEach((v, j) => {
      let status: Status;
      let why: string;
      if (v === "Chưa triển khai") {
        status = "not_met";
        why = "\"Chưa triển khai\": no screening was done in 2016 (Ghi chú: no contract with a screening facility that year), so the share is nil, far under 30; the year is over";
      } else {
        const n = typeof v === "number" ? v : parseFloat(v.replace(",", ".").replace("%", ""));
        status = judge(x[6], n, t);
        why = `${vi(n)}${typeof v === "string" ? ` (typed as text "${v}")` : ""}${x[6] === "capStrict" ? (n < t ? ` under ${vi(t)}` : n === t ? `, at ${vi(t)}: not under it` : ` above ${vi(t)}`) : n === t ? ", at the floor" : n > t ? ` above ${vi(t)}` : ` under ${vi(t)}`}`;
      }
      s.expect(`${cols[j]}${r}`, { indicator: `${units[j]} · ${x[0]}`, target: x[1], status, why });
    });
    s.expect(`O${r}`, { indicator: `Toàn tỉnh · ${x[0]}`, target: x[1], status: judge(x[6], x[4], t), why: `the province's own figure ${vi(x[4])}${x[6] === "capStrict" ? ` under ${vi(t)}` : ` above ${vi(t)}`} (the 2015 column, hidden, is not judged)` });
  });
  function kind2num(t: string): number {
    return parseFloat(t.replace(/[^\d,]/g, "").replace(",", "."));
  }
  const rollUps = inds.map((x) => s.rollUp(` · ${x[0]}`, "huyện, thành phố"));
  notes(s, 14, "B", [
    "Ghi chú:",
    "- Tỷ số giới tính khi sinh và tỷ lệ sinh con thứ 3 trở lên tính theo số liệu sổ A0 và báo cáo thống kê chuyên ngành năm 2016.",
    "- Chỉ tiêu năm 2016 theo Kế hoạch công tác Dân số - KHHGĐ năm 2016 của UBND tỉnh, giao chung cho từng huyện, thành phố.",
  ]);
  signature(s, 18, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Minh Huệ" }, { col: "K", title: "CHI CỤC TRƯỞNG", name: "Vũ Văn Thắng" });
  b.facts = {
    sheet: "Chi tieu DS 2016",
    headerRows: "8-9 (merged: Thực hiện năm 2016 over the ten districts)",
    nameColumn: "B (Chỉ tiêu); the units are the column headers E9:N9 and O (Toàn tỉnh)",
    target: "column C (Chỉ tiêu năm 2016, one per indicator row, for every district)",
    actualColumns: "E-N (districts), O (Toàn tỉnh) on rows 10-12",
    ignoreColumns: "A (TT), D (hidden: the province in 2015), P (Ghi chú)",
    totalRows: "none (the province is column O, judged)",
    targetRows: "none",
    otherRows: "notes 14-16; signature from 18",
    asOf: "2017-03-28",
    period: "Năm 2016",
    rollUps,
    notes: "Units are columns: each indicator row has one target in column C that applies to every district and to the province. Strict caps \"Dưới 115\" and \"Dưới 15%\": 115,0 and 15,0 are not under them. Hải Hậu's third-child rate is typed as text \"13,9%\". Trực Ninh's screening \"Chưa triển khai\" means none was done in a year that is over: not met, not missing data. The hidden 2015 column is not a result.",
  };
  return b;
}
