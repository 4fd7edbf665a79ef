// Task pane entry: waits for Office, then starts the UI with Excel.run and the workbook's settings.
import type { Lang } from "../../core/types";
import { App } from "./app";

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
  const app = new App(root, {
    run: (batch) => Excel.run(batch),
    settings: Office.context?.document?.settings ?? null,
    lang: initialLang(),
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
