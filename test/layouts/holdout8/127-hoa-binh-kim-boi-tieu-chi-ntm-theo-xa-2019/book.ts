// Layout 127: a district's review of four new-countryside criteria commune by commune against the province's criteria set (Hòa Bình, QĐ 816/QĐ-UBND 2017), Kim Bôi, 2019.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu rà soát tiêu chí thu nhập, hộ nghèo, lao động, bảo hiểm y tế theo Bộ tiêu chí xã NTM tỉnh Hòa Bình, các xã huyện Kim Bôi, năm 2019");
  const s = b.sheet("Rà soát TC theo xã");
  s.cols([5, 16, 10, 11, 9, 11, 9, 11, 9, 11, 9, 11, 26]);
  const h = titleBlock(s, {
    left: ["UBND HUYỆN KIM BÔI", "BAN CHỈ ĐẠO CÁC CTMTQG"],
    date: "Kim Bôi, ngày 27 tháng 12 năm 2019",
    title: [
      "BIỂU RÀ SOÁT MỘT SỐ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2019",
      "(Theo Bộ tiêu chí xã nông thôn mới tỉnh Hòa Bình giai đoạn 2016-2020 ban hành kèm theo Quyết định số 816/QĐ-UBND ngày 19/5/2017)",
    ],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge(`A${h}:A${h + 1}`, "TT", head)
    .merge(`B${h}:B${h + 1}`, "Tên xã", head)
    .merge(`C${h}:C${h + 1}`, "Khu vực", head)
    .merge(`D${h}:E${h}`, "Tiêu chí 10: Thu nhập bình quân đầu người (triệu đồng/người/năm)", head)
    .merge(`F${h}:G${h}`, "Tiêu chí 11: Tỷ lệ hộ nghèo đa chiều (%)", head)
    .merge(`H${h}:I${h}`, "Tiêu chí 12: Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động (%)", head)
    .merge(`J${h}:K${h}`, "Tiêu chí 15.1: Tỷ lệ người dân tham gia bảo hiểm y tế (%)", head)
    .merge(`L${h}:L${h + 1}`, "Tổng số tiêu chí đạt (/19)", head)
    .merge(`M${h}:M${h + 1}`, "Ghi chú", head);
  s.row(`D${h + 1}`, ["Kết quả", "Đánh giá", "Kết quả", "Đánh giá", "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"], head);
  const norm = h + 2;
  s.merge(`A${norm}:C${norm}`, "Chỉ tiêu đạt chuẩn năm 2019", { border: true, bold: true, italic: true, align: "center" });
  s.row(`D${norm}`, ["≥ 36", "", "≤ 12", "", "≥ 90", "", "≥ 85", "", "19", ""], { border: true, bold: true, italic: true, align: "center" });
  const bd = { border: true, align: "center" as const };
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0" });
  const n2 = (v: number): CellInput => ({ v, fmt: "0.00" });
  type K = [CellInput, string, Status, string];
  // [name, area, TC10, TC11, TC12, TC15.1, count, note]
  type X = [string, string, K, K, K, K, string, string];
  const xs: X[] = [
    ["Hạ Bì", "I", [n1(41.2), "Đạt", "exceeded", "41,2 > 36"], [n2(4.85), "Đạt", "met", "4,85 ≤ 12"], [n1(93.1), "Đạt", "exceeded", "93,1 > 90"], [n1(96.2), "Đạt", "exceeded", "96,2 > 85"], "19/19", "Đã được công nhận đạt chuẩn NTM năm 2018"],
    ["Vĩnh Đồng", "I", [n1(36), "Đạt", "met", "36,0 = 36, inclusive"], [n2(12), "Đạt", "met", "12,00 ≤ 12, inclusive"], [n1(90), "Đạt", "met", "90,0 = 90"], [n1(84.6), "Đạt", "not_met", "84,6 < 85: the commune's own \"Đạt\" is wrong"], "18/19", ""],
    ["Kim Bôi", "II", [n1(35.96), "Đạt", "not_met", "35,96 (shown 36,0) < 36; the commune's \"Đạt\" rounds up"], [n2(9.7), "Đạt", "met", "9,70 ≤ 12"], ["91%", "Đạt", "exceeded", "\"91%\" typed as text, > 90"], ["-", "", "no_data", "\"-\": the note says the insurance office has not sent the figure"], "15/19", "BHXH huyện chưa cung cấp số liệu TC 15.1"],
    ["Sơn Thủy", "III", [n1(33.5), "Chưa đạt", "not_met", "33,5 < 36"], [n2(14.2), "Chưa đạt", "not_met", "14,20 > 12"], [n1(88.4), "Chưa đạt", "not_met", "88,4 < 90"], [n1(97.5), "Đạt", "exceeded", "97,5 > 85"], "12/19", "Xã đặc biệt khó khăn"],
    ["Nật Sơn", "III", [n1(38.2), "Đạt", "exceeded", "38,2 > 36"], [n2(12.5), "Chưa đạt", "not_met", "12,50 > 12"], [n1(95), "Đạt", "exceeded", "95,0 > 90"], [{ v: 0.87, fmt: "0.00" }, "Đạt", "review", "0,87 under a (%) header: 87% (met, as the commune says) or 0,87% (far short); nothing on the row decides"], "14/19", ""],
  ];
  let r = norm + 1;
  const first = r;
  xs.forEach((x, i) => {
    s.row(`A${r}`, [String(i + 1), x[0], x[1], x[2][0], x[2][1], x[3][0], x[3][1], x[4][0], x[4][1], x[5][0], x[5][1], x[6], x[7]], bd);
    s.set(`B${r}`, x[0], { border: true });
    s.set(`M${r}`, x[7], { border: true, wrap: true });
    const crit: Array<[string, string, string, K]> = [
      ["D", "Thu nhập bình quân đầu người (TC 10)", "≥ 36 triệu đồng/người/năm", x[2]],
      ["F", "Tỷ lệ hộ nghèo đa chiều (TC 11)", "≤ 12%", x[3]],
      ["H", "Tỷ lệ người có việc làm (TC 12)", "≥ 90%", x[4]],
      ["J", "Tỷ lệ người dân tham gia BHYT (TC 15.1)", "≥ 85%", x[5]],
    ];
    for (const [col, ind, target, k] of crit) s.expect(`${col}${r}`, { indicator: `${x[0]} · ${ind}`, target: `${target} (dòng chỉ tiêu đạt chuẩn)`, status: k[2], why: k[3] });
    r++;
  });
  const last = r - 1;
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Dòng \"Chỉ tiêu đạt chuẩn\": mức phải đạt theo Bộ tiêu chí tỉnh; \"≥\" là từ mức đó trở lên, \"≤\" là từ mức đó trở xuống.",
    "- Cột \"Đánh giá\" do UBND xã tự đánh giá; cột \"Tổng số tiêu chí đạt\" tính trên 19 tiêu chí.",
  ]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Bùi Văn Thắng" }, { col: "H", title: "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", name: "Quách Văn Hùng" });
  b.facts = {
    sheet: "Rà soát TC theo xã",
    headerRows: `${h}-${h + 1} (each criterion over Kết quả | Đánh giá)`,
    nameColumn: "B (Tên xã)",
    target: `row ${norm} (Chỉ tiêu đạt chuẩn năm 2019: "≥ 36", "≤ 12", "≥ 90", "≥ 85", one per criterion)`,
    actualColumns: "D, F, H, J (Kết quả)",
    ignoreColumns: "C (Khu vực), E, G, I, K (the commune's own Đánh giá, sometimes wrong), L (criteria count, not judged), M (Ghi chú)",
    targetRows: String(norm),
    otherRows: `${last + 2}-${last + 4} (notes), signature below`,
    asOf: "2019-12-31",
    period: "2019",
    rollUps: [
      s.rollUp(" · Thu nhập bình quân đầu người (TC 10)", "xã"),
      s.rollUp(" · Tỷ lệ hộ nghèo đa chiều (TC 11)", "xã"),
      s.rollUp(" · Tỷ lệ người có việc làm (TC 12)", "xã"),
      s.rollUp(" · Tỷ lệ người dân tham gia BHYT (TC 15.1)", "xã"),
    ],
    notes: `Communes in rows ${first}-${last}. The norm row sits between the header and the communes. The commune's own Đánh giá beside each figure is not the verdict: two of them are wrong.`,
  };
  return b;
}
