// Layout 106: a high school's quality commitment (Biểu mẫu 09) and its year-end results (Biểu mẫu 10) on two sheets (THPT Nguyễn Bỉnh Khiêm, An Giang, 2019-2020): targets are sentences per grade on the first sheet, results are count lines with share lines below on the second; "khá, giỏi" and "yếu, kém" are sums of two lines; a strict "dưới 5%"; the grade-12 graduation not yet known on the as-of day.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Cam kết chất lượng giáo dục và chất lượng giáo dục thực tế năm học 2019-2020, Trường THPT Nguyễn Bỉnh Khiêm (An Giang)");
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  const tb = (s: ReturnType<Book["sheet"]>, form: string, title: string[]) =>
    titleBlock(s, { left: ["SỞ GD&ĐT AN GIANG", "TRƯỜNG THPT NGUYỄN BỈNH KHIÊM"], date: "ngày 31 tháng 7 năm 2020", title: [form, ...title], leftSpan: ["A", "B"], rightSpan: ["C", "F"], titleSpan: ["A", "F"] });

  // Sheet 1: the commitment (targets).
  const c = b.sheet("BM09 Cam kết");
  c.cols([6, 34, 30, 30, 30]);
  tb(c, "Biểu mẫu 09", ["THÔNG BÁO", "Cam kết chất lượng giáo dục của trường trung học phổ thông, năm học 2019 - 2020"]);
  c.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:E8", "Chia theo khối lớp", head).row("C9", ["Lớp 10", "Lớp 11", "Lớp 12"], head);
  const commit: Array<[string, string, string, string, string]> = [
    ["I", "Điều kiện tuyển sinh", "Hoàn thành chương trình lớp 9 và thi tuyển đầu cấp", "Hoàn thành chương trình lớp 10, đủ điều kiện lên lớp", "Hoàn thành chương trình lớp 11, đủ điều kiện lên lớp"],
    ["II", "Chương trình giáo dục mà cơ sở giáo dục thực hiện", "SGK hiện hành; 37 tuần, học 01 buổi/ngày", "SGK hiện hành; 37 tuần, học 01 buổi/ngày", "SGK hiện hành; 37 tuần, học 01 buổi/ngày"],
    ["III", "Yêu cầu về phối hợp giữa cơ sở giáo dục và gia đình; yêu cầu về thái độ học tập của học sinh", "Thường xuyên qua sổ liên lạc điện tử, điện thoại; chuyên cần, tích cực", "Thường xuyên qua sổ liên lạc điện tử, điện thoại; chuyên cần, tích cực", "Thường xuyên qua sổ liên lạc điện tử, điện thoại; chuyên cần, tích cực"],
    ["IV", "Các hoạt động hỗ trợ học tập, sinh hoạt của học sinh", "GDNGLL; TDTT; hoạt động Đoàn", "GDNGLL; TDTT; hoạt động Đoàn", "GDNGLL; TDTT; hoạt động Đoàn; tư vấn hướng nghiệp"],
    ["V", "Kết quả năng lực, phẩm chất, học tập và sức khỏe của học sinh dự kiến đạt được", "Hạnh kiểm khá, tốt từ 95% trở lên; học lực khá, giỏi từ 45% trở lên; học lực yếu, kém dưới 5%", "Hạnh kiểm khá, tốt từ 95% trở lên; học lực khá, giỏi từ 45% trở lên; học lực yếu, kém dưới 5%", "Hạnh kiểm khá, tốt từ 95% trở lên; học lực khá, giỏi từ 50% trở lên; học lực yếu, kém dưới 5%"],
    ["VI", "Khả năng học tập tiếp tục của học sinh", "Lên lớp từ 95% trở lên", "Lên lớp từ 95% trở lên", "Tốt nghiệp THPT từ 98% trở lên"],
  ];
  commit.forEach((x, i) => c.row(`A${10 + i}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4]], bd));
  signature(c, 18, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Văn Phúc" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Trần Minh Tâm" });

  // Sheet 2: the year-end results.
  const s = b.sheet("BM10 Chất lượng");
  s.cols([6, 38, 11, 11, 11, 11, 26]);
  tb(s, "Biểu mẫu 10", ["THÔNG BÁO", "Công khai thông tin chất lượng giáo dục thực tế của trường trung học phổ thông, năm học 2019 - 2020"]);
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Tổng số", head).merge("D8:F8", "Chia ra theo khối lớp", head).row("D9", ["Lớp 10", "Lớp 11", "Lớp 12"], head).merge("G8:G9", "Ghi chú", head);
  const grades = ["Lớp 10", "Lớp 11", "Lớp 12"];
  const cols = ["D", "E", "F"];
  const enrol = [420, 385, 350];
  let r = 10;
  s.row(`A${r}`, ["", { v: "Tổng số học sinh", align: "left", bold: true }, `=SUM(D${r}:F${r})`, ...enrol, ""], bd);
  const total = r;
  r++;
  const rowAt: Record<string, number> = {};
  // A block: a heading, then per category a count line and a share line (ROUND formula over the enrolment line).
  const block = (no: string, title: string, cats: Array<[string, number[]]>) => {
    s.merge(`A${r}:G${r}`, `${no}. ${title}`, { bold: true, border: true });
    r++;
    cats.forEach(([name, n], i) => {
      rowAt[name] = r;
      s.row(`A${r}`, [String(i + 1), { v: name, align: "left" }, `=SUM(D${r}:F${r})`, ...n, ""], bd);
      s.row(`A${r + 1}`, ["", { v: "(tỷ lệ so với tổng số)", align: "left", italic: true }, { v: `=ROUND(C${r}/C$${total}*100,1)`, fmt: "0.0" }, ...cols.map((k) => ({ v: `=ROUND(${k}${r}/${k}$${total}*100,1)`, fmt: "0.0" as const })), ""], bd);
      r += 2;
    });
  };
  block("I", "Số học sinh chia theo hạnh kiểm", [["Tốt", [318, 301, 290]], ["Khá", [86, 64, 60]], ["Trung bình", [14, 17, 0]], ["Yếu", [2, 3, 0]]]);
  block("II", "Số học sinh chia theo học lực", [["Giỏi", [41, 52, 60]], ["Khá (học lực)", [145, 122, 115]], ["Trung bình (học lực)", [216, 191, 175]], ["Yếu (học lực)", [18, 19, 0]], ["Kém", [0, 1, 0]]]);
  block("III", "Tổng hợp kết quả cuối năm", [["Lên lớp", [401, 366, 0]], ["Thi lại", [15, 14, 0]], ["Lưu ban", [4, 5, 0]]]);
  s.merge(`A${r}:G${r}`, "IV. Số học sinh dự xét hoặc dự thi tốt nghiệp", { bold: true, border: true });
  r++;
  s.row(`A${r}`, ["1", { v: "Số học sinh dự thi tốt nghiệp THPT", align: "left" }, 350, "", "", 350, ""], bd);
  r++;
  const grad = r;
  s.row(`A${r}`, ["2", { v: "Số học sinh được công nhận tốt nghiệp (tỷ lệ so với tổng số)", align: "left" }, "", "", "", "", { v: "Kỳ thi tốt nghiệp THPT năm 2020 tổ chức ngày 09-10/8/2020", align: "left" }], bd);
  r++;

  const pct = (a: number, n: number) => Math.round((a / n) * 1000) / 10;
  const vi = (x: number) => x.toFixed(1).replace(".", ",");
  const dat = (rows: string[], g: number) => rows.reduce((sum, k) => sum + [[318, 301, 290], [86, 64, 60], [41, 52, 60], [145, 122, 115], [18, 19, 0], [0, 1, 0]][["Tốt", "Khá", "Giỏi", "Khá (học lực)", "Yếu (học lực)", "Kém"].indexOf(k)][g], 0);
  grades.forEach((g, i) => {
    const k = cols[i];
    const n = enrol[i];
    const commitCell = `BM09 Cam kết!${String.fromCharCode(67 + i)}`;
    // Conduct: Tốt + Khá.
    const hk = dat(["Tốt", "Khá"], i);
    const hkS: Status = pct(hk, n) > 95 ? "exceeded" : pct(hk, n) === 95 ? "met" : "not_met";
    s.expect(`${k}${rowAt["Tốt"] + 1}|${k}${rowAt["Khá"] + 1}`, { indicator: `${g} · Hạnh kiểm khá, tốt`, target: `Từ 95% trở lên (${commitCell}14)`, actual: `Tốt ${vi(pct(dat(["Tốt"], i), n))} + Khá ${vi(pct(dat(["Khá"], i), n))} = ${hk}/${n} (${vi(pct(hk, n))}%)`, status: hkS, why: `the commitment counts good and fair conduct together: ${hk} of ${n} = ${vi(pct(hk, n))}% ${hkS === "not_met" ? "< 95%" : "> 95%"}` });
    const kg = dat(["Giỏi", "Khá (học lực)"], i);
    const floor = i === 2 ? 50 : 45;
    const kgP = (kg / n) * 100;
    const kgS: Status = kgP > floor ? "exceeded" : kgP === floor ? "met" : "not_met";
    s.expect(`${k}${rowAt["Giỏi"] + 1}|${k}${rowAt["Khá (học lực)"] + 1}`, { indicator: `${g} · Học lực khá, giỏi`, target: `Từ ${floor}% trở lên (${commitCell}14)`, actual: `Giỏi ${vi(pct(dat(["Giỏi"], i), n))} + Khá ${vi(pct(dat(["Khá (học lực)"], i), n))} = ${kg}/${n} (${vi(pct(kg, n))}%)`, status: kgS, why: kgS === "met" ? `${kg} of ${n} is exactly ${floor}% ("trở lên" takes the edge)` : kgS === "exceeded" ? `${kg} of ${n} = ${vi(pct(kg, n))}% > ${floor}%` : `${kg} of ${n} = ${vi(pct(kg, n))}% < ${floor}% (the shares shown add to ${vi(pct(dat(["Giỏi"], i), n) + pct(dat(["Khá (học lực)"], i), n))})` });
    const yk = dat(["Yếu (học lực)", "Kém"], i);
    const ykS: Status = (yk / n) * 100 < 5 ? "met" : "not_met";
    s.expect(`${k}${rowAt["Yếu (học lực)"] + 1}|${k}${rowAt["Kém"] + 1}`, { indicator: `${g} · Học lực yếu, kém`, target: `Dưới 5% (${commitCell}14)`, actual: `Yếu ${vi(pct(dat(["Yếu (học lực)"], i), n))} + Kém ${vi(pct(dat(["Kém"], i), n))} = ${yk}/${n} (${vi(pct(yk, n))}%)`, status: ykS, why: ykS === "met" ? `${yk} of ${n} = ${vi(pct(yk, n))}% < 5%: a ceiling, met` : `weak ${vi(pct(dat(["Yếu (học lực)"], i), n))}% alone is under 5%, but weak and very weak together are ${yk} of ${n} = ${vi(pct(yk, n))}%, not under 5%` });
  });
  [[401, 420], [366, 385]].forEach(([a, n], i) => {
    const p = (a / n) * 100;
    s.expect(`${cols[i]}${rowAt["Lên lớp"] + 1}|${cols[i]}${rowAt["Lên lớp"]}`, { indicator: `${grades[i]} · Lên lớp`, target: `Từ 95% trở lên (BM09 Cam kết!${String.fromCharCode(67 + i)}15)`, actual: `${a}/${n} (${vi(pct(a, n))})`, status: p > 95 ? "exceeded" : "not_met", why: `${a} of ${n} = ${p.toFixed(2).replace(".", ",")}% > 95%` });
  });
  s.expect(`F${grad}`, { indicator: "Lớp 12 · Tốt nghiệp THPT", target: "Từ 98% trở lên (BM09 Cam kết!E15)", status: "pending", why: "blank on 31/7/2020: the 2020 graduation exam is held on 9-10/8/2020 (the note says so), so the result is not due yet" });
  const after = notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Năm học 2019-2020 kết thúc theo khung thời gian điều chỉnh do dịch Covid-19; học sinh lớp 12 không xét lên lớp.",
    "- Tỷ lệ tính trên tổng số học sinh cuối năm của từng khối.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Văn Phúc" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Minh Tâm" });
  b.facts = {
    sheet: "BM10 Chất lượng",
    headerRows: "8-9 (Chia ra theo khối lớp over Lớp 10 | Lớp 11 | Lớp 12)",
    nameColumn: "B (Nội dung: category count lines, each followed by its \"(tỷ lệ so với tổng số)\" line)",
    target: "sheet BM09 Cam kết, row 14 (V: conduct, \"khá, giỏi\" and \"yếu, kém\" sentences per grade) and row 15 (VI: promotion per grade, graduation for grade 12), matched by grade column",
    actualColumns: "D-F (one per grade): share lines (ROUND formulas) summed in pairs (Tốt + Khá, Giỏi + Khá, Yếu + Kém); Lên lớp; F for graduation",
    ignoreColumns: "A (STT), C (Tổng số: the commitments are per grade), G (Ghi chú)",
    totalRows: "10 (Tổng số học sinh: the enrolment each share divides by)",
    otherRows: "section headings (I-IV), count lines, notes and signature below; on BM09 the rows I-IV are descriptions, not targets",
    asOf: "2020-07-31",
    period: "2019-2020",
    notes: "The targets are the per-grade commitment sentences of Biểu mẫu 09, checked against Biểu mẫu 10's results of the same grade. \"Khá, tốt\" conduct, \"khá, giỏi\" and \"yếu, kém\" learning are each the sum of two lines. Lớp 11's weak share alone (4,9%) is under 5%, but weak plus very weak (20/385 = 5,2%) is not. Lớp 12's khá-giỏi is 175/350 = 50% exactly against \"từ 50% trở lên\" (met). Graduation is blank before the August 2020 exam: pending. Grade 12 has no promotion target.",
  };
  return b;
}
