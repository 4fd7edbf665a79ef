// `chitieu check` never ends clean over figures it passed by (classes found by scripts/mutate-layouts.ts): figures
// written in the notes column of a table whose figure column is blank are no blank form (exit 2, the rows counted), and
// --fail-on-shortfall fails on another sheet's shortfalls, which the summary names. Invented workbooks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../cli/errors";
import { runCli } from "./cli-run";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "chitieu-silent25-"));

async function check(name: string, sheets: Array<[string, GridCell[][]]>, ...args: string[]) {
  const path = join(dir, `${name}.xlsx`);
  writeBook(path, sheets.map(([n, rows]) => gridSheet(n, rows)));
  const r = await runCli(["check", path, "--as-of", "2025-06-30", "--no-report", "-o", join(dir, `${name}.out.xlsx`), ...args]);
  return { ...r, first: r.stdout.split("\n")[1] ?? "" };
}

describe("chitieu check over figures it would have passed by", () => {
  it("exits 2 when the figures sit in the notes column and the figure column is blank: never a blank form", async () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", null, "96,5%"],
      [2, "Số lớp học 2 buổi/ngày", "12 lớp", null, 11],
    ];
    const vi = await check("notes-vi", [["S", rows]]);
    expect(vi.code).toBe(EXIT.usage);
    expect(vi.stderr).toMatch(/trang "S": không đánh giá được dòng nào \(2 dòng có số liệu\)/);
    const en = await check("notes-en", [["S", rows]], "--lang", "en");
    expect(en.code).toBe(EXIT.usage);
    expect(en.stderr).toMatch(/sheet "S": no row could be judged \(2 rows with figures\)/);
  });

  it("starts with the rows whose figure is in the notes column when others were judged (exit 0, vi and en)", async () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", null, "96,5%"],
      [2, "Số lớp học 2 buổi/ngày", "12 lớp", 12, null],
      [3, "Số giáo viên dạy giỏi", "6 giáo viên", 7, null],
    ];
    const vi = await check("notes-some-vi", [["S", rows]]);
    expect(vi.code).toBe(EXIT.ok);
    expect(vi.first).toBe("Chưa đánh giá được 1/3 dòng có số liệu (1 không rõ cột thực hiện; xem dưới).");
    expect(vi.stdout).not.toMatch(/^Không có chỉ tiêu chưa đạt\.$/m);
    const en = await check("notes-some-en", [["S", rows]], "--lang", "en");
    expect(en.first).toBe("Not judged: 1/3 rows with figures (1 with no known actual column; see below).");
  });

  it("exits 1 with --fail-on-shortfall when only another sheet holds a shortfall", async () => {
    const a: GridCell[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", "98,5%"],
      [2, "Số lớp học 2 buổi/ngày", "12 lớp", 12],
      [3, "Số giáo viên dạy giỏi", "6 giáo viên", 7],
    ];
    const b: GridCell[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ học sinh lên lớp", "Ít nhất 97%", "95,1%"],
    ];
    const r = await check("other-short", [["Mầm non", a], ["Tiểu học", b]], "--fail-on-shortfall");
    expect(r.stdout).toMatch(/trang "Tiểu học" còn 1 chỉ tiêu chưa đạt/);
    expect(r.code).toBe(EXIT.shortfall);
    const plain = await check("other-short-plain", [["Mầm non", a], ["Tiểu học", b]]);
    expect(plain.code).toBe(EXIT.ok);
  });
});
