// Layout 12: the public-disclosure form on actual education quality (Biểu mẫu 09, Thông tư 36/2017) of a lower-secondary school: grades as columns, "count (rate%)" text.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu mẫu 09: Thông báo công khai thông tin chất lượng giáo dục thực tế, Trường THCS Khương Mai, năm học 2020-2021");
  const s = b.sheet("Biểu mẫu 09");
  s.cols([6, 46, 16, 10, 10, 10, 10]);
  s.set("G1", "Biểu mẫu 09", { bold: true, align: "right" });
  s.merge("A2:C2", "UBND QUẬN THANH XUÂN", { align: "center" });
  s.merge("A3:C3", "TRƯỜNG THCS KHƯƠNG MAI", { align: "center", bold: true });
  s.merge("A5:G5", "THÔNG BÁO", { bold: true, align: "center", size: 14 });
  s.merge("A6:G6", "Công khai thông tin chất lượng giáo dục thực tế của trường trung học cơ sở, năm học 2020-2021", { bold: true, align: "center" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Tổng số", head);
  s.merge("D8:G8", "Chia ra theo khối lớp", head);
  s.row("D9", ["Lớp 6", "Lớp 7", "Lớp 8", "Lớp 9"], head);
  const rows: CellInput[][] = [
    ["I", "Số học sinh chia theo hạnh kiểm", 483, 128, 121, 116, 118],
    ["1", "Tốt\n(tỷ lệ so với tổng số)", "431 (89,2%)", 117, 108, 101, 105],
    ["2", "Khá\n(tỷ lệ so với tổng số)", "46 (9,5%)", 10, 11, 13, 12],
    ["3", "Trung bình\n(tỷ lệ so với tổng số)", "5 (1,0%)", 1, 2, 1, 1],
    ["4", "Yếu\n(tỷ lệ so với tổng số)", "1 (0,2%)", 0, 0, 1, 0],
    ["II", "Số học sinh chia theo học lực", 483, 128, 121, 116, 118],
    ["1", "Giỏi\n(tỷ lệ so với tổng số)", "186 (38,5%)", 55, 47, 41, 43],
    ["2", "Khá\n(tỷ lệ so với tổng số)", "213 (44,1%)", 54, 55, 52, 52],
    ["3", "Trung bình\n(tỷ lệ so với tổng số)", "80 (16,6%)", 18, 18, 22, 22],
    ["4", "Yếu\n(tỷ lệ so với tổng số)", "4 (0,8%)", 1, 1, 1, 1],
    ["5", "Kém\n(tỷ lệ so với tổng số)", "0", 0, 0, 0, 0],
    ["III", "Tổng hợp kết quả cuối năm", "", "", "", "", ""],
    ["1", "Lên lớp\n(tỷ lệ so với tổng số)", "478 (99,0%)", 127, 119, 115, 117],
    ["a", "Học sinh giỏi\n(tỷ lệ so với tổng số)", "186 (38,5%)", 55, 47, 41, 43],
    ["b", "Học sinh tiên tiến\n(tỷ lệ so với tổng số)", "205 (42,4%)", 51, 53, 50, 51],
    ["2", "Thi lại\n(tỷ lệ so với tổng số)", "4 (0,8%)", 1, 1, 1, 1],
    ["3", "Lưu ban\n(tỷ lệ so với tổng số)", "1 (0,2%)", 0, 1, 0, 0],
    ["4", "Chuyển trường đến/đi\n(tỷ lệ so với tổng số)", "3/5", "1/2", "1/1", "1/1", "0/1"],
    ["5", "Bị đuổi học\n(tỷ lệ so với tổng số)", "0", 0, 0, 0, 0],
    ["6", "Bỏ học (qua kỳ nghỉ hè năm trước và trong năm học)\n(tỷ lệ so với tổng số)", "0", 0, 0, 0, 0],
    ["IV", "Số học sinh đạt giải các kỳ thi học sinh giỏi", 27, "", "", "", 27],
    ["1", "Cấp huyện", 22, "", "", "", 22],
    ["2", "Cấp tỉnh/thành phố", 5, "", "", "", 5],
    ["3", "Quốc gia, khu vực một số nước, quốc tế", 0, "", "", "", 0],
    ["V", "Số học sinh dự xét hoặc dự thi tốt nghiệp", 118, "", "", "", 118],
    ["VI", "Số học sinh được công nhận tốt nghiệp", "117 (99,2%)", "", "", "", 117],
  ];
  const first = 10;
  table(s, `A${first}`, rows);
  const at = (no: string, text: string) => first + rows.findIndex((r) => r[0] === no && String(r[1]).startsWith(text));
  const e = (row: number, indicator: string, target: string, status: Status, why: string) => s.expect(`C${row}`, { indicator, target, status, why });
  e(at("1", "Tốt"), "Hạnh kiểm Tốt", "Từ 85% trở lên", "exceeded", "89,2% ≥ 85%");
  e(at("4", "Yếu") , "Hạnh kiểm Yếu", "0%", "not_met", "1 học sinh (0,2%) > 0%");
  e(first + 6, "Học lực Giỏi", "Từ 40% trở lên", "not_met", "38,5% < 40%");
  e(first + 9, "Học lực Yếu", "Không quá 1%", "met", "0,8% ≤ 1%");
  e(first + 10, "Học lực Kém", "0%", "met", "\"0\"");
  e(at("1", "Lên lớp"), "Học sinh lên lớp", "Từ 98% trở lên", "exceeded", "99,0%");
  e(at("6", "Bỏ học"), "Học sinh bỏ học", "Không có học sinh bỏ học", "met", "\"0\"");
  e(at("IV", "Số học sinh đạt giải"), "Số giải học sinh giỏi các cấp", "Ít nhất 30 giải", "not_met", "27 < 30");
  e(at("VI", "Số học sinh được công nhận"), "Tỷ lệ học sinh được công nhận tốt nghiệp THCS", "100%", "not_met", "117/118 = 99,2%");
  signature(s, first + rows.length + 2, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đào Thị Hương" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Minh Tâm", place: "Khương Mai, ngày 30 tháng 6 năm 2021" });

  b.plan = {
    id: "khuong-mai-2020-2021",
    title: "Kế hoạch thực hiện nhiệm vụ năm học 2020-2021",
    issuer: "TRƯỜNG THCS KHƯƠNG MAI",
    place: "Khương Mai",
    period: "2020-2021",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục từ các chỉ tiêu chất lượng thường gặp của một trường THCS. / Plan written for the layout corpus.",
    indicators: [
      { id: "thcs.hanh-kiem.tot", section: ["Chỉ tiêu chất lượng", "Hạnh kiểm"], name: "Tỷ lệ học sinh xếp loại hạnh kiểm Tốt", level: "THCS", unit: "%", target: "từ 85% trở lên" },
      { id: "thcs.hanh-kiem.yeu", section: ["Chỉ tiêu chất lượng", "Hạnh kiểm"], name: "Tỷ lệ học sinh xếp loại hạnh kiểm Yếu", level: "THCS", unit: "%", target: "0%" },
      { id: "thcs.hoc-luc.gioi", section: ["Chỉ tiêu chất lượng", "Học lực"], name: "Tỷ lệ học sinh xếp loại học lực Giỏi", level: "THCS", unit: "%", target: "từ 40% trở lên" },
      { id: "thcs.hoc-luc.yeu", section: ["Chỉ tiêu chất lượng", "Học lực"], name: "Tỷ lệ học sinh xếp loại học lực Yếu", level: "THCS", unit: "%", target: "không quá 1%" },
      { id: "thcs.hoc-luc.kem", section: ["Chỉ tiêu chất lượng", "Học lực"], name: "Tỷ lệ học sinh xếp loại học lực Kém", level: "THCS", unit: "%", target: "0%" },
      { id: "thcs.len-lop", section: ["Chỉ tiêu chất lượng"], name: "Tỷ lệ học sinh lên lớp", level: "THCS", unit: "%", target: "từ 98% trở lên" },
      { id: "thcs.bo-hoc", section: ["Chỉ tiêu chất lượng"], name: "Học sinh bỏ học", level: "THCS", unit: "học sinh", target: "không có học sinh bỏ học" },
      { id: "thcs.hsg.giai", section: ["Chỉ tiêu mũi nhọn"], name: "Số giải học sinh giỏi các cấp", level: "THCS", unit: "giải", target: "ít nhất 30 giải" },
      { id: "thcs.tot-nghiep", section: ["Chỉ tiêu chất lượng"], name: "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS", level: "THCS", unit: "%", target: "100%" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu mẫu 09",
    headerRows: "8-9 (Chia ra theo khối lớp over Lớp 6-9)",
    nameColumn: "B (Nội dung; the same word \"Khá\", \"Yếu\" appears under Hạnh kiểm and Học lực: the section row above decides)",
    target: "plan.json (the school's year plan); nothing on the sheet",
    actualColumns: "C (Tổng số: the school's figure, often \"count (rate%)\" as text)",
    ignoreColumns: "D-G (per-grade breakdown: the plan's targets are for the school)",
    otherRows: "10, 15, 21 (sections I-III; their counts are denominators), 34 (V: pupils sitting the exam, a denominator), 31-33 (prize levels, parts of IV), rows not in the plan (Khá, Trung bình, Thi lại, …), signature below",
    asOf: "2021-06-30",
    period: "2020-2021",
    notes: "The form's label says \"(tỷ lệ so với tổng số)\" although the cell holds a count with the rate in brackets.",
  };
  return b;
}
