// `chitieu` command dispatcher: each subcommand lives in cli/commands/<name>.ts and exports `run(argv)`; crashes, broken pipes and --version are handled here.
import { version } from "../package.json";
import { CliError, EXIT } from "./errors";

/**
 * Exit code of an internal error (a bug, not the user's input): distinct from usage and input errors (2) so scripts and
 * support can tell them apart.
 */
export const EXIT_INTERNAL = 3;

/**
 * Where a crash line asks users to send it. The project has no public tracker yet, so the line asks them to send it to
 * whoever supports chitieu for them (the office's IT); put the tracker's address here when there is one.
 */
const REPORT_TO: string | undefined = undefined;

type Command = { run(argv: string[]): Promise<number> };
/** A command table: each entry loads its module on demand and has a one-line help. */
export type Commands = Record<string, { load: () => Promise<Command>; help: string }>;

/** Subcommands, loaded lazily so `chitieu eval` and `--version` do not pay for the workbook libraries. */
const COMMANDS: Commands = {
  demo: { load: () => import("./commands/demo"), help: "chạy thử trên số liệu mẫu Hải An, ghi vào out/ / run the Hải An sample end to end into out/" },
  consolidate: { load: () => import("./commands/consolidate"), help: "tổng hợp sổ của nhiều trường/phường thành một bảng / roll many units' workbooks into one" },
  template: { load: () => import("./commands/template"), help: "sổ nhập số liệu trống tự đánh giá cho một kế hoạch / blank self-checking workbook for a plan" },
  eval: { load: () => import("./commands/eval"), help: "đánh giá một số liệu theo chỉ tiêu / judge one actual against a target" },
  check: { load: () => import("./commands/check"), help: "kiểm tra sổ .xlsx theo kế hoạch, ghi sổ mới có đánh giá và báo cáo / check a workbook against a plan" },
  plan: { load: () => import("./commands/plan"), help: "kế hoạch có sẵn, xem, kiểm tra / bundled plans: list, show, lint" },
};

const USAGE = (commands: Commands) =>
  [
    "Cách dùng / Usage: chitieu <lệnh/command> [tùy chọn/options]",
    "",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`),
    "",
    "chitieu <lệnh> --help: chi tiết / details · chitieu --version: phiên bản / version",
  ].join("\n");

/** True when the user asked for English (`--lang en` or `--lang=en` anywhere on the line). */
function wantsEnglish(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en"));
}

/**
 * The one line printed for an internal error: what happened, that it is the tool's fault, and what to do (report it with
 * this line); the version and platform are in it so a pasted line is enough to start. Vietnamese unless `--lang en`.
 * @example crashLine("check", new TypeError("x is undefined"), false) → "chitieu check: lỗi nội bộ (TypeError: x is undefined) …"
 */
export function crashLine(command: string, error: unknown, english: boolean): string {
  const what = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
  const where = `chitieu ${version}, Node ${process.versions.node}, ${process.platform}`;
  const who = command ? `chitieu ${command}` : "chitieu";
  return english
    ? `${who}: internal error (${what}) — not a problem with your files; please report this line to ${REPORT_TO ?? "whoever supports chitieu for you"} (${where}).`
    : `${who}: lỗi nội bộ (${what}) — không phải lỗi của tệp của bạn; xin gửi dòng này ${REPORT_TO ? `tới ${REPORT_TO}` : "cho người hỗ trợ chitieu"} (${where}).`;
}

/** Prints the crash line (and the stack when CHITIEU_DEBUG=1) and returns the internal-error exit code. */
function crash(command: string, error: unknown, argv: readonly string[]): number {
  process.stderr.write(crashLine(command, error, wantsEnglish(argv)) + "\n");
  if (process.env.CHITIEU_DEBUG === "1" && error instanceof Error && error.stack) process.stderr.write(error.stack + "\n");
  return EXIT_INTERNAL;
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
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v" || name === "-V") {
    process.stdout.write(`chitieu ${version}\n`);
    return EXIT.ok;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE(commands) + "\n");
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    process.stderr.write(`chitieu: không có lệnh "${name}" / unknown command "${name}"\n${USAGE(commands)}\n`);
    return EXIT.usage;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`chitieu ${name}: ${e.vi} / ${e.en}\n`);
      return e.code;
    }
    return crash(name, e, argv);
  }
}
