// Command-line options for the workbook commands: Node's parseArgs, with unknown options and bad values as one line in the user's language.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../../core/types";
import { readDayInput, refusedAt } from "../../core/number/day";
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
 * The --as-of date as ISO yyyy-mm-dd, read as the panes read a typed day (dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, "ngày 3
 * tháng 6 năm 2025"), or undefined for today; anything else a usage error saying why.
 * @example asOfOption("30/06/2025") → "2025-06-30" · asOfOption("31/02/2025") throws "--as-of: không có ngày 31 tháng 2 năm 2025: …"
 */
export function asOfOption(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const day = readDayInput(v);
  if (day.ok) return day.iso;
  const said = refusedAt({ vi: "--as-of", en: "--as-of" }, day.reason);
  throw new CliError(said.vi, said.en);
}

/** The --tolerance value as a fraction ("5%" or "0.05"), or undefined. */
export function toleranceOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const pct = /%$/.test(v);
  const n = Number(v.replace(/%$/, "").replace(",", "."));
  if (!Number.isFinite(n) || n < 0) throw new CliError(`--tolerance không hợp lệ: "${v}"`, `invalid --tolerance: "${v}"`);
  return pct || n >= 1 ? n / 100 : n;
}
