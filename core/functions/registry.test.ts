// The function registry: naming rules every host relies on, broadcasting of ranges, and errors as values.
import { describe, expect, it } from "vitest";
import { FUNCTIONS, IMPLEMENTATIONS, callFunction, cellScale, getFunction, isFunctionError, sheetsFunctionNames } from "./registry";
import { evaluate } from "../rule/evaluate";

describe("registry entries", () => {
  it.each(FUNCTIONS.map((f) => [f.id, f] as const))("%s has an id Excel and Apps Script accept, equal to its English name", (_id, f) => {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_]{2,127}$/);
    expect(f.name.en).toBe(f.id);
    // Names must not look like cell addresses (e.g. "AB12") and must not end in "_" (Apps Script hides those).
    for (const n of [f.name.en, f.name.vi]) {
      expect(n).toMatch(/^[A-Z][A-Z0-9_]{2,127}$/);
      expect(n).not.toMatch(/^[A-Z]{1,3}\d+$/);
      expect(n.endsWith("_")).toBe(false);
    }
  });

  it("has unique ids and unique Vietnamese names", () => {
    expect(new Set(FUNCTIONS.map((f) => f.id)).size).toBe(FUNCTIONS.length);
    expect(new Set(FUNCTIONS.map((f) => f.name.vi)).size).toBe(FUNCTIONS.length);
  });

  it.each(FUNCTIONS.map((f) => [f.id, f] as const))("%s documents every parameter in both languages, optional ones last, and has an example", (_id, f) => {
    expect(f.examples.length).toBeGreaterThan(0);
    let seenOptional = false;
    for (const p of f.params) {
      expect(p.name.en).toMatch(/^[a-z][a-z_]*$/);
      expect(p.name.vi).toMatch(/^[a-z][a-z_]*$/);
      expect(p.description.vi.length * p.description.en.length).toBeGreaterThan(0);
      if (seenOptional) expect(p.optional).toBe(true);
      seenOptional ||= Boolean(p.optional);
    }
  });

  it("documents every implementation exactly once, in call.ts's order, with one parameter per argument it takes", () => {
    // call.ts (what the bundles run) and this table (what builds and docs read) are two files: they must not drift.
    expect(FUNCTIONS.map((f) => f.id)).toEqual(Object.keys(IMPLEMENTATIONS));
    for (const f of FUNCTIONS) expect([f.id, f.params.length]).toEqual([f.id, IMPLEMENTATIONS[f.id].arity]);
  });

  it("lists the eight functions of the issue", () => {
    expect(FUNCTIONS.map((f) => f.id)).toEqual([
      "TARGET_STATUS", "TARGET_MET", "TARGET_GAP", "TARGET_PROGRESS", "TARGET_EXPLAIN", "TARGET_RULE", "VN_NUMBER", "PLAN_TARGET",
    ]);
  });
});

describe("callFunction", () => {
  const cases: Array<[string, string, unknown[], unknown]> = [
    ["scalars give a scalar", "VN_NUMBER", ["7.910"], 7910],
    ["a column gives a column", "VN_NUMBER", [[["7.910"], ["85,7%"]]], [[7910], [0.857]]],
    ["a row gives a row", "VN_NUMBER", [[["1", "2,5"]]], [[1, 2.5]]],
    ["a 1×1 range gives a 1×1 range", "VN_NUMBER", [[["3"]]], [[3]]],
    ["a column of actuals against one target broadcasts the target", "TARGET_MET", [[[0.7], [0.5]], "ít nhất 65%"], [[true], [false]]],
    ["a row of actuals against a column of targets gives a grid", "TARGET_MET", [[[0.5, 0.7]], [["ít nhất 60%"], ["ít nhất 65%"]]], [[false, true], [false, true]]],
  ];
  it.each(cases)("%s", (_name, id, args, expected) => {
    expect(callFunction(id, args as never)).toEqual(expected);
  });

  it("judges each cell of a range exactly as evaluate does", () => {
    const actuals = [0.5, 0.65, 0.9, "", "abc", "63,2%"];
    const got = callFunction("TARGET_STATUS", [actuals.map((a) => [a]), "ít nhất 65%"]);
    expect(got).toEqual(actuals.map((a) => [evaluate("ít nhất 65%", a, { percentScale: cellScale(a) }).label]));
  });

  it("fills cells beyond a shorter range with #N/A", () => {
    const got = callFunction("TARGET_MET", [[[0.7], [0.7], [0.7]], [["ít nhất 65%"], ["ít nhất 80%"]]]) as unknown[][];
    expect(got[0][0]).toBe(true);
    expect(got[1][0]).toBe(false);
    expect(isFunctionError(got[2][0]) && got[2][0].error).toBe("#N/A");
  });

  it("answers an unknown id with #N/A instead of throwing", () => {
    const r = callFunction("NO_SUCH", []);
    expect(isFunctionError(r) && r.error).toBe("#N/A");
  });

  const errors: Array<[string, string, unknown[], string]> = [
    ["a missing target is #VALUE!", "TARGET_STATUS", [0.5, ""], "#VALUE!"],
    ["an unreadable as-of date is #VALUE!", "TARGET_STATUS", [0.5, "ít nhất 65%", null, "hôm qua"], "#VALUE!"],
    ["a year given as the as-of day is #VALUE!, not a day of 1905", "TARGET_STATUS", ["", "chậm nhất tháng 6/2025", null, 2025], "#VALUE!"],
    ["a gap without data is #N/A", "TARGET_GAP", ["", "ít nhất 65%"], "#N/A"],
    ["a gap for a yes/no target is #N/A", "TARGET_GAP", ["Đạt", "được công nhận"], "#N/A"],
    ["TARGET_MET without data is #N/A", "TARGET_MET", [null, "ít nhất 65%"], "#N/A"],
    ["VN_NUMBER of words that are no number is #VALUE!", "VN_NUMBER", ["không rõ"], "#VALUE!"],
    ["VN_NUMBER of an empty cell is #N/A", "VN_NUMBER", [""], "#N/A"],
    ["PLAN_TARGET of an unknown plan is #N/A", "PLAN_TARGET", ["khong-co", "x"], "#N/A"],
    ["PLAN_TARGET of an unknown indicator is #N/A", "PLAN_TARGET", ["long-bien-2021-2025-qd2559", "không có chỉ số này"], "#N/A"],
  ];
  it.each(errors)("%s", (_name, id, args, code) => {
    const r = callFunction(id, args as never);
    expect(isFunctionError(r)).toBe(true);
    if (isFunctionError(r)) {
      expect(r.error).toBe(code);
      expect(r.message.vi.length).toBeGreaterThan(0);
      expect(r.message.en.length).toBeGreaterThan(0);
    }
  });

  it("reads the as-of day from an Excel date serial, a Date and dd/mm/yyyy alike", () => {
    const t = "chậm nhất tháng 6/2025";
    const serial = callFunction("TARGET_STATUS", ["", t, null, 45658]);
    expect(callFunction("TARGET_STATUS", ["", t, null, new Date(2025, 0, 1)])).toBe(serial);
    expect(callFunction("TARGET_STATUS", ["", t, null, "01/01/2025"])).toBe(serial);
    expect(serial).toBe(evaluate(t, "", { asOf: "2025-01-01" }).label);
  });

  it("refuses an as-of text day as the panes do, in one line naming the argument", () => {
    const r = callFunction("TARGET_STATUS", ["", "chậm nhất tháng 6/2025", null, "06/30/2025"]);
    expect(r).toMatchObject({
      error: "#VALUE!",
      message: {
        vi: 'Ngày xét "06/30/2025": không có tháng 30: ghi ngày trước tháng, ví dụ 30/6/2025.',
        en: 'The as-of date "06/30/2025": there is no month 30: type the day before the month, e.g. 30/6/2025.',
      },
    });
  });

  it("PLAN_TARGET finds an indicator by id and by name", () => {
    expect(callFunction("PLAN_TARGET", ["long-bien-2021-2025-qd2559", "mn.huy-dong.nha-tre"])).toBe("ít nhất 65%");
    expect(callFunction("PLAN_TARGET", ["long-bien-2021-2025-qd2559", "  tỷ lệ trẻ em độ tuổi  NHÀ TRẺ ra lớp "])).toBe("ít nhất 65%");
  });

  it("TARGET_RULE gives the reason as text when a target cannot be read", () => {
    const r = callFunction("TARGET_RULE", ["abc"]);
    expect(typeof r === "string" && r.includes("abc") && r.length > 20).toBe(true);
    expect(getFunction("TARGET_RULE")?.cell(["55-60%", "en"])).toBe(callFunction("TARGET_RULE", ["55-60%", "en"]));
  });
});

describe("sheetsFunctionNames", () => {
  it.each<[string, { id: string; name: { vi: string; en: string } }, string[]]>([
    ["gives the id first, then a different Vietnamese name", { id: "TARGET_STATUS", name: { vi: "TRANG_THAI", en: "TARGET_STATUS" } }, ["TARGET_STATUS", "TRANG_THAI"]],
    ["gives the id once when the Vietnamese name is the same", { id: "SAME", name: { vi: "SAME", en: "SAME" } }, ["SAME"]],
  ])("%s", (_name, spec, expected) => {
    expect(sheetsFunctionNames(spec).map((n) => n.name)).toEqual(expected);
  });
});

describe("context arguments", () => {
  it("dates 'trước 30/4' by the plan period given as the last argument, never by today's year", () => {
    expect(callFunction("TARGET_STATUS", ["20/04/2025", "trước 30/4", null, "2025-06-01", null, "2024-2025"])).toBe("Đạt");
    expect(callFunction("TARGET_STATUS", ["02/05/2025", "trước 30/4", null, "2025-06-01", null, "2024-2025"])).toBe("Chưa đạt");
  });

  it("reads '12 trường (7,1%)' by the unit column given: a rate under '%', a count under 'trường'", () => {
    expect(callFunction("TARGET_STATUS", [10, "12 trường (7,1%)", null, null, "%"])).toBe("Vượt");
    expect(callFunction("TARGET_STATUS", [10, "12 trường (7,1%)", null, null, "trường"])).toBe("Chưa đạt");
  });

  it("refuses a period it cannot read, saying how to write one", () => {
    const v = callFunction("TARGET_STATUS", [1, "trước 30/4", null, null, null, "kỳ này"]);
    expect(isFunctionError(v) && v.error).toBe("#VALUE!");
  });
});
