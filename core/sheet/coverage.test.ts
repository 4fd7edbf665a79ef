// The one clean-line decision (cleanOf) and its wording (cleanLine): "no shortfalls" only when true, and what stops it said with counts.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanLine, cleanOf, incompleteLine, leftOpen, paneLine, undecided } from "./coverage";
import type { CheckedSheet } from "./types";
import { bestSheet } from "../session/choose";

const HEADER = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
const check = (rows: CellValue[][], opts: Parameters<typeof checkSheet>[2] = {}, header: CellValue[] = HEADER, name = "S"): CheckedSheet => {
  const r = checkSheet({ name, values: [header, ...rows] }, null, opts);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};
const MET = [1, "Số lớp", "16 lớp", 16];

describe("cleanOf: whether a check may say 'Không có chỉ tiêu chưa đạt.'", () => {
  it("says it plainly when every row with a figure was judged and met", () => {
    const c = cleanOf(check([MET]));
    expect(c.kind).toBe("clean");
    expect(leftOpen(c)).toBe(false);
    expect(cleanLine(c, "cli", "vi")).toBe("Không có chỉ tiêu chưa đạt.");
    expect(cleanLine(c, "report", "en")).toBe("No shortfalls.");
    expect(cleanLine(c, "pane", "vi")).toBe("Không có chỉ tiêu chưa đạt; mọi dòng có số liệu đều đã được đánh giá.");
  });

  it("counts a row with a figure it did not judge, pointing where each reader finds it", () => {
    const c = cleanOf(check([MET, [2, "Kinh phí", null, 120]]));
    expect(c).toMatchObject({ kind: "qualified", judged: 1, notJudged: 1, asked: 0, pending: 0, elsewhere: null });
    // Said once: the incomplete line counts the row and points to it; the clean line only limits its claim.
    expect(incompleteLine(c, "vi")).toBe("Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem dưới).");
    expect(cleanLine(c, "cli", "vi")).toBe("Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá.");
    expect(incompleteLine(c, "vi", "report")).toBe('Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem trang "Ghi chú kỹ thuật").');
    expect(paneLine(c, "en")).toBe("Not judged: 1/2 rows with figures (1 with no target; listed below). No shortfalls among the 1 judged.");
  });

  it("says 'none certain' over a row asked about, and counts a figure not yet due beside it", () => {
    const r = check(
      [
        [1, "Tỷ lệ học sinh giỏi", "Từ 15% trở lên", "13,8%"],
        [2, "Tỷ lệ duy trì sĩ số", "Từ 99% trở lên", "99,5%"],
        [3, "Số sáng kiến", "08", 3],
      ],
      { asOf: "2019-01-21", period: "2018-2019" },
      ["STT", "Nội dung", "Chỉ tiêu năm học 2018-2019", "Kết quả học kỳ I"],
    );
    const c = cleanOf(r);
    expect(c).toMatchObject({ kind: "qualified", asked: 1, pending: 1, notJudged: 0 });
    expect(cleanLine(c, "cli", "vi")).toBe("Không có chỉ tiêu chưa đạt chắc chắn; 1 chỉ tiêu cần xác nhận; 1 chỉ tiêu chưa đạt mức, chưa đến hạn (xem trên).");
    // The pane points to a filter for each, so each says where.
    expect(cleanLine(c, "pane", "vi")).toBe("Không có chỉ tiêu chưa đạt chắc chắn; 1 chỉ tiêu cần xác nhận (lọc «Cần xác nhận»); 1 chỉ tiêu chưa đạt mức, chưa đến hạn (lọc «Chưa đến hạn»).");
  });

  it("says 'none due' over a figure below a target not yet due", () => {
    const r = check([[1, "Số trường đạt chuẩn", "20 trường", 12], [2, "Số lớp", "16 lớp", 16]], { asOf: "2026-06-01" }, ["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"]);
    const c = cleanOf(r);
    expect(c).toMatchObject({ kind: "qualified", pending: 1 });
    expect(leftOpen(c)).toBe(true);
    expect(undecided(c)).toBe(false);
    expect(cleanLine(c, "report", "en")).toBe("No shortfalls that are due; 1 not yet at target, not yet due (see the appendix).");
  });

  it("never says 'no shortfalls' when every row judged is not yet due: nothing was concluded (round 36)", () => {
    const r = check([[1, "Số trường đạt chuẩn", "20 trường", 12], [2, "Số lớp", "16 lớp", 9]], { asOf: "2026-06-01" }, ["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"]);
    const c = cleanOf(r);
    expect(c).toMatchObject({ kind: "qualified", pending: 2, judged: 2 });
    expect(undecided(c)).toBe(true);
    expect(leftOpen(c)).toBe(true);
    expect(cleanLine(c, "cli", "vi")).toBe("Chưa kết luận được: cả 2 chỉ tiêu đã so với mức đều chưa đến hạn (xem trên).");
    expect(cleanLine(c, "report", "en")).toBe("Nothing concluded: all 2 judged are not yet due (see the appendix).");
  });

  it("names another sheet of the workbook holding figures not judged or shortfalls, as bestSheet counted them", () => {
    const sheets = [
      { name: "Chính", rows: [HEADER, MET, [2, "Số phòng", "9 phòng", 9]] },
      { name: "Khác", rows: [HEADER, [1, "Số lớp", null, 14]] },
      { name: "Nữa", rows: [HEADER, [1, "Số lớp", "16 lớp", 14]] },
    ];
    const candidates = sheets.map((s) => ({ sheet: { name: s.name, values: s.rows as CellValue[][] }, result: checkSheet({ name: s.name, values: s.rows as CellValue[][] }, null) }));
    const best = bestSheet(candidates, { named: false, hint: { vi: "chọn trang bằng --sheet", en: "choose with --sheet" } });
    if (!best.ok) throw new Error(best.message.en);
    const c = cleanOf(best.result);
    expect(c).toMatchObject({ kind: "qualified", notJudged: 0, elsewhere: { sheets: ["Nữa", "Khác"], notJudged: 1, shortfalls: 1 } });
    // Each sheet named for what it holds, once: the figures not judged in the incomplete line, the shortfall in the clean one.
    expect(incompleteLine(c, "vi")).toBe('Chưa đánh giá được 1 dòng có số liệu ở trang "Khác" (xem dòng "Chọn bảng").');
    expect(cleanLine(c, "cli", "vi")).toBe('Không có chỉ tiêu chưa đạt trong 2 chỉ tiêu đã đánh giá; trang "Nữa" còn 1 chỉ tiêu chưa đạt (xem dòng "Chọn bảng").');
    // The pane's line never says "0 rows" for it.
    const pane = paneLine(c, "vi");
    expect(pane).not.toMatch(/\b0 dòng/);
    expect(pane).toBe("Chưa đánh giá được 1 dòng có số liệu ở trang «Khác» (chọn trang đó ở bước 2 để kiểm tra). Không có chỉ tiêu chưa đạt trong 2 chỉ tiêu đã đánh giá; trang «Nữa» còn 1 chỉ tiêu chưa đạt (chọn trang đó ở bước 2 để kiểm tra).");
  });

  it("is never clean when coverage says incomplete with nothing on the sheet to show for it", () => {
    const r = check([MET]);
    r.coverage.complete = false;
    const c = cleanOf(r);
    expect(c.kind).toBe("qualified");
    expect(cleanLine(c, "cli", "en")).toBe('No shortfalls among the 1 judged; another sheet of the file holds figures not judged (see "Table chosen").');
  });

  it("says a blank form has nothing to judge yet, never 'no shortfalls'", () => {
    const c = cleanOf(check([[1, "Số lớp", "16 lớp", null], [2, "Tỷ lệ chuyên cần", "95%", null]]));
    expect(c.kind).toBe("blank");
    expect(leftOpen(c)).toBe(true);
    expect(cleanLine(c, "report", "vi")).toBe("Chưa có số liệu để đánh giá: cả 2 chỉ tiêu đều chưa có số liệu.");
  });

  it("says nothing could be judged when rows with figures got no verdict, counting them once", () => {
    const c = cleanOf(check([[1, "Kinh phí", null, 120], [2, "Số máy tính", null, 35]]));
    expect(c).toMatchObject({ kind: "nothing", notJudged: 2 });
    // Its own line, not the incomplete one (the CLI refuses such a check instead).
    expect(incompleteLine(c, "vi")).toBeNull();
    expect(cleanLine(c, "pane", "vi")).toBe("Không đánh giá được chỉ tiêu nào: 2 dòng có số liệu chưa đánh giá được (xem danh sách bên dưới).");
    expect(cleanLine(c, "pane", "en")).toBe("Nothing could be judged: 2 rows with figures were not judged (listed below).");
  });

  it("words the pane's coverage line over shortfalls: what else is open, or that every row was judged", () => {
    const short = cleanOf(check([[1, "Số lớp", "16 lớp", 14]]));
    expect(short.kind).toBe("shortfalls");
    expect(leftOpen(short)).toBe(false);
    expect(cleanLine(short, "pane", "vi")).toBe("Chưa đạt, gần đạt: 1; mọi dòng có số liệu đều đã được đánh giá.");
    const open = cleanOf(check([[1, "Số lớp", "16 lớp", 14], [2, "Kinh phí", null, 120], [3, "Số phòng", null, 7]]));
    expect(leftOpen(open)).toBe(true);
    expect(paneLine(open, "en")).toBe("Not judged: 2/3 rows with figures (2 with no target; listed below). Short or near: 1.");
  });
});
