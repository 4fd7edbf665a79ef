// Sheets for session and pane tests: a district office's indicator list for the Hải An 2024-2025 plan, fresh on every call.
import type { CellValue } from "../types";

/**
 * The title block (district committee over its education office), the header, and three rows of the Hải An plan's
 * preschool counts, one of them short (7 of 8 public schools). Tests append the rows their case needs.
 */
export function haiAnOfficeSheet(): CellValue[][] {
  return [
    ["ỦY BAN NHÂN DÂN QUẬN HẢI AN"],
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Số trường mầm non", "trường", "22 trường", 22],
    [2, "Số trường mầm non công lập", "trường", "08 trường", 7],
    [3, "Số trường mầm non ngoài công lập", "trường", "14 trường", 14],
  ];
}
