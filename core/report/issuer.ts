// Who issues and signs a report: the body named in the sheet's title block (a school, a ward, the district office), else the plan's issuer, with the signature and number that body uses.
import type { Plan } from "../plan/schema";
import type { SheetData } from "../sheet/model";
import { cellText, fold } from "../sheet/text";

/** Kinds of issuing body, each with its own signature block and document code (Nghị định 30/2020, Phụ lục I). */
export type BodyKind = "district" | "ward" | "office" | "department" | "school" | "other";

interface BodyRule {
  kind: BodyKind;
  /** Matched on the folded text (no accents, lower case) at the start of a title-block line. */
  starts: RegExp;
  /** Lines above the signer's name. */
  signature: string[];
  /** Code after "BC-" in "Số: …/BC-UBND"; null when it is made from the body's own name (schools). */
  code: string | null;
}

/**
 * Bodies in the order they are tried. Ward before district: both start "ủy ban nhân dân", only the place word
 * tells them apart, and "phường"/"xã" must win over the bare committee rule.
 */
const BODIES: BodyRule[] = [
  { kind: "ward", starts: /^(uy ban nhan dan|ubnd) (phuong|xa|thi tran)\b/, signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], code: "UBND" },
  // A district committee's education report is signed by the vice-chair in charge, on behalf of the chair.
  { kind: "district", starts: /^(uy ban nhan dan|ubnd)\b/, signature: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], code: "UBND" },
  { kind: "office", starts: /^phong (giao duc|gd)/, signature: ["TRƯỞNG PHÒNG"], code: "GDĐT" },
  { kind: "department", starts: /^so (giao duc|gd)/, signature: ["GIÁM ĐỐC"], code: "SGDĐT" },
  { kind: "school", starts: /^truong\b/, signature: ["HIỆU TRƯỞNG"], code: null },
];

/** Labels a title block puts before the unit's name ("Đơn vị: Trường MN Cát Bi"). */
const UNIT_LABEL = /^(ten )?(don vi|co quan)( bao cao)?\s*:?\s*/;

/** School-level words and their usual abbreviations in a school's document code ("MẦM NON" → "MN"). */
const LEVEL_ABBREVIATIONS: [string, string][] = [
  ["trung hoc pho thong", "THPT"],
  ["trung hoc co so", "THCS"],
  ["tieu hoc", "TH"],
  ["mam non", "MN"],
  ["mau giao", "MG"],
];

/** A recognised body: its kind and its name as the header prints it (upper case). */
export interface Body {
  kind: BodyKind;
  name: string;
}

function upper(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");
}

/**
 * The body a line names, or null for any other title line ("BÁO CÁO …", "CỘNG HÒA …").
 * @example bodyOf("Đơn vị: Trường MN Cát Bi") → { kind: "school", name: "TRƯỜNG MN CÁT BI" }
 */
export function bodyOf(line: string): Body | null {
  let text = line.replace(/\s+/g, " ").trim();
  const label = UNIT_LABEL.exec(fold(text));
  if (label && label[0].length > 0 && /:/.test(text)) text = text.slice(text.indexOf(":") + 1).trim();
  const f = fold(text);
  for (const b of BODIES) if (b.starts.test(f)) return { kind: b.kind, name: upper(text) };
  return null;
}

/**
 * Bodies named in the title block above the table, top to bottom (the superior body first, then the unit).
 * @example bodiesInSheet({ name: "S", values: [["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN"], ["Đơn vị: Trường MN Cát Bi"], ["STT", "Nội dung"]] }, 2)
 *   → [{ kind: "office", name: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN" }, { kind: "school", name: "TRƯỜNG MN CÁT BI" }]
 */
export function bodiesInSheet(sheet: Pick<SheetData, "values">, headerRow: number | undefined): Body[] {
  const out: Body[] = [];
  const last = Math.min(headerRow ?? 8, sheet.values.length, 12);
  for (let r = 0; r < last; r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v ?? null);
      if (t.length < 4 || t.length > 160) continue;
      // Two bodies in one cell, one per line ("UBND QUẬN HẢI AN\nTRƯỜNG MN CÁT BI").
      for (const part of t.split(/\n/)) {
        const b = bodyOf(part);
        if (b && !out.some((x) => x.name === b.name)) out.push(b);
      }
    }
  }
  return out;
}

/**
 * The header lines of a body: a committee's kind over its place, others whole.
 * @example issuerLines("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN") → ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"]
 */
export function issuerLines(issuer: string): string[] {
  const s = upper(issuer);
  for (const head of ["ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]) {
    if (s.startsWith(`${head} `)) return [head, s.slice(head.length + 1)];
  }
  return [s];
}

/**
 * The code in a school's document number, from its name: level words as their abbreviations, other words by
 * their first letter.
 * @example schoolCode("TRƯỜNG MẦM NON CÁT BI") → "MNCB" · schoolCode("TRƯỜNG TIỂU HỌC ĐẰNG LÂM") → "THĐL"
 */
export function schoolCode(name: string): string {
  // Words as written (for their first letter, "Đ" kept) beside their folded form (to spot level words).
  const words = upper(name).split(" ");
  const folded = words.map((w) => fold(w));
  let i = folded[0] === "truong" ? 1 : 0;
  let code = "";
  while (i < words.length) {
    const rest = folded.slice(i).join(" ");
    const lvl = LEVEL_ABBREVIATIONS.find(([w]) => rest === w || rest.startsWith(`${w} `));
    if (lvl) {
      code += lvl[1];
      i += lvl[0].split(" ").length;
      continue;
    }
    // An abbreviation already written as one ("THCS", "MN") stays whole.
    code += ["thpt", "thcs", "th", "mn", "mg"].includes(folded[i]) ? words[i] : words[i].normalize("NFD")[0];
    i++;
  }
  return code.normalize("NFC");
}

/**
 * The place name for the date line from a body's name ("QUẬN HẢI AN" → "Hải An"), or null.
 * @example placeOf("ỦY BAN NHÂN DÂN PHƯỜNG NGỌC LÂM") → "Ngọc Lâm"
 */
export function placeOf(name: string): string | null {
  const m = /(?:QUẬN|HUYỆN|THỊ XÃ|THÀNH PHỐ|PHƯỜNG|XÃ|THỊ TRẤN)\s+(.+)$/u.exec(upper(name));
  if (!m) return null;
  return m[1]
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w ? w[0].toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

/** The issuer and signature fields a report starts with. */
export interface ReportDefaults {
  kind: BodyKind;
  parent: string;
  issuer: string[];
  number: string;
  place: string;
  signatureTitle: string[];
  signerName: string;
  recipients: string[];
}

/**
 * The report's header and signature defaults: the unit named in the sheet's title block when there is one (a
 * school reports as the school, not as the district committee that issued the plan), else the plan's issuer.
 * The superior body is the line above the unit in the title block, or the plan's issuer for a unit under it.
 * @example reportDefaults(plan, schoolSheet, 5) → { kind: "school", parent: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN", issuer: ["TRƯỜNG MN CÁT BI"], number: "Số:      /BC-MNCB", signatureTitle: ["HIỆU TRƯỞNG"], ... }
 */
export function reportDefaults(plan: Plan | null, sheet: Pick<SheetData, "values"> | null, headerRow?: number): ReportDefaults {
  const inSheet = sheet ? bodiesInSheet(sheet, headerRow) : [];
  const fromPlan = plan ? bodyOf(plan.issuer) : null;
  const unit = inSheet[inSheet.length - 1] ?? fromPlan ?? (plan ? { kind: "other" as const, name: upper(plan.issuer) } : null);
  const parentBody = inSheet.length >= 2 ? inSheet[inSheet.length - 2] : unit && fromPlan && unit.name !== fromPlan.name ? fromPlan : null;
  const rule = BODIES.find((b) => b.kind === unit?.kind);
  const code = rule ? (rule.code ?? schoolCode(unit!.name)) : "";
  const place = (unit && placeOf(unit.name)) ?? (parentBody && placeOf(parentBody.name)) ?? plan?.place ?? "..........";
  return {
    kind: unit?.kind ?? "other",
    // A committee's own header carries no superior body above it.
    parent: unit && (unit.kind === "district" || unit.kind === "ward") ? "" : (parentBody?.name ?? ""),
    issuer: unit ? (unit.kind === "district" || unit.kind === "ward" ? issuerLines(unit.name) : [unit.name]) : ["................"],
    number: `Số:        /BC-${code}`,
    place,
    signatureTitle: rule?.signature ?? ["THỦ TRƯỞNG ĐƠN VỊ"],
    signerName: "",
    recipients: ["Như trên;", "Lưu: VT."],
  };
}
