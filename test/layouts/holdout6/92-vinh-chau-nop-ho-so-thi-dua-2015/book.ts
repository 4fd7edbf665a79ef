// Layout 92: a district office's record of when each school sent its emulation papers in 2015-2016 (PGD&ĐT Vĩnh Châu, Sóc Trăng, January 2016): schools down the side, one column per return with its deadline written in a second header row; dates as date cells and as text, "Chưa nộp", blanks, a return not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thời gian nộp hồ sơ thi đua năm học 2015-2016 của các trường, Phòng GD&ĐT thị xã Vĩnh Châu, ngày 12/01/2016");
  const s = b.sheet("Theo dõi nộp hồ sơ");
  s.cols([5, 30, 20, 20, 20, 28]);
  titleBlock(s, {
    left: ["UBND THỊ XÃ VĨNH CHÂU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Vĩnh Châu, ngày 12 tháng 01 năm 2016",
    title: ["THEO DÕI THỜI GIAN NỘP HỒ SƠ THI ĐUA NĂM HỌC 2015-2016", "(Theo Hướng dẫn và kế hoạch thời gian xét thi đua năm học 2015-2016)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị", head);
  s.row("C8", ["Bản đăng ký thi đua đầu năm học", "Báo cáo sơ kết thi đua học kỳ I", "Hồ sơ đề nghị khen thưởng cuối năm học"], head);
  const shownDl = ["Trước ngày 15/10/2015", "Chậm nhất ngày 08/01/2016", "Trước ngày 25/5/2016"];
  s.row("C9", shownDl, { italic: true, align: "center", wrap: true, border: true });
  s.merge("F8:F9", "Ghi chú", head);

  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  // [school, registration, term report, year-end papers, note]
  type S = [string, CellInput, CellInput, CellInput, string];
  const ss: S[] = [
    ["Trường MN Hoa Mai", d("2015-10-12"), d("2016-01-07"), "", ""],
    ["Trường MG Vĩnh Hiệp", d("2015-10-14"), d("2016-01-08"), "", ""],
    ["Trường TH Vĩnh Châu 1", d("2015-10-15"), "08/01/2016", "", "Nộp trực tiếp tại bộ phận văn thư"],
    ["Trường TH Khánh Hòa 2", "20/10/2015", d("2016-01-11"), "", "Nộp trễ, có văn bản giải trình"],
    ["Trường TH Lạc Hòa 1", d("2015-10-09"), "Chưa nộp", "", ""],
    ["Trường TH Vĩnh Hải 3", "Chưa nộp", "Chưa nộp", "", "Đã nhắc nhở lần 2"],
    ["Trường THCS Vĩnh Châu", d("2015-10-13"), d("2016-01-06"), d("2016-01-10"), "Nộp kèm hồ sơ đề nghị khen thưởng đột xuất"],
    ["Trường THCS Lai Hòa", d("2015-10-14"), "", "", ""],
    ["Trường THCS Vĩnh Tân", "", d("2016-01-05"), "", ""],
    ["Trường MG Lạc Hòa", d("2015-10-02"), "11/01/2016", "", ""],
  ];
  const asOf = "2016-01-12";
  const iso = (c: CellInput): string | null => {
    if (c && typeof c === "object" && c.date) return String(c.v);
    if (typeof c === "string") {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(c);
      if (m) return `${m[3]}-${m[2]}-${m[1]}`;
    }
    return null;
  };
  const shown = (x: string) => x.split("-").reverse().join("/");
  const judge = (c: CellInput, deadline: string, strict: boolean, label: string): [Status, string] => {
    const got = iso(c);
    if (got) {
      const ok = strict ? got < deadline : got <= deadline;
      const text = typeof c === "string" ? ` (typed as text)` : "";
      if (ok) return ["met", `sent ${shown(got)}${text}, ${strict ? "before" : "by"} ${shown(deadline)}`];
      if (got === deadline) return ["not_met", `sent on ${shown(got)} itself${text}: "${label}" means by the day before`];
      return ["not_met", `sent ${shown(got)}${text}, after ${shown(deadline)} (late)`];
    }
    const past = strict ? asOf >= deadline : asOf > deadline;
    if (!past) return ["pending", `not yet due (${label} ${shown(deadline)})`];
    if (c === "Chưa nộp") return ["overdue", `"Chưa nộp" and ${shown(deadline)} has passed`];
    return ["overdue", `blank after ${shown(deadline)}: nothing recorded past the due day is overdue (convention, round 19)`];
  };
  const cols: Array<[string, string, boolean, string, string]> = [
    ["C", "2015-10-15", true, "Trước ngày", "Bản đăng ký thi đua đầu năm học"],
    ["D", "2016-01-08", false, "Chậm nhất ngày", "Báo cáo sơ kết thi đua học kỳ I"],
    ["E", "2016-05-25", true, "Trước ngày", "Hồ sơ đề nghị khen thưởng cuối năm học"],
  ];
  ss.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [{ v: i + 1, align: "center" }, x[0], x[1], x[2], x[3], { v: x[4], wrap: true }], { border: true, align: "center" });
    s.set(`B${r}`, x[0], { border: true, align: "left" });
    cols.forEach(([col, dl, strict, label, name], k) => {
      const [st, why] = judge(x[1 + k] as CellInput, dl, strict, label);
      s.expect(`${col}${r}`, { indicator: `${x[0]} · ${name}`, target: shownDl[k], status: st, why });
    });
  });
  const end = 10 + ss.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Ngày nộp tính theo ngày văn thư Phòng nhận hồ sơ; số liệu cập nhật đến ngày 12/01/2016.",
    "- Đơn vị nộp trễ hạn bị trừ điểm thi đua theo quy định.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI THEO DÕI", name: "Lâm Thị Sa Rươl" }, { col: "E", title: "KT. TRƯỞNG PHÒNG", name: "Trần Văn Tâm" });
  b.facts = {
    sheet: "Theo dõi nộp hồ sơ",
    headerRows: "8-9 (9: the deadline of each return)",
    nameColumn: "B (Đơn vị)",
    target: "row 9 (one deadline per column: \"Trước ngày 15/10/2015\", \"Chậm nhất ngày 08/01/2016\", \"Trước ngày 25/5/2016\")",
    actualColumns: "C, D, E (the day each school's papers arrived: date cells, text dates, \"Chưa nộp\", blanks)",
    ignoreColumns: "F (Ghi chú)",
    otherRows: `${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2016-01-12",
    period: "2015-2016",
    rollUps: cols.map(([, , , , name]) => s.rollUp(` · ${name}`, "đơn vị")),
    notes: "A unit × deadline matrix: the deadlines are in the second header row, not beside each school. \"Trước ngày\" is strict (sent on the day itself is late, as in the earlier sets); \"Chậm nhất ngày\" includes the day. \"Chưa nộp\" past the deadline is overdue; a blank past it is no data; the year-end papers are not due yet (pending), and one school sent them early (met).",
  };
  return b;
}
