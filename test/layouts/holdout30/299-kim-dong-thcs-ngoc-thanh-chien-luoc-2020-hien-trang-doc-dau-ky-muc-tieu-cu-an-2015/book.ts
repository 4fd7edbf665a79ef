// Layout 299: a lower secondary school's strategy targets to 2020 read on the strategy's own date (Trường THCS Ngọc Thanh, Kim Động, Hưng Yên, 05/02/2015): the current state (school year 2013-2014) beside "Mục tiêu đến năm 2020", targets as floors, caps, a band "20% - 25%", a count typed "25/35 (71,4%)", text targets with a year, a hidden column with the superseded 2010-2015 targets; targets already reached are met or exceeded, the rest pending.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Hiện trạng và mục tiêu đến năm 2020, Phương hướng chiến lược phát triển Trường THCS Ngọc Thanh giai đoạn 2015-2020 (Kim Động, Hưng Yên)");
  const s = b.sheet("Muc tieu 2020");
  s.cols([5, 48, 22, 22, 22, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT KIM ĐỘNG", "TRƯỜNG THCS NGỌC THANH"],
    number: "Số: 25/PHCLPT-THCS NT",
    date: "Ngọc Thanh, ngày 5 tháng 2 năm 2015",
    title: ["PHỤ LỤC: HIỆN TRẠNG VÀ MỤC TIÊU PHÁT TRIỂN ĐẾN NĂM 2020", "(Kèm theo Phương hướng, chiến lược phát triển trường THCS Ngọc Thanh giai đoạn 2015-2020)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Nội dung", "Hiện trạng (năm học 2013-2014)", "Mục tiêu giai đoạn 2010-2015", "Mục tiêu đến năm 2020", "Ghi chú"], head);
  type R = [string, string, string | number, string, string, Status | null, string, string];
  // tt, text, current, old target, 2020 target, verdict (null = not judged), why, note
  const rows: R[] = [
    ["1", "Quy mô: số lớp / số học sinh", "12 lớp / 428 HS", "12 lớp", "12-14 lớp, 430-480 HS", null, "", ""],
    ["2", "Tỷ lệ học sinh hoàn thành chương trình tiểu học vào lớp 6", "100%", "100%", "Duy trì 100%", "met", "100% in 2013-2014: already held, the target is to keep it", ""],
    ["3", "Tỷ lệ học sinh bỏ học", "0,3%", "Dưới 1%", "Dưới 0,5%", "met", "0,3% is under the 0,5% cap", ""],
    ["4", "Học sinh xếp loại học lực giỏi", "22,6%", "15% - 20%", "20% - 25%", "met", "22,6% is inside the band 20% - 25%", ""],
    ["5", "Học sinh xếp loại học lực khá", "41,2%", "Từ 40% trở lên", "Từ 45% trở lên", "pending", "41,2% against a floor of 45% due in 2020", ""],
    ["6", "Học sinh xếp loại học lực yếu, kém", "4,1%", "Dưới 5%", "Dưới 3%", "pending", "4,1% is still over the 3% cap, with to 2020 to go", ""],
    ["7", "Học sinh được công nhận tốt nghiệp THCS", "123/124 (99,2%)", "Từ 98% trở lên", "100%", "pending", "123 of 124 = 99,2% against 100% due in 2020", ""],
    ["8", "Học sinh thi đỗ vào lớp 10 THPT công lập", "83,5%", "Từ 70% trở lên", "Từ 80% trở lên", "exceeded", "83,5% is above the 80% floor already", ""],
    ["9", "Giáo viên có trình độ đào tạo trên chuẩn", "25/35 (71,4%)", "Từ 60% trở lên", "Từ 80% trở lên", "pending", "25 of 35 = 71,4% against 80% due in 2020", "04 giáo viên đang học đại học"],
    ["10", "Phòng học bộ môn", "04 phòng", "04 phòng", "Đủ 06 phòng học bộ môn", "pending", "4 of 6 rooms; due by 2020", "Đề nghị UBND huyện đầu tư 02 phòng"],
    ["11", "Trường đạt chuẩn quốc gia", "Đạt chuẩn (QĐ tháng 12/2007), công nhận lại năm 2012", "Công nhận lại năm 2012", "Được công nhận lại năm 2017", "pending", "re-recognition is due in 2017, after the sheet's date", ""],
  ];
  let r = 10;
  for (const [tt, text, cur, old, tgt, st, why, note] of rows) {
    s.row(`A${r}`, [tt, text, cur, old, tgt, note], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, text, { border: true, wrap: true });
    if (st) s.expect(`C${r}`, { indicator: `${text} · đến năm 2020`, target: `${tgt} (column E, Mục tiêu đến năm 2020)`, status: st, why });
    r++;
  }
  s.hideCols("D");
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Hiện trạng lấy theo kết quả năm học 2013-2014; mục tiêu giai đoạn 2010-2015 (cột ẩn) được thay thế bằng mục tiêu đến năm 2020.",
    "- Mục tiêu đến năm 2020 được đánh giá vào cuối năm học 2019-2020; các chỉ tiêu \"duy trì\" phải giữ được hằng năm.",
  ]);
  signature(s, r + 5, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Đỗ Văn Tiến" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hoa" });
  b.facts = {
    sheet: "Muc tieu 2020",
    headerRows: "9",
    nameColumn: "B (Nội dung)",
    target: "column E (Mục tiêu đến năm 2020)",
    actualColumns: "C (Hiện trạng, school year 2013-2014: numbers typed as text, \"123/124 (99,2%)\", \"04 phòng\")",
    ignoreColumns: "A (TT), D (hidden: the superseded 2010-2015 targets), F (Ghi chú)",
    otherRows: "10 (scale: a range target, not judged), notes and signature",
    asOf: "2015-02-05",
    period: "2015-2020",
    notes: "Read on the strategy's own date: a target already reached is met (or exceeded above a floor), one not yet reached is pending until 2020, whatever the hidden old targets say. Caps under them are met; the band 20% - 25% holds 22,6%. The re-recognition is due in 2017.",
  };
  return b;
}
