// The task pane page's security head: where Office.js comes from and the Content-Security-Policy that lets it work, as data the build writes into taskpane.html.

/**
 * Office.js from Microsoft's CDN. The Office Add-ins docs ("Referencing the Office JavaScript API library",
 * learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn) require
 * the CDN copy, referenced in the page's <head> before any body element, and name `/1/` as "the latest release of
 * version 1". Since September 2026 they give this address on the unified Microsoft 365 domain (OfficeDev/office-js-docs-pr
 * PR #5882, "Update CDN URL to OCDI URL"); appsforoffice.microsoft.com/lib/1/hosted/office.js is the older address of
 * the same library.
 */
export const OFFICE_JS_URL = "https://officeapis.public.onecdn.static.microsoft/1/office.js";

/**
 * Hosts Office.js is served from. Office.js is a loader: it adds the host-specific files (excel-web-16.00.js,
 * excel-win32-16.01.js, its localized strings) as further <script> elements from the folder it was loaded from, so
 * both the current and the legacy CDN stay allowed for scripts.
 */
const OFFICE_CDNS = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com"];

/**
 * The Content-Security-Policy of taskpane.html, one row per directive, each source with the reason it is there.
 * Microsoft publishes no canonical list for Office.js (OfficeDev/office-js#1005 "Document required CSP values", open,
 * in backlog), so the rows come from what Microsoft does document plus what users of Office.js reported blocked:
 * - script-src: our own bundles; the Office.js CDNs (above); ajax.aspnetcdn.com and browser.pipe.aria.microsoft.com,
 *   which Office.js was found loading code from (office-js#1005); no 'unsafe-inline', no 'unsafe-eval' — our page has
 *   no inline script and Office.js is not reported to need eval.
 * - style-src 'unsafe-inline': Excel on the web's host script applies inline styles and fails under style-src 'self'
 *   (office-js#1687); styles cannot run code, so this costs little.
 * - connect-src: Office.js's own requests (its CDN, and its telemetry to *.aria.microsoft.com / *.events.data.microsoft.com);
 *   'self' for plans.json, which the custom functions fetch from their own folder when Excel calculates before the
 *   pane has loaded (addin-excel/functions/run.ts); the workbook is reached through Office.js's messaging, which CSP
 *   does not govern (postMessage to the Office host).
 * - img-src data: our icons are inlined; the CDNs for Office.js's own images.
 * - object-src 'none', base-uri 'self', form-action 'none': nothing of ours needs them, and they close the usual
 *   injection routes. frame-ancestors cannot be set from a <meta> tag; the server that hosts the files may add it.
 */
export const CSP: ReadonlyArray<readonly [directive: string, sources: readonly string[]]> = [
  ["default-src", ["'self'"]],
  ["script-src", ["'self'", ...OFFICE_CDNS, "https://ajax.aspnetcdn.com", "https://browser.pipe.aria.microsoft.com"]],
  ["style-src", ["'self'", "'unsafe-inline'"]],
  ["img-src", ["'self'", "data:", ...OFFICE_CDNS]],
  ["font-src", ["'self'", "data:"]],
  ["connect-src", ["'self'", ...OFFICE_CDNS, "https://browser.pipe.aria.microsoft.com", "https://*.aria.microsoft.com", "https://*.events.data.microsoft.com"]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'self'"]],
  ["form-action", ["'none'"]],
];

/**
 * The policy as the text of a meta tag.
 * @example cspText([["default-src", ["'self'"]], ["object-src", ["'none'"]]]) → "default-src 'self'; object-src 'none'"
 */
export function cspText(rows: typeof CSP = CSP): string {
  return rows.map(([d, s]) => `${d} ${s.join(" ")}`).join("; ");
}

/** Placeholders in addin-excel/taskpane/taskpane.html that the build fills. */
const CSP_SLOT = '<meta http-equiv="Content-Security-Policy" content="{{CSP}}">';
const OFFICE_SLOT = '<script src="{{OFFICE_JS}}"></script>';
/** The load guard: first script of the page, so it sees Office.js fail to load or be blocked. */
export const GUARD_FILE = "guard.js";

/**
 * The page as served: the CSP meta tag and the Office.js script filled in, the load guard placed just before Office.js.
 * Refuses a page that lacks either slot, or that has inline script (which the policy would block in Excel, leaving the
 * pane at "Đang tải…"), so a change to the page cannot silently drop the policy or Office.js.
 * @example pageHtml('<head><meta http-equiv="Content-Security-Policy" content="{{CSP}}"><script src="{{OFFICE_JS}}"></script></head>').ok → true
 */
export function pageHtml(source: string): { ok: true; html: string } | { ok: false; reason: string } {
  if (!source.includes(CSP_SLOT)) return { ok: false, reason: `taskpane.html must hold ${CSP_SLOT} in its <head>` };
  if (!source.includes(OFFICE_SLOT)) return { ok: false, reason: `taskpane.html must hold ${OFFICE_SLOT} in its <head>` };
  const head = source.slice(0, source.indexOf("</head>"));
  if (!head.includes(OFFICE_SLOT)) return { ok: false, reason: "Office.js must be referenced inside <head> (Microsoft requires it before any body element)" };
  const inline = /<script(?![^>]*\bsrc=)[^>]*>/i.exec(source) ?? /<[a-z][^>]*\son[a-z]+\s*=/i.exec(source);
  if (inline) return { ok: false, reason: `taskpane.html has inline script (${inline[0].trim()}), which the Content-Security-Policy blocks: move it into a bundle` };
  const html = source
    .replace(CSP_SLOT, () => `<meta http-equiv="Content-Security-Policy" content="${cspText()}">`)
    .replace(OFFICE_SLOT, () => `<script src="${GUARD_FILE}"></script>\n  <script src="${OFFICE_JS_URL}"></script>`);
  return { ok: true, html };
}
