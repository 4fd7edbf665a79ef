// Task pane entry: waits for Office, then runs the shared panel over the Office.js host and the workbook's settings.
import type { Lang } from "../../core/types";
import { Session } from "../../core/session/session";
import { PanelApp } from "../../panel/app";
import { OfficeWorkbook } from "../host/excel-host";

const LANG_KEY = "chitieu.lang";

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    // Storage can be blocked in some webviews; Vietnamese is the default then.
    return "vi";
  }
}

Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  // Fluent's look is scoped to this class, so the same panel markup takes each host's own stylesheet.
  document.body.classList.add("fluent");
  const host = new OfficeWorkbook((batch) => Excel.run(batch), Office.context?.document?.settings ?? null);
  const session = new Session(host, { lang: initialLang() });
  const app = new PanelApp(root, session, {
    host: "excel",
    rememberLang: (lang) => {
      try {
        localStorage.setItem(LANG_KEY, lang);
      } catch {
        // Not remembering the language is harmless.
      }
    },
  });
  void app.start();
});
