// The .xlsx file host under the session: stable sheet ids, the "changed since read" re-check, free names for new sheets, and an input never written.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { valuesIn } from "../../core/host/host";
import { Session } from "../../core/session/session";
import { STATUS_HEADER } from "../../core/sheet/edits";
import type { PrintSetup } from "../../core/sheet/output";
import { planStatusColumn } from "../../core/sheet/status";
import { gridSheet, TestBook, writeBook, type GridCell } from "../../test/helpers/xlsx";
import { FileHost } from "./host";
import { openWorkbook } from "./read";
import { saveAtomic } from "./write";

const TABLE: GridCell[][] = [
  ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
  [1, "Tỷ lệ trẻ ra lớp", "ít nhất 65%", "60%"],
  [2, "Số lớp", "không quá 45 lớp", 46],
];

const PRINT: PrintSetup = { paper: "A4", orientation: "portrait", margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 }, fitToWidth: true };

/** A workbook file with the table on "Số liệu" after a general sheet, opened under a file host and a session. */
async function opened(extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-file-host-"));
  const path = join(dir, "so-lieu.xlsx");
  writeBook(path, [gridSheet("Thông tin", [["Trường MN Hoa Sen"]]), gridSheet("Số liệu", TABLE), ...extra.map((n) => gridSheet(n, [["x"]]))]);
  const host = new FileHost(await openWorkbook(path));
  const session = new Session(host, { today: "2026-01-15" });
  await session.start();
  await session.choosePlan({ kind: "none" });
  return { dir, path, host, session };
}

describe("FileHost", () => {
  it("lists every sheet in tab order with the package's sheetId as its id, and reads none it does not hold", async () => {
    const { host } = await opened();
    const list = await host.listSheets();
    expect(list.sheets.map((s) => [s.id, s.name, s.visible])).toEqual([["1", "Thông tin", true], ["2", "Số liệu", true]]);
    expect(await host.readSheet("Khác")).toBeNull();
  });

  it.each<[string, (v: unknown[][]) => void, string[]]>([
    ["the block still holds what was read", () => undefined, []],
    ["a cell of the block differs from what was read", (v) => (v[1][0] = "đã sửa"), ["E2"]],
  ])("writes only when %s", async (_what, tamper, changed) => {
    const { host, session } = await opened();
    await session.openSheet("Số liệu");
    const p = session.pending!;
    if (!p.result.ok) throw new Error("no table");
    const planned = planStatusColumn(p.sheet, p.result, { names: true, liveExplanations: true });
    if (!planned.ok) throw new Error("not planned");
    const expected = valuesIn(p.sheet, planned.edits.block.range);
    tamper(expected);
    const out = await host.applyEdits(planned.edits, expected);
    expect(out.ok ? [] : out.kind === "changed" ? out.cells : [out.kind]).toEqual(changed);
  });

  it("gives a new sheet a free name and keeps it the tool's whole sheet", async () => {
    const { host } = await opened(["Báo cáo"]);
    const info = await host.addSheet({ name: "Báo cáo", cells: [[{ text: "BÁO CÁO" }]], font: { name: "Times New Roman", size: 13 }, styles: [], merges: [], columnWidths: [], rowHeights: {}, conditionalFormats: [], print: PRINT });
    expect(info.name).toBe("Báo cáo (2)");
    expect(host.added[0].owned).toHaveLength(1);
  });

  it("runs the session's check into a new file beside the input, the input's bytes untouched", async () => {
    const { dir, path, host, session } = await opened();
    const before = readFileSync(path);
    await session.openSheet("Số liệu");
    await session.write();
    expect(session.problem).toBeNull();
    const out = join(dir, "so-lieu.chitieu.xlsx");
    await saveAtomic(host.writer, out);
    expect(readFileSync(path).equals(before)).toBe(true);
    const book = new TestBook(out);
    expect(book.value("Số liệu", [0, 4])).toBe(STATUS_HEADER);
    expect(book.value("Số liệu", [2, 4])).toBe("Chưa đạt");
  });
});
