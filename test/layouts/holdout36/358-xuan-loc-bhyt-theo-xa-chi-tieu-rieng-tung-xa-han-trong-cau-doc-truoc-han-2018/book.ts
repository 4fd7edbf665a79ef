// Layout 358: a district's health-insurance coverage by commune read before its deadline (UBND huyện Xuân Lộc, Đồng Nai, 12 June 2018): communes as rows with population, insured people and a coverage rate, each commune's own 2018 quota in a column after the rate, a "still to enrol" formula, last year's rate hidden, the deadline (30/6/2018, all communes to reach their quotas) only in a sentence above the header, one rate typed as text, the district total against the district's own quota.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ bao phủ bảo hiểm y tế theo xã, thị trấn đến ngày 12/6/2018, UBND huyện Xuân Lộc (Đồng Nai)");
  const s = b.sheet("BHYT 12-6-2018");
  s.cols([5, 20, 12, 13, 12, 12, 14, 12, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN XUÂN LỘC", "BAN CHỈ ĐẠO THỰC HIỆN BHXH, BHYT"],
    date: "Xuân Lộc, ngày 12 tháng 6 năm 2018",
    title: ["TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ THEO XÃ, THỊ TRẤN", "(Số liệu đến ngày 12/6/2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:I8", "Phấn đấu đến ngày 30/6/2018 có 100% xã, thị trấn hoàn thành chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế được giao năm 2018 (cột 6); toàn huyện đạt 85%.", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Xã, thị trấn", "Dân số (người)", "Số người tham gia BHYT", "Tỷ lệ bao phủ (%)", "Chỉ tiêu giao năm 2018 (%)", "Số người cần vận động thêm", "Tỷ lệ đến 31/12/2017 (%)", "Ghi chú"], h);
  s.row("A10", ["1", "2", "3", "4", "5=4/3", "6", "7", "8", "9"], { italic: true, align: "center", border: true });
  s.hideCols("H");
  // commune, population, insured, quota %, last year %, rate typed as text (or null), note
  type U = [string, number, number, number, number, string | null, string];
  const units: U[] = [
    ["Thị trấn Gia Ray", 29815, 23990, 88, 79.8, null, ""],
    ["Xuân Bắc", 27862, 21011, 80, 74.9, null, "Nhiều hộ làm nông, thu nhập thấp"],
    ["Suối Cao", 12206, 9789, 83, 79.6, null, ""],
    ["Xuân Thành", 10385, 8332, 85, 80.1, null, ""],
    ["Xuân Thọ", 12642, 11495, 85, 88.7, null, ""],
    ["Xuân Trường", 20118, 16160, 85, 79.9, null, ""],
    ["Xuân Hòa", 22436, 16883, 80, 74.1, null, "Nhiều hộ làm nông, thu nhập thấp"],
    ["Xuân Hưng", 21574, 17324, 85, 80.0, null, ""],
    ["Xuân Tâm", 12420, 10557, 85, 82.4, null, ""],
    ["Suối Cát", 12631, 10193, 85, 79.5, null, ""],
    ["Xuân Hiệp", 14890, 11942, 85, 78.8, null, ""],
    ["Xuân Phú", 13950, 12848, 85, 90.2, null, ""],
    ["Lang Minh", 8923, 7228, 85, 80.4, "81,0%", "Xã gửi tỷ lệ, chưa gửi danh sách"],
    ["Bảo Hòa", 6482, 5788, 85, 87.5, null, ""],
    ["Xuân Định", 14652, 13707, 88, 92.0, null, ""],
  ];
  const vi2 = (x: number) => x.toFixed(2).replace(".", ",");
  let r = 11;
  const first = r;
  for (const [i, [name, pop, ins, quota, lastYear, typed, note]] of units.entries()) {
    const rate = Math.round((ins / pop) * 10000) / 100;
    const rateCell: CellInput = typed ?? { v: `=ROUND(D${r}/C${r}*100,2)`, result: rate, fmt: "0.00" };
    const need = Math.max(0, Math.ceil((quota * pop) / 100 - ins));
    s.row(`A${r}`, [String(i + 1), name, { v: pop, fmt: "#,##0" }, { v: ins, fmt: "#,##0" }, rateCell, quota, { v: `=MAX(0,ROUNDUP(F${r}*C${r}/100-D${r},0))`, result: need, fmt: "#,##0" }, { v: lastYear, fmt: "0.0" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = rate > quota ? "exceeded" : rate === quota ? "met" : "pending";
    s.expect(`E${r}|D${r}`, {
      indicator: `${name} · Tỷ lệ bao phủ BHYT`,
      target: `${quota}% (column F), đến ngày 30/6/2018 (câu yêu cầu dòng 8)`,
      status: st,
      why:
        st === "pending"
          ? `${typed ? `typed "${typed}" (${ins.toLocaleString("de-DE")}/${pop.toLocaleString("de-DE")} = ${vi2(rate)}%)` : `${vi2(rate)}%`} on 12/6, under ${quota}%; the quota is due on 30/6/2018, so not yet due (${need.toLocaleString("de-DE")} more people needed, column G)`
          : st === "met"
            ? `${vi2(rate)}%, exactly the ${quota}% quota, reached before 30/6`
            : `${vi2(rate)}% already above the ${quota}% quota before 30/6`,
    });
    r++;
  }
  const last = r - 1;
  const P = units.reduce((t, u) => t + u[1], 0);
  const I = units.reduce((t, u) => t + u[2], 0);
  if (P !== 240986 || I !== 197247) throw new Error(`358: totals ${P} ${I} do not match the page`);
  s.row(`A${r}`, ["", "Toàn huyện", { v: `=SUM(C${first}:C${last})`, result: P, fmt: "#,##0" }, { v: `=SUM(D${first}:D${last})`, result: I, fmt: "#,##0" }, { v: `=ROUND(D${r}/C${r}*100,2)`, result: Math.round((I / P) * 10000) / 100, fmt: "0.00" }, 85, { v: `=MAX(0,ROUNDUP(F${r}*C${r}/100-D${r},0))`, result: Math.ceil((85 * P) / 100 - I), fmt: "#,##0" }, "", ""], { border: true, bold: true, align: "center" });
  s.expect(`E${r}|D${r}`, {
    indicator: "Toàn huyện · Tỷ lệ bao phủ BHYT",
    target: "85% (column F and dòng 8), đến ngày 30/6/2018",
    status: "pending",
    why: "197.247/240.986 = 81,85% on 12/6, under the district's 85%; the sentence above the table sets 30/6/2018, not yet reached",
  });
  const total = r;
  const rollUps = [s.rollUp(" · Tỷ lệ bao phủ BHYT", "xã, thị trấn")];
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 6: chỉ tiêu UBND huyện giao từng xã, thị trấn năm 2018.",
    "- Tiêu chí huyện nông thôn mới nâng cao yêu cầu tỷ lệ người dân tham gia BHYT từ 90% trở lên (theo dõi, chưa đánh giá trong biểu này).",
    "- Cột 8 (tỷ lệ đến 31/12/2017) để đối chiếu.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Bảo hiểm xã hội huyện" }, { col: "F", title: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Nguyễn Thị Ngọc Hương" });
  b.facts = {
    sheet: "BHYT 12-6-2018",
    headerRows: "9 (column numbers in row 10)",
    nameColumn: "B (Xã, thị trấn)",
    target: "column F (each commune's 2018 quota, %), due 30/6/2018 by the sentence in row 8; F" + total + " (85%) for the district",
    actualColumns: "E (Tỷ lệ bao phủ, %; D the insured count)",
    ignoreColumns: "A (TT), C (population: the base), G (still to enrol, derived), H (hidden: rate at 31/12/2017), I (Ghi chú)",
    totalRows: `${total} (Toàn huyện: judged against the district's 85%)`,
    otherRows: "8 (the target sentence with the deadline), 10 (column numbers), notes and signature below",
    asOf: "2018-06-12",
    period: "năm 2018",
    rollUps,
    notes: "Read on 12/6/2018; the quotas are due on 30/6/2018 (row 8 only). Communes already above their own quota are exceeded (Xuân Tâm exactly at 85,00% is met); the ten below are pending, not not met. Lang Minh's rate is typed \"81,0%\" as text. The 90% figure in the notes is a later standard for an advanced new-rural district and is not judged here. Last year's rates are hidden.",
  };
  return b;
}
