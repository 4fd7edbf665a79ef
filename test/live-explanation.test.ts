// Self-checking workbooks whose explanation follows the figure: typed into a blank form and recalculated by LibreOffice, both the status and the explanation change.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXPLANATION_HEADER, STATUS_HEADER } from "../core/sheet/edits";
import { STALE_EXPLANATION } from "../core/sheet/status";
import type { CellValue } from "../core/types";
import { getBundledPlan } from "../core/plan";
import { gridWorkbook } from "../bench/workbooks";
import { libreOfficeAvailable, recalculate } from "./helpers/libreoffice";
import { fillCells } from "./helpers/xlsx";
import { loadBook, runCli } from "./cli-run";

const LO = libreOfficeAvailable();
const SHEET = "Nhập số liệu";
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-live-expl-"));
});

/** Column of the header cell in `row` equal to `text`. */
const col = (row: CellValue[] | undefined, text: string) => (row ?? []).findIndex((v) => v === text);

describe.skipIf(!LO)("a blank form's explanation column", () => {
  // Figures as a clerk types them into the yellow cells: a rate, a count, a word; each changes the row's verdict.
  it.each<[string, CellValue]>([
    ["a rate", 0.5],
    ["a count", 3],
  ])("changes with its status once %s is typed, and stays the engine's sentence on untouched rows", async (_what, figure) => {
    const form = join(dir, `mau-${String(figure)}.xlsx`);
    expect((await runCli(["template", "hai-an-2024-2025", "-o", form])).code).toBe(0);
    const wb = await loadBook(form);
    const values = wb.sheet(SHEET).values;
    const header = values.findIndex((row) => row?.[0] === "STT");
    const actual = col(values[header], "Thực hiện");
    const status = col(values[header], STATUS_HEADER);
    const expl = col(values[header], EXPLANATION_HEADER);
    expect(Math.min(actual, status, expl)).toBeGreaterThanOrEqual(0);
    // The first two rows whose explanation is live (a formula): the first gets the figure, the second stays blank.
    const live = values.map((_, r) => r).filter((r) => r > header && (wb.sheet(SHEET).formulas?.[r]?.[expl] ?? "") !== "");
    expect(live.length).toBeGreaterThan(10);
    const [typed, untouched] = live;
    const before = await recalculate(form);
    const was = { status: before.workbook.value(SHEET, [typed, status]), expl: before.workbook.value(SHEET, [typed, expl]), other: before.workbook.value(SHEET, [untouched, expl]) };
    expect(was.status).toBe("Chưa có số liệu");

    const filled = join(dir, `mau-da-nhap-${String(figure)}.xlsx`);
    fillCells(form, filled, SHEET, [[typed, actual, figure]]);
    const after = (await recalculate(filled)).workbook;
    expect(after.value(SHEET, [typed, status])).not.toBe(was.status);
    expect(after.value(SHEET, [typed, expl])).toBe(STALE_EXPLANATION.vi);
    expect(after.value(SHEET, [untouched, expl])).toBe(was.other);
  }, 120_000);
});

describe.skipIf(!LO)("a unit matrix's row summaries", () => {
  // The bench's school × indicator matrix: numerator/denominator pairs (judged as "59/59"), yes/no words and rates.
  it("stay the engine's sentences once LibreOffice recalculates the checked file, and turn stale when a figure changes", async () => {
    const plan = getBundledPlan("hai-an-2024-2025")!;
    const input = await gridWorkbook(plan, "matrix", 3_000);
    const out = join(dir, "ma-tran.chitieu.xlsx");
    expect((await runCli(["check", input, "--plan", "hai-an-2024-2025", "--as-of", "2025-05-31", "-o", out])).code).toBe(0);
    const wb = await loadBook(out);
    const name = wb.names[0];
    const { values, formulas } = wb.sheet(name);
    const header = values.findIndex((row) => (row ?? []).includes(EXPLANATION_HEADER));
    const expl = col(values[header], EXPLANATION_HEADER);
    const rows = values.map((_, r) => r).filter((r) => r > header && (formulas?.[r]?.[expl] ?? "") !== "");
    expect(rows.length).toBeGreaterThan(20);
    const recalced = (await recalculate(out)).workbook;
    const shown = rows.map((r) => recalced.value(name, [r, expl]));
    expect(shown).toEqual(rows.map((r) => values[r][expl]));
    expect(shown).not.toContain(STALE_EXPLANATION.vi);
    // A figure behind a live status of the first row typed as a word: its status changes, so that row's summary (which
    // says what the row's statuses say) turns stale; the next row keeps its sentence. A figure whose status stays the
    // same leaves the summary true, and it stays.
    const [first, second] = rows;
    const statusCol = values[header].findIndex((v, c) => c < expl && typeof v === "string" && v.startsWith(STATUS_HEADER) && (formulas?.[first]?.[c] ?? "") !== "");
    expect(statusCol).toBeGreaterThan(0);
    const ref = /\b([A-Z]{1,3})(\d+)\b/.exec(formulas![first][statusCol]!)!;
    const figureCol = ref[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(Number(ref[2]) - 1).toBe(first);
    const filled = join(dir, "ma-tran-sua.xlsx");
    fillCells(out, filled, name, [[first, figureCol, "không rõ"]]);
    const after = (await recalculate(filled)).workbook;
    expect(after.value(name, [first, statusCol])).not.toBe(values[first][statusCol]);
    expect(after.value(name, [first, expl])).toBe(STALE_EXPLANATION.vi);
    expect(after.value(name, [second, expl])).toBe(values[second][expl]);
  }, 180_000);
});
