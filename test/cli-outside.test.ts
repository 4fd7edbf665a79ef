// `chitieu check` counts figures outside the table it read (a block under it after a gap and a title, a block beside
// it past a blank column) as rows with figures not judged: said first, where they are, and weighed for exit 4. A sheet
// whose only block is not read says how many rows with figures it holds in its one-line error. Invented workbooks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../cli/errors";
import { runCli } from "./cli-run";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";

const HEADER: GridCell[] = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
const dir = mkdtempSync(join(tmpdir(), "chitieu-outside-"));

async function check(name: string, rows: GridCell[][], ...args: string[]) {
  const path = join(dir, `${name}.xlsx`);
  writeBook(path, [gridSheet("S", rows)]);
  const r = await runCli(["check", path, "--as-of", "2025-05-31", "--no-report", "-o", join(dir, `${name}.out.xlsx`), ...args]);
  return { ...r, first: r.stdout.split("\n")[1] ?? "" };
}

describe("chitieu check over figures outside the table it read", () => {
  it("exits 4 and names the block when a block under the table outweighs it: never the clean line", async () => {
    const rows: GridCell[][] = [
      HEADER,
      [1, "Số lớp bán trú", "14 lớp", 15],
      [2, "Số giáo viên dạy giỏi", "6 giáo viên", 7],
      [],
      ["Thống kê theo điểm trường"],
      [null, "Điểm Bản Phố", 64, "88,2%"],
      [null, "Điểm Nà Hin", 41, "91,1%"],
      [null, "Điểm Khuổi Nặm", 37, "86,0%"],
    ];
    const vi = await check("below-vi", rows);
    expect(vi.code).toBe(EXIT.incomplete);
    expect(vi.first).toBe('Chưa đánh giá được 3/5 dòng có số liệu (3 ngoài bảng: "Thống kê theo điểm trường", dòng 6–8; xem dưới).');
    expect(vi.stdout).not.toMatch(/^Không có chỉ tiêu chưa đạt\.$/m);
    const en = await check("below-en", rows, "--lang", "en");
    expect(en.code).toBe(EXIT.incomplete);
    expect(en.first).toBe('Not judged: 3/5 rows with figures (3 outside the table: "Thống kê theo điểm trường", rows 6–8; see below).');
  });

  it("exits 0 and still starts with the block beside the table when at least half were judged", async () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Kế hoạch", "Thực hiện", null, "Hạnh kiểm", "Số HS"],
      [1, "Tỷ lệ học sinh lên lớp", "Từ 97% trở lên", "98,4%", null, "Tốt", 301],
      [2, "Số học sinh giỏi cấp tỉnh", "5 học sinh", 6, null, "Khá", 96],
      [3, "Tỷ lệ học sinh bỏ học", "Dưới 0,5%", "0,2%", null, "Đạt", 18],
    ];
    const r = await check("side", rows);
    expect(r.code).toBe(EXIT.ok);
    expect(r.first).toBe('Chưa đánh giá được 3/6 dòng có số liệu (3 ngoài bảng: "Hạnh kiểm", dòng 2–4; xem dưới).');
  });

  it("says how many rows with figures a sheet holds whose only block is not read (exit 2)", async () => {
    const rows: GridCell[][] = [["THỐNG KÊ XẾP LOẠI"], [], ["Tốt", 10, "50%"], ["Khá", 8, "40%"], ["Yếu", 2, "10%"]];
    const vi = await check("only-vi", rows);
    expect(vi.code).toBe(EXIT.usage);
    expect(vi.stderr).toMatch(/trang "S" \(3 dòng có số liệu, không dòng nào được đánh giá\): Không tìm thấy dòng tiêu đề bảng/);
    const en = await check("only-en", rows, "--lang", "en");
    expect(en.code).toBe(EXIT.usage);
    expect(en.stderr).toMatch(/sheet "S" \(3 rows with figures, none judged\): /);
  });

  it("documents in --help that blocks outside the table count for exit 4", async () => {
    expect((await runCli(["check", "--help"])).stdout).toMatch(/tính cả các khối số liệu ngoài bảng, các dòng ẩn/);
    expect((await runCli(["check", "--help", "--lang", "en"])).stdout).toMatch(/blocks of\s+figures outside its table, hidden rows and figures written in its notes column count/);
  });
});
