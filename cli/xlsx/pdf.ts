// Printing a workbook's report sheet to PDF with LibreOffice headless, when LibreOffice is installed.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, runSoffice } from "../soffice";
import { saveSheets, type SheetSpec } from "./write";

export { findSoffice };

/**
 * Writes a sheet (the report) alone to a one-sheet workbook and prints it as a PDF. Runs soffice with a
 * throw-away profile so it never touches the user's LibreOffice settings, and kills it after `timeoutMs`.
 * Returns false when LibreOffice is not installed; throws when it fails.
 * @example await sheetToPdf(checked.report, "out/bao-cao.pdf") → true
 */
export async function sheetToPdf(sheet: SheetSpec, pdfPath: string, timeoutMs = 120_000): Promise<boolean> {
  const soffice = findSoffice();
  if (!soffice) return false;
  const work = await mkdtemp(join(tmpdir(), "chitieu-pdf-"));
  try {
    const src = join(work, "report.xlsx");
    await saveSheets([sheet], src);
    const run = await runSoffice(soffice, ["--convert-to", "pdf", "--outdir", work, src], work, timeoutMs);
    const out = join(work, "report.pdf");
    if (!run.ok || !existsSync(out)) throw new Error(`LibreOffice could not print the report (${run.ok ? "no PDF written" : run.reason === "timeout" ? `no answer in ${timeoutMs / 1000} s` : `exit ${run.code}`})`);
    await copyFile(out, pdfPath);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
