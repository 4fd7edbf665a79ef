// A unit table split into bands by rows that carry the band's targets under the judged columns: each band's units are
// judged on their band's targets, the band rows are no units; a row of figures, or one without a bar, is no band.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

function teams(bandA: CellValue[], bandB: CellValue[]): SheetData {
  return {
    name: "Tong hop",
    values: [
      ["STT", "Tổ", "Số người", "Tỷ lệ hoàn thành nhiệm vụ (%)", "Tỷ lệ nghỉ không phép (%)"],
      [null, "Nhóm văn phòng", null, ...bandA],
      [1, "Tổ hành chính", 12, 91.5, 0.8],
      [2, "Tổ kế toán", 8, 88, 2.4],
      [null, "Nhóm hiện trường", null, ...bandB],
      [3, "Tổ kỹ thuật", 20, 88, 1.2],
      [4, "Tổ bảo trì", 15, 84.5, 3.5],
    ],
  };
}
const by = (r: CheckedSheet, unit: string, col: number) => r.items.find((i) => i.unitName === unit && i.cell.col === col)?.status;

describe("band rows carrying the targets of the units under them", () => {
  it("judges each unit on its own band's targets, never another band's", () => {
    const r = ok(checkSheet(teams(["Chỉ tiêu: ≥ 90%", "Dưới 2%"], ["Từ 85% trở lên", "≤ 3%"]), null));
    expect(by(r, "Tổ hành chính", 3)).toBe("exceeded");
    expect(by(r, "Tổ kế toán", 3)).toBe("not_met");
    expect(by(r, "Tổ kế toán", 4)).toBe("not_met");
    expect(by(r, "Tổ kỹ thuật", 3)).toBe("exceeded");
    expect(by(r, "Tổ bảo trì", 3)).toBe("not_met");
    expect(by(r, "Tổ bảo trì", 4)).toBe("not_met");
    expect(r.items.some((i) => /^Nhóm/.test(i.unitName ?? ""))).toBe(false);
    expect(r.layout.decisions?.filter((d) => /ghi chỉ tiêu cho các/.test(d.vi))).toHaveLength(2);
  });
  it("reads no band from a row of figures or of words without a bar", () => {
    const r = ok(checkSheet(teams([90, 2], ["Khá", "Tốt"]), null));
    expect(r.layout.decisions?.some((d) => /ghi chỉ tiêu cho các/.test(d.vi)) ?? false).toBe(false);
  });
});
