// Layout 170: a lower-secondary school's strategic plan 2011-2015 (the usual "Kế hoạch chiến lược" form), its annex of main targets by school year updated in June 2014: a baseline year, then KH / TH pairs for 2011-2012, 2012-2013 and 2013-2014 side by side, and a KH-only column for 2014-2015; section rows, units written in some cells ("24/35 GV", "3 phòng"), "Dưới 1%" at 1,0, "-" for years without a target, a recognition decision written as the result.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch chiến lược phát triển Trường THCS Phú Lâm giai đoạn 2011-2015: phụ lục chỉ tiêu chủ yếu theo năm học và kết quả thực hiện đến tháng 6/2014");
  const s = b.sheet("PL chi tieu theo nam");
  s.cols([5, 40, 8, 10, 9, 9, 9, 9, 9, 18, 10, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN TUY HÒA", "TRƯỜNG THCS PHÚ LÂM"],
    date: "Phú Lâm, ngày 10 tháng 6 năm 2014",
    title: ["PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU THEO NĂM HỌC", "(Kèm theo Kế hoạch chiến lược phát triển nhà trường giai đoạn 2011-2015; cập nhật kết quả thực hiện đến tháng 6/2014)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:D9", "Năm học 2010-2011 (năm gốc)", head);
  s.merge("E8:F8", "Năm học 2011-2012", head).merge("G8:H8", "Năm học 2012-2013", head).merge("I8:J8", "Năm học 2013-2014", head);
  s.row("E9", ["KH", "TH", "KH", "TH", "KH", "TH"], head);
  s.merge("K8:K9", "Năm học 2014-2015 (KH)", head).merge("L8:L9", "Ghi chú", head);
  type Y = [CellInput, CellInput, Status | null, string];
  // [chỉ tiêu, ĐVT, năm gốc, [KH, TH, status, why] × 3 years, KH 2014-2015, ghi chú]
  type X = [string, string, CellInput, Y, Y, Y, CellInput, string];
  const sections: [string, X[]][] = [
    ["I. QUY MÔ", [
      ["Số học sinh", "HS", 412, [420, 418, "not_met", "418 < 420"], [430, 436, "exceeded", "436 > 430"], [450, 447, "not_met", "447 < 450"], 460, ""],
      ["Tỷ lệ huy động HS hoàn thành chương trình tiểu học vào lớp 6", "%", 99.1, ["100%", 100, "met", "100 = 100%"], ["100%", 99.2, "not_met", "99,2 < 100"], ["100%", 100, "met", "100 = 100%"], "100%", ""],
      ["Tỷ lệ học sinh bỏ học", "%", 1.4, ["Dưới 1%", 0.8, "met", "0,8 under 1"], ["Dưới 1%", { v: 1, fmt: "0.0" }, "not_met", "1,0 is not under 1 (strict \"Dưới\")"], ["Dưới 0,5%", 0.45, "met", "0,45 under 0,5"], "Dưới 0,5%", ""],
    ]],
    ["II. CHẤT LƯỢNG GIÁO DỤC", [
      ["Tỷ lệ học sinh lên lớp thẳng", "%", 94.1, ["≥ 95%", 95.6, "exceeded", "95,6 > 95"], ["≥ 95%", 94.8, "not_met", "94,8 < 95"], ["≥ 95%", 96.3, "exceeded", "96,3 > 95"], "≥ 96%", ""],
      ["Tỷ lệ học sinh xếp loại học lực giỏi", "%", 8.7, [10, 10.5, "exceeded", "10,5 > 10"], [12, 12, "met", "12 = 12"], [15, 14.2, "not_met", "14,2 < 15"], 15, ""],
      ["Tỷ lệ học sinh xếp loại học lực khá", "%", 33.2, [35, 36.1, "exceeded", "36,1 > 35"], [36, 35.4, "not_met", "35,4 < 36"], [38, 38.7, "exceeded", "38,7 > 38"], 40, ""],
      ["Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", "%", 97.5, ["≥ 98%", 98.6, "exceeded", "98,6 > 98"], ["≥ 98%", 97.9, "not_met", "97,9 < 98"], ["≥ 99%", "Chờ Phòng GD&ĐT phê duyệt", "pending", "the graduation list awaits the Phòng's approval on 10/6/2014, within the review season"], "≥ 99%", "Hội đồng xét TN họp ngày 28/5/2014"],
    ]],
    ["III. ĐỘI NGŨ", [
      ["Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "%", 100, ["100%", 100, "met", "100 = 100%"], ["100%", 100, "met", "100 = 100%"], ["100%", 100, "met", "100 = 100%"], "100%", ""],
      ["Tỷ lệ giáo viên trên chuẩn trình độ đào tạo", "%", 55.9, [60, 61.3, "exceeded", "61,3 > 60"], [65, 66.7, "exceeded", "66,7 > 65"], [70, "24/35 GV", "not_met", "24/35 = 68,57 < 70 (a count pair with its unit)"], 75, ""],
    ]],
    ["IV. CƠ SỞ VẬT CHẤT", [
      ["Số phòng học bộ môn", "Phòng", 1, [2, "2 phòng", "met", "2 = 2, unit in the cell"], [3, 3, "met", "3 = 3"], [4, "3 phòng", "not_met", "3 < 4, unit in the cell"], 4, "Phòng Tin học đang xây dựng"],
      ["Trường đạt chuẩn quốc gia", "", "Chưa đạt", ["-", "", null, ""], ["-", "", null, ""], ["Đạt chuẩn", "Đạt chuẩn (QĐ số 1520/QĐ-UBND ngày 12/5/2014)", "met", "recognised by the decision written in the cell; its number and date are not figures"], "Duy trì", ""],
    ]],
  ];
  let r = 10;
  let n = 0;
  const sectionRows: number[] = [];
  const pairs: [string, string, string][] = [["E", "F", "2011-2012"], ["G", "H", "2012-2013"], ["I", "J", "2013-2014"]];
  for (const [title, xs] of sections) {
    s.row(`A${r}`, [title.split(".")[0], title.split(". ")[1], "", "", "", "", "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of xs) {
      n++;
      const ys = [x[3], x[4], x[5]];
      const num = (v: CellInput): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? "0" : Math.round(v * 100) % 10 ? "0.00" : "0.0" } : v);
      s.row(`A${r}`, [n, x[0], x[1], num(x[2]), num(ys[0][0]), num(ys[0][1]), num(ys[1][0]), num(ys[1][1]), num(ys[2][0]), num(ys[2][1]), num(x[6]), x[7]], { border: true, wrap: true, align: "center" });
      s.set(`B${r}`, x[0], { border: true, wrap: true, align: "left" });
      ys.forEach((y, k) => {
        if (!y[2]) return;
        const [kh, th] = pairs[k];
        s.expect(`${th}${r}`, { indicator: `${x[0]} · năm học ${pairs[k][2]}`, target: s.text(`${kh}${r}`), status: y[2], why: y[3] });
      });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- KH: chỉ tiêu theo Kế hoạch chiến lược (điều chỉnh tháng 9 hằng năm); TH: kết quả thực hiện cuối năm học.",
    "- Cột năm học 2014-2015 là chỉ tiêu kế hoạch, chưa thực hiện.",
    "- Các tỷ lệ học lực tính trên tổng số học sinh cuối năm.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Thu Sương" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thành" });
  b.facts = {
    sheet: "PL chi tieu theo nam",
    headerRows: "8 (year groups), 9 (KH / TH)",
    nameColumn: "B (Chỉ tiêu), C (ĐVT)",
    target: "E, G, I (KH of each school year), each paired with the TH beside it",
    actualColumns: "F (TH 2011-2012), H (TH 2012-2013), J (TH 2013-2014)",
    ignoreColumns: "D (baseline year 2010-2011), K (KH 2014-2015: a plan not yet started), L (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `sections ${sectionRows.join(", ")}; notes ${last + 2}-${last + 5}; signature from ${last + 7}`,
    asOf: "2014-06-10",
    period: "2011-2015 (school years 2011-2012 to 2013-2014 done)",
    notes: "Years side by side: each TH is judged against the KH of its own year; the baseline and the 2014-2015 plan are not judged. \"Dưới 1%\" is strict; \"24/35 GV\" and \"3 phòng\" carry their units; \"-\" means no target that year; the recognition result is a sentence with a decision number and date.",
  };
  return b;
}
