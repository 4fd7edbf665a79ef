// A bug inside core during `chitieu check` stays an internal error (exit 3, "not your file", the stack under CHITIEU_DEBUG),
// never the pane's one-line problem with "close and reopen the panel" advice.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { gridSheet, writeBook } from "./helpers/xlsx";

vi.mock("../core/sheet/status", async (orig) => {
  const real = await orig<typeof import("../core/sheet/status")>();
  return { ...real, planStatusColumn: () => { throw new TypeError("Cannot read properties of undefined (reading 'col')"); } };
});

describe("an exception inside core during check", () => {
  it("reaches the CLI as an internal error, not as the user's one-line problem with pane advice", async () => {
    const { checkFile } = await import("../cli/xlsx/check");
    const { failure, EXIT } = await import("../cli/errors");
    const dir = mkdtempSync(join(tmpdir(), "chitieu-internal-"));
    const path = join(dir, "so-lieu.xlsx");
    writeBook(path, [gridSheet("Số liệu", [["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"], [1, "Tỷ lệ trẻ ra lớp", "ít nhất 65%", "60%"]])]);
    const err = await checkFile(path, { plan: null, lang: "vi" }).then(() => null, (e: unknown) => e);
    const said = failure(err, "check", "vi");
    expect(said.code).toBe(EXIT.internal);
    expect(said.line).not.toMatch(/bảng điều khiển/);
  });
});
