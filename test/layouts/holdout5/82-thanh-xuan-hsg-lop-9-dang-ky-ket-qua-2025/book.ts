// Layout 82: a lower-secondary school's registered targets and results of the commune-level grade-9 gifted-pupil exam by subject team (THCS Thanh Xuân, Hà Nội, 2025-2026): three Đăng ký | Kết quả pairs (number of prizes, best prize, pupils sent to the city round), a school line with its own targets, a registration that states nothing checkable.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

type Prize = "Nhất" | "Nhì" | "Ba" | "Khuyến khích";
const ORDER: Prize[] = ["Khuyến khích", "Ba", "Nhì", "Nhất"];

export default function book(): Book {
  const b = new Book("Đăng ký chỉ tiêu và kết quả thi học sinh giỏi lớp 9 cấp xã năm học 2025-2026 theo đội tuyển, Trường THCS Thanh Xuân");
  const s = b.sheet("HSG lớp 9 cấp xã");
  s.cols([5, 24, 9, 11, 11, 16, 14, 12, 12, 22, 26]);
  titleBlock(s, {
    left: ["THÀNH PHỐ HÀ NỘI", "TRƯỜNG THCS THANH XUÂN"],
    date: "Hà Nội, ngày 10 tháng 12 năm 2025",
    title: ["ĐĂNG KÝ CHỈ TIÊU VÀ KẾT QUẢ THI HỌC SINH GIỎI LỚP 9 CẤP XÃ", "Năm học 2025 - 2026"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đội tuyển (môn thi)", head).merge("C8:C9", "Số HS dự thi", head);
  s.merge("D8:E8", "Số giải", head).merge("F8:G8", "Giải cao nhất", head).merge("H8:I8", "Số HS dự thi cấp thành phố", head);
  s.row("D9", ["Đăng ký", "Kết quả", "Đăng ký", "Kết quả", "Đăng ký", "Kết quả"], head);
  s.merge("J8:J9", "Giáo viên bồi dưỡng", head).merge("K8:K9", "Ghi chú (cơ cấu giải)", head);

  // [team, sat, prizes [Nhất, Nhì, Ba, KK], registered prizes, registered best prize, registered city pupils, city pupils, teacher]
  type T = [string, number, [number, number, number, number], string, string, string, number, string];
  const teams: T[] = [
    ["Toán", 4, [0, 0, 0, 2], "03 giải", "Giải Ba trở lên", "01 HS", 0, "Nguyễn Văn Hùng"],
    ["Ngữ văn", 4, [0, 0, 0, 3], "02 giải", "Khuyến khích", "-", 0, "Lê Thị Thu Hà"],
    ["Tiếng Anh", 3, [0, 0, 0, 2], "100% HS dự thi đạt giải", "Giải Ba", "01 HS", 0, "Trần Thị Mai"],
    ["Lịch sử và Địa lí (phân môn Lịch sử)", 2, [1, 0, 0, 1], "02 giải", "Giải Nhì", "01 HS", 1, "Đỗ Thị Hạnh"],
    ["Lịch sử và Địa lí (phân môn Địa lí)", 2, [0, 0, 0, 1], "01 giải", "Giải Ba", "-", 0, "Phạm Văn Long"],
    ["Khoa học tự nhiên 1", 3, [0, 1, 0, 1], "02 giải trở lên", "Giải Nhì trở lên", "01 HS", 1, "Ngô Thị Lan"],
    ["Khoa học tự nhiên 2", 3, [0, 0, 1, 1], "Ít nhất 2 giải", "Giải Nhì", "-", 1, "Vũ Văn Toàn"],
    ["Tin học", 2, [1, 0, 0, 1], "01 giải", "Giải Nhất", "02 HS", 1, "Nguyễn Thị Hồng"],
    ["Giáo dục công dân", 3, [0, 0, 1, 2], "03 giải", "Đạt kết quả cao", "01 HS", 1, "Hoàng Thị Yến"],
  ];
  const bd = { border: true, align: "center" as const, wrap: true };
  const best = (p: T[2]): Prize | "-" => (p[0] ? "Nhất" : p[1] ? "Nhì" : p[2] ? "Ba" : p[3] ? "Khuyến khích" : "-");
  const mix = (p: T[2]) => ["Nhất", "Nhì", "Ba", "KK"].map((w, i) => (p[i] ? `${p[i]} ${w}` : "")).filter(Boolean).join(", ");
  const first = 10;
  teams.forEach((t, i) => {
    const r = first + i;
    const prizes = t[2].reduce((a, x) => a + x, 0);
    s.row(`A${r}`, [i + 1, { v: t[0], align: "left" }, t[1], t[3], prizes, t[4], best(t[2]), t[5], t[6], { v: t[7], align: "left" }, { v: mix(t[2]), align: "left" }], bd);

    // Number of prizes: bare counts are floors; "100% HS dự thi đạt giải" asks every pupil who sat to win one.
    let sp: Status;
    let why: string;
    if (t[3].startsWith("100%")) {
      sp = prizes >= t[1] ? "met" : "not_met";
      why = `${prizes} of ${t[1]} pupils won a prize (${((prizes / t[1]) * 100).toFixed(1).replace(".", ",")}%): not every pupil`;
    } else {
      const floor = Number(/\d+/.exec(t[3])![0]);
      sp = prizes > floor ? "exceeded" : prizes === floor ? "met" : "not_met";
      why = `${prizes} ${sp === "exceeded" ? ">" : sp === "met" ? "=" : "<"} ${floor}${/trở lên|Ít nhất/.test(t[3]) ? "" : " (a bare count registered is a floor)"}`;
    }
    s.expect(`E${r}`, { indicator: `${t[0]} · Số giải`, target: `${t[3]} (đăng ký, cột D)`, status: sp, why });

    // Best prize: Khuyến khích < Ba < Nhì < Nhất; "Đạt kết quả cao" names no prize.
    const got = best(t[2]);
    if (t[4] === "Đạt kết quả cao") {
      s.expect(`G${r}`, { indicator: `${t[0]} · Giải cao nhất`, target: `${t[4]} (đăng ký, cột F)`, status: "refuse", why: "\"đạt kết quả cao\" names no prize to compare with" });
    } else {
      const want = ORDER.find((p) => t[4].includes(p))!;
      const g = got === "-" ? -1 : ORDER.indexOf(got);
      const sb: Status = g > ORDER.indexOf(want) ? "exceeded" : g === ORDER.indexOf(want) ? "met" : "not_met";
      s.expect(`G${r}`, { indicator: `${t[0]} · Giải cao nhất`, target: `${t[4]} (đăng ký, cột F)`, status: sb, why: sb === "met" ? `${got}, as registered` : sb === "exceeded" ? `${got} is above the ${want} registered (Khuyến khích < Ba < Nhì < Nhất)` : `${got} is below ${want}` });
    }

    // Pupils in the city round: registered counts are floors; "-" registered nothing.
    if (t[5] !== "-") {
      const want = Number(/\d+/.exec(t[5])![0]);
      const sc: Status = t[6] > want ? "exceeded" : t[6] === want ? "met" : "not_met";
      s.expect(`I${r}`, { indicator: `${t[0]} · Số HS dự thi cấp thành phố`, target: `${t[5]} (đăng ký, cột H)`, status: sc, why: `${t[6]} ${sc === "met" ? "=" : sc === "exceeded" ? ">" : "<"} ${want}` });
    }
  });
  const last = first + teams.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn trường", `=SUM(C${first}:C${last})`, "Ít nhất 18 giải", `=SUM(E${first}:E${last})`, "Có giải Nhất", "Nhất", "Ít nhất 6 HS", `=SUM(I${first}:I${last})`, "", "02 Nhất, 01 Nhì, 02 Ba, 14 KK"], { ...bd, bold: true });
  s.expect(`E${tot}`, { indicator: "Toàn trường · Tổng số giải", target: "Ít nhất 18 giải (đăng ký, dòng Toàn trường)", actual: `=SUM(E${first}:E${last}) (19)`, status: "exceeded", why: "19 > 18: the school line carries its own registration" });
  s.expect(`G${tot}`, { indicator: "Toàn trường · Giải cao nhất của trường", target: "Có giải Nhất (đăng ký, dòng Toàn trường)", status: "met", why: "two first prizes (Lịch sử, Tin học)" });
  s.expect(`I${tot}`, { indicator: "Toàn trường · Tổng số HS dự thi cấp thành phố", target: "Ít nhất 6 HS (đăng ký, dòng Toàn trường)", actual: `=SUM(I${first}:I${last}) (5)`, status: "not_met", why: "5 < 6" });

  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu do các đội tuyển đăng ký từ đầu năm học; \"-\": đội tuyển không đăng ký chỉ tiêu này.",
    "- 05 học sinh (Tin học, Lịch sử, KHTN 1, KHTN 2, GDCD) tiếp tục được bồi dưỡng để dự thi cấp thành phố tháng 01/2026.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Văn Nam" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thanh Hương" });
  b.facts = {
    sheet: "HSG lớp 9 cấp xã",
    headerRows: "8-9 (Số giải, Giải cao nhất, Số HS dự thi cấp thành phố, each over Đăng ký | Kết quả)",
    nameColumn: "B (Đội tuyển (môn thi))",
    target: "the Đăng ký column of each pair: D for E, F for G, H for I, one team per row; the Toàn trường row carries its own registration",
    actualColumns: "E (Số giải: counts), G (Giải cao nhất: prize names), I (pupils sent to the city round: counts); E and I on the Toàn trường row are SUM formulas",
    ignoreColumns: "C (pupils who sat), J (teacher), K (Ghi chú: the prizes by grade)",
    totalRows: `${tot} (Toàn trường: judged against its own registration)`,
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2025-12-10",
    period: "2025-2026",
    rollUps: [s.rollUp(" · Số giải", "đội tuyển"), s.rollUp(" · Giải cao nhất", "đội tuyển")],
    notes: "The commune-level exam is over: verdicts are final. Registered counts are floors (\"03 giải\", \"01 HS\"): above is exceeded. \"100% HS dự thi đạt giải\" needs every pupil who sat (column C) to win: 2 of 3 is not met. Prizes rank Khuyến khích < Ba < Nhì < Nhất; a better prize than registered is exceeded. \"Đạt kết quả cao\" names no prize (refuse). \"-\" is no registration: not judged (KHTN 2 sent a pupil without registering one). The Toàn trường row is not a sum to skip: it has targets of its own (19 prizes against at least 18; 5 city pupils against at least 6).",
  };
  return b;
}
