// A plan indicator whose own name sets its horizon ("Tỷ lệ hộ dùng nước sạch đến năm 2025", "Số xã đạt chuẩn nông
// thôn mới giai đoạn 2021 - 2025"): matched to a figure that names no year, the target falls due at that horizon, so a
// short figure before it is not yet due, as one against a target row "Mục tiêu đến năm 2025" is.
import { fold } from "./text";

const HORIZON = /\b(?:(?:den|toi)(?: het)? nam|giai doan (?:19|20)\d\d)\s+((?:19|20)\d\d)\b/;

/**
 * The last day of the horizon a plan indicator's name (or a targets table's title) sets, or null.
 * @example planHorizon("Tỷ lệ hộ dùng nước sạch đến năm 2025") → "2025-12-31" · planHorizon("Tỷ lệ trẻ ra lớp") → null
 */
export function planHorizon(name: string): string | null {
  const m = HORIZON.exec(fold(name));
  return m ? `${m[1]}-12-31` : null;
}
