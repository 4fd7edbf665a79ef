// `chitieu demo` (npm run demo), the README's first command: runs end to end and writes the promised files.
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "./cli-run";

let dir = "";
let run: CliRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-demo-"));
  run = await runCli(["demo", "--out", join(dir, "out"), "--no-pdf"]);
});

describe("chitieu demo", () => {
  it("exits 0 with nothing on stderr", () => {
    expect(run.stderr.trim()).toBe("");
    expect(run.code).toBe(0);
  });

  it("prints the Hải An children figure with what is still needed", () => {
    expect(run.stdout).toMatch(/Số trẻ huy động ra lớp.*7\.910 trẻ\/9\.232 \(85,7%\).*cần thêm 23 trẻ/);
  });

  it("prints counts by verdict and the schools' roll-up", () => {
    expect(run.stdout).toMatch(/✓ Đạt\s+\d+/);
    expect(run.stdout).toMatch(/\d\/6 trường đạt/);
    expect(run.stdout).toMatch(/Trường MN Đông Hải \(tải lỗi\)\.xlsx bị hỏng/);
  });

  it.each([
    "hai-an-so-lieu-2024-2025.xlsx",
    "hai-an-so-lieu-2024-2025.chitieu.xlsx",
    "tong-hop-mam-non.xlsx",
    "mau-nhap-so-lieu.xlsx",
    "mau-nhap-theo-truong.xlsx",
    "truong/Trường MN Cát Bi.xlsx",
  ])("writes out/%s", (f) => {
    expect(existsSync(join(dir, "out", f))).toBe(true);
  });
});
