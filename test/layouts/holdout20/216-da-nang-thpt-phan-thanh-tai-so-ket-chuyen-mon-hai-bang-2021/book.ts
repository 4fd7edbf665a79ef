// Layout 216: a city high school's first-term figures for its professional review (THPT Phan Thành Tài, Đà Nẵng, 2020-2021), two tables on one sheet: teacher inspections per subject group against the term's plan (the term is over: judged), then first-term learning and conduct shares against the year's targets read in January (a share past its floor already exceeded, a shortfall pending), the school's own "Đạt"/"Chưa đạt" column beside them, a contest count with only the grade-12 round held.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu số liệu sơ kết chuyên môn học kỳ I năm học 2020-2021, Trường THPT Phan Thành Tài (Đà Nẵng)");
  const s = b.sheet("So ket HKI");
  s.cols([5, 34, 10, 13, 12, 12, 9, 9, 9, 9, 30]);
  titleBlock(s, {
    left: ["SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG", "TRƯỜNG THPT PHAN THÀNH TÀI"],
    date: "Đà Nẵng, ngày 15 tháng 01 năm 2021",
    title: ["BIỂU SỐ LIỆU SƠ KẾT CHUYÊN MÔN HỌC KỲ I", "Năm học 2020 - 2021 (kèm theo Báo cáo sơ kết chuyên môn học kỳ I)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  // Table I: inspections per group.
  s.merge("A7:K7", "I. KIỂM TRA HOẠT ĐỘNG SƯ PHẠM NHÀ GIÁO", { bold: true });
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tổ chuyên môn", head).merge("C8:C9", "Số GV", head).merge("D8:D9", "Kế hoạch kiểm tra cả năm (GV)", head);
  s.merge("E8:E9", "Kế hoạch HK I (GV)", head).merge("F8:F9", "Đã kiểm tra HK I (GV)", head);
  s.merge("G8:J8", "Xếp loại", head);
  s.row("G9", ["Tốt", "Khá", "Đạt", "Chưa đạt"], head);
  s.merge("K8:K9", "Ghi chú", head);
  // [tổ, số GV, KH năm, KH HK I, đã KT (number | ""), Tốt, Khá, Đạt, CĐ, ghi chú, status, why]
  type G = [string, number, number, number, number | "", number | "", number | "", number | "", number | "", string, Status, string];
  const groups: G[] = [
    ["Toán", 14, 7, 4, 4, 4, 0, 0, 0, "", "met", "4 teachers inspected, the term's plan of 4"],
    ["Vật lý - Công nghệ", 6, 3, 2, 2, 2, 0, 0, 0, "", "met", "2 of the term's 2"],
    ["Hóa học - Sinh học", 8, 4, 2, 3, 3, 0, 0, 0, "Kiểm tra thêm 01 GV mới tuyển", "exceeded", "3 inspected against a plan of 2"],
    ["Ngữ văn", 10, 5, 3, 2, 2, 0, 0, 0, "01 GV nghỉ ốm, chuyển sang HK II", "not_met", "2 of 3: the term is over, moving one to term II does not make term I's plan"],
    ["Ngoại ngữ", 9, 5, 3, 3, 2, 1, 0, 0, "", "met", "3 of 3"],
    ["Lịch sử - Địa lý - GDCD", 8, 4, 2, 2, 2, 0, 0, 0, "", "met", "2 of 2"],
    ["Thể dục - GDQP-AN", 7, 3, 2, 0, 0, 0, 0, 0, "Lùi do học trực tuyến đợt tháng 9", "not_met", "none of the 2 planned for the term"],
    ["Tin học", 3, 2, 1, "", "", "", "", "", "Tổ chưa gửi biên bản", "no_data", "blank: the group has not sent its records (a count under a numeric plan)"],
  ];
  const g1 = 10;
  groups.forEach(([to, gv, kh, k1, done, t, k, d, cd, note, st, why], i) => {
    const r = g1 + i;
    s.row(`A${r}`, [i + 1, to, gv, kh, k1, done, t, k, d, cd, note], bd);
    s.set(`B${r}`, to, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`F${r}`, { indicator: `${to} · Số GV được kiểm tra hoạt động sư phạm HK I`, target: `Kế hoạch HK I: ${k1}`, status: st, why, ...(done === "" ? { actual: "(trống)" } : {}) });
  });
  const gl = g1 + groups.length - 1;
  const gt = gl + 1;
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${g1}:${c}${gl})`, result: v });
  s.row(`A${gt}`, ["", "Cộng", sum("C", 65), sum("D", 33), sum("E", 19), sum("F", 16), sum("G", 15), sum("H", 1), sum("I", 0), sum("J", 0), ""], { ...bd, bold: true });
  // Table II: first-term quality against the year's targets.
  const t2 = gt + 2;
  s.merge(`A${t2}:K${t2}`, "II. CHẤT LƯỢNG GIÁO DỤC HỌC KỲ I SO VỚI CHỈ TIÊU NĂM HỌC 2020 - 2021", { bold: true });
  const totRow = t2 + 1;
  s.set(`B${totRow}`, "Tổng số học sinh cuối học kỳ I:", { italic: true });
  s.set(`C${totRow}`, 1254, { bold: true, fmt: "#,##0" });
  const h2 = totRow + 1;
  s.row(`A${h2}`, ["TT", "Nội dung", "Số lượng", "Tỷ lệ (%)", "Chỉ tiêu năm học", "So với chỉ tiêu", undefined, undefined, undefined, undefined, "Ghi chú"], head);
  s.merge(`F${h2}:J${h2}`, "So với chỉ tiêu", head);
  // [nội dung, SL, rate? (true: ROUND formula), chỉ tiêu, so với chỉ tiêu (the school's), ghi chú, status, why]
  type Q = [string, number, boolean, string, string, string, Status, string];
  const qs: Q[] = [
    ["Học lực Giỏi", 201, true, "Từ 15% trở lên", "Đạt", "", "exceeded", "201/1.254 = 16,03%, above the 15% floor after term I (a share already past its floor)"],
    ["Học lực Khá", 598, true, "Từ 50% trở lên", "Chưa đạt", "", "pending", "598/1.254 = 47,69%: short of 50% after term I; the target is the year's (the school's \"Chưa đạt\" judges too early)"],
    ["Học lực Yếu, Kém", 46, true, "Không quá 3%", "Chưa đạt", "Phụ đạo HS yếu từ tuần 20", "pending", "46/1.254 = 3,67%, over the 3% cap after term I: the year's rating can still bring it under"],
    ["Hạnh kiểm Tốt", 1101, true, "Từ 85% trở lên", "Đạt", "", "exceeded", "1.101/1.254 = 87,80%, above 85%"],
    ["Hạnh kiểm Yếu", 0, true, "Không có học sinh xếp loại Yếu", "Đạt", "", "met", "no pupil rated Yếu (a zero cap held)"],
    ["Giải học sinh giỏi cấp thành phố", 18, false, "Ít nhất 25 giải", "Chưa đạt", "Mới tổ chức kỳ thi lớp 12 (12/2020); lớp 10, 11 thi tháng 3/2021", "pending", "18 prizes from the grade-12 round only; the grade-10 and 11 rounds are in March: short now, not yet due"],
  ];
  const q1 = h2 + 1;
  qs.forEach(([nd, sl, rate, ct, so, note, st, why], i) => {
    const r = q1 + i;
    const pct = Math.round((sl / 1254) * 10000) / 100;
    const rc: CellInput = rate ? { v: `=ROUND(C${r}/C${totRow}*100,2)`, result: pct, fmt: "0.00" } : "";
    s.row(`A${r}`, [i + 1, nd, sl, rc, ct, so, undefined, undefined, undefined, undefined, note], bd);
    s.merge(`F${r}:J${r}`, so, bd);
    s.set(`B${r}`, nd, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(rate ? `C${r}|D${r}` : `C${r}`, { indicator: `${nd} · Học kỳ I`, target: ct, status: st, why });
  });
  const ql = q1 + qs.length - 1;
  notes(s, ql + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm học theo Kế hoạch giáo dục nhà trường năm học 2020 - 2021; học lực, hạnh kiểm được đánh giá chính thức vào cuối năm học.",
    "- Cột \"So với chỉ tiêu\" do tổ chuyên môn tự ghi.",
  ]);
  signature(s, ql + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đinh Thị Ngọc Hạnh" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Lực" });
  b.facts = {
    sheet: "So ket HKI",
    headerRows: `8-9 (table I, Xếp loại merged over four columns); ${h2} (table II)`,
    nameColumn: "B (Tổ chuyên môn in table I; Nội dung in table II)",
    target: `column E (Kế hoạch HK I) for table I; column E (Chỉ tiêu năm học, words) for table II`,
    actualColumns: `F (Đã kiểm tra HK I) in table I; C (Số lượng) with D (ROUND rate over C${totRow}) in table II`,
    ignoreColumns: "A (TT), C and D in table I (group size, the year's plan), G-J (ratings, no target), K (Ghi chú); F-J in table II (the school's own \"So với chỉ tiêu\")",
    totalRows: `${gt} (Cộng: SUMs of table I, not judged: each group has its own plan, and the done SUM leaves out Tin học's blank: with its 3 teachers the school's total lies between 16 and 19 against 19 planned, unknown until the records come in)`,
    targetRows: "none",
    otherRows: `7 and ${t2} (table titles), ${totRow} (pupils at the end of term I), notes ${ql + 2}-${ql + 4}, signature from ${ql + 6}`,
    asOf: "2021-01-15",
    period: "Năm học 2020-2021, học kỳ I",
    notes: "Two tables on one sheet. Table I: the first term is over, so each group's inspections are judged against the term's plan (2 of 3 not met though moved to term II; a blank count no data). Table II: first-term shares against the year's targets read in January: a share past its floor is exceeded, a share short of a floor or over a cap is pending (the year's rating is at the end of May), the school's own \"Chưa đạt\" notwithstanding; the contest count has only the grade-12 round in it.",
  };
  return b;
}
