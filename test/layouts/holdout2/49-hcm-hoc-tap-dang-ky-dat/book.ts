// Layout 49: a city's count of learning-family/clan/community/unit titles registered and recognised by district (Hội Khuyến học TP.HCM, 2016): registration/result pairs under merged headings, "-" where nothing applies, a count typed "12.450".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê số lượng đăng ký và đạt danh hiệu Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập năm 2016, TP. Hồ Chí Minh");
  const s = b.sheet("Mô hình học tập 2016");
  s.cols([5, 16, 10, 10, 8, 8, 8, 8, 9, 9, 8, 9, 9, 8, 18]);
  titleBlock(s, {
    left: ["TRUNG ƯƠNG HỘI KHUYẾN HỌC VIỆT NAM", "HỘI KHUYẾN HỌC TP. HỒ CHÍ MINH"],
    date: "TP. Hồ Chí Minh, ngày 15 tháng 12 năm 2016",
    title: ["THỐNG KÊ SỐ LƯỢNG ĐĂNG KÝ VÀ ĐẠT DANH HIỆU", "\"GIA ĐÌNH HỌC TẬP\", \"DÒNG HỌ HỌC TẬP\", \"CỘNG ĐỒNG HỌC TẬP\", \"ĐƠN VỊ HỌC TẬP\" NĂM 2016", "(Theo Quyết định số 448/QĐ-KHVN ngày 01/12/2015 của Hội Khuyến học Việt Nam)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "O"],
    titleSpan: ["A", "O"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Quận, huyện", head);
  const groups: Array<[string, string, string]> = [["C", "E", "Gia đình học tập"], ["F", "H", "Dòng họ học tập"], ["I", "K", "Cộng đồng học tập (khu phố, ấp)"], ["L", "N", "Đơn vị học tập"]];
  for (const [from, to, label] of groups) {
    s.merge(`${from}9:${to}9`, label, head);
    const c = from.charCodeAt(0);
    s.row(`${from}10`, ["Số đăng ký", "Số đạt", "Tỷ lệ (%)"], head);
    void c;
  }
  s.merge("O9:O10", "Ghi chú", head);

  // [district, family reg, family ok, clan reg, clan ok, community reg, community ok, unit reg, unit ok, note]; "-" = not applicable, null = not yet recognised.
  type V = number | string | null;
  type U = [string, V, V, V, V, V, V, V, V, string];
  const units: U[] = [
    ["Quận 1", 8520, 7910, "-", "-", 42, 40, 120, 118, ""],
    ["Quận 4", 6300, 6300, "-", "-", 35, 35, 85, 80, ""],
    ["Quận 8", "12.450", 11980, "-", "-", 60, 55, 140, 140, "Số đăng ký nhập dạng chữ"],
    ["Quận 11", 7150, 6870, "-", "-", 40, 40, 96, 92, ""],
    ["Quận Bình Thạnh", 15600, 14950, "-", "-", 70, 66, 210, 205, ""],
    ["Quận Gò Vấp", 14200, null, "-", "-", 65, null, 180, null, "Chưa tổ chức xét công nhận"],
    ["Huyện Củ Chi", 21300, 20850, 48, 48, 190, 183, 260, 255, ""],
    ["Huyện Hóc Môn", 16800, 16200, 25, 22, 120, 120, 150, 147, ""],
    ["Huyện Bình Chánh", 18900, 18900, 30, 30, 130, 126, 175, 175, ""],
    ["Huyện Cần Giờ", 5400, 5120, 12, 12, 36, 36, 60, 58, ""],
  ];
  const first = 11;
  const cell = (x: V): CellInput => (x === null ? "" : typeof x === "number" && x >= 1000 ? { v: x, fmt: "#,##0" } : x);
  const rows = units.map((u, i) => {
    const r = first + i;
    const out: CellInput[] = [i + 1, u[0]];
    groups.forEach(([from], k) => {
      const reg = String.fromCharCode(from.charCodeAt(0));
      const ok = String.fromCharCode(from.charCodeAt(0) + 1);
      out.push(cell(u[1 + 2 * k]), cell(u[2 + 2 * k]), { v: `=IF(ISNUMBER(${ok}${r}),ROUND(${ok}${r}/${reg}${r}*100,1),"")`, fmt: "0.0" });
    });
    out.push(u[9]);
    return out;
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const sum = (c: string) => `=SUM(${c}${first}:${c}${last})`;
  table(s, `A${end}`, [["", "Cộng", ...groups.flatMap(([from]) => { const a = from; const bb = String.fromCharCode(from.charCodeAt(0) + 1); return [{ v: sum(a), fmt: "#,##0" as const }, { v: sum(bb), fmt: "#,##0" as const }, { v: `=ROUND(${bb}${end}/${a}${end}*100,1)`, fmt: "0.0" as const }]; }), "Q8 đăng ký ghi chữ, không cộng"]], { bold: true, align: "center" });

  const num = (x: V) => (typeof x === "number" ? x : Number(String(x).replace(/\./g, "")));
  const show = (x: V) => (typeof x === "number" ? (x >= 1000 ? x.toLocaleString("de-DE") : String(x)) : `"${x}"`);
  units.forEach((u, i) => {
    const r = first + i;
    groups.forEach(([from, , label], k) => {
      const reg = u[1 + 2 * k];
      const ok = u[2 + 2 * k];
      if (reg === "-") return;
      const okCol = String.fromCharCode(from.charCodeAt(0) + 1);
      const rateCol = String.fromCharCode(from.charCodeAt(0) + 2);
      const indicator = `${u[0]} · Số đạt danh hiệu "${label.replace(/ \(.*\)$/, "")}"`;
      const target = `${show(reg)} (Số đăng ký)`;
      if (ok === null) {
        s.expect(`${okCol}${r}|${rateCol}${r}`, { indicator, target, actual: "(trống)", status: "no_data", why: "not yet recognised (Ghi chú)" });
        return;
      }
      const a = num(ok);
      const t = num(reg);
      const st: Status = a > t ? "exceeded" : a === t ? "met" : "not_met";
      s.expect(`${okCol}${r}|${rateCol}${r}`, { indicator, target, actual: show(ok), status: st, why: `${show(ok)} ${st === "met" ? "=" : "<"} ${show(reg)} registered${typeof reg === "string" ? " (\"12.450\" typed as text is twelve thousand four hundred and fifty, not 12,45)" : ""}` });
    });
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- \"-\": quận không triển khai mô hình Dòng họ học tập.",
    "- Tỷ lệ (%) = Số đạt / Số đăng ký.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Hồng Vân" }, { col: "J", title: "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", name: "Phạm Phương Thảo" });
  b.facts = {
    sheet: "Mô hình học tập 2016",
    headerRows: "9-10 (four titles over Số đăng ký | Số đạt | Tỷ lệ (%))",
    nameColumn: "B (Quận, huyện)",
    target: "the \"Số đăng ký\" column of each title (C, F, I, L): what each district registered",
    actualColumns: "the \"Số đạt\" columns D, G, J, M (with the derived rates E, H, K, N)",
    ignoreColumns: "E, H, K, N as targets (Số đạt / Số đăng ký), O (Ghi chú)",
    totalRows: `${end} (Cộng)`,
    otherRows: `${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2016-12-15",
    period: "2016",
    rollUps: groups.map(([, , label]) => s.rollUp(` · Số đạt danh hiệu "${label.replace(/ \(.*\)$/, "")}"`, "quận, huyện")),
    notes: "Registration/result pairs: the registered number is each district's own target. Urban districts have \"-\" for clans (nothing registered, not judged). Quận 8's registration is typed as text \"12.450\" (Vietnamese thousands dot); its rate formula then shows an error. Gò Vấp has not recognised anyone yet.",
  };
  return b;
}
