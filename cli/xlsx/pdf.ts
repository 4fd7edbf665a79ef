// Printing a workbook's report sheet to PDF with LibreOffice headless, when LibreOffice is installed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { saveSheets, type SheetSpec } from "./write";

/** Where soffice is looked for: $SOFFICE, then the usual install paths. */
export function findSoffice(): string | null {
  const candidates = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

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
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, src];
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(soffice, args, { detached: true, stdio: "ignore" });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        fail(e);
      });
      child.on("close", (c) => {
        clearTimeout(timer);
        done(c);
      });
    });
    const out = join(work, "report.pdf");
    if (code !== 0 || !existsSync(out)) throw new Error(`LibreOffice could not print the report (exit ${code})`);
    await copyFile(out, pdfPath);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
