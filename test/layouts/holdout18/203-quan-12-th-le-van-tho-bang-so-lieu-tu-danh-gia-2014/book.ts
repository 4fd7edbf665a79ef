// Layout 203: a primary school's data sheet for its self-assessment (TH Lê Văn Thọ, Quận 12, TP.HCM, 2013-2014): three tables on one sheet, each with its own header and requirement column (class size by grade against "Không quá 35 HS/lớp", staff ratios against floors, premises against norms), ROUND averages and shares, the school's own "Đạt / Chưa đạt" column, a staffing floor that differs for one- and two-session classes.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng số liệu minh chứng tự đánh giá năm học 2013-2014, Trường Tiểu học Lê Văn Thọ (Quận 12, TP. Hồ Chí Minh): lớp và học sinh, đội ngũ, cơ sở vật chất so với mức yêu cầu");
  const s = b.sheet("Bang so lieu TDG");
  s.cols([5, 38, 11, 11, 14, 24, 13, 26]);
  titleBlock(s, {
    left: ["UBND QUẬN 12", "TRƯỜNG TIỂU HỌC LÊ VĂN THỌ"],
    date: "Quận 12, ngày 20 tháng 3 năm 2014",
    title: ["BẢNG SỐ LIỆU MINH CHỨNG TỰ ĐÁNH GIÁ NĂM HỌC 2013-2014", "(Phụ lục của Báo cáo tự đánh giá chất lượng giáo dục)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number, d = 2) => x.toFixed(d).replace(".", ",");

  // Table 1: classes and pupils by grade.
  s.merge("A8:H8", "Bảng 1. Lớp và học sinh", { bold: true });
  s.row("A9", ["TT", "Khối lớp", "Số lớp", "Số học sinh", "Sĩ số bình quân (HS/lớp)", "Mức yêu cầu", "Tự đánh giá", "Ghi chú"], head);
  const grades: [string, number, number, string][] = [
    ["Khối 1", 18, 880, "01 lớp 2 buổi/ngày"],
    ["Khối 2", 17, 845, "01 lớp 2 buổi/ngày"],
    ["Khối 3", 17, 830, "01 lớp 2 buổi/ngày"],
    ["Khối 4", 18, 852, "01 lớp 2 buổi/ngày"],
    ["Khối 5", 17, 834, "01 lớp 2 buổi/ngày"],
  ];
  const g0 = 10, gl = g0 + grades.length - 1;
  s.merge(`F${g0}:F${gl + 1}`, "Không quá 35 học sinh/lớp", bd);
  grades.forEach(([k, l, n, note], i) => {
    const r = g0 + i;
    s.row(`A${r}`, [i + 1, k, l, n, { v: `=ROUND(D${r}/C${r},1)`, result: r1(n / l), fmt: "0.0" }, undefined, "Chưa đạt", note], bd);
    s.expect(`E${r}`, { indicator: `${k} · Sĩ số bình quân`, target: "Không quá 35 học sinh/lớp", status: "not_met", why: `${n}/${l} = ${vi(r1(n / l), 1)} a class on average, so classes above 35` });
  });
  const t1 = gl + 1;
  s.row(`A${t1}`, ["", "Toàn trường", { v: `=SUM(C${g0}:C${gl})`, result: 87 }, { v: `=SUM(D${g0}:D${gl})`, result: 4241 }, { v: `=ROUND(D${t1}/C${t1},1)`, result: 48.7, fmt: "0.0" }, undefined, "Chưa đạt", "05 lớp 2 buổi/ngày, 211 HS"], { ...bd, bold: true });
  s.expect(`E${t1}`, { indicator: "Toàn trường · Sĩ số bình quân", target: "Không quá 35 học sinh/lớp", status: "not_met", why: "4.241/87 = 48,7" });

  // Table 2: staff.
  const h2 = t1 + 2;
  s.merge(`A${h2}:H${h2}`, "Bảng 2. Cán bộ quản lý, giáo viên, nhân viên", { bold: true });
  s.row(`A${h2 + 1}`, ["TT", "Nội dung", "Số lượng", "Trên tổng số", "Tỷ lệ", "Mức yêu cầu", "Tự đánh giá", "Ghi chú"], head);
  // [nội dung, số, trên tổng, tỷ lệ (kind), yêu cầu, tự đánh giá, ghi chú, status, why]
  type S = [string, number, number, "ratio" | "pct", string, string, string, Status, string];
  const staff: S[] = [
    ["Giáo viên trên số lớp (GV/lớp)", 115, 87, "ratio", "Tối thiểu 1,20 GV/lớp học 1 buổi/ngày; 1,50 GV/lớp học 2 buổi/ngày", "Đạt", "82 lớp 1 buổi, 05 lớp 2 buổi", "exceeded", "115/87 = 1,32 a class; the two floors on 82 one-session and 5 two-session classes need 82 × 1,2 + 5 × 1,5 = 105,9 teachers, and there are 115 (1,32 is under 1,50 only if every class were a two-session one, which the note says is not so)"],
    ["Giáo viên đạt chuẩn trình độ đào tạo trở lên", 115, 115, "pct", "100%", "Đạt", "", "met", "115/115 = 100"],
    ["Giáo viên trên chuẩn trình độ đào tạo", 88, 115, "pct", "Từ 50% trở lên", "Đạt", "", "exceeded", `88/115 = ${vi(r2((88 / 115) * 100))}`],
    ["Giáo viên dạy giỏi cấp quận trở lên", 21, 115, "pct", "Từ 20% trở lên", "Đạt", "Hội thi GVDG cấp quận 2012-2013", "not_met", `21/115 = ${vi(r2((21 / 115) * 100))}, under 20 (the school's own "Đạt" is wrong)`],
  ];
  staff.forEach(([name, n, tot, kind, req, own, note, st, why], i) => {
    const r = h2 + 2 + i;
    const rate: CellInput = kind === "ratio" ? { v: `=ROUND(C${r}/D${r},2)`, result: r2(n / tot), fmt: "0.00" } : { v: `=ROUND(C${r}/D${r}*100,2)`, result: r2((n / tot) * 100), fmt: "0.00" };
    s.row(`A${r}`, [i + 1, name, n, tot, rate, req, own, note], bd);
    s.expect(`E${r}`, { indicator: name, target: req, status: st, why });
  });
  const e2 = h2 + 1 + staff.length;

  // Table 3: premises.
  const h3 = e2 + 2;
  s.merge(`A${h3}:H${h3}`, "Bảng 3. Cơ sở vật chất", { bold: true });
  s.row(`A${h3 + 1}`, ["TT", "Nội dung", "Số lượng", "Trên tổng số", "Bình quân", "Mức yêu cầu", "Tự đánh giá", "Ghi chú"], head);
  type P = [string, CellInput, CellInput, CellInput, string, string, string, Status, string];
  const p0 = h3 + 2;
  const prem: P[] = [
    ["Diện tích khuôn viên bình quân (m²/học sinh)", 12966, 4241, { v: `=ROUND(C${p0}/D${p0},2)`, result: 3.06, fmt: "0.00" }, "Tối thiểu 6 m²/học sinh (khu vực thành phố)", "Chưa đạt", "", "not_met", "12.966 m² / 4.241 = 3,06 < 6"],
    ["Phòng học (phòng/lớp)", 48, 87, { v: `=ROUND(C${p0 + 1}/D${p0 + 1},2)`, result: 0.55, fmt: "0.00" }, "Mỗi lớp có 01 phòng học riêng", "Chưa đạt", "Học 2 ca; phòng bộ môn dùng làm phòng học", "not_met", "48 rooms for 87 classes = 0,55 a class, under one"],
    ["Thư viện", "", "", "Đạt chuẩn (QĐ công nhận năm 2011)", "Thư viện đạt chuẩn theo Quyết định 01/2003/QĐ-BGDĐT", "Đạt", "", "met", "recognised at the standard"],
    ["Khu vệ sinh riêng cho giáo viên, học sinh nam, học sinh nữ", "", "", "Có", "Có", "Đạt", "", "met", "present as required"],
  ];
  prem.forEach(([name, a, tot, avg, req, own, note, st, why], i) => {
    const r = p0 + i;
    s.row(`A${r}`, [i + 1, name, a, tot, avg, req, own, note], bd);
    s.expect(`E${r}`, { indicator: name, target: req, status: st, why });
  });
  const e3 = p0 + prem.length - 1;
  notes(s, e3 + 2, "B", [
    "Ghi chú:",
    "- Mức yêu cầu theo Điều lệ trường tiểu học (Thông tư số 41/2010/TT-BGDĐT) và Thông tư số 59/2012/TT-BGDĐT về trường tiểu học đạt chuẩn quốc gia.",
    "- Số liệu thời điểm tháng 3/2014; tổng số cán bộ, giáo viên, nhân viên 139 người (04 CBQL, 115 GV, 02 TPT Đội, 18 NV).",
  ]);
  signature(s, e3 + 6, { col: "B", title: "THƯ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ", name: "Võ Thị Kim Liên" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Sáu" });
  b.facts = {
    sheet: "Bang so lieu TDG",
    headerRows: `9 (table 1), ${h2 + 1} (table 2), ${h3 + 1} (table 3)`,
    nameColumn: "B (Khối lớp / Nội dung)",
    target: `column F (Mức yêu cầu; merged over table 1's rows ${g0}-${t1})`,
    actualColumns: "E (ROUND averages, ratios and shares; text for the last two premises rows)",
    ignoreColumns: "A (TT), C, D (counts), G (the school's own Tự đánh giá), H (Ghi chú)",
    totalRows: `${t1} (Toàn trường of table 1, SUMs; judged)`,
    targetRows: "none",
    otherRows: `table titles 8, ${h2}, ${h3}; table headers 9, ${h2 + 1}, ${h3 + 1}; notes ${e3 + 2}-${e3 + 4}; signature from ${e3 + 6}`,
    asOf: "2014-03-20",
    period: "Năm học 2013-2014",
    notes: "Three tables on one sheet, each with its own header and a requirement column. The class-size cap is per class; averages above it prove classes above it. The staffing floor differs for one- and two-session classes: with the note's 82 and 5 classes, 115 teachers clear the 105,9 needed. The school's own Tự đánh giá says Đạt on the 18,26% of district-level teachers (not met).",
  };
  return b;
}
