// Layout 64: a lower-secondary subject group's record of its teachers' observed and demonstration lessons against the norms of the time (TT 12/2009/TT-BGDĐT, THCS Lê Lợi, Đông Hà, 2010-2011): a norm row under the header, a norm that applies only to the group's leaders, counts typed with their unit, a teacher on leave.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp hoạt động dự giờ, thao giảng năm học 2010-2011, Tổ Khoa học tự nhiên, Trường THCS Lê Lợi (Đông Hà)");
  const s = b.sheet("Tổ KHTN");
  s.cols([5, 24, 12, 14, 14, 14, 16, 26]);
  titleBlock(s, {
    left: ["TRƯỜNG THCS LÊ LỢI", "TỔ KHOA HỌC TỰ NHIÊN"],
    date: "Đông Hà, ngày 20 tháng 5 năm 2011",
    title: ["TỔNG HỢP HOẠT ĐỘNG DỰ GIỜ, THAO GIẢNG", "NĂM HỌC 2010-2011"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Họ và tên", "Chức vụ", "Bài giảng có ứng dụng CNTT", "Tiết hội giảng, thao giảng", "Tiết dự giờ đồng nghiệp", "Dự giờ giáo viên trong tổ (số tiết ít nhất/GV)", "Ghi chú"], head);
  s.row("A9", ["", "Định mức", "", "Ít nhất 02 bài", "04 tiết", "18 tiết", "Ít nhất 04 tiết/GV (tổ trưởng, tổ phó)", "Theo TT 12/2009/TT-BGDĐT"], { italic: true, align: "center", border: true, wrap: true });

  // [name, role, CNTT, thao giảng, dự giờ, dự giờ GV trong tổ ("-" for teachers), note]
  type T = [string, string, CellInput, CellInput, CellInput, CellInput, string];
  const rows: T[] = [
    ["Nguyễn Thị Thanh Bình", "Tổ trưởng", 3, 4, 22, 4, ""],
    ["Lê Văn Hải", "Tổ phó", 2, 4, 18, 3, "Chưa dự đủ GV Hóa"],
    ["Trần Thị Mai", "Giáo viên", 2, 5, 19, "-", ""],
    ["Hoàng Đức Thắng", "Giáo viên", 1, 4, 20, "-", ""],
    ["Phan Thị Lệ", "Giáo viên", 2, 3, 18, "-", ""],
    ["Võ Minh Tuấn", "Giáo viên", "02 bài", "04 tiết", "17 tiết", "-", ""],
    ["Đặng Thị Thu Hà", "Giáo viên", 2, 4, 9, "-", "Nghỉ thai sản từ 10/01/2011"],
    ["Ngô Quang Vinh", "Giáo viên", 4, 6, 25, "-", ""],
    ["Bùi Thị Hương", "Giáo viên", 2, 4, "", "-", "Sổ dự giờ chưa nộp"],
  ];
  const first = 10;
  rows.forEach((t, i) => s.row(`A${first + i}`, [i + 1, ...t], { border: true, align: "center" }));
  const last = first + rows.length - 1;
  s.row(`A${last + 1}`, ["", "Cộng", "", `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, `=SUM(F${first}:F${last})`, "", ""], { bold: true, border: true, align: "center" });

  const numOf = (c: CellInput): number | null => (typeof c === "number" ? c : typeof c === "string" && /^\d+/.test(c) ? Number(/^\d+/.exec(c)![0]) : null);
  const judge = (x: number | null, t: number): Status => (x === null ? "no_data" : x === t ? "met" : x > t ? "exceeded" : "not_met");
  const cols: Array<[string, number, string, number]> = [["D", 2, "Bài giảng có ứng dụng CNTT", 2], ["E", 3, "Tiết hội giảng, thao giảng", 4], ["F", 4, "Tiết dự giờ đồng nghiệp", 18]];
  const targets: Record<string, string> = { D: "Ít nhất 02 bài", E: "04 tiết", F: "18 tiết" };
  rows.forEach((t, i) => {
    const r = first + i;
    const leave = /thai sản/.test(t[6]);
    for (const [col, k, label, min] of cols) {
      const x = numOf(t[k]);
      let st = judge(x, min);
      let why = x === null ? "not handed in (Ghi chú)" : `${x} against ${min}`;
      if (typeof t[k] === "string" && x !== null) why = `"${t[k]}" typed with its unit: ${x} against ${min}`;
      if (col !== "D" && min === 4 && st !== "no_data") why += " (\"04 tiết\" in the norm row is a minimum: the regulation says \"ít nhất … 04 tiết\")";
      if (leave && st === "not_met") {
        st = "review";
        why = `${x} against ${min}, but she was on maternity leave from January: exempt or pro-rated on one reading, short on the other; nothing on the sheet decides`;
      }
      s.expect(`${col}${r}`, { indicator: `${t[0]} · ${label}`, target: targets[col], status: st, why });
    }
    if (t[5] !== "-") {
      const x = numOf(t[5]);
      s.expect(`G${r}`, { indicator: `${t[0]} · Dự giờ giáo viên trong tổ`, target: "Ít nhất 04 tiết/GV (tổ trưởng, tổ phó)", status: judge(x, 4), why: `${t[1]}: the fewest lessons observed for one teacher of the group is ${x}` });
    }
  });
  const after = notes(s, last + 3, "B", [
    "Ghi chú:",
    "- Định mức theo điểm a khoản 2 Điều 7 Thông tư 12/2009/TT-BGDĐT: tổ trưởng, tổ phó dự giờ giáo viên trong tổ ít nhất 04 tiết dạy/giáo viên; mỗi giáo viên thực hiện ít nhất 02 bài giảng có ứng dụng CNTT, 04 tiết dạy hội giảng hoặc thao giảng do nhà trường tổ chức và 18 tiết dự giờ đồng nghiệp.",
    "- Cột (G) chỉ áp dụng với tổ trưởng, tổ phó.",
  ]);
  signature(s, after + 1, { col: "B", title: "TỔ TRƯỞNG", name: "Nguyễn Thị Thanh Bình" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Hồ Văn Sơn" });
  b.facts = {
    sheet: "Tổ KHTN",
    headerRows: "8",
    nameColumn: "B (Họ và tên)",
    target: "row 9 (Định mức: \"Ít nhất 02 bài\", \"04 tiết\", \"18 tiết\", \"Ít nhất 04 tiết/GV (tổ trưởng, tổ phó)\"), all minimums (the regulation's \"ít nhất\" governs the whole list)",
    actualColumns: "D, E, F for every teacher (numbers, \"02 bài\", \"04 tiết\", \"17 tiết\", a blank); G only for the Tổ trưởng and Tổ phó rows",
    ignoreColumns: "C (Chức vụ: decides whether G applies), G where \"-\", H (Ghi chú)",
    targetRows: "9 (Định mức)",
    totalRows: `${last + 1} (Cộng)`,
    otherRows: `${last + 3}-${after - 1} (notes), signature below`,
    asOf: "2011-05-20",
    period: "2010-2011",
    rollUps: [s.rollUp(" · Tiết dự giờ đồng nghiệp", "giáo viên"), s.rollUp(" · Tiết hội giảng, thao giảng", "giáo viên"), s.rollUp(" · Bài giảng có ứng dụng CNTT", "giáo viên")],
    notes: "Norms are in a row under the header, not a column. \"04 tiết\" and \"18 tiết\" carry no \"ít nhất\" in the row but are minimums in the regulation the row cites. Column G applies only to the group's leaders. Đặng Thị Thu Hà was on maternity leave from January: her shortfalls are review. Bùi Thị Hương's observation book was not handed in (no data).",
  };
  return b;
}
