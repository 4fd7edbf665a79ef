// Layout 107: the data table of a primary school's external evaluation report (TH Kim Đồng, Rạch Giá, Kiên Giang, May 2015): five school years side by side, the criterion's requirement in its own column on the left, only the last year (2014-2015) judged; a strict "Dưới 2%" on undernourishment, ratios of teachers per class and pupils per class, a year still being totalled.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Cơ sở dữ liệu của báo cáo đánh giá ngoài Trường Tiểu học Kim Đồng, thành phố Rạch Giá (Kiên Giang), tháng 5/2015");
  const cover = b.sheet("Bìa");
  cover.cols([90]);
  ["SỞ GIÁO DỤC VÀ ĐÀO TẠO KIÊN GIANG", "BÁO CÁO ĐÁNH GIÁ NGOÀI", "TRƯỜNG TIỂU HỌC KIM ĐỒNG, THÀNH PHỐ RẠCH GIÁ, TỈNH KIÊN GIANG", "", "Kiên Giang, tháng 5/2015"].forEach((t, i) => cover.set(`A${i + 1}`, t, { bold: i < 3, align: "center" }));

  const s = b.sheet("Cơ sở dữ liệu");
  s.cols([6, 46, 22, 11, 11, 11, 11, 11, 20]);
  titleBlock(s, {
    left: ["SỞ GD&ĐT KIÊN GIANG", "ĐOÀN ĐÁNH GIÁ NGOÀI"],
    date: "Rạch Giá, ngày 25 tháng 5 năm 2015",
    title: ["PHẦN I. CƠ SỞ DỮ LIỆU CỦA NHÀ TRƯỜNG", "(Số liệu 5 năm học gần nhất, đối chiếu yêu cầu của tiêu chí)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Yêu cầu của tiêu chí", head).merge("D8:H8", "Năm học", head);
  s.row("D9", ["2010-2011", "2011-2012", "2012-2013", "2013-2014", "2014-2015"], head);
  s.merge("I8:I9", "Ghi chú", head);
  const bd = { border: true, align: "center" as const, wrap: true };
  const n1 = (x: number): CellInput => ({ v: x, fmt: "0.0" });
  const n2 = (x: number): CellInput => ({ v: x, fmt: "0.00" });
  type R = [string, string, string, CellInput[], string, Status | null, string];
  const sec = (r: number, t: string) => s.merge(`A${r}:I${r}`, t, { bold: true, border: true });
  let r = 10;
  const put = (x: R) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], ...x[3], { v: x[4], align: "left" }], bd);
    if (x[5]) s.expect(`H${r}`, { indicator: x[1], target: `${x[2]} (yêu cầu của tiêu chí)`, status: x[5], why: x[6] });
    r++;
  };
  sec(r++, "1. Số lớp, số học sinh");
  put(["1", "Số lớp", "", [24, 25, 25, 26, 27], "", null, ""]);
  put(["2", "Tổng số học sinh", "", [842, 869, 880, 915, 951], "", null, ""]);
  put(["3", "Sĩ số bình quân học sinh trên lớp", "Không quá 35 học sinh/lớp", [n1(35.1), n1(34.8), n1(35.2), n1(35.2), n1(35.2)], "", "not_met", "951 / 27 = 35,2 pupils per class: more than 35"]);
  put(["4", "Tỷ lệ trẻ em 6 tuổi vào lớp 1 (%)", "Từ 98% trở lên", [n1(99.1), n1(98.6), n1(99.4), n1(100), n1(99.5)], "", "exceeded", "99,5 > 98 in 2014-2015; the earlier years are history"]);
  sec(r++, "2. Kết quả giáo dục");
  put(["5", "Tỷ lệ học sinh lên lớp thẳng (%)", "Từ 95% trở lên", [n1(96.2), n1(96.9), n1(97.4), n1(95.8), n1(94.8)], "Số liệu cuối năm học", "not_met", "94,8 < 95 in 2014-2015, though every earlier year passed"]);
  put(["6", "Tỷ lệ học sinh suy dinh dưỡng (%)", "Dưới 2%", [n1(3.1), n1(2.8), n1(2.4), n1(2.2), n1(2.0)], "Khám sức khỏe định kỳ", "not_met", "2,0 is not under 2 (\"dưới\" is strict)"]);
  put(["7", "Tỷ lệ học sinh bỏ học (%)", "Không quá 1%", [n1(0.6), n1(0.4), n1(0.2), n1(0.1), n1(0)], "", "met", "0,0 ≤ 1: a ceiling, met"]);
  put(["8", "Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học (%)", "Từ 98% trở lên", [n1(99.4), n1(100), n1(99.5), n1(100), "Đang tổng hợp"], "Hạn tổng hợp 31/5/2015", "pending", "\"Đang tổng hợp\" on 25/5/2015 with its compiling deadline on 31/5 (Ghi chú): not due yet"]);
  put(["9", "Số học sinh được công nhận học sinh giỏi cấp thành phố", "", [31, 28, 35, 40, 44], "", null, ""]);
  sec(r++, "3. Đội ngũ");
  put(["10", "Tỷ lệ giáo viên/lớp", "Tối thiểu 1,5 giáo viên/lớp (dạy 2 buổi/ngày)", [n2(1.42), n2(1.44), n2(1.44), n2(1.46), n2(1.48)], "", "not_met", "1,48 < 1,5 teachers per class"]);
  put(["11", "Tỷ lệ giáo viên đạt trình độ trên chuẩn (%)", "Từ 50% trở lên", [n1(62.5), n1(70), n1(75.7), n1(80), n1(82.5)], "", "exceeded", "82,5 > 50"]);
  put(["12", "Tỷ lệ giáo viên đạt chuẩn nghề nghiệp loại khá trở lên (%)", "Từ 80% trở lên", [n1(78.1), n1(83.3), n1(86.5), n1(80), n1(80)], "", "met", "80,0 = 80 (inclusive)"]);
  put(["13", "Số giáo viên dạy giỏi cấp thành phố trở lên", "", [6, 8, 8, 9, 11], "", null, ""]);
  const last = r - 1;
  const after = notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Số liệu năm học 2014-2015 tính đến ngày 25/5/2015, sau kiểm tra định kỳ cuối năm học (ngày 20/5/2015).",
    "- Cột \"Yêu cầu của tiêu chí\" ghi theo các tiêu chí của Quy định tiêu chuẩn đánh giá chất lượng giáo dục trường tiểu học.",
  ]);
  signature(s, after + 1, { col: "B", title: "THƯ KÝ ĐOÀN", name: "Trần Minh Tiếng" }, { col: "F", title: "TRƯỞNG ĐOÀN", name: "Lê Anh Huy" });
  b.facts = {
    sheet: "Cơ sở dữ liệu",
    headerRows: "8-9 (Năm học over 2010-2011 … 2014-2015)",
    nameColumn: "B (Nội dung)",
    target: "column C (Yêu cầu của tiêu chí: \"Không quá 35 học sinh/lớp\", \"Từ 98% trở lên\", \"Dưới 2%\", \"Không quá 1%\", \"Tối thiểu 1,5 giáo viên/lớp\")",
    actualColumns: "H (2014-2015, the year under evaluation)",
    ignoreColumns: "A (TT), D-G (2010-2011 … 2013-2014: earlier years, history), I (Ghi chú)",
    otherRows: `10, 14, 20 (sections); rows with no requirement (counts of classes, pupils, prize winners); ${last + 2}-${after - 1} (notes), signature below; the first sheet (Bìa) is a cover`,
    asOf: "2015-05-25",
    period: "2014-2015",
    notes: "Five years of data beside one requirement per line: only the year under evaluation (2014-2015, the last column) is judged; the earlier years pass or fail without mattering. Promotion without re-test (lên lớp thẳng) is final after the year-end test of 20/5; grade-5 completion is \"Đang tổng hợp\" with a compiling deadline of 31/5: pending. \"Dưới 2%\" is strict (2,0 fails). The pupils-per-class and teachers-per-class ratios are checked as a ceiling and a floor.",
  };
  return b;
}
