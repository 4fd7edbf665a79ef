// Rate formulas read back to the two cells they divide, so a rounded rate is judged on its exact share.
import { describe, expect, it } from "vitest";
import { ratioCells } from "./figure";

describe("ratioCells", () => {
  it.each([
    ["=ROUND(G10/D10*100,1)", { num: [9, 6], den: [9, 3] }],
    ["=G10/D10*100", { num: [9, 6], den: [9, 3] }],
    ["=ROUND($H$14/$C$14,3)", { num: [13, 7], den: [13, 2] }],
    ["=E7/C7", { num: [6, 4], den: [6, 2] }],
    ["=SUM(D10:D12)", null],
    ["=ROUND(G10/D10*100,1)&\"%\"", null],
    ["=(G10+H10)/D10", null],
    ['=IF(D12="","",ROUND(D12/C12*100,1))', { num: [11, 3], den: [11, 2] }],
    ['=IFERROR(D12/C12,0)', { num: [11, 3], den: [11, 2] }],
    // A guarded complement or difference is not the rate of those cells (a drop-out rate from those staying, a growth).
    ["=IF(C5=0,0,100-D5/C5*100)", null],
    ["=IF(C5=0,0,(1-D5/C5)*100)", null],
    ['=IF(C5>0,ROUND(100-D5/C5*100,1),"")', null],
    ['=IF(C5=0,"",D5/C5*100-100)', null],
  ])("%s → %j", (formula, cells) => {
    expect(ratioCells(formula)).toEqual(cells);
  });

  it("takes the sheet's origin off", () => {
    expect(ratioCells("=ROUND(G10/D10*100,1)", { row: 3, col: 2 })).toEqual({ num: [6, 4], den: [6, 1] });
  });
});
