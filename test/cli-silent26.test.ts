// `chitieu check` over the classes round 26 closed (found by scripts/mutate-layouts.ts): a block heading over a plan
// and a result column, and a blank spacer column inside a table, each of which had made the result a clean one or
// dropped the figures. Exit code and the summary's first line, in Vietnamese and English. Invented workbooks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../cli/errors";
import { runCli } from "./cli-run";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";
import type { CellRange } from "../core/sheet/model";

const dir = mkdtempSync(join(tmpdir(), "chitieu-silent26-"));

async function check(name: string, rows: GridCell[][], merges: CellRange[], ...args: string[]) {
  const path = join(dir, `${name}.xlsx`);
  writeBook(path, [gridSheet("S", rows, { merges })]);
  const r = await runCli(["check", path, "--as-of", "2025-06-30", "--no-report", "-o", join(dir, `${name}.out.xlsx`), ...args]);
  return { ...r, first: r.stdout.split("\n")[1] ?? "" };
}

describe("chitieu check over a block heading and a spacer column", () => {
  // "Kết quả thực hiện năm học" over "Năm học 2024-2025" over "Kế hoạch | Thực hiện": the plan stays the plan.
  const block: GridCell[][] = [
    ["STT", "Chỉ tiêu", "Kết quả thực hiện năm học", null, "Ghi chú"],
    [null, null, "Năm học 2024-2025", null, null],
    [null, null, "Kế hoạch", "Thực hiện", null],
    [1, "Tỷ lệ trẻ được cân đo biểu đồ tăng trưởng", "Ít nhất 98%", "96,2%", null],
    [2, "Số trẻ khuyết tật học hòa nhập", "12 trẻ", 12, null],
  ];
  const blockMerges: CellRange[] = [
    { top: 0, bottom: 0, left: 2, right: 3 },
    { top: 1, bottom: 1, left: 2, right: 3 },
    { top: 0, bottom: 2, left: 0, right: 0 },
    { top: 0, bottom: 2, left: 1, right: 1 },
    { top: 0, bottom: 2, left: 4, right: 4 },
  ];
  it("names the shortfall under a block heading and fails --fail-on-shortfall (vi, en)", async () => {
    const vi = await check("block-vi", block, blockMerges, "--fail-on-shortfall");
    expect(vi.code).toBe(EXIT.shortfall);
    expect(vi.first).toBe("  ✓ Đạt                          1");
    expect(vi.stdout).toMatch(/Chưa đạt: 96,2%, chỉ tiêu ít nhất 98%/);
    const en = await check("block-en", block, blockMerges, "--lang", "en");
    expect(en.code).toBe(EXIT.ok);
    expect(en.first).toMatch(/^  ✓ Met +1$/);
    expect(en.stdout).toMatch(/Not met: 96\.2%/);
    expect(en.stdout).not.toMatch(/^No shortfalls\.$/m);
  });

  // A unit matrix with a blank column between each group's plan and result.
  const spaced: GridCell[][] = [
    ["TT", "Tên trường", "Số lớp học 2 buổi/ngày", null, null, "Ghi chú"],
    [null, null, "Kế hoạch", null, "Thực hiện", null],
    [1, "Trường TH Sơn Ca", 12, null, 12, null],
    [2, "Trường TH Họa Mi", 15, null, 13, null],
    [3, "Trường TH Vàng Anh", 10, null, 11, null],
  ];
  const spacedMerges: CellRange[] = [
    { top: 0, bottom: 0, left: 2, right: 4 },
    { top: 0, bottom: 1, left: 0, right: 0 },
    { top: 0, bottom: 1, left: 1, right: 1 },
    { top: 0, bottom: 1, left: 5, right: 5 },
  ];
  it("judges a matrix's results past a blank column, never 'no data' beside the plan (vi, en)", async () => {
    const vi = await check("spaced-vi", spaced, spacedMerges, "--fail-on-shortfall");
    expect(vi.code).toBe(EXIT.shortfall);
    expect(vi.stdout).toMatch(/Trường TH Họa Mi/);
    expect(vi.stdout).not.toMatch(/chưa có số liệu: 3/);
    const en = await check("spaced-en", spaced, spacedMerges, "--lang", "en");
    expect(en.code).toBe(EXIT.ok);
    expect(en.stdout).toMatch(/Trường TH Họa Mi/);
    expect(en.stdout).not.toMatch(/^No shortfalls\.$/m);
  });
});
