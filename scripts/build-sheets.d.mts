// Types of scripts/build-sheets.mjs for the TypeScript tests that build the Sheets add-on.

export interface BuildSheetsOptions {
  /** Output folder; default dist/sheets. */
  outDir?: string;
  /** Scratch folder for generated build helpers; default dist/.gen. */
  genDir?: string;
  /** Script id for .clasp.json; default addin-sheets/.clasp.json's (or CHITIEU_SCRIPT_ID). */
  scriptId?: string;
  /** Write each repeated literal of Code.js once (scripts/alias-strings.mjs); default true. */
  shareLiterals?: boolean;
}

/** Builds the Apps Script project; returns its folder, Code.js's size in bytes, the generated footer and the name of the HTML file holding the plans. */
export function buildSheets(opts?: BuildSheetsOptions): Promise<{ dir: string; codeBytes: number; sidebarBytes: number; footer: string; plansFile: string }>;

/** An ES module bundle (ending in one `export{…}`) as `"use strict";var <globalName>=(()=>{…return{…}})();`; throws when it cannot read the exports. */
export function underGlobal(esm: string, globalName: string): string;
