// What the session remembers with the workbook: the plan choice, each sheet's confirmed mapping, the sheets it created, the options and the report's signature fields.
import type { Lang } from "../types";
import type { LayoutOverrides } from "../sheet/types";
import type { PlanChoice } from "./plan";

/** Kinds of sheet the tool creates; a sheet of any of them is never checked as data. */
export type CreatedKind = "report" | "notes" | "plan";

/** The report's issuer and signature fields as the user last confirmed them. */
export interface ReportFields {
  /** Superior body over the issuer, upper case ("UBND QUẬN HẢI AN"); "" for none. */
  parent?: string;
  /** The issuing body, upper case, one line per item ("TRƯỜNG MẦM NON CÁT BI"). */
  issuer?: string[];
  number?: string;
  place?: string;
  /** Lines above the name: ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]. */
  signatureTitle?: string[];
  signerName?: string;
  recipients?: string[];
}

export interface SavedState {
  v: 2;
  /** null until the user chooses: the tool never picks "no plan" by itself. */
  plan: PlanChoice | null;
  /** Confirmed mapping per sheet id. */
  mappings: Record<string, LayoutOverrides>;
  /** Sheets this tool created, by sheet id, with what they are and (plan sheets) the plan they hold. */
  created: Record<string, { kind: CreatedKind; planId?: string }>;
  /** Id of the sheet checked last: the default when the user comes back. */
  lastSheet?: string;
  /** Options the user chose; absent ones take their defaults. */
  options: { asOf?: string; tolerance?: number };
  /** Per sheet id: whether the user allows inserting the status columns right after the actual. */
  insert: Record<string, boolean>;
  report: ReportFields;
  /** UI language the user chose (hosts without their own preference store keep it here). */
  lang?: Lang;
  /**
   * A step a menu asked the panel to open at (Sheets: "Kiểm tra" in the menu opens the panel at the sheet step
   * instead of writing), with when it was asked, so a stale request is ignored.
   */
  intent?: { step: "plan" | "sheet" | "report"; at: number };
}

/** A fresh state: no plan chosen, nothing remembered. */
export function emptyState(): SavedState {
  return { v: 2, plan: null, mappings: {}, created: {}, options: {}, insert: {}, report: {} };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function planChoice(v: unknown): PlanChoice | null {
  if (!isRecord(v)) return null;
  if (v.kind === "bundled" && typeof v.id === "string") return { kind: "bundled", id: v.id };
  if (v.kind === "sheet" && typeof v.name === "string") return { kind: "sheet", name: v.name };
  if (v.kind === "none") return { kind: "none" };
  // A stored JSON plan is validated again when it is resolved; here it only has to look like one.
  if (v.kind === "file" && isRecord(v.plan) && typeof v.plan.id === "string") {
    return { kind: "file", plan: v.plan as unknown as Extract<PlanChoice, { kind: "file" }>["plan"], ...(typeof v.fileName === "string" ? { fileName: v.fileName } : {}) };
  }
  return null;
}

/**
 * The state as stored, made safe: unknown or damaged parts fall back to their defaults, and an earlier version's
 * plan choice is kept (its per-name mappings are not: sheets are now known by id).
 * @example readState({ plan: { kind: "bundled", id: "hai-an-2024-2025" }, mappings: {} }).plan → { kind: "bundled", id: "hai-an-2024-2025" }
 * @example readState("garbage") → emptyState()
 */
export function readState(raw: unknown): SavedState {
  const s = emptyState();
  if (!isRecord(raw)) return s;
  s.plan = planChoice(raw.plan);
  // Version 1 stored "no plan" as its silent default; it is not a choice the user made, so it is asked again.
  if (raw.v !== 2 && s.plan?.kind === "none") s.plan = null;
  if (raw.v === 2) {
    if (isRecord(raw.mappings)) s.mappings = raw.mappings as SavedState["mappings"];
    if (isRecord(raw.created)) s.created = raw.created as SavedState["created"];
    if (typeof raw.lastSheet === "string") s.lastSheet = raw.lastSheet;
    if (isRecord(raw.options)) {
      if (typeof raw.options.asOf === "string") s.options.asOf = raw.options.asOf;
      if (typeof raw.options.tolerance === "number" && raw.options.tolerance >= 0 && raw.options.tolerance < 1) s.options.tolerance = raw.options.tolerance;
    }
    if (isRecord(raw.insert)) for (const [k, v] of Object.entries(raw.insert)) if (typeof v === "boolean") s.insert[k] = v;
    if (isRecord(raw.report)) s.report = raw.report as ReportFields;
    if (isRecord(raw.intent) && typeof raw.intent.step === "string" && typeof raw.intent.at === "number") s.intent = raw.intent as SavedState["intent"];
  }
  if (raw.lang === "en" || raw.lang === "vi") s.lang = raw.lang;
  return s;
}
