// Texts only the Sheets add-on needs (menu, alerts, JSON paste, lock); the rest comes from the shared panel texts (addin-excel/panel/text.ts).
import type { Lang } from "../../core/types";
import { fillText } from "../../addin-excel/panel/text";

const TEXT = {
  menu: { vi: "Chỉ tiêu", en: "Chỉ tiêu" },
  menuCheck: { vi: "Kiểm tra", en: "Kiểm tra (Check)" },
  menuReport: { vi: "Báo cáo", en: "Báo cáo (Report)" },
  menuInsertPlan: { vi: "Chèn kế hoạch", en: "Chèn kế hoạch (Insert plan)" },
  menuLintPlan: { vi: "Kiểm tra kế hoạch", en: "Kiểm tra kế hoạch (Lint plan)" },
  menuSidebar: { vi: "Mở bảng điều khiển", en: "Mở bảng điều khiển (Open panel)" },
  sidebarTitle: { vi: "Chỉ tiêu", en: "Plan targets" },
  busy: {
    vi: "Một người khác đang ghi vào bảng tính này. Hãy thử lại sau ít giây.",
    en: "Someone else is writing to this spreadsheet. Try again in a few seconds.",
  },
  unknownPlan: { vi: "Không có kế hoạch mẫu \"{id}\".", en: "No bundled plan \"{id}\"." },
  sourcePaste: { vi: "Dán kế hoạch JSON", en: "Paste plan JSON" },
  pasteLabel: { vi: "Nội dung JSON của kế hoạch", en: "Plan JSON text" },
  usePasted: { vi: "Dùng kế hoạch này", en: "Use this plan" },
  storedFile: { vi: "Đang dùng kế hoạch JSON đã lưu trong bảng tính.", en: "Using the JSON plan stored in this spreadsheet." },
  moreShortfalls: { vi: "… và {n} chỉ tiêu chưa đạt khác (xem trang Báo cáo).", en: "… and {n} more shortfalls (see the Report sheet)." },
  fallbacks: {
    vi: "{n} dòng ghi nhãn cố định vì quy tắc chưa dịch được thành công thức.",
    en: "{n} rows hold a fixed label because their rule has no formula.",
  },
  checkDone: { vi: "Đã kiểm tra trang \"{sheet}\": {summary}.", en: "Checked sheet \"{sheet}\": {summary}." },
  editInPanel: {
    vi: "Để xem hoặc sửa cách đọc cột, mở Chỉ tiêu › Mở bảng điều khiển.",
    en: "To review or correct the columns, open Chỉ tiêu › Mở bảng điều khiển.",
  },
  lintCount: { vi: "{n} vấn đề trong kế hoạch \"{title}\".", en: "{n} problems in plan \"{title}\"." },
} as const satisfies Record<string, { vi: string; en: string }>;

export type SheetsTextKey = keyof typeof TEXT;

/**
 * A Sheets-only text in `lang` with `{name}` placeholders filled.
 * @example st("en", "unknownPlan", { id: "x" }) → 'No bundled plan "x".'
 */
export function st(lang: Lang, key: SheetsTextKey, vars: Record<string, string | number> = {}): string {
  return fillText(TEXT[key][lang], vars);
}
