// Tables the reader did not find or judged wrongly (issue 11, sheet18a): agencies × reporting periods with each
// period's deadline in a second header row, "-" where an agency owes nothing, "Đã gửi" without a day.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { readHeader } from "../table/header";
import { allOf } from "./allpass";
import { planStatusColumn } from "./status";
import { STATUS_HEADER } from "./edits";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const byCell = (r: CheckedSheet) => Object.fromEntries(r.items.map((i) => [`${i.cell.row},${i.cell.col}`, i.status]));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("agencies heading a matrix's units", () => {
  it.each(["Cơ quan cung cấp", "Cơ quan báo cáo", "Sở, ban, ngành", "Cơ quan, đơn vị", "Cơ quan"])("reads %s as the unit column", (h) => {
    expect(readHeader(h).role).toBe("unitName");
  });
  it("keeps the lead of a task list a lead", () => {
    expect(readHeader("Cơ quan chủ trì").role).not.toBe("unitName");
  });
});

describe("agencies × periods, each period's deadline in a second header row", () => {
  const head: CellValue[][] = [
    ["TT", "Cơ quan cung cấp", "Tháng 5/2024", "Tháng 6/2024", "Tháng 7/2024", "Ghi chú"],
    [null, null, "Chậm nhất ngày 10/6/2024", "Chậm nhất ngày 10/7/2024", "Chậm nhất ngày 10/8/2024", null],
  ];
  const merges = [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 5, bottom: 1, right: 5 }];
  const rows: CellValue[][] = [
    [1, "Sở Tài chính", d("2024-06-07"), d("2024-07-10"), d("2024-08-02"), null],
    [2, "Sở Công Thương", d("2024-06-12"), "Đã gửi", null, null],
    [3, "Sở Y tế", "-", null, "Chưa gửi", "Chỉ cung cấp kỳ 6 tháng"],
    [4, "Công an tỉnh", d("2024-06-10"), d("2024-07-11"), d("2024-08-05"), null],
  ];
  const r = ok(checkSheet({ name: "Theo doi", values: [...head, ...rows], merges }, null, { asOf: "2024-08-05" }));

  it("finds the table and judges each day against its column's deadline, the last day included", () => {
    expect(byCell(r)).toMatchObject({ "2,2": "met", "2,3": "met", "2,4": "met", "3,2": "not_met", "5,3": "not_met", "5,2": "met" });
  });
  it("leaves a '-' unjudged, and reads a blank past due as overdue where '-' marks what is not owed", () => {
    expect(byCell(r)["4,2"]).toBeUndefined();
    expect(byCell(r)["4,3"]).toBe("overdue");
    expect(byCell(r)["3,4"]).toBe("pending");
    expect(byCell(r)["4,4"]).toBe("pending");
  });
  it("asks about 'Đã gửi' without a day where the others sent write days, '-' and 'Chưa gửi' aside", () => {
    expect(byCell(r)["3,3"]).toBe("review");
  });
  it("judges a blank past due overdue where nothing marks what is not owed, as where '-' does", () => {
    const plain = rows.map((x) => x.map((v) => (v === "-" ? d("2024-06-01") : v)));
    const q = ok(checkSheet({ name: "Theo doi", values: [...head, ...plain], merges }, null, { asOf: "2024-08-05" }));
    expect(byCell(q)["4,3"]).toBe("overdue");
  });
});

describe("headings of a report log and of a plan set by a named body", () => {
  it("reads 'Kỳ báo cáo' as the rows' names, 'Thời hạn gửi <body>' as a deadline and 'Kế hoạch … <body> giao' as a target", () => {
    expect(readHeader("Kỳ báo cáo").role).toBe("name");
    expect(readHeader("Thời hạn gửi BHXH Việt Nam").role).toBe("deadline");
    expect(readHeader("Kế hoạch năm 2010 BHXH Việt Nam giao")).toMatchObject({ role: "target", year: 2010 });
    expect(readHeader("Chỉ tiêu nhiệm vụ được giao").role).not.toBe("target");
  });
  it("never reads the 'Nam' of 'Việt Nam' as a year", () => {
    expect(readHeader("Thời hạn gửi BHXH Việt Nam").term).toBeUndefined();
  });
});

describe("two tables one under the other on a sheet", () => {
  const values: CellValue[][] = [
    ["I. TÌNH HÌNH GỬI BÁO CÁO"],
    ["TT", "Kỳ báo cáo", "Thời hạn gửi", "Ngày gửi", "Ghi chú"],
    [1, "Báo cáo tháng 7", "Trước ngày 28/7/2010", d("2010-07-27"), null],
    [2, "Báo cáo tháng 8", "Trước ngày 28/8/2010", d("2010-08-30"), null],
    [null, null, null, null, null],
    ["II. KẾT QUẢ THỰC HIỆN"],
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2010", "Thực hiện", "Ghi chú"],
    [1, "Số người tham gia BHYT", 980000, 986500, null],
    [2, "Số đơn vị tham gia BHXH", 3200, "Đang rà soát", null],
  ];
  const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2010-12-10" }));
  it("judges both, and says the second was judged too", () => {
    expect(byCell(r)).toMatchObject({ "2,3": "met", "3,3": "not_met", "7,3": "exceeded" });
    expect((r.layout.decisions ?? []).map((x) => x.vi).join(" ")).toMatch(/Trang có 2 bảng; đánh giá cả bảng ở dòng/);
    expect(r.shortfalls.length).toBeGreaterThan(0);
  });
  it("reads a figure still being checked ('Đang rà soát') against a year's plan as no data, not a task not yet done", () => {
    expect(byCell(r)["8,3"]).toBe("no_data");
  });
  it("writes the status column beside both tables, named on each table's header row", () => {
    const plan = planStatusColumn({ name: "S", values }, r);
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    const { range } = plan.edits.block;
    const at = (row: number) => plan.edits.block.cells[row - range.top][0];
    expect([range.top, range.bottom]).toEqual([1, 8]);
    expect([at(1), at(6)]).toEqual([{ text: STATUS_HEADER }, { text: STATUS_HEADER }]);
    for (const row of [2, 3, 7, 8]) expect(at(row)).not.toBeNull();
    expect((r.layout.decisions ?? []).map((x) => x.vi).join(" ")).toMatch(/cột đánh giá ghi cạnh từng bảng/);
  });
  it("writes beside a table above the one chosen first, too", () => {
    const flipped = [...values.slice(5), [null], ...values.slice(0, 4)];
    const q = ok(checkSheet({ name: "S", values: flipped }, null, { asOf: "2010-12-10" }));
    const plan = planStatusColumn({ name: "S", values: flipped }, q);
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    const rows = q.items.map((i) => i.row);
    expect(plan.edits.block.range.top).toBeLessThanOrEqual(Math.min(...rows) - 1);
    expect(plan.edits.block.range.bottom).toBeGreaterThanOrEqual(Math.max(...rows));
  });
});

describe("two matrices one under the other, one indicator shared and one not", () => {
  const values: CellValue[][] = [
    ["TT", "Trường", "Tỷ lệ đỗ (%)", "Tỷ lệ khá giỏi (%)"],
    [null, "Chỉ tiêu", "≥ 97%", "≥ 10%"],
    [1, "Trường A", 98, 12],
    [2, "Trường B", 96, 8],
    [null, null, null, null],
    ["TT", "Trung tâm", "Tỷ lệ đỗ (%)", "Tỷ lệ chuyên cần (%)"],
    [null, "Chỉ tiêu", "> 90%", "≥ 95%"],
    [1, "Trung tâm C", 92, 96],
    [2, "Trung tâm D", 88, 90],
  ];
  const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2014-06-25" }));
  it("gives the shared indicator one status column and the other its own", () => {
    if (r.layout.shape !== "matrix") throw new Error(r.layout.shape);
    const headers = r.layout.groups.map((g) => g.header);
    expect(headers.filter((h) => /đỗ/.test(h))).toHaveLength(1);
    const plan = planStatusColumn({ name: "S", values }, r);
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    const { range, cells } = plan.edits.block;
    for (const it of r.items) {
      const cell = cells[it.row - range.top][it.group!];
      const shown = cell && ("text" in cell ? cell.text : "formula" in cell ? cell.cached : undefined);
      expect(shown).toBe(it.verdict.labels.vi);
      expect(headers[it.group!]).toBe(values[it.row < 5 ? 0 : 5][it.cell.col]);
    }
    expect(r.items).toHaveLength(8);
    expect(headers).toHaveLength(3);
  });
});

describe("a unit's rate guarded against a blank count", () => {
  const rate = (r: number) => `=IF(D${r}="","",ROUND(D${r}/C${r}*100,1))`;
  const values: CellValue[][] = [
    ["TT", "Đơn vị", "Số trẻ sinh ra", "Số được ĐKKS", "Tỷ lệ (%)"],
    [null, "Chỉ tiêu", null, null, "≥ 98%"],
    [1, "Huyện A", 1000, 985, 98.5],
    [2, "Huyện B", 1000, 979, 97.9],
    [3, "Huyện C", 1410, null, null],
    [4, "Huyện D", 700, "Đang tổng hợp", { error: "#VALUE!" }],
    [5, "Huyện E", 1000, 1013, 101.3],
  ];
  const formulas: (string | undefined)[][] = values.map((_, i) => (i >= 2 ? [undefined, undefined, undefined, undefined, rate(i + 1)] : []));
  const r = ok(checkSheet({ name: "S", values, formulas }, null, { asOf: "2019-01-15" }));
  it("judges a blank or an error over a count still to come as no data, never the births as a rate", () => {
    expect(byCell(r)).toMatchObject({ "2,4": "exceeded", "3,4": "not_met", "4,4": "no_data", "5,4": "no_data" });
    expect(byCell(r)["4,2"]).toBeUndefined();
  });
  it("writes the engine's label, not a formula, where the figure judged is the count beside the error", () => {
    // A formula on "#VALUE!" would say the figure is invalid; the engine read "Đang tổng hợp" as no data.
    expect(r.items.find((i) => i.row === 5)?.noFormula).toBe(true);
  });
  it("judges a count above its whole on the rate as shown", () => {
    expect(byCell(r)["6,4"]).toBe("exceeded");
  });
});

describe("a conclusion judged from its parts by the rule the sheet states", () => {
  const D = "Đạt";
  const K = "Không đạt";
  const values: CellValue[][] = [
    ["Tiêu chí", "Nội dung tiêu chí", "Kết quả các chỉ số", null, null, "Kết luận tiêu chí (Đạt / Không đạt)", "Ghi chú"],
    [null, null, "Chỉ số a", "Chỉ số b", "Chỉ số c", null, null],
    ["Tiêu chuẩn 1", "Tổ chức và quản lý", "Số tiêu chí đạt: 2/3", null, null, null, null],
    ["1", "Cơ cấu tổ chức", D, D, D, D, null],
    ["2", "Lớp học", D, K, D, K, null],
    ["3", "Thi đua", D, D, K, D, null],
    ["4", "Giáo viên", D, D, null, D, "Chỉ số c chờ kết quả"],
    [null, null, null, null, null, null, null],
    ["Ghi chú: Tiêu chí được đánh giá đạt khi tất cả các chỉ số trong tiêu chí đạt."],
  ];
  const merges = [{ top: 0, left: 2, bottom: 0, right: 4 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 5, bottom: 1, right: 5 }, { top: 0, left: 6, bottom: 1, right: 6 }];
  it("is met when every part is, not met when one is not (whatever the sheet concluded), asked when a part is blank", () => {
    const r = ok(checkSheet({ name: "S", values, merges }, null, { asOf: "2013-03-15" }));
    expect(byCell(r)).toEqual({ "3,5": "met", "4,5": "not_met", "5,5": "not_met", "6,5": "review" });
    expect(r.items.find((i) => i.row === 5)?.verdict.explanations.vi).toMatch(/Chỉ số c không đạt \(ghi "Đạt"\)/);
    // The verdict rests on the part columns: a formula on the conclusion cell alone would say "Đạt" where the sheet wrote it.
    expect(r.items.every((i) => i.noFormula === true)).toBe(true);
  });
  it("judges nothing without the sheet's all-pass sentence (never guessed)", () => {
    const q = checkSheet({ name: "S", values: values.slice(0, 7), merges }, null, { asOf: "2013-03-15" });
    expect(q.ok ? q.items.length : 0).toBe(0);
  });
});

describe("an all-pass sentence applied only where it is all of these parts", () => {
  const parts = ["Kết quả các chỉ số Chỉ số a", "Kết quả các chỉ số Chỉ số b", "Kết quả các chỉ số Chỉ số c"];
  it.each<[string, boolean]>([
    ["Tiêu chí được đánh giá đạt khi tất cả các chỉ số trong tiêu chí đạt.", true],
    ["Tiêu chí đạt khi cả 3 chỉ số đạt", true],
    ["Tiêu chí được đánh giá đạt khi đủ 2/3 chỉ số đạt.", false],
    ["Tiêu chí không đạt khi tất cả các chỉ số không đạt.", false],
    ["Tiêu chí đạt khi cả hai chỉ số a, b đạt.", false],
    ["Tiêu chí đạt khi tất cả các chỉ số đạt hoặc chỉ số c không đạt nhưng a, b đạt.", false],
    ["Trường đạt khi tất cả các tiêu chí đạt.", false],
    ["Xếp loại đạt khi mọi chỉ số đạt trở lên", false],
  ])("%s → %s", (s, want) => {
    expect(allOf(s, parts)).toBe(want);
  });
});

describe("a guarded rate that is a complement of the cells it divides", () => {
  it.each(["=IF(C{r}=0,0,100-D{r}/C{r}*100)", '=IF(C{r}>0,ROUND(100-D{r}/C{r}*100,1),"")'])("judges %s on the rate shown, never on D/C", (f) => {
    const values: CellValue[][] = [["TT", "Đơn vị", "Số HS đầu năm", "Số HS cuối năm", "Tỷ lệ (%)"], [null, "Chỉ tiêu", null, null, "≤ 1%"]];
    [[1000, 995], [1000, 985]].forEach(([d, n], i) => values.push([i + 1, `Trường ${i}`, d, n, Math.round((100 - (n / d) * 100) * 10) / 10]));
    const formulas = values.map((_, i) => (i >= 2 ? [undefined, undefined, undefined, undefined, f.replace(/\{r\}/g, String(i + 1))] : []));
    const r = ok(checkSheet({ name: "S", values, formulas }, null, { asOf: "2019-06-15" }));
    expect(byCell(r)).toMatchObject({ "2,4": "met", "3,4": "not_met" });
  });
});

describe("a plan or deadline heading turned round by its own words", () => {
  it.each(["Kế hoạch vốn chưa giao", "KH vốn còn lại chưa giao", "Chỉ tiêu không giao"])("never reads %s as the target", (h) => {
    expect(readHeader(h).role).not.toBe("target");
  });
  it.each(["Thời hạn gửi thực tế", "Hạn nộp trễ", "Thời hạn nộp quá hạn"])("never reads %s as the deadline", (h) => {
    expect(readHeader(h).role).not.toBe("deadline");
  });
  it("keeps 'Kế hoạch vốn đã giao' a target and 'Hạn báo cáo chậm nhất' a deadline", () => {
    expect(readHeader("Kế hoạch vốn đã giao").role).toBe("target");
    expect(readHeader("Hạn báo cáo chậm nhất").role).toBe("deadline");
  });
  it("judges no disbursement against funds not yet assigned", () => {
    const values: CellValue[][] = [["TT", "Nội dung", "Kế hoạch vốn chưa giao", "Giải ngân", "Ghi chú"], [1, "Dự án trường THCS A", 500, 450, null], [2, "Dự án trường TH B", 200, 210, null]];
    const q = checkSheet({ name: "S", values }, null, { asOf: "2023-12-31" });
    expect(q.ok ? q.items.filter((i) => i.status === "not_met" || i.status === "exceeded").length : 0).toBe(0);
  });
});

describe("a dash in the target row", () => {
  const values: CellValue[][] = [
    ["TT", "Trung tâm", "Tỷ lệ đỗ (%)", "Tỷ lệ khá, giỏi (%)"],
    [null, "Chỉ tiêu năm 2014", "Trên 90%", "-"],
    [1, "Trung tâm A", 96, 4.2],
    [2, "Trung tâm B", 88, 1.4],
  ];
  const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2014-06-25" }));
  it("sets no target for that column: its figures are not judged, and said as having no target, not as a target unread", () => {
    expect(byCell(r)).toEqual({ "2,2": "met", "3,2": "not_met" });
    expect(new Set(r.coverage.notJudged.filter((n) => n.cell.col === 3).map((n) => n.reason))).toEqual(new Set(["no_target"]));
  });
});
