// A worksheet's panes, page setup, row heights and print names as the patching writer splices them into XML as written.
import { describe, expect, it } from "vitest";
import type { PrintSetup } from "../../../core/sheet/output";
import { cellStyleAt, fitToPageHead, freezeHead, insertInOrder, printTail, rowAtLeast, setAttrs, topChild } from "./sheet-setup";
import { printAreaWith, printTitles } from "./writer";

const WS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
const A4: PrintSetup = { paper: "A4", orientation: "landscape", margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 }, fitToWidth: true };

describe("freezeHead", () => {
  it.each<[string, string, { rows: number; columns: number }, string]>([
    ["adds a view when the sheet has none", `${WS}<dimension ref="A1:F9"/>`, { rows: 5, columns: 0 },
      `${WS}<dimension ref="A1:F9"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A6" sqref="A6"/></sheetView></sheetViews>`],
    ["freezes rows and the name column in an empty view, keeping its attributes", `${WS}<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>`, { rows: 5, columns: 2 },
      `${WS}<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="C6" sqref="C6"/></sheetView></sheetViews>`],
    ["keeps the selected cell when it lies in the scrolling pane, and opens the view at the top", `${WS}<sheetViews><sheetView topLeftCell="A40" workbookViewId="0"><selection activeCell="B9" sqref="B9:C9"/></sheetView></sheetViews>`, { rows: 5, columns: 0 },
      `${WS}<sheetViews><sheetView workbookViewId="0"><pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B9" sqref="B9:C9"/></sheetView></sheetViews>`],
    ["moves a selection inside the frozen rows to the scrolling pane's first cell", `${WS}<sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>`, { rows: 5, columns: 0 },
      `${WS}<sheetViews><sheetView workbookViewId="0"><pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A6" sqref="A6"/></sheetView></sheetViews>`],
    ["leaves the user's own frozen panes", `${WS}<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`, { rows: 5, columns: 2 },
      `${WS}<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`],
    ["leaves the user's split (not frozen) panes", `${WS}<sheetViews><sheetView workbookViewId="0"><pane xSplit="2000" ySplit="1500" topLeftCell="A1"/></sheetView></sheetViews>`, { rows: 5, columns: 0 },
      `${WS}<sheetViews><sheetView workbookViewId="0"><pane xSplit="2000" ySplit="1500" topLeftCell="A1"/></sheetView></sheetViews>`],
    ["writes the part's own prefix", `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews>`, { rows: 1, columns: 0 },
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetViews><x:sheetView workbookViewId="0"><x:pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><x:selection pane="bottomLeft" activeCell="A2" sqref="A2"/></x:sheetView></x:sheetViews>`],
  ])("%s", (_, head, f, want) => {
    const p = head.includes("<x:worksheet") ? "x:" : "";
    expect(freezeHead(head, f, p)).toBe(want);
  });
});

describe("fitToPageHead", () => {
  it.each<[string, string, string]>([
    ["adds sheet properties first", `${WS}<dimension ref="A1"/>`, `${WS}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>`],
    ["opens an empty one, keeping its code name", `${WS}<sheetPr codeName="Sheet1"/><dimension ref="A1"/>`, `${WS}<sheetPr codeName="Sheet1"><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>`],
    ["puts it after the tab colour and outline", `${WS}<sheetPr><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/></sheetPr>`, `${WS}<sheetPr><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>`],
    ["turns on the user's, keeping its other setting", `${WS}<sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="0"/></sheetPr>`, `${WS}<sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr>`],
  ])("%s", (_, head, want) => expect(fitToPageHead(head, "")).toBe(want));
});

describe("printTail", () => {
  const END = "</worksheet>";
  it.each<[string, string, PrintSetup, string]>([
    ["adds margins and A4 before the notes drawing", `<legacyDrawing r:id="rId1"/>${END}`, A4,
      `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><legacyDrawing r:id="rId1"/>${END}`],
    ["keeps the user's printer, scale and first page, and drops a custom paper size", `<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup paperHeight="297mm" paperWidth="210mm" scale="80" firstPageNumber="3" r:id="rId2"/><headerFooter/>${END}`, A4,
      `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup scale="80" firstPageNumber="3" r:id="rId2" paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter/>${END}`],
    ["centres when asked, keeping the user's gridlines", `<printOptions gridLines="1"/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>${END}`, { ...A4, orientation: "portrait", centerHorizontally: true, fitToWidth: false },
      `<printOptions gridLines="1" horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/>${END}`],
    ["sets the sheet's own page setup, not a custom view's", `<customSheetViews><customSheetView guid="{1}"><pageSetup orientation="portrait"/></customSheetView></customSheetViews>${END}`, A4,
      `<customSheetViews><customSheetView guid="{1}"><pageSetup orientation="portrait"/></customSheetView></customSheetViews><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>${END}`],
  ])("%s", (_, tail, print, want) => expect(printTail(tail, print, "")).toBe(want));
});

describe("rowAtLeast", () => {
  it.each<[string, number, string]>([
    ['<row r="6">', 34, '<row r="6" ht="34" customHeight="1">'],
    ['<row r="6" spans="1:5" ht="15" x14ac:dyDescent="0.25">', 34, '<row r="6" spans="1:5" ht="34" x14ac:dyDescent="0.25" customHeight="1">'],
    ['<row r="6" ht="51" customHeight="1">', 34, '<row r="6" ht="51" customHeight="1">'],
    ['<row r="6"/>', 17, '<row r="6" ht="17" customHeight="1"/>'],
  ])("%s at least %d pt → %s", (open, h, want) => expect(rowAtLeast(open, h)).toBe(want));
});

describe("setAttrs, topChild and insertInOrder", () => {
  it("sets, replaces and removes attributes, keeping prefixed ones", () => {
    expect(setAttrs(`<pageSetup r:id="rId1" paperSize='1' scale="90"/>`, { paperSize: "9", scale: null, orientation: "landscape" })).toBe(`<pageSetup r:id="rId1" paperSize="9" orientation="landscape"/>`);
  });

  it("finds only the worksheet's own children, in the head or the tail", () => {
    expect(topChild(`${WS}<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews>`, "sheetView")).toBeNull();
    expect(topChild(`<extLst><ext><x14:pageSetup/></ext></extLst></worksheet>`, "pageSetup")).toBeNull();
    expect(topChild(`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageSetup orientation="portrait"/></worksheet>`, "pageSetup")?.xml).toBe(`<pageSetup orientation="portrait"/>`);
  });

  it("inserts before the first child that must follow, else before the end", () => {
    expect(insertInOrder(`<mergeCells/><extLst/></worksheet>`, "<pageSetup/>", "pageSetup", "")).toBe(`<mergeCells/><pageSetup/><extLst/></worksheet>`);
    expect(insertInOrder(`<mergeCells/></worksheet>`, "<pageSetup/>", "pageSetup", "")).toBe(`<mergeCells/><pageSetup/></worksheet>`);
  });
});

describe("cellStyleAt", () => {
  const part = (s: string) => new TextEncoder().encode(`${WS}<sheetData>${s}</sheetData></worksheet>`);
  it.each<[string, string, number, number, number | undefined]>([
    ["a styled cell", `<row r="6"><c r="A6" s="2"><v>1</v></c><c r="B6" s="7" t="s"><v>0</v></c></row>`, 5, 1, 7],
    ["a cell written with no style", `<row r="6"><c r="B6" t="s"><v>0</v></c></row>`, 5, 1, 0],
    ["not a row or text that names the address", `<row r="6"><c r="A6" t="inlineStr"><is><t> r="B6" s="9"</t></is></c></row>`, 5, 1, undefined],
    ["a prefixed cell", `<row r="6"><x:c r="B6" s="4"/></row>`, 5, 1, 4],
  ])("%s", (_, rows, r, c, want) => expect(cellStyleAt(part(rows), r, c)).toBe(want));
});

describe("print names", () => {
  it.each<[string | undefined, string]>([
    [undefined, "'Chỉ tiêu'!$5:$6"],
    ["'Chỉ tiêu'!$1:$2", "'Chỉ tiêu'!$5:$6"],
    ["'Chỉ tiêu'!$A:$B,'Chỉ tiêu'!$1:$2", "'Chỉ tiêu'!$A:$B,'Chỉ tiêu'!$5:$6"],
  ])("print titles from %s repeat the header rows: %s", (old, want) => expect(printTitles(old, "Chỉ tiêu", { first: 4, last: 5 })).toBe(want));

  const block = { top: 4, left: 7, bottom: 39, right: 8 };
  it.each<[string, string | null]>([
    ["'S'!$A$1:$F$40", "'S'!$A$1:$I$40"],
    ["S!$A$5:$I$40", "S!$A$5:$I$40"],
    ["'S'!$A$1:$F$20,'S'!$A$30:$F$40", null],
  ])("a print area %s takes in the block: %s", (old, want) => expect(printAreaWith(old, "S", block)).toBe(want));
});
