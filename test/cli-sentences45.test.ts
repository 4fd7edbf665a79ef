// A target sentence set aside is never turned into another confident answer by the CLI (rereview44e's q02d, q06, q31):
// the clerk's sheet stays the one checked, the run ends with exit 2, and the one line names the sentence and why.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-run";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";

const V = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"];
/** The monthly return: title, a sentence above the header, an optional line under it, one row per village. */
function report(above: string, head: string[], rows: GridCell[][], line?: string): GridCell[][] {
  return [["UBND XÃ AN PHÚ"], [], ["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 11 NĂM 2025"], [above], [], head, ...(line ? [[line]] : []), ...rows.map((r, i) => [String(i + 1), V[i]!, ...r]), [], [null, "Người lập biểu"]];
}
const lastMonth = (done: [string, string, string]): GridCell[][] => [
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 10 NĂM 2025"], [], ["TT", "Nội dung", "Chỉ tiêu", "Thực hiện"],
  ["1", "Tỷ lệ hộ phân loại rác tại nguồn", "80%", done[0]], ["2", "Mức thu bình quân (đồng/hộ/tháng)", "không quá 30.000", done[1]], ["3", "Số tổ thu gom hoạt động", "ít nhất 4", done[2]],
];
const sorting = { head: ["TT", "Thôn", "Số hộ", "Số hộ phân loại rác tại nguồn", "Tỷ lệ (%)", "Ghi chú"], rows: [[200, 170, 85, ""], [150, 100, 66.7, ""], [180, 144, 80, ""], [90, 90, 100, ""]] as GridCell[][] };
const fee = { head: ["TT", "Thôn", "Số hộ", "Mức thu bình quân (đồng/hộ/tháng)", "Ghi chú"], rows: [[200, 24000, ""], [150, 31500, ""], [180, 30000, ""], [90, 29000, ""]] as GridCell[][] };

async function check(sheets: [string, GridCell[][]][]) {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-s45-"));
  const path = join(dir, "book.xlsx");
  writeBook(path, sheets.map(([n, rows]) => gridSheet(n, rows)));
  return runCli(["check", path, "--as-of", "2025-12-05", "-o", join(dir, "out.xlsx")]);
}

describe("a refused target sentence through the CLI", () => {
  it("q02d: the sentence's label names next year; last month's sheet, all met, is not checked in its place", async () => {
    const r = await check([["Bao cao", report("Chỉ tiêu năm 2026: tỷ lệ hộ phân loại rác tại nguồn đạt từ 80% trở lên.", sorting.head, sorting.rows)], ["Thang 10", lastMonth(["85%", "28.000", "5"])]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trang "Bao cao": không đánh giá được/);
    expect(r.stderr).toContain('"tỷ lệ hộ phân loại rác tại nguồn đạt từ 80% trở lên."');
    expect(r.stderr).toMatch(/nhãn "Chỉ tiêu năm 2026:" nêu kỳ sau kỳ của trang/);
  }, 60_000);

  it("q06: the sentence's unit is per person; last month's shortfalls are named, not judged in its place", async () => {
    const r = await check([["Bao cao", report("Yêu cầu: mức thu bình quân không quá 8.000 đồng/khẩu/tháng.", fee.head, fee.rows)], ["Thang 10", lastMonth(["70%", "28.000", "3"])]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/đơn vị của câu \(đồng\/khẩu\/tháng\) không phải của cột/);
    expect(r.stderr).toMatch(/"Thang 10" \(3, 2 chưa đạt\)/);
  }, 60_000);

  it("q31: the market stalls' line is refused, and the households' cap above the header does not judge them", async () => {
    const r = await check([["Bao cao", report("Yêu cầu chung: mức thu bình quân không quá 30.000 đồng/hộ.", fee.head, [[40, 150000, ""], [35, 180000, ""], [28, 210000, ""], [20, 120000, ""]], "Hộ kinh doanh tại chợ: mức thu bình quân không quá 200.000 đồng/cơ sở/tháng.")]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("200.000 đồng/cơ sở/tháng");
    expect(r.stderr).toMatch(/đơn vị của câu \(đồng\/cơ sở\/tháng\)/);
  }, 60_000);
});
