// Layout 19: a district's school-by-school nutrition table for preschools (An Lão, Hải Phòng, 2022-2023): per-school caps, a hidden merged school, cell comments.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả chăm sóc, nuôi dưỡng trẻ theo chỉ tiêu giao từng trường mầm non, huyện An Lão, cuối năm học 2022-2023");
  const s = b.sheet("Dinh dưỡng cuối năm");
  s.cols([5, 22, 10, 10, 8, 9, 10, 8, 9, 10, 8, 9, 18]);
  titleBlock(s, {
    left: ["UBND HUYỆN AN LÃO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "An Lão, ngày 25 tháng 5 năm 2023",
    title: ["TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHĂM SÓC, NUÔI DƯỠNG TRẺ", "Các trường mầm non công lập, cuối năm học 2022-2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:C9", "Tổng số trẻ được cân đo", head);
  s.merge("D8:F8", "Suy dinh dưỡng thể nhẹ cân", head).merge("G8:I8", "Suy dinh dưỡng thể thấp còi", head).merge("J8:L8", "Thừa cân, béo phì", head);
  s.row("D9", ["Chỉ tiêu giao (%)", "Số trẻ", "Tỷ lệ (%)", "Chỉ tiêu giao (%)", "Số trẻ", "Tỷ lệ (%)", "Chỉ tiêu giao (%)", "Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("M8:M9", "Ghi chú", head);

  // [school, weighed, [cap, count] × 3, note]; caps are "at most" (a harm rate), some typed "Dưới 2%".
  const schools: Array<[string, number, [CellInput, CellInput], [CellInput, CellInput], [CellInput, CellInput], string]> = [
    ["MN An Tiến", 412, [2, 6], [3, 11], [2.5, 9], ""],
    ["MN An Thái", 365, [2, 9], [3, 10], [2.5, 7], ""],
    ["MN An Thọ", 298, [1.5, 4], [2.5, 8], [2, 8], ""],
    ["MN Bát Trang", 356, ["Dưới 2%", 5], [3, 13], [2.5, 6], ""],
    ["MN Chiến Thắng", 447, [2, 8], [3, 14], [2.5, 12], "Cân đo tháng 5/2023"],
    ["MN Quang Hưng", 0, ["", ""], ["", ""], ["", ""], "Đã sáp nhập vào MN Chiến Thắng"],
    ["MN Mỹ Đức", 389, [2, 7], [3, null], [2.5, 8], "Chưa tổng hợp thấp còi"],
    ["MN Quốc Tuấn", 330, [2, 6], [3, 9], [2.5, 10], ""],
    ["MN Tân Viên", 402, [2, 10], [3, 12], [2.5, 9], ""],
    ["MN Thái Sơn", 276, [1.5, 3], [2.5, 7], [2, 5], ""],
    ["MN Trường Thọ", 318, [2, 5], [3, 8], [2.5, 7], ""],
  ];
  const first = 10;
  const rows = schools.map(([name, n, a, c, d, note], i) => {
    const r = first + i;
    const rate = (col: string, v: CellInput) => (v === "" ? "" : { v: `=IF(${col}${r}="","",ROUND(${col}${r}/$C${r}*100,2))`, fmt: "0.00" as const });
    return [i + 1, name, n === 0 ? "" : n, a[0], a[1], rate("E", a[1]), c[0], c[1], rate("H", c[1]), d[0], d[1], rate("K", d[1]), note];
  });
  const end = table(s, `A${first}`, rows);
  const hidden = first + 5;
  s.hideRows(hidden);
  s.get(`E${first + 4}`)!.note = "Số liệu cân đo ngày 12/5/2023, đã đối chiếu sổ theo dõi sức khỏe.";
  s.get(`H${first + 6}`)!.note = "Trường chưa gửi biểu đo chiều cao.";
  table(s, `A${end}`, [["", "Toàn huyện", `=SUM(C${first}:C${end - 1})`, 2, `=SUM(E${first}:E${end - 1})`, { v: `=ROUND(E${end}/C${end}*100,2)`, fmt: "0.00" }, 3, `=SUM(H${first}:H${end - 1})`, { v: `=ROUND(H${end}/C${end}*100,2)`, fmt: "0.00" }, 2.5, `=SUM(K${first}:K${end - 1})`, { v: `=ROUND(K${end}/C${end}*100,2)`, fmt: "0.00" }, ""]], { bold: true });

  const judge = (cap: CellInput, count: CellInput, n: number): { status: Status; why: string } => {
    if (count === null || count === undefined || count === "") return { status: "no_data", why: "blank count" };
    const c = typeof cap === "number" ? cap : Number(String(cap).replace(/[^\d,]/g, "").replace(",", "."));
    const strict = typeof cap === "string";
    const rate = (Number(count) / n) * 100;
    const ok = strict ? rate < c : rate <= c;
    return { status: ok ? "met" : "not_met", why: `${count}/${n} = ${rate.toFixed(2).replace(".", ",")}% ${ok ? (strict ? "<" : "≤") : ">"} ${String(c).replace(".", ",")}%` };
  };
  const groups: Array<[string, string, string, number]> = [["E", "F", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", 2], ["H", "I", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", 3], ["K", "L", "Tỷ lệ trẻ thừa cân, béo phì", 4]];
  schools.forEach((sc, i) => {
    if (sc[1] === 0) return;
    const r = first + i;
    groups.forEach(([cnt, rate, label, k]) => {
      const [cap, count] = sc[k] as [CellInput, CellInput];
      const j = judge(cap, count, sc[1]);
      s.expect(`${rate}${r}|${cnt}${r}`, { indicator: `${sc[0]} · ${label}`, target: typeof cap === "number" ? `không quá ${String(cap).replace(".", ",")}% (cột chỉ tiêu giao)` : String(cap), actual: count === null ? "(trống)" : `${count}/${sc[1]}`, status: j.status, why: j.why });
    });
  });
  const n = notes(s, end + 2, "B", ["Ghi chú:", "- Chỉ tiêu giao là tỷ lệ tối đa (không vượt quá) theo Kế hoạch năm học 2022-2023 của Phòng GDĐT.", "- Dòng MN Quang Hưng đã ẩn do sáp nhập."]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Huyền" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Vũ Trọng Dũng" });
  b.facts = {
    sheet: "Dinh dưỡng cuối năm",
    headerRows: "8-9 (three groups, each Chỉ tiêu giao (%) | Số trẻ | Tỷ lệ (%))",
    nameColumn: "B (Trường)",
    target: "per-school target column in each group (D, G, J): a cap in percent points (\"2\" = at most 2%; \"Dưới 2%\" strictly below)",
    actualColumns: "counts E, H, K over C (Tổng số trẻ được cân đo), rates by formula in F, I, L",
    ignoreColumns: "M (Ghi chú)",
    totalRows: `${end} (Toàn huyện, with the district caps)`,
    otherRows: `${hidden} (hidden: a merged school, never judged), ${end + 2}-${end + 4} (notes), signature below`,
    asOf: "2023-05-25",
    period: "2022-2023",
    rollUps: groups.map(([, , label]) => s.rollUp(` · ${label}`, "trường")),
    notes: "Less is better in every group: the note under the table says the targets are caps. Two cells carry comments.",
  };
  return b;
}
