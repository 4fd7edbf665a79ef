// Layout 48: a lower-secondary school's public facilities notice, Biểu mẫu 11 of TT 36/2017 (THCS Thanh An, Bình Phước, 2020-2021): three sub-tables with their own headings, averages typed with units, "Có | Không" marks, a plan.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu mẫu 11: Công khai thông tin cơ sở vật chất của trường THCS Thanh An, năm học 2020-2021");
  const s = b.sheet("Biểu mẫu 11");
  s.cols([6, 52, 16, 16, 14]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HỚN QUẢN", "TRƯỜNG THCS THANH AN"],
    title: ["THÔNG BÁO", "Công khai thông tin cơ sở vật chất của trường trung học cơ sở, năm học 2020-2021"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "E"],
    titleSpan: ["A", "E"],
  });
  s.set("E4", "Biểu mẫu 11", { bold: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true };
  const sec = { ...bd, bold: true };
  s.row("A9", ["STT", "Nội dung", "Số lượng", "Bình quân", ""], head);
  s.row("A10", ["I", "Số phòng học/số lớp", "18/18", "1,52 m2/HS", ""], sec);
  s.row("A11", ["II", "Loại phòng học", "", "-", ""], sec);
  s.row("A12", ["1", "Phòng học kiên cố", 14, "-", ""], bd);
  s.row("A13", ["2", "Phòng học bán kiên cố", 4, "-", ""], bd);
  s.row("A14", ["3", "Phòng học tạm", 0, "-", ""], bd);
  s.row("A15", ["4", "Phòng học nhờ, mượn", 0, "-", ""], bd);
  s.row("A16", ["III", "Số điểm trường", 1, "-", ""], sec);
  s.row("A17", ["IV", "Tổng diện tích đất (m2)", { v: 8950, fmt: "#,##0" }, "12,8 m2/HS", ""], sec);
  s.row("A18", ["V", "Diện tích sân chơi, bãi tập (m2)", { v: 3200, fmt: "#,##0" }, "4,6 m2/HS", ""], sec);
  s.row("A19", ["VI", "Tổng diện tích các phòng", "", "", ""], sec);
  s.row("A20", ["1", "Diện tích phòng học (m2)", { v: 1060, fmt: "#,##0" }, "1,52 m2/HS", ""], bd);
  s.row("A21", ["2", "Diện tích phòng học bộ môn (m2)", 270, "", ""], bd);
  s.row("A22", ["3", "Diện tích thư viện (m2)", 54, "", ""], bd);
  s.row("A23", ["VII", "Tổng số thiết bị dạy học tối thiểu (Đơn vị tính: bộ)", "", "Số bộ/lớp", ""], sec);
  s.row("A24", ["1", "Tổng số thiết bị dạy học tối thiểu hiện có theo quy định", 16, "0,9 bộ/lớp", ""], bd);
  s.row("A25", ["2", "Tổng số thiết bị dạy học tối thiểu còn thiếu so với quy định", 2, "", ""], bd);
  s.row("A26", ["VIII", "Tổng số máy vi tính đang sử dụng phục vụ học tập (Đơn vị tính: bộ)", 31, "22,5 HS/bộ", ""], sec);
  s.row("A27", ["IX", "Tổng số thiết bị dùng chung khác", "", "Số thiết bị/lớp", ""], sec);
  s.row("A28", ["1", "Ti vi", 18, 1, ""], bd);
  s.row("A29", ["2", "Máy chiếu OverHead/projector/vật thể", 6, "0,33", ""], bd);
  // Second sub-table: toilets, its own heading row.
  s.row("A31", ["", "Nội dung", "Dùng cho giáo viên", "Dùng cho học sinh", "Số m2/học sinh"], head);
  s.row("A32", ["X", "Nhà vệ sinh", "", "", ""], sec);
  s.row("A33", ["1", "Đạt chuẩn vệ sinh*", 2, 4, "0,09"], bd);
  s.row("A34", ["2", "Chưa đạt chuẩn vệ sinh*", 0, 1, ""], bd);
  // Third sub-table: yes/no marks.
  s.row("A36", ["", "Nội dung", "Có", "Không", ""], head);
  const yn: Array<[string, string, boolean, Status, string]> = [
    ["XI", "Nguồn nước sinh hoạt hợp vệ sinh", true, "met", "x under Có"],
    ["XII", "Nguồn điện (lưới, phát điện riêng)", true, "met", ""],
    ["XIII", "Kết nối internet", true, "met", "x under Có"],
    ["XIV", "Trang thông tin điện tử (website) của trường", true, "met", "x under Có"],
    ["XV", "Tường rào xây", false, "not_met", "x under Không: the plan wants a wall"],
  ];
  yn.forEach(([no, what, yes], i) => s.row(`A${37 + i}`, [no, what, yes ? "x" : "", yes ? "" : "x", ""], { ...bd, align: "center" }));
  s.set("B43", "(*) Theo quy định của Bộ Y tế về nhà tiêu hợp vệ sinh.", { italic: true });
  signature(s, 45, { col: "B", title: "NGƯỜI LẬP", name: "Phạm Văn Tuấn" }, { col: "D", title: "THỦ TRƯỞNG ĐƠN VỊ", name: "Lê Thị Thu Hà", place: "Thanh An, ngày 30 tháng 9 năm 2020" });

  const e = (cell: string, indicator: string, target: string, status: Status, why: string, actual?: string) => s.expect(cell, { indicator, target, status, why, actual });
  e("C10", "Số phòng học/số lớp", "1 phòng học/lớp (plan.json)", "met", "18 rooms for 18 classes");
  e("C14", "Phòng học tạm", "Không có phòng học tạm (plan.json)", "met", "0");
  e("D17", "Tổng diện tích đất: bình quân m2/học sinh", "Tối thiểu 10 m2/học sinh (plan.json)", "exceeded", "12,8 m2 per pupil > 10 (the 8.950 in C is the total area)");
  e("C25", "Tổng số thiết bị dạy học tối thiểu còn thiếu so với quy định", "Không còn thiếu thiết bị dạy học tối thiểu (plan.json)", "not_met", "2 sets still missing");
  e("D26", "Máy vi tính phục vụ học tập: số học sinh/bộ", "Không quá 20 học sinh/máy (plan.json)", "not_met", "22,5 pupils per computer > 20 (less is better; 31 in C is the number of computers)");
  e("D33|D34", "Nhà vệ sinh dùng cho học sinh đạt chuẩn vệ sinh", "100% khu vệ sinh học sinh đạt chuẩn (plan.json)", "not_met", "4 up to standard and 1 not (row \"Chưa đạt chuẩn vệ sinh\"): 4/5 = 80%", "4 đạt, 1 chưa đạt");
  yn.forEach(([, what, yes, status, why], i) => {
    if (what.startsWith("Nguồn điện")) return;
    e(`C${37 + i}|D${37 + i}`, what, "Có (plan.json)", status, why, yes ? "x (Có)" : "x (Không)");
  });

  b.plan = {
    id: "thanh-an-2020-2021-csvc",
    title: "Kế hoạch xây dựng trường THCS Thanh An đạt chuẩn quốc gia: tiêu chuẩn cơ sở vật chất, năm học 2020-2021",
    issuer: "TRƯỜNG THCS THANH AN",
    place: "Thanh An",
    period: "2020-2021",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục theo các tiêu chí cơ sở vật chất mà nhà trường công khai ở Biểu mẫu 11. / Plan written for the layout corpus from the items of Biểu mẫu 11.",
    indicators: [
      { id: "thcs.csvc.phong-hoc-lop", section: ["Cơ sở vật chất"], name: "Số phòng học/số lớp", level: "THCS", unit: "phòng/lớp", target: "1 phòng học/lớp", scope: "district" },
      { id: "thcs.csvc.phong-hoc-tam", section: ["Cơ sở vật chất"], name: "Số phòng học tạm", level: "THCS", unit: "phòng", target: "Không có phòng học tạm", scope: "district" },
      { id: "thcs.csvc.dien-tich-dat", section: ["Cơ sở vật chất"], name: "Diện tích khu đất bình quân trên học sinh", level: "THCS", unit: "m2/học sinh", target: "Tối thiểu 10 m2/học sinh", scope: "district" },
      { id: "thcs.csvc.thiet-bi-thieu", section: ["Cơ sở vật chất"], name: "Số bộ thiết bị dạy học tối thiểu còn thiếu so với quy định", level: "THCS", unit: "bộ", target: "Không còn thiếu thiết bị dạy học tối thiểu", scope: "district" },
      { id: "thcs.csvc.hs-may-tinh", section: ["Cơ sở vật chất"], name: "Số học sinh trên một máy vi tính phục vụ học tập", level: "THCS", unit: "học sinh/máy", target: "Không quá 20 học sinh/máy", direction: "down", scope: "district" },
      { id: "thcs.csvc.ve-sinh-hs", section: ["Cơ sở vật chất"], name: "Tỷ lệ nhà vệ sinh dùng cho học sinh đạt chuẩn vệ sinh", level: "THCS", unit: "%", target: "100%", scope: "district" },
      { id: "thcs.csvc.nuoc", section: ["Cơ sở vật chất"], name: "Nguồn nước sinh hoạt hợp vệ sinh", level: "THCS", target: "Có", scope: "district" },
      { id: "thcs.csvc.internet", section: ["Cơ sở vật chất"], name: "Kết nối internet", level: "THCS", target: "Có", scope: "district" },
      { id: "thcs.csvc.website", section: ["Cơ sở vật chất"], name: "Trang thông tin điện tử (website) của trường", level: "THCS", target: "Có", scope: "district" },
      { id: "thcs.csvc.tuong-rao", section: ["Cơ sở vật chất"], name: "Tường rào xây", level: "THCS", target: "Có", scope: "district" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu mẫu 11",
    headerRows: "9 (STT | Nội dung | Số lượng | Bình quân), 31 (Nội dung | Dùng cho giáo viên | Dùng cho học sinh | Số m2/học sinh), 36 (Nội dung | Có | Không)",
    nameColumn: "B (Nội dung)",
    target: "plan.json (the notice carries no targets)",
    actualColumns: "C (Số lượng: counts, \"18/18\") or D (Bình quân: text with units \"12,8 m2/HS\", \"22,5 HS/bộ\") as the plan's measure asks; D33-D34 (pupils' toilets up to standard / not); C-D marks x under Có or Không",
    ignoreColumns: "E (Số m2/học sinh of toilets); rows whose item the plan does not name (kiên cố, sân chơi, ti vi, nguồn điện …)",
    otherRows: "11, 16, 19, 23, 27, 32 (section lines), 43 (footnote), signature below",
    asOf: "2020-09-30",
    period: "2020-2021",
    notes: "One sheet, three sub-tables each with its own heading row. For land and computers the plan's measure is the average in D, not the total in C. The toilet row \"Chưa đạt chuẩn vệ sinh\" is a category, not a verdict. Yes/no items are an x under Có or under Không.",
  };
  return b;
}
