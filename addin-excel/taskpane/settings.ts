// Remembers the chosen plan and each sheet's confirmed column mapping inside the workbook (Office document settings).
import type { Plan } from "../../core/plan/schema";
import type { LayoutOverrides } from "../../core/sheet/types";

/**
 * Where the plan comes from. A file plan is stored whole (a plan JSON is tens of KB; Office document settings
 * hold up to 2 MB per add-in), so a re-check needs no file again.
 */
export type PlanChoice =
  | { kind: "bundled"; id: string }
  | { kind: "sheet"; name: string }
  | { kind: "file"; plan: Plan }
  | { kind: "none" };

export interface SavedState {
  plan: PlanChoice;
  /** Confirmed mapping per sheet name. */
  mappings: Record<string, LayoutOverrides>;
}

/** The part of Office.Settings used here, so tests can pass a plain object. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const KEY = "chitieu.state.v1";

/** The saved state, or a fresh one when nothing (or something unreadable) is stored. */
export function loadState(settings: SettingsLike | null): SavedState {
  const raw = settings?.get(KEY);
  if (raw && typeof raw === "object" && "plan" in raw && "mappings" in raw) return raw as SavedState;
  return { plan: { kind: "none" }, mappings: {} };
}

/** Stores the state in the workbook; resolves when Office has saved it (or at once without Office). */
export function saveState(settings: SettingsLike | null, state: SavedState): Promise<void> {
  if (!settings) return Promise.resolve();
  settings.set(KEY, state);
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}
