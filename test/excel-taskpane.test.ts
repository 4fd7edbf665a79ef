// The Office.js host under the session, against office-addin-mock: round trips do not grow with the sheet, only loaded properties are read, user cells are never overwritten.
import { describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../core/types";
import { byteSlices, mergesIn, OfficeWorkbook, READ_CHUNK_CELLS, rowSlices, WRITE_CHUNK_BYTES, type ExcelRun } from "../addin-excel/host/excel-host";
import { a1, parseA1 } from "../core/sheet/model";
import { Session } from "../core/session/session";

interface Recorder {
  run: ExcelRun;
  syncs: () => number;
  writes: { address: string; kind: string; value: unknown }[];
  suspended: () => number;
  loads: string[];
}

/**
 * An office-addin-mock workbook with one sheet. Methods office-addin-mock cannot model (getRange, conditional
 * formats) are seeded; every range is its own mock, so reading a property that was not loaded and synced gives
 * the mock's error string instead of a value.
 */
function mockWorkbook(values: CellValue[][], mergedAddress?: string): Recorder {
  const rows = values.length;
  const cols = Math.max(...values.map((r) => r.length));
  const grid = values.map((r) => [...r, ...Array(cols - r.length).fill("")]);
  const mocks: Array<() => Promise<void>> = [];
  const writes: Recorder["writes"] = [];
  const loads: string[] = [];
  let syncs = 0;
  let suspended = 0;
  // The mock assigns loaded values to the object during sync; only assignments made by the code under test are writes.
  let inSync = false;
  const track = <T extends OfficeMockObject>(m: T): T => {
    mocks.push(m.sync.bind(m));
    const load = m.load.bind(m);
    m.load = ((p: string) => {
      loads.push(String(p));
      return load(p);
    }) as typeof m.load;
    return m;
  };
  const range = (address: string) => {
    // Whole columns ("F:F", for widths) cover the used rows.
    const col = /^([A-Z]+):([A-Z]+)$/.exec(address);
    const r = col ? parseA1(`${col[1]}1:${col[2]}${rows}`)! : parseA1(address)!;
    const slice = (g: unknown[][]) => {
      const out: unknown[][] = [];
      for (let i = r.top; i <= r.bottom; i++) out.push(Array.from({ length: r.right - r.left + 1 }, (_, j) => g[i]?.[r.left + j] ?? ""));
      return out;
    };
    const m = track(
      new OfficeMockObject({
        values: slice(grid),
        numberFormat: slice(grid.map((row) => row.map(() => "General"))),
        format: {
          font: { bold: false, italic: false, color: "", name: "", size: 11 },
          fill: { color: "" },
          horizontalAlignment: "General",
          verticalAlignment: "Bottom",
          wrapText: false,
          columnWidth: 0,
          rowHeight: 0,
          borders: { getItem: () => ({}) },
        },
        conditionalFormats: {
          clearAll: () => writes.push({ address, kind: "cf.clear", value: null }),
          add: () => {
            const cf = { cellValue: { format: { fill: {}, font: {} }, rule: null } };
            writes.push({ address, kind: "cf.add", value: cf });
            return cf;
          },
        },
      }),
    ) as OfficeMockObject & Record<string, unknown>;
    for (const kind of ["formulas", "numberFormat"]) {
      let v: unknown = m[kind];
      Object.defineProperty(m, kind, {
        get: () => v,
        set: (x) => {
          v = x;
          if (!inSync && Array.isArray(x)) writes.push({ address, kind, value: x });
        },
      });
    }
    return m;
  };
  const used = track(new OfficeMockObject({ address: `Sheet1!${a1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })}`, rowCount: rows, columnCount: cols, rowIndex: 0, columnIndex: 0 }));
  (used as unknown as { isNullObject: boolean }).isNullObject = false;
  if (mergedAddress !== undefined) {
    const merged = track(new OfficeMockObject({ address: mergedAddress }));
    (merged as unknown as { isNullObject: boolean }).isNullObject = false;
    (used as unknown as { getMergedAreasOrNullObject: () => unknown }).getMergedAreasOrNullObject = () => merged;
  }
  const ws = track(new OfficeMockObject({ name: "Sheet1", getUsedRangeOrNullObject: () => used, getRange: range }));
  (ws as unknown as { isNullObject: boolean }).isNullObject = false;
  // The sheet list is plain data here: office-addin-mock cannot load collection items.
  const worksheets = {
    items: [{ id: "{1}", name: "Sheet1", visibility: "Visible" }],
    load: () => undefined,
    getActiveWorksheet: () => ws,
    getItem: () => ws,
    getItemOrNullObject: () => ws,
  };
  const ctx = track(new OfficeMockObject({ workbook: { application: { suspendApiCalculationUntilNextSync: () => suspended++ } } }));
  (ctx as unknown as { workbook: { worksheets: unknown } }).workbook.worksheets = worksheets;
  (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    inSync = true;
    for (const sync of mocks) await sync();
    inSync = false;
  };
  const run: ExcelRun = (batch) => batch(ctx as unknown as Excel.RequestContext);
  return { run, syncs: () => syncs, writes, suspended: () => suspended, loads };
}

/** An indicator list: header row, `n` indicator rows, `extra` filler columns so a sheet can reach any cell count. */
function listSheet(n: number, extra = 0): CellValue[][] {
  const header = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", ...Array.from({ length: extra }, (_, i) => `Ghi chú ${i + 1}`)];
  const targets = ["ít nhất 65%", "không quá 45 lớp", "28/28 trường", "trên 75%"];
  const actuals: CellValue[] = [0.632, 46, 28, 0.8];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < n; i++) {
    rows.push([i + 1, `Chỉ tiêu số ${i + 1}`, "%", targets[i % 4], actuals[i % 4], ...Array.from({ length: extra }, () => "")]);
  }
  return rows;
}

/** Starts a session over the mock, with no plan, and reads the sheet: the syncs before the write are the read's. */
async function opened(wb: Recorder): Promise<Session> {
  const s = new Session(new OfficeWorkbook(wb.run, null), { today: "2026-01-15" });
  await s.start();
  await s.choosePlan({ kind: "none" });
  s.toStep("sheet");
  const listed = wb.syncs();
  await s.openSheet("Sheet1");
  expect(wb.syncs() - listed).toBe(2);
  return s;
}

async function checkAndWrite(values: CellValue[][]) {
  const wb = mockWorkbook(values);
  const s = await opened(wb);
  expect(s.checked).not.toBeNull();
  const readSyncs = wb.syncs();
  await s.write();
  return { wb, s, readSyncs, total: wb.syncs() };
}

describe("a check makes the same number of round trips whatever the sheet size", () => {
  it("uses as many syncs on a 100,000-cell sheet (2,000 rows × 50 columns) as on a 5-row sheet", async () => {
    const small = await checkAndWrite(listSheet(4));
    const big = await checkAndWrite(listSheet(1_999, 45));
    const cells = big.s.pending!.sheet.values.length * big.s.pending!.sheet.values[0].length;
    expect(cells).toBe(100_000);
    expect([small.s.step, big.s.step]).toEqual(["results", "results"]);
    expect(big.readSyncs).toBe(small.readSyncs);
    expect(big.total).toBe(small.total);
    // list sheets: 1; read: size + cells; write: verify unchanged + write everything.
    expect(small.readSyncs).toBe(3);
    expect(small.total).toBe(5);
  });

  it("suspends calculation before writing and writes the status block as one 2-D formulas array", async () => {
    const { wb } = await checkAndWrite(listSheet(8));
    expect(wb.suspended()).toBeGreaterThan(0);
    const formulaWrites = wb.writes.filter((w) => w.kind === "formulas");
    expect(formulaWrites).toHaveLength(1);
    expect(formulaWrites[0].address).toBe(a1({ top: 0, left: 5, bottom: 8, right: 6 }));
    const grid = formulaWrites[0].value as unknown[][];
    expect(grid).toHaveLength(9);
    expect(String(grid[1][0]).startsWith("=")).toBe(true);
  });

  it("loads only values, number formats and the used range's geometry", () => {
    return (async () => {
      const { wb } = await checkAndWrite(listSheet(3));
      const props = new Set(wb.loads.flatMap((l) => l.split(",")));
      expect([...props].sort()).toEqual(["address", "columnCount", "columnIndex", "name", "numberFormat", "rowCount", "rowIndex", "values"].sort());
    })();
  });
});

describe("a status block too big for one request", () => {
  it("is written in slices of at most WRITE_CHUNK_BYTES, one more sync per slice, reads unchanged", async () => {
    // 10,000 indicator rows: each live formula is about 1 KB, so the block is about 11 MB.
    const { wb, total, readSyncs, s: session } = await checkAndWrite(listSheet(9_999, 5));
    expect(session.step).toBe("results");
    const writes = wb.writes.filter((w) => w.kind === "formulas");
    expect(writes.length).toBeGreaterThan(1);
    for (const w of writes) expect(new TextEncoder().encode(JSON.stringify(w.value)).length).toBeLessThan(WRITE_CHUNK_BYTES);
    expect(readSyncs).toBe(3);
    expect(total).toBe(3 + 1 + writes.length);
  });
});

describe("the status column never overwrites user cells", () => {
  it("refuses, names the cells and writes nothing when the explanation column holds the user's notes", async () => {
    const values = listSheet(4);
    values[0].push("Đánh giá (Chỉ tiêu)", "Ý kiến của tôi");
    values[2].push("", "đã xác minh");
    const wb = mockWorkbook(values);
    const s = await opened(wb);
    await s.write();
    expect(s.step).toBe("mapping");
    expect(s.problem?.cells.map((c) => c.address)).toContain("G3");
    expect(wb.writes).toEqual([]);
  });

  it("rewrites its own status column on a re-check", async () => {
    const values = listSheet(4);
    values[0].push("Đánh giá (Chỉ tiêu)", "Giải thích (Chỉ tiêu)");
    values[1].push("Đạt", "✓ cũ");
    const { wb, s } = await checkAndWrite(values);
    expect(s.step).toBe("results");
    expect(wb.writes.find((w) => w.kind === "formulas")?.address).toMatch(/^F1:G/);
  });
});

describe("merged header cells", () => {
  it("reach SheetData in values coordinates, read in the same round trip as the cells", async () => {
    const values = listSheet(3);
    const wb = mockWorkbook(values, "Sheet1!E1:F1, 'Sheet1'!A7:B7");
    const s = await opened(wb);
    expect(s.pending!.sheet.merges).toEqual([
      { top: 0, left: 4, bottom: 0, right: 5 },
      { top: 6, left: 0, bottom: 6, right: 1 },
    ]);
  });

  it("parses a RangeAreas address relative to the used range's origin", () => {
    expect(mergesIn("S!C3:D3", { row: 2, col: 1 })).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
  });
});

describe("payload splitting", () => {
  it("reads in one slice up to the chunk size and in several beyond it", () => {
    expect(rowSlices(10_000, Math.floor(READ_CHUNK_CELLS / 10))).toHaveLength(1);
    expect(rowSlices(50_000, Math.floor(READ_CHUNK_CELLS / 10))).toEqual([
      [0, 20_000],
      [20_000, 40_000],
      [40_000, 50_000],
    ]);
  });

  it("splits writes whose JSON would pass the byte limit", () => {
    const rows = Array.from({ length: 100 }, () => ["x".repeat(1000)]);
    const slices = byteSlices(rows, 10_000);
    expect(slices.length).toBeGreaterThan(10);
    expect(slices[0][0]).toBe(0);
    expect(slices[slices.length - 1][1]).toBe(100);
    expect(byteSlices(rows, 10_000_000)).toEqual([[0, 100]]);
  });
});

describe("rules no native formula can judge", () => {
  it("get a live CHITIEU.TARGET_STATUS call instead of a frozen label", async () => {
    // A change target with no baseline column on the sheet: the compiler cannot write it, the function can judge it.
    const values = listSheet(2);
    values.push([3, "Tỷ lệ học sinh giỏi", "%", "tăng so với năm học trước", 0.45]);
    const { wb } = await checkAndWrite(values);
    const grid = wb.writes.find((w) => w.kind === "formulas")!.value as unknown[][];
    expect(grid[grid.length - 1][0]).toBe(`=CHITIEU.TARGET_STATUS(E4,"tăng so với năm học trước")`);
  });
});
