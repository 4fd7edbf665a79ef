// What the sidebar and the server pass through google.script.run: plain JSON (no Date, no undefined), texts already in the user's language.
import type { Bilingual, Lang } from "../../core/types";
import type { MappingView } from "../../addin-excel/panel/mapping";

export type { MappingView };

/** How the sidebar names a plan source when choosing one; a pasted or uploaded JSON travels as text. */
export type PlanRequest =
  | { kind: "bundled"; id: string }
  | { kind: "sheet"; name: string }
  | { kind: "json"; text: string }
  | { kind: "none" };

export interface InitView {
  lang: Lang;
  /** Kind of the remembered plan choice ("file" is a stored JSON plan). */
  planKind: "bundled" | "sheet" | "file" | "none";
  bundledId?: string;
  planSheet?: string;
  /** Title and size of the remembered plan, when one resolves. */
  planTitle?: string;
  planSize?: number;
  bundled: { id: string; title: string; period: string }[];
  sheets: string[];
}

export type PlanView = { ok: true; title: string; size: number } | { ok: false; errors: string[] };

/** A shortfall as listed; label and detail in both languages so the language switch needs no new check. */
export interface ShortfallView {
  address: string;
  label: Bilingual;
  near: boolean;
  title: string;
  detail: Bilingual;
}

export interface ResultView {
  sheet: string;
  formulas: number;
  /** Rows whose status is a fixed label because no formula could be compiled. */
  fallbacks: number;
  summary: { total: number; achieved: number; short: number };
  shortfalls: ShortfallView[];
  findings: { address: string | null; text: Bilingual }[];
}

/** What a check returns: the mapping to confirm, the written result, a refusal to overwrite, or a message. */
export type CheckView =
  | { kind: "mapping"; view: MappingView }
  | { kind: "result"; view: ResultView; remembered: boolean }
  | { kind: "refused"; message: string; cells: string[] }
  | { kind: "error"; message: string };

export type SheetView = { ok: true; name: string; notes: string[] } | { ok: false; errors: string[] };

export interface LintView {
  title: string;
  items: { severity: string; where: string; text: string }[];
}
