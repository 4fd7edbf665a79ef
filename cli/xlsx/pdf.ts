// Printing a workbook's report sheet to PDF with LibreOffice headless, when LibreOffice is installed.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findSoffice, runSoffice } from "../soffice";

export { findSoffice };

/**
 * Writes the named sheet of a workbook as a PDF (the other sheets are left out, so the PDF is the report alone).
 * Runs soffice with a throw-away profile so it never touches the user's LibreOffice settings, and kills it after
 * `timeoutMs`. Returns false when LibreOffice is not installed; throws when it fails.
 * @example await sheetToPdf(wb, "Báo cáo", "out/bao-cao.pdf") → true
 */
export async function sheetToPdf(wb: ExcelJS.Workbook, sheetName: string, pdfPath: string, timeoutMs = 120_000): Promise<boolean> {
  const soffice = findSoffice();
  if (!soffice) return false;
  const work = await mkdtemp(join(tmpdir(), "chitieu-pdf-"));
  try {
    const only = new ExcelJS.Workbook();
    await only.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    for (const ws of [...only.worksheets]) if (ws.name !== sheetName) only.removeWorksheet(ws.id);
    const src = join(work, "report.xlsx");
    await only.xlsx.writeFile(src);
    const run = await runSoffice(soffice, ["--convert-to", "pdf", "--outdir", work, src], work, timeoutMs);
    const out = join(work, "report.pdf");
    if (!run.ok || !existsSync(out)) throw new Error(`LibreOffice could not print the report (${run.ok ? "no PDF written" : run.reason === "timeout" ? `no answer in ${timeoutMs / 1000} s` : `exit ${run.code}`})`);
    await copyFile(out, pdfPath);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
