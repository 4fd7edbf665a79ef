// The terminal summary of a check: counts, what was judged and what was not, and "no shortfalls" only when it is true.
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../core/sheet/check";
import type { CellValue } from "../../core/types";
import type { CheckedSheet } from "../../core/sheet/types";
import { summaryLines } from "./summary";
import { checkExit } from "./check";

const check = (rows: CellValue[][]): CheckedSheet => {
  const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...rows] }, null);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};

describe("summaryLines", () => {
  it.each([
    { name: "every row judged and met", rows: [[1, "Số lớp", "16 lớp", 16]], clean: true },
    { name: "a row with a figure and no target", rows: [[1, "Số lớp", "16 lớp", 16], [2, "Kinh phí", null, 120]], clean: false },
    { name: "a row waiting for review", rows: [[1, "Tỷ lệ A", "10%", 0.9]], clean: false },
  ])("says 'no shortfalls' plainly only when true: $name", ({ rows, clean }) => {
    const lines = summaryLines(check(rows), "vi");
    expect(lines.includes("Không có chỉ tiêu chưa đạt.")).toBe(clean);
    // The last line says why not: only of the rows judged (those not judged counted once, in the first line), or rows
    // to confirm with their count.
    if (!clean) expect(lines.at(-1)).toMatch(/^Không có chỉ tiêu chưa đạt (trong \d+ chỉ tiêu đã đánh giá|chắc chắn; \d+ chỉ tiêu cần xác nhận \(xem trên\))\.$/);
    if (!clean && rows.length > 1) expect(lines[0]).toBe("Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem dưới).");
  });

  it("never says a clean 'no shortfalls' while a figure below its target waits for its due date", () => {
    const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"], [1, "Số trường đạt chuẩn", "20 trường", 12]] }, null, { asOf: "2026-06-01" });
    if (!r.ok) throw new Error(r.error.message.en);
    const lines = summaryLines(r, "vi");
    expect(r.items[0].status).toBe("pending");
    expect(lines).not.toContain("Không có chỉ tiêu chưa đạt.");
    expect(lines).toContain("Chưa đạt mức nhưng chưa đến hạn (1):");
    // Its only row not yet due: nothing concluded (round 36), said so, and the CLI exits 4.
    expect(lines.at(-1)).toBe("Chưa kết luận được: cả 1 chỉ tiêu đã so với mức đều chưa đến hạn (xem trên).");
    expect(checkExit(r, false).code).toBe(4);
    // Beside a row judged met, the same figure leaves the line qualified: none due, one below its target.
    const r2 = checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"], [1, "Số trường đạt chuẩn", "20 trường", 12], [2, "Số lớp", "16 lớp", 16]] }, null, { asOf: "2026-06-01" });
    if (!r2.ok) throw new Error(r2.error.message.en);
    expect(summaryLines(r2, "vi").at(-1)).toMatch(/^Không có chỉ tiêu chưa đạt đã đến hạn; 1 chỉ tiêu chưa đạt mức/);
    expect(checkExit(r2, false).code).toBe(0);
  });

  it("says a blank form has nothing to judge yet, never 'no shortfalls among the 0 judged'", () => {
    const lines = summaryLines(check([[1, "Số lớp", "16 lớp", null], [2, "Tỷ lệ chuyên cần", "95%", null]]), "vi");
    expect(lines.at(-1)).toBe("Chưa có số liệu để đánh giá: cả 2 chỉ tiêu đều chưa có số liệu.");
    expect(lines.some((l) => /Không có chỉ tiêu chưa đạt/.test(l))).toBe(false);
  });

  it("says nothing could be judged, never 'no shortfalls among the 0 judged', when no row with a figure was judged", () => {
    const lines = summaryLines(check([[1, "Kinh phí", null, 120], [2, "Số máy tính", null, 35]]), "vi");
    expect(lines.at(-1)).toBe("Không đánh giá được chỉ tiêu nào: 2 dòng có số liệu chưa đánh giá được (xem trên).");
  });

  it("lists each row with a figure that was not judged, with its cell and why", () => {
    const lines = summaryLines(check([[1, "Số lớp", "16 lớp", 16], [2, "Kinh phí", null, 120]]), "vi");
    expect(lines).toContain("Đã đánh giá: 1 · chưa có số liệu: 0");
    expect(lines).toContain("Có số liệu nhưng chưa đánh giá được (1):");
    expect(lines).toContain('  ◦ Ô D3 ("Kinh phí") có số liệu nhưng không có chỉ tiêu để so; ghi chỉ tiêu vào cột kế hoạch, chọn kế hoạch (--plan) hoặc chỉ cột (--map).');
  });

  it("names each row whose target or figure it could not read, with why, not only their count", () => {
    const lines = summaryLines(check([[1, "Số lớp", "16 lớp", 16], [2, "Công tác phối hợp", "Theo yêu cầu", "Đã làm"], [3, "Tỷ lệ chuyên cần", "95%", "chín mươi lăm phần trăm?"]]), "vi");
    const at = lines.findIndex((l) => /^Không đọc được chỉ tiêu hoặc số liệu \(\d\):$/.test(l));
    expect(at).toBeGreaterThan(0);
    const listed = lines.slice(at + 1).filter((l) => /^  \? /.test(l)).join("\n");
    expect(listed).toContain("Công tác phối hợp");
    expect(lines.slice(at + 1).some((l) => /^      Không đọc được chỉ tiêu/.test(l))).toBe(true);
    expect(lines).not.toContain("Không có chỉ tiêu chưa đạt.");
  });

  it("speaks English with --lang en", () => {
    const lines = summaryLines(check([[1, "Số lớp", "16 lớp", 16], [2, "Kinh phí", null, 120]]), "en");
    expect(lines).toContain("With figures but not judged (1):");
    expect(lines[0]).toBe("Not judged: 1/2 rows with figures (1 with no target; see below).");
    expect(lines.at(-1)).toBe("No shortfalls among the 1 judged.");
  });
});

describe("a short rate on part of the period", () => {
  const sheet = {
    name: "S",
    values: [
      ["STT", "Nội dung", "Chỉ tiêu năm học 2018-2019", "Kết quả học kỳ I"],
      [1, "Tỷ lệ học sinh giỏi", "Từ 15% trở lên", "13,8%"],
      [2, "Tỷ lệ duy trì sĩ số", "Từ 99% trở lên", "99,5%"],
      [3, "Số sáng kiến", "08", 3],
    ] as CellValue[][],
  };
  it("is asked with both readings (judged on the term, or not yet due), listed, and named in the last line", () => {
    const r = checkSheet(sheet, null, { asOf: "2019-01-21", period: "2018-2019" });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.items.map((i) => i.status)).toEqual(["review", "exceeded", "pending"]);
    expect(r.items[0].verdict.explanations.vi).toMatch(/^Cần xác nhận: tính trên số liệu của kỳ này .* thì Chưa đạt, chỉ tiêu tính cho cả kỳ đến 31\/08\/2019 thì Chưa đến hạn/);
    const lines = summaryLines(r, "vi");
    expect(lines).toContain("Cần xác nhận (1):");
    // The figure below target not yet due ("Số sáng kiến" 3 of 08) is listed above, so the last line counts it too.
    expect(lines.at(-1)).toBe("Không có chỉ tiêu chưa đạt chắc chắn; 1 chỉ tiêu cần xác nhận; 1 chỉ tiêu chưa đạt mức, chưa đến hạn (xem trên).");
    expect(summaryLines(r, "en").at(-1)).toBe("No certain shortfalls; 1 to confirm; 1 not yet at target, not yet due (see above).");
  });
});
