// fix24r (issue 10, round 24): refusals turned into verdicts, each class adopted on evidence across the sixteen design
// sets. Invented phrases and figures, not copies of corpus rows: each case pins one general rule and a neighbour that
// must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string) =>
  evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;

describe("a call-up to fill ('chỉ tiêu tuyển chọn') is a floor, not an intake a school's places cap", () => {
  const p = "Năm 2031, xã được giao chỉ tiêu tuyển chọn, gọi 46 công dân nhập ngũ";
  const ind = "Chỉ tiêu tuyển chọn công dân nhập ngũ của xã";
  it("fewer sent falls short; the number sent meets it (was: review, read as a cap too)", () => {
    expect(status(p, "41", ind, "công dân")).toBe("not_met");
    expect(status(p, "46 công dân", ind, "công dân")).toBe("met");
  });
  it("neighbour: an enrolment quota is still read both ways (a figure below it is asked about)", () => {
    const q = "Chỉ tiêu tuyển sinh lớp 6 năm học 2031-2032 là 315 học sinh";
    expect(status(q, "290", "Chỉ tiêu tuyển sinh lớp 6", "học sinh")).toBe("review");
  });
});

describe("a report's level, then the target named after it ('(mục tiêu 80%)', 'so với kế hoạch là …'): the named one is the target", () => {
  const ind = "Tỷ lệ xã có điểm bưu điện văn hóa";
  it("the figure after 'mục tiêu' in brackets is the target, the level before it a result (was: review between the two)", () => {
    const p = "năm 2030 toàn huyện mới đạt 71,2% (mục tiêu 80%)";
    expect(status(p, "75%", ind, "%")).toBe("not_met");
    expect(status(p, "82%", ind, "%")).toBe("exceeded");
  });
  it("'so với kế hoạch là' and 'vượt xa mục tiêu là' name it too, in the same unit", () => {
    expect(status("thu nhập bình quân 52 triệu đồng/người, so với kế hoạch là 55 triệu đồng/người", "53 triệu đồng/người", "Thu nhập bình quân đầu người", "triệu đồng/người")).toBe("not_met");
    expect(status("số đầu sách đạt 9 bản/học sinh, vượt xa mục tiêu là 4 bản/học sinh", "5", "Số sách bình quân mỗi học sinh", "bản/học sinh")).toBe("exceeded");
  });
  it("neighbour: the excess after 'vượt mục tiêu' (no 'là') is no target; the level less it is", () => {
    expect(status("thu ngân sách tăng 8,3% (vượt mục tiêu Nghị quyết 0,3%)", "7,9%", "Tốc độ tăng thu ngân sách", "%")).toBe("not_met");
  });
  it("neighbour: a plan whose name heads every figure is not a report (both years' figures still compete)", () => {
    expect(status("Mục tiêu: đạt 90% năm 2028 và 95% năm 2030", "92%", ind, "%")).toBe("review");
  });
});

describe("a later milestone of the same measure ('… và đạt 95% vào năm 2035') is the one a one-year row's period names", () => {
  const p = "60% giáo viên mầm non được bồi dưỡng kỹ năng sơ cứu và đạt 90% vào năm 2034";
  const ind = "Tỷ lệ giáo viên mầm non được bồi dưỡng kỹ năng sơ cứu";
  const at = (period: string, actual: string) => evaluate(p, actual, { indicator: ind, unit: "%", period: periodFromText(period) ?? undefined, lang: "vi" }).status;
  it("under the year the milestone names, its figure is the target (was: review between the two)", () => {
    expect(at("2034", "75%")).toBe("not_met");
    expect(at("2034", "92%")).toBe("exceeded");
  });
  it("neighbour: a span holding both milestones picks neither", () => {
    expect(at("2028-2034", "75%")).toBe("review");
  });
  it("neighbour: a year after parts with words of their own is every part's", () => {
    const q = "khống chế tỷ lệ trẻ thừa cân dưới 6% ở nông thôn và dưới 11% ở đô thị đến năm 2034";
    expect(evaluate(q, "8%", { indicator: "Tỷ lệ trẻ thừa cân", unit: "%", period: periodFromText("2034") ?? undefined, lang: "vi" }).status).toBe("review");
  });
});
