#!/usr/bin/env node
// Regenerates the real-layout corpus: each test/layouts/{dev,holdout,holdout2,holdout3,holdout4,holdout5,holdout6,holdout7,holdout8,holdout9,holdout10,holdout11,holdout12,holdout13,holdout14,holdout15,holdout16,holdout17,holdout18,holdout19,holdout20,holdout21,holdout22,holdout23,holdout24,holdout25,holdout26,holdout27,holdout28,holdout29,holdout30,holdout31,holdout32,holdout33,holdout34,holdout35,holdout36}/<id>/book.ts → book.fods, expected.md (and plan.json),
// then LibreOffice headless writes book.xlsx from book.fods, so every workbook is a real spreadsheet program's file.
//
//   node scripts/build-layouts.mjs            regenerate everything (sources, then .xlsx in one LibreOffice run)
//   node scripts/build-layouts.mjs 03 holdout only layouts whose folder name or set contains one of the words
//   node scripts/build-layouts.mjs --check    exit 1 when a committed book.fods / expected.md / plan.json differs from its book.ts
//   node scripts/build-layouts.mjs --no-xlsx  write the sources only
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");
const LAYOUTS = join(ROOT, "test", "layouts");
const SETS = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36"];

/** Every layout folder: { set, id, dir }. */
export async function layoutDirs() {
  const out = [];
  const { byId } = await import(pathToFileURL(join(LAYOUTS, "layouts.ts")).href);
  for (const set of SETS) {
    const base = join(LAYOUTS, set);
    if (!existsSync(base)) continue;
    for (const id of (await readdir(base)).sort(byId)) {
      if (existsSync(join(base, id, "book.ts"))) out.push({ set, id, dir: join(base, id) });
    }
  }
  return out;
}

async function main(argv) {
  const check = argv.includes("--check");
  const noXlsx = argv.includes("--no-xlsx") || check;
  const words = argv.filter((a) => !a.startsWith("--"));
  const all = await layoutDirs();
  const chosen = words.length ? all.filter((l) => words.some((w) => l.id.includes(w) || l.set === w)) : all;
  let drift = 0;
  for (const l of chosen) {
    const { renderLayout } = await import(pathToFileURL(join(LAYOUTS, "layouts.ts")).href);
    const files = await renderLayout(l.dir, l.id);
    for (const [name, text] of Object.entries(files)) {
      const path = join(l.dir, name);
      const old = existsSync(path) ? await readFile(path, "utf8") : null;
      if (old === text) continue;
      if (check) {
        drift++;
        process.stderr.write(`${l.set}/${l.id}/${name} differs from what book.ts generates\n`);
      } else await writeFile(path, text);
    }
  }
  if (check) {
    process.stdout.write(drift ? `${drift} file(s) out of date: run node scripts/build-layouts.mjs\n` : `${chosen.length} layouts up to date\n`);
    return drift ? 1 : 0;
  }
  if (!noXlsx && chosen.length) {
    const { convertAll } = await import(pathToFileURL(join(ROOT, "test", "helpers", "libreoffice.ts")).href);
    const work = await mkdtemp(join(tmpdir(), "layouts-"));
    try {
      // LibreOffice wants distinct file names in one run: each book.fods is copied as <set>-<id>.fods.
      const inputs = [];
      for (const l of chosen) {
        const p = join(work, `${l.set}-${l.id}.fods`);
        await copyFile(join(l.dir, "book.fods"), p);
        inputs.push(p);
      }
      const results = await convertAll(inputs, "xlsx", { outDir: join(work, "out"), timeoutMs: 600_000 });
      for (let i = 0; i < chosen.length; i++) await copyFile(results[i].output, join(chosen[i].dir, "book.xlsx"));
      process.stdout.write(`${chosen.length} workbooks written by LibreOffice in ${(results[0].ms / 1000).toFixed(1)} s\n`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
