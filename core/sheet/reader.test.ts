// Sheet reader v2 on the shapes of real workbooks: tables chosen by evidence, task tables, unit matrices, and never silent about what was not judged.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import type { Plan } from "../plan/schema";
import { checkSheet } from "./check";
import { nothingJudged } from "./coverage";
import { bestSheet } from "../session/choose";
import { evaluate } from "../rule/evaluate";
import { samplePlan } from "./fixtures";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult, MatrixLayout } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const sheet = (values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name: "S", values, ...extra });
const statuses = (r: CheckedSheet) => r.items.map((i) => [i.unitName ? `${i.unitName} · ${i.name}` : i.name, i.status]);

describe("choosing the table by evidence", () => {
  it("takes the table that judges, not a general-information block above it, and says so", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["Nội dung", "Số lượng"],
          ["Số học sinh", 450],
          [],
          ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
          [1, "Số lớp", "lớp", "16 lớp", 16],
          [2, "Tỷ lệ học sinh bỏ học", "%", "dưới 1%", 0.3],
        ]),
        null,
      ),
    );
    expect(r.layout.headerRows).toEqual([3]);
    expect(statuses(r)).toEqual([["Số lớp", "met"], ["Tỷ lệ học sinh bỏ học", "met"]]);
    expect(r.coverage.choice?.vi).toMatch(/dùng bảng có tiêu đề ở dòng 4 vì đánh giá được nhiều chỉ tiêu nhất \(2\), không dùng bảng ở dòng 1 \(0\)/);
  });

  it("never reads a hidden column: last year's 'Thực hiện' stays out", () => {
    const r = ok(
      checkSheet(sheet([["STT", "Nội dung", "Kế hoạch", "Thực hiện 2023", "Thực hiện 2024"], [1, "Số lớp", "16 lớp", 20, 14]], { hiddenColumns: [3] }), null),
    );
    expect(r.layout.shape === "list" && r.layout.columns.actual).toBe(4);
    expect(statuses(r)).toEqual([["Số lớp", "not_met"]]);
  });

  it("takes the latest term's figures, says which column it took, and keeps last year's as the baseline", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["STT", "Nội dung", "Kế hoạch", "Năm học trước", "Thực hiện HK I", "Thực hiện cả năm"],
          [1, "Số giải học sinh giỏi", "30 giải", 25, 12, 31],
        ]),
        null,
      ),
    );
    expect(r.layout.shape === "list" && r.layout.columns).toMatchObject({ baseline: 3, actual: 5 });
    expect(r.layout.decisions?.[0].vi).toMatch(/Dùng cột F "Thực hiện cả năm" làm số thực hiện \(kỳ sau hơn\)/);
    expect(statuses(r)).toEqual([["Số giải học sinh giỏi", "exceeded"]]);
  });

  it("judges a year's reported figure, not the estimate of the whole year, while that year is not over", () => {
    const values: CellValue[][] = [
      ["TT / (1)", "Chỉ tiêu / (2)", "Mục tiêu năm 2023 (đã đăng ký) / (3)", "Kết quả đến 30/9/2023 / (4)", "Ước thực hiện cả năm 2023 / (5)"],
      [1, "Số xã đạt chuẩn NTM", 72, 70, 73],
    ];
    const r = ok(checkSheet(sheet(values), null, { asOf: "2023-10-25" }));
    expect(r.layout.shape === "list" && r.layout.columns).toMatchObject({ target: 2, actual: 3 });
    expect(r.layout.decisions?.some((d) => /cột kia chỉ ước tính/.test(d.vi))).toBe(true);
    expect(statuses(r)).toEqual([["Số xã đạt chuẩn NTM", "pending"]]);
    // Once the year is over, the estimate is the latest figure of it.
    const after = ok(checkSheet(sheet(values), null, { asOf: "2024-01-20" }));
    expect(after.layout.shape === "list" && after.layout.columns).toMatchObject({ actual: 4 });
  });
});

describe("never silent", () => {
  const plan = samplePlan();

  it("lists every row with a figure it could not judge, with its cell and why", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["STT", "Nội dung", "Thực hiện"],
          [1, "Số trường mầm non", 22],
          [2, "Kinh phí mua sắm thiết bị", 120],
          [3, "Số lớp học buổi chiều", null],
        ]),
        plan,
      ),
    );
    expect(r.coverage).toMatchObject({ judged: 1, notJudgedTotal: 1, complete: false });
    expect(r.coverage.notJudged[0]).toMatchObject({ reason: "no_match", cell: { row: 2, col: 2 } });
    expect(r.coverage.notJudged[0].message.vi).toMatch(/^Ô C3 \("Kinh phí mua sắm thiết bị"\) có số liệu nhưng không khớp/);
  });

  it("is an error in one line naming the columns it saw when it judged nothing", () => {
    const r = ok(checkSheet(sheet([["STT", "Nội dung", "Số liệu"], [1, "Kinh phí", 120], [2, "Số máy tính", 35]]), null));
    const e = nothingJudged(r);
    expect(e?.vi).toMatch(/không đánh giá được dòng nào \(2 dòng có số liệu\); đã thấy các cột A "STT".*--map "chỉ tiêu=/);
    expect(e?.vi).not.toMatch(/\n/);
  });

  it("is no error for a blank form: the table is there, the figures are not yet", () => {
    const r = ok(checkSheet(sheet([["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Số lớp", "16 lớp", null]]), null));
    expect(nothingJudged(r)).toBeNull();
    expect(r.coverage).toMatchObject({ judged: 0, noData: 1, complete: true });
  });

  it("takes the first of two sheets judging as many rows (one per school level) and says they tie, whichever lists fewer unjudged figures", () => {
    const level = (name: string, schools: string[]) =>
      sheet([["STT", "Trường", "Số HS", "Tỷ lệ bỏ học (%)", "Ghi chú"], ...schools.map((n, i) => [i + 1, n, 300 + i, 0.2, 10]), ["", "Chỉ tiêu", "", "Dưới 0,5%", ""]], { name });
    const primary = level("Tiểu học", ["TH A", "TH B", "TH C"]);
    const lower = level("THCS", ["THCS A", "THCS B", "THCS C"]);
    // One more unjudged figure on the first sheet (a note column's number on an extra row) must not hand the choice to the second.
    primary.values.splice(4, 0, [4, "TH D", 280, null, 12]);
    const chosen = bestSheet([primary, lower].map((s) => ({ sheet: s, result: checkSheet(s, null) })), { named: false, hint: { vi: "chọn trang bằng --sheet", en: "choose with --sheet" } });
    if (!chosen.ok) throw new Error(chosen.message.en);
    expect(chosen.result.coverage.judged).toBe(3);
    expect(chosen.index).toBe(0);
    expect(chosen.result.coverage.choice?.vi).toMatch(/trang đầu .*bằng trang "THCS"/);
  });

  it("is an error, not a blank form, when the sheet taken is blank and another sheet holds figures nobody judged", () => {
    // The blank sheet wins the tie (its targets stand in a column), but it is no clean bill for a workbook whose other sheet has figures the reader missed.
    const blank = sheet([["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Số lớp", "16 lớp", null], [2, "Tỷ lệ chuyên cần", "95%", null]], { name: "Chỉ tiêu" });
    const other = sheet([["Khối", "Con số A", "Con số B"], ["Khối 1", 120, 118], ["Khối 2", 96, 95]], { name: "Biểu 06" });
    const chosen = bestSheet([blank, other].map((s) => ({ sheet: s, result: checkSheet(s, null) })), { named: false, hint: { vi: "chọn trang bằng --sheet", en: "choose with --sheet" } });
    if (!chosen.ok) throw new Error(chosen.message.en);
    expect(chosen.result.coverage).toMatchObject({ judged: 0, complete: false });
    const e = nothingJudged(chosen.result);
    expect(e?.vi).toMatch(/không đánh giá được dòng nào/);
    expect(e?.vi).toMatch(/"Biểu 06" \(0, 4 ô có số liệu chưa đánh giá được\)/);
    expect(e?.vi).toMatch(/dù không trang nào đánh giá được chỉ tiêu nào/);
    expect(e?.vi).not.toMatch(/\n/);
  });

  it("asks about a figure the part of the target read cannot take, as evaluate() does, instead of calling it invalid", () => {
    const target = "có 20 trường đạt chuẩn, trong đó 5 trường mức độ 2";
    const r = ok(checkSheet(sheet([["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"], [1, "Số trường đạt chuẩn quốc gia", target, "80%"], [2, "Số trường đạt chuẩn quốc gia mức độ 1", target, "-3"]]), null));
    expect(r.items.map((i) => i.status)).toEqual([evaluate(target, "80%").status, "invalid"]);
    expect(r.items[0].status).toBe("review");
  });

  it("lists a name that only resembles a plan indicator, and asks instead of judging on the plan's target", () => {
    // Five-year-olds are not the nursery-age children of the plan, however alike the other words.
    const r = ok(checkSheet(sheet([["STT", "Nội dung", "Thực hiện"], [1, "Tỷ lệ trẻ 5 tuổi ra lớp", "60%"]]), plan));
    expect(r.items[0].status).toBe("review");
    expect(r.items[0].verdict.explanations.vi).toMatch(/^Cần xác nhận: nếu dòng này là chỉ tiêu "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp"/);
    expect(r.coverage.notJudged[0]).toMatchObject({ reason: "uncertain_match", candidate: { id: "mn.huy-dong.nha-tre" } });
  });

  it.each([
    { name: "0,93 among points in a '(%)' column against 88%: the column and the target disagree", value: 0.93, status: "review" },
    { name: "0,3 among points against 'dưới 1%' is 0,3%", value: 0.3, target: "dưới 1%", status: "met" },
    { name: "0,93 against 88% with nothing else on the column is 93%", value: 0.93, header: "Thực hiện", alone: true, status: "exceeded" },
    { name: "0,9 against 10% could be 0,9% or 90%, both within reach of it: nothing decides", value: 0.9, header: "Thực hiện", target: "10%", alone: true, status: "review" },
  ])("percent scale: $name", ({ value, target, status, alone, header }) => {
    const rows: CellValue[][] = [["STT", "Nội dung", "Chỉ tiêu", header ?? "Thực hiện (%)"], [1, "Tỷ lệ A", target ?? "88%", value]];
    if (!alone) rows.push([2, "Tỷ lệ B", "88%", 96.5]);
    const r = ok(checkSheet(sheet(rows), null));
    expect(r.items[0].status).toBe(status);
  });
});

describe("task and deadline tables", () => {
  const tasks = sheet([
    ["KẾ HOẠCH KIỂM TRA NỘI BỘ NĂM HỌC 2019-2020"],
    ["Thời gian", "Nội dung kiểm tra", "Người thực hiện", "Kết quả"],
    ["Tháng 10/2019", "Kiểm tra hồ sơ chuyên môn", "Hiệu trưởng", "Đã kiểm tra ngày 15/10/2019"],
    ["Tháng 12", "Kiểm tra bán trú", "Phó Hiệu trưởng", "Đã kiểm tra ngày 08/01/2020"],
    ["Tháng 01/2020", "Kiểm tra tài chính", "Ban thanh tra", "Đang kiểm tra"],
    ["Tháng 02", "Kiểm tra chương trình", "Phó Hiệu trưởng", null],
    ["Tháng 4", "Kiểm tra đánh giá trẻ", "Ban kiểm tra", null],
    ["Thường xuyên", "Kiểm tra nội quy", "Ban giám hiệu", "Đã thực hiện"],
  ]);
  const r = ok(checkSheet(tasks, null, { asOf: "2020-03-25" }));

  it("judges on time, late, overdue (a blank past due too: nothing recorded) and not yet due against the as-of date, the year from the title's school year", () => {
    expect(statuses(r)).toEqual([
      ["Kiểm tra hồ sơ chuyên môn", "met"],
      ["Kiểm tra bán trú", "not_met"],
      ["Kiểm tra tài chính", "overdue"],
      ["Kiểm tra chương trình", "overdue"],
      ["Kiểm tra đánh giá trẻ", "pending"],
      ["Kiểm tra nội quy", "unreadable"],
    ]);
  });

  it("says a schedule with no day ('Thường xuyên') was not judged", () => {
    expect(r.coverage.notJudged.map((n) => [n.name, n.reason])).toEqual([["Kiểm tra nội quy", "unreadable_target"]]);
  });
});

describe("unit matrices", () => {
  it("keeps total, subtotal, section and signature rows out of the units, and the total as a check on the sum", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["TT", "Phường", "Xóa mù chữ mức độ 2"],
          [null, "Chỉ tiêu", "14/14 phường"],
          ["I", "Khu vực phía Bắc", null],
          [1, "Bồ Đề", "Đạt chuẩn"],
          [2, "Cự Khối", "Chưa đạt chuẩn"],
          [null, "Tổng cộng", 1],
          [null, "Người lập biểu", null],
        ]),
        null,
      ),
    );
    const m = r.layout as MatrixLayout;
    expect(m.excludedRows?.map((e) => [e.row, e.kind])).toEqual([[1, "target"], [2, "section"], [5, "total"]]);
    expect(statuses(r)).toEqual([["Bồ Đề · Xóa mù chữ mức độ 2", "met"], ["Cự Khối · Xóa mù chữ mức độ 2", "not_met"]]);
  });

  it("never prints a false '0/N đạt': units without a figure are counted and said", () => {
    const plan: Plan = { ...samplePlan(), indicators: [samplePlan().indicators.find((i) => i.id === "chung.pc.xmc-md2")!] };
    const r = ok(checkSheet(sheet([["Phường", "Phường đạt chuẩn xóa mù chữ mức độ 2"], ["Bồ Đề", "Đạt"], ["Cự Khối", null], ["Đức Giang", "x"]]), plan));
    expect(r.rollUps[0].text.vi).toBe("2/3 phường đạt (1 chưa có số liệu)");
    // 14/14 wards: the ward without a figure could still decide it, so the district verdict waits for it.
    expect(r.rollUps[0].verdict?.status).toBe("no_data");
    expect(r.rollUps[0].verdict?.explanations.vi).toBe("Chưa có số liệu: 2/3 phường đạt (1 chưa có số liệu), chưa đủ để kết luận");
  });

  it("reads units of two rows: the 'Đăng ký' row holds each unit's targets, the 'Thực hiện' row its figures", () => {
    const r = ok(
      checkSheet(
        sheet(
          [
            ["Khối", "Nội dung", "Giỏi", null],
            [null, null, "SL", "%"],
            ["Khối 6", "Đăng ký", null, 12],
            [null, "Thực hiện", 55, 12.6],
            ["Khối 7", "Đăng ký", null, 10],
            [null, "Thực hiện", 38, 9.9],
          ],
          { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }] },
        ),
        null,
      ),
    );
    expect(statuses(r)).toEqual([["Khối 6 · Giỏi", "exceeded"], ["Khối 7 · Giỏi", "not_met"]]);
    expect(r.items.map((i) => i.target)).toEqual(["12%", "10%"]);
  });

  it("takes marks a legend defines as yes/no ('Đ', 'CĐ')", () => {
    const r = ok(checkSheet(sheet([["Lớp", "Tiêu chí 1"], ["Chỉ tiêu", "100%"], ["Lá 1", "Đ"], ["Lá 2", "CĐ"], [], [null, "Ghi chú: Đ: Đạt; CĐ: Chưa đạt."]]), null));
    expect(statuses(r)).toEqual([["Lá 1 · Tiêu chí 1", "met"], ["Lá 2 · Tiêu chí 1", "not_met"]]);
  });
});
