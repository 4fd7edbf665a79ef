// Texts only the Sheets add-on needs (menu labels, sidebar title); the panel's wording is in panel/text.ts.
import type { Lang } from "../../core/types";
import { fillText } from "../../panel/text";

const TEXT = {
  sidebarTitle: { vi: "Chỉ tiêu", en: "Plan targets" },
} as const satisfies Record<string, { vi: string; en: string }>;

/**
 * The menu's labels: fixed Vietnamese text, as onOpen may run before any stored language can be read (menu.ts). Kept
 * apart from TEXT so Code.js, which builds the menu on every open, carries only these.
 */
export const MENU_LABELS = {
  menuSidebar: "Mở bảng điều khiển",
  menuCheck: "Kiểm tra",
  menuReport: "Báo cáo",
  menuInsertPlan: "Chèn kế hoạch",
  menuLintPlan: "Kiểm tra kế hoạch",
} as const;

export type SheetsTextKey = keyof typeof TEXT;

/**
 * A Sheets-only text in `lang` with `{name}` placeholders filled.
 * @example st("vi", "menuCheck") → "Kiểm tra"
 */
export function st(lang: Lang, key: SheetsTextKey, vars: Record<string, string | number> = {}): string {
  return fillText(TEXT[key][lang], vars);
}
