// How a Google Sheets sheet prints with core's print setup: SpreadsheetApp stores none, so the PDF export link carries it.
import type { PrintSetup } from "../../core/sheet/output";

/**
 * The PDF export address of one sheet printed as core describes it: A4, the orientation, one page wide, the frozen
 * header rows repeated on every page, the margins, no gridlines or sheet name. Sheets keeps no page setup a script
 * can set (its File › Print dialog asks each time); this link, opened in the user's own session, applies it. The
 * export parameters are Sheets' print dialog's own and are not a documented API: if Google changes them, the user
 * still has File › Print.
 * @example sheetsPdfUrl("1AbC", 0, setup) → "https://docs.google.com/spreadsheets/d/1AbC/export?format=pdf&gid=0&size=A4&portrait=false&fitw=true&fzr=true&gridlines=false&…"
 */
export function sheetsPdfUrl(spreadsheetId: string, gid: number, print: PrintSetup): string {
  const m = print.margins;
  const params: [string, string | number | boolean][] = [
    ["format", "pdf"],
    ["gid", gid],
    ["size", print.paper],
    ["portrait", print.orientation === "portrait"],
    ["fitw", print.fitToWidth],
    // Frozen rows are what Sheets repeats at the top of each printed page.
    ["fzr", print.repeatRows !== undefined],
    ["gridlines", false],
    ["sheetnames", false],
    ["printtitle", false],
    ["pagenumbers", true],
    ["horizontal_alignment", print.centerHorizontally ? "CENTER" : "LEFT"],
    ["top_margin", m.top],
    ["bottom_margin", m.bottom],
    ["left_margin", m.left],
    ["right_margin", m.right],
  ];
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join("&")}`;
}
