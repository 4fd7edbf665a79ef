// `chitieu` command dispatcher: each subcommand lives in cli/commands/<name>.ts and exports `run(argv)`.
import { CliError, EXIT } from "./errors";

type Command = { run(argv: string[]): Promise<number> };

/** Subcommands, loaded lazily so `chitieu eval` does not load the workbook code. */
const COMMANDS: Record<string, { load: () => Promise<Command>; help: string }> = {
  demo: { load: () => import("./commands/demo"), help: "chạy thử trên số liệu mẫu Hải An, ghi vào out/ / run the Hải An sample end to end into out/" },
  consolidate: { load: () => import("./commands/consolidate"), help: "tổng hợp sổ của nhiều trường/phường thành một bảng / roll many units' workbooks into one" },
  template: { load: () => import("./commands/template"), help: "sổ nhập số liệu trống tự đánh giá cho một kế hoạch / blank self-checking workbook for a plan" },
  eval: { load: () => import("./commands/eval"), help: "đánh giá một số liệu theo chỉ tiêu / judge one actual against a target" },
  check: { load: () => import("./commands/check"), help: "kiểm tra sổ .xlsx theo kế hoạch, ghi sổ mới có đánh giá và báo cáo / check a workbook against a plan" },
  plan: { load: () => import("./commands/plan"), help: "kế hoạch có sẵn, xem, kiểm tra / bundled plans: list, show, lint" },
};

const USAGE = () =>
  [
    "Cách dùng / Usage: chitieu <lệnh/command> [tùy chọn/options]",
    "",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`),
    "",
    "chitieu <lệnh> --help: chi tiết / details",
  ].join("\n");

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE() + "\n");
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`chitieu: không có lệnh "${name}" / unknown command "${name}"\n${USAGE()}\n`);
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
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`chitieu ${name}: lỗi không lường trước / unexpected error: ${msg}\n`);
    return EXIT.usage;
  }
}
