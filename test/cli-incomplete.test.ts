// `chitieu check` never ends on a clean bill over figures it did not judge: the summary's first line counts them, and
// a check that judged fewer than half of its rows with figures exits 4 (the output is still written).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../cli/errors";
import { runCli } from "./cli-run";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";

const HEADER: GridCell[] = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
const dir = mkdtempSync(join(tmpdir(), "chitieu-incomplete-"));

async function check(name: string, sheets: ReturnType<typeof gridSheet>[], ...args: string[]) {
  const path = join(dir, `${name}.xlsx`);
  writeBook(path, sheets);
  const r = await runCli(["check", path, "--as-of", "2025-05-31", "--no-report", "-o", join(dir, `${name}.out.xlsx`), ...args]);
  // The first line names the file and sheet; the summary starts on the second.
  return { ...r, first: r.stdout.split("\n")[1] ?? "" };
}

describe("chitieu check over rows with figures it did not judge", () => {
  it("exits 4 and starts with the count when fewer than half were judged: figures written as words", async () => {
    const rows: GridCell[][] = [HEADER, [1, "Tỷ lệ chuyên cần", "98%", "99%"], [2, "Số học sinh giỏi", "40 em", "Khá tốt"], [3, "Số lớp", "12 lớp", "Đủ"]];
    const vi = await check("words-vi", [gridSheet("S", rows)]);
    expect(vi.code).toBe(EXIT.incomplete);
    expect(vi.first).toBe("Chưa đánh giá được 2/3 dòng có số liệu (2 số liệu không đọc được; xem dưới).");
    expect(vi.stdout).not.toMatch(/^Không có chỉ tiêu chưa đạt\.$/m);
    const en = await check("words-en", [gridSheet("S", rows)], "--lang", "en");
    expect(en.code).toBe(EXIT.incomplete);
    expect(en.first).toBe("Not judged: 2/3 rows with figures (2 with an unreadable figure; see below).");
    // With --json the line goes to stderr, the code is the same, and it outranks --fail-on-shortfall's 1.
    const json = await check("words-json", [gridSheet("S", [...rows, [4, "Số phòng", "10 phòng", 8], [5, "Số tủ sách", "5 tủ", "Thiếu"]])], "--json", "--fail-on-shortfall");
    expect(json.code).toBe(EXIT.incomplete);
    // Pointing into the JSON, where the rows are, not "below" on a terminal that shows none.
    expect(json.stderr).toMatch(/Chưa đánh giá được 3\/5 dòng có số liệu \(3 số liệu không đọc được; xem result\.coverage\.notJudged\)\./);
  });

  it("exits 0 and still starts with the count when at least half were judged: a second table with no targets", async () => {
    const rows: GridCell[][] = [HEADER, [1, "Số phòng học", "12 phòng", 12], [2, "Số giáo viên", "30 giáo viên", 31], [], [], ["STT", "Nội dung", "Số lượng", "Tỷ lệ"], [1, "Xếp loại Tốt", 120, "40%"], [2, "Xếp loại Khá", 150, "50%"]];
    const r = await check("second-table", [gridSheet("S", rows)]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.first).toBe("Chưa đánh giá được 2/4 dòng có số liệu (2 không có chỉ tiêu; xem dưới).");
    expect(r.stdout).not.toMatch(/^Không có chỉ tiêu chưa đạt\.$/m);
  });

  it("names another sheet where no table was recognised, first, and exits on this sheet's count", async () => {
    const r = await check("other-sheet", [gridSheet("Chính", [HEADER, [1, "Số trường", "5 trường", 5]]), gridSheet("Phụ", [["Xếp loại", "Số trường", "Tỷ lệ"], ["Tốt", 10, 50], ["Khá", 8, 40], ["Yếu", 2, 10]])]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.first).toBe('Chưa đánh giá được 3 dòng có số liệu ở trang "Phụ" (xem dòng "Chọn bảng").');
    expect(r.stdout).toMatch(/"Phụ" \(không nhận ra bảng, 3 dòng có số liệu\)/);
    // Said once: the last line claims nothing of the other sheet again.
    expect(r.stdout.trim().split("\n").at(-3)).toBe("Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá.");
  });

  it("counts a unit matrix's figures as cells, the wording true to what is counted", async () => {
    const rows: GridCell[][] = [
      ["TT", "Xã", "Tỷ lệ tiêm chủng", "Số điểm trường", "Số tủ sách"],
      ["", "Chỉ tiêu", "ít nhất 95%", "ít nhất 3 điểm", null],
      [1, "Xã Nghĩa Lộ", 0.97, 4, 12],
      [2, "Xã Nghĩa Phúc", 0.93, 3, 9],
    ];
    const vi = await check("matrix-vi", [gridSheet("Theo xã", rows)]);
    expect(vi.first).toBe("Chưa đánh giá được 2/6 ô có số liệu (2 không có chỉ tiêu; xem dưới).");
    const en = await check("matrix-en", [gridSheet("Theo xã", rows)], "--lang", "en");
    expect(en.first).toBe("Not judged: 2/6 cells with figures (2 with no target; see below).");
  });

  it("says nothing of the kind when every row with a figure was judged, and refuses a sheet that judged nothing", async () => {
    const whole = await check("whole", [gridSheet("S", [HEADER, [1, "Số trường", "5 trường", 5], [2, "Số lớp", "40 lớp", 41]])]);
    expect(whole.code).toBe(EXIT.ok);
    expect(whole.stdout).not.toMatch(/Chưa đánh giá được/);
    expect(whole.stdout).toMatch(/^Không có chỉ tiêu chưa đạt\.$/m);
    const none = await check("none", [gridSheet("S", [HEADER, [1, "Tỷ lệ chuyên cần", "98%", "Tốt"], [2, "Số lớp", "12 lớp", "Đủ"]])]);
    expect(none.code).toBe(EXIT.usage);
    expect(none.stderr).toMatch(/không đánh giá được dòng nào \(2 dòng có số liệu\); đã thấy các cột .*--map/);
  });

  it("documents exit code 4 in --help", async () => {
    const vi = await runCli(["check", "--help"]);
    expect(vi.stdout).toMatch(/4 đánh giá được chưa đến một nửa số dòng có số liệu/);
    const en = await runCli(["check", "--help", "--lang", "en"]);
    expect(en.stdout).toMatch(/4 fewer than half of the rows with figures judged/);
    // Exit 4 too when every row judged is not yet due: the help says both, in both languages.
    expect(vi.stdout.replace(/\s+/g, " ")).toContain("hoặc mọi dòng đã đánh giá đều chưa đến hạn");
    expect(en.stdout.replace(/\s+/g, " ")).toContain("or every row judged not yet due");
  });
});
