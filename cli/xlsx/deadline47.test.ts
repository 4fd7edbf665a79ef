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
import { parseTarget } from "../../core/rule/parse";
import { formulaAsks } from "../../core/rule/formula";

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

// review47d B1: a plan is written in the future tense, so "sẽ/dự kiến tổ chức <việc>" is the unit's own duty; a forecast
// is a scheduled event only when what is held is one (an event noun; hoạt động hè, tuyển sinh; the exam's results
// announced: 'điểm thi'). Each blank after the day stays "Quá hạn", with no day and with a chosen day.
const FORECAST_DUTIES = [
  "Công ty sẽ tổ chức chi trả lương tháng 13 cho người lao động từ ngày 15/1/2025 đến ngày 25/1/2025",
  "Trường sẽ tổ chức tập huấn cho giáo viên vào ngày 20/8/2025",
  "Các trường sẽ công bố công khai chất lượng giáo dục vào ngày 30/9/2025",
  "Sẽ tổ chức thu học phí từ ngày 1/9/2025 đến ngày 30/9/2025",
  "Các trường sẽ tổ chức tuyên truyền phòng chống ma túy trong tháng 10/2025",
  "Sửa chữa 5 phòng học, sẽ tổ chức nghiệm thu vào ngày 30/8/2025",
  "Phòng GD&ĐT sẽ tổ chức đánh giá ngoài cho 3 trường từ ngày 10/11/2025 đến 20/11/2025",
  "Trường sẽ tổ chức tiêm chủng bổ sung cho trẻ từ ngày 5/10/2025 đến ngày 15/10/2025",
  "Trường sẽ tổ chức tuyên truyền phòng chống đuối nước cho học sinh vào ngày 25/5/2025",
  "Huyện sẽ tổ chức bàn giao nhà đại đoàn kết cho 20 hộ nghèo vào ngày 30/11/2025",
  "UBND phường sẽ tổ chức đối thoại với nhân dân vào ngày 15/10/2025",
  "Dự kiến tổ chức diễn tập phòng cháy chữa cháy trong quý III/2025",
  "UBND xã dự kiến tổ chức ra quân tổng vệ sinh môi trường vào ngày 20/3/2025",
  "Sẽ tổ chức tổng kết năm học vào ngày 25/5/2025",
  "Phường sẽ tổ chức bầu cử trưởng khu phố vào ngày 15/3/2025",
  "Trường sẽ công bố kết quả tuyển sinh lớp 6 vào ngày 15/7/2025",
  "Ban Chỉ huy quân sự sẽ tổ chức giao nhận quân vào ngày 15/2/2025",
  // (Invented near misses of the rule: another work on an event's words, a task with tuyển sinh, hè as a modifier.)
  "Trường sẽ tổ chức ôn thi cho học sinh lớp 12 từ ngày 1/5/2024 đến ngày 30/5/2024",
  "Trường sẽ hoàn thành tuyển sinh lớp 1 từ ngày 1/7/2024 đến ngày 31/7/2024",
  "Trường sẽ tổ chức tập huấn hè cho giáo viên từ ngày 1/7/2024 đến ngày 31/7/2024",
  "Trường sẽ tổ chức sơ kết hoạt động hè vào ngày 20/8/2024",
  "Sẽ tổ chức tuyển sinh bổ sung và nộp hồ sơ từ ngày 1/8/2024 đến ngày 10/8/2024",
];
PROBES.push(...FORECAST_DUTIES.flatMap((p): (typeof PROBES)[number][] => [[p, null, undefined, "overdue"], [p, null, "2026-12-08", "overdue"]]));
PROBES.push(
  // Forecasts whose object is held: no data with no day, asked on a chosen day, pending ahead; "chưa công bố" overdue.
  ["Sở dự kiến công bố điểm thi tốt nghiệp vào ngày 18/7/2024", null, undefined, "no_data"],
  ["Sở dự kiến công bố điểm thi tốt nghiệp vào ngày 18/7/2024", null, "2024-08-01", "review"],
  ["Các trường sẽ tổ chức hoạt động hè cho trẻ từ ngày 1/6/2024 đến ngày 31/8/2024", null, undefined, "no_data"],
  // (Wordings the rule leaves as main read them, overdue: the safe side; see the report.)
  ["Sở dự kiến công bố kết quả thi tốt nghiệp vào ngày 18/7/2024", null, undefined, "overdue"],
  ["Phòng GD&ĐT sẽ tổ chức tuyển sinh trực tuyến lớp 1 từ ngày 1/7/2024 đến ngày 5/7/2024", null, undefined, "overdue"],
  ["Các trường sẽ tổ chức các hoạt động hè cho trẻ từ ngày 1/6/2024 đến ngày 31/8/2024", null, undefined, "overdue"],
  ["Các trường sẽ tổ chức hoạt động hè từ ngày 1/6/2099 đến ngày 31/8/2099", null, undefined, "pending"],
  ["Dự kiến công bố điểm thi vào ngày 28/7/2024", "chưa công bố", undefined, "overdue"],
  ["Dự kiến công bố điểm thi vào ngày 28/7/2024", "Chưa có số liệu", undefined, "no_data"],
  ["Trường sẽ tổ chức tuyển sinh lớp 10 từ ngày 1/6/2024 đến ngày 10/6/2024", "15/5/2024", undefined, "not_met"],
  // A reversed window is asked, whatever the figure.
  ["Sẽ tổ chức thi tuyển sinh từ ngày 31/12/2025 đến ngày 10/01/2025", null, undefined, "review"],
);

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

// review47d B2: a live status formula only where it computes the engine's verdict. A window whose last day comes before
// its first is asked by the engine for any figure; the formula would judge a date typed later as met or not met.
describe("formulaAsks keeps a formula only where the formula asks as the engine does (review47d B2)", () => {
  const rule = (p: string) => {
    const r = parseTarget(p);
    if (!r.ok) throw Error(p);
    return r.rule;
  };
  const cases: [string, string | number | null, string | undefined, boolean][] = [
    ["Thành lập tổ công tác từ ngày 31/12/2025 đến ngày 10/01/2025", 45662, "2026-12-01", false],
    ["Thành lập tổ công tác từ ngày 31/12/2025 đến ngày 10/01/2025", null, "2026-12-01", false],
    ["Sẽ tổ chức lễ khai giảng từ ngày 31/12/2025 đến ngày 10/01/2025", null, "2026-12-01", false],
    ["Sẽ tổ chức lễ khai giảng từ ngày 31/12/2025 đến ngày 10/01/2025", 45658, "2026-12-01", false],
    ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null, "2024-11-20", true],
    ["Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2024", null, undefined, false],
    ["Thành lập Ban chỉ đạo phổ cập giáo dục ngày 25/5/2024", 45432, "2024-11-20", true],
    ["Trường sẽ tổ chức tập huấn cho giáo viên vào ngày 20/8/2025", null, "2026-12-01", false],
  ];
  for (const [p, v, asOf, want] of cases) it(`${p} | ${v ?? "(trống)"} | ${asOf ?? "—"} → ${want}`, () => expect(formulaAsks(rule(p), v, asOf)).toBe(want));

  it("writes a reversed window's review as a fixed label on a checked book, and a forecast duty's blank as Quá hạn", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-mend47d-"));
    const input = join(dir, "han.xlsx");
    const rows: [string, string | number | null][] = [
      ["Thành lập tổ công tác từ ngày 31/12/2025 đến ngày 10/01/2025", 45662],
      ["Sẽ tổ chức lễ khai giảng từ ngày 31/12/2025 đến ngày 10/01/2025", null],
      ["Sẽ tổ chức thu học phí từ ngày 1/9/2025 đến ngày 30/9/2025", null],
    ];
    writeBook(input, [gridSheet("Tiến độ", [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...rows.map(([p, f], i) => [i + 1, `Việc ${i + 1}`, p, f])])]);
    const done = await checkFile(input, { plan: null, lang: "vi", asOf: "2026-12-01" });
    expect([...done.result.items].sort((a, b) => a.row - b.row).map((it) => it.status)).toEqual(["review", "review", "overdue"]);
    expect({ formulas: done.formulas, fallbacks: done.fallbacks }).toEqual({ formulas: 1, fallbacks: 2 });
  });
});
