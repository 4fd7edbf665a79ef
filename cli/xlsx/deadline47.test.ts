// Round 47 (deadline47): one answer for one input by every entry point (review46d S4), forecasts read as scheduled
// events, and invented probes of duties and events, blanks before and after the day, with and without a day chosen.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridSheet, writeBook } from "../../test/helpers/xlsx";
import { checkFile } from "./check";
import { evaluate } from "../../core/rule/evaluate";
import { callFunction } from "../../core/functions/call";
import { STATUS, type StatusCode } from "../../core/rule/verdict";

// [phrase, figure, day chosen (or none), status expected]. All days are long past or far ahead of any run.
const PROBES: [string, string | number | null, string | undefined, StatusCode][] = [
  // Events (a scheduled exam, ceremony; a forecast of what will be held): a passed day's blank asks on a chosen day,
  // and is no data without one; before the day, pending.
  ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null, "2024-11-20", "review"],
  ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null, undefined, "no_data"],
  ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null, "2024-06-01", "pending"],
  ["Các trường mầm non sẽ tổ chức hoạt động hè từ ngày 18/6/2024 đến 17/8/2024", null, "2024-09-01", "review"],
  ["Các trường mầm non sẽ tổ chức hoạt động hè từ ngày 18/6/2024 đến 17/8/2024", null, undefined, "no_data"],
  ["Các trường mầm non sẽ tổ chức hoạt động hè từ ngày 18/6/2024 đến 17/8/2024", null, "2024-06-10", "pending"],
  ["Dự kiến công bố điểm thi vào ngày 28/7/2024", null, "2024-08-10", "review"],
  ["Dự kiến công bố điểm thi vào ngày 28/7/2024", "28/7/2024", "2024-08-10", "met"],
  ["Dự kiến công bố điểm thi vào ngày 28/7/2024", "30/7/2024", "2024-08-10", "not_met"],
  ["Sở dự kiến được tổ chức hội diễn văn nghệ vào ngày 20/11/2024", null, "2024-12-01", "review"],
  // "chưa tổ chức": the clerk says it was not held: overdue, forecast or not.
  ["Các trường sẽ tổ chức hoạt động hè từ ngày 18/6/2024 đến 17/8/2024", "chưa tổ chức", "2024-09-01", "overdue"],
  // Duties keep "Quá hạn" for a blank after the day (S1: "Tổ chức <việc>" without a forecast is the unit's task;
  // a forecast with a task word is neither kind: as before).
  ["Tổ chức hoạt động hè cho học sinh từ ngày 18/6/2024 đến 17/8/2024", null, "2024-09-01", "overdue"],
  ["Tổ chức hoạt động hè cho học sinh từ ngày 18/6/2024 đến 17/8/2024", null, undefined, "overdue"],
  ["Công bố công khai kết quả tuyển sinh trên cổng thông tin vào ngày 15/7/2024", null, "2024-11-20", "overdue"],
  ["Các trường sẽ tổ chức kiểm tra nội bộ từ ngày 01/10/2024 đến ngày 15/10/2024", null, "2024-11-20", "overdue"],
  ["Nhà trường sẽ tổ chức nộp hồ sơ dự thi từ ngày 01/4/2024 đến ngày 10/4/2024", null, "2024-11-20", "overdue"],
  ["Dự kiến nộp báo cáo tổng kết về Phòng vào ngày 25/5/2024", null, "2024-11-20", "overdue"],
  ["Đóng bảo hiểm y tế học sinh dự kiến từ ngày 01/10/2024 đến ngày 31/10/2024", null, "2024-11-20", "overdue"],
  ["Nộp báo cáo tổng kết năm học vào ngày 25/5/2024", null, undefined, "overdue"],
  ["Nộp báo cáo tổng kết năm học vào ngày 25/5/2024", null, "2024-05-20", "pending"],
  // A finding ("đã") is no forecast.
  ["Kỳ thi đã được tổ chức vào ngày 05/6/2024", null, "2024-11-20", "overdue"],
  // "sẽ" not before the event's verb: no forecast ("sẽ" of another clause word).
  ["Học sinh sẽ nộp hồ sơ vào ngày 10/4/2024", null, "2024-11-20", "overdue"],
];

const verdictOf = (phrase: string, figure: string | number | null, asOf?: string) => evaluate(phrase, figure, asOf ? { asOf } : {});

describe("deadline probes (events, forecasts, duties; blanks before and after the day)", () => {
  for (const [phrase, figure, asOf, want] of PROBES) {
    it(`${phrase} | ${figure ?? "(trống)"} | ${asOf ?? "không chọn ngày"} → ${want}`, () => {
      expect(verdictOf(phrase, figure, asOf).status).toBe(want);
    });
  }
});

/** A list of targets with their figures, checked by the CLI as a clerk would. */
async function checkBook(rows: [string, string | number | null][], asOf?: string): Promise<StatusCode[]> {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-deadline47-"));
  const input = join(dir, "han.xlsx");
  writeBook(input, [gridSheet("Tiến độ", [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...rows.map(([p, f], i) => [i + 1, `Việc ${i + 1}`, p, f])])]);
  const done = await checkFile(input, { plan: null, lang: "vi", ...(asOf ? { asOf } : {}) });
  return [...done.result.items].sort((a, b) => a.row - b.row).map((it) => it.status);
}

describe("one answer for one input: eval, check and the custom function agree (review46d S4)", () => {
  const rows: [string, string | number | null][] = [
    ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null],
    ["Các trường mầm non sẽ tổ chức hoạt động hè từ ngày 18/6/2024 đến 17/8/2024", null],
    ["Nộp báo cáo tổng kết năm học vào ngày 25/5/2024", null],
    ["Tổ chức hoạt động hè cho học sinh từ ngày 18/6/2024 đến 17/8/2024", null],
    ["Thành lập Ban chỉ đạo phổ cập giáo dục ngày 25/5/2024", "20/5/2024"],
    ["Lễ khai giảng tổ chức vào ngày 05/9/2099", null],
  ];
  for (const asOf of [undefined, "2024-11-20"]) {
    it(`the same verdicts ${asOf ? `on a chosen day ${asOf}` : "with no day chosen (today)"}`, async () => {
      const byEval = rows.map(([p, f]) => verdictOf(p, f, asOf).status);
      expect(await checkBook(rows, asOf)).toEqual(byEval);
      const byFunction = rows.map(([p, f]) => callFunction("TARGET_STATUS", asOf ? [f, p, null, asOf] : [f, p]));
      expect(byFunction).toEqual(byEval.map((s) => STATUS[s].vi));
    });
  }
  it("keeps the live formula on rows asked about on a chosen day (review46d S3)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-deadline47-"));
    const input = join(dir, "han.xlsx");
    const asked: [string, string | number | null][] = [rows[0], rows[1], ["Thành lập Ban chỉ đạo phổ cập giáo dục ngày 25/5/2024", 45432]];
    writeBook(input, [gridSheet("Tiến độ", [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...asked.map(([p, f], i) => [i + 1, `Việc ${i + 1}`, p, f])])]);
    const done = await checkFile(input, { plan: null, lang: "vi", asOf: "2024-11-20" });
    expect(done.result.items.map((it) => it.status)).toEqual(["review", "review", "review"]);
    expect({ formulas: done.formulas, fallbacks: done.fallbacks }).toEqual({ formulas: 3, fallbacks: 0 });
  });
});
