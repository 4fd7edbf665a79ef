// validatePlan: accepts sound plans and names each problem by JSON path, in Vietnamese and English.
import { describe, expect, it } from "vitest";
import { formatPath, formatPlanIssues, validatePlan } from "./validate";

const good = {
  id: "kh-mau",
  title: "Kế hoạch mẫu",
  issuer: "ỦY BAN NHÂN DÂN QUẬN MẪU",
  period: "2024-2025",
  indicators: [{ id: "mn.1", name: "Tỷ lệ trẻ nhà trẻ ra lớp", target: "ít nhất 65%", unit: "%" }],
};

/** [what is wrong, patch applied to the good plan, expected path, words the Vietnamese and English messages contain]. */
const CASES: Array<[string, (p: any) => void, string, string, string]> = [
  ["an empty target", (p) => (p.indicators[0].target = ""), "indicators[0].target", "không được để trống", "must not be empty"],
  ["a missing name", (p) => delete p.indicators[0].name, "indicators[0].name", "thiếu trường bắt buộc", "is missing"],
  ["a number where text belongs", (p) => (p.period = 2024), "period", "phải là chuỗi", "must be a string"],
  ["an unknown school level", (p) => (p.indicators[0].level = "ĐH"), "indicators[0].level", "phải là một trong", "must be one of"],
  ["a misspelt field", (p) => (p.indicators[0].qoute = "x"), "indicators[0]", "qoute", "unknown field"],
  ["a non-ASCII id", (p) => (p.indicators[0].id = "mầm-non"), "indicators[0].id", "chỉ được gồm a-z", "lower case ASCII"],
  ["a date in dd/mm/yyyy", (p) => (p.date = "28/03/2022"), "date", "YYYY-MM-DD", "YYYY-MM-DD"],
  ["a task end date as a month", (p) => (p.tasks = [{ no: "1", content: "Việc", end: "6/2025" }]), "tasks[0].end", "YYYY-MM-DD", "YYYY-MM-DD"],
  ["indicators given as an object", (p) => (p.indicators = {}), "indicators", "phải là danh sách", "must be an array"],
  ["two indicators sharing an id", (p) => p.indicators.push({ id: "mn.1", name: "Khác", target: "ít nhất 50%" }), "indicators[1].id", "trùng với chỉ tiêu thứ 1", "figures would cross"],
  ["a 400-digit threshold", (p) => (p.indicators[0].target = `ít nhất ${"9".repeat(400)}`), "indicators[0].target", "400 chữ số", "400-digit"],
  ["a 16-digit threshold written with dots", (p) => (p.indicators[0].target = "ít nhất 1.234.567.890.123.456 trẻ"), "indicators[0].target", "16 chữ số", "16-digit"],
  ["a pasted page as the target", (p) => (p.indicators[0].target = "ít nhất 65%, ".repeat(200)), "indicators[0].target", "quá 1000", "over 1000"],
];

describe("validatePlan", () => {
  it("accepts a sound plan and fills defaults (level all, scope district, no tasks)", () => {
    const r = validatePlan(good);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.indicators[0]).toMatchObject({ level: "all", scope: "district", section: [] });
      expect(r.plan.tasks).toEqual([]);
    }
  });

  it.each(CASES)("reports %s at its JSON path", (_what, patch, path, vi, en) => {
    const plan = structuredClone(good);
    patch(plan);
    const r = validatePlan(plan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.errors.find((e) => e.path === path);
    expect(issue, JSON.stringify(r.errors)).toBeDefined();
    expect(issue!.message.vi).toContain(vi);
    expect(issue!.message.en).toContain(en);
  });

  it.each([null, [], "kế hoạch", 3])("refuses %j as a whole document, at the root path", (value) => {
    const r = validatePlan(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: "", message: expect.objectContaining({ vi: expect.stringContaining("đối tượng JSON") }) }]);
  });

  it.each(["ít nhất 0,000000000000000001%", "7.910 trẻ/9.232 (85,7%)", "99-99,5%", "năm 2024-2025"])("accepts the ordinary numbers of %j", (target) => {
    const plan = structuredClone(good);
    plan.indicators[0].target = target;
    expect(validatePlan(plan).ok).toBe(true);
  });

  it("reports every problem, not only the first", () => {
    const r = validatePlan({ id: "x", indicators: [{ id: "a" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(["indicators[0].name", "indicators[0].target", "issuer", "period", "title"]);
  });
});

describe("formatPath and formatPlanIssues", () => {
  it("writes array indexes in brackets and keys with dots", () => {
    expect(formatPath(["indicators", 3, "target"])).toBe("indicators[3].target");
    expect(formatPath([])).toBe("");
  });

  it("prints one line per issue, vi / en, with the root named", () => {
    expect(formatPlanIssues([{ path: "", message: { vi: "a", en: "b" } }])).toEqual(["(gốc/root): a / b"]);
  });
});
