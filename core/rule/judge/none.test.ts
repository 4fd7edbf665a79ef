// A cell denying the target's own verb is an answer, none (core/rule/judge/none.ts), as evaluate and formulaReads read it.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { formulaReads } from "../formula";
import { parseTarget } from "../parse";
import { deniedVerb } from "./none";

describe("deniedVerb", () => {
  it("finds the target's own verb in 'chưa có', 'chưa tổ chức'", () => {
    expect(deniedVerb({ text: "Phòng học bộ môn Tin học: có tối thiểu 01 phòng" }, "chưa có")).toBe("có");
    expect(deniedVerb({ text: "Hàng năm tổ chức thực tập phương án chữa cháy" }, "Chưa tổ chức")).toBe("tổ chức");
  });
  it("reads 'chưa hề', 'chưa từng', 'không hề' as the not word, not as part of the verb", () => {
    expect(deniedVerb({ text: "Phòng học bộ môn Tin học: có tối thiểu 01 phòng" }, "chưa hề có")).toBe("có");
    expect(deniedVerb({ text: "Hàng năm tổ chức thực tập phương án chữa cháy" }, "Chưa từng tổ chức")).toBe("tổ chức");
    expect(deniedVerb({ text: "có tối thiểu 01 phòng" }, "không hề có")).toBe("có");
  });
  it("finds none when the target does not say the verb, or the words are about the figures", () => {
    expect(deniedVerb({ text: "Tỷ lệ trẻ 5 tuổi ra lớp đạt 99%" }, "chưa có")).toBeNull();
    expect(deniedVerb({ text: "có tối thiểu 01 phòng" }, "chưa có số liệu")).toBeNull();
    expect(deniedVerb({ text: "báo cáo có ít nhất 2 lần/năm" }, "chưa báo cáo")).toBeNull();
  });
});

describe("evaluate with a cell denying the target's verb", () => {
  it("judges a count as none: 'chưa có' for 'có ít nhất 1 trường' is not met, and says how it read the cell", () => {
    const v = evaluate("Mỗi xã có ít nhất 1 trường mầm non công lập.", "chưa có", { unit: "trường" });
    expect(v.status).toBe("not_met");
    expect(v.explanation).toContain("không có");
  });
  it("judges a frequency as none: 'chưa tổ chức' for a yearly drill", () => {
    expect(evaluate("Hàng năm tổ chức thực tập phương án chữa cháy ít nhất 1 lần/năm", "chưa tổ chức").status).toBe("not_met");
  });
  it("answers a yes/no statement with no", () => {
    expect(evaluate("Xã có Ban Chỉ đạo chăm sóc sức khỏe Nhân dân, hoạt động thường xuyên.", "Chưa có").status).toBe("not_met");
  });
  it("leaves a rate without a figure: 'chưa có' for '100% trường có thư viện' is no data", () => {
    expect(evaluate("100% trường có thư viện", "chưa có").status).toBe("no_data");
  });
  it("leaves a target without the verb: 'chưa có' for 'tối thiểu 01 phòng' is no data", () => {
    expect(evaluate("tối thiểu 01 phòng", "chưa có").status).toBe("no_data");
  });
});

describe("formulaReads", () => {
  it("says no formula reads such a cell as the engine does (the host writes the verdict as a value)", () => {
    const p = parseTarget("có tối thiểu 01 phòng");
    if (!p.ok) throw new Error("unread");
    expect(formulaReads(p.rule, "chưa có")).toBe(false);
    expect(formulaReads(p.rule, "chưa có số liệu")).toBe(true);
  });
});
