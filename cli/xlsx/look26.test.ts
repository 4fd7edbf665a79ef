// The CLI's as-of day said as it was chosen: without --as-of the notes say "hôm nay" (the CLI's default), never
// "do bạn chọn", and a plan period that is over does not move the CLI off today.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridSheet, writeBook } from "../../test/helpers/xlsx";
import { checkFile } from "./check";
import { openWorkbook, readSheets } from "./read";
import { todayIso } from "../../core/session/options";

/** An invented school's list: targets in their own column, figures beside them. */
function book(): string {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-look26-"));
  const input = join(dir, "truong.xlsx");
  writeBook(input, [gridSheet("Số liệu", [
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ học sinh đi học đúng độ tuổi", "ít nhất 95%", 0.97],
    [2, "Số giáo viên dạy giỏi cấp huyện", "ít nhất 6 giáo viên", 5],
  ])]);
  return input;
}

async function notesText(asOf?: string): Promise<string> {
  const input = book();
  const done = await checkFile(input, { plan: null, lang: "vi", report: true, ...(asOf ? { asOf } : {}) });
  const out = input.replace(/\.xlsx$/, ".out.xlsx");
  await done.save(out);
  const notes = readSheets(await openWorkbook(out)).find((s) => s.name === "Ghi chú kỹ thuật");
  return JSON.stringify(notes?.values ?? null);
}

describe("the CLI's as-of day in the report's notes", () => {
  it("says today's date as 'hôm nay' when --as-of was not given", async () => {
    const [y, m, d] = todayIso().split("-");
    expect(await notesText()).toContain(`Xét đến ngày ${d}/${m}/${y} (hôm nay)`);
  });

  it("says 'do bạn chọn' for a day given with --as-of", async () => {
    expect(await notesText("2025-05-31")).toContain("Xét đến ngày 31/05/2025 (do bạn chọn)");
  });
});
