// Layout 169: a Phòng GD&ĐT's summary of the schools' self-scores in the "Xây dựng trường học thân thiện, học sinh tích cực" movement, 2009-2010 (scored as CV 1741/BGDĐT-GDTrH guides): schools × five contents under a row of maximum points (not targets), a SUM total, the band each school registered at the start of the year as its target (bands defined only in the notes), the school's own rating beside it, a score above its maximum, blank contents, a missing registration, and a second small table of counts per band under the first.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả tự đánh giá phong trào thi đua \"Xây dựng trường học thân thiện, học sinh tích cực\" năm học 2009-2010 của các trường THCS, Phòng GD&ĐT huyện Cẩm Xuyên");
  const s = b.sheet("THTT-HSTC 2009-2010");
  s.cols([5, 26, 10, 10, 10, 10, 12, 9, 12, 12, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN CẨM XUYÊN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Cẩm Xuyên, ngày 25 tháng 5 năm 2010",
    title: ["TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ PHONG TRÀO THI ĐUA", "\"XÂY DỰNG TRƯỜNG HỌC THÂN THIỆN, HỌC SINH TÍCH CỰC\" NĂM HỌC 2009-2010 - KHỐI THCS", "(Theo hướng dẫn tại Công văn số 1741/BGDĐT-GDTrH ngày 05/3/2009 của Bộ GD&ĐT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const h = 10;
  s.merge(`A${h}:A${h + 1}`, "TT", head).merge(`B${h}:B${h + 1}`, "Trường", head);
  s.merge(`C${h}:G${h}`, "Điểm tự đánh giá theo nội dung", head);
  s.row(`C${h + 1}`, [
    "ND1. Trường lớp xanh, sạch, đẹp, an toàn",
    "ND2. Dạy và học có hiệu quả, phù hợp lứa tuổi",
    "ND3. Rèn luyện kỹ năng sống",
    "ND4. Hoạt động tập thể vui tươi, lành mạnh",
    "ND5. Tìm hiểu, chăm sóc, phát huy giá trị di tích",
  ], head);
  s.merge(`H${h}:H${h + 1}`, "Tổng điểm", head).merge(`I${h}:I${h + 1}`, "Đăng ký xếp loại (đầu năm học)", head);
  s.merge(`J${h}:J${h + 1}`, "Trường tự xếp loại", head).merge(`K${h}:K${h + 1}`, "Ghi chú", head);
  const mx = h + 2;
  s.row(`A${mx}`, ["", "Điểm tối đa", 20, 20, 20, 20, 20, 100, "", "", ""], { ...head, bold: false, italic: true });
  const bands: [string, number][] = [["Xuất sắc", 90], ["Tốt", 75], ["Khá", 50]];
  const floor = (band: string) => bands.find(([n]) => n === band)?.[1];
  // [trường, nd1..nd5, đăng ký, tự xếp loại, ghi chú, status, why]
  type U = [string, number | "", number | "", number | "", number | "", number | "", string, string, string, Status, string];
  const units: U[] = [
    ["THCS Thị trấn Cẩm Xuyên", 19, 18.5, 18, 19, 17.5, "Xuất sắc", "Xuất sắc", "", "met", "92: Xuất sắc (từ 90 điểm), the band registered; there is no band above it"],
    ["THCS Cẩm Bình", 16, 15, 14.5, 15.5, 14, "Tốt", "Tốt", "", "met", "75 at the floor of Tốt (từ 75 đến dưới 90)"],
    ["THCS Cẩm Thành", 18, 17.5, 17, 18, 17.5, "Xuất sắc", "Xuất sắc", "", "not_met", "88 < 90: Tốt, not the registered Xuất sắc (the school's own \"Xuất sắc\" is wrong)"],
    ["THCS Cẩm Quang", 15.5, 15, 14, 15, 15, "Tốt", "Khá", "", "not_met", "74,5 < 75: Khá"],
    ["THCS Cẩm Thạch", 22, 17, 17, 18, 17, "Xuất sắc", "Xuất sắc", "", "not_met", "ND1 scored 22, above its 20-point maximum (that cell is invalid), so the total 91 cannot stand; but ND1 can be at most 20, so the total is at most 89 < 90 whatever ND1 really is: Tốt at best, short of the registered Xuất sắc (the school's own \"Xuất sắc\" is wrong)"],
    ["THCS Cẩm Duệ", 15, 14, 14, 13, 14, "Tốt", "Tốt", "", "not_met", "70 < 75: Khá"],
    ["THCS Cẩm Mỹ", 14, 14, 13.5, 14.5, "", "Khá", "Khá", "ND5 chưa chấm (chờ kết quả kiểm tra di tích)", "met", "56 from four contents is already Khá (50 to under 75), the band registered: ND5 can only add (it may yet reach Tốt, which is not known)"],
    ["THCS Cẩm Hà", 17, 17, 17, "", 17, "Tốt", "", "ND4 chưa chấm (hội thi văn nghệ dời sang tháng 6)", "pending", "68 from four contents; ND4 (up to 20) still to come, to be added before 05/6/2010 (notes): 68 to 88, may yet reach 75, not yet due"],
    ["THCS Cẩm Lộc", 10, 9.5, 9, 10, 9.5, "Khá", "Cần cố gắng", "", "not_met", "48 < 50: Cần cố gắng"],
    ["THCS Cẩm Trung", 18, 18, 18, 18, 18, "Xuất sắc", "Xuất sắc", "", "met", "90 at the floor of Xuất sắc"],
    ["THCS Cẩm Nam", 17, 16.5, 16, 17, 17, "Tốt", "Tốt", "", "met", "83,5: Tốt (75 to under 90), the band registered"],
    ["THCS Cẩm Lĩnh", 16, 16, 15, 17, 17, "", "Tốt", "Trường mới sáp nhập, chưa đăng ký thi đua", "refuse", "no registered band: nothing to judge the 81 points against"],
  ];
  const first = mx + 1;
  const last = first + units.length - 1;
  const cols = ["C", "D", "E", "F", "G"];
  units.forEach((u, i) => {
    const r = first + i;
    const scores = u.slice(1, 6) as (number | "")[];
    const total = scores.reduce<number>((a, x) => a + (typeof x === "number" ? x : 0), 0);
    s.row(`A${r}`, [i + 1, u[0], ...scores, { v: `=SUM(C${r}:G${r})`, result: total }, u[6], u[7], u[8]], { border: true, align: "center", wrap: true });
    const band = u[6];
    s.expect(`H${r}`, { indicator: `${u[0]} · Tổng điểm phong trào THTT-HSTC`, target: band ? `${band} (từ ${floor(band)} điểm)` : "(không đăng ký)", status: u[9], why: u[10] });
    scores.forEach((x, k) => {
      if (typeof x === "number" && x > 20) s.expect(`${cols[k]}${r}`, { indicator: `${u[0]} · Điểm nội dung ${k + 1}`, target: "Điểm tối đa 20", status: "invalid", why: `${x} above the maximum of 20` });
    });
  });
  // A second small table under the first: schools per band (the school's own ratings), no targets.
  const t2 = last + 2;
  s.merge(`B${t2}:E${t2}`, "Tổng hợp xếp loại (theo trường tự xếp loại)", { bold: true });
  s.row(`B${t2 + 1}`, ["Xếp loại", "Số trường", "Tỷ lệ (%)"], head);
  const labels = ["Xuất sắc", "Tốt", "Khá", "Cần cố gắng"];
  labels.forEach((l, k) => {
    const r = t2 + 2 + k;
    const n = units.filter((u) => u[7] === l).length;
    s.row(`B${r}`, [l, { v: `=COUNTIF(J${first}:J${last},"${l}")`, result: n }, { v: `=ROUND(C${r}/${units.length}*100,1)`, result: Math.round((n / units.length) * 1000) / 10, fmt: "0.0" }], { border: true, align: "center" });
  });
  const after = t2 + 2 + labels.length;
  notes(s, after + 1, "B", [
    "Ghi chú:",
    "- Thang xếp loại: Xuất sắc từ 90 đến 100 điểm; Tốt từ 75 đến dưới 90 điểm; Khá từ 50 đến dưới 75 điểm; Cần cố gắng dưới 50 điểm.",
    "- Đăng ký xếp loại là chỉ tiêu thi đua từng trường đăng ký với Phòng GD&ĐT đầu năm học 2009-2010.",
    "- Điểm tự đánh giá mỗi nội dung không vượt quá điểm tối đa; trường chưa chấm đủ nội dung bổ sung trước ngày 05/6/2010.",
  ]);
  signature(s, after + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Minh Nguyệt" }, { col: "H", title: "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", name: "Nguyễn Đình Hải" });
  b.facts = {
    sheet: "THTT-HSTC 2009-2010",
    headerRows: `${h}-${h + 1} (merged group, content names), ${mx} (Điểm tối đa: maxima, not targets)`,
    nameColumn: "B (Trường)",
    target: "column I (Đăng ký xếp loại, per school: a band whose floor is given in the notes: Xuất sắc 90, Tốt 75, Khá 50)",
    actualColumns: "H (Tổng điểm, SUM of C:G)",
    ignoreColumns: "C-G (content scores: bounded by the maxima row, no target; only a score above its maximum is invalid), J (the school's own rating), K (Ghi chú)",
    totalRows: "none",
    targetRows: `none (row ${mx} holds maxima, not targets)`,
    otherRows: `second table ${t2}-${after - 1} (schools per band, COUNTIF, no targets); notes ${after + 1}-${after + 4}; signature from ${after + 7}`,
    asOf: "2010-05-25",
    period: "Năm học 2009-2010",
    rollUps: [s.rollUp(" · Tổng điểm phong trào THTT-HSTC", "trường")],
    notes: "The target is a named band registered per school, its points floor defined only in the notes. The Điểm tối đa row is a ceiling on each score, not a target. A total inside the registered band is met (only a higher band would exceed it). Cẩm Thạch scores 22 of 20 (invalid); its total is at most 89 whatever ND1 is, short of Xuất sắc. Blank contents: a total already above the floor is met, one that could still reach it is pending (scores may be added until 05/6/2010). Cẩm Lĩnh registered nothing (refuse). The band table under the main one is counts without targets.",
  };
  return b;
}
