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
    },
  };
}
