// Layout 205: a commune's check of its villages against the model-residential-area criteria (xã Cẩm Thịnh, Cẩm Xuyên, Hà Tĩnh, 2019): villages as columns beside one requirement column, criteria as section rows over their indicators, figures as numbers, as "141/143" and as words ("Đạt", "1 hộ (bảo trợ xã hội)"), a requirement computed from a figure in its own text, a village registered for next year in a hidden column, the commune's own conclusion row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả rà soát, đánh giá các chỉ tiêu khu dân cư nông thôn mới kiểu mẫu năm 2019 theo thôn, UBND xã Cẩm Thịnh (Cẩm Xuyên, Hà Tĩnh)");
  const s = b.sheet("KDC kieu mau 2019");
  s.cols([6, 44, 30, 15, 15, 15, 15, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN CẨM XUYÊN", "UBND XÃ CẨM THỊNH"],
    date: "Cẩm Thịnh, ngày 05 tháng 11 năm 2019",
    title: ["BẢNG RÀ SOÁT, ĐÁNH GIÁ CHỈ TIÊU KHU DÂN CƯ NÔNG THÔN MỚI KIỂU MẪU NĂM 2019", "(Các thôn đăng ký đạt chuẩn năm 2019; theo Bộ tiêu chí khu dân cư nông thôn mới kiểu mẫu của tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tiêu chí, chỉ tiêu", head).merge("C8:C9", "Yêu cầu đạt chuẩn", head);
  s.merge("D8:G8", "Kết quả thực hiện của thôn", head).row("D9", ["Thôn Hòa Bình", "Thôn Tân Thành", "Thôn Trung Thịnh", "Thôn Bắc Thịnh (đăng ký năm 2020)"], head);
  s.merge("H8:H9", "Ghi chú", head);
  s.hideCols("G");
  const V = ["Thôn Hòa Bình", "Thôn Tân Thành", "Thôn Trung Thịnh"];
  const cols = ["D", "E", "F"];
  const bd = { border: true, wrap: true, align: "center" as const };
  const pct = (v: number): CellInput => ({ v, fmt: "0.0" });
  // [TT, chỉ tiêu, yêu cầu, 3 values, hidden 2020 village, note, 3 × [status, why]]
  type X = [string, string, string, [CellInput, CellInput, CellInput], CellInput, string, [Status, string][]];
  const rows: (X | [string, string])[] = [
    ["1", "Tiêu chí Giao thông"],
    ["1.1", "Tỷ lệ đường ngõ, xóm được cứng hóa, có rãnh thoát nước (%)", "100%", [pct(100), pct(96.5), pct(100)], pct(82), "", [["met", "100 = 100"], ["not_met", "96,5 < 100"], ["met", "100 = 100"]]],
    ["2", "Tiêu chí Môi trường"],
    ["2.1", "Hộ có nhà tiêu hợp vệ sinh (hộ)", "100% số hộ", ["156/156", "128/128", "141/143"], "97/120", "", [["met", "156 of 156"], ["met", "128 of 128"], ["not_met", "141 of 143 = 98,6%"]]],
    ["3", "Tiêu chí Thu nhập, hộ nghèo"],
    ["3.1", "Thu nhập bình quân đầu người (triệu đồng/người/năm)", "Gấp 1,2 lần trở lên so với bình quân chung của xã (năm 2019: 38,5 triệu đồng)", [{ v: 47, fmt: "0.0" }, { v: 46.2, fmt: "0.0" }, { v: 45.9, fmt: "0.0" }], { v: 39.1, fmt: "0.0" }, "", [["exceeded", "47,0 above 1,2 × 38,5 = 46,2"], ["met", "46,2 = 1,2 × 38,5, at the floor"], ["not_met", "45,9 < 46,2"]]],
    ["3.2", "Hộ nghèo", "Không có hộ nghèo (trừ hộ thuộc diện bảo trợ xã hội)", [0, "1 hộ (bảo trợ xã hội)", "2 hộ"], "6 hộ", "", [["met", "none"], ["met", "the one poor household is a social-protection household, which the requirement excepts"], ["not_met", "two poor households"]]],
    ["4", "Tiêu chí Y tế, văn hóa"],
    ["4.1", "Tỷ lệ người dân tham gia bảo hiểm y tế (%)", "Từ 95% trở lên", [pct(96.2), pct(95), "Đang tổng hợp"], pct(88.4), "", [["exceeded", "96,2 > 95"], ["met", "95,0 at the floor"], ["no_data", "still being compiled"]]],
    ["4.2", "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\" (%)", "Từ 90% trở lên", [pct(92.3), pct(88.6), pct(90.1)], pct(85), "", [["exceeded", "92,3 > 90"], ["not_met", "88,6 < 90"], ["exceeded", "90,1 > 90"]]],
    ["5", "Tiêu chí An ninh, trật tự"],
    ["5.1", "Không có tội phạm nghiêm trọng, tệ nạn xã hội; không có khiếu kiện đông người kéo dài", "Đạt", ["Đạt", "Đạt", "Đạt"], "Chưa đạt", "Theo xác nhận của Công an xã", [["met", "\"Đạt\" as required"], ["met", "\"Đạt\" as required"], ["met", "\"Đạt\" as required"]]],
  ];
  let r = 10;
  const sections: number[] = [];
  for (const x of rows) {
    if (x.length === 2) {
      s.row(`A${r}`, [x[0], x[1], "", "", "", "", "", ""], { border: true, bold: true });
      sections.push(r);
    } else {
      const [no, name, req, vals, hid, note, sts] = x;
      s.row(`A${r}`, [no, name, req, ...vals, hid, note], bd);
      s.set(`B${r}`, name, { border: true, wrap: true });
      vals.forEach((_, i) => s.expect(`${cols[i]}${r}`, { indicator: `${V[i]} · ${name}`, target: req, status: sts[i][0], why: sts[i][1] }));
    }
    r++;
  }
  const concl = r;
  s.row(`A${concl}`, ["", "Kết luận của UBND xã", "", "Đủ điều kiện đề nghị công nhận", "Đủ điều kiện đề nghị công nhận", "Chưa đủ điều kiện", "", ""], { ...bd, bold: true });
  notes(s, concl + 2, "B", [
    "Ghi chú:",
    "- Số liệu thời điểm 31/10/2019; thu nhập bình quân theo kết quả điều tra của thôn, được UBND xã thẩm định.",
    "- Thôn Bắc Thịnh đăng ký đạt chuẩn năm 2020, số liệu để theo dõi.",
  ]);
  signature(s, concl + 6, { col: "B", title: "CÁN BỘ NÔNG THÔN MỚI XÃ", name: "Trần Đình Thắng" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Nguyễn Hữu Nghị" });
  b.facts = {
    sheet: "KDC kieu mau 2019",
    headerRows: "8-9 (merged group over the villages)",
    nameColumn: "B (Tiêu chí, chỉ tiêu); the units are the village columns D, E, F",
    target: "column C (Yêu cầu đạt chuẩn), one per indicator row for every village",
    actualColumns: "D, E, F (villages: numbers, \"x/y\", words)",
    ignoreColumns: "A (TT), G (hidden: a village registered for 2020), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `criterion rows ${sections.join(", ")}; Kết luận row ${concl} (the commune's own words, not judged; it calls Tân Thành fit although two of its indicators fall short); notes ${concl + 2}-${concl + 4}; signature from ${concl + 6}`,
    asOf: "2019-11-05",
    period: "2019",
    notes: "Units as columns: each village column is judged against the one requirement column. The income floor is computed from the figure in the requirement's own text (1,2 × 38,5 = 46,2). The poor-household row excepts social-protection households. The commune's conclusion row is its own word and calls Tân Thành fit while its lanes (96,5) and cultured families (88,6) fall short.",
  };
  return b;
}
