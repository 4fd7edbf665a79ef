// Sidebar entry: the shared panel over the Sheets host, in Google's add-on look.
import { Session } from "../../core/session/session";
import { PanelApp } from "../../panel/app";
import { RemoteWorkbook } from "./remote-host";
import { call } from "./server";

const root = document.getElementById("app");
if (root) {
  // Google's add-on look is scoped to this class, so the same panel markup takes each host's own stylesheet.
  document.body.classList.add("gaddon");
  void new PanelApp(root, new Session(new RemoteWorkbook(call)), { host: "sheets" }).start();
}
