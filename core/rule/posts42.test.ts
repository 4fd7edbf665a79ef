import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

// rereview42b: a staffing norm is a ceiling only for a class of body or an allotment; a grade of people, a duty "được
// giao", and a place written after a noun under a rank ĐVT keep their readings.
const asOf = "2026-12-07";
const status = (text: string, actual: string, indicator?: string, unit?: string) => evaluate(text, actual, { asOf, indicator, unit }).status;

describe("posts a rule allots, narrowed (round 42)", () => {
  it.each([
    ["Số công chức hoàn thành tốt nhiệm vụ được giao là 30 người", "33", undefined],
    ["Năm 2027 là 20 người", "24", "Số viên chức hoàn thành nhiệm vụ được giao"],
    ["Số viên chức được xếp loại hoàn thành tốt nhiệm vụ là 18 người", "21", undefined],
  ])("a grade or a duty is no norm: %s", (text, actual, indicator) => {
    expect(["exceeded", "review"]).toContain(status(text, actual, indicator));
  });
  it.each([
    ["Số người làm việc có chức danh nghề nghiệp hạng III là 30 người", "32"],
    ["Số công chức được giao quản lý văn hóa là 3 người", "4"],
  ])("people of a grade or given a duty are asked or a floor: %s", (text, actual) => {
    expect(["exceeded", "review"]).toContain(status(text, actual));
  });
  it.each([
    ["Thị trấn loại II là 21 người", "22", "Số cán bộ, công chức cấp xã"],
    ["Năm 2026 là 80 biên chế", "83", "Số biên chế công chức được giao"],
    ["Bệnh viện hạng II là 2 phó giám đốc", "3", undefined],
  ])("a class of body or posts allotted stay a ceiling: %s", (text, actual, indicator) => {
    expect(status(text, actual, indicator)).toBe("not_met");
  });
});

describe("a place after a noun under a rank (round 42)", () => {
  it.each([
    ["Trường thứ 6 toàn huyện, điểm trung bình 7,2", "Xếp hạng thi học sinh giỏi", "Thứ hạng", "5"],
    ["Huyện thứ 12 toàn tỉnh, có 30 giải", "Xếp hạng điểm thi tốt nghiệp", "Thứ hạng", "9"],
    ["Đội tuyển thứ 3 toàn đoàn, đạt 12 huy chương", undefined, "Thứ hạng", "2"],
  ])("%s stays a place", (text, indicator, unit, actual) => {
    expect(["exceeded", "met"]).toContain(status(text, actual, indicator, unit));
  });
  it("the ordinal of a thing stays no place without a rank", () => {
    expect(status("Lớp thứ 2 có tối thiểu 25 học sinh", "27", "Sĩ số lớp")).not.toBe("not_met");
  });
});
