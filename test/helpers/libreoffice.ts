// LibreOffice headless for tests: convert files and recalculate workbooks with a private, throw-away profile per call.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { SheetSpec } from "../../cli/xlsx/write";
import { gridSheet, TestBook, writeBook } from "./xlsx";

/** What the helpers take: a file, its bytes, or sheets to write as a new workbook. */
export type BookInput = string | Buffer | SheetSpec[];

/** The soffice binary; `SOFFICE` in the environment overrides it. */
export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** Default time limit for one conversion; a cold start on this machine takes about 1.5 s. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Profile settings written before LibreOffice starts. LibreOffice 7.x ignores `fullCalcOnLoad` in
 * .xlsx files and by default keeps cached formula results, so "always recalculate on load" (0) is
 * forced for OOXML and ODF; without it a test would read back whatever cached values the writer left.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** True when soffice can be run here (tests use it to skip with a reason instead of failing obscurely). */
export function libreOfficeAvailable(): boolean {
  if (!existsSync(SOFFICE)) return false;
  const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return r.status === 0 && /LibreOffice/i.test(r.stdout);
}

export interface ConvertOptions {
  /** Where the output goes; a fresh temporary folder when absent. */
  outDir?: string;
  /** Kill LibreOffice and fail after this long. */
  timeoutMs?: number;
}

export interface ConvertResult {
  /** Absolute path of the converted file (the first one when a filter writes one file per sheet). */
  output: string;
  /** Every file written: one, or one per sheet ("book-Sheet1.csv") for CSV with the all-sheets option. */
  outputs: string[];
  /** Wall time of the soffice run, in milliseconds. */
  ms: number;
}

/**
 * Converts one file with `soffice --headless --convert-to`. `format` is what soffice takes after
 * `--convert-to`: "xlsx", "pdf", "png", or with a filter, e.g. CSV in UTF-8:
 * `csv:Text - txt - csv (StarCalc):44,34,76`. Each call uses its own profile folder, so parallel
 * test files do not fight over one LibreOffice instance. Throws with soffice's output on failure.
 * @example await convert("/tmp/book.xlsx", "pdf") → { output: "/tmp/lo-out-x/book.pdf", ms: 1800 }
 */
export async function convert(input: string, format: string, opts: ConvertOptions = {}): Promise<ConvertResult> {
  return (await convertAll([input], format, opts))[0];
}

/** The most files one LibreOffice run is given (see convertAll). */
const CHUNK = 100;

/**
 * Converts several files in one LibreOffice run (one start-up, about 1.5 s, paid once; over CHUNK files, one run per
 * CHUNK). Inputs need distinct file names. Returns one result per input, in order; `ms` is the whole run's time.
 * @example await convertAll(["/tmp/a.xlsx", "/tmp/b.xlsx"], "pdf") → [{ output: ".../a.pdf", … }, { output: ".../b.pdf", … }]
 */
export async function convertAll(inputs: string[], format: string, opts: ConvertOptions = {}): Promise<ConvertResult[]> {
  // One LibreOffice run converts a few hundred files and then stops without a word (exit 0; 245 of the 247 layout
  // outputs converted, the last two never written, in session 30): longer lists go through in runs of CHUNK.
  if (inputs.length > CHUNK) {
    const results: ConvertResult[] = [];
    for (let i = 0; i < inputs.length; i += CHUNK) results.push(...(await convertAll(inputs.slice(i, i + CHUNK), format, opts)));
    return results;
  }
  const sources = inputs.map((i) => resolve(i));
  for (const source of sources) if (!existsSync(source)) throw new Error(`LibreOffice: input file not found: ${source}`);
  const stems = sources.map((s) => basename(s, extname(s)));
  if (new Set(stems).size !== stems.length) throw new Error(`LibreOffice: inputs need distinct file names: ${stems.join(", ")}`);
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  const outDir = opts.outDir ? resolve(opts.outDir) : await mkdtemp(join(tmpdir(), "lo-out-"));
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  const ext = format.split(":")[0];
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    ...sources,
  ];
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = performance.now();
  try {
    const run = await runProcess(SOFFICE, args, timeoutMs);
    const ms = performance.now() - started;
    const what = `${sources.join(", ")} to ${format}`;
    if (run.timedOut) throw new Error(`LibreOffice: timed out after ${timeoutMs} ms converting ${what}`);
    const written = await readdir(outDir);
    return sources.map((source, i) => {
      const output = join(outDir, `${stems[i]}.${ext}`);
      // With the all-sheets CSV option each sheet gets its own file, "<stem>-<sheet>.csv".
      const outputs = existsSync(output)
        ? [output]
        : written.filter((f) => f.startsWith(`${stems[i]}-`) && f.endsWith(`.${ext}`)).sort().map((f) => join(outDir, f));
      if (run.code !== 0 || outputs.length === 0) {
        throw new Error(`LibreOffice: converting ${what} failed (exit ${run.code}); expected ${output}\n${run.output.trim()}`);
      }
      return { output: outputs[0], outputs, ms };
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

interface ProcessRun {
  code: number | null;
  timedOut: boolean;
  output: string;
}

/** Runs a command in its own process group so a timeout can end soffice and the soffice.bin it starts. */
function runProcess(cmd: string, args: string[], timeoutMs: number): Promise<ProcessRun> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      fail(new Error(`LibreOffice: cannot start ${cmd}: ${e.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, timedOut, output });
    });
  });
}

export interface RecalculateResult {
  /** The workbook as LibreOffice saved it after recalculating, read back with the CLI's own reader. */
  workbook: TestBook;
  /** Path of the recalculated .xlsx. */
  output: string;
  /** Wall time of the soffice run, in milliseconds. */
  ms: number;
}

/**
 * Opens a workbook in LibreOffice, recalculates every formula and reads the result back.
 * A canary workbook goes through the same run: it holds `=1+1` with a deliberately wrong cached value (0),
 * and if it does not come back as 2, LibreOffice kept cached values and this throws rather than let a test
 * pass on stale numbers. The input (workbook object, file or bytes) is not modified.
 * @example const { workbook } = await recalculate([sheet]); workbook.value("S", "B2")
 */
export async function recalculate(input: BookInput, opts: ConvertOptions = {}): Promise<RecalculateResult> {
  const work = await mkdtemp(join(tmpdir(), "lo-recalc-"));
  try {
    const [source, canary] = await prepare(input, work);
    const outDir = opts.outDir ?? join(work, "out");
    await mkdir(outDir, { recursive: true });
    const [main, check] = await convertAll([source, canary], "xlsx", { ...opts, outDir });
    const proof = new TestBook(check.output);
    assertRecalculated(proof.value(proof.names[0], "A1"));
    await rm(check.output, { force: true });
    return { workbook: new TestBook(main.output), output: main.output, ms: main.ms };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface CsvRecalculateResult {
  /** Every sheet's displayed values, row by row, by sheet name. */
  sheets: Map<string, string[][]>;
  /** Wall time of the soffice run, in milliseconds. */
  ms: number;
}

// UTF-8 (76), comma, double quotes, every sheet to its own file (last token -1; LibreOffice 7.2 and later).
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Like `recalculate`, but reads the results back as CSV text: much faster than loading a large
 * recalculated .xlsx, and exact for text results such as status labels. Values are
 * as displayed (numbers in the cell's format).
 * @example (await recalculateToCsv(wb)).sheets.get("Cases")![1][4] → "Đạt"
 */
export async function recalculateToCsv(input: BookInput, opts: ConvertOptions = {}): Promise<CsvRecalculateResult> {
  const work = await mkdtemp(join(tmpdir(), "lo-recalc-"));
  try {
    const [source, canary] = await prepare(input, work);
    const outDir = join(work, "out");
    await mkdir(outDir, { recursive: true });
    const [main, check] = await convertAll([source, canary], CSV_ALL_SHEETS, { ...opts, outDir });
    assertRecalculated(Number(parseCsv(await readFile(check.output, "utf8"))[0]?.[0]));
    const stem = basename(source, extname(source));
    const sheets = new Map<string, string[][]>();
    for (const file of main.outputs) {
      sheets.set(basename(file, ".csv").slice(stem.length + 1), parseCsv(await readFile(file, "utf8")));
    }
    return { sheets, ms: main.ms };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const CANARY_STEM = "recalc-canary";

/** Puts the input and the canary workbook as files in `work`; a file input keeps its bytes. */
async function prepare(input: BookInput, work: string): Promise<[string, string]> {
  // Always "book.xlsx": no prefix clash with the canary's per-sheet CSV names, whatever the caller's file is called.
  const source = join(work, "book.xlsx");
  if (typeof input === "string") await copyFile(input, source);
  else if (Buffer.isBuffer(input)) await writeFile(source, input);
  else writeBook(source, input);
  const canaryPath = join(work, `${CANARY_STEM}.xlsx`);
  writeBook(canaryPath, [gridSheet("Canary", [[{ formula: "1+1", result: 0 }]])]);
  return [source, canaryPath];
}

function assertRecalculated(seen: unknown): void {
  if (seen !== 2) {
    throw new Error(`LibreOffice: formulas were not recalculated on load (canary =1+1 read back as ${String(seen)})`);
  }
}

/**
 * Parses CSV as LibreOffice writes it (RFC 4180: "," separators, "" escapes, newlines inside quotes).
 * @example parseCsv('a,"b ""c"""\n1,2\n') → [["a", 'b "c"'], ["1", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
