// Layout 312: a primary school's Young Pioneer admission plan and its result by class (Liên đội Trường TH số 2 Quảng Phú, Quảng Trạch, Quảng Bình, December 2019): a general-information sheet first whose key-value lines hold the quota ("Mỗi lớp 10 em") and the ceremony's date, then the class table with no target column; read the day after the ceremony: a class short of ten is not met.
import { Book, type CellInput, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch và kết quả kết nạp đội viên mới năm học 2019-2020 theo lớp, Liên đội Trường Tiểu học số 2 Quảng Phú (Quảng Trạch, Quảng Bình)");
  // sheet 1: general information, key-value lines
  const g = b.sheet("Thong tin chung");
  g.cols([4, 34, 60]);
  g.merge("A1:B1", "HỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH", { align: "center" });
  g.merge("A2:B2", "LIÊN ĐỘI TH SỐ 2 QUẢNG PHÚ", { align: "center", bold: true });
  g.set("C1", "ĐỘI TNTP HỒ CHÍ MINH", { align: "center", bold: true, underline: true });
  g.set("C3", "Quảng Phú, ngày 15 tháng 12 năm 2019", { align: "center", italic: true });
  g.merge("A5:C5", "KẾ HOẠCH KẾT NẠP ĐỘI VIÊN MỚI - NĂM HỌC 2019-2020", { align: "center", bold: true, size: 14 });
  g.merge("A6:C6", "THÔNG TIN CHUNG", { align: "center", bold: true });
  const kv: Array<[string, string, string]> = [
    ["1", "Đơn vị", "Liên đội Trường Tiểu học số 2 Quảng Phú"],
    ["2", "Căn cứ", "Nhiệm vụ năm học 2019-2020; Chương trình công tác Đội và phong trào thiếu nhi năm học 2019-2020; đề nghị của các lớp nhi đồng khối 3"],
    ["3", "Đối tượng", "Nhi đồng lớp 3 đủ 9 tuổi, đủ điều kiện rèn luyện theo chương trình Dự bị đội viên"],
    ["4", "Chỉ tiêu", "Mỗi lớp 10 em"],
    ["5", "Thời gian tổ chức lễ kết nạp", "7 giờ 00 ngày 22/12/2019 (chào mừng ngày thành lập Quân đội nhân dân Việt Nam)"],
    ["6", "Địa điểm", "Sân trường, điểm trường chính"],
    ["7", "Phụ trách", "Tổng phụ trách Đội: cô Hoàng Thị Thu Hiền; giáo viên chủ nhiệm các lớp 3"],
    ["8", "Kinh phí", "Khăn quàng, huy hiệu: Liên đội chi từ quỹ Đội"],
  ];
  let gr = 8;
  for (const [n, k, v] of kv) {
    g.row(`A${gr}`, [n, k, v], { border: true, wrap: true });
    g.set(`B${gr}`, k, { border: true, bold: true });
    gr++;
  }
  g.set(`C${gr + 1}`, "(Kết quả kết nạp theo từng lớp: xem trang \"KQ ket nap\")", { italic: true });
  // sheet 2: the class table
  const s = b.sheet("KQ ket nap");
  s.cols([5, 10, 24, 9, 14, 14, 14, 30]);
  s.merge("A1:H1", "KẾT QUẢ KẾT NẠP ĐỘI VIÊN MỚI THEO LỚP - NĂM HỌC 2019-2020", { align: "center", bold: true, size: 13 });
  s.merge("A2:H2", "(Lễ kết nạp ngày 22/12/2019; tổng hợp ngày 23/12/2019)", { align: "center", italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A4", ["TT", "Lớp", "Giáo viên chủ nhiệm", "Sĩ số", "Nhi đồng đủ tuổi", "Số em lớp đề nghị", "Số em được kết nạp", "Ghi chú"], head);
  // class, teacher, roll, of age, proposed, admitted, note
  type U = [string, string, number, number, number, number, string];
  const units: U[] = [
    ["3A", "Nguyễn Thị Hương", 28, 27, 11, 10, ""],
    ["3B", "Trần Thị Lệ", 27, 27, 10, 10, ""],
    ["3C", "Đinh Thị Mai", 26, 25, 10, 9, "01 em chuyển trường trước lễ kết nạp"],
    ["3D", "Phan Văn Nam", 25, 25, 10, 10, ""],
    ["3E", "Lê Thị Thanh Tâm", 24, 23, 8, 8, "Lớp chỉ đề nghị 08 em đủ điều kiện"],
  ];
  let r = 5;
  for (const [i, [cls, gv, roll, age, prop, adm, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), cls, gv, roll, age, prop, adm, note], { border: true, align: "center" });
    s.set(`C${r}`, gv, { border: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = adm > 10 ? "exceeded" : adm === 10 ? "met" : "not_met";
    s.expect(`G${r}`, {
      indicator: `Nhi đồng được kết nạp đội viên · Lớp ${cls}`,
      target: "10 (sheet Thong tin chung, row 11: \"Chỉ tiêu: Mỗi lớp 10 em\")",
      status: st,
      why: st === "met" ? `${adm} of 10 at the 22/12/2019 ceremony` : `${adm} of 10: the ceremony of 22/12/2019 is over${note ? ` (${note.toLowerCase()})` : ""}`,
    });
    r++;
  }
  // r = 10: total
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}5:${c}9)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Cộng", "", sum("D", S(2)), sum("E", S(3)), sum("F", S(4)), sum("G", S(5)), ""], { border: true, bold: true, align: "center" });
  s.expect(`G${r}`, { indicator: "Nhi đồng được kết nạp đội viên · Cộng", target: "50 (10 a class × 5 classes, sheet Thong tin chung row 11)", status: "not_met", why: `${S(5)} of 50: two classes short; the ceremony is over` });
  s.set(`B${r + 2}`, "* Sĩ số, nhi đồng đủ tuổi: số liệu đến ngày 15/12/2019.", { italic: true });
  signature(s, r + 4, { col: "C", title: "TỔNG PHỤ TRÁCH ĐỘI", name: "Hoàng Thị Thu Hiền" }, { col: "G", title: "DUYỆT CỦA BGH", name: "Nguyễn Văn Quang" });
  b.facts = {
    sheet: "KQ ket nap",
    headerRows: "4",
    nameColumn: "B (Lớp)",
    target: "sheet Thong tin chung, row 11 (key \"Chỉ tiêu\" in B, value \"Mỗi lớp 10 em\" in C): 10 a class; the total's 50 is 10 × 5 classes",
    actualColumns: "G (Số em được kết nạp)",
    ignoreColumns: "A (TT), C (form teacher), D (roll), E (of age), F (proposed by the class: not the result), H (Ghi chú)",
    totalRows: "10 (Cộng: SUM of rows 5-9; judged against 50)",
    otherRows: "1-2 (title, date line), a footnote and the signature under the table; sheet Thong tin chung is a key-value block (rows 8-15), not a table to judge",
    asOf: "2019-12-23",
    period: "năm học 2019-2020 (the ceremony of 22/12/2019)",
    notes: "The quota lives only on the first sheet, as a key-value line \"Chỉ tiêu | Mỗi lớp 10 em\", and the ceremony it is for took place on 22/12/2019, the day before the table's date, so each class's count is final: 10 is met, 9 and 8 are not met (the notes give reasons, which do not change the count). Column F (proposed) is not the result: class 3A proposed 11 and 10 were admitted.",
  };
  return b;
}
