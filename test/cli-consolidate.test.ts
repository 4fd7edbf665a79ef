// `chitieu consolidate` on a folder of schools' workbooks: roll-up, per-unit verdicts LibreOffice agrees with, unreadable files listed.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundledPlan } from "../core/plan/bundled";
import { STATUS_HEADER } from "../core/sheet/edits";
import type { CheckedSheet } from "../core/sheet/types";
import { SAMPLE_SCHOOLS, schoolSample } from "../cli/xlsx/sample";
import { consolidate } from "../cli/xlsx/consolidate";
import { convert, libreOfficeAvailable, recalculate } from "./helpers/libreoffice";
import { validatePackage, writeBook } from "./helpers/xlsx";
import { loadBook, runCli, sha256, type CliRun } from "./cli-run";

const PLAN = "hai-an-2024-2025";
const LO = libreOfficeAvailable();
const SCHOOLS = SAMPLE_SCHOOLS.slice(0, 4);
let dir = "";
let folder = "";
let run: CliRun;
let result: CheckedSheet;
const hashes = new Map<string, string>();
const out = () => join(dir, "tong-hop.xlsx");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-consolidate-"));
  folder = join(dir, "truong");
  await mkdir(folder);
  const plan = getBundledPlan(PLAN)!;
  for (let i = 0; i < SCHOOLS.length; i++) writeBook(join(folder, `${SCHOOLS[i]}.xlsx`), [schoolSample(plan, SCHOOLS[i], i + 1).spec]);
  await writeFile(join(folder, "tai-do-dang.xlsx"), readFileSync(join(folder, `${SCHOOLS[0]}.xlsx`)).subarray(0, 2000));
  await writeFile(join(folder, "bang-tinh.xlsx"), "STT,Nội dung,Thực hiện\n1,a,2\n");
  await writeFile(join(folder, "~$Trường MN Cát Bi.xlsx"), "lock");
  for (const f of await readdir(folder)) hashes.set(f, await sha256(join(folder, f)));
  run = await runCli(["consolidate", folder, "--plan", PLAN, "-o", out(), "--json"]);
  result = JSON.parse(run.stdout).result;
});

describe("chitieu consolidate", () => {
  it("exits 0 and changes none of the schools' files", async () => {
    expect(run.code).toBe(0);
    for (const [f, h] of hashes) expect(await sha256(join(folder, f)), f).toBe(h);
  });

  it("shows progress on stderr as n/N lines when stderr is not a terminal, skipping Excel lock files", () => {
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(SCHOOLS.length + 2);
    expect(lines.at(-1)).toMatch(/^6\/6 /);
  });

  it("rolls every indicator up over the schools it could read ('n/4 trường đạt')", () => {
    expect(result.layout.shape).toBe("matrix");
    expect(result.rollUps.length).toBeGreaterThan(3);
    // Schools without a figure are counted and said after the count, never folded into "not met".
    for (const r of result.rollUps) expect(r.text.vi).toMatch(/^\d\/4 trường đạt( \(\d chưa có số liệu\))?$/);
  });

  it("lists the files it could not read and why, on their own sheet", async () => {
    const parsed = JSON.parse(run.stdout) as { failed: { file: string; reason: string }[] };
    expect(parsed.failed.map((f) => f.file.split("/").pop()).sort()).toEqual(["bang-tinh.xlsx", "tai-do-dang.xlsx"]);
    const texts = (await loadBook(out())).texts("Không đọc được");
    expect(texts.join("\n")).toMatch(/tai-do-dang\.xlsx bị hỏng/);
    expect(texts.join("\n")).toMatch(/bang-tinh\.xlsx không phải tệp \.xlsx/);
  });

  it("writes the matrix, the report and the per-unit summary", async () => {
    const names = (await loadBook(out())).names;
    expect(names).toEqual(["Tổng hợp", "Báo cáo", "Theo đơn vị", "Không đọc được"]);
    expect(validatePackage(out())).toEqual([]);
  });

  it.skipIf(!LO)("gives, once LibreOffice recalculates, the engine's verdict for every school and indicator", async () => {
    const { workbook } = await recalculate(out());
    const header = workbook.sheet(result.sheet).values[result.layout.headerRows[0]] ?? [];
    const statusCols = header.flatMap((v, i) => (typeof v === "string" && v.startsWith(STATUS_HEADER) ? [i] : []));
    const bad = result.items
      .map((it) => ({ unit: it.unitName, name: it.name, lo: workbook.value(result.sheet, [it.row, statusCols[it.group!]]), engine: it.verdict.labels.vi }))
      .filter((m) => m.lo !== m.engine);
    expect(result.layout.shape === "matrix" && result.items.length).toBe(SCHOOLS.length * (result.layout.shape === "matrix" ? result.layout.groups.length : 0));
    expect(bad).toEqual([]);
  });

  it("refuses to run without --plan", async () => {
    const r = await runCli(["consolidate", folder, "-o", out()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/thiếu --plan/);
  });
});

describe.skipIf(!LO)("chitieu consolidate with .xls and .ods files", () => {
  let mixed = "";
  let mixedRun: CliRun;
  beforeAll(async () => {
    const plan = getBundledPlan(PLAN)!;
    mixed = join(dir, "hon-hop");
    await mkdir(join(mixed, "cu"), { recursive: true });
    const src = join(dir, "nguon");
    await mkdir(src, { recursive: true });
    SCHOOLS.slice(0, 3).forEach((s, i) => writeBook(join(src, `t${i}.xlsx`), [schoolSample(plan, s, i + 1).spec]));
    writeBook(join(mixed, "t0.xlsx"), [schoolSample(plan, SCHOOLS[0], 1).spec]);
    const [xls, ods] = await Promise.all([convert(join(src, "t1.xlsx"), "xls", { outDir: mixed }), convert(join(src, "t2.xlsx"), "ods", { outDir: mixed })]);
    expect([xls.output, ods.output].map((p) => p.split("/").pop())).toEqual(["t1.xls", "t2.ods"]);
    await writeFile(join(mixed, "ghi-chu.txt"), "không phải sổ tính");
    mixedRun = await runCli(["consolidate", mixed, "--plan", PLAN, "-o", join(dir, "hon-hop.xlsx"), "--json", "-q"]);
  });

  it("reads every spreadsheet, says which went through LibreOffice, and lists what it left out", () => {
    expect(mixedRun.code).toBe(0);
    const j = JSON.parse(mixedRun.stdout) as { units: { file: string; via: string }[]; failed: unknown[]; skipped: { file: string; reason: string }[] };
    expect(j.units.map((u) => [u.file.split("/").pop(), u.via])).toEqual([
      ["t0.xlsx", "xlsx"],
      ["t1.xls", "libreoffice"],
      ["t2.ods", "libreoffice"],
    ]);
    expect(j.failed).toEqual([]);
    expect(j.skipped.map((s) => s.file.split("/").pop()).sort()).toEqual(["cu", "ghi-chu.txt"]);
  });

  it("without LibreOffice, lists each .xls/.ods file as unreadable with what to do, dropping none", async () => {
    const plan = getBundledPlan(PLAN)!;
    const files = (await readdir(mixed)).filter((f) => /\.(xlsx|xls|ods)$/.test(f)).map((f) => join(mixed, f));
    const done = await consolidate(files, plan, { soffice: null });
    expect(done.units.map((u) => u.file.split("/").pop())).toEqual(["t0.xlsx"]);
    expect(done.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^t1\.xls: cần LibreOffice để đọc tệp \.xls .*lưu thành \.xlsx$/),
      expect.stringMatching(/^t2\.ods: cần LibreOffice để đọc tệp \.ods/),
    ]);
  });
});
