// A page entry for pane tests: the shared panel over an in-memory workbook, opened on the sheet core's bestSheet picks (as the CLI opens a file), then written, so the results step shows what only a workbook-wide choice can reach.
import type { Bilingual } from "../../core/types";
import { MemoryWorkbook, type MemorySheetInit } from "../../core/host/memory";
import { Session } from "../../core/session/session";
import { PanelApp } from "../../panel/app";

declare global {
  interface Window {
    __harness: { sheets: MemorySheetInit[]; hint: Bilingual };
  }
}

async function main(): Promise<void> {
  const root = document.getElementById("app")!;
  document.body.classList.add("fluent");
  const session = new Session(new MemoryWorkbook(window.__harness.sheets), { lang: "vi" });
  await new PanelApp(root, session, { host: "excel" }).start();
  await session.openBestSheet({ hint: window.__harness.hint });
  await session.write();
  root.dataset.harness = "done";
}

void main();
