// Layout 298: a primary school's year targets by grade read a month into the year (Trường Tiểu học Tiến Hưng A, Đồng Xoài, Bình Phước, plan dated 06/10/2017): indicators as rows and grades as columns plus a whole-school column, the target level in its own column, counts typed "x/y" in the grade cells, "-" where a grade is outside an indicator, a hidden last-year column; start-of-year indicators (enrolment, two sessions a day, English) are already decided, the year's outcomes are blank and not yet due.
import { Book, type CellInput } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Chỉ tiêu năm học 2017-2018 và tình hình thực hiện đầu năm theo khối lớp, Trường Tiểu học Tiến Hưng A (Đồng Xoài, Bình Phước)");
  const s = b.sheet("Chi tieu 2017-2018");
  s.cols([5, 44, 12, 10, 10, 10, 10, 10, 13, 13, 26]);
  titleBlock(s, {
    left: ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG TIỂU HỌC TIẾN HƯNG A"],
    number: "Số: 25/KH-THTHA",
    date: "Tiến Hưng, ngày 06 tháng 10 năm 2017",
    title: ["PHỤ LỤC: CHỈ TIÊU NĂM HỌC 2017-2018 VÀ TÌNH HÌNH THỰC HIỆN ĐẦU NĂM", "(Kèm theo Kế hoạch thực hiện nhiệm vụ năm học 2017-2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head);
  s.merge("B9:B10", "Chỉ tiêu", head);
  s.merge("C9:C10", "Mức chỉ tiêu", head);
  s.merge("D9:I9", "Thực hiện đến ngày 06/10/2017", head);
  s.row("D10", ["Khối 1", "Khối 2", "Khối 3", "Khối 4", "Khối 5", "Toàn trường"], head);
  s.merge("J9:J10", "Kết quả năm học 2016-2017", head);
  s.merge("K9:K10", "Ghi chú", head);
  const cell = { border: true, align: "center" as const };
  const row = (r: number, tt: string, text: string, level: string, grades: CellInput[], whole: CellInput, last: CellInput, note = "") => {
    s.row(`A${r}`, [tt, text, level, ...grades, whole, last, note], cell);
    s.set(`B${r}`, text, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
  };
  const n = [142, 156, 149, 161, 138];
  const N = n.reduce((t, x) => t + x, 0);
  row(11, "", "Số học sinh đầu năm (số lớp)", "", n.map((x, i) => `${x} (${[4, 5, 5, 5, 4][i]} lớp)`), `${N} (23 lớp)`, "718 (22 lớp)", "Số liệu ngày 05/9/2017");
  row(12, "1", "Huy động trẻ 6 tuổi trên địa bàn vào lớp 1", "100%", ["142/142", "-", "-", "-", "-"], "100%", "100%");
  row(13, "2", "Học sinh học 2 buổi/ngày", "100%", n.map((x) => `${x}/${x}`), `${N}/${N}`, "100%");
  row(14, "3", "Học sinh khối 3, 4, 5 học Tiếng Anh 4 tiết/tuần", "100%", ["-", "-", "149/149", "161/161", "138/138"], "448/448", "100%");
  row(15, "4", "Duy trì sĩ số", "100%", n.map((x) => `${x}/${x}`), `${N}/${N}`, "99,86%", "Cả năm học");
  row(16, "5", "Học sinh hoàn thành chương trình lớp học", "Từ 98% trở lên", ["", "", "", "", ""], "", "98,6%", "Đánh giá cuối năm học");
  row(17, "6", "Học sinh lớp 5 hoàn thành chương trình tiểu học", "100%", ["-", "-", "-", "-", ""], "", "100%", "Đánh giá cuối năm học");
  row(18, "7", "Giáo viên dạy giỏi cấp trường", "12 giáo viên", ["", "", "", "", ""], "", "11", "Hội thi tổ chức tháng 11/2017");
  s.hideCols("J");
  const ind = (t: string, who: string) => `${t} · ${who}`;
  s.expect("D12", { indicator: ind("Huy động trẻ 6 tuổi vào lớp 1", "Khối 1"), target: "100% (column C)", status: "met", why: "142 of 142 six-year-olds enrolled: enrolment is done in August-September" });
  s.expect("I13", { indicator: ind("Học sinh học 2 buổi/ngày", "Toàn trường"), target: "100% (column C)", status: "met", why: `${N} of ${N} pupils on two sessions a day, set for the year at its start` });
  s.expect("I14", { indicator: ind("Học sinh khối 3, 4, 5 học Tiếng Anh 4 tiết/tuần", "Toàn trường"), target: "100% (column C)", status: "met", why: "448 of 448 pupils in grades 3-5 (149 + 161 + 138) on four periods a week" });
  s.expect("I15", { indicator: ind("Duy trì sĩ số", "Toàn trường"), target: "100% (column C), for the whole school year", status: "pending", why: `${N} of ${N} on 06/10/2017, a month into a year whose roll is judged at its end (notes)` });
  s.expect("I16", { indicator: ind("Học sinh hoàn thành chương trình lớp học", "Toàn trường"), target: "Từ 98% trở lên (column C)", status: "pending", why: "blank: assessed at the end of the school year (May 2018)" });
  s.expect("H17", { indicator: ind("Học sinh lớp 5 hoàn thành chương trình tiểu học", "Khối 5"), target: "100% (column C)", status: "pending", why: "blank: assessed at the end of the school year (May 2018)" });
  s.expect("I18", { indicator: ind("Giáo viên dạy giỏi cấp trường", "Toàn trường"), target: "12 giáo viên (column C)", status: "pending", why: "blank: the school's contest is held in November 2017" });
  notes(s, 20, "B", [
    "Ghi chú:",
    "- Các chỉ tiêu 1, 2, 3 đã thực hiện xong khi bố trí lớp đầu năm học; chỉ tiêu 4 tính đến cuối năm học; chỉ tiêu 5, 6 đánh giá cuối năm học theo Thông tư 22/2016/TT-BGDĐT.",
    "- Dấu \"-\": khối lớp không thuộc đối tượng của chỉ tiêu.",
  ]);
  signature(s, 24, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Lê Thị Thanh Hương" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thành" });
  b.facts = {
    sheet: "Chi tieu 2017-2018",
    headerRows: "9-10",
    nameColumn: "B (Chỉ tiêu), with grades D-H and the whole school I as columns",
    target: "column C (Mức chỉ tiêu) for each indicator row",
    actualColumns: "D12 (grade 1's enrolment), I13, I14, I15, I16, I18 (Toàn trường), H17 (grade 5)",
    ignoreColumns: "A (TT), D-H on rows 13-16 and 18 (the grades' parts of the whole school; only the whole school is judged), J (hidden: 2016-2017), K (Ghi chú)",
    otherRows: "11 (pupils and classes per grade: denominators, not judged), notes and signature",
    asOf: "2017-10-06",
    period: "2017-2018",
    notes: "A plan read a month into the year: enrolment, two sessions a day and English are settled when classes are arranged (met); the roll is the year's (pending at 100% so far); completion and the teachers' contest are blank and not due (pending). Counts are typed \"x/y\" in text; \"-\" means the grade is outside the indicator. The hidden 2016-2017 column is last year's, never a result.",
  };
  return b;
}
