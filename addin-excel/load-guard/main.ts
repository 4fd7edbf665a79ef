// First script of the task pane page: settings the bundles need before they run, and, if Office.js is blocked, fails to load or never becomes ready, a message in the pane instead of "Đang tải…" forever.

/** How long Office.js may take to call onReady before the pane says something is wrong (Office allows add-ins 5 s to initialize). */
const READY_WITHIN_MS = 15_000;

/** What went wrong, in the order it is worth telling. */
interface Trouble {
  blocked: string[];
  failed: string[];
}

/**
 * The message for the pane, one line per language: what failed, and what the user (or the office's IT) can do.
 * @example problemText({ blocked: ["https://x/office.js"], failed: [] }, true) names the blocked address
 */
export function problemText(t: Trouble, officeLoaded: boolean): { vi: string; en: string } {
  if (t.blocked.length > 0) {
    const what = t.blocked.slice(0, 3).join(", ");
    return {
      vi: `Chỉ tiêu không chạy được: trang bị chặn tải ${what} (chính sách bảo mật của trang). Xin gửi dòng này cho người quản trị phần bổ trợ.`,
      en: `Chỉ tiêu cannot start: the page was not allowed to load ${what} (its content security policy). Please send this line to whoever deployed the add-in.`,
    };
  }
  if (t.failed.length > 0 || !officeLoaded) {
    const what = t.failed.slice(0, 3).join(", ") || "Office.js";
    return {
      vi: `Chỉ tiêu không chạy được: không tải được ${what}. Kiểm tra kết nối mạng hoặc tường lửa (cần truy cập officeapis.public.onecdn.static.microsoft), rồi mở lại bảng.`,
      en: `Chỉ tiêu cannot start: ${what} did not load. Check the network or firewall (officeapis.public.onecdn.static.microsoft must be reachable), then reopen the pane.`,
    };
  }
  return {
    vi: "Chỉ tiêu không chạy được: Office chưa sẵn sàng. Trang này phải được mở trong Excel (Trang đầu › Kiểm tra chỉ tiêu), không mở trực tiếp trong trình duyệt.",
    en: "Chỉ tiêu cannot start: Office did not get ready. Open this page from Excel (Home › Check targets), not directly in a browser.",
  };
}

/**
 * The page's policy forbids eval, and zod (bundled into functions.js and taskpane.js) probes for it with a caught
 * `new Function("")` the first time it parses an object, which Chromium and WebView2 still report as a policy violation.
 * zod reads `jitless` from one configuration object shared on globalThis by every copy of it in the page, and skips
 * the probe (and its compiled fast path) when it is set; setting it here, before any bundle, keeps the page free of
 * violations. test/excel-page-csp.test.ts fails if a bundle ever tries eval again.
 */
function forbidEvalInLibraries(): void {
  const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
}

function watch(): void {
  const trouble: Trouble = { blocked: [], failed: [] };
  let ready = false;
  let shown = false;
  document.addEventListener("securitypolicyviolation", (e) => {
    // Only blocked loads can keep Office from starting; "eval" or "inline" reports name no address to tell anyone.
    if (e.disposition === "enforce" && /^https?:/.test(e.blockedURI)) trouble.blocked.push(e.blockedURI);
  });
  // A script or stylesheet that fails to load fires "error" on its element, which only a capturing listener on window sees.
  window.addEventListener(
    "error",
    (e) => {
      const el = e.target as HTMLScriptElement | null;
      if (el && el !== (window as unknown) && el.tagName === "SCRIPT" && el.src) trouble.failed.push(el.src);
    },
    true,
  );
  const show = () => {
    if (ready || shown) return;
    shown = true;
    const text = problemText(trouble, typeof Office !== "undefined");
    const box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.className = "load-problem";
    for (const line of [text.vi, text.en]) {
      const p = document.createElement("p");
      p.textContent = line;
      box.appendChild(p);
    }
    document.body.insertBefore(box, document.body.firstChild);
    document.getElementById("app")?.setAttribute("aria-busy", "false");
  };
  window.addEventListener("load", () => {
    if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
      void Office.onReady(() => {
        ready = true;
      });
    }
    // A missing Office.js is known at once; otherwise Office gets its time, and whatever was blocked on the way only
    // matters if it never gets ready (a blocked telemetry call alone must not alarm anyone).
    if (typeof Office === "undefined") show();
    else setTimeout(show, READY_WITHIN_MS);
  });
}

forbidEvalInLibraries();
if (typeof window !== "undefined" && typeof document !== "undefined") watch();
