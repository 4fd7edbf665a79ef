// Bundle sizes: the Apps Script project's script file and sidebar, the Excel functions and task-pane bundles (bytes and gzip).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildExcel } from "../scripts/build.mjs";
import { buildSheets } from "../scripts/build-sheets.mjs";
import type { Row } from "./harness";

/**
 * Builds the add-ins with scripts/build.mjs's own targets into a temporary folder (dist/ and docs/ are left alone),
 * then reports each shipped script's size and its gzip size (level 6, what web servers use by default).
 */
export async function benchBundles(rows: Row[]): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-bench-build-"));
  try {
    const excel = await buildExcel({ outDir: join(tmp, "excel"), genDir: join(tmp, "gen") });
    const sheets = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
    const files: Array<[string, string]> = [
      ["Apps Script: Code.js (server script, core included; evaluated before every call)", join(sheets.dir, "Code.js")],
      ["Apps Script: Plans.html (the bundled plans' JSON, read only when a plan is looked up)", join(sheets.dir, "Plans.html")],
      ["Apps Script: Host.html (the sidebar's and menu items' server code, evaluated on their first call)", join(sheets.dir, "Host.html")],
      ["Apps Script: Sidebar.html (sidebar page, script and CSS inlined)", join(sheets.dir, "Sidebar.html")],
      ["Excel: functions.js (custom functions bundle; plans from the task pane's bundle, else plans.json)", join(excel.dir, "functions.js")],
      ["Excel: plans.json (the bundled plans' JSON, fetched by the functions only when the pane has not loaded)", join(excel.dir, "plans.json")],
      ["Excel: taskpane.js (task-pane bundle)", join(excel.dir, "taskpane.js")],
      ["Excel: taskpane.html + taskpane.css", ""],
    ];
    for (const [name, path] of files) {
      let bytes: Buffer;
      if (path === "") bytes = Buffer.concat([readFileSync(join(excel.dir, "taskpane.html")), readFileSync(join(excel.dir, "taskpane.css"))]);
      else if (existsSync(path)) bytes = readFileSync(path);
      else {
        rows.push({ section: "bundles", name: `${name}: not built`, value: NaN, unit: "", runs: 1 });
        continue;
      }
      const goal = /Code\.js|functions\.js/.test(name) ? "; goal ≤ 250 KB (256,000 bytes)" : "";
      rows.push({ section: "bundles", name, value: bytes.length, unit: "bytes", runs: 1, note: `gzip ${gzipSync(bytes).length.toLocaleString("en-US")} bytes${goal}` });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
