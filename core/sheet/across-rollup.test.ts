// Units across the top: each row's roll-up over its units, as a unit matrix gives one ("6/10 đơn vị đạt").
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { buildReportData } from "../report/data";
import { DEFAULT_TEMPLATE } from "../report/build";

describe("a row read across units gives its roll-up over them, the whole's column not counted", () => {
  // Invented: four districts and the province across the top under one result heading, one target column.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU DÂN SỐ NĂM 2041 THEO HUYỆN"],
    [],
    ["TT", "Chỉ tiêu", "Chỉ tiêu năm 2041", "Thực hiện năm 2041", null, null, null, "Toàn tỉnh", "Ghi chú"],
    [null, null, null, "Bến Đò", "Gò Găng", "Cầu Tre", "Đồng Xanh", null],
    [1, "Tỷ lệ sinh con thứ 3 trở lên (%)", "Dưới 15%", 12.0, 16.1, 14.9, 15.0, 14.1],
    [2, "Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh (%)", "Từ 30% trở lên", 35.0, 31.2, null, 28.4, 31.0, "Cầu Tre chưa báo cáo"],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 6 }, { top: 2, left: 7, bottom: 3, right: 7 }, { top: 2, left: 8, bottom: 3, right: 8 }];
  const r = checkSheet({ name: "Dan so", values, merges }, null, { asOf: "2042-03-01" });
  if (!r.ok) throw new Error("no check");
  const roll = (row: number) => r.rollUps.find((u) => u.group === row);

  it("counts every district's own verdict, the first district's too, and leaves the province out", () => {
    expect(roll(4)).toMatchObject({ units: 4, met: 2, shortUnits: ["Gò Găng", "Đồng Xanh"] });
    expect(roll(4)!.text.vi).toBe("2/4 đơn vị đạt");
  });

  it("says a district without a figure, never a shortfall over it", () => {
    expect(roll(5)).toMatchObject({ units: 4, met: 2, shortUnits: ["Đồng Xanh"] });
    expect(roll(5)!.byStatus.no_data).toBe(1);
    expect(roll(5)!.text.vi).toBe("2/4 đơn vị đạt (1 chưa có số liệu)");
    expect(roll(5)!.text.en).toBe("2/4 units met (1 no data)");
  });

  it("names the unit columns in the sheet's order", () => {
    expect(r.layout.decisions?.map((d) => d.vi).join(" ")).toContain("Các cột D–G ghi số thực hiện của 4 đơn vị (Bến Đò, Gò Găng, Cầu Tre, Đồng Xanh)");
  });

  it("puts the roll-up once, on the row's first line of the official report", () => {
    const data = buildReportData(r, null, DEFAULT_TEMPLATE, { date: "2042-03-01" });
    const withRoll = data.sections.flatMap((s) => s.rows).filter((x) => x.rollUp);
    expect(withRoll.map((x) => x.rollUp)).toEqual(["2/4 đơn vị đạt", "2/4 đơn vị đạt (1 chưa có số liệu)"]);
    expect(withRoll.every((x) => x.note.startsWith(x.rollUp!))).toBe(true);
  });

  it("says the row's own note once, not on every unit's line", () => {
    const data = buildReportData(r, null, DEFAULT_TEMPLATE, { date: "2042-03-01" });
    expect(data.sections.flatMap((s) => s.rows).filter((x) => x.note.includes("Cầu Tre chưa báo cáo"))).toHaveLength(1);
  });

  it("asks a strict cap's figure at the bound to come down, not up ('Dưới 15%' at 15,0%)", () => {
    const i = r.items.findIndex((x) => x.cell.row === 4 && x.cell.col === 6);
    expect(r.items[i].status).toBe("not_met");
    const sf = r.shortfalls.find((x) => x.item === i);
    expect(sf?.need?.vi ?? "").not.toMatch(/cần thêm/);
  });
});
