// Layout 104: a primary school's year-end quality notice (TH Đồng Sơn, Nam Trực, Nam Định, 2021-2022, the TT 36/2017 public-disclosure table): grade columns, a count line over each quality with its Tốt / Đạt / Chưa đạt shares typed as text percents below it ("79,9%", "23,5 %"), the school's year targets in a last column judged on the Tổng số column only, one quality whose shares add past 100%.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai thông tin chất lượng giáo dục trường tiểu học cuối năm học 2021-2022, Trường TH Đồng Sơn (Nam Trực, Nam Định)");
  const s = b.sheet("Chất lượng cuối năm");
  s.cols([6, 44, 10, 9, 9, 9, 9, 9, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT NAM TRỰC", "TRƯỜNG TH ĐỒNG SƠN"],
    date: "Đồng Sơn, ngày 31 tháng 5 năm 2022",
    title: ["THÔNG BÁO", "Công khai thông tin chất lượng giáo dục trường tiểu học cuối năm học 2021 - 2022"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Tổng số", head).merge("D8:H8", "Chia ra theo khối lớp", head);
  s.row("D9", ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  s.merge("I8:I9", "Chỉ tiêu năm học (toàn trường)", head);
  const bd = { border: true, align: "center" as const };
  const enrol = [953, 194, 187, 195, 221, 156];
  let r = 10;
  s.row(`A${r}`, ["I", { v: "Tổng số học sinh", align: "left", bold: true }, ...enrol, ""], bd);
  r++;
  s.row(`A${r}`, ["II", { v: "Số học sinh học 2 buổi/ngày", align: "left" }, ...enrol, "100%"], bd);
  s.expect(`C${r}`, { indicator: "Số học sinh học 2 buổi/ngày", target: "100% (chỉ tiêu năm học)", status: "met", why: "953 of 953 pupils (the Tổng số line above): every pupil" });
  r++;
  s.merge(`A${r}:I${r}`, "III. Số học sinh chia theo năng lực, phẩm chất", { bold: true, border: true });
  r++;
  // A quality: its count line, the "(tỷ lệ so với tổng số)" line, then one line per level; target on one level.
  type Level = [string, CellInput, CellInput[], string, Status | null, string];
  const quality = (no: string, name: string, counts: CellInput[], levels: Level[]) => {
    s.row(`A${r}`, [no, { v: name, align: "left", bold: true }, ...counts, ""], bd);
    r++;
    s.row(`A${r}`, ["", { v: "(tỷ lệ so với tổng số)", align: "left", italic: true }, "", "", "", "", "", "", ""], bd);
    r++;
    for (const [lvl, total, grades, target, st, why] of levels) {
      s.row(`A${r}`, ["", { v: lvl, align: "left" }, total, ...grades, target], bd);
      if (st) s.expect(`C${r}`, { indicator: `${name} · ${lvl}`, target: `${target} (chỉ tiêu năm học)`, status: st, why });
      r++;
    }
  };
  s.merge(`A${r}:I${r}`, "Về phẩm chất", { italic: true, bold: true, border: true });
  r++;
  quality("1", "Chăm học, chăm làm (Chăm chỉ lớp 1, 2)", enrol, [
    ["Tốt", "78,4%", ["79,4%", "76,5%", "75,9%", "80,1%", "80,8%"], "Từ 75% trở lên", "exceeded", "78,4% > 75%, typed as text"],
    ["Đạt", "21,5%", ["20,6%", "23,5%", "24,1%", "19,5%", "19,2%"], "", null, ""],
    ["Chưa đạt (Cần cố gắng)", "0,1%", ["", "", "", "0,5%", ""], "", null, ""],
  ]);
  quality("2", "Tự tin, trách nhiệm (Trách nhiệm lớp 1, 2)", enrol, [
    ["Tốt", "76,5%", ["81,4%", "77,0%", "73,8%", "76,0%", "73,7%"], "Từ 75% trở lên", "review", "76,5% would pass 75%, but Tốt 76,5% and Đạt 33,0 % of the same 953 pupils add to 109,5%: one of the two is mistyped and nothing on the row says which"],
    ["Đạt", "33,0 %", ["18,6%", "33,0%", "26,2%", "24,0%", "26,3%"], "", null, ""],
    ["Chưa đạt (Cần cố gắng)", "", ["", "", "", "", ""], "", null, ""],
  ]);
  quality("3", "Trung thực, kỷ luật (Trung thực lớp 1, 2)", enrol, [
    ["Tốt", "81,8%", ["86,1%", "82,9%", "78,5%", "81,9%", "79,5%"], "", null, ""],
    ["Đạt", "18,1%", ["13,9%", "17,1%", "21,5%", "17,6%", "20,5%"], "", null, ""],
    ["Chưa đạt (Cần cố gắng)", "0,1%", ["", "", "", "0,5%", ""], "Không có học sinh chưa đạt", "not_met", "0,1% of 953 is one pupil (the Lớp 4 column shows 0,5%) where none was the target"],
  ]);
  quality("4", "Yêu nước (lớp 1, 2)", [381, 194, 187, "", "", ""], [
    ["Tốt", "86,6%", ["90,2%", "82,9%", "", "", ""], "Từ 80% trở lên", "exceeded", "86,6% > 80% of the 381 pupils of grades 1-2 (the only grades assessed on it)"],
    ["Đạt", "13,4%", ["9,8%", "17,1%", "", "", ""], "", null, ""],
  ]);
  s.merge(`A${r}:I${r}`, "Về năng lực", { italic: true, bold: true, border: true });
  r++;
  quality("5", "Tự phục vụ, tự quản (Tự chủ, tự học lớp 1, 2)", enrol, [
    ["Tốt", "70,0%", ["74,7%", "71,1%", "66,2%", "69,2%", "69,2%"], "Từ 70% trở lên", "met", "70,0% = 70% (\"trở lên\" takes the edge)"],
    ["Đạt", "30,0%", ["25,3%", "28,9%", "33,8%", "30,8%", "30,8%"], "", null, ""],
  ]);
  quality("6", "Hợp tác (Giao tiếp, hợp tác lớp 1, 2)", enrol, [
    ["Tốt", "68,7%", ["72,2%", "70,6%", "66,7%", "66,1%", "68,6%"], "Từ 70% trở lên", "not_met", "68,7% < 70% at the year's end"],
    ["Đạt", "31,3%", ["27,8%", "29,4%", "33,3%", "33,9%", "31,4%"], "", null, ""],
  ]);
  s.merge(`A${r}:I${r}`, "IV. Số học sinh chia theo kết quả học tập", { bold: true, border: true });
  r++;
  quality("1", "Tiếng Việt", enrol, [
    ["Hoàn thành tốt", "52,6%", ["55,2%", "53,5%", "50,8%", "51,6%", "52,6%"], "Từ 50% trở lên", "exceeded", "52,6% > 50%"],
    ["Hoàn thành", "46,2%", ["43,3%", "45,5%", "48,2%", "46,6%", "47,4%"], "", null, ""],
    ["Chưa hoàn thành", "1,2 %", ["1,5%", "1,0%", "1,0%", "1,8%", ""], "Dưới 1%", "not_met", "1,2 % (typed with a space) is not under 1%"],
  ]);
  quality("2", "Toán", enrol, [
    ["Hoàn thành tốt", "49,8%", ["56,2%", "51,3%", "46,7%", "44,3%", "51,9%"], "Từ 50% trở lên", "not_met", "49,8% < 50%"],
    ["Hoàn thành", "49,7%", ["43,3%", "48,7%", "52,8%", "54,8%", "48,1%"], "", null, ""],
    ["Chưa hoàn thành", "0,5%", ["0,5%", "", "0,5%", "0,9%", ""], "Dưới 1%", "met", "0,5% < 1%: a ceiling, met"],
  ]);
  s.merge(`A${r}:I${r}`, "V. Tổng hợp kết quả cuối năm", { bold: true, border: true });
  r++;
  s.row(`A${r}`, ["1", { v: "Lên lớp (tỷ lệ so với tổng số)", align: "left" }, "99,4%", "99,0%", "99,5%", "99,5%", "99,1%", "", "Từ 99% trở lên"], bd);
  s.expect(`C${r}`, { indicator: "Lên lớp", target: "Từ 99% trở lên (chỉ tiêu năm học)", status: "exceeded", why: "99,4% > 99%; grade 5 does not go up a class (its column is blank)" });
  r++;
  s.row(`A${r}`, ["2", { v: "Học sinh lớp 5 hoàn thành chương trình tiểu học (tỷ lệ so với tổng số)", align: "left" }, "", "", "", "", "", "100%", "100% học sinh lớp 5"], bd);
  s.expect(`H${r}`, { indicator: "Học sinh lớp 5 hoàn thành chương trình tiểu học", target: "100% học sinh lớp 5 (chỉ tiêu năm học)", status: "met", why: "the Lớp 5 column (the only grade it concerns; Tổng số is left blank) shows 100%" });
  r++;
  s.row(`A${r}`, ["3", { v: "Học sinh bỏ học", align: "left" }, 0, 0, 0, 0, 0, 0, "Không có học sinh bỏ học"], bd);
  s.expect(`C${r}`, { indicator: "Học sinh bỏ học", target: "Không có học sinh bỏ học (chỉ tiêu năm học)", status: "met", why: "0 pupils left school" });
  const last = r;
  const after = notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ phẩm chất, năng lực tính trên tổng số học sinh được đánh giá của từng khối; phẩm chất Yêu nước chỉ đánh giá học sinh lớp 1, 2.",
    "- Chỉ tiêu năm học theo Kế hoạch giáo dục nhà trường năm học 2021-2022, đánh giá trên số liệu toàn trường.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Thu Hà" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Vũ Văn Thành" });
  b.facts = {
    sheet: "Chất lượng cuối năm",
    headerRows: "8-9 (Chia ra theo khối lớp over Lớp 1 … Lớp 5)",
    nameColumn: "B (Nội dung: a quality's name on its count line, the level on the lines below it)",
    target: "column I (Chỉ tiêu năm học (toàn trường): \"Từ 75% trở lên\", \"Dưới 1%\", \"100%\", \"Không có học sinh chưa đạt\", \"100% học sinh lớp 5\")",
    actualColumns: "C (Tổng số: shares typed as text, \"79,9%\", \"33,0 %\"); H (Lớp 5) for the grade-5 completion row only",
    ignoreColumns: "A (STT), D-H (grade columns: breakdowns, not judged against the school's targets, except H for grade-5 completion)",
    totalRows: "10 (Tổng số học sinh: the enrolment, not an indicator); each quality's count line (e.g. 14) and its \"(tỷ lệ so với tổng số)\" line",
    otherRows: `12 and the \"Về phẩm chất\", \"Về năng lực\", IV, V lines (sections), ${last + 2}-${after - 1} (notes), signature below`,
    asOf: "2022-05-31",
    period: "2021-2022",
    notes: "Year-end figures: every verdict is final. The school-wide targets of column I are judged on the Tổng số column; the grade columns are breakdowns. A quality's level lines carry shares typed as text; its count line above is the number assessed. Trách nhiệm shows Tốt 76,5% and Đạt 33,0 % of the same pupils (109,5% together): which figure is wrong is not on the sheet (review). Grade-5 completion is read in the Lớp 5 column because Tổng số is blank on that row.",
  };
  return b;
}
