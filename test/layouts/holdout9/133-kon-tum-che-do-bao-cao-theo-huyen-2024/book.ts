// Layout 133: a provincial office's log of periodic socio-economic returns received from each district under the province's reporting rule (Kon Tum QĐ 06/2024/QĐ-UBND), read on 10/9/2024: districts × returns, the deadline in a row under each return's name, date cells and text, a hidden 2022 column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện chế độ báo cáo định kỳ tình hình kinh tế - xã hội của UBND các huyện, thành phố năm 2024 (QĐ 06/2024/QĐ-UBND tỉnh Kon Tum)");
  const s = b.sheet("Theo doi BC dinh ky");
  s.cols([5, 24, 13, 15, 15, 15, 15, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH KON TUM", "VĂN PHÒNG"],
    date: "Kon Tum, ngày 10 tháng 9 năm 2024",
    title: ["TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ VỀ KINH TẾ - XÃ HỘI CỦA UBND CÁC HUYỆN, THÀNH PHỐ", "(Theo Quy định chế độ báo cáo định kỳ ban hành kèm theo Quyết định số 06/2024/QĐ-UBND ngày 25/01/2024 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị báo cáo", head);
  s.row("C8", ["Báo cáo năm 2022", "Báo cáo năm 2023", "Báo cáo quý I/2024", "Báo cáo 6 tháng đầu năm 2024", "Báo cáo quý III/2024"], head);
  s.merge("H8:H9", "Ghi chú", head);
  s.row("C9", ["Chậm nhất ngày 18/12/2022", "Chậm nhất ngày 18/12/2023", "Chậm nhất ngày 18/3/2024", "Chậm nhất ngày 18/6/2024", "Chậm nhất ngày 18/9/2024"], { ...head, bold: false, italic: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  type U = [string, CellInput, CellInput, CellInput, CellInput, CellInput, string];
  const units: U[] = [
    ["UBND thành phố Kon Tum", d("2022-12-16"), d("2023-12-15"), d("2024-03-18"), d("2024-06-17"), d("2024-09-05"), ""],
    ["UBND huyện Đăk Hà", d("2022-12-19"), d("2023-12-20"), d("2024-03-14"), d("2024-06-19"), "", ""],
    ["UBND huyện Đăk Tô", d("2022-12-15"), d("2023-12-18"), "Đã gửi", d("2024-06-12"), "", "Quý I: gửi qua Hệ thống báo cáo, không ghi nhận ngày"],
    ["UBND huyện Ngọc Hồi", d("2022-12-12"), d("2023-12-11"), d("2024-03-22"), "Chưa gửi", "", "Đã nhắc lần 2 ngày 05/8/2024"],
    ["UBND huyện Đăk Glei", d("2022-12-18"), d("2023-12-16"), d("2024-03-18"), "", "", ""],
    ["UBND huyện Sa Thầy", d("2022-12-14"), d("2023-12-18"), d("2024-03-15"), d("2024-06-18"), "Chưa gửi", ""],
    ["UBND huyện Kon Rẫy", d("2022-12-23"), d("2023-12-26"), d("2024-04-10"), d("2024-06-14"), d("2024-09-09"), ""],
    ["UBND huyện Ia H'Drai", d("2022-12-13"), d("2023-12-14"), d("2024-03-18"), d("2024-06-17"), "", ""],
  ];
  units.forEach((u, i) => {
    s.row(`A${10 + i}`, [i + 1, u[0]], { border: true });
    s.row(`C${10 + i}`, u.slice(1, 6) as CellInput[], { border: true, align: "center" });
    s.set(`H${10 + i}`, u[6], { border: true, wrap: true });
  });
  s.hideCols("C");
  const cols: [string, string][] = [["D", "Báo cáo năm 2023"], ["E", "Báo cáo quý I/2024"], ["F", "Báo cáo 6 tháng đầu năm 2024"], ["G", "Báo cáo quý III/2024"]];
  const v: [Status, string][][] = [
    [["met", "15/12/2023"], ["met", "18/3, on the last day of \"Chậm nhất\""], ["met", "17/6"], ["met", "05/9, ahead of 18/9"]],
    [["not_met", "20/12/2023, late"], ["met", "14/3"], ["not_met", "19/6, a day late"], ["pending", "blank, due 18/9"]],
    [["met", "18/12/2023, on the day"], ["review", "\"Đã gửi\" with no date: on time or late cannot be told"], ["met", "12/6"], ["pending", "blank, due 18/9"]],
    [["met", "11/12/2023"], ["not_met", "22/3, late"], ["overdue", "\"Chưa gửi\" past 18/6"], ["pending", "blank, due 18/9"]],
    [["met", "16/12/2023"], ["met", "18/3, on the day"], ["overdue", "blank past 18/6: nothing recorded past the due day is overdue (convention, round 19)"], ["pending", "blank, due 18/9"]],
    [["met", "18/12/2023, on the day"], ["met", "15/3"], ["met", "18/6, on the day"], ["pending", "\"Chưa gửi\" before 18/9 is not late yet"]],
    [["not_met", "26/12/2023, late"], ["not_met", "10/4, late"], ["met", "14/6"], ["met", "09/9"]],
    [["met", "14/12/2023"], ["met", "18/3, on the day"], ["met", "17/6"], ["pending", "blank, due 18/9"]],
  ];
  units.forEach((u, i) => cols.forEach(([c, name], k) => {
    const [status, why] = v[i][k];
    s.expect(`${c}${10 + i}`, { indicator: `${u[0]} · ${name}`, target: s.text(`${c}9`), status, why });
  }));
  notes(s, 19, "B", ["Ghi chú:", "- Ngày gửi tính theo ngày Văn phòng UBND tỉnh nhận trên Hệ thống thông tin báo cáo tỉnh.", "- Thời gian chốt số liệu: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ báo cáo."]);
  signature(s, 23, { col: "B", title: "NGƯỜI THEO DÕI", name: "Y Thanh Hương" }, { col: "F", title: "KT. CHÁNH VĂN PHÒNG", name: "Lê Văn Hùng" });
  b.facts = {
    sheet: "Theo doi BC dinh ky",
    headerRows: "8 (return names), 9 (the deadline of each return)",
    nameColumn: "B (Đơn vị báo cáo)",
    target: "row 9 (\"Chậm nhất ngày …\", inclusive, one deadline per return column)",
    actualColumns: "D-G (dates received, \"Đã gửi\", \"Chưa gửi\", blank)",
    ignoreColumns: "C (hidden: the 2022 return), H (Ghi chú)",
    targetRows: "9",
    otherRows: "19-21 (notes; the data cut-off rule is not a deadline), signature from 23",
    asOf: "2024-09-10",
    period: "2024",
    rollUps: [s.rollUp(" · Báo cáo 6 tháng đầu năm 2024", "huyện, thành phố", "Báo cáo 6 tháng đầu năm 2024")],
    notes: "Judged on 10/9/2024: the quarter-III return is not yet due (pending unless already sent). \"Chậm nhất\" is inclusive. The note's data cut-off days (15th, 14th) are not deadlines.",
  };
  return b;
}
