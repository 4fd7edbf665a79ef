// Round-19 probes (rv19c) of the rules merged in round 19, each a confident verdict on a neighbour of the rule's words:
// a cited paper that undoes the answer, a figure under a heading saying what was done beside a blank result, a test's
// end read as the term's, a paper's date read as the month a report covers.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { figureFor } from "../table/figure";
import { monthlyDue, statedTermEnds } from "../table/target";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const byRow = (r: CheckedSheet) => Object.fromEntries(r.items.map((i) => [i.row, i.status]));

describe("an answer citing a paper that undoes or defers it", () => {
  it("keeps the whole cell when the bracket says the paper expired, was asked for, or awaits", () => {
    expect(figureFor("Đạt chuẩn (QĐ số 77/QĐ-UBND ngày 12/5/2014, đã hết hạn)", false)).toBe("Đạt chuẩn (QĐ số 77/QĐ-UBND ngày 12/5/2014, đã hết hạn)");
    expect(figureFor("Đạt (Công văn số 45/PGD đề nghị kiểm tra công nhận)", false)).toBe("Đạt (Công văn số 45/PGD đề nghị kiểm tra công nhận)");
    expect(figureFor("Hoàn thành (TB số 9/TB-SGD, chờ thẩm định)", false)).toBe("Hoàn thành (TB số 9/TB-SGD, chờ thẩm định)");
    expect(figureFor("Đạt chuẩn (QĐ số 1520/QĐ-UBND ngày 12/5/2024)", false)).toBe("Đạt chuẩn");
  });
  it("is never judged met on the answer alone", () => {
    const values: CellValue[][] = [
      ["TT", "Nội dung chỉ tiêu", "Kế hoạch năm 2025", "Thực hiện năm 2025"],
      [1, "Trường TH Tân Lập đạt chuẩn quốc gia", "Đạt", "Đạt chuẩn (QĐ số 77/QĐ-UBND ngày 12/5/2014, đã hết hạn)"],
      [2, "Trường TH Đông Sơn đạt chuẩn quốc gia", "Đạt", "Đạt (Công văn số 45/PGD đề nghị kiểm tra công nhận)"],
      [3, "Trường TH Hòa Bình đạt chuẩn quốc gia", "Đạt", "Đạt chuẩn (QĐ số 1520/QĐ-UBND ngày 12/5/2024)"],
    ];
    const s = byRow(ok(checkSheet({ name: "CQG", values }, null, { asOf: "2025-12-01" })));
    expect(s[1]).not.toMatch(/^(met|exceeded)$/);
    expect(s[2]).not.toMatch(/^(met|exceeded)$/);
    expect(s[3]).toBe("met");
  });
});

describe("a task's blank result beside a figure under a heading saying what was done", () => {
  it("is not judged overdue: the figure may be the result", () => {
    const values: CellValue[][] = [
      ["TT", "Nội dung công việc", "Thời hạn", "Số GV đã bồi dưỡng", "Kết quả", "Ghi chú"],
      [1, "Bồi dưỡng giáo viên cốt cán", "30/11/2025", 25, null, null],
      [2, "Tập huấn chương trình mới", "30/11/2025", "18 người", null, null],
      [3, "Rà soát hồ sơ chuyên môn", "30/11/2025", null, null, null],
    ];
    const s = byRow(ok(checkSheet({ name: "KH", values }, null, { asOf: "2025-12-10" })));
    expect(s[1]).toBeUndefined();
    expect(s[2]).toBeUndefined();
    expect(s[3]).toBe("overdue");
  });
});

describe("a term's end said in the notes", () => {
  it("is not a test's or a break's end", () => {
    expect(statedTermEnds(["Ghi chú: Kiểm tra cuối học kỳ I kết thúc ngày 25/12/2025."])).toEqual({});
    expect(statedTermEnds(["Thi kết thúc học kỳ II vào ngày 10/5/2026"])).toEqual({});
    expect(statedTermEnds(["Năm học 2025-2026: học kỳ I kết thúc ngày 17/01/2026"])).toEqual({ 1: "2026-01-17" });
  });
  it("leaves 'Học kỳ I' as before when the only end said is a test's", () => {
    const values: CellValue[][] = [
      ["TT", "Nội dung công việc", "Thời hạn", "Kết quả"],
      [1, "Nộp báo cáo đánh giá chất lượng", "Học kỳ I", null],
      [2, "Tổng hợp điểm", "Học kỳ I", "Đã hoàn thành ngày 10/01/2026"],
      ["Ghi chú: Kiểm tra cuối học kỳ I kết thúc ngày 25/12/2025."],
    ];
    const s = byRow(ok(checkSheet({ name: "KH", values }, null, { asOf: "2026-01-05" })));
    expect(s[1]).not.toBe("overdue");
    expect(s[2]).not.toMatch(/^(not_met|overdue)$/);
  });
});

describe("a day due every month on a row dating a paper", () => {
  it("reads no month from the paper's date", () => {
    expect(monthlyDue("Ngày 15 hằng tháng", "Báo cáo tình hình thực hiện Công văn số 15/SGD ngày 05 tháng 11 năm 2024")).toBeNull();
    expect(monthlyDue("Ngày 20 hằng tháng", "Báo cáo theo Kế hoạch ngày 3 tháng 10 năm 2025")).toBeNull();
    expect(monthlyDue("Ngày 20 hằng tháng", "Báo cáo kết quả tháng 11 năm 2025")).toEqual({ strict: false, days: ["2025-11-20", "2025-12-20"] });
  });
});

describe("a target naming several parts, written unmerged over one part's rate", () => {
  const merges = [{ top: 0, left: 2, bottom: 0, right: 7 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }];
  it("judges 'Khá, giỏi ≥ 60%' on the named parts' sum, never on the part it sits over", () => {
    const values: CellValue[][] = [
      ["Trường", "Số HS", "Xếp loại học lực", null, null, null, null, null],
      [null, null, "Giỏi", "%", "Khá", "%", "Yếu", "%"],
      ["Chỉ tiêu", null, null, "Khá, giỏi ≥ 60%", null, null, null, "≤ 2%"],
      ["THCS A", 100, 30, 30, 35, 35, 1, 1],
      ["THCS B", 200, 40, 20, 70, 35, 6, 3],
    ];
    const r = ok(checkSheet({ name: "HL", merges, values }, null, { asOf: "2025-06-01" }));
    const s = Object.fromEntries(r.items.map((i) => [`${i.unitName}|${i.cell.col}`, i.status]));
    expect(s).toMatchObject({ "THCS A|3": "exceeded", "THCS B|3": "not_met", "THCS A|7": "met", "THCS B|7": "not_met" });
  });
  it("keeps one name one part: 'Chưa đạt ≤ 5%' is no bar on 'Đạt' too", () => {
    const values: CellValue[][] = [
      ["Trường", "Số HS", "Kết quả đánh giá", null, null, null],
      [null, null, "Đạt", "%", "Chưa đạt", "%"],
      ["Chỉ tiêu", null, null, null, null, "Chưa đạt ≤ 5%"],
      ["TH A", 100, 97, 97, 3, 3],
      ["TH B", 100, 90, 90, 10, 10],
    ];
    const r = ok(checkSheet({ name: "KQ", merges: [{ top: 0, left: 2, bottom: 0, right: 5 }], values }, null, { asOf: "2025-06-01" }));
    expect(Object.fromEntries(r.items.map((i) => [i.unitName, i.status]))).toEqual({ "TH A": "met", "TH B": "not_met" });
  });
});

describe("a deadline counted from a receipt", () => {
  it("is dated by the row's receipt, never by a recognition or a confirmation day", async () => {
    const { relativeDeadline } = await import("../rule/relative");
    expect(relativeDeadline("Trong 10 ngày kể từ ngày nhận văn bản", ["Đoàn kiểm tra xác nhận ngày 01/10/2025"])?.kind).toBe("noBase");
    expect(relativeDeadline("05 ngày làm việc kể từ ngày nhận hồ sơ", ["Trường đã được công nhận ngày 03/11/2025"])?.kind).toBe("noBase");
    expect(relativeDeadline("05 ngày làm việc kể từ ngày nhận", ["Tiếp nhận hồ sơ (nhận ngày 05/12/2025)"])).toMatchObject({ kind: "due", due: "2025-12-12" });
  });
});

describe("a row naming a document by its written-out date is a row, never the table's end", () => {
  // "Báo cáo … Công văn ngày 05 tháng 11 năm 2024" was taken for the place-and-date line under a table: that row and
  // every row after it were dropped with nothing said.
  it.each(["Báo cáo thực hiện Công văn ngày 05 tháng 11 năm 2024 của Sở GDĐT", "Báo cáo theo Chỉ thị 05 ngày 05 tháng 11 năm 2024 (định kỳ)"])("%j", (name) => {
    const r = checkSheet(
      {
        name: "S",
        values: [
          ["STT", "Tên báo cáo", "Thời hạn gửi", "Ngày gửi"],
          [1, "Báo cáo tình hình tiếp nhận hồ sơ tháng 4/2025", "Trước ngày 15/5/2025", "14/5/2025"],
          [2, name, "Trước ngày 15/6/2025", "10/6/2025"],
          [3, "Báo cáo tổng hợp ý kiến cử tri", "Trước ngày 15/6/2025", "01/6/2025"],
          [null, "Hà Nội, ngày 12 tháng 6 năm 2025"],
        ],
      },
      null,
      { asOf: "2025-06-12" },
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.items.map((i) => [i.name, i.status])).toEqual([
      ["Báo cáo tình hình tiếp nhận hồ sơ tháng 4/2025", "met"],
      [name, "met"],
      ["Báo cáo tổng hợp ý kiến cử tri", "met"],
    ]);
  });
});
