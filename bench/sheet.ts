// Sheet checking in core at 10k, 100k and 1M cells, for an indicator list and a school matrix: time, memory, growth per 10×.
import { MB, runChild, type Row } from "./harness";

interface SheetFigures {
  cells: number;
  rows: number;
  items: number;
  ms: number;
  cpuMs: number;
  gridHeap: number;
  resultHeap: number;
  rssBefore: number;
  peakRss: number;
}

/** Sizes and runs per size: the 1M sheets are checked once (a run takes minutes on a busy 2-core machine). */
const SIZES: Array<{ cells: number; label: string; runs: number }> = [
  { cells: 10_000, label: "10k", runs: 5 },
  { cells: 100_000, label: "100k", runs: 3 },
  { cells: 1_000_000, label: "1M", runs: 1 },
];

const SHAPES: Array<{ shape: "list" | "matrix"; label: string }> = [
  { shape: "list", label: "indicator list (7 columns, Hải An shape)" },
  { shape: "matrix", label: "school matrix (83 columns, 14 pairs)" },
];

export async function benchSheet(rows: Row[]): Promise<void> {
  for (const { shape, label } of SHAPES) {
    const seen: Array<{ label: string; f: SheetFigures }> = [];
    for (const size of SIZES) {
      process.stderr.write(`  ${shape} ${size.label}…\n`);
      const f = await runChild<SheetFigures>(
        "bench/child.ts",
        ["sheet", shape, String(size.cells), String(size.runs)],
        ["--expose-gc", "--max-old-space-size=12288"],
      );
      seen.push({ label: size.label, f });
      const what = `${label}, ${size.label} cells`;
      rows.push({
        section: "sheet",
        name: `check ${what}`,
        value: f.ms,
        unit: "ms",
        runs: size.runs,
        note: `${f.cells.toLocaleString("en-US")} cells, ${f.items.toLocaleString("en-US")} figures judged; CPU ${Math.round(f.cpuMs).toLocaleString("en-US")} ms; ${Math.round(f.items / (f.ms / 1000)).toLocaleString("en-US")} figures/s`,
      });
      rows.push({
        section: "sheet",
        name: `  memory: result kept on the heap (${size.label})`,
        value: MB(f.resultHeap),
        unit: "MB",
        runs: 1,
        note: `the grid itself: ${f.gridHeap < 2 ** 20 ? "< 1" : MB(f.gridHeap).toFixed(0)} MB of heap`,
      });
      rows.push({
        section: "sheet",
        name: `  memory: peak RSS of the process (${size.label})`,
        value: MB(f.peakRss),
        unit: "MB",
        runs: 1,
        note: `+${MB(f.peakRss - f.rssBefore).toFixed(0)} MB over the RSS just before checking (maxRSS, child process)`,
      });
    }
    for (let i = 1; i < seen.length; i++) {
      const a = seen[i - 1];
      const b = seen[i];
      const ideal = b.f.cells / a.f.cells;
      rows.push({
        section: "sheet",
        name: `growth ${a.label} → ${b.label}, ${shape}`,
        value: b.f.ms / a.f.ms,
        unit: "× time",
        runs: 1,
        note: `cells × ${ideal.toFixed(1)}; CPU × ${(b.f.cpuMs / a.f.cpuMs).toFixed(1)}; retained memory × ${(b.f.resultHeap / a.f.resultHeap).toFixed(1)}`,
      });
    }
  }
}
