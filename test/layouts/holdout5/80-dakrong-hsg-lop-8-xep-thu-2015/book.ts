// Layout 80: a district's table of grade-8 gifted-pupil exam results by lower-secondary school (Đakrông, Quảng Trị, 2014-2015): prizes by grade, a RANK formula, and each school's registered targets for the number of prizes, its best prize and its rank, written to the right of the results.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

type Prize = "Nhất" | "Nhì" | "Ba" | "KK";
const ORDER: Prize[] = ["KK", "Ba", "Nhì", "Nhất"];

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả thi học sinh giỏi lớp 8 cấp huyện năm học 2014-2015 theo trường, huyện Đakrông");
  const s = b.sheet("HSG lớp 8");
  s.cols([5, 26, 9, 7, 7, 7, 7, 9, 10, 10, 9, 8, 16, 18, 22, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN ĐAKRÔNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Đakrông, ngày 20 tháng 5 năm 2015",
    title: ["TỔNG HỢP KẾT QUẢ THI HỌC SINH GIỎI LỚP 8 CẤP HUYỆN", "Năm học 2014 - 2015 (xếp thứ theo đơn vị trường)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "P"],
    titleSpan: ["A", "P"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị", head).merge("C8:C9", "Số HS dự thi", head);
  s.merge("D8:H8", "Số học sinh đạt giải", head).row("D9", ["Nhất", "Nhì", "Ba", "KK", "Tổng"], head);
  s.merge("I8:I9", "Tỷ lệ đạt giải (%)", head).merge("J8:J9", "Giải cao nhất", head).merge("K8:K9", "Điểm thi đua", head).merge("L8:L9", "Xếp thứ", head);
  s.merge("M8:O8", "Chỉ tiêu đăng ký đầu năm học", head).row("M9", ["Số giải", "Giải cao nhất", "Xếp thứ"], head);
  s.merge("P8:P9", "Ghi chú", head);

  // [school, sat, Nhất, Nhì, Ba, KK, target prizes, target best prize, target rank, note]
  type U = [string, number, number, number, number, number, string, string, string, string];
  const units: U[] = [
    ["THCS Krông Klang", 16, 1, 2, 4, 3, "Ít nhất 10 giải", "Có giải Nhất", "Giữ vững vị trí thứ nhất", ""],
    ["THCS Mò Ó", 10, 0, 1, 2, 3, "08 giải", "Giải Nhì trở lên", "Tốp 3", ""],
    ["THCS Triệu Nguyên", 9, 0, 1, 2, 2, "05 giải trở lên", "Có giải Nhất", "Xếp thứ 4 trở lên", ""],
    ["THCS Hướng Hiệp", 8, 0, 0, 1, 3, "Từ 5 giải", "Giải Nhì trở lên", "Tốp 3", ""],
    ["THCS Ba Lòng", 7, 0, 0, 1, 1, "03 giải", "Giải Ba", "Tăng 2 bậc so với năm học trước", "Năm học 2013-2014 xếp thứ 7/8"],
    ["THCS Đakrông", 7, 0, 0, 1, 2, "02 giải trở lên", "Giải Khuyến khích trở lên", "Không xếp cuối", ""],
    ["THCS Tà Rụt", 6, 0, 0, 0, 1, "Có học sinh đạt giải", "Giải Ba trở lên", "Nằm trong tốp 5", ""],
    ["TH&THCS A Ngo", 6, 0, 0, 0, 0, "Có học sinh đạt giải", "-", "Thoát vị trí cuối bảng", "Năm học 2013-2014 xếp thứ 8/8"],
  ];
  const first = 10;
  const last = first + units.length - 1;
  const points = (u: U) => u[2] * 4 + u[3] * 3 + u[4] * 2 + u[5];
  const best = (u: U): Prize | "-" => (u[2] ? "Nhất" : u[3] ? "Nhì" : u[4] ? "Ba" : u[5] ? "KK" : "-");
  const ranks = units.map((u) => 1 + units.filter((o) => points(o) > points(u)).length);
  const bd = { border: true, align: "center" as const, wrap: true };
  units.forEach((u, i) => {
    const r = first + i;
    const total = u[2] + u[3] + u[4] + u[5];
    const cells: CellInput[] = [
      i + 1, { v: u[0], align: "left" }, u[1], u[2], u[3], u[4], u[5],
      { v: `=SUM(D${r}:G${r})`, result: total },
      { v: `=ROUND(H${r}/C${r}*100,1)`, fmt: "0.0", result: Math.round((total / u[1]) * 1000) / 10 },
      best(u),
      { v: `=D${r}*4+E${r}*3+F${r}*2+G${r}`, result: points(u) },
      { v: `=RANK(K${r},$K$${first}:$K$${last})`, result: ranks[i] },
      u[6], u[7], u[8], { v: u[9], align: "left" },
    ];
    s.row(`A${r}`, cells, bd);
  });
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn huyện", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, `=SUM(F${first}:F${last})`, `=SUM(G${first}:G${last})`, `=SUM(H${first}:H${last})`, { v: `=ROUND(H${tot}/C${tot}*100,1)`, fmt: "0.0" }, "", "", "", "", "", "", ""], { ...bd, bold: true });

  const lastYear: Record<string, number> = { "THCS Ba Lòng": 7, "TH&THCS A Ngo": 8 };
  units.forEach((u, i) => {
    const r = first + i;
    const total = u[2] + u[3] + u[4] + u[5];
    const rank = ranks[i];
    // Number of prizes: every phrase is a floor ("Có học sinh đạt giải" = at least one).
    const floor = u[6].startsWith("Có") ? 1 : Number(/\d+/.exec(u[6])![0]);
    const sc: Status = total < floor ? "not_met" : total > floor && !u[6].startsWith("Có") ? "exceeded" : "met";
    s.expect(`H${r}`, { indicator: `${u[0]} · Số học sinh đạt giải`, target: `${u[6]} (cột M)`, actual: `=SUM(D${r}:G${r}) (${total})`, status: sc, why: u[6].startsWith("Có") ? (total ? `${total} prize: the school has a prize-winner` : "no prize at all") : sc === "met" ? `${total} = ${floor}` : sc === "exceeded" ? `${total} > ${floor}` : `${total} < ${floor}` });
    // Best prize: prizes rank Khuyến khích < Ba < Nhì < Nhất.
    if (u[7] !== "-") {
      const want: Prize = u[7].includes("Nhất") ? "Nhất" : u[7].includes("Nhì") ? "Nhì" : u[7].includes("Khuyến khích") ? "KK" : "Ba";
      const got = best(u);
      const g = got === "-" ? -1 : ORDER.indexOf(got);
      const sb: Status = g < ORDER.indexOf(want) ? "not_met" : g > ORDER.indexOf(want) ? "exceeded" : "met";
      s.expect(`J${r}`, { indicator: `${u[0]} · Giải cao nhất`, target: `${u[7]} (cột N)`, status: sb, why: sb === "met" ? `best prize ${got}, as registered` : sb === "exceeded" ? `best prize ${got}, above the ${want} registered (KK < Ba < Nhì < Nhất)` : `best prize ${got}, below ${want}` });
    }
    // Rank: 1 is best; a rank within the cap is met, never exceeded.
    let cap: number;
    let why: string;
    if (u[8].startsWith("Giữ vững")) [cap, why] = [1, "first, as it must stay"];
    else if (u[8] === "Tốp 3") [cap, why] = [3, "top 3 means rank 3 or better"];
    else if (u[8].startsWith("Xếp thứ 4")) [cap, why] = [4, "\"thứ 4 trở lên\" means 4th or better"];
    else if (u[8].startsWith("Tăng 2 bậc")) [cap, why] = [lastYear[u[0]] - 2, `7th last year (Ghi chú): two places up is 5th or better`];
    else if (u[8] === "Không xếp cuối") [cap, why] = [units.length - 1, `not last of ${units.length}`];
    else if (u[8].startsWith("Nằm trong tốp 5")) [cap, why] = [5, "top 5"];
    else [cap, why] = [units.length - 1, `last (8th) last year (Ghi chú); leaving the bottom means 7th or better`];
    const sr: Status = rank <= cap ? "met" : "not_met";
    s.expect(`L${r}`, { indicator: `${u[0]} · Xếp thứ`, target: `${u[8]} (cột O)`, actual: `=RANK(K${r},$K$${first}:$K$${last}) (${rank})`, status: sr, why: `${rank}/${units.length}: ${why}${sr === "met" ? "" : ", not reached"}` });
  });

  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Điểm thi đua: giải Nhất 4 điểm, giải Nhì 3 điểm, giải Ba 2 điểm, giải Khuyến khích 1 điểm; xếp thứ theo tổng điểm thi đua.",
    "- Toàn huyện có 69 học sinh dự thi, 31 học sinh đạt giải (01 Nhất, 04 Nhì, 11 Ba, 15 Khuyến khích).",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phan Văn Đức" }, { col: "M", title: "TRƯỞNG PHÒNG", name: "Hồ Văn Thanh" });
  b.facts = {
    sheet: "HSG lớp 8",
    headerRows: "8-9 (Số học sinh đạt giải over Nhất | Nhì | Ba | KK | Tổng; Chỉ tiêu đăng ký đầu năm học over Số giải | Giải cao nhất | Xếp thứ)",
    nameColumn: "B (Đơn vị)",
    target: "columns M (Số giải), N (Giải cao nhất), O (Xếp thứ) of the registration block, one school per row",
    actualColumns: "H (Tổng: SUM formulas) against M, J (Giải cao nhất: words) against N, L (Xếp thứ: RANK formulas over K) against O",
    ignoreColumns: "C (pupils sitting), D-G (prizes by grade, summed in H), I (share of pupils with a prize: no target), K (points behind the rank), P (Ghi chú: last year's rank for two schools)",
    totalRows: `${tot} (Toàn huyện)`,
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2015-05-20",
    period: "2014-2015",
    rollUps: [s.rollUp(" · Số học sinh đạt giải", "trường"), s.rollUp(" · Giải cao nhất", "trường"), s.rollUp(" · Xếp thứ", "trường")],
    notes: "The exam is over: verdicts are final. Prize counts: every registered phrase is a floor (\"08 giải\", \"03 giải\" bare = at least); \"Có học sinh đạt giải\" is at least one. Best prize: Khuyến khích < Ba < Nhì < Nhất, a better prize than registered is exceeded. Rank: 1 is best, rank targets are caps (met, never exceeded): \"Tốp 3\" ≤ 3, \"Xếp thứ 4 trở lên\" ≤ 4, \"Không xếp cuối\" ≤ 7 of 8, \"Tăng 2 bậc\" from last year's 7th (in Ghi chú) ≤ 5, \"Thoát vị trí cuối bảng\" from last year's 8th ≤ 7. A Ngo registered no best prize (\"-\"): not judged.",
  };
  return b;
}
