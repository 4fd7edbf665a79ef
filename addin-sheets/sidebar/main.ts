// Sidebar entry: starts the UI against google.script.run.
import { SidebarApp } from "./app";
import { server } from "./server";

const root = document.getElementById("app");
if (root) void new SidebarApp(root, server).start();
