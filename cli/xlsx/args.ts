// Command-line options for the workbook commands: Node's parseArgs, with unknown options and bad values as one line in the user's language.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../../core/types";
import { CliError } from "../errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses argv against `options`; unknown options and missing values become a CliError (exit 2).
 * @example parseCli(["a.xlsx", "--json"], { json: { type: "boolean" } }) → { values: { json: true }, positionals: ["a.xlsx"] }
 */
export function parseCli<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own sentence is English and long; say which option and what to do instead.
    const code = (e as { code?: string }).code;
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    const opt = /'(-{1,2}[^' ]+)/.exec(msg)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new CliError(`tùy chọn không hợp lệ: không có ${opt}; xem danh sách bằng --help`, `invalid option: there is no ${opt}; see --help for the list`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test(msg)) {
      throw new CliError(`${opt} cần một giá trị theo sau`, `${opt} needs a value after it`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new CliError(`${opt} không nhận giá trị; bỏ phần "=…"`, `${opt} takes no value; drop the "=…"`);
    }
    throw new CliError(`tùy chọn không hợp lệ: ${msg}`, `invalid option: ${msg}`);
  }
}

/** The --lang value, "vi" by default; anything else is a usage error. */
export function langOption(v: string | undefined): Lang {
  if (v === undefined || v === "vi" || v === "en") return v ?? "vi";
  throw new CliError(`--lang chỉ nhận vi hoặc en, không phải "${v}"`, `--lang takes vi or en, not "${v}"`);
}

/**
 * The --as-of date, ISO yyyy-mm-dd (dd/mm/yyyy accepted), or undefined for today.
 * @example asOfOption("30/06/2025") → "2025-06-30"
 */
export function asOfOption(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const iso = m ? v : (m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v)) ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : "";
  const d = new Date(`${iso}T00:00:00Z`);
  if (!iso || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new CliError(`--as-of cần một ngày có thật, dạng DD/MM/YYYY hoặc YYYY-MM-DD, không phải "${v}"`, `--as-of needs a real date as DD/MM/YYYY or YYYY-MM-DD, not "${v}"`);
  }
  return iso;
}

/** The --tolerance value as a fraction ("5%" or "0.05"), or undefined. */
export function toleranceOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const pct = /%$/.test(v);
  const n = Number(v.replace(/%$/, "").replace(",", "."));
  if (!Number.isFinite(n) || n < 0) throw new CliError(`--tolerance không hợp lệ: "${v}"`, `invalid --tolerance: "${v}"`);
  return pct || n >= 1 ? n / 100 : n;
}
