// The one plausibility rule (core/rule/judge/quantity.ts implausibleFigure) the judges and evaluate share.
import { describe, expect, it } from "vitest";
import { readCell } from "../../number/cell";
import { evaluate } from "../evaluate";
import { implausibleFigure } from "./quantity";

describe("implausibleFigure", () => {
  it("calls negative numbers, rates above 100% and n/d with n > d or d = 0 implausible", () => {
    for (const s of ["-3", "120%", "30/28", "3/0"]) expect(implausibleFigure(readCell(s)), s).toBe(true);
  });
  it("leaves plausible figures and plain numbers above 1 (a scale question, not a bad figure)", () => {
    for (const s of ["3", "98%", "26/28", "105"]) expect(implausibleFigure(readCell(s)), s).toBe(false);
  });
  it("keeps such a figure invalid even where the target was read only in part", () => {
    expect(evaluate("1,17 triệu đồng/người/tháng và 15kg gạo/người/tháng", "30/28").status).toBe("invalid");
  });
});
