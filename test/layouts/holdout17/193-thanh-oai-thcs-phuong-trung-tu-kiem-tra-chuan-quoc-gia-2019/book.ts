// Layout 193: a lower-secondary school's self-check against the national-standard requirements (Mức độ 1, TT 18/2018/TT-BGDĐT) before asking for recognition (THCS Phương Trung, Thanh Oai, Hà Nội, 2019): criteria rows under standard sections, the requirement as a sentence, count and roll columns with ROUND rates, results typed as text with two figures ("24 phòng/24 lớp", "45 (lớp 6A1)"), the school's own Tự đánh giá column with one wrong "Đạt", qualitative rows with nothing to measure.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tự kiểm tra các tiêu chuẩn trường THCS đạt chuẩn quốc gia mức độ 1, Trường THCS Phương Trung (Thanh Oai, Hà Nội), năm 2019");
  const s = b.sheet("Tu kiem tra chuan QG");
  s.cols([6, 40, 30, 9, 9, 14, 11, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN THANH OAI", "TRƯỜNG THCS PHƯƠNG TRUNG"],
    date: "Phương Trung, ngày 10 tháng 6 năm 2019",
    title: ["BẢNG TỰ KIỂM TRA CÁC TIÊU CHUẨN TRƯỜNG ĐẠT CHUẨN QUỐC GIA MỨC ĐỘ 1", "(Theo Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018; số liệu năm học 2018-2019)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Tiêu chí", "Yêu cầu", "Số lượng", "Tổng số", "Thực tế của nhà trường", "Tự đánh giá", "Minh chứng, ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"], { align: "center", italic: true, border: true });
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // kinds: "t" text result; "r" count/roll with a ROUND rate; "q" qualitative (not judged)
  type Row =
    | { k: "t"; name: string; req: string; actual: CellInput; own: string; note: string; status: Status; why: string }
    | { k: "r"; name: string; req: string; num: number; den: number; own: string; note: string; status: Status; why?: string }
    | { k: "q"; name: string; req: string; actual: string; own: string; note: string };
  const sections: [string, string, Row[]][] = [
    ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", [
      { k: "t", name: "Số lớp của trường", req: "Không quá 45 lớp", actual: { v: 24, fmt: "0" }, own: "Đạt", note: "", status: "met", why: "24 classes, under the cap of 45" },
      { k: "t", name: "Số học sinh/lớp (lớp đông nhất)", req: "Không quá 45 học sinh/lớp", actual: "45 (lớp 6A1)", own: "Đạt", note: "Sĩ số các lớp từ 34 đến 45", status: "met", why: "the largest class has 45, at the cap (\"không quá\" includes it)" },
      { k: "q", name: "Hội đồng trường, các hội đồng và tổ chuyên môn", req: "Được thành lập, hoạt động theo quy định", actual: "Đầy đủ, hoạt động hiệu quả", own: "Đạt", note: "QĐ số 45/QĐ-UBND" },
      { k: "t", name: "Kết quả kiểm định chất lượng giáo dục", req: "Đạt kiểm định chất lượng giáo dục cấp độ 2 trở lên", actual: "Cấp độ 2", own: "Đạt", note: "Đánh giá ngoài tháng 11/2018", status: "met", why: "level 2 meets \"cấp độ 2 trở lên\"" },
    ]],
    ["2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", [
      { k: "r", name: "Giáo viên đạt chuẩn trình độ đào tạo", req: "100%", num: 41, den: 41, own: "Đạt", note: "" , status: "met" },
      { k: "r", name: "Giáo viên được đánh giá chuẩn nghề nghiệp mức Khá trở lên", req: "Từ 70% trở lên", num: 28, den: 41, own: "Chưa đạt", note: "Kế hoạch bồi dưỡng năm học 2019-2020", status: "not_met" },
      { k: "q", name: "Nhân viên thư viện, thiết bị, văn thư, kế toán, y tế", req: "Có đủ nhân viên hoặc giáo viên kiêm nhiệm", actual: "Đủ (y tế kiêm nhiệm)", own: "Đạt", note: "" },
    ]],
    ["3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", [
      { k: "t", name: "Diện tích khuôn viên bình quân", req: "Không dưới 10 m²/học sinh", actual: { v: "=ROUND(10250/882,2)", result: 11.62, fmt: "0.00" }, own: "Đạt", note: "Khuôn viên 10.250 m²; 882 học sinh", status: "exceeded", why: "10.250 m² / 882 pupils = 11,62 m², above the floor of 10" },
      { k: "t", name: "Phòng học", req: "Đủ phòng học cho mỗi lớp học 1 ca (01 phòng/lớp)", actual: "24 phòng/24 lớp", own: "Đạt", note: "", status: "met", why: "24 rooms for 24 classes: one per class" },
      { k: "t", name: "Phòng học bộ môn", req: "Có ít nhất 06 phòng (Vật lí, Hóa học, Sinh học, Tin học, Ngoại ngữ, Công nghệ)", actual: "05 phòng", own: "Chưa đạt", note: "Chưa có phòng Công nghệ; đang xây dựng, dự kiến xong tháng 12/2019", status: "not_met", why: "5 of the 6 rooms required (no Công nghệ room yet); the planned December completion is after this check" },
    ]],
    ["4", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục (năm học 2018-2019)", [
      { k: "r", name: "Học sinh xếp loại học lực Khá, Giỏi", req: "Từ 40% trở lên", num: 486, den: 882, own: "Đạt", note: "", status: "exceeded" },
      { k: "r", name: "Học sinh xếp loại học lực Yếu, Kém", req: "Không quá 5%", num: 44, den: 882, own: "Đạt", note: "", status: "met", why: "44/882 = 4,99, just under the cap" },
      { k: "r", name: "Học sinh xếp loại hạnh kiểm Khá, Tốt", req: "Từ 90% trở lên", num: 794, den: 882, own: "Đạt", note: "", status: "exceeded" },
      { k: "r", name: "Học sinh bỏ học", req: "Không quá 1%", num: 9, den: 882, own: "Đạt", note: "", status: "not_met", why: "9/882 = 1,02, above the 1% cap: the school's own \"Đạt\" is wrong" },
      { k: "r", name: "Học sinh lớp 9 được công nhận tốt nghiệp THCS", req: "Từ 95% trở lên", num: 201, den: 203, own: "Đạt", note: "", status: "exceeded" },
      { k: "t", name: "Phổ cập giáo dục THCS của xã", req: "Đạt chuẩn phổ cập giáo dục THCS mức độ 2 trở lên", actual: "Mức độ 2", own: "Đạt", note: "Quyết định công nhận của UBND thành phố năm 2018", status: "met", why: "level 2 meets \"mức độ 2 trở lên\"" },
    ]],
  ];
  let r = 10;
  const sectionRows: number[] = [];
  const qRows: number[] = [];
  for (const [code, title, rows] of sections) {
    s.merge(`B${r}:H${r}`, title, { bold: true, border: true }).set(`A${r}`, code, { bold: true, border: true, align: "center" });
    sectionRows.push(r);
    r++;
    rows.forEach((x, i) => {
      const tt = `${code}.${i + 1}`;
      if (x.k === "r") {
        const rate = Math.round((x.num / x.den) * 10000) / 100;
        s.row(`A${r}`, [tt, x.name, x.req, x.num, x.den, { v: `=ROUND(D${r}/E${r}*100,2)`, result: rate, fmt: "0.00" }, x.own, x.note], { border: true, wrap: true });
        s.expect(`F${r}|D${r}`, { indicator: x.name, target: x.req, status: x.status, why: x.why ?? `${x.num}/${x.den} = ${vi(rate)}` });
      } else if (x.k === "t") {
        s.row(`A${r}`, [tt, x.name, x.req, "", "", x.actual, x.own, x.note], { border: true, wrap: true });
        s.expect(`F${r}`, { indicator: x.name, target: x.req, status: x.status, why: x.why });
      } else {
        s.row(`A${r}`, [tt, x.name, x.req, "", "", x.actual, x.own, x.note], { border: true, wrap: true });
        qRows.push(r);
      }
      r++;
    });
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ (%) ở cột (6) = cột (4)/cột (5) × 100, làm tròn 2 chữ số; học lực, hạnh kiểm tính trên 882 học sinh cuối năm.",
    "- Các tiêu chí định tính (không có số liệu) nhà trường tự đánh giá theo minh chứng kèm theo hồ sơ.",
  ]);
  signature(s, last + 6, { col: "B", title: "THƯ KÝ HỘI ĐỒNG TỰ KIỂM TRA", name: "Đỗ Thị Hương" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Hải" });
  b.facts = {
    sheet: "Tu kiem tra chuan QG",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Tiêu chí)",
    target: "column C (Yêu cầu, a sentence per row)",
    actualColumns: "F (Thực tế: a number, a ROUND rate of D over E, or text)",
    ignoreColumns: "A (TT), D, E (counts behind the rate in F), G (the school's own Tự đánh giá), H (minh chứng, ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows ${sectionRows.join(", ")}; qualitative rows ${qRows.join(", ")} (nothing to measure: not judged); notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2019-06-10",
    period: "Năm học 2018-2019",
    notes: "A criteria list with the requirement as a sentence on each row. Caps met at the edge (45 pupils in the largest class, typed \"45 (lớp 6A1)\"; 4,99 under 5%), a room count typed \"24 phòng/24 lớp\", levels as words (\"Cấp độ 2\", \"Mức độ 2\") against \"… trở lên\", a ROUND area per pupil. The school wrote \"Đạt\" on 1,02% drop-outs against \"Không quá 1%\" (not met). The qualitative rows have nothing to measure.",
  };
  return b;
}
