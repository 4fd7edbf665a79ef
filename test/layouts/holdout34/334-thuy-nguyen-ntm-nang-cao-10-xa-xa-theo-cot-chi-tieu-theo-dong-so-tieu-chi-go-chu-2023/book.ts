// Layout 334: a district's review of ten communes against the advanced new-countryside standard (UBND huyện Thủy Nguyên, Hải Phòng, review of 25 August 2023): indicators as rows and communes as columns; the advanced standard's threshold in its own column (floors, a cap, 100%, "100% số trường"), the plain standard's threshold hidden beside it; figures as numbers, "x/y" text and one "Chưa có số liệu"; a last row with each commune's tally of criteria met typed "18/19" against "19/19".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả rà soát mức độ đạt một số tiêu chí xã nông thôn mới nâng cao năm 2023 của 10 xã, UBND huyện Thủy Nguyên (Hải Phòng)");
  const s = b.sheet("NTM nang cao 10 xa");
  const communes = ["Quảng Thanh", "Mỹ Đồng", "Thiên Hương", "Kiền Bái", "Hoàng Động", "Lâm Động", "Hoa Động", "Tân Dương", "Thủy Sơn", "Đông Sơn"];
  const cols = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];
  s.cols([5, 40, 12, 16, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20]);
  const top = titleBlock(s, {
    left: ["UBND HUYỆN THỦY NGUYÊN", "VĂN PHÒNG ĐIỀU PHỐI NTM HUYỆN"],
    date: "Thủy Nguyên, ngày 25 tháng 8 năm 2023",
    title: ["KẾT QUẢ RÀ SOÁT MỨC ĐỘ ĐẠT MỘT SỐ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2023", "(10 xã đăng ký đạt chuẩn nông thôn mới nâng cao năm 2023)"],
    leftSpan: ["A", "C"],
    rightSpan: ["J", "O"],
    titleSpan: ["A", "O"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  const h1 = top;
  const h2 = top + 1;
  s.merge(`A${h1}:A${h2}`, "TT", h);
  s.merge(`B${h1}:B${h2}`, "Tiêu chí, chỉ tiêu", h);
  s.merge(`C${h1}:C${h2}`, "Chỉ tiêu xã NTM", h);
  s.merge(`D${h1}:D${h2}`, "Chỉ tiêu xã NTM nâng cao", h);
  s.merge(`E${h1}:N${h1}`, "Kết quả rà soát của các xã (đến 25/8/2023)", h);
  s.row(`E${h2}`, communes, h);
  s.merge(`O${h1}:O${h2}`, "Ghi chú", h);
  s.hideCols("C");
  type Kind = "floor" | "cap" | "all" | "pair";
  type I = { tc: string; what: string; plain: string; aim: string; kind: Kind; limit: number; vals: Array<number | string> };
  const ind: I[] = [
    { tc: "TC 10", what: "Thu nhập bình quân đầu người năm 2022 (triệu đồng/người/năm)", plain: "≥ 60", aim: "≥ 75", kind: "floor", limit: 75, vals: [82.4, 86.1, 90.3, 79.8, 75.0, 77.6, 84.2, 88.9, 92.5, 74.6] },
    { tc: "TC 11", what: "Tỷ lệ hộ nghèo đa chiều (%)", plain: "≤ 2", aim: "≤ 1", kind: "cap", limit: 1, vals: [0.42, 0.35, 0.28, 0.61, 0.88, 1.05, 0.47, 0.3, 0.22, 0.95] },
    { tc: "TC 15", what: "Tỷ lệ người dân tham gia bảo hiểm y tế (%)", plain: "≥ 90", aim: "≥ 95", kind: "floor", limit: 95, vals: [96.2, 97.1, 95.0, 95.8, 96.4, 94.3, 96.9, 97.5, 98.0, 95.6] },
    { tc: "TC 12", what: "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (%)", plain: "≥ 30", aim: "≥ 35", kind: "floor", limit: 35, vals: [41.5, 38.2, 45.0, 36.7, 35.4, 37.9, 33.8, 40.2, 47.3, "Chưa có số liệu"] },
    { tc: "TC 2", what: "Tỷ lệ đường trục thôn, liên thôn được cứng hóa (%)", plain: "100", aim: "100", kind: "all", limit: 100, vals: [100, 100, 100, 100, 98.5, 100, 100, 100, 100, 100] },
    { tc: "TC 5", what: "Trường học các cấp đạt chuẩn quốc gia (số trường đạt/tổng số trường)", plain: "≥ 70% số trường", aim: "100% số trường", kind: "pair", limit: 1, vals: ["3/3", "3/3", "4/4", "3/3", "3/3", "3/3", "3/3", "2/3", "4/4", "3/3"] },
  ];
  let r = h2 + 1;
  const fails = communes.map(() => 0);
  for (const [i, x] of ind.entries()) {
    s.row(`A${r}`, [String(i + 1), `${x.tc}: ${x.what}`, x.plain, x.aim], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, `${x.tc}: ${x.what}`, { border: true, wrap: true });
    x.vals.forEach((v, k) => {
      const cell: CellInput = typeof v === "number" ? { v, fmt: x.kind === "cap" ? "0.00" : "0.0" } : v;
      s.set(`${cols[k]}${r}`, cell, { border: true, align: "center", wrap: true });
      let st: Status;
      let why: string;
      const shown = typeof v === "number" ? v.toFixed(x.kind === "cap" ? 2 : 1).replace(".", ",") : v;
      if (typeof v === "string" && !v.includes("/")) {
        st = "no_data";
        why = "no figure yet";
      } else if (x.kind === "pair") {
        const [a, c] = String(v).split("/").map(Number);
        st = a === c ? "met" : "not_met";
        why = `${v}: ${a === c ? "every school" : `${a} of ${c} schools`}`;
      } else if (x.kind === "cap") {
        st = (v as number) <= x.limit ? "met" : "not_met";
        why = `${shown} ${st === "met" ? "≤" : ">"} ${String(x.limit).replace(".", ",")} (a cap; less is within)`;
      } else if (x.kind === "all") {
        st = (v as number) >= x.limit ? "met" : "not_met";
        why = st === "met" ? "100%" : `${shown}% < 100%`;
      } else {
        const n = v as number;
        st = n > x.limit ? "exceeded" : n === x.limit ? "met" : "not_met";
        why = `${shown} ${st === "exceeded" ? ">" : st === "met" ? "=" : "<"} ${x.limit} (inclusive floor)`;
      }
      if (st === "not_met") fails[k]++;
      s.expect(`${cols[k]}${r}`, { indicator: `${communes[k]} · ${x.tc}: ${x.what}`, target: `${x.aim} (column D, xã NTM nâng cao)`, status: st, why });
    });
    s.set(`O${r}`, "", { border: true });
    r++;
  }
  // the tally row
  const tallies = fails.map((f, k) => (communes[k] === "Đông Sơn" ? `${19 - f}/19 (TC 12 đang rà soát)` : `${19 - f}/19`));
  s.row(`A${r}`, ["", "Số tiêu chí đạt chuẩn NTM nâng cao (trên tổng số 19 tiêu chí)", "19/19", "19/19", ...tallies, "Tính cả các tiêu chí không nêu tại biểu này"], { border: true, bold: true, align: "center", wrap: true });
  s.set(`B${r}`, "Số tiêu chí đạt chuẩn NTM nâng cao (trên tổng số 19 tiêu chí)", { border: true, bold: true, wrap: true });
  tallies.forEach((t, k) => {
    const got = 19 - fails[k];
    const st: Status = got === 19 ? "met" : "not_met";
    s.expect(`${cols[k]}${r}`, { indicator: `${communes[k]} · Số tiêu chí đạt chuẩn NTM nâng cao`, target: "19/19 tiêu chí (column D)", status: st, why: st === "met" ? "19 of 19 criteria" : `${t}: ${19 - got} ${19 - got > 1 ? "criteria" : "criterion"} short of 19` });
  });
  const tally = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu xã NTM nâng cao theo Bộ tiêu chí xã NTM nâng cao thành phố Hải Phòng giai đoạn 2021-2025; cột \"Chỉ tiêu xã NTM\" để đối chiếu.",
    "- Các xã chưa đạt hoàn thiện, báo cáo lại trước ngày 08/9/2023 để UBND huyện công bố xã đủ điều kiện đề nghị xét công nhận.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Vũ Thị Hằng" }, { col: "J", title: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Phạm Văn Khánh" });
  const rollUps = ind.map((x) => s.rollUp(` · ${x.tc}: ${x.what}`, "xã", `${x.tc}: ${x.what}`));
  rollUps.push(s.rollUp(" · Số tiêu chí đạt chuẩn NTM nâng cao", "xã", "Số tiêu chí đạt chuẩn NTM nâng cao"));
  b.facts = {
    sheet: "NTM nang cao 10 xa",
    headerRows: `${h1}-${h2} (merged "Kết quả rà soát của các xã" over the ten commune names)`,
    nameColumn: "B (Tiêu chí, chỉ tiêu); communes are the columns E-N (row " + h2 + ")",
    target: "column D (Chỉ tiêu xã NTM nâng cao): floors \"≥\", a cap \"≤ 1\", 100, \"100% số trường\", \"19/19\"",
    actualColumns: "E-N (one commune per column): numbers, \"x/y\" text, \"Chưa có số liệu\", the tally \"18/19\"",
    ignoreColumns: "A (TT), C (hidden: the plain new-countryside threshold, not the one judged), O (Ghi chú)",
    totalRows: `${tally} (the tally of criteria met, judged against 19/19)`,
    otherRows: "notes and signature",
    asOf: "2023-08-25",
    period: "2023",
    rollUps,
    notes: "Indicators as rows, communes as columns; each figure is judged against column D, never the hidden column C. Floors are inclusive (75,0 and 95,0 met); the poverty rate is a cap (1,05 not met). The tally row counts all 19 criteria of each commune and is judged against 19/19; Đông Sơn's tally is 18/19 whatever its labour figure turns out to be.",
  };
  return b;
}
