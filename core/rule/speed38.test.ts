// Round 38 (speed38): cheap looks before costly scans must change no reading. Each scan gated still fires where it should.
import { describe, expect, it } from "vitest";
import { parseTarget } from "./parse";
import { LEAD_LABEL, leadLabelEnd } from "./parse/text";

describe("leadLabelEnd is LEAD_LABEL's match length", () => {
  const texts = ["thi đua: xếp thứ 3 trong cụm", "- Mục tiêu:  giảm tỷ lệ trẻ thấp còi", "hiện nay: 12 trường", "ít nhất 65%", "tỷ lệ 95%: đạt", "", "kết quả: 3 giải", "• Chỉ tiêu phấn đấu: 100% lớp"];
  it.each(texts)("%s", (t) => expect(leadLabelEnd(t)).toBe(LEAD_LABEL.exec(t)?.[0].length ?? 0));
});

const code = (p: string) => {
  const r = parseTarget(p);
  return r.ok ? "ok" : r.error.code;
};

describe("gated scans still fire", () => {
  it.each([
    "Toàn huyện hiện có 40/52 trường đạt chuẩn quốc gia",
    "Cả tỉnh đã có 120 xã đạt chuẩn nông thôn mới",
    "Năm 2024 đứng thứ 5/63 tỉnh thành",
    "Qua 3 năm triển khai, 90% trường có thư viện",
    "Ước đạt 96% kế hoạch được giao",
    "Đạt 105% kế hoạch do huyện đề ra",
    "Năm học vừa qua đạt 102% chỉ tiêu giao",
  ])("a report, not a target: %s", (p) => expect(code(p)).toBe("reported_result"));
  it.each(["Phấn đấu đứng thứ 5 toàn tỉnh", "Tỷ lệ trẻ đi học đạt 98%", "Đến năm 2025 toàn huyện có 100% trường đạt chuẩn"])("still a target: %s", (p) => expect(code(p)).toBe("ok"));
  it.each(["Duy trì ổn định ở mức 3.000 tấn", "giữ ổn định sản lượng khoảng 800 tấn"])("a level held: %s", (p) => {
    const r = parseTarget(p);
    expect(r.ok && r.rule.kind === "compare" && r.rule.hold).toBeTruthy();
  });
});
