// What scripts/build-sheets.mjs needs, bundled for Node by the build itself (the registry is TypeScript).
export { FUNCTIONS } from "../../core/functions/registry";
export { ENTRY_POINTS, GLOBAL_NAME, HOST_FILE, SIDEBAR_FILE } from "../server/entry-points";
export { appsScriptFooter, customFunctionStubs, entryPointStubs, inlineSidebar, claspProject } from "./artifacts";
