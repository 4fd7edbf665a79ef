// fix24r (issue 10, round 24): refusals turned into verdicts, each class adopted on evidence across the sixteen design
// sets. Invented phrases and figures, not copies of corpus rows: each case pins one general rule and a neighbour that
// must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

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
