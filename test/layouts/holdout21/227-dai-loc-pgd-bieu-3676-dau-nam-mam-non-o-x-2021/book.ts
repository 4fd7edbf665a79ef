// Layout 227: a district education office's start-of-year preschool return on the Ministry's form (Công văn 3676/BGDĐT-GDMN, due before 30/10/2021), filled for huyện Đại Lộc (Quảng Nam): Tổng số / Công lập / Dân lập, tư thục columns with "x" where a figure does not apply, counts and rate rows mixed under roman sections, the office's own "Chỉ tiêu năm học" column added at the right, a zero target for communes without a kindergarten, the year's targets read in October (enrolment short pending, past a floor exceeded), a second sheet of funding figures with no target.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo tình hình thực hiện nhiệm vụ giáo dục mầm non đầu năm học 2021-2022 (mẫu Công văn 3676/BGDĐT-GDMN), Phòng GD&ĐT huyện Đại Lộc (Quảng Nam)");
  const s = b.sheet("Bieu 1 Quy mo");
  s.cols([6, 52, 11, 11, 11, 16, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐẠI LỘC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu 1 (kèm theo Báo cáo số 412/BC-PGDĐT)",
    date: "Đại Lộc, ngày 28 tháng 10 năm 2021",
    title: ["QUY MÔ TRƯỜNG, LỚP, HỌC SINH, ĐỘI NGŨ, CƠ SỞ VẬT CHẤT", "Đầu năm học 2021 - 2022 (theo Công văn số 3676/BGDĐT-GDMN ngày 26/8/2021)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tiêu chí", head).merge("C8:C9", "Tổng số", head).merge("D8:E8", "Chia ra", head);
  s.row("D9", ["Công lập", "Dân lập, tư thục"], head);
  s.merge("F8:F9", "Chỉ tiêu năm học 2021-2022 (KH số 85/KH-PGDĐT)", head).merge("G8:G9", "Ghi chú", head);
  type Row = [string, string, CellInput, CellInput, CellInput, string, string, [Status, string]?];
  const pc = (num: string, den: string, res: number): CellInput => ({ v: `=ROUND(${num}/${den}*100,2)`, fmt: "0.00", result: res });
  let r = 10;
  const put = (rows: Row[]) => {
    for (const [tt, name, c, d, e, tgt, note, st] of rows) {
      const sec = /^[IV]+$/.test(tt) || tt === "";
      s.row(`A${r}`, [tt, name, c, d, e, tgt, note], sec && tt ? { ...bd, bold: true } : bd);
      s.set(`B${r}`, name, { border: true, wrap: true, bold: sec && tt !== "" });
      s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
      if (st) s.expect(`C${r}`, { indicator: name, target: tgt, status: st[0], why: st[1] });
      r++;
    }
  };
  put([
    ["", "Dân số từ 3 tháng - 36 tháng tuổi", 6120, "x", "x", "", "Số liệu điều tra PCGD tháng 9/2021"],
    ["", "Dân số 3-5 tuổi", 7480, "x", "x", "", ""],
    ["", "Dân số 5 tuổi", 2530, "x", "x", "", ""],
    ["", "Số xã, phường, thị trấn", 18, "x", "x", "", ""],
    ["", "Số xã, phường, thị trấn không có trường mầm non", 0, "x", "x", "0", "", ["met", "no commune without a kindergarten: the zero target held"]],
    ["I", "Thông tin về cơ sở GDMN", "", "", "", "", ""],
    ["1", "Trường mầm non (nhà trẻ, trường mẫu giáo, trường mầm non)", 24, 21, 3, "", ""],
    ["2", "Điểm trường lẻ (không thống kê điểm chính)", 46, 44, 2, "", ""],
    ["3", "Cơ sở độc lập (nhóm trẻ, lớp mẫu giáo, lớp mầm non độc lập)", 9, "x", 9, "", ""],
    ["4", "Trong đó: Cơ sở độc lập chưa được cấp phép", 2, "x", 2, "Không còn cơ sở chưa cấp phép", "Đang hoàn thiện hồ sơ", ["pending", "2 unlicensed groups in October against none by the year's end: the year is not over"]],
    ["5", "Trường đạt chuẩn quốc gia", 15, 15, 0, "17 trường", "02 trường đề nghị kiểm tra tháng 4/2022", ["pending", "15 of the 17 schools the year plans; two are due for inspection in April 2022"]],
    ["II", "Trẻ em", "", "", "", "", ""],
    ["6", "Số trẻ nhà trẻ ra lớp", 1960, 1610, 350, "", ""],
    ["", "Tỷ lệ huy động trẻ nhà trẻ (%)", pc("C22", "C10", 32.03), "x", "x", "≥ 30%", "", ["exceeded", "1.960/6.120 = 32,03%, past the 30% floor"]],
    ["7", "Số trẻ mẫu giáo ra lớp", 7215, 6530, 685, "", ""],
    ["", "Tỷ lệ huy động trẻ mẫu giáo (%)", pc("C24", "C11", 96.46), "x", "x", "≥ 97%", "Còn trẻ theo cha mẹ đi làm xa chưa ra lớp", ["pending", "7.215/7.480 = 96,46%, short of 97% in October: children may still enrol during the year"]],
    ["8", "Số trẻ 5 tuổi ra lớp", 2528, 2391, 137, "", ""],
    ["", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", pc("C26", "C12", 99.92), "x", "x", "≥ 99,5%", "", ["exceeded", "2.528/2.530 = 99,92%, past 99,5%"]],
    ["9", "Số trẻ học 2 buổi/ngày", 9175, 8140, 1035, "", ""],
    ["", "Tỷ lệ trẻ học 2 buổi/ngày (%)", pc("C28", "(C22+C24)", 100), "x", "x", "100%", "", ["met", "9.175 of 1.960 + 7.215 = 9.175 children: 100%"]],
    ["10", "Trẻ khuyết tật học hòa nhập", 41, 39, 2, "", ""],
    ["III", "Đội ngũ", "", "", "", "", ""],
    ["11", "Tổng số giáo viên", 612, 548, 64, "", ""],
    ["12", "Giáo viên đạt chuẩn trình độ đào tạo trở lên (Luật GD 2019)", 556, 512, 44, "", ""],
    ["", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên (%)", pc("C33", "C32", 90.85), "x", "x", "≥ 90%", "", ["exceeded", "556/612 = 90,85%, past 90%"]],
    ["IV", "Cơ sở vật chất", "", "", "", "", ""],
    ["13", "Tổng số phòng học", 348, 312, 36, "", ""],
    ["14", "Phòng học kiên cố", 290, 284, 6, "", ""],
    ["", "Tỷ lệ phòng học kiên cố (%)", pc("C37", "C36", 83.33), "x", "x", "≥ 85%", "Đang xây 08 phòng (hoàn thành quý II/2022)", ["pending", "290/348 = 83,33%, short of 85% in October; eight rooms are being built"]],
  ]);
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Biểu theo mẫu Công văn 3676/BGDĐT-GDMN; cột \"Chỉ tiêu năm học\" do Phòng GD&ĐT bổ sung để theo dõi, đánh giá vào cuối năm học.",
    "- Ô đánh dấu \"x\": không có số liệu chia theo loại hình.",
    "- Báo cáo gửi Sở GD&ĐT trước ngày 30/10/2021.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Thị Thanh Thủy" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Huỳnh Văn Hòa" });
  // Sheet 2: investment figures, no target.
  const k = b.sheet("Bieu 2 Kinh phi");
  k.cols([6, 52, 16, 16, 28]);
  k.merge("A1:E1", "KINH PHÍ ĐẦU TƯ CƠ SỞ VẬT CHẤT, THIẾT BỊ GIÁO DỤC MẦM NON NĂM HỌC 2021 - 2022", { bold: true, align: "center" });
  k.merge("A2:E2", "Đơn vị tính: triệu đồng", { italic: true, align: "right" });
  k.row("A4", ["TT", "Nội dung", "Kế hoạch", "Đã thực hiện đến 15/10/2021", "Ghi chú"], head);
  k.row("A5", [1, "Xây dựng mới phòng học", 9600, 3150, "08 phòng"], bd);
  k.row("A6", [2, "Sửa chữa, cải tạo", 1850, 1120, ""], bd);
  k.row("A7", [3, "Mua sắm thiết bị dạy học tối thiểu", 2400, 760, ""], bd);
  k.row("A8", [4, "Đồ chơi ngoài trời", 820, 510, ""], bd);
  k.row("A9", ["", "Cộng", { v: "=SUM(C5:C8)", result: 14670 }, { v: "=SUM(D5:D8)", result: 5540 }, ""], { ...bd, bold: true });
  b.facts = {
    sheet: "Bieu 1 Quy mo",
    headerRows: "8-9 (\"Chia ra\" merged over Công lập / Dân lập, tư thục)",
    nameColumn: "B (Tiêu chí)",
    target: "column F (Chỉ tiêu năm học 2021-2022, added by the office), on the rows that have one",
    actualColumns: "C (Tổng số: counts on count rows, formulas on the \"Tỷ lệ\" rows)",
    ignoreColumns: "A (TT), D-E (Công lập / Dân lập, tư thục: parts or \"x\"), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `sections 15 (I), 21 (II), 31 (III), 35 (IV); notes ${last + 2}-${last + 5}; signature from ${last + 7}; sheet "Bieu 2 Kinh phi" (funding, no target)`,
    asOf: "2021-10-28",
    period: "Năm học 2021-2022 (đầu năm học)",
    notes: "The Ministry's form with the office's own target column. Only rows with a target are judged; count rows behind a rate are not. Read in October: a floor already passed is exceeded (32,03%, 99,92%, 90,85%), a zero target held is met, 100% of children on two sessions a day is met; what is short of a year's target (mobilisation 96,46%, solid rooms 83,33%, 15 of 17 standard schools, two unlicensed groups) is pending, the year's assessment being at its end as the notes say. \"x\" cells are not figures. The funding sheet has no target.",
  };
  return b;
}
