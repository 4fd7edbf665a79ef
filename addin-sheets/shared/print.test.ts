// The Sheets print link carries core's print setup: paper, orientation, fit to width, repeated header, margins.
import { describe, expect, it } from "vitest";
import { checkedSheetPrint } from "../../core/sheet/status";
import { sheetsPdfUrl } from "./print";

describe("sheetsPdfUrl", () => {
  it.each<[string, ReturnType<typeof checkedSheetPrint>, Record<string, string>]>([
    ["a wide checked sheet", checkedSheetPrint(900, { first: 4, last: 5 }), { size: "A4", portrait: "false", fitw: "true", fzr: "true", gid: "7", left_margin: "0.5" }],
    ["a narrow one", checkedSheetPrint(300, { first: 0, last: 0 }), { portrait: "true", fitw: "true" }],
    ["one without repeated rows", { ...checkedSheetPrint(300, { first: 0, last: 0 }), repeatRows: undefined }, { fzr: "false" }],
  ])("prints %s as core describes it", (_, print, want) => {
    const url = new URL(sheetsPdfUrl("1Ab/C", 7, print));
    expect(url.origin + url.pathname).toBe("https://docs.google.com/spreadsheets/d/1Ab%2FC/export");
    expect(url.searchParams.get("format")).toBe("pdf");
    for (const [k, v] of Object.entries(want)) expect(url.searchParams.get(k), k).toBe(v);
  });
});
