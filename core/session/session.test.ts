// The check flow over an in-memory workbook: plan choice, sheet choice (the tool's own sheets refused), mapping, write, results, report.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { MemoryWorkbook, type MemorySheetInit } from "../host/memory";
import { STATUS_HEADER } from "../sheet/edits";
import { MAX_COLUMNS, WHOLE_SHEET } from "../sheet/owned";
import { Session } from "./session";
import { haiAnOfficeSheet } from "./fixtures";
import { checkWorkbook } from "./batch";

const TODAY = "2026-01-15";

/** The Hải An indicator list a district office keeps, with a row that has a figure but no target. */
function dataSheet(): CellValue[][] {
  return [...haiAnOfficeSheet(), [4, "Số phòng học xây mới", "phòng", null, 12]];
}

async function started(sheets: MemorySheetInit[] = [{ name: "Số liệu", cells: dataSheet() }], state: unknown = null) {
  const host = new MemoryWorkbook(sheets);
  host.state = state;
  const s = new Session(host, { today: TODAY });
  await s.start();
  return { host, s };
}

async function checkedSession() {
  const { host, s } = await started();
  await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
  s.toStep("sheet");
  await s.openSheet("Số liệu");
  return { host, s };
}

describe("the plan step", () => {
  it("starts with no plan chosen and will not go on until one is (no silent 'no plan')", async () => {
    const { s } = await started();
    expect([s.step, s.state.plan, s.planReady]).toEqual(["plan", null, false]);
    s.toStep("sheet");
    expect(s.step).toBe("plan");
  });

  it("remembers a bundled plan with the workbook and names it", async () => {
    const { host, s } = await started();
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    expect(s.plan?.id).toBe("hai-an-2024-2025");
    expect(s.notice?.vi).toMatch(/^Đã chọn kế hoạch «Kế hoạch/);
    expect((host.state as { plan: unknown }).plan).toEqual({ kind: "bundled", id: "hai-an-2024-2025" });
  });

  it("answers a mistyped plan id with the near ones", async () => {
    const { s } = await started();
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2026" });
    expect(s.problem?.message.vi).toBe('Không có kế hoạch mẫu "hai-an-2024-2026"; ý bạn là hai-an-2024-2025?');
    expect(s.state.plan).toBeNull();
  });

  it("takes 'no plan' only when chosen, and says what it means", async () => {
    const { s } = await started();
    await s.choosePlan({ kind: "none" });
    expect(s.planReady).toBe(true);
    expect(s.notice?.vi).toBe("Không dùng kế hoạch: chỉ tiêu lấy từ cột Kế hoạch trên trang.");
  });

  it("names the cells of a broken plan sheet", async () => {
    const { s } = await started([
      { name: "Số liệu", cells: dataSheet() },
      { name: "KH", cells: [["Mã", "Chỉ tiêu", "Kế hoạch"], ["a", "Số trường", "22 trường"], ["a", "Số lớp", "abc xyz"]] },
    ]);
    await s.choosePlan({ kind: "sheet", name: "KH" });
    expect(s.problem?.message.vi).toMatch(/^Trang kế hoạch "KH", ô [A-C]\d: /);
    expect(s.problem?.cells[0]?.sheet).toBe("KH");
  });

  it("lints in sentences that name the indicator or task, never a bare JSON path", async () => {
    const { s } = await started();
    await s.choosePlan({ kind: "bundled", id: "long-bien-2021-2025-qd2559" });
    await s.lint();
    const lines = s.lintResult ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.text.vi).not.toMatch(/(indicators|tasks)\[\d+\]/);
      expect(l.text.vi).toMatch(/^(Lỗi|Mâu thuẫn|Lưu ý) — /);
    }
  });
});

describe("lint of a plan kept in a sheet", () => {
  it("points each finding at the cell of its row", async () => {
    const { s } = await started([
      { name: "Số liệu", cells: dataSheet() },
      { name: "KH", cells: [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["th.cqg", "Số trường tiểu học đạt chuẩn quốc gia", "trường", "8/28 trường (25%)"]] },
    ]);
    await s.choosePlan({ kind: "sheet", name: "KH" });
    await s.lint();
    expect(s.lintResult?.[0].cell).toEqual({ sheet: "KH", address: "A2" });
    expect(s.lintResult?.[0].text.vi).toMatch(/^Mâu thuẫn — chỉ tiêu «Số trường tiểu học đạt chuẩn quốc gia», mức chỉ tiêu: 8\/28 = 28,6%/);
  });
});

describe("the sheet and mapping steps", () => {
  it("reads and checks the chosen sheet, then waits on the mapping", async () => {
    const { host, s } = await checkedSession();
    expect(s.step).toBe("mapping");
    expect(s.pending?.result.ok).toBe(true);
    expect(host.sheet("Số liệu")!.writes).toEqual([]);
  });

  it("lists the row it could not judge with its cell and why", async () => {
    const { s } = await checkedSession();
    const nj = s.results!.notJudged;
    // The reader names the figure's cell (E9), which a click selects; the plan was chosen, so the reason is "no match".
    expect(nj.map((r) => [r.address, r.reason])).toEqual([["E9", "no_match"]]);
    expect(nj[0].text.vi).toBe("«Số phòng học xây mới»: có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch.");
  });

  it("judges a finished school year at the end of its period, and a running one today", async () => {
    const { s } = await checkedSession();
    expect(s.pending?.options).toEqual({ asOf: "2025-08-31", tolerance: 0.02, asOfSource: "period" });
    const running = new Session(new MemoryWorkbook([{ name: "Số liệu", cells: dataSheet() }]), { today: "2025-03-01" });
    await running.start();
    await running.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    running.toStep("sheet");
    await running.openSheet("Số liệu");
    expect(running.pending?.options.asOf).toBe("2025-03-01");
  });

  it("re-judges in memory when the user corrects a column", async () => {
    const { host, s } = await checkedSession();
    s.remap({ columns: { actual: null } });
    expect(s.checked!.items.every((it) => it.status === "no_data")).toBe(true);
    expect(host.calls.filter((c) => c === "readSheet")).toHaveLength(1);
  });

  it("says so, and will not write, when a mapping judges nothing", async () => {
    const { host, s } = await checkedSession();
    s.remap({ columns: { name: null } });
    expect(s.problem?.message.vi).toMatch(/^Trang «Số liệu»: chưa đánh giá được dòng nào/);
    await s.write();
    expect(host.sheet("Số liệu")!.writes).toEqual([]);
  });
});

describe("writing the results", () => {
  it("writes the status column, remembers the mapping by sheet id and shows the results", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    expect(s.step).toBe("results");
    expect(host.sheet("Số liệu")!.cells[4][5]).toBe(STATUS_HEADER);
    expect(s.state.mappings[host.sheet("Số liệu")!.id]).toEqual({});
    expect(s.results!.groups.short).toBe(1);
    expect(s.results!.rows[0]).toMatchObject({ address: "E7", status: "not_met" });
  });

  it("keeps the user's text beside the table, writes right of it and says where", async () => {
    const cells = dataSheet();
    cells[4].push(STATUS_HEADER, "Ý kiến của tôi");
    cells[6][6] = "đã xác minh";
    const { host, s } = await started([{ name: "Số liệu", cells }]);
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    await s.write();
    expect([s.step, s.problem]).toEqual(["results", null]);
    const sheet = host.sheet("Số liệu")!;
    expect([sheet.cells[4][5], sheet.cells[4][6], sheet.cells[6][6]]).toEqual([STATUS_HEADER, "Ý kiến của tôi", "đã xác minh"]);
    expect(sheet.writes.map((w) => w.range.left)).toEqual([7]);
    expect(sheet.cells[4][7]).toBe(STATUS_HEADER);
    expect(s.notice?.vi).toMatch(/^Đã ghi cột đánh giá vào trang «Số liệu» \(từ cột H\)/);
  });

  it("moves right of the tool's old columns the user typed into, and tells the user why", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    const sheet = host.sheet("Số liệu")!;
    expect(sheet.owned).toEqual([{ top: 4, left: 5, bottom: 8, right: 6 }]);
    sheet.cells[6][6] = "đã xác minh với trường";
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    await s.write();
    expect(sheet.cells[6][6]).toBe("đã xác minh với trường");
    expect(sheet.writes.at(-1)?.range.left).toBe(7);
    expect(sheet.owned).toEqual([{ top: 4, left: 7, bottom: 8, right: 8 }]);
    expect(s.written?.notices[0].vi).toContain("G7");
    expect(s.notice?.vi).toContain("G7");
  });

  it("refuses, naming the cells, only when no free column is left, and writes nothing", async () => {
    const validations = [{ top: 4, left: 5, bottom: 8, right: MAX_COLUMNS - 1 }];
    const { host, s } = await started([{ name: "Số liệu", cells: dataSheet(), validations }]);
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    // Inserting would push the validation off the sheet's last column, so it is not offered either.
    expect(s.placement).toMatchObject({ freeBesideActual: false, canInsert: false, insert: false });
    await s.write();
    expect(s.step).toBe("mapping");
    expect(s.problem?.cells).toEqual([{ sheet: "Số liệu", address: "F5" }]);
    expect(host.sheet("Số liệu")!.writes).toEqual([]);
  });

  it("inserts columns right after the actual when the user allows it, moving the user's columns untouched", async () => {
    const cells = dataSheet().map((r, i) => (i === 4 ? [...r, "Ghi chú"] : i === 6 ? [...r, "thiếu 1 trường"] : r));
    const { host, s } = await started([{ name: "Số liệu", cells, validations: [{ top: 5, left: 5, bottom: 8, right: 5 }] }]);
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    expect(s.placement).toMatchObject({ besideActual: 5, freeBesideActual: false, defaultInsert: false, insert: false });
    await s.setInsert(true);
    await s.write();
    const sheet = host.sheet("Số liệu")!;
    expect([sheet.cells[4][5], sheet.cells[4][7], sheet.cells[6][7]]).toEqual([STATUS_HEADER, "Ghi chú", "thiếu 1 trường"]);
    expect(sheet.validations).toEqual([{ top: 5, left: 7, bottom: 8, right: 7 }]);
    expect(s.written).toMatchObject({ insert: true, inserted: true });
    expect(s.notice?.vi).toContain("(chèn cột F ngay sau cột Thực hiện)");
    expect((host.state as { insert: Record<string, boolean> }).insert[sheet.id]).toBe(true);
  });

  it("prints A4 one page wide with the header repeated, freezes the header, and takes the table's font", async () => {
    const { host, s } = await started([{ name: "Số liệu", cells: dataSheet(), font: { name: "Times New Roman", size: 13 } }]);
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    await s.write();
    const sheet = host.sheet("Số liệu")!;
    expect(sheet.print).toMatchObject({ paper: "A4", fitToWidth: true, repeatRows: { first: 4, last: 4 } });
    expect(sheet.frozen).toEqual({ rows: 5, columns: 0 });
    expect(host.fontAt(sheet, 6, 6)).toEqual({ name: "Times New Roman", size: 13 });
    expect(s.written?.print?.paper).toBe("A4");
  });

  it("keeps the user's note on a figure and puts its finding on its own status cell, replacing it on the next check", async () => {
    const cells = [...dataSheet(), [5, "Số trường mầm non", "trường", "22 trường", 22]];
    const { host, s } = await started([{ name: "Số liệu", cells, notes: { "5,1": "ghi chú của người dùng" } }]);
    await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    await s.write();
    const sheet = host.sheet("Số liệu")!;
    const ours = [...sheet.notes].filter(([, v]) => v.startsWith("Chỉ tiêu: "));
    expect(ours).toHaveLength(1);
    expect(sheet.notes.get("5,1")).toBe("ghi chú của người dùng");
    const [row, col] = ours[0][0].split(",").map(Number);
    expect(col).toBe(5);
    expect(row).toBeGreaterThanOrEqual(5);
    sheet.cells[9][1] = "Số phòng học";
    s.toStep("sheet");
    await s.openSheet("Số liệu");
    await s.write();
    expect([...sheet.notes.values()].filter((v) => v.startsWith("Chỉ tiêu: "))).toEqual([]);
    expect(sheet.notes.get("5,1")).toBe("ghi chú của người dùng");
  });

  it("writes nothing when the sheet changed between the read and the write", async () => {
    const { host, s } = await checkedSession();
    host.sheet("Số liệu")!.cells[5][5] = "typed meanwhile";
    await s.write();
    expect(s.problem?.message.vi).toMatch(/đã thay đổi từ lúc đọc \(F6\); chưa ghi gì/);
    expect(host.sheet("Số liệu")!.writes).toEqual([]);
  });

  it("marks the written column stale when the as-of date changes, and rewrites after reading again", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    await s.setOptions({ tolerance: 0 });
    expect(s.stale).toBe(true);
    await s.write();
    expect(s.stale).toBe(false);
    expect(host.calls.filter((c) => c === "readSheet")).toHaveLength(2);
    expect(host.sheet("Số liệu")!.writes).toHaveLength(2);
  });

  it("keeps rules without a native formula live with the host's custom function", async () => {
    const cells: CellValue[][] = [["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"], [1, "Tỷ lệ học sinh giỏi", "tăng so với năm học trước", 0.45]];
    const host = new MemoryWorkbook([{ name: "S", cells }], { name: "CHITIEU.TARGET_STATUS", max: 10 });
    const s = new Session(host, { today: TODAY });
    await s.start();
    await s.choosePlan({ kind: "none" });
    s.toStep("sheet");
    await s.openSheet("S");
    await s.write();
    expect(host.sheet("S")!.cells[1][4]).toBe('=CHITIEU.TARGET_STATUS(D2,"tăng so với năm học trước")');
  });
});

describe("the report and the sheets the tool made", () => {
  it("adds the report and its technical notes, and never checks them as data", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    s.toStep("report");
    await s.makeReport({ signerName: "Nguyễn Văn A" });
    expect(host.sheets.map((x) => x.name)).toEqual(["Số liệu", "Báo cáo", "Ghi chú kỹ thuật"]);
    expect(host.selection).toBe("Báo cáo!A1");
    await s.openSheet("Báo cáo");
    expect(s.problem?.message.vi).toBe("Trang «Báo cáo» là trang báo cáo do Chỉ tiêu tạo, không phải trang số liệu; hãy chọn trang có số liệu để kiểm tra.");
    expect(host.sheet("Báo cáo")!.cells.flat().filter((v) => v === STATUS_HEADER)).toEqual([]);
  });

  it("refuses a sheet carrying the tool's whole-sheet mark even when the workbook forgot making it", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    await s.makeReport({});
    const again = new Session(host, { today: TODAY });
    host.state = null;
    await again.start();
    await again.choosePlan({ kind: "none" });
    again.toStep("sheet");
    await again.openSheet("Báo cáo");
    expect(host.sheet("Báo cáo")!.owned).toEqual([WHOLE_SHEET]);
    expect(again.problem?.message.vi).toBe("Trang «Báo cáo» là trang do Chỉ tiêu tạo, không phải trang số liệu; hãy chọn trang có số liệu để kiểm tra.");
  });

  it("comes back to the data sheet, not the report the user is looking at, even after a rename", async () => {
    const { host, s } = await checkedSession();
    await s.write();
    await s.makeReport({});
    host.sheet("Báo cáo")!.name = "BC gửi quận";
    const again = new Session(host, { today: TODAY });
    await again.start();
    expect(again.step).toBe("sheet");
    expect(host.sheets[host.active].name).toBe("BC gửi quận");
    expect(again.suggestedSheet).toBe("Số liệu");
    expect(again.sheets.find((x) => x.name === "BC gửi quận")?.created).toBe("report");
  });

  it("takes the issuer and signature from the sheet's title block and remembers what the user confirms", async () => {
    const { s } = await checkedSession();
    await s.write();
    expect(s.reportFields()).toMatchObject({ parent: "ỦY BAN NHÂN DÂN QUẬN HẢI AN", issuer: ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], signatureTitle: ["TRƯỞNG PHÒNG"], place: "Hải An" });
    await s.makeReport({ signerName: "Trần Thị B", signatureTitle: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"] });
    expect(s.reportFields()).toMatchObject({ signerName: "Trần Thị B", signatureTitle: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"] });
  });
});

describe("a menu's request to open at a step", () => {
  it.each<[string, "plan" | "sheet" | "report", boolean, string]>([
    ["Kiểm tra opens at the sheet step", "sheet", true, "sheet"],
    ["Báo cáo opens at the sheet step, a check comes first", "report", true, "sheet"],
    ["a plan request opens at the plan step", "plan", true, "plan"],
    ["a stale request is ignored", "plan", false, "sheet"],
  ])("%s", async (_, step, fresh, expected) => {
    const state = { v: 2, plan: { kind: "bundled", id: "hai-an-2024-2025" }, mappings: {}, created: {}, options: {}, report: {}, intent: { step, at: fresh ? Date.now() : 0 } };
    const { s, host } = await started(undefined, state);
    expect(s.step).toBe(expected);
    expect((host.state as { intent?: unknown }).intent).toBeUndefined();
  });
});

describe("the flow driven through in one call (the CLI's check)", () => {
  it("passes over a sheet with no table, says why, checks the data sheet, writes and adds the report", async () => {
    const host = new MemoryWorkbook([
      { name: "Thông tin chung", cells: [["Đơn vị báo cáo", "Phòng GDĐT"], ["Người lập", "Nguyễn Văn A"]] },
      { name: "Số liệu", cells: dataSheet() },
    ]);
    const r = await checkWorkbook(host, { plan: { kind: "bundled", id: "hai-an-2024-2025" }, today: TODAY, asOf: "2025-05-31" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.pending?.info.name).toBe("Số liệu");
    expect(r.session.pending?.options).toMatchObject({ asOf: "2025-05-31", asOfSource: "user" });
    expect(host.sheets.map((x) => x.name)).toEqual(["Thông tin chung", "Số liệu", "Báo cáo", "Ghi chú kỹ thuật"]);
  });

  it("keeps another sheet's unjudged figures through a re-check (language, options, remap): never clean again by re-judging", async () => {
    const header = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
    const { s } = await started([
      { name: "Số liệu", cells: [header, [1, "Số lớp", "16 lớp", 16]] },
      { name: "Khác", cells: [header, [1, "Kinh phí", null, 120]] },
    ]);
    await s.openBestSheet({ hint: { vi: "chọn trang", en: "choose a sheet" } });
    const elsewhere = { sheets: ["Khác"], notJudged: 1, shortfalls: 0, bySheet: [["Khác", 1, false, 0]] };
    expect(s.checked?.coverage.elsewhere).toEqual(elsewhere);
    await s.setLang("en");
    await s.setOptions({ tolerance: 0.05 });
    s.remap({});
    expect(s.checked?.coverage).toMatchObject({ elsewhere, complete: false });
    expect(s.results?.clean.kind).toBe("qualified");
  });

  it("judges a results sheet the user names against its units' targets on another sheet, as when it is chosen among all", async () => {
    const title = (t: string): CellValue[][] => [["UBND HUYỆN SI MA CAI"], [], [t], []];
    const results: MemorySheetInit = {
      name: "Biểu 2a",
      cells: [...title("KẾT QUẢ XÓA MÙ CHỮ NĂM HỌC 2008-2009"), ["TT", "Đơn vị", "Số lớp XMC đã mở", "Số học viên huy động"], [1, "Xã Si Ma Cai", 1, 26], [2, "Xã Cán Cấu", 3, 58]],
    };
    const targets: MemorySheetInit = {
      name: "Chỉ tiêu giao",
      cells: [...title("CHỈ TIÊU GIAO XÓA MÙ CHỮ NĂM HỌC 2008-2009"), ["TT", "Xã", "Số lớp XMC mở mới", "Số học viên huy động"], [1, "Cán Cấu", 3, 60], [2, "Si Ma Cai", 1, 25]],
    };
    const judged = async (open: (s: Session) => Promise<void>) => {
      const { s } = await started([targets, results]);
      await s.choosePlan({ kind: "none" });
      s.toStep("sheet");
      await open(s);
      return s.checked?.coverage.judged;
    };
    const all = await judged((s) => s.openBestSheet({ hint: { vi: "chọn trang", en: "choose a sheet" } }));
    expect(all).toBe(4);
    // The targets sheet's figures are the targets used, not figures left open on another sheet.
    const { s: best } = await started([targets, results]);
    await best.choosePlan({ kind: "none" });
    best.toStep("sheet");
    await best.openBestSheet({ hint: { vi: "chọn trang", en: "choose a sheet" } });
    expect(best.checked?.coverage.elsewhere).toBeUndefined();
    expect(await judged((s) => s.openSheet("Biểu 2a"))).toBe(all);
    expect(await judged((s) => s.openBestSheet({ among: ["Biểu 2a"], hint: { vi: "chọn trang", en: "choose a sheet" } }))).toBe(all);
  });

  it("stops in one line when the named sheet is not there", async () => {
    const r = await checkWorkbook(new MemoryWorkbook([{ name: "Số liệu", cells: dataSheet() }]), { plan: { kind: "none" }, sheet: "Sheet9", today: TODAY });
    expect(r.ok ? "" : r.problem.message.vi).toBe("Không có trang «Sheet9» trong sổ; hãy chọn trang khác.");
  });
});
