// Texts only the Sheets add-on needs (menu labels, sidebar title); the panel's wording is in panel/text.ts.
import type { Lang } from "../../core/types";
import { fillText } from "../../panel/text";

const TEXT = {
  menu: { vi: "Chỉ tiêu", en: "Chỉ tiêu" },
  menuCheck: { vi: "Kiểm tra", en: "Kiểm tra (Check)" },
  menuReport: { vi: "Báo cáo", en: "Báo cáo (Report)" },
  menuInsertPlan: { vi: "Chèn kế hoạch", en: "Chèn kế hoạch (Insert plan)" },
  menuLintPlan: { vi: "Kiểm tra kế hoạch", en: "Kiểm tra kế hoạch (Lint plan)" },
  menuSidebar: { vi: "Mở bảng điều khiển", en: "Mở bảng điều khiển (Open panel)" },
  sidebarTitle: { vi: "Chỉ tiêu", en: "Plan targets" },
} as const satisfies Record<string, { vi: string; en: string }>;

export type SheetsTextKey = keyof typeof TEXT;

/**
 * A Sheets-only text in `lang` with `{name}` placeholders filled.
 * @example st("vi", "menuCheck") → "Kiểm tra"
 */
export function st(lang: Lang, key: SheetsTextKey, vars: Record<string, string | number> = {}): string {
  return fillText(TEXT[key][lang], vars);
}
