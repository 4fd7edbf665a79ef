// `chitieu` command dispatcher: each subcommand lives in cli/commands/<name>.ts and exports `run(argv)`; crashes, broken pipes and --version are handled here.
import { version } from "../package.json";
import type { Bilingual, Lang } from "../core/types";
import { EXIT, failure, langOf, terminalSafe } from "./errors";

type Command = { run(argv: string[]): Promise<number> };
/** A command table: each entry loads its module on demand and has a one-line help. */
export type Commands = Record<string, { load: () => Promise<Command>; help: Bilingual }>;

/** Subcommands, loaded lazily so `chitieu eval` and `--version` do not pay for the workbook libraries. */
const COMMANDS: Commands = {
  demo: { load: () => import("./commands/demo"), help: { vi: "chạy thử trên số liệu mẫu Hải An, ghi vào out/", en: "run the Hải An sample end to end into out/" } },
  consolidate: { load: () => import("./commands/consolidate"), help: { vi: "tổng hợp sổ của nhiều trường/phường thành một bảng", en: "roll many units' workbooks into one" } },
  template: { load: () => import("./commands/template"), help: { vi: "sổ nhập số liệu trống tự đánh giá cho một kế hoạch", en: "blank self-checking workbook for a plan" } },
  eval: { load: () => import("./commands/eval"), help: { vi: "đánh giá một số liệu theo chỉ tiêu", en: "judge one actual against a target" } },
  check: { load: () => import("./commands/check"), help: { vi: "kiểm tra sổ .xlsx theo kế hoạch, ghi sổ mới có đánh giá và báo cáo", en: "check a workbook against a plan; writes a new one with verdicts and a report" } },
  plan: { load: () => import("./commands/plan"), help: { vi: "kế hoạch có sẵn: xem danh sách, xem, kiểm tra", en: "bundled plans: list, show, lint" } },
};

const USAGE = (commands: Commands, lang: Lang) =>
  [
    lang === "vi" ? "Cách dùng: chitieu <lệnh> [tùy chọn]" : "Usage: chitieu <command> [options]",
    "",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.help[lang]}`),
    "",
    lang === "vi" ? "chitieu <lệnh> --help: chi tiết · chitieu --version: phiên bản · --lang en: in English" : "chitieu <command> --help: details · chitieu --version: version · --lang vi: tiếng Việt",
  ].join("\n");

/** Prints the one line for an error that escaped a command (cli/errors.ts words it) and returns its exit code. */
function crash(command: string, error: unknown, argv: readonly string[]): number {
  const { line, code } = failure(error, command, langOf([...argv]));
  process.stderr.write(`${line}\n`);
  if (code === EXIT.internal && process.env.CHITIEU_DEBUG === "1" && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return code;
}

/**
 * Makes a closed stdout or stderr harmless: `chitieu check --json | head` closes the pipe early, and Node reports that
 * as an EPIPE error event which would otherwise crash the process with a stack trace. Output is simply dropped from
 * then on; the command still finishes its files and returns its own exit code.
 */
export function ignoreBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
      throw e;
    });
  }
}

/**
 * The whole process around `main`: broken pipes ignored, and any error that escapes (even from a callback or an unawaited
 * promise) ends in the crash line and exit code 3 instead of a stack trace. Both launchers (cli/bin.mjs for the
 * source, the built dist/cli/chitieu.mjs) call this.
 * @example await runCli(["--version"]) → prints "chitieu 0.1.0", exit code 0
 */
export async function runCli(argv: string[], commands: Commands = COMMANDS): Promise<void> {
  ignoreBrokenPipes();
  const command = argv[0] && !argv[0].startsWith("-") ? argv[0] : "";
  const fatal = (e: unknown) => {
    process.exitCode = crash(command, e, argv);
    process.exit();
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  process.exitCode = await main(argv, commands);
}

/** Runs one CLI invocation and returns its exit code; never throws. `commands` is replaceable for tests. */
export async function main(argv: string[], commands: Commands = COMMANDS): Promise<number> {
  const lang = langOf(argv) ?? "vi";
  // "chitieu --lang en check …" names the command after the language: the option moves behind it.
  const lead = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") ? 1 : 0;
  const [name, ...after] = argv.slice(lead);
  const rest = [...after, ...argv.slice(0, lead)];
  if (name === "--version" || name === "-v" || name === "-V") {
    process.stdout.write(`chitieu ${version}\n`);
    return EXIT.ok;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE(commands, lang) + "\n");
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    const shown = terminalSafe(name);
    // A near miss ("chek", "consolidat") is named, so the fix is one word away.
    const { editDistance } = await import("../core/session/plan");
    const near = Object.keys(commands).filter((c) => editDistance(name.toLowerCase(), c) <= 2);
    const hint = near.length === 0 ? "" : lang === "vi" ? `; ý bạn là ${near.join(" hay ")}?` : `; did you mean ${near.join(" or ")}?`;
    process.stderr.write(`chitieu: ${lang === "vi" ? `không có lệnh "${shown}"` : `unknown command "${shown}"`}${hint}\n${USAGE(commands, lang)}\n`);
    return EXIT.usage;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    // One line, in the user's language, and the exit code that says whose problem it is (cli/errors.ts).
    return crash(name, e, argv);
  }
}
