// `chitieu template`: blank forms whose live formulas, once a clerk fills them in, give the engine's verdicts in LibreOffice.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundledPlan } from "../core/plan/bundled";
import type { Plan } from "../core/plan/schema";
import { STATUS_HEADER } from "../core/sheet/edits";
import { columnLetters } from "../core/sheet/model";
import type { CheckedSheet } from "../core/sheet/types";
import { pickOutcome, ruleOf, sampleFigure, SAMPLE_SCHOOLS } from "../cli/xlsx/sample";
import { unitNames } from "../cli/xlsx/template";
import { libreOfficeAvailable, recalculate } from "./helpers/libreoffice";
import { fillCells, validatePackage, type TestBook } from "./helpers/xlsx";
import { loadBook, runCli, sha256 } from "./cli-run";
import type { CellValue } from "../core/types";

const PLAN = "hai-an-2024-2025";
const LO = libreOfficeAvailable();
let dir = "";
let plan: Plan;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-template-"));
  plan = getBundledPlan(PLAN)!;
});

/** Column (0-based) of the first header cell in `row` passing `test`. */
function columnOf(wb: TestBook, sheet: string, row: number, test: (s: string) => boolean): number {
  return (wb.sheet(sheet).values[row] ?? []).findIndex((v) => typeof v === "string" && test(v));
}

/** The figures a clerk would type into a list form: one per indicator row (baseline too for change targets). */
function fillList(wb: TestBook, sheet: string, header: number): Array<[number, number, CellValue]> {
  const byName = new Map(plan.indicators.map((i) => [i.name, i] as const));
  const nameCol = columnOf(wb, sheet, header, (s) => s === "Nội dung chỉ tiêu");
  const baseCol = columnOf(wb, sheet, header, (s) => s === "Đầu năm");
  const actCol = columnOf(wb, sheet, header, (s) => s === "Thực hiện");
  const out: Array<[number, number, CellValue]> = [];
  const values = wb.sheet(sheet).values;
  for (let r = header + 1; r < values.length; r++) {
    const ind = byName.get(String(values[r]?.[nameCol]));
    const rule = ind && ruleOf(ind);
    if (!ind || !rule) continue;
    const fig = sampleFigure(rule, pickOutcome(ind.id, 3), ind.id);
    if (fig.actual === null || fig.actual === undefined) continue;
    out.push([r, actCol, fig.actual]);
    if (fig.baseline !== undefined) out.push([r, baseCol, fig.baseline]);
  }
  return out;
}

/** LibreOffice's value of every status cell next to the engine's label for the same item. */
async function compare(filled: string, result: CheckedSheet): Promise<{ at: string; lo: unknown; engine: string }[]> {
  const { workbook } = await recalculate(filled);
  const header = workbook.sheet(result.sheet).values[result.layout.headerRows[0]] ?? [];
  // A status column is found by the heading of the figure column it judges ("Đánh giá (Chỉ tiêu): <heading>"), never
  // by position: a matrix group whose rule has no live formula gets no status column, and the others must not shift.
  const statusOf = new Map<string, number>();
  header.forEach((v, i) => {
    if (typeof v === "string" && v.startsWith(STATUS_HEADER)) statusOf.set(v.slice(STATUS_HEADER.length).replace(/^\s*:\s*/, ""), i);
  });
  const groups = result.layout.shape === "matrix" ? result.layout.groups : [];
  return result.items.flatMap((it) => {
    const col = groups.length ? statusOf.get(String(groups[it.group ?? 0]?.header ?? "")) : [...statusOf.values()][0];
    return col === undefined ? [] : [{ at: `${col}:${it.row}`, lo: workbook.value(result.sheet, [it.row, col]), engine: it.verdict.labels.vi }];
  });
}

describe("chitieu template --layout list", () => {
  const form = () => join(dir, "mau.xlsx");
  it("creates a form with a live status formula per indicator and exits 0", async () => {
    const r = await runCli(["template", PLAN, "-o", form()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${plan.indicators.length} ô đánh giá`);
    const wb = await loadBook(form());
    expect(wb.formulaCells("Nhập số liệu").size).toBeGreaterThan(plan.indicators.length * 0.9);
    expect(validatePackage(form())).toEqual([]);
  });

  it.skipIf(!LO)("once filled in and recalculated by LibreOffice, shows exactly the verdicts the engine gives the filled sheet", async () => {
    const wb = await loadBook(form());
    const header = wb.sheet("Nhập số liệu").values.findIndex((row) => row?.[0] === "STT");
    const figures = fillList(wb, "Nhập số liệu", header);
    expect(figures.filter((f) => f[1] === columnOf(wb, "Nhập số liệu", header, (s) => s === "Thực hiện")).length).toBeGreaterThan(50);
    const filled = join(dir, "mau-da-nhap.xlsx");
    fillCells(form(), filled, "Nhập số liệu", figures);
    const before = await sha256(filled);
    const check = await runCli(["check", filled, "--plan", PLAN, "-o", join(dir, "mau-da-nhap.out.xlsx"), "--json"]);
    expect(check.code).toBe(0);
    expect(await sha256(filled)).toBe(before);
    const result: CheckedSheet = JSON.parse(check.stdout).result;
    // Every status the form holds as a formula follows the figures; the form writes a label only where no formula
    // could judge as the engine does ("tốp đầu thành phố" read as top 10: target_partly_read), said in its notes.
    const live = wb.formulaCells("Nhập số liệu");
    const isLive = (at: string) => {
      const [c, r] = at.split(":").map(Number);
      return live.has(`${columnLetters(c)}${r + 1}`);
    };
    const rows = await compare(filled, result);
    expect(rows.filter((r) => isLive(r.at) && r.lo !== r.engine)).toEqual([]);
    const labelled = new Set(rows.filter((r) => !isLive(r.at)).map((r) => Number(r.at.split(":")[1])));
    // Labelled as values: the target read only in part, and targets with two readings the engine chose between
    // ("giảm 1,5% so với đầu năm": points or per cent, decided by the baseline), which no formula states
    // (core/rule/formula.ts).
    const twoReadings = (it: (typeof result.items)[number]) => Boolean(it.verdict.rule?.alternative || it.verdict.rule?.rivals || it.verdict.rule?.unsure);
    expect(result.items.filter((it) => labelled.has(it.row) && !twoReadings(it)).map((it) => [it.indicatorId, it.noFormula])).toEqual([["thcs.thi-lop10.diem-binh-quan", "partlyRead"]]);
    expect(new Set(rows.map((r) => r.engine)).size).toBeGreaterThanOrEqual(3);
  });
});

describe("chitieu template --layout matrix", () => {
  it("reads unit names from a text file, skipping the header line and blanks", () => {
    expect(unitNames("\uFEFFTên trường\nTrường MN Cát Bi\n\n# ghi chú\n\"Trường MN Thành Tô, cơ sở 2\",x\n")).toEqual(["Trường MN Cát Bi", "Trường MN Thành Tô, cơ sở 2"]);
  });

  it.skipIf(!LO)("gives one row per school whose live verdicts LibreOffice computes as the engine does", async () => {
    const units = join(dir, "truong.txt");
    await writeFile(units, ["Tên trường", ...SAMPLE_SCHOOLS].join("\n"));
    const form = join(dir, "mau-truong.xlsx");
    const r = await runCli(["template", PLAN, "-o", form, "--layout", "matrix", "--units", units]);
    expect(r.code).toBe(0);
    const wb = await loadBook(form);
    const values = wb.sheet("Nhập số liệu").values;
    const header = values.findIndex((row) => row?.[0] === "STT");
    const byId = new Map(plan.indicators.map((i) => [i.id, i] as const));
    const heads = values[header] ?? [];
    const figures: Array<[number, number, CellValue]> = [];
    SAMPLE_SCHOOLS.forEach((school, u) => {
      heads.forEach((h, c) => {
        const id = typeof h === "string" && !h.startsWith(STATUS_HEADER) ? /\[([^\]]+)\]$/.exec(h)?.[1] : undefined;
        const ind = id ? byId.get(id) : undefined;
        const rule = ind && ruleOf(ind);
        if (!ind || !rule) return;
        const fig = sampleFigure(rule, pickOutcome(`${school}|${ind.id}`), `${school}|${ind.id}`);
        if (fig.actual !== null && fig.actual !== undefined) figures.push([header + 2 + u, c, fig.actual]);
      });
    });
    const filled = join(dir, "mau-truong-da-nhap.xlsx");
    fillCells(form, filled, "Nhập số liệu", figures);
    const check = await runCli(["check", filled, "--plan", PLAN, "-o", join(dir, "mau-truong.out.xlsx"), "--json"]);
    expect(check.stderr.trim()).toBe("");
    expect(check.code).toBe(0);
    const result: CheckedSheet = JSON.parse(check.stdout).result;
    expect(result.layout.shape).toBe("matrix");
    expect(result.rollUps.length).toBeGreaterThan(0);
    const rows = await compare(filled, result);
    // Groups whose rule has no live formula (a frequency per year) carry no status column; the rest are all compared.
    expect(rows.length).toBeGreaterThanOrEqual(result.items.length * 0.8);
    expect(rows.filter((x) => x.lo !== x.engine)).toEqual([]);
  });

  it("refuses --layout matrix without --units", async () => {
    const r = await runCli(["template", PLAN, "-o", join(dir, "x.xlsx"), "--layout", "matrix"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/--layout matrix cần --units/);
  });
});
