// `chitieu` command dispatcher: each subcommand lives in cli/commands/<name>.ts and exports `run(argv)`; crashes, broken pipes and --version are handled here.
import { version } from "../package.json";
import { EXIT, failure, langOf, terminalSafe } from "./errors";

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
    const shown = terminalSafe(name);
    process.stderr.write(`chitieu: không có lệnh "${shown}" / unknown command "${shown}"\n${USAGE(commands)}\n`);
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
