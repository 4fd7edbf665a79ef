// Numbers and percents printed the way readers expect: Vietnamese "7.910" / "85,7%", English "7,910" / "85.7%".
import type { Lang } from "../types";

/** 10^d for d = 0…22, all exact doubles: a lookup instead of `10 ** d` on every call. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, d) => 10 ** d);

/**
 * Rounds half away from zero at `decimals` places. The scaled value is nudged up by a few ulps first, so binary
 * noise does not decide a tie (1.005 × 100 = 100.49999999999999 → 1.01, not 1.00); toPrecision would do the
 * same but costs a slow decimal conversion on every call.
 * @example roundTo(1.005, 2) → 1.01 · roundTo(-0.001, 2) → 0
 */
export function roundTo(n: number, decimals: number): number {
  // From 1e15 on a double has no fractional digits left to round, and scaling would only add error.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15 || Number.isInteger(n)) return n;
  const scale = POW10[clampDecimals(decimals)];
  const x = Math.abs(n) * scale;
  const r = (n < 0 ? -1 : 1) * (Math.round(x + x * 8 * Number.EPSILON) / scale);
  return Object.is(r, -0) ? 0 : r;
}

function clampDecimals(decimals: number): number {
  return decimals >= 0 && decimals <= 20 ? Math.floor(decimals) : decimals > 20 ? 20 : 0;
}

/** "000" … "999": the three digits of one thousands group, zero-padded. 1,000 short strings, built once. */
const GROUP3: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
/** Runs of zeros that pad a fraction's digits on the left ("05" in 1,05). */
const ZEROS: readonly string[] = Array.from({ length: 21 }, (_, i) => "0".repeat(i));

/** Decimal digits of a whole number 0 ≤ v < 2^53 with a separator every three digits: 1234567 → "1.234.567". */
function groupInteger(v: number, sep: string): string {
  if (v < 1000) return String(v);
  if (v < 1e6) {
    const hi = Math.floor(v / 1000);
    return String(hi) + sep + GROUP3[v - hi * 1000];
  }
  let rest = Math.floor(v / 1000);
  let out = GROUP3[v - rest * 1000];
  while (rest >= 1000) {
    const hi = Math.floor(rest / 1000);
    out = GROUP3[rest - hi * 1000] + sep + out;
    rest = hi;
  }
  return String(rest) + sep + out;
}

/**
 * Formats a number with thousands grouping and at most `maxDecimals` decimals, trailing zeros dropped.
 * Vietnamese output reads back with `readNumber` to the rounded value.
 * @example formatNumber(7910) → "7.910" · formatNumber(85.714) → "85,71" · formatNumber(85.7, "en") → "85.7"
 * @example formatNumber(-1234.5, "vi") → "-1.234,5"
 */
export function formatNumber(n: number, lang: Lang = "vi", maxDecimals = 2): string {
  const sep = lang === "vi" ? "." : ",";
  const abs = n < 0 ? -n : n;
  // Whole numbers below 2^53: their digits come straight from integer arithmetic.
  if (Number.isInteger(n) && abs <= Number.MAX_SAFE_INTEGER) {
    const g = groupInteger(abs, sep);
    return n < 0 ? "-" + g : g;
  }
  // Other finite numbers: round |n| × 10^d to a whole number m (as roundTo does) and print m's digits with the
  // decimal mark d places from the right. Below 1e15, m/10^d prints (as the shortest text of a double) as exactly
  // those digits, so this equals the general route below, which handles the rest.
  if (abs < 1e15) {
    const d = clampDecimals(maxDecimals);
    const scale = POW10[d];
    const x = abs * scale;
    const m = Math.round(x + x * 8 * Number.EPSILON);
    if (m < 1e15) {
      const whole = Math.floor(m / scale);
      let frac = m - whole * scale;
      const g = groupInteger(whole, sep);
      const sign = n < 0 && m > 0 ? "-" : "";
      if (frac === 0) return sign + g;
      let digits = d;
      while (frac % 10 === 0) {
        frac /= 10;
        digits--;
      }
      const fs = String(frac);
      return sign + g + (lang === "vi" ? "," : ".") + ZEROS[digits - fs.length] + fs;
    }
  }
  return formatGeneral(n, lang, maxDecimals, sep);
}

/** Huge, tiny-with-many-decimals and non-finite values: the decimal text of the rounded double, grouped. */
function formatGeneral(n: number, lang: Lang, maxDecimals: number, sep: string): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const r = Number.isInteger(n) ? n : roundTo(n, maxDecimals);
  const abs = Math.abs(r);
  // The shortest text of the double nearest a rounded decimal is that decimal, so String() already has no
  // binary noise and no trailing zeros; only exponent forms (tiny or huge values) need the slower routes.
  let digits = String(abs);
  if (digits.includes("e")) {
    digits = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(clampDecimals(maxDecimals)).replace(/\.?0+$/, "");
  }
  const dot = digits.indexOf(".");
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? "" : digits.slice(dot + 1);
  let grouped = intPart;
  if (intPart.length > 3) {
    grouped = "";
    for (let i = 0; i < intPart.length; i++) {
      if (i > 0 && (intPart.length - i) % 3 === 0) grouped += sep;
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
  // Rounding inside formatNumber also removes the binary noise of ×100 (0.857 × 100 = 85.69999…).
  return formatNumber(fraction * 100, lang, maxDecimals) + "%";
}

/**
 * Formats a difference of two fractions in percentage points, without the unit word.
 * @example formatPoints(-0.018) → "1,8" (the sign is the caller's to word: "thiếu 1,8 điểm %")
 */
export function formatPoints(diff: number, lang: Lang = "vi", maxDecimals = 2): string {
  return formatNumber(Math.abs(diff * 100), lang, maxDecimals);
}
