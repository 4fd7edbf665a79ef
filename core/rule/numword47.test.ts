// Round 47 (numword47): a run of number words is read whole ("một trăm linh năm" 105, not 100 or 5) or not at all.
// Before, words after "trăm"/"nghìn" were dropped, so the bound came out too low and a shortfall passed.
import { describe, expect, it } from "vitest";
import { readCell } from "../number/cell";
import { numberWords } from "../number/parse";
import { evaluate } from "./evaluate";

const status = (t: string, a: number) => evaluate(t, a as never, { lang: "vi" } as never).status;

describe("number words read whole in a target", () => {
  it.each([
    ["ít nhất một trăm linh năm học sinh", 102, "not_met"],
    ["ít nhất một trăm linh năm học sinh", 105, "met"],
    ["ít nhất một trăm hai mươi học sinh", 100, "not_met"],
    ["ít nhất mười tư trường", 12, "not_met"],
    ["ít nhất hai mươi mốt phòng học", 20, "not_met"],
    ["ít nhất ba mươi lăm giáo viên", 34, "not_met"],
    ["ít nhất một trăm học sinh", 99, "not_met"],
    ["ít nhất hai nghìn học sinh", 1999, "not_met"],
    ["ít nhất năm mươi học sinh", 49, "not_met"],
    ["ít nhất ba nghìn không trăm hai mươi học sinh", 3019, "not_met"],
    ["ít nhất một nghìn rưỡi học sinh", 1400, "not_met"],
    ["tối đa hai mươi tư học sinh", 25, "not_met"],
    ["không quá một trăm linh năm học sinh", 106, "not_met"],
    ["ít nhất một trăm lẻ tư học sinh", 103, "not_met"],
    ["ít nhất hai triệu ba trăm nghìn đồng", 2_299_999, "not_met"],
    ["có ba mươi năm kinh nghiệm", 29, "not_met"],
    ["trong năm năm xây dựng 10 trường", 9, "not_met"],
    ["ít nhất ba trường tư thục", 2, "not_met"],
    ["mười trường tư thục", 9, "not_met"],
    ["đầu tư ba trăm triệu đồng", 300_000_001, "not_met"],
  ])("%j with %d is %s", (t, a, s) => expect(status(t, a)).toBe(s));

  // A run that cannot be read whole gives no number at all: not 100, not 2.
  it.each([
    ["ít nhất một trăm hai học sinh", 110],
    ["ít nhất hai nghìn tư học sinh", 2100],
    ["ít nhất một trăm linh học sinh", 200],
    ["năm mươi năm", 50],
  ])("%j is refused", (t, a) => expect(status(t, a)).toBe("unreadable"));
});

describe("one reader for number words", () => {
  it.each([
    ["hai mươi mốt", 21], ["ba mươi lăm", 35], ["một trăm", 100], ["hai nghìn", 2000], ["một trăm linh năm", 105],
    ["ba nghìn không trăm hai mươi", 3020], ["một nghìn rưỡi", 1500], ["một trăm rưỡi", 150], ["hai mươi tư", 24],
    ["mười tư", 14], ["hai tỷ năm trăm triệu", 2_500_000_000], ["hai nghìn không trăm linh năm", 2005],
  ])("%j is %d", (w, n) => expect(numberWords(w)).toBe(n));
  it.each([["một trăm hai"], ["hai nghìn tư"], ["mười năm"], ["mười mốt"], ["trăm"], ["một trăm linh"], ["hai nghìn một nghìn"]])(
    "%j is refused", (w) => expect(numberWords(w)).toBeNull());
  it("reads a cell's words whole, or not as a number", () => {
    expect(readCell("một trăm linh năm học sinh", {} as never)).toMatchObject({ kind: "number", value: 105, noun: "học sinh" });
    expect(readCell("năm mươi lăm triệu đồng", {} as never)).toMatchObject({ kind: "number", value: 55_000_000 });
    expect(readCell("ba mươi năm", {} as never)).toMatchObject({ kind: "number", value: 30, noun: "năm" });
    expect(readCell("một trăm hai học sinh", {} as never)).toMatchObject({ kind: "text" });
  });
});
