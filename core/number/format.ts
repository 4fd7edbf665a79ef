// Numbers and percents printed the way readers expect: Vietnamese "7.910" / "85,7%", English "7,910" / "85.7%".
import type { Lang } from "../types";

/**
 * Rounds half away from zero at `decimals` places. The scaled value is nudged up by a few ulps first, so binary
 * noise does not decide a tie (1.005 × 100 = 100.49999999999999 → 1.01, not 1.00); toPrecision would do the
 * same but costs a slow decimal conversion on every call.
 * @example roundTo(1.005, 2) → 1.01 · roundTo(-0.001, 2) → 0
 */
export function roundTo(n: number, decimals: number): number {
  // From 1e15 on a double has no fractional digits left to round, and scaling would only add error.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15 || Number.isInteger(n)) return n;
  const d = Math.max(0, Math.min(20, Math.floor(decimals)));
  const scale = 10 ** d;
  const x = Math.abs(n) * scale;
  const r = (n < 0 ? -1 : 1) * (Math.round(x + x * 8 * Number.EPSILON) / scale);
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Formats a number with thousands grouping and at most `maxDecimals` decimals, trailing zeros dropped.
 * Vietnamese output reads back with `readNumber` to the rounded value.
 * @example formatNumber(7910) → "7.910" · formatNumber(85.714) → "85,71" · formatNumber(85.7, "en") → "85.7"
 * @example formatNumber(-1234.5, "vi") → "-1.234,5"
 */
export function formatNumber(n: number, lang: Lang = "vi", maxDecimals = 2): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const r = Number.isInteger(n) ? n : roundTo(n, maxDecimals);
  const abs = Math.abs(r);
  // The shortest text of the double nearest a rounded decimal is that decimal, so String() already has no
  // binary noise and no trailing zeros; only exponent forms (tiny or huge values) need the slower routes.
  let digits = String(abs);
  if (digits.includes("e")) {
    digits = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(Math.max(0, Math.min(20, Math.floor(maxDecimals)))).replace(/\.?0+$/, "");
  }
  const dot = digits.indexOf(".");
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? "" : digits.slice(dot + 1);
  const group = lang === "vi" ? "." : ",";
  let grouped = intPart;
  if (intPart.length > 3) {
    grouped = "";
    for (let i = 0; i < intPart.length; i++) {
      if (i > 0 && (intPart.length - i) % 3 === 0) grouped += group;
      grouped += intPart[i];
    }
  }
  const sign = r < 0 ? "-" : "";
  return frac ? `${sign}${grouped}${lang === "vi" ? "," : "."}${frac}` : `${sign}${grouped}`;
}

/**
 * Formats a fraction of the whole as a percent.
 * @example formatPercent(0.857) → "85,7%" · formatPercent(0.857, "en") → "85.7%" · formatPercent(1) → "100%"
 */
export function formatPercent(fraction: number, lang: Lang = "vi", maxDecimals = 2): string {
  if (!Number.isFinite(fraction)) return `${formatNumber(fraction, lang, maxDecimals)}%`;
  // Rounding inside formatNumber also removes the binary noise of ×100 (0.857 × 100 = 85.69999…).
  return `${formatNumber(fraction * 100, lang, maxDecimals)}%`;
}

/**
 * Formats a difference of two fractions in percentage points, without the unit word.
 * @example formatPoints(-0.018) → "1,8" (the sign is the caller's to word: "thiếu 1,8 điểm %")
 */
export function formatPoints(diff: number, lang: Lang = "vi", maxDecimals = 2): string {
  return formatNumber(Math.abs(diff * 100), lang, maxDecimals);
}
