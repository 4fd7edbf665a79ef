// What scripts/build.mjs needs for the Excel target, bundled for Node by the build itself (the registry is TypeScript).
export { FUNCTIONS } from "../../core/functions/registry";
export { renderFunctionReference } from "../../core/functions/reference";
export { excelFunctionsEntry, localizeMetadata, manifestFor, DEV_BASE_URL } from "./artifacts";
export { iconPng, ICON_SIZES } from "./icons";
export { pageHtml, GUARD_FILE, OFFICE_JS_URL } from "./page";
export { validateManifest } from "./validate-manifest";
