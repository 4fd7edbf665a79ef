// Layout 281: a district education office's summer swimming lessons by primary school (Phòng GD&ĐT Phong Điền, Thừa Thiên Huế, summer 2022): a column per round (June, July, August) with a text dash and a blank round, their SUM, the pupils who swim safely and a 0-100 rate; each school's count target in a column and the rate requirement in a row of its own under the header; a merged school hidden; the summer is over: every figure final.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả dạy bơi an toàn cho học sinh tiểu học hè 2022, Phòng GD&ĐT huyện Phong Điền");
  const s = b.sheet("Day boi he 2022");
  s.cols([5, 26, 24, 11, 9, 9, 9, 10, 12, 11, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHONG ĐIỀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Phong Điền, ngày 31 tháng 8 năm 2022",
    title: ["KẾT QUẢ DẠY BƠI AN TOÀN, PHÒNG CHỐNG ĐUỐI NƯỚC CHO HỌC SINH HÈ 2022", "(các trường tiểu học)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Trường", head);
  s.merge("C8:C9", "Địa điểm dạy bơi", head);
  s.merge("D8:D9", "Chỉ tiêu số HS học bơi (giao)", head);
  s.merge("E8:H8", "Số học sinh đã học bơi", head);
  s.row("E9", ["Đợt 1 (tháng 6)", "Đợt 2 (tháng 7)", "Đợt 3 (tháng 8)", "Cộng"], head);
  s.merge("I8:I9", "Số HS biết bơi an toàn sau khóa học", head);
  s.merge("J8:J9", "Tỷ lệ biết bơi (%)", head);
  s.merge("K8:K9", "Ghi chú", head);
  s.row("A10", ["", "Yêu cầu", "", "Theo chỉ tiêu giao", "", "", "", "", "", "≥ 80", "Tỷ lệ tính trên số HS đã học bơi"], { italic: true, bold: true, border: true, align: "center" });
  type D = [string, string, number, CellInput, CellInput, CellInput, number, string];
  // school, place, target, round 1, round 2, round 3, swimmers, note
  const ds: D[] = [
    ["TH Điền Lộc", "Bể bơi của trường", 180, 70, 65, 50, 160, "Bể bơi xây dựng năm 2019"],
    ["TH Phong Xuân", "Bể bơi của trường", 150, 60, 55, 35, 118, "Bể bơi xây dựng năm 2021"],
    ["TH thị trấn Phong Điền", "Bể bơi thiếu nhi thị trấn", 200, 80, 75, 30, 152, ""],
    ["TH Điền Hải", "Bể bơi di động", 120, 45, 40, "", 68, "Không tổ chức đợt 3 (bể di động hư hỏng)"],
    ["TH Phong Hiền", "Bể bơi tư nhân xã Phong Hiền", 100, 40, 35, 30, 90, ""],
    ["TH Phong An", "Bể bơi TH Phong Xuân", 130, 50, 45, 35, 104, ""],
    ["TH Phong Sơn", "Bể bơi TH Phong Xuân", 90, "-", 45, 40, 65, "Đợt 1 chưa bố trí được bể"],
    ["TH Phong Bình", "Bể bơi tư nhân xã Điền Hải", 110, 40, 40, 30, 95, ""],
  ];
  let r = 11;
  const first = r;
  const n = (v: CellInput) => (typeof v === "number" ? v : 0);
  for (const [i, [name, place, target, e, f, g, swim, note]] of ds.entries()) {
    if (i === 4) {
      // a school merged into another the year before: kept, hidden, no data
      s.row(`A${r}`, ["", "TH Điền Hòa (đã sáp nhập)", "", "", "", "", "", "", "", "", "Sáp nhập vào TH Điền Hải từ năm học 2021-2022"], { border: true, italic: true });
      s.hideRows(r);
      r++;
    }
    const taught = n(e) + n(f) + n(g);
    const rate = Math.round((swim / taught) * 1000) / 10;
    s.row(`A${r}`, [String(i + 1), name, place, target, e, f, g, { v: `=SUM(E${r}:G${r})`, result: taught, border: true, align: "center" }, swim, { v: `=ROUND(I${r}/H${r}*100,1)`, fmt: "0.0", result: rate.toFixed(1).replace(".", ","), border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`C${r}`, place, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const sc: Status = taught > target ? "exceeded" : taught === target ? "met" : "not_met";
    s.expect(`H${r}`, { indicator: `Số học sinh học bơi hè 2022 · ${name}`, target: `${target} học sinh (Chỉ tiêu số HS học bơi, column D)`, status: sc, why: `${taught} pupils over the rounds${g === "" ? " (round 3 not held: blank, the summer is over)" : e === "-" ? " (no round 1: \"-\")" : ""} against ${target}; the summer is over` });
    const sr: Status = rate > 80 ? "exceeded" : rate === 80 ? "met" : "not_met";
    s.expect(`J${r}|I${r}`, { indicator: `Tỷ lệ học sinh biết bơi an toàn sau khóa học · ${name}`, target: "≥ 80 (row 10, Yêu cầu)", status: sr, why: `${swim} of ${taught} = ${rate.toFixed(1).replace(".", ",")} on the 0-100 scale${sr === "met" ? ", exactly the floor" : ""}` });
    r++;
  }
  const last = r - 1;
  // r = 20: total
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", "", sum("D", 1080), sum("E", 385), sum("F", 400), sum("G", 250), sum("H", 1035), sum("I", 852), { v: `=ROUND(I${r}/H${r}*100,1)`, fmt: "0.0", result: "82,3", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`H${r}`, { indicator: "Số học sinh học bơi hè 2022 · Toàn huyện", target: "1.080 học sinh (column D, SUM)", status: "not_met", why: "1.035 pupils against 1.080 over the finished summer" });
  s.expect(`J${r}|I${r}`, { indicator: "Tỷ lệ học sinh biết bơi an toàn sau khóa học · Toàn huyện", target: "≥ 80 (row 10, Yêu cầu)", status: "exceeded", why: "852 of 1.035 = 82,3" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Đợt 3 kết thúc ngày 26/8/2022; số liệu tổng hợp đến hết hè 2022.", "- Học sinh biết bơi an toàn: bơi được 25 m và thực hiện đúng kỹ năng tự cứu."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Văn Tín" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Nguyễn Phi Hùng" });
  b.facts = {
    sheet: "Day boi he 2022",
    headerRows: "8-9 (merged: Số học sinh đã học bơi over the rounds and Cộng)",
    nameColumn: "B (Trường)",
    target: "column D (Chỉ tiêu số HS học bơi, a count per school) for the pupils taught; row 10 (Yêu cầu: \"≥ 80\" in J) for the rate",
    actualColumns: "H (Cộng = SUM of E:G) against D; J (Tỷ lệ biết bơi, 0-100, = I/H*100) against row 10",
    ignoreColumns: "A (TT), C (Địa điểm: text), E-G (the rounds: parts of H; a \"-\" in E18 and a blank G14 are no lessons), I (swimmers: J's numerator), K (Ghi chú)",
    totalRows: "20 (Toàn huyện: SUMs and the rate; judged)",
    targetRows: "10 (Yêu cầu)",
    otherRows: "15 (TH Điền Hòa, merged into TH Điền Hải: hidden, no data), notes and signature under the table",
    asOf: "2022-08-31",
    period: "hè 2022",
    notes: "The summer is over (round 3 ended 26/8), so every figure is final. The pupils taught are judged against each school's own count (more is better); Điền Hải held no round 3 and Phong Sơn no round 1 (\"-\"), both short. The rate of safe swimmers among pupils taught is judged against \"≥ 80\": 80,0 exactly (Điền Hải, Phong An) is met, above is exceeded. The hidden merged school has no data and is not judged.",
  };
  return b;
}
