// A note under the table saying a plain figure is a ceiling ("mức tối đa", "không vượt quá") or a floor turns the
// indicator's targets that way; notes that do not name the indicator, or disagree, change nothing.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { directionFor, noteDirections } from "../table/notes";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const sheet = (values: CellValue[][]): SheetData => ({ name: "S", values });
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

// Units by row, a plan and a result column per indicator; notes below.
function units(notes: string[]): SheetData {
  return sheet([
    ["TT", "Xã", "Quy mô dân số (người)", null, "Số lao động được tạo việc làm (người)", null],
    [null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
    [1, "Xã Bình An", 12000, 11900, 150, 160],
    [2, "Xã Tân Lập", 10000, 10400, 120, 110],
    [3, "Xã Phú Mỹ", 8000, 8000, 90, 90],
    [],
    ...notes.map((n) => [null, n]),
  ]);
}

describe("direction notes under a unit table", () => {
  it("a note calling the plan a ceiling judges under it as met and above it as not met", () => {
    const r = ok(checkSheet(units(["Ghi chú:", "- Quy mô dân số: kế hoạch là mức tối đa, thực hiện không vượt quá kế hoạch là đạt."]), null));
    expect(statusAt(r, 2, 3)).toBe("met");
    expect(statusAt(r, 3, 3)).toBe("not_met");
    expect(statusAt(r, 4, 3)).toBe("met");
    // The other indicator keeps the floor.
    expect(statusAt(r, 2, 5)).toBe("exceeded");
    expect(statusAt(r, 3, 5)).toBe("not_met");
  });

  it("a dash instead of a colon, and 'mức trần', read the same", () => {
    const r = ok(checkSheet(units(["* Quy mô dân số – chỉ tiêu giao là mức trần"]), null));
    expect(statusAt(r, 3, 3)).toBe("not_met");
    expect(statusAt(r, 2, 3)).toBe("met");
  });

  it("without a note the plain figure stays a floor as before", () => {
    const r = ok(checkSheet(units(["Ghi chú: số liệu tính đến 31/12."]), null));
    expect(statusAt(r, 2, 3)).toBe("not_met");
  });

  it("a note naming another indicator changes nothing", () => {
    const r = ok(checkSheet(units(["- Tỷ lệ hộ cận nghèo: không vượt quá kế hoạch là đạt."]), null));
    expect(statusAt(r, 2, 3)).toBe("not_met");
  });
});

describe("direction notes under a list", () => {
  it("turns the plain target of the row the note names", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
          [1, "Số vụ tai nạn giao thông", "vụ", 40, 35],
          [2, "Số xã đạt chuẩn nông thôn mới", "xã", 12, 13],
          [],
          ["Ghi chú: - Số vụ tai nạn giao thông: thực hiện thấp hơn hoặc bằng kế hoạch là đạt."],
        ]),
        null,
      ),
    );
    expect(statusAt(r, 1, 4)).toBe("met");
    expect(statusAt(r, 2, 4)).toBe("exceeded");
  });
});

describe("a note on a level and an indicator of its change", () => {
  it("leaves the change's own sense: a note that the poverty rate is a ceiling says nothing of how much it must fall", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
          [1, "Tỷ lệ hộ nghèo", "%", 3.5, 3.2],
          [2, "Tỷ lệ giảm hộ nghèo", "%", 1.5, 2],
          [3, "Mức giảm tỷ lệ hộ nghèo", "%", 1.5, 1],
          [],
          ["Ghi chú: - Tỷ lệ hộ nghèo: chỉ tiêu kế hoạch là mức tối đa."],
        ]),
        null,
      ),
    );
    expect(statusAt(r, 1, 4)).toBe("met");
    expect(statusAt(r, 2, 4)).toBe("exceeded");
    expect(statusAt(r, 3, 4)).toBe("not_met");
  });
  it("directionFor: a name stating a change the note's subject does not state takes no direction from it", () => {
    const n = noteDirections(sheet([["Bảng"], ["- Tỷ lệ hộ nghèo: mức tối đa"], ["- Dân số tăng tự nhiên: không vượt quá kế hoạch"]]), 0, 0);
    expect(directionFor(n, "Tỷ lệ hộ nghèo (%)")).toBe("down");
    expect(directionFor(n, "Tỷ lệ giảm hộ nghèo")).toBeUndefined();
    expect(directionFor(n, "Tỷ lệ hộ nghèo giảm trong năm")).toBeUndefined();
    expect(directionFor(n, "Tỷ lệ dân số tăng tự nhiên")).toBe("down");
  });
});

describe("noteDirections / directionFor", () => {
  const s = (lines: string[]) => sheet([["Bảng"], ...lines.map((l) => [l])]);
  it("reads one direction per line, and none where a line says both", () => {
    const n = noteDirections(s(["- Tỷ suất chết trẻ em dưới 1 tuổi: không vượt mức kế hoạch", "- Số người mới sử dụng biện pháp tránh thai: bằng hoặc cao hơn kế hoạch là đạt", "- Số trẻ sinh ra: không quá kế hoạch, không thấp hơn năm trước"]), 0, 0);
    expect(n.map((x) => x.direction)).toEqual(["down", "up"]);
    expect(directionFor(n, "Tỷ suất chết trẻ em dưới 1 tuổi (‰)")).toBe("down");
    expect(directionFor(n, "Số người mới sử dụng biện pháp tránh thai hiện đại")).toBe("up");
    expect(directionFor(n, "Số trẻ sinh ra")).toBeUndefined();
  });
  it("two notes naming the same indicator each way give no direction", () => {
    const n = noteDirections(s(["- Quy mô dân số: mức tối đa", "- Quy mô dân số trung bình: mức tối thiểu"]), 0, 0);
    expect(directionFor(n, "Quy mô dân số trung bình")).toBeUndefined();
  });
});

describe("a note that decided a verdict is said", () => {
  it("names the note on the verdict and once among the decisions, in both languages", () => {
    const r = ok(checkSheet(units(["Ghi chú:", "- Quy mô dân số: kế hoạch là mức tối đa, thực hiện không vượt quá kế hoạch là đạt."]), null));
    const it = r.items.find((i) => i.cell.row === 3 && i.cell.col === 3)!;
    const w = it.verdict.warnings.find((x) => x.code === "direction_from_note");
    expect(w?.message.vi).toContain("dòng 8");
    expect(w?.message.vi).toContain("Quy mô dân số");
    expect(w?.message.en).toContain("ceiling");
    const said = (r.layout.decisions ?? []).filter((d) => d.vi.includes("ghi chú dưới bảng"));
    expect(said).toHaveLength(1);
    expect(said[0].en).toContain("By the note under the table (row 8");
    // The indicator the note does not name has nothing said about it.
    expect(r.items.find((i) => i.cell.row === 3 && i.cell.col === 5)!.verdict.warnings.some((x) => x.code === "direction_from_note")).toBe(false);
  });

  it("says nothing where the target's own words already run the note's way", () => {
    const r = ok(
      checkSheet(
        sheet([
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
          [1, "Số vụ tai nạn giao thông", "vụ", "Không quá 40 vụ", 35],
          [],
          ["Ghi chú: - Số vụ tai nạn giao thông: thực hiện thấp hơn hoặc bằng kế hoạch là đạt."],
        ]),
        null,
      ),
    );
    expect(statusAt(r, 1, 4)).toBe("met");
    expect(r.items[0].verdict.warnings.some((x) => x.code === "direction_from_note")).toBe(false);
    expect((r.layout.decisions ?? []).some((d) => d.vi.includes("ghi chú dưới bảng"))).toBe(false);
  });
});
