// What the pane tests share: Chromium launched offline at task-pane width, waiting for the panel to be idle, clicking, and screenshots that also check nothing spills sideways.
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

/** Both panes are tested at the narrowest width they must work at. */
export const PANE_WIDTH = 300;

/** The browser locales a Vietnamese clerk's pane runs under: Office or a Chromebook in English, or in Vietnamese. */
export const LOCALES = ["en-US", "vi-VN"] as const;

/** A pane under test: the browser, the page, and the steps a test takes on it. */
export interface PaneDriver {
  browser: Browser;
  page: Page;
  /** A fresh temporary folder for the build and the screenshots. */
  tmp: string;
  /** Waits until no action is running (the panel marks itself aria-busy while one does). */
  idle(): Promise<void>;
  /** Clicks and waits until the panel is idle again. */
  act(selector: string): Promise<void>;
  /** Saves `<prefix>-<name>.png` of `on` (default the pane's page; also into CHITIEU_SHOTS when set) and asserts the page is no wider than the pane. */
  shot(name: string, on?: Page): Promise<void>;
  /** Another page at pane width in the same browser, its language and date order those of `locale`. */
  newPage(locale: string): Promise<Page>;
}

/**
 * Launches Debian's Chromium (never a downloaded one) with background networking off, and opens a page at pane
 * width in `locale` (the browser's language, hence a date input's order); `prefix` names the screenshots.
 * @example const pane = await openPane("excel"); await pane.act("#btn-next"); await pane.shot("2-sheet")
 */
export async function openPane(prefix: string, locale = "en-US"): Promise<PaneDriver> {
  const tmp = mkdtempSync(join(tmpdir(), `chitieu-${prefix}-pane-`));
  const shots = join(tmp, "shots");
  mkdirSync(shots);
  const keep = process.env.CHITIEU_SHOTS ?? "";
  if (keep) mkdirSync(keep, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const newPage = (loc: string) => browser.newPage({ viewport: { width: PANE_WIDTH, height: 760 }, locale: loc });
  const page = await newPage(locale);
  const idle = async () => {
    await page.locator("#app[aria-busy=false]").waitFor();
  };
  return {
    browser,
    page,
    tmp,
    idle,
    newPage,
    act: async (selector) => {
      await page.click(selector);
      await idle();
    },
    shot: async (name, on = page) => {
      const file = join(shots, `${prefix}-${name}.png`);
      await on.screenshot({ path: file, fullPage: true });
      if (keep) copyFileSync(file, join(keep, `${prefix}-${name}.png`));
      expect(await on.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
      expect(await lowContrast(on), `text under WCAG AA contrast in ${prefix}-${name}`).toEqual([]);
    },
  };
}

/**
 * The text on `page` under WCAG AA contrast (4.5:1, or 3:1 for text from 18.66 px bold or 24 px), each as
 * "<tag.class> "text" ratio": its colour against the first background behind it (a gradient by its first colour).
 * Disabled controls and hidden elements are exempt, as WCAG has them.
 */
export async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (c: string): number[] | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3]));
    const backOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const st = getComputedStyle(e);
        const img = rgba(st.backgroundImage.startsWith("linear-gradient") ? st.backgroundImage : "");
        if (img && img[3] > 0) return img[3] >= 1 ? img : over(img, backOf(e.parentElement));
        const bg = rgba(st.backgroundColor);
        if (bg && bg[3] > 0) return bg[3] >= 1 ? bg : over(bg, backOf(e.parentElement));
      }
      return [255, 255, 255, 1];
    };
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== "");
      if (!own || (el as HTMLElement).closest(":disabled, [aria-disabled=true], [hidden]")) continue;
      const st = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (st.visibility === "hidden" || st.display === "none" || box.width === 0 || box.height === 0) continue;
      const fg = rgba(st.color);
      if (!fg) continue;
      const bg = backOf(el);
      const text = over(fg, bg);
      const [a, b] = [lum(text), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      const size = parseFloat(st.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(st.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName.toLowerCase()}.${String(el.className).replace(/ /g, ".")} "${(el.textContent ?? "").trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    return out;
  });
}
